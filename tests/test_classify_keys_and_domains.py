"""How a table's subject is found when its keys are written in a schema's own habits (a table's
tag on every column, a person table's own natural key), and when a domain word is too weak to
place a table by itself."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl
from privflow.classify.facts import table_facts
from privflow.classify.run import schema_contexts

HOSPITAL = """
CREATE TABLE patient (PAT_ID int PRIMARY KEY, PAT_NAME varchar(50), PAT_SNAME varchar(50),
  PAT_TELE varchar(50), PAT_NEXT_KIN varchar(50), PAT_BDATE date);
CREATE TABLE admission (ADM_ID int PRIMARY KEY, ADM_PAT_ID int, ADM_DATE_ADM datetime,
  ADM_WEIGHT float, ADM_NOTE text, ADM_RESULT varchar(50));
"""


def _facts(schema):  # type: ignore[no-untyped-def]
    contexts, resolver = schema_contexts(schema)
    return contexts, table_facts(schema, contexts, resolver.people_ids)


def test_a_key_under_the_tables_own_tag_names_whom_the_row_is_about(tmp_path: Path) -> None:
    # ADM_PAT_ID of `admission` is a plain patient key once the table's tag is taken off: the
    # admission is the patient's, and its weight and result are clinical facts about them.
    schema = scan_ddl(tmp_path, HOSPITAL)
    contexts, facts = _facts(schema)
    assert contexts["admission"].kind == "personal"
    assert facts["admission"].subject == "key"
    assert facts["admission"].domain == "clinical"
    assert column_of(schema, "admission", "ADM_PAT_ID").linked_to == "patient"
    weight = column_of(schema, "admission", "ADM_WEIGHT")
    assert "health.physiological" in weight.categories
    assert weight.sensitive


def test_abbreviated_name_parts_and_next_of_kin(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, HOSPITAL)
    assert column_of(schema, "patient", "PAT_SNAME").categories == ["identity.name"]
    assert column_of(schema, "patient", "PAT_TELE").categories == ["contact.phone"]
    assert column_of(schema, "patient", "PAT_NEXT_KIN").categories == [
        "identity.family_relation", "identity.name"]


def test_a_people_tables_natural_key_keys_other_tables_to_that_person(tmp_path: Path) -> None:
    # Rows keyed by a student's own `ine` number are about the student; a name that every
    # table's key has (ROW_ID) is the schema's habit and keys nothing.
    schema = scan_ddl(tmp_path, """
CREATE TABLE students (ine varchar(20) PRIMARY KEY, first_name varchar(50),
  last_name varchar(50), birth_date date);
CREATE TABLE report_cards (id int PRIMARY KEY, ine varchar(20), term int, grade decimal(4,1));
CREATE TABLE caregivers (ROW_ID int PRIMARY KEY, cgid int, label varchar(10));
CREATE TABLE events (ROW_ID int PRIMARY KEY, charttime datetime, value varchar(20));
""")
    _, facts = _facts(schema)
    assert facts["report_cards"].subject == "key"
    assert column_of(schema, "report_cards", "ine").linked_to == "students"
    assert facts["events"].subject is None


def test_a_weak_domain_word_alone_does_not_make_a_blog_clinical(tmp_path: Path) -> None:
    # A blog's page visits: `visit` is clinical only beside tables of a clinical schema.
    blog = scan_ddl(tmp_path, """
CREATE TABLE blog_user (id int PRIMARY KEY, nickname varchar(50), email varchar(100));
CREATE TABLE blog_visit (id int PRIMARY KEY, visit_user_id int, visit_city varchar(50),
  visit_url varchar(200), visit_time datetime);
""", "blog.sql")
    _, facts = _facts(blog)
    assert facts["blog_visit"].domain != "clinical"
    assert column_of(blog, "blog_visit", "visit_city").categories == ["location.coarse"]
    clinic = scan_ddl(tmp_path, """
