"""Dutch identifiers (data/languages/nl.yaml): a customer register, a GP practice and an order
system scanned through the real path, with the columns that must stay nobody's (a product's
name and weight, a company's phone and address, a status code) and English names the Dutch
words must not reach."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SCHEMA = """
CREATE TABLE klanten (klantnummer int PRIMARY KEY, voornaam varchar(50),
  tussenvoegsel varchar(10), achternaam varchar(50), geboortedatum date, geslacht char(1),
  bsn char(9), straat varchar(100), huisnummer varchar(10), postcode varchar(7),
  woonplaats varchar(50), telefoonnummer varchar(15), mobiel varchar(15),
  emailadres varchar(100), email_adres varchar(100), rekeningnummer varchar(34),
  gebruikersnaam varchar(30), wachtwoord varchar(64), burgerlijke_staat varchar(20),
  nationaliteit varchar(30), leeftijd int, beroep varchar(50), ip_adres varchar(40),
  status varchar(10), aangemaakt_op datetime);
CREATE TABLE patienten (id int PRIMARY KEY, naam varchar(100), geboortedatum date,
  bloedgroep varchar(3), allergieen text, diagnose text, medicatie text, lengte int,
  gewicht decimal(5,1), religie varchar(30), paspoortnummer varchar(9));
CREATE TABLE producten (id int PRIMARY KEY, naam varchar(100), prijs decimal(10,2),
  gewicht decimal(6,2), lengte int, omschrijving text, statuscode varchar(5));
CREATE TABLE bedrijven (id int PRIMARY KEY, naam varchar(100), telefoon varchar(20),
  adres varchar(200), plaats varchar(50), website_adres varchar(200));
CREATE TABLE opdrachten (id int PRIMARY KEY, opdracht_naam varchar(45), klant_id int,
  status varchar(2));
CREATE TABLE bestellingen (id int PRIMARY KEY, klantnummer int, totaalbedrag decimal(10,2),
  status varchar(20), afleveradres varchar(200), besteldatum date);
"""


def test_a_dutch_register_reads_like_an_english_one(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    expected = {
        ("klanten", "voornaam"): "identity.name",
        ("klanten", "tussenvoegsel"): "identity.name",
        ("klanten", "achternaam"): "identity.name",
        ("klanten", "geboortedatum"): "identity.birth_date",
        ("klanten", "geslacht"): "identity.gender",
        ("klanten", "bsn"): "identity.national_id",
        ("klanten", "straat"): "contact.address",
        ("klanten", "huisnummer"): "contact.address",
        ("klanten", "woonplaats"): "location.coarse",
        ("klanten", "telefoonnummer"): "contact.phone",
        ("klanten", "mobiel"): "contact.phone",
        # e-mailadres is an e-mail, not an address (adres is its last word)
        ("klanten", "emailadres"): "contact.email",
        ("klanten", "email_adres"): "contact.email",
        ("klanten", "rekeningnummer"): "financial.bank_account",
        ("klanten", "gebruikersnaam"): "account.username",
        ("klanten", "wachtwoord"): "account.credential",
        ("klanten", "burgerlijke_staat"): "special.marital",
        ("klanten", "nationaliteit"): "identity.nationality",
        ("klanten", "leeftijd"): "identity.age",
        ("klanten", "beroep"): "employment.info",
        ("klanten", "ip_adres"): "network.ip",
        ("patienten", "naam"): "identity.name",
        ("patienten", "bloedgroep"): "health.physiological",
        ("patienten", "allergieen"): "health.medical",
        ("patienten", "diagnose"): "health.medical",
        ("patienten", "medicatie"): "health.medical",
        ("patienten", "lengte"): "health.physiological",
        ("patienten", "gewicht"): "health.physiological",
        ("patienten", "religie"): "special.religion",
        ("patienten", "paspoortnummer"): "identity.passport",
        ("bestellingen", "totaalbedrag"): "financial.transaction",
        ("bestellingen", "afleveradres"): "contact.address",
    }
    for (table, column), category in expected.items():
        assert column_of(schema, table, column).categories == [category], (table, column)


def test_dutch_words_of_things_stay_nobodys(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    nobody = {
        "klanten": ["klantnummer", "status", "aangemaakt_op"],
        # a product's name, weight and length; its status code
        "producten": ["naam", "prijs", "gewicht", "lengte", "statuscode"],
        # a company's name, phone, address and town; its web address
        "bedrijven": ["naam", "telefoon", "adres", "plaats", "website_adres"],
        # an assignment's name
        "opdrachten": ["opdracht_naam", "status"],
        "bestellingen": ["status", "besteldatum"],
    }
    for table, columns in nobody.items():
        for column in columns:
            assert column_of(schema, table, column).categories == [], (table, column)


def test_dutch_words_do_not_reach_english_names(tmp_path: Path) -> None:
    # Words the Dutch file once made known split English words (te: teenage -> te en age,
    # op: opposition -> op position) or read them (burger as a person, pollen as pol + len).
    schema = scan_ddl(tmp_path, """
CREATE TABLE menu_item (id int PRIMARY KEY, burger varchar(50), teenage_menu boolean,
  latte_price decimal(6,2), standpoint varchar(50));
CREATE TABLE burgers (id int PRIMARY KEY, name varchar(50), weight decimal(6,2));
CREATE TABLE patients (id int PRIMARY KEY, pollen boolean, invader varchar(20));
""")
    for column in ("burger", "teenage_menu", "latte_price", "standpoint"):
        assert column_of(schema, "menu_item", column).categories == [], column
    # a table of burgers is about things: their name and weight are nobody's
    for column in ("name", "weight"):
        assert column_of(schema, "burgers", column).categories == [], column
    # pollen in a table of patients is an allergy, not a gender read from pol
    assert column_of(schema, "patients", "pollen").categories == ["health.medical"]
    assert column_of(schema, "patients", "invader").categories == []
