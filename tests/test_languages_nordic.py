"""Swedish, Danish and Norwegian identifiers (data/languages/sv.yaml, da.yaml, nb.yaml):
compounds with the head last (fodelsedatum, epostadress, kundenavn), the national numbers
(personnummer, CPR, fodselsnummer) and the three spellings of a, o and ae; a product's name
and weight, a company's phone and address, a list of post places and a status stay nobody's."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SCHEMA = """
CREATE TABLE kunder (id int PRIMARY KEY, fornamn varchar(50), efternamn varchar(50),
  personnummer char(13), fodelsedatum date, kon char(1), alder int,
  telefonnummer varchar(15), mobilnummer varchar(15), epostadress varchar(100),
  gatuadress varchar(100), postnummer varchar(6), ort varchar(50),
  anvandarnamn varchar(30), losenord varchar(64), kontonummer varchar(20),
  civilstand varchar(20), yrke varchar(50), manadslon decimal(10,2), status varchar(10));
CREATE TABLE borgere (id int PRIMARY KEY, fornavn varchar(50), efternavn varchar(50),
  cpr char(10), foedselsdato date, koen char(1), tlf varchar(15), adresse varchar(200),
  postnr varchar(4), bynavn varchar(50), brugernavn varchar(30), adgangskode varchar(64),
  sygdom text, vaegt int);
CREATE TABLE pasienter (id int PRIMARY KEY, fornavn varchar(50), etternavn varchar(50),
  fodselsnummer char(11), kjonn char(1), fodselsdato date, epostadresse varchar(100),
  poststed varchar(50), fylke varchar(50), diagnose text, blodtype varchar(3), hoyde int,
  sivilstand varchar(20), passord varchar(64));
CREATE TABLE Ansatt (AnsNr int PRIMARY KEY, Fornavn varchar(20), Etternavn varchar(20),
  Adresse varchar(20), Fødselsdato date, Kjønn char(1), Stilling varchar(20), Årslønn int);
CREATE TABLE produkter (id int PRIMARY KEY, namn varchar(100), pris decimal(10,2),
  vikt decimal(6,2), beskrivning text);
CREATE TABLE virksomheder (id int PRIMARY KEY, navn varchar(100), cvr char(8),
  telefon varchar(20), adresse varchar(200), postnr varchar(4), hjemmeside varchar(200));
CREATE TABLE Poststed (PostNr int PRIMARY KEY, Poststed varchar(20));
CREATE TABLE bestillinger (id int PRIMARY KEY, kunde_id int, belop decimal(10,2),
  status varchar(20), leveringsadresse varchar(200));
"""


def test_nordic_registers_read_like_english_ones(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    expected = {
        ("kunder", "fornamn"): "identity.name",
        ("kunder", "efternamn"): "identity.name",
        ("kunder", "personnummer"): "identity.national_id",
        ("kunder", "fodelsedatum"): "identity.birth_date",
        ("kunder", "kon"): "identity.gender",
        ("kunder", "alder"): "identity.age",
        ("kunder", "telefonnummer"): "contact.phone",
        ("kunder", "mobilnummer"): "contact.phone",
        # an e-post address is an e-mail, not a postal address (adress is its last word)
        ("kunder", "epostadress"): "contact.email",
        ("kunder", "gatuadress"): "contact.address",
        ("kunder", "postnummer"): "location.coarse",
        ("kunder", "ort"): "location.coarse",
        ("kunder", "anvandarnamn"): "account.username",
        ("kunder", "losenord"): "account.credential",
        ("kunder", "kontonummer"): "financial.bank_account",
        ("kunder", "civilstand"): "special.marital",
        ("kunder", "yrke"): "employment.info",
        ("kunder", "manadslon"): "financial.property",
        ("borgere", "fornavn"): "identity.name",
        ("borgere", "cpr"): "identity.national_id",
        ("borgere", "foedselsdato"): "identity.birth_date",
        ("borgere", "koen"): "identity.gender",
        ("borgere", "tlf"): "contact.phone",
        ("borgere", "adresse"): "contact.address",
        ("borgere", "postnr"): "location.coarse",
        ("borgere", "bynavn"): "location.coarse",
        ("borgere", "brugernavn"): "account.username",
        ("borgere", "adgangskode"): "account.credential",
        ("borgere", "sygdom"): "health.medical",
        ("borgere", "vaegt"): "health.physiological",
        ("pasienter", "etternavn"): "identity.name",
        ("pasienter", "fodselsnummer"): "identity.national_id",
        ("pasienter", "kjonn"): "identity.gender",
        ("pasienter", "epostadresse"): "contact.email",
        ("pasienter", "poststed"): "location.coarse",
        ("pasienter", "fylke"): "location.coarse",
        ("pasienter", "diagnose"): "health.medical",
        ("pasienter", "blodtype"): "health.physiological",
        ("pasienter", "hoyde"): "health.physiological",
        ("pasienter", "sivilstand"): "special.marital",
        ("pasienter", "passord"): "account.credential",
        # written with the letters themselves: folded before reading
        ("Ansatt", "Fødselsdato"): "identity.birth_date",
        ("Ansatt", "Kjønn"): "identity.gender",
        ("Ansatt", "Stilling"): "employment.info",
        ("Ansatt", "Årslønn"): "financial.property",
        ("bestillinger", "belop"): "financial.transaction",
        ("bestillinger", "leveringsadresse"): "contact.address",
    }
    for (table, column), category in expected.items():
        assert column_of(schema, table, column).categories == [category], (table, column)


def test_nordic_words_of_things_stay_nobodys(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    nobody = {
        "kunder": ["status"],
        "produkter": ["namn", "pris", "vikt", "beskrivning"],
        "virksomheder": ["navn", "cvr", "telefon", "adresse", "postnr", "hjemmeside"],
        # a list of post places is reference data, not anyone's town
        "Poststed": ["PostNr", "Poststed"],
        "bestillinger": ["status"],
    }
    for table, columns in nobody.items():
        for column in columns:
            assert column_of(schema, table, column).categories == [], (table, column)


def test_nordic_words_do_not_reach_english_names(tmp_path: Path) -> None:
    # gift, far, lan and by are English words and stay out; no Nordic piece splits English
    # words (understand is no under + stand, tillage no till + age, gatepost no gate + post).
    schema = scan_ddl(tmp_path, """
CREATE TABLE network_device (id int PRIMARY KEY, lan varchar(20), gift_wrap boolean,
  far_end varchar(50), understand text, tillage int, gatepost varchar(20));
""")
    for column in ("lan", "gift_wrap", "far_end", "understand", "tillage", "gatepost"):
        assert column_of(schema, "network_device", column).categories == [], column
