"""Czech identifiers (data/languages/cs.yaml): jmeno / prijmeni, the birth number (rodne
cislo), the Czech address parts (cislo popisne, PSC, okres, kraj); a seller's trade name, a
property's address, a product's name and a status stay nobody's, and jmeno needs a table of
persons."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SCHEMA = """
CREATE TABLE zakaznici (id int PRIMARY KEY, jmeno varchar(50), prijmeni varchar(50),
  titul varchar(20), rodne_cislo varchar(11), datum_narozeni date, pohlavi char(1),
  telefon varchar(15), telefonni_cislo varchar(15), emailova_adresa varchar(100),
  ulice varchar(100), cislo_popisne varchar(10), psc varchar(6), mesto varchar(50),
  okres varchar(50), cislo_uctu varchar(30), heslo varchar(64), uzivatelske_jmeno varchar(30),
  rodinny_stav varchar(20), vzdelani varchar(50), cislo_obcanskeho_prukazu varchar(9),
  cislo_pasu varchar(9), vek int, stav varchar(20));
CREATE TABLE pacienti (id int PRIMARY KEY, jmeno varchar(50), prijmeni varchar(50),
  krevni_skupina varchar(3), alergie text, diagnoza text, vyska int, vaha decimal(5,1));
CREATE TABLE prodejce (id int PRIMARY KEY, jmeno varchar(100), prijmeni varchar(100),
  obchodni_jmeno varchar(255), ic varchar(20));
CREATE TABLE nemovitost (id int PRIMARY KEY, ulice varchar(100), psc varchar(16),
  mesto varchar(100), stav varchar(50));
CREATE TABLE produkty (id int PRIMARY KEY, jmeno varchar(100), nazev varchar(100),
  cena decimal(10,2), hmotnost decimal(6,2), popis text);
CREATE TABLE firmy (id int PRIMARY KEY, nazev varchar(100), telefon varchar(20),
  adresa varchar(200), mesto varchar(50), adresa_webu varchar(200));
CREATE TABLE objednavky (id int PRIMARY KEY, zakaznik_id int, castka decimal(10,2),
  stav varchar(20), dorucovaci_adresa varchar(200), datum date);
"""


def test_a_czech_register_reads_like_an_english_one(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    expected = {
        "jmeno": "identity.name", "prijmeni": "identity.name",
        # an academic degree written with the name (Ing., Mgr.)
        "titul": "employment.info",
        "rodne_cislo": "identity.national_id", "datum_narozeni": "identity.birth_date",
        "pohlavi": "identity.gender", "telefon": "contact.phone",
        "telefonni_cislo": "contact.phone", "emailova_adresa": "contact.email",
        "ulice": "contact.address", "cislo_popisne": "contact.address",
        "psc": "location.coarse", "mesto": "location.coarse", "okres": "location.coarse",
        "cislo_uctu": "financial.bank_account", "heslo": "account.credential",
        "uzivatelske_jmeno": "account.username", "rodinny_stav": "special.marital",
        "vzdelani": "employment.info", "cislo_obcanskeho_prukazu": "identity.national_id",
        "cislo_pasu": "identity.passport", "vek": "identity.age",
    }
    for column, category in expected.items():
        assert column_of(schema, "zakaznici", column).categories == [category], column
    clinical = {"jmeno": "identity.name", "krevni_skupina": "health.physiological",
                "alergie": "health.medical", "diagnoza": "health.medical",
                "vyska": "health.physiological", "vaha": "health.physiological"}
    for column, category in clinical.items():
        assert column_of(schema, "pacienti", column).categories == [category], column
    # a seller is a person; the order's amount and delivery address are the customer's
    assert column_of(schema, "prodejce", "jmeno").categories == ["identity.name"]
    assert column_of(schema, "objednavky", "castka").categories == ["financial.transaction"]
    assert column_of(schema, "objednavky", "dorucovaci_adresa").categories == ["contact.address"]


def test_czech_words_of_things_stay_nobodys(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    nobody = {
        "zakaznici": ["stav"],
        # a seller's trade name and company number
        "prodejce": ["obchodni_jmeno", "ic"],
        # a property's address (a thing's place)
        "nemovitost": ["ulice", "psc", "mesto", "stav"],
        "produkty": ["jmeno", "nazev", "cena", "hmotnost", "popis"],
        "firmy": ["nazev", "telefon", "adresa", "mesto", "adresa_webu"],
        "objednavky": ["stav", "datum"],
    }
    for table, columns in nobody.items():
        for column in columns:
            assert column_of(schema, table, column).categories == [], (table, column)


def test_czech_words_do_not_reach_english_names(tmp_path: Path) -> None:
    # No Czech piece splits English words (automobile is no auto + mobile, notepad no
    # no + tep + ad, pastime no pas + time); jmeno and vek need a table of persons.
    schema = scan_ddl(tmp_path, """
CREATE TABLE vehicle_log (id int PRIMARY KEY, automobile varchar(50), notepad text,
  pastime varchar(50), castrate decimal(5,2), jmeno varchar(20), obor varchar(20));
""")
    for column in ("automobile", "notepad", "pastime", "castrate", "jmeno", "obor"):
        assert column_of(schema, "vehicle_log", column).categories == [], column
