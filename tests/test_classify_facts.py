"""Table subject and domain, the fitted fact model, abbreviations, coded keys, things that are
not people. Every schema here is synthetic: a veterinary-free clinic, a payroll, a tutoring
school, a job scheduler; none is a table of the labelled corpora."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl
from privflow.classify import explain_column
from privflow.classify.facts import FactModel, table_facts, use_model
from privflow.classify.fit import fit_logistic
from privflow.classify.run import schema_contexts

_scan = scan_ddl
_col = column_of


CLINIC = """
CREATE TABLE clinic_patient (pat_key int PRIMARY KEY, full_name varchar(80), birth_dt date,
  gender_code_id int, home_city varchar(40));
CREATE TABLE lab_result (result_row int PRIMARY KEY, patient_id int, taken_at timestamp,
  test_item_id int, result_value varchar(40), result_num float, result_unit varchar(10),
  abnormal_flag varchar(5));
CREATE TABLE medication_order (med_row int PRIMARY KEY, patient_id int, drug varchar(80),
  dose varchar(20), route varchar(20), ordered_at timestamp, seq_num int);
CREATE TABLE diagnosis_code (code varchar(10) PRIMARY KEY, icd_code varchar(10),
  long_title varchar(200));
"""


def test_subject_and_domain_come_from_structure(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CLINIC)
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    lab = facts["lab_result"]
    assert (lab.subject, lab.domain) == ("key", "clinical")
    assert "patient_id" in lab.subject_how
    assert facts["clinic_patient"].subject == "self"
    # A code list is about no one.
    assert facts["diagnosis_code"].subject is None


def test_clinical_facts_about_a_patient_are_health_data(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CLINIC)
    for column in ("result_value", "result_num", "test_item_id"):
        found = _col(schema, "lab_result", column)
        assert found.categories == ["health.medical"], column
        assert found.sensitive
    for column in ("taken_at", "result_unit"):
        assert _col(schema, "lab_result", column).categories == [], column
    # A drug's route is how it was given, not where the patient went.
    assert _col(schema, "medication_order", "route").categories == ["health.medical"]
    assert _col(schema, "medication_order", "ordered_at").categories == []
    # The same code in a dictionary nobody is keyed to is reference data.
    assert _col(schema, "diagnosis_code", "icd_code").categories == []
    # The patient's own table keeps its readings: a city is a place.
    assert _col(schema, "clinic_patient", "home_city").categories == ["location.coarse"]


def test_explain_shows_subject_domain_and_model(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CLINIC)
    text = explain_column(schema, "lab_result.result_num")
    assert "subject key (key patient_id" in text
    assert "domain clinical" in text
    assert "model:fact" in text


PAYROLL = """
CREATE TABLE staff (staff_no int PRIMARY KEY COMMENT '工号', staff_nm varchar(40) COMMENT '姓名',
  ethnic_id int COMMENT '民族', party_id int COMMENT '政治面貌');
CREATE TABLE staff_appraisal (row_id int PRIMARY KEY, staff_id int COMMENT '员工id',
  appraisal_result varchar(32) COMMENT '考评结果', appraisal_date date COMMENT '考评日期',
  remark varchar(255) COMMENT '备注');
"""


def test_coded_keys_carry_what_they_code(tmp_path: Path) -> None:
    schema = _scan(tmp_path, PAYROLL)
    assert _col(schema, "staff", "ethnic_id").categories == ["identity.ethnicity"]
    assert _col(schema, "staff", "party_id").categories == ["special.political"]
    assert _col(schema, "staff", "staff_nm").categories == ["identity.name"]


def test_hr_record_facts_are_employment_info(tmp_path: Path) -> None:
    schema = _scan(tmp_path, PAYROLL)
    assert _col(schema, "staff_appraisal", "appraisal_result").categories == ["employment.info"]
    assert _col(schema, "staff_appraisal", "appraisal_date").categories == []


def test_a_row_keyed_to_a_persons_row_is_about_that_person(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CLINIC + """
CREATE TABLE medication_charge (charge_row int PRIMARY KEY, medication_order_id int,
  charge_amount numeric(10,2));""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["medication_charge"].subject_how.startswith("via medication_order_id")