CREATE TABLE patients (id int PRIMARY KEY, name varchar(50), birth_date date);
CREATE TABLE diagnoses (id int PRIMARY KEY, patient_id int, icd10 varchar(10));
CREATE TABLE visits (id int PRIMARY KEY, patient_id int, reason varchar(200));
""", "clinic.sql")
    _, facts = _facts(clinic)
    assert facts["visits"].domain == "clinical"


def test_a_state_name_is_a_place_only_among_address_parts(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE accounts (id int PRIMARY KEY, name varchar(100), email varchar(100));
CREATE TABLE payments (id int PRIMARY KEY, account_id int, amount decimal(10,2),
  state_name varchar(50), last_success_state_name varchar(50));
CREATE TABLE addresses (id int PRIMARY KEY, account_id int, street varchar(100),
  city varchar(50), state_name varchar(50), postcode varchar(10));
""")
    assert column_of(schema, "payments", "state_name").categories == []
    assert column_of(schema, "payments", "last_success_state_name").categories == []
    assert column_of(schema, "addresses", "state_name").categories == ["location.coarse"]


def test_a_table_named_for_nothing_is_of_people_by_what_its_columns_say(tmp_path: Path) -> None:
    # `resp_pers` says nothing by its name; a surname and a birth date say who its rows are.
    schema = scan_ddl(tmp_path, """
CREATE TABLE resp_pers (pers_id varchar(10) PRIMARY KEY, surname varchar(30),
  birth_date date, name varchar(30), relation varchar(20));
CREATE TABLE links (id int PRIMARY KEY, pers_id varchar(10), ele_id varchar(10));
CREATE TABLE admissions (row_id int PRIMARY KEY, subject_id int, ethnicity varchar(50),
  marital_status varchar(50));
CREATE TABLE widgets (id int PRIMARY KEY, name varchar(30), created date);
""")
    contexts, _ = _facts(schema)
    assert contexts["resp_pers"].kind == "people"
    assert column_of(schema, "resp_pers", "name").categories == ["identity.name"]
    assert column_of(schema, "resp_pers", "relation").categories == ["identity.family_relation"]
    # A row keyed to a person holds that person's marks: it is theirs, not a person's own row.
    assert contexts["admissions"].kind != "people"
    assert contexts["widgets"].kind != "people"
    assert column_of(schema, "widgets", "name").categories == []


def test_a_glued_name_is_read_by_a_known_closing_word_after_an_unknown_one(tmp_path: Path) -> None:
    from privflow.classify.signals.name import name_key

    assert name_key("shisetsufee") == ("shisetsu", "fee")
    assert name_key("guardianxname") == ("guardianx", "name")
    # English words that merely end like a tail stay whole; a table name is not cut so.
    for word in ("message", "storage", "ecotax", "rename"):
        assert name_key(word) == (word,)
    schema = scan_ddl(tmp_path, """
CREATE TABLE members (id int PRIMARY KEY, fullname varchar(50), email varchar(100));
CREATE TABLE bookings (id int PRIMARY KEY, member_id int, roomfee decimal(9,2),
  latefee decimal(9,2), booked_at datetime);
""")
    assert column_of(schema, "bookings", "latefee").categories == ["financial.transaction"]
    assert column_of(schema, "bookings", "roomfee").categories == ["financial.transaction"]


