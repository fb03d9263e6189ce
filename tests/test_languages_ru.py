"""Russian identifiers, transliterated (data/languages/ru.yaml): familiya / imya / otchestvo,
SNILS, INN and the passport's series and number, nouns before their genitives
(nomer_telefona, adres_registratsii); an organisation's INN, phone and legal address, a
product's weight and a status stay nobody's, and the short words (pol, inn) need a table of
persons."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SCHEMA = """
CREATE TABLE klienty (id int PRIMARY KEY, familiya varchar(50), imya varchar(50),
  otchestvo varchar(50), fio varchar(150), data_rozhdeniya date, pol char(1),
  inn varchar(12), snils varchar(14), pasport_seriya char(4), pasport_nomer char(6),
  kem_vydan varchar(200), nomer_telefona varchar(15), adres_registratsii varchar(200),
  gorod varchar(50), pochtovyy_indeks varchar(6), parol varchar(64),
  nomer_karty varchar(20), zarplata decimal(10,2), semeynoe_polozhenie varchar(20),
  obrazovanie varchar(50), dolzhnost varchar(50), vozrast int, status varchar(10));
CREATE TABLE sotrudniki (id int PRIMARY KEY, familia varchar(35), imya varchar(25),
  nomer_telefona_sotrudnika varchar(20), data_priema date);
CREATE TABLE patsienty (id int PRIMARY KEY, fio varchar(150), diagnoz text,
  gruppa_krovi varchar(3), allergii text, rost int);
CREATE TABLE users (id int PRIMARY KEY, surname varchar(50), name varchar(50),
  patronymic varchar(50), passport_series char(4), passport_number char(6));
CREATE TABLE tovary (id int PRIMARY KEY, nazvanie varchar(100), cena decimal(10,2),
  ves decimal(6,2), opisanie text, status varchar(10));
CREATE TABLE organizatsii (id int PRIMARY KEY, nazvanie varchar(200), inn varchar(10),
  telefon varchar(20), adres varchar(200), yuridicheskiy_adres varchar(200));
CREATE TABLE zakazy (id int PRIMARY KEY, klient_id int, summa decimal(10,2),
  status varchar(20), adres_dostavki varchar(200), data_zakaza date);
"""


def test_a_russian_register_reads_like_an_english_one(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    expected = {
        ("klienty", "familiya"): "identity.name",
        ("klienty", "imya"): "identity.name",
        ("klienty", "otchestvo"): "identity.name",
        ("klienty", "fio"): "identity.name",
        ("klienty", "data_rozhdeniya"): "identity.birth_date",
        ("klienty", "pol"): "identity.gender",
        ("klienty", "inn"): "identity.other_document",
        ("klienty", "snils"): "identity.national_id",
        ("klienty", "pasport_seriya"): "identity.passport",
        ("klienty", "pasport_nomer"): "identity.passport",
        ("klienty", "nomer_telefona"): "contact.phone",
        ("klienty", "adres_registratsii"): "contact.address",
        ("klienty", "gorod"): "location.coarse",
        ("klienty", "pochtovyy_indeks"): "location.coarse",
        ("klienty", "parol"): "account.credential",
        ("klienty", "nomer_karty"): "financial.payment_card",
        ("klienty", "zarplata"): "financial.property",
        ("klienty", "semeynoe_polozhenie"): "special.marital",
        ("klienty", "obrazovanie"): "employment.info",
        ("klienty", "dolzhnost"): "employment.info",
        ("klienty", "vozrast"): "identity.age",
        ("sotrudniki", "familia"): "identity.name",
        # the genitive of the person after the noun says whose phone it is
        ("sotrudniki", "nomer_telefona_sotrudnika"): "contact.phone",
        ("patsienty", "fio"): "identity.name",
        ("patsienty", "diagnoz"): "health.medical",
        ("patsienty", "gruppa_krovi"): "health.physiological",
        ("patsienty", "allergii"): "health.medical",
        ("patsienty", "rost"): "health.physiological",
        # English words of Russian documents
        ("users", "patronymic"): "identity.name",
        ("users", "passport_series"): "identity.passport",
        ("zakazy", "summa"): "financial.transaction",
        ("zakazy", "adres_dostavki"): "contact.address",
    }
    for (table, column), category in expected.items():
        assert column_of(schema, table, column).categories == [category], (table, column)


def test_russian_words_of_things_stay_nobodys(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, SCHEMA)
    nobody = {
        # who issued the passport is no passport number
        "klienty": ["kem_vydan", "status"],
        "sotrudniki": ["data_priema"],
        "tovary": ["nazvanie", "cena", "ves", "opisanie", "status"],
        # an organisation's tax number, phone, address and legal address
        "organizatsii": ["nazvanie", "inn", "telefon", "adres", "yuridicheskiy_adres"],
        "zakazy": ["status", "data_zakaza"],
    }
    for table, columns in nobody.items():
        for column in columns:
            assert column_of(schema, table, column).categories == [], (table, column)


def test_russian_words_do_not_reach_english_names(tmp_path: Path) -> None:
    # pol, inn and rost are a person's only in a table of persons; no Russian piece splits
    # domain (doma + in) or valves (val + ves).
    schema = scan_ddl(tmp_path, """
CREATE TABLE shipping_leg (id int PRIMARY KEY, pol varchar(5), pod varchar(5),
  inn varchar(50), domain_name varchar(100), valves int, rost varchar(20));
""")
    for column in ("pol", "pod", "inn", "domain_name", "valves", "rost"):
        assert column_of(schema, "shipping_leg", column).categories == [], column
