"""Romanian identifiers (data/languages/ro.yaml): nume / prenume, the CNP and the identity card
(serie and numar CI), nouns first (data_nasterii, adresa_livrare, nume_si_prenume); a
product's name, a supplier's phone and address, the issuer of a card and a status stay
nobody's, and nume needs a table of persons."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SCHEMA = """
CREATE TABLE clienti (id_client int PRIMARY KEY, nume varchar(50), prenume varchar(50),
  cnp char(13), serie_ci char(2), numar_ci char(6), eliberat_de varchar(50),
  data_nasterii date, varsta int, telefon varchar(15), nr_telefon varchar(15),
  adresa varchar(200), strada varchar(100), localitate varchar(50), judet varchar(50),
  cod_postal varchar(6), nume_utilizator varchar(30), parola varchar(64), iban varchar(34),
  stare_civila varchar(20), ocupatie varchar(50), loc_de_munca varchar(100),
  nume_si_prenume varchar(100), religie varchar(30), salariu decimal(10,2),
  status varchar(10));
CREATE TABLE pacienti (id int PRIMARY KEY, nume varchar(50), prenume varchar(50),
  grupa_sanguina varchar(3), alergii text, diagnostic text, inaltime int,
  greutate decimal(5,1));
CREATE TABLE asistenti (id int PRIMARY KEY, nume varchar(50), utilizator varchar(50),
  specializarea varchar(50));
CREATE TABLE produse (id int PRIMARY KEY, nume varchar(100), nume_produs varchar(100),
  pret decimal(10,2), greutate decimal(6,2), tara varchar(50), descriere text);
CREATE TABLE furnizori (id int PRIMARY KEY, denumire varchar(100), cui varchar(12),
  telefon varchar(20), adresa varchar(200), judet varchar(50), adresa_site varchar(200));
CREATE TABLE comenzi (id int PRIMARY KEY, id_client int, suma decimal(10,2),
  status varchar(20), adresa_livrare varchar(200), data_comanda date);
"""


def test_a_romanian_register_reads_like_an_english_one(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    expected = {
        "nume": "identity.name", "prenume": "identity.name", "cnp": "identity.national_id",
        "serie_ci": "identity.national_id", "numar_ci": "identity.national_id",
        "data_nasterii": "identity.birth_date", "varsta": "identity.age",
        "telefon": "contact.phone", "nr_telefon": "contact.phone", "adresa": "contact.address",
        "strada": "contact.address", "localitate": "location.coarse",
        "judet": "location.coarse",
        # a leading cod is dropped before reading (cod_postal is read as postal)
        "cod_postal": "location.coarse",
        "nume_utilizator": "account.username", "parola": "account.credential",
        "iban": "financial.bank_account", "stare_civila": "special.marital",
        "ocupatie": "employment.info",
        # loc is read as location: loc_de_munca is location munca, the workplace
        "loc_de_munca": "employment.info",
        "nume_si_prenume": "identity.name", "religie": "special.religion",
        "salariu": "financial.property",
    }
    for column, category in expected.items():
        assert column_of(schema, "clienti", column).categories == [category], column
    clinical = {"nume": "identity.name", "grupa_sanguina": "health.physiological",
                "alergii": "health.medical", "diagnostic": "health.medical",
                "inaltime": "health.physiological", "greutate": "health.physiological"}
    for column, category in clinical.items():
        assert column_of(schema, "pacienti", column).categories == [category], column
    # nurses are persons: their name, login and specialty
    staff = {"nume": "identity.name", "utilizator": "account.username",
             "specializarea": "employment.info"}
    for column, category in staff.items():
        assert column_of(schema, "asistenti", column).categories == [category], column
    assert column_of(schema, "comenzi", "suma").categories == ["financial.transaction"]
    assert column_of(schema, "comenzi", "adresa_livrare").categories == ["contact.address"]


def test_romanian_words_of_things_stay_nobodys(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    nobody = {
        # who issued the identity card is no card number
        "clienti": ["id_client", "eliberat_de", "status"],
        # a product's name, weight and country of origin (tara is a tare weight too)
        "produse": ["nume", "nume_produs", "pret", "greutate", "tara", "descriere"],
        "furnizori": ["denumire", "cui", "telefon", "adresa", "judet", "adresa_site"],
        "comenzi": ["status", "data_comanda"],
    }
    for table, columns in nobody.items():
        for column in columns:
            assert column_of(schema, table, column).categories == [], (table, column)


def test_romanian_words_do_not_reach_english_names(tmp_path: Path) -> None:
    # nume, tara and sold need a table of persons or a phrase; no Romanian piece turns an
    # English plural into another singular (grades is no grad, dates no dat) or splits
    # context, and an OAuth client's secret is no person's.
    schema = scan_ddl(tmp_path, """
CREATE TABLE report_card (id int PRIMARY KEY, grades varchar(20), dates varchar(50),
  context text, numerator int, nume varchar(20), tara decimal(6,2), sold int);
CREATE TABLE oauth_clients (id int PRIMARY KEY, client_name varchar(50),
  client_secret varchar(64), client_id varchar(64));
""")
    for column in ("grades", "dates", "context", "numerator", "nume", "tara", "sold"):
        assert column_of(schema, "report_card", column).categories == [], column
    for column in ("client_name", "client_secret"):
        assert column_of(schema, "oauth_clients", column).categories == [], column
