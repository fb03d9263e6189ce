"""Failure kinds seen on real schemas the classifier was not tuned on: dictionaries of a
sensitive attribute, an organisation's own offices, a person's office phone, and secrets of
tables about no one. Every schema here is synthetic (a kennel club, a courier firm); none is a
table of a labelled corpus."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

_scan = scan_ddl
_col = column_of


CLUB = """
CREATE TABLE kc_member (id int PRIMARY KEY, first_name varchar(40), last_name varchar(40),
  office_phone varchar(30), work_phone varchar(30), office_email varchar(80),
  mobile varchar(30), ethnic_race_id int REFERENCES kc_ethnic_race(id));
CREATE TABLE kc_ethnic_race (id int PRIMARY KEY, code varchar(10), name varchar(60));
CREATE TABLE kc_office (id int PRIMARY KEY, name varchar(60), address varchar(200),
  phone varchar(30), fax varchar(30), email varchar(80));
CREATE TABLE kc_branch_location (id int PRIMARY KEY, street varchar(200), city varchar(60),
  phone_number varchar(30));
"""


def test_office_contact_of_a_person_stays_the_persons(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CLUB)
    for column, category in (("office_phone", "contact.phone"), ("work_phone", "contact.phone"),
                             ("office_email", "contact.email"), ("mobile", "contact.phone")):
        col = _col(schema, "kc_member", column)
        assert category in col.categories, (column, col.evidence)


def test_an_organisations_own_office_is_not_a_person(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CLUB)
    for table, column in (("kc_office", "address"), ("kc_office", "phone"),
                          ("kc_office", "fax"), ("kc_office", "email"),
                          ("kc_branch_location", "street"),
                          ("kc_branch_location", "phone_number")):
        col = _col(schema, table, column)
        assert col.categories == [], (table, column, col.evidence)


def test_a_dictionary_of_a_sensitive_attribute_is_reference_data(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CLUB)
    for column in ("code", "name"):
        col = _col(schema, "kc_ethnic_race", column)
        assert col.categories == [], (column, col.evidence)
    # The person's key to it carries the attribute.
    assert "identity.ethnicity" in _col(schema, "kc_member", "ethnic_race_id").categories


COURIER = """
CREATE TABLE cr_user (id int PRIMARY KEY, login varchar(40), password varchar(100),
  access_token varchar(200));
CREATE TABLE cr_user_session (id int PRIMARY KEY, user_id int REFERENCES cr_user(id),
  token varchar(200));
CREATE TABLE cr_job_lease (id int PRIMARY KEY, job_name varchar(60), token varchar(64),
  lease_until timestamp);
CREATE TABLE cr_system_config (id int PRIMARY KEY, config_key varchar(60),
  api_secret varchar(128), token varchar(200));
CREATE TABLE cr_invite_tokens (token varchar(200) PRIMARY KEY, uses_allowed int,
  expiry_time bigint);
CREATE TABLE cr_email_check_token (token varchar(200) PRIMARY KEY, session_id varchar(64),
  expires_at bigint);
CREATE TABLE cr_grant (id int PRIMARY KEY, user_id int REFERENCES cr_user(id),
  access_token int, scope varchar(60));
"""


def test_credentials_need_a_person(tmp_path: Path) -> None:
    schema = _scan(tmp_path, COURIER)
    for table, column in (("cr_user", "password"), ("cr_user", "access_token"),
                          ("cr_user_session", "token"),
                          # keyed to someone's session: that person's
                          ("cr_email_check_token", "token")):
        col = _col(schema, table, column)
        assert "account.credential" in col.categories, (table, column, col.evidence)
    for table, column in (("cr_job_lease", "token"), ("cr_system_config", "api_secret"),
                          ("cr_invite_tokens", "token"),
                          ("cr_system_config", "token")):
        col = _col(schema, table, column)
        assert col.categories == [], (table, column, col.evidence)


def test_an_integer_token_is_a_key_not_a_credential(tmp_path: Path) -> None:
    schema = _scan(tmp_path, COURIER)
    col = _col(schema, "cr_grant", "access_token")
    assert "account.credential" not in col.categories, col.evidence


SITES = """
CREATE TABLE ab_hr_location (loc_code varchar(13) PRIMARY KEY, loc_name varchar(100),
  loc_country varchar(3), loc_state varchar(50), loc_city varchar(50), loc_add varchar(100),
  loc_zip varchar(10), loc_phone varchar(30), loc_fax varchar(30));