def test_french_short_forms_of_phones_mail_and_addresses(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE responsables (id int PRIMARY KEY, nom varchar(30), prenom varchar(30),
  tel_pers varchar(20), tel_port varchar(20), mel varchar(100), adr1 varchar(100),
  adr1_comp varchar(100));
CREATE TABLE etablissements (id int PRIMARY KEY, nom varchar(60), adr1 varchar(100));
""")
    for column, category in (("nom", "identity.name"), ("tel_pers", "contact.phone"),
                             ("tel_port", "contact.phone"), ("mel", "contact.email"),
                             ("adr1", "contact.address"), ("adr1_comp", "contact.address")):
        assert column_of(schema, "responsables", column).categories == [category], column
    assert column_of(schema, "etablissements", "nom").categories == []


def test_a_key_named_by_the_people_table_and_one_of_its_own_key_columns(tmp_path: Path) -> None:
    # accounts.record_id is the surrogate key other tables use: account_record_id is the
    # account the row is about; lecturer_user_no is a role (another table's head word).
    schema = scan_ddl(tmp_path, """
CREATE TABLE accounts (record_id serial UNIQUE, id varchar(36) PRIMARY KEY, name varchar(100),
  email varchar(100));
CREATE TABLE users (id int PRIMARY KEY, user_no varchar(20), real_name varchar(50));
CREATE TABLE invoices (record_id serial, id varchar(36) PRIMARY KEY,
  account_record_id bigint, amount decimal(15,2));
CREATE TABLE sessions (id int PRIMARY KEY, user_uuid varchar(36), started datetime);
CREATE TABLE courses (id int PRIMARY KEY, lecturer_user_no varchar(20), course_name varchar(50));
""")
    _, facts = _facts(schema)
    assert column_of(schema, "invoices", "account_record_id").linked_to == "accounts"
    assert facts["invoices"].subject == "key"
    assert column_of(schema, "sessions", "user_uuid").linked_to == "users"
    assert facts["courses"].subject != "key"


def test_a_login_sessions_string_key_is_the_cookie(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE users (id int PRIMARY KEY, name varchar(100));
CREATE TABLE sessions (id varchar(36) PRIMARY KEY, user_id int, last_seen datetime);
CREATE TABLE numbered_sessions (id int PRIMARY KEY, user_id int, started datetime);
CREATE TABLE conference_sessions (id int PRIMARY KEY, title varchar(100));
""")
    assert column_of(schema, "sessions", "id").categories == ["network.cookie"]
    # A numeric row number is no cookie, nor is a conference's session.
    assert column_of(schema, "numbered_sessions", "id").categories == []
    assert column_of(schema, "conference_sessions", "id").categories == []


def test_a_german_banks_transfers_and_a_dutch_population_register(tmp_path: Path) -> None:
    # Transfers, standing orders and statements are a person's dealings: the payee's name,
    # account and the amount and purpose of each transfer are theirs.
    schema = scan_ddl(tmp_path, """
CREATE TABLE konto (id int PRIMARY KEY, kontonummer varchar(15), blz varchar(15),
  name varchar(255), kundennummer varchar(30));
CREATE TABLE ueberweisung (id int PRIMARY KEY, konto_id int, empfaenger_konto varchar(15),
  empfaenger_name varchar(255), betrag float, verwendungszweck varchar(140));
CREATE TABLE betrieb (id int PRIMARY KEY, name varchar(100), telefon varchar(30),
  ansprechpartner varchar(60), strasse varchar(100));
CREATE TABLE natuurlijk_persoon (id int PRIMARY KEY, geslachtsnaam varchar(200),
  voorvoegsel varchar(50), geslachtsaanduiding varchar(3), a_nummer varchar(10),
  geboortegemeente varchar(150), datum_huwelijk timestamp);
""")
    for column, category in (("empfaenger_konto", "financial.bank_account"),
                             ("empfaenger_name", "identity.name"),
                             ("betrag", "financial.transaction"),
                             ("verwendungszweck", "financial.transaction")):
        assert column_of(schema, "ueberweisung", column).categories == [category], column
    # A business's phone and street are its own; its contact person is a person.
    assert column_of(schema, "betrieb", "telefon").categories == []
    assert column_of(schema, "betrieb", "ansprechpartner").categories == ["identity.name"]
    for column, category in (("geslachtsnaam", "identity.name"), ("voorvoegsel", "identity.name"),
                             ("geslachtsaanduiding", "identity.gender"),
                             ("a_nummer", "identity.national_id"),
                             ("geboortegemeente", "location.coarse"),
                             ("datum_huwelijk", "special.marital")):
        assert column_of(schema, "natuurlijk_persoon", column).categories == [category], column