def test_abbreviated_names_read_as_their_words(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE app_user (id int PRIMARY KEY, usr_nm varchar(40), usr_pwd varchar(64),
  birth_dt date, sess_key varchar(64), alipay_uid varchar(40), holder_nm varchar(40),
  card_exp_dt varchar(8), email_addr varchar(100), last_login_ipaddr varchar(40));""")
    expected = {
        "usr_nm": "account.username", "usr_pwd": "account.credential",
        "birth_dt": "identity.birth_date", "sess_key": "account.credential",
        "alipay_uid": "account.third_party_id", "holder_nm": "identity.name",
        "card_exp_dt": "financial.payment_card", "email_addr": "contact.email",
        "last_login_ipaddr": "network.ip",
    }
    for column, category in expected.items():
        assert _col(schema, "app_user", column).categories == [category], column


def test_things_of_a_platform_are_not_people(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE sched_run (id int PRIMARY KEY, tenant_name varchar(64), queue_name varchar(64),
  resource_name varchar(64), browser_fingerprint varchar(64), trace_id varchar(64),
  token_ttl_seconds int);
CREATE TABLE sched_member (id int PRIMARY KEY, member_name varchar(64), thumb_fingerprint blob);
""")
    for column in ("tenant_name", "queue_name", "resource_name", "browser_fingerprint",
                   "trace_id", "token_ttl_seconds"):
        assert _col(schema, "sched_run", column).categories == [], column
    assert _col(schema, "sched_member", "member_name").categories == ["identity.name"]


def test_fitting_learns_from_examples_and_the_runtime_uses_the_weights(tmp_path: Path) -> None:
    examples = [(("bias", "d=x", "t=value"), 1)] * 20 + [(("bias", "d=x", "t=date"), 0)] * 20
    weights = fit_logistic(examples)
    assert weights["t=value"] > 0 > weights["t=date"]
    # With a model that says nothing is a fact, generic clinical columns stay untagged.
    use_model(FactModel({"bias": -10.0}))
    try:
        schema = _scan(tmp_path, CLINIC)
        assert _col(schema, "lab_result", "result_num").categories == []
    finally:
        use_model(None)
    schema = _scan(tmp_path, CLINIC)
    assert _col(schema, "lab_result", "result_num").categories == ["health.medical"]


def _luhn_complete(prefix: str) -> str:
    """prefix + the check digit that makes it pass Luhn."""
    for check in "0123456789":
        digits = [int(c) for c in reversed(prefix + check)]
        total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2)
                    for i, d in enumerate(digits))
        if total % 10 == 0:
            return prefix + check
    raise AssertionError(prefix)


def test_card_values_and_a_card_name_add_up(tmp_path: Path) -> None:
    cards = [_luhn_complete(f"62220212345678{n:04d}") for n in range(6)]
    rows = ",".join(f"({i}, '{c}', '{c}')" for i, c in enumerate(cards))
    schema = _scan(tmp_path, f"""
CREATE TABLE wallet_link (id int PRIMARY KEY, card_number varchar(24), ext2 varchar(24));
INSERT INTO wallet_link VALUES {rows};""")
    assert len(cards[0]) == 19
    assert _col(schema, "wallet_link", "card_number").categories == ["financial.payment_card"]
    # An opaque column whose values are UnionPay numbers (prefix and checksum) is a card too.
    assert _col(schema, "wallet_link", "ext2").categories == ["financial.bank_account"]


