"""Italian identifiers: a public body's payment positions, its organisational units and its
operators (GovPay-like), read through it.yaml."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

PAYMENTS = """
CREATE TABLE utenze (id bigint PRIMARY KEY, principal varchar(4000), password varchar(255));
CREATE TABLE operatori (id bigint PRIMARY KEY, nome varchar(35), id_utenza bigint
  REFERENCES utenze(id));
CREATE TABLE uo (id bigint PRIMARY KEY, uo_indirizzo varchar(70), uo_cap varchar(16),
  uo_email varchar(256), uo_tel varchar(35));
CREATE TABLE versamenti (id bigint PRIMARY KEY, importo_totale double precision,
  importo_pagato double precision, debitore_cap varchar(16), debitore_localita varchar(35),
  debitore_email varchar(256), id_operatore bigint);
CREATE TABLE incassi (id bigint PRIMARY KEY, importo double precision,
  nome_dispositivo varchar(512), iban_accredito varchar(35), id_operatore bigint);
"""


def test_a_debtors_payment_position_and_a_public_bodys_own_records(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, PAYMENTS)
    # The accounts and the operators who sign in with them are people.
    assert column_of(schema, "utenze", "password").categories == ["account.credential"]
    assert column_of(schema, "operatori", "nome").categories == ["identity.name"]
    assert column_of(schema, "versamenti", "id_operatore").linked_to == "operatori"
    # What a debtor owes and paid, and where the debtor lives.
    for column in ("importo_totale", "importo_pagato"):
        assert column_of(schema, "versamenti", column).categories == [
            "financial.transaction"], column
    assert column_of(schema, "versamenti", "debitore_cap").categories == ["location.coarse"]
    assert column_of(schema, "versamenti", "debitore_localita").categories == [
        "location.coarse"]
    # An organisational unit's (uo) address and contact lines are the body's own, and so are a
    # device's name and the account the body is credited on.
    for column in ("uo_indirizzo", "uo_cap", "uo_email", "uo_tel"):
        assert column_of(schema, "uo", column).categories == [], column
    assert column_of(schema, "incassi", "nome_dispositivo").categories == []


def test_message_tables_in_other_languages_hold_someones_messages(tmp_path: Path) -> None:
    # A language file's table_column_terms extend the message topic: the text and subject of
    # Italian reminders, Portuguese chats and German messages are someone's communication.
    schema = scan_ddl(tmp_path, """
CREATE TABLE promemoria (id bigint PRIMARY KEY, id_versamento bigint, oggetto varchar(512),
  messaggio text, destinatario_to varchar(256));
CREATE TABLE mensagens (id int PRIMARY KEY, id_usuario int, texto text, assunto varchar(100));
CREATE TABLE nachrichten (id int PRIMARY KEY, benutzer_id int, betreff varchar(100),
  inhalt text);
CREATE TABLE prodotti (id int PRIMARY KEY, testo text);
""")
    for table, column in (("promemoria", "messaggio"), ("promemoria", "oggetto"),
                          ("mensagens", "texto"), ("mensagens", "assunto"),
                          ("nachrichten", "betreff"), ("nachrichten", "inhalt")):
        assert column_of(schema, table, column).categories == ["behavior.communication"], (
            table, column)
    assert column_of(schema, "prodotti", "testo").categories == []


def test_a_persons_cf_is_the_codice_fiscale_and_a_config_prefix_is_not(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE comunicazione (id_comunicazione number PRIMARY KEY, cf_lavoratore varchar2(16),
  cf_delegato varchar2(16), nome_delegato varchar2(30), mittente_cf varchar2(16));
CREATE TABLE g5_config (cf_title varchar(255), cf_admin varchar(100),
  cf_member_icon_height int);
""")
    for column in ("cf_lavoratore", "cf_delegato", "mittente_cf"):
        assert column_of(schema, "comunicazione", column).categories == [
            "identity.national_id"], column
    assert column_of(schema, "comunicazione", "nome_delegato").categories == ["identity.name"]
    for column in ("cf_admin", "cf_member_icon_height"):
        assert "identity.national_id" not in column_of(schema, "g5_config", column).categories


def test_an_employees_hiring_record_holds_employment_facts(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE lavoratori (id_lavoratore number PRIMARY KEY, cognome varchar2(50),
  nome varchar2(50));
CREATE TABLE assunzioni (id_assunzione number PRIMARY KEY,
  id_lavoratore number REFERENCES lavoratori(id_lavoratore), qualifica varchar2(120),
  inquadramento varchar2(10), dt_inizio date);
""")
    for column in ("qualifica", "inquadramento"):
        assert column_of(schema, "assunzioni", column).categories == ["employment.info"], column
    assert column_of(schema, "assunzioni", "dt_inizio").categories == []