def test_a_things_profile_or_account_is_no_table_of_people(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE device_profile (id uuid PRIMARY KEY, name varchar(255), image varchar);
CREATE TABLE user_profile (id int PRIMARY KEY, user_id int, name varchar(255), image varchar);
CREATE TABLE devices (id uuid PRIMARY KEY, name varchar(255), device_profile_id uuid);
""")
    contexts, _ = _facts(schema)
    assert contexts["device_profile"].kind == "thing"
    assert column_of(schema, "device_profile", "name").categories == []
    assert contexts["user_profile"].kind != "thing"
    assert column_of(schema, "user_profile", "name").categories == ["identity.name"]


def test_an_insured_members_premiums_charges_and_conditions(tmp_path: Path) -> None:
    # From a public claims-management schema: the member's premiums and late charges are
    # money the member paid; a policy's own premium (no one's row) is the product's price.
    schema = scan_ddl(tmp_path, """
create table policy(policy_id int, policy_number int, premium double, tenure int);
create table member(member_id int primary key, member_name varchar(50), dob date);
create table member_premium(member_id int, policy_id int, paid_date date, premium double,
  late_payment boolean, late_payment_charges double);
create table policy_holder (id int PRIMARY KEY, full_name varchar(100), smoker boolean,
  pre_existing_conditions text);
""")
    assert column_of(schema, "member_premium", "premium").categories == ["financial.transaction"]
    assert column_of(schema, "member_premium", "late_payment_charges").categories == [
        "financial.transaction"]
    assert column_of(schema, "member_premium", "late_payment").categories == []
    assert column_of(schema, "policy", "premium").categories == []
    assert column_of(schema, "policy_holder", "pre_existing_conditions").categories == [
        "health.medical"]


def test_a_logistics_schemas_drivers_addresses_and_vehicles(tmp_path: Path) -> None:
    # From public delivery and cab-rental schemas.
    schema = scan_ddl(tmp_path, """
CREATE TABLE driver (driver_id bigint PRIMARY KEY, first_name varchar(30), contact_no bigint,
  license_no varchar(10));
CREATE TABLE deliverer_info (deliverer_info_key serial PRIMARY KEY, app_user_key int,
  drivers_license_id char(11));
CREATE TABLE person (person_id bigint PRIMARY KEY, name varchar(160), email varchar(180));
CREATE TABLE addresses (address_id bigint PRIMARY KEY, person_id bigint, line1 varchar(160),
  city varchar(100));
CREATE TABLE company_addresses (id int PRIMARY KEY, company_id int, line1 varchar(100));
CREATE TABLE vehicles (id bigint PRIMARY KEY COMMENT 'Mã định danh duy nhất của phương tiện',
  license_plate varchar(20));
""")
    assert column_of(schema, "driver", "contact_no").categories == ["contact.phone"]
    assert column_of(schema, "deliverer_info", "drivers_license_id").categories == [
        "identity.other_document"]
    assert column_of(schema, "addresses", "line1").categories == ["contact.address"]
    assert column_of(schema, "company_addresses", "line1").categories == []
    # "the vehicle's unique identifier" is no citizen's identification number
    assert column_of(schema, "vehicles", "id").categories == []


def test_a_key_written_key_first_links_to_its_person(tmp_path: Path) -> None:
    # id_paciente, id_member: the Romance habit (and SMF's), read as paciente_id.
    schema = scan_ddl(tmp_path, """
create table paciente (id_paciente int primary key, nombre1 varchar(50), apellido1 varchar(50),
  grupo_etnico varchar(50));
create table citas (id int primary key, id_paciente int, fecha date, motivo varchar(200),
  receta text, costo decimal(10,2));
create table members (id_member int primary key, member_name varchar(80));
create table attachments (id_attach int primary key, id_member int, height int, size int);
""")
    assert column_of(schema, "citas", "id_paciente").linked_to == "paciente"
    assert column_of(schema, "attachments", "id_member").linked_to == "members"
    assert column_of(schema, "citas", "receta").categories == ["health.medical"]
    assert column_of(schema, "citas", "costo").categories == ["financial.transaction"]
    assert column_of(schema, "paciente", "grupo_etnico").categories == ["identity.ethnicity"]
    # an attachment's height is the file's, whoever uploaded it
    assert column_of(schema, "attachments", "height").categories == []


def test_a_members_devices_stay_the_members_while_a_device_profile_is_the_devices(
        tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE members (id int PRIMARY KEY, nickname varchar(50));
CREATE TABLE uc_device (id int PRIMARY KEY, member_id int, imei varchar(20),
  android_id varchar(64), mac_address varchar(17));
CREATE TABLE device_profile (id int PRIMARY KEY, name varchar(100), image varchar(255));
""")
    assert column_of(schema, "uc_device", "imei").categories == ["device.id"]
    assert column_of(schema, "uc_device", "mac_address").categories == ["device.mac"]
    assert column_of(schema, "device_profile", "name").categories == []