def test_made_up_demo_values_do_not_veto_agreeing_readings(tmp_path: Path) -> None:
    rows = ",".join(f"({i}, '11010119900307{i:04d}')" for i in range(8))
    schema = _scan(tmp_path, f"""
CREATE TABLE person_demo (id int PRIMARY KEY, id_card char(18) COMMENT '身份证号');
INSERT INTO person_demo VALUES {rows};""")
    column = _col(schema, "person_demo", "id_card")
    assert column.categories == ["identity.national_id"]
    assert any(e.startswith("values:") for e in column.evidence)


def test_context_does_not_veto_sure_terms(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE shop_order (id int PRIMARY KEY, buyer_name varchar(40), warehouse_address
  varchar(200), sender_company_address varchar(200), pay_amount decimal(10,2));
CREATE TABLE coupon_log (id int PRIMARY KEY, login_ip varchar(40), coupon_code varchar(20));
CREATE TABLE mail_archive (id int PRIMARY KEY, recipient_address varchar(200));
CREATE TABLE device_state (id int PRIMARY KEY, user_status tinyint, sex_status tinyint);""")
    assert _col(schema, "shop_order", "buyer_name").categories == ["identity.name"]
    assert _col(schema, "shop_order", "pay_amount").categories == ["financial.transaction"]
    assert _col(schema, "shop_order", "warehouse_address").categories == []
    assert _col(schema, "shop_order", "sender_company_address").categories == []
    assert _col(schema, "coupon_log", "login_ip").categories == ["network.ip"]
    assert _col(schema, "mail_archive", "recipient_address").categories == ["contact.address"]
    assert _col(schema, "device_state", "user_status").categories == []


def test_clinicians_and_death(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE clinician (clinician_id int PRIMARY KEY, clinician_name varchar(80),
  npi varchar(20), licence_number varchar(30));
CREATE TABLE decedent_record (row_id int PRIMARY KEY, person_id int, death_date date,
  cause_of_death varchar(100));""")
    assert _col(schema, "clinician", "clinician_name").categories == ["identity.name"]
    assert _col(schema, "clinician", "npi").categories == ["identity.other_document"]
    assert _col(schema, "clinician", "licence_number").categories == ["identity.other_document"]
    assert _col(schema, "decedent_record", "death_date").categories == ["health.medical"]
    assert _col(schema, "decedent_record", "cause_of_death").categories == ["health.medical"]