CREATE TABLE ab_worker (id int PRIMARY KEY, full_name varchar(80), mobile varchar(30));
CREATE TABLE ab_place (place_id int PRIMARY KEY, address_1 varchar(80), city varchar(50),
  zip varchar(10));
CREATE TABLE ab_patient (id int PRIMARY KEY, full_name varchar(80), place_id int);
"""


def test_a_place_table_no_person_is_keyed_to_is_the_organisations(tmp_path: Path) -> None:
    schema = _scan(tmp_path, SITES)
    for column in ("loc_country", "loc_state", "loc_city", "loc_zip", "loc_phone", "loc_fax"):
        col = _col(schema, "ab_hr_location", column)
        assert col.categories == [], (column, col.evidence)
    # A place table a person's row is keyed to holds that person's address.
    assert "contact.address" in _col(schema, "ab_place", "address_1").categories
    assert "location.coarse" in _col(schema, "ab_place", "city").categories


LOOKUPS = """
CREATE TABLE zz_hr_ethnic_race (ethnic_race_code varchar(13) PRIMARY KEY,
  ethnic_race_desc varchar(50));
CREATE TABLE zz_hr_marital_status (code varchar(5) PRIMARY KEY, label varchar(40));
CREATE TABLE zz_hr_employee (emp_number int PRIMARY KEY, emp_firstname varchar(40),
  ethnic_race_code varchar(13), emp_marital_status varchar(20));
CREATE TABLE zz_hr_emp_education (emp_number int REFERENCES zz_hr_employee(emp_number),
  edu_major varchar(100));
"""


def test_an_attributes_own_dictionary_is_reference_data(tmp_path: Path) -> None:
    schema = _scan(tmp_path, LOOKUPS)
    for table, column in (("zz_hr_ethnic_race", "ethnic_race_code"),
                          ("zz_hr_ethnic_race", "ethnic_race_desc")):
        col = _col(schema, table, column)
        assert col.categories == [], (table, column, col.evidence)
    # The person's own columns keep it.
    assert "identity.ethnicity" in _col(schema, "zz_hr_employee", "ethnic_race_code").categories
    assert "special.marital" in _col(schema, "zz_hr_employee", "emp_marital_status").categories


def test_home_and_office_numbers_of_a_persons_contact_are_phones(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE qq_staff (id int PRIMARY KEY, full_name varchar(80));
CREATE TABLE qq_staff_kin (staff_id int REFERENCES qq_staff(id), kin_name varchar(80),
  kin_home_no varchar(40), kin_office_no varchar(40));
CREATE TABLE qq_office (id int PRIMARY KEY, office_no varchar(10), floor int);
""")
    for column in ("kin_home_no", "kin_office_no"):
        col = _col(schema, "qq_staff_kin", column)
        assert "contact.phone" in col.categories, (column, col.evidence)
    assert _col(schema, "qq_office", "office_no").categories == []


def test_a_work_or_study_word_in_a_table_about_no_one_is_no_ones_record(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE yy_cohort (id int PRIMARY KEY, title varchar(60), major varchar(60),
  capacity int);
CREATE TABLE yy_pupil (id int PRIMARY KEY, full_name varchar(60), major varchar(60));
""")
    assert _col(schema, "yy_cohort", "major").categories == []
    assert "employment.info" in _col(schema, "yy_pupil", "major").categories