def test_a_gyms_members_bodies_and_the_gym_itself(tmp_path: Path) -> None:
    # From public gym-management schemas: body composition is the member's health data; the
    # gym's own e-mail, phone and address are an organisation's.
    schema = scan_ddl(tmp_path, """
CREATE TABLE members (member_id int PRIMARY KEY, name varchar(100), phone varchar(15));
CREATE TABLE body_info (record_time datetime, membership_id int, bmr float, fat_percent
  varchar(15), fat_mass varchar(15), FOREIGN KEY (membership_id) REFERENCES members(member_id));
CREATE TABLE trainer (id int PRIMARY KEY, name text, speciality text);
CREATE TABLE gym (id int PRIMARY KEY, name text, email text, phone text, address text);
""")
    for column in ("bmr", "fat_percent", "fat_mass"):
        assert column_of(schema, "body_info", column).categories == ["health.physiological"]
    assert column_of(schema, "trainer", "speciality").categories == ["employment.info"]
    for column in ("email", "phone", "address"):
        assert column_of(schema, "gym", column).categories == [], column


def test_a_people_tables_own_key_name_links_where_no_other_rule_does(tmp_path: Path) -> None:
    # Brazilian schemas tag keys with the table's short form: cli_id is the clients' own key.
    schema = scan_ddl(tmp_path, """
CREATE TABLE clientes (cli_id int PRIMARY KEY, cli_nome varchar(255), cli_cpf varchar(20),
  borndate date);
CREATE TABLE endereco (end_id int PRIMARY KEY, cli_id int, end_cidade varchar(255),
  end_rua varchar(255), end_numero varchar(10));
CREATE TABLE users (id int PRIMARY KEY, name varchar(50));
CREATE TABLE tokens (user_id int PRIMARY KEY, token varchar(64));
CREATE TABLE cars (id int PRIMARY KEY, user_id int, plate varchar(10));
""")
    assert column_of(schema, "endereco", "cli_id").linked_to == "clientes"
    assert column_of(schema, "endereco", "end_numero").categories == ["contact.address"]
    assert column_of(schema, "clientes", "borndate").categories == ["identity.birth_date"]
    # user_id names the users table; a token table keyed by it does not take it over
    assert column_of(schema, "cars", "user_id").linked_to == "users"


def test_a_shops_base_information_and_lookups_of_postcodes_are_no_ones(tmp_path: Path) -> None:
    # A shop's own record (EC-CUBE's base information) and a postcode lookup; a customer's
    # kana name and mobile mail, a visit log's IP under the table's tag.
    schema = scan_ddl(tmp_path, """
CREATE TABLE dtb_baseinfo (id int PRIMARY KEY, company_name text, shop_name text,
  addr01 text, tel01 text, email01 text, latitude text);
CREATE TABLE mtb_zip (zipcode text, state text, city text, town text);
CREATE TABLE dtb_customer (customer_id int PRIMARY KEY, name01 text, kana01 text,
  email_mobile text, birth date);
CREATE TABLE dtb_other_deliv (other_deliv_id int PRIMARY KEY, customer_id int,
  company_name text, name01 text, addr01 text, tel01 text);
CREATE TABLE g5_visit (vi_id int PRIMARY KEY, vi_ip varchar(100), vi_date date,
  vi_referer text, vi_agent varchar(200));
CREATE TABLE g5_config (cf_id int PRIMARY KEY, cf_member_icon_height int);
""")
    for column in ("addr01", "tel01", "email01", "latitude"):
        assert column_of(schema, "dtb_baseinfo", column).categories == [], column
    for column in ("zipcode", "city", "town"):
        assert column_of(schema, "mtb_zip", column).categories == [], column
    assert column_of(schema, "dtb_customer", "kana01").categories == ["identity.name"]
    assert column_of(schema, "dtb_customer", "email_mobile").categories == ["contact.email"]
    # a delivery address with a company line is still the customer's
    assert column_of(schema, "dtb_other_deliv", "addr01").categories == ["contact.address"]
    assert column_of(schema, "g5_visit", "vi_ip").categories == ["network.ip"]
    assert column_of(schema, "g5_visit", "vi_referer").categories == ["behavior.browsing"]
    assert column_of(schema, "g5_config", "cf_member_icon_height").categories == []