def test_the_head_of_a_table_name_places_it_among_the_domains_its_name_names(
        tmp_path: Path) -> None:
    # A school's nurse visits: the student is whom the rows are about, the head (medical
    # visits) what they are; the grades table of the same school stays education.
    schema = _scan(tmp_path, """
CREATE TABLE students (student_id int PRIMARY KEY, first_name varchar(50), last_name varchar(50),
  birthdate date);
CREATE TABLE student_medical_visits (id int PRIMARY KEY, student_id int, school_date date,
  reason varchar(100), result varchar(100), comments text);
CREATE TABLE student_grades (id int PRIMARY KEY, student_id int, course_id int,
  grade varchar(5), comments text);
CREATE TABLE attendance (id int PRIMARY KEY, student_id int, school_date date,
  status_code varchar(5));
""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["student_medical_visits"].domain == "clinical"
    assert facts["student_grades"].domain == "education"
    result = _col(schema, "student_medical_visits", "result")
    assert result.categories == ["health.medical"] and result.sensitive
    assert _col(schema, "student_grades", "grade").categories == ["employment.info"]


def test_a_hospital_numbering_its_rows_links_visits_to_the_patient(tmp_path: Path) -> None:
    # Rows numbered `_nr` (encounter_nr), a patient keyed `pid` that is also part of the wider
    # keys of staff and phone tables, and a weak word (care) beside a strong one (encounter).
    schema = _scan(tmp_path, """
CREATE TABLE care_person (pid int PRIMARY KEY, name_first varchar(60), name_last varchar(60),
  date_birth date, blood_group char(2));
CREATE TABLE care_personell (nr int, pid int, job_type_nr int, PRIMARY KEY (nr, pid, job_type_nr));
CREATE TABLE care_phone (item_nr int, pid int, personell_nr int, dept_nr int,
  PRIMARY KEY (item_nr, pid, personell_nr, dept_nr));
CREATE TABLE care_encounter (encounter_nr bigint PRIMARY KEY, pid int, encounter_date datetime,
  referrer_notes text);
CREATE TABLE care_encounter_diagnosis (diagnosis_nr int PRIMARY KEY, encounter_nr int,
  code varchar(25), localization varchar(35));
""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert column_of(schema, "care_encounter", "pid").linked_to == "care_person"
    assert facts["care_encounter"].domain == "clinical"
    diagnosis = facts["care_encounter_diagnosis"]
    assert (diagnosis.subject, diagnosis.domain) == ("key", "clinical")
    assert "encounter_nr" in diagnosis.subject_how
    assert _col(schema, "care_encounter_diagnosis", "code").categories == ["health.medical"]


def test_a_table_named_for_a_person_and_headed_by_a_domain_word_holds_facts(
        tmp_path: Path) -> None:
    # patient_diagnosis is about a patient but is no table of patients: its generic columns
    # are the patient's clinical facts, while the patient table's own columns stay who they are.
    schema = _scan(tmp_path, """
CREATE TABLE patient (patient_id int PRIMARY KEY, first_name varchar(50), last_name varchar(50),
  city varchar(40));
CREATE TABLE patient_diagnosis (row_id int PRIMARY KEY, patient_id int, code varchar(10),
  result varchar(100), noted_at date);
""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["patient"].subject == "self"
    assert facts["patient_diagnosis"].subject == "key"
    assert _col(schema, "patient_diagnosis", "result").categories == ["health.medical"]
    assert _col(schema, "patient", "city").categories == ["location.coarse"]


def test_a_schools_admissions_are_no_hospitals(tmp_path: Path) -> None:
    # `admissions` places a table in the clinical domain only beside a strong clinical word;
    # in a French school register the marks of an admission are the student's schooling.
    schema = _scan(tmp_path, """
CREATE TABLE identite (etudid text UNIQUE NOT NULL, nom text, prenom text, civilite text,
  date_naissance date, dept_naissance text, code_ine text);
CREATE TABLE admissions (adm_id text UNIQUE NOT NULL, etudid text, annee int, bac text,
  math real, decision text, classement int);
CREATE TABLE notes_notes (note_id text, etudid text, evaluation_id text, value real);
CREATE TABLE inscriptions (insc_id text, etudid text, formsemestre_id text, etat text);
""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["admissions"].domain == "education"
    assert _col(schema, "admissions", "bac").categories == ["employment.info"]
    assert _col(schema, "identite", "code_ine").categories == ["identity.other_document"]
    assert _col(schema, "identite", "dept_naissance").categories == ["location.coarse"]


def test_births_and_pregnancies_are_clinical(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE person (pid int PRIMARY KEY, name_first varchar(60), name_last varchar(60),
  date_birth date);
CREATE TABLE neonatal (nr int PRIMARY KEY, pid int, apgar_1_min tinyint, feeding tinyint,
  outcome tinyint);
""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["neonatal"].domain == "clinical"


def test_what_a_consultation_records_about_a_patient(tmp_path: Path) -> None:
    # A primary-care record: a consultation's current medications and examination, an
    # allergy's reaction are the patient's health; a health card number is a document.
    schema = _scan(tmp_path, """
CREATE TABLE demographic (demographic_no int PRIMARY KEY, last_name varchar(30),
  first_name varchar(30), year_of_birth varchar(4), hin varchar(20));
CREATE TABLE allergies (allergyid int PRIMARY KEY, demographic_no int, entry_date date,
  reaction text);
CREATE TABLE consultation_requests (requestId int PRIMARY KEY, demographicNo int,
  currentMeds text, examination text, sendTo varchar(20));
""")
    assert _col(schema, "allergies", "reaction").categories == ["health.medical"]
    assert _col(schema, "consultation_requests", "currentMeds").categories == ["health.medical"]
    assert _col(schema, "consultation_requests", "examination").categories == ["health.medical"]
    assert _col(schema, "demographic", "hin").categories == ["identity.other_document"]


def test_a_key_names_the_table_named_so_in_full_before_one_read_without_its_tail(
        tmp_path: Path) -> None:
    # course_id names `courses`, not `course_stats` (course + a filler tail): a course's tests
    # are about no one, while a member's course stats are the member's.
    schema = _scan(tmp_path, """
CREATE TABLE members (member_id int PRIMARY KEY, login varchar(20), password varchar(40),
  first_name varchar(100), last_name varchar(100));
CREATE TABLE courses (course_id int PRIMARY KEY, title varchar(100), icon varchar(75));
CREATE TABLE course_stats (course_id int, member_id int, login_date date, guests int);
CREATE TABLE tests (test_id int PRIMARY KEY, course_id int, passscore int, result_release int);
""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["tests"].subject is None
    assert _col(schema, "tests", "passscore").categories == []


def test_a_table_keyed_through_a_chain_keeps_its_own_names_domain(tmp_path: Path) -> None:
    # A pupil's marks keyed to the pupil's place in a class (pupil_groups), not to the pupil:
    # the subject comes through the chain, the domain from the marks table's own name.
    schema = _scan(tmp_path, """
CREATE TABLE pupils (id int PRIMARY KEY, full_name varchar(80), birth_date date);
CREATE TABLE class_groups (id int PRIMARY KEY, label varchar(20));
CREATE TABLE pupil_groups (id int PRIMARY KEY, pupils_id int REFERENCES pupils(id),
  class_groups_id int REFERENCES class_groups(id));
CREATE TABLE grades (id int PRIMARY KEY, pupil_groups_id int REFERENCES pupil_groups(id),
  grade float);
""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["grades"].subject == "key"
    assert facts["grades"].domain == "education"
    assert facts["grades"].domain_how.startswith("table")
    assert _col(schema, "grades", "grade").categories == ["employment.info"]


def test_a_gazetteer_is_reference_data_and_a_persons_key_into_it_a_place(tmp_path: Path) -> None:
    # A list of cities holds no one's place; a pupil's key into it is the pupil's city. A
    # locations table with address lines is where persons are (OMOP's location), no list.
    schema = _scan(tmp_path, """
CREATE TABLE cities (id int PRIMARY KEY, city varchar(50), province varchar(50),
  postcode varchar(10));
CREATE TABLE pupils (id int PRIMARY KEY, full_name varchar(80), city_id int);
CREATE TABLE location (location_id int PRIMARY KEY, address_1 varchar(50), city varchar(50),
  zip varchar(9));
CREATE TABLE person (person_id int PRIMARY KEY, year_of_birth int, location_id int
  REFERENCES location(location_id));
""")
    assert _col(schema, "cities", "city").categories == []
    assert _col(schema, "cities", "postcode").categories == []
    assert _col(schema, "pupils", "city_id").categories == ["location.coarse"]
    assert _col(schema, "location", "city").categories == ["location.coarse"]
    assert _col(schema, "location", "address_1").categories == ["contact.address"]
    assert "location.coarse" not in _col(schema, "person", "location_id").categories


def test_a_persons_key_to_a_place_list_kept_elsewhere_is_a_coarse_place(tmp_path: Path) -> None:
    # The countries and provinces live in another service's schema: a customer's country_id
    # still says where the customer is; a row's location_id (a ward, a shelf) says nothing.
    schema = _scan(tmp_path, """
CREATE TABLE customer (customer_id int PRIMARY KEY, first_name varchar(40),
  last_name varchar(40), country_id int, province_id int);
CREATE TABLE customer_note (id int PRIMARY KEY, customer_id int REFERENCES customer(customer_id),
  location_id int, body text);
""")
    assert _col(schema, "customer", "country_id").categories == ["location.coarse"]
    assert _col(schema, "customer", "province_id").categories == ["location.coarse"]
    assert _col(schema, "customer_note", "location_id").categories == []


def test_a_key_written_first_or_declared_into_a_list_not_scanned_is_a_place(
        tmp_path: Path) -> None:
    # id_distrito and fk_country write the key first; an address's country_id declares a
    # reference to a countries table that another file of the project holds.
    schema = _scan(tmp_path, """
CREATE TABLE persona (id_persona bigint PRIMARY KEY, nombre varchar(100), apellidos varchar(100),
  id_distrito bigint, fk_country int, id_estado_civil bigint);
CREATE TABLE address (id int PRIMARY KEY, customer_id int, firstname varchar(40),
  lastname varchar(40), country_id int REFERENCES country(id), zone_id int);
""")
    assert _col(schema, "persona", "id_distrito").categories == ["location.coarse"]
    assert _col(schema, "persona", "fk_country").categories == ["location.coarse"]
    assert _col(schema, "address", "country_id").categories == ["location.coarse"]
    assert _col(schema, "address", "zone_id").categories == []


def test_the_bare_name_of_a_thing_keyed_to_a_person_is_the_things(tmp_path: Path) -> None:
    # A user's projects and saved searches are named by their owner, not after them; an
    # address book entry keyed to the user names its recipient beside a phone.
    schema = _scan(tmp_path, """
CREATE TABLE users (id int PRIMARY KEY, first_name varchar(40), last_name varchar(40),
  email varchar(100));
CREATE TABLE projects (id int PRIMARY KEY, user_id int REFERENCES users(id), name varchar(100),
  created_at datetime);
CREATE TABLE user_address (id int PRIMARY KEY, user_id int REFERENCES users(id),
  name varchar(50), phone varchar(20), detail_address varchar(200));
""")
    assert _col(schema, "projects", "name").categories == []
    assert _col(schema, "user_address", "name").categories == ["identity.name"]
    assert _col(schema, "users", "first_name").categories == ["identity.name"]


def test_a_residents_readings_keyed_by_the_first_word_of_their_table(tmp_path: Path) -> None:
    # elderly_id names the person of elderly_profile as patient_id names a patient's: the
    # monitoring rows are about that resident, and a reading and its abnormal flag are facts.
    schema = _scan(tmp_path, """
CREATE TABLE `elderly_profile` (`id` bigint NOT NULL, `name` varchar(50) COMMENT '姓名',
  `id_card` varchar(18) COMMENT '身份证号', PRIMARY KEY (`id`)) COMMENT='老人档案';
CREATE TABLE `health_monitoring_data` (`id` bigint NOT NULL,
  `elderly_id` bigint COMMENT '老人ID', `value` varchar(255) COMMENT '监测值',
  `is_abnormal` tinyint(1) COMMENT '是否异常', `unit` varchar(20) COMMENT '单位',
  `monitor_time` datetime COMMENT '监测时间', PRIMARY KEY (`id`),
  FOREIGN KEY (`elderly_id`) REFERENCES `elderly_profile` (`id`)) COMMENT='健康监测数据';
""")
    assert _col(schema, "health_monitoring_data", "value").categories == ["health.medical"]
    assert _col(schema, "health_monitoring_data", "is_abnormal").categories == ["health.medical"]
    assert _col(schema, "health_monitoring_data", "unit").categories == []
    assert _col(schema, "health_monitoring_data", "monitor_time").categories == []


def test_a_patients_abbreviated_key_makes_the_chart_about_the_patient(tmp_path: Path) -> None:
    # pt_sno is a patient's key as pat_id is: a tooth chart keyed by it is the patient's
    # record, and its opaque tooth columns are clinical facts.
    schema = _scan(tmp_path, """
CREATE TABLE patients (serialno int PRIMARY KEY, sname varchar(30), fname varchar(30), dob date);
CREATE TABLE medical_history (ix int PRIMARY KEY, pt_sno int REFERENCES patients(serialno),
  allergies varchar(60), meds text);
CREATE TABLE tooth_chart (pt_sno int PRIMARY KEY REFERENCES patients(serialno),
  ur1 varchar(34), ur2 varchar(34), ul1 varchar(34), chart_date date);
""")
    assert _col(schema, "tooth_chart", "ur1").categories == ["health.medical"]
    assert _col(schema, "medical_history", "meds").categories == ["health.medical"]
    assert _col(schema, "tooth_chart", "chart_date").categories == []


def test_a_dental_treatment_plan_under_abbreviated_names_is_clinical(tmp_path: Path) -> None:
    # currtrtmt (current treatment) glues an abbreviation of treatment; a course_periods
    # table's `periods` holds no periodontal chart.
    schema = _scan(tmp_path, """
CREATE TABLE patients (serialno int PRIMARY KEY, sname varchar(30), fname varchar(30), dob date);
CREATE TABLE currtrtmt (courseno int PRIMARY KEY, serialno int REFERENCES patients(serialno),
  xraypl varchar(86), periopl varchar(86), examd date);
CREATE TABLE courses (course_id int PRIMARY KEY, title varchar(100));
CREATE TABLE course_periods (id int PRIMARY KEY, course_id int REFERENCES courses(course_id),
  short_name varchar(25), course_weight varchar(10));
""")
    assert _col(schema, "currtrtmt", "xraypl").categories == ["health.medical"]
    assert _col(schema, "currtrtmt", "examd").categories == []
    assert _col(schema, "course_periods", "course_weight").categories == []


def test_a_countries_list_with_nationalities_is_still_a_list(tmp_path: Path) -> None:
    # The citizenship list names each country too; a location with address lines is not a
    # list but where people are.
    schema = _scan(tmp_path, """
CREATE TABLE cittadinanza (id_cittadinanza int PRIMARY KEY, ds_cittadinanza varchar(100),
  ds_nazione varchar(100));
CREATE TABLE lavoratore (id_lavoratore int PRIMARY KEY, cognome varchar(50), nome varchar(50),
  id_cittadinanza int REFERENCES cittadinanza(id_cittadinanza));
""")
    assert _col(schema, "cittadinanza", "ds_nazione").categories == []
    assert _col(schema, "cittadinanza", "ds_cittadinanza").categories == []
    assert _col(schema, "lavoratore", "id_cittadinanza").categories == ["identity.nationality"]


def test_a_systems_settings_row_is_keyed_to_no_ones_session(tmp_path: Path) -> None:
    # Zabbix's one-row `config` holds the key it signs sessions with: no chain of keys makes
    # its severity names and LDAP settings a patient's facts.
    schema = _scan(tmp_path, """
CREATE TABLE users (userid bigint PRIMARY KEY, username varchar(100), name varchar(100),
  surname varchar(100), passwd varchar(60));
CREATE TABLE sessions (sessionid varchar(32) PRIMARY KEY, userid bigint REFERENCES users(userid),
  lastaccess integer, status integer);
CREATE TABLE problem (eventid bigint PRIMARY KEY, severity integer, name varchar(2048));
CREATE TABLE alerts (alertid bigint PRIMARY KEY, userid bigint REFERENCES users(userid),
  sendto varchar(1024), subject varchar(255), message text);
CREATE TABLE config (configid bigint PRIMARY KEY, session_key varchar(32),
  severity_name_0 varchar(32), severity_color_0 varchar(6), ldap_host varchar(255),
  work_period varchar(255), problem_unack_color varchar(6), problem_ack_color varchar(6),
  problem_unack_style integer, problem_ack_style integer, hk_services_mode integer,
  hk_services varchar(32));
""")
    for column in ("severity_name_0", "severity_color_0", "ldap_host", "work_period"):
        assert _col(schema, "config", column).categories == [], column
