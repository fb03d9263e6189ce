"""Polish identifiers (data/languages/pl.yaml): nouns first and inflected (numer_telefonu,
imie_ojca, adres_zamieszkania), PESEL and the identity card; a product's, a company's and an
order's own columns stay nobody's, and the short words (imie, adres) need a table of persons."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SCHEMA = """
CREATE TABLE klienci (id int PRIMARY KEY, imie varchar(50), nazwisko varchar(50),
  pesel char(11), data_urodzenia date, plec char(1), nr_telefonu varchar(15),
  telefon_kontaktowy varchar(15), adres_email varchar(100), ulica varchar(100),
  nr_domu varchar(10), kod_pocztowy varchar(6), miejscowosc varchar(50),
  nr_dowodu_osobistego varchar(9), haslo varchar(64), numer_konta varchar(30),
  wynagrodzenie decimal(10,2), imie_i_nazwisko varchar(100),
  adres_do_korespondencji varchar(200), adres_ip varchar(40), stan_cywilny varchar(20),
  wiek int, zawod varchar(50), imie_ojca varchar(50), numer_paszportu varchar(9),
  wyznanie varchar(30), status varchar(10));
CREATE TABLE pacjenci (id int PRIMARY KEY, imie varchar(50), nazwisko varchar(50),
  grupa_krwi varchar(3), alergie text, rozpoznanie text, waga decimal(5,1), wzrost int);
CREATE TABLE produkty (id int PRIMARY KEY, nazwa varchar(100), cena decimal(10,2), opis text,
  waga decimal(6,2), kod_produktu varchar(20), status varchar(10));
CREATE TABLE firmy (id int PRIMARY KEY, nazwa varchar(100), telefon varchar(20),
  adres varchar(200), miasto varchar(50), adres_strony_www varchar(200));
CREATE TABLE zamowienia (id int PRIMARY KEY, klient_id int, kwota decimal(10,2),
  status varchar(20), adres_dostawy varchar(200), data_zamowienia date,
  dowod_wplaty varchar(100));
"""


def test_a_polish_register_reads_like_an_english_one(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    expected = {
        "imie": "identity.name", "nazwisko": "identity.name", "pesel": "identity.national_id",
        "data_urodzenia": "identity.birth_date", "plec": "identity.gender",
        "nr_telefonu": "contact.phone", "telefon_kontaktowy": "contact.phone",
        "adres_email": "contact.email", "ulica": "contact.address", "nr_domu": "contact.address",
        "kod_pocztowy": "location.coarse", "miejscowosc": "location.coarse",
        "nr_dowodu_osobistego": "identity.national_id", "haslo": "account.credential",
        "numer_konta": "financial.bank_account", "wynagrodzenie": "financial.property",
        # particles inside a name join its words (imie_i_nazwisko, adres_do_korespondencji)
        "imie_i_nazwisko": "identity.name", "adres_do_korespondencji": "contact.address",
        "adres_ip": "network.ip", "stan_cywilny": "special.marital", "wiek": "identity.age",
        "zawod": "employment.info", "imie_ojca": "identity.name",
        "numer_paszportu": "identity.passport", "wyznanie": "special.religion",
    }
    for column, category in expected.items():
        assert column_of(schema, "klienci", column).categories == [category], column
    clinical = {"imie": "identity.name", "grupa_krwi": "health.physiological",
                "alergie": "health.medical", "rozpoznanie": "health.medical",
                "waga": "health.physiological", "wzrost": "health.physiological"}
    for column, category in clinical.items():
        assert column_of(schema, "pacjenci", column).categories == [category], column
    assert column_of(schema, "zamowienia", "kwota").categories == ["financial.transaction"]
    assert column_of(schema, "zamowienia", "adres_dostawy").categories == ["contact.address"]


def test_polish_words_of_things_stay_nobodys(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    nobody = {
        "klienci": ["status"],
        "produkty": ["nazwa", "cena", "opis", "waga", "kod_produktu", "status"],
        # a company's phone, address and town; its web page's address
        "firmy": ["nazwa", "telefon", "adres", "miasto", "adres_strony_www"],
        # a proof of payment is no identity card (dowod is any proof)
        "zamowienia": ["status", "data_zamowienia", "dowod_wplaty"],
    }
    for table, columns in nobody.items():
        for column in columns:
            assert column_of(schema, table, column).categories == [], (table, column)


def test_polish_words_do_not_reach_english_names(tmp_path: Path) -> None:
    # The glued-word splitter must not find Polish pieces in English words (entourage is no
    # en + to + ur + age); imie needs a table of persons, and adres, like address, is a
    # person's only outside a table of things.
    schema = scan_ddl(tmp_path, """
CREATE TABLE tour (id int PRIMARY KEY, entourage varchar(100), towards varchar(50),
  douse_level int, imie varchar(20));
CREATE TABLE warehouse (id int PRIMARY KEY, adres varchar(100), miasto varchar(50));
""")
    for column in ("entourage", "towards", "douse_level", "imie"):
        assert column_of(schema, "tour", column).categories == [], column
    for column in ("adres", "miasto"):
        assert column_of(schema, "warehouse", column).categories == [], column
