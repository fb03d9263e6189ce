"""French identifiers (languages/fr.yaml): a benefits office's claimants, their bank details
and their jobs, written with the administration's short forms. Synthetic schemas."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SCHEMA = """
CREATE TABLE personnes (id int PRIMARY KEY, nom varchar(28), prenom varchar(32), dtnai date,
  sitfam char(3));
CREATE TABLE modes_contact (id int PRIMARY KEY, personne_id int REFERENCES personnes(id),
  adrelec varchar(78));
CREATE TABLE adresses (id int PRIMARY KEY, personne_id int REFERENCES personnes(id),
  compladr varchar(26), codepos char(5), canton varchar(20));
CREATE TABLE paiements (id int PRIMARY KEY, personne_id int REFERENCES personnes(id),
  code_banque char(5), code_guichet char(5), clerib char(2));
CREATE TABLE activites (id int PRIMARY KEY, personne_id int REFERENCES personnes(id),
  secteur_activite varchar(20), emploi_occupe varchar(30));
CREATE TABLE structures (id int PRIMARY KEY, lib_struc varchar(100), ville varchar(45),
  code_postal char(5));
"""


def test_french_administrative_short_forms(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    expected = {
        ("personnes", "dtnai"): "identity.birth_date",
        ("personnes", "sitfam"): "special.marital",
        ("modes_contact", "adrelec"): "contact.email",
        ("adresses", "compladr"): "contact.address",
        ("adresses", "codepos"): "location.coarse",
        ("adresses", "canton"): "location.coarse",
        ("paiements", "code_banque"): "financial.bank_account",
        ("paiements", "code_guichet"): "financial.bank_account",
        ("paiements", "clerib"): "financial.bank_account",
        ("activites", "secteur_activite"): "employment.info",
        ("activites", "emploi_occupe"): "employment.info",
    }
    for (table, column), category in expected.items():
        assert column_of(schema, table, column).categories == [category], (table, column)
    # an administration's own offices: their town is no one's
    assert column_of(schema, "structures", "ville").categories == []


def test_french_caseworkers_and_claimants_are_people(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE referents (id int PRIMARY KEY, nom varchar(28), prenom varchar(32));
CREATE TABLE servicesinstructeurs (id int PRIMARY KEY, lib_service varchar(48));
""")
    assert column_of(schema, "referents", "nom").categories == ["identity.name"]
    assert column_of(schema, "servicesinstructeurs", "lib_service").categories == []


def test_a_pupils_marks_in_a_french_school_are_education_facts(tmp_path: Path) -> None:
    # `notes` names clinical notes as often as marks: the pupils' own table and the school
    # subjects place the marks in education.
    schema = scan_ddl(tmp_path, """
CREATE TABLE eleves (login varchar(50) PRIMARY KEY, nom varchar(50), prenom varchar(50));
CREATE TABLE matieres (matiere varchar(50) PRIMARY KEY, coef int);
CREATE TABLE matieres_notes (login varchar(50) REFERENCES eleves(login), matiere varchar(50)
  REFERENCES matieres(matiere), periode int, note float, rang smallint);
""")
    assert column_of(schema, "matieres_notes", "note").categories == ["employment.info"]
    assert column_of(schema, "matieres_notes", "rang").categories == ["employment.info"]
    assert column_of(schema, "matieres_notes", "periode").categories == []
