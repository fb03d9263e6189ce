"""General rules that carry the classifier to unseen schemas: each test is a small synthetic
schema (HR, clinic, school, CRM, logistics, CMS) exercising one rule, not a known table."""

from __future__ import annotations

from pathlib import Path

import pytest

from classify_helpers import column_of, scan_ddl
from privflow.lineage import build_flows, propagate

_scan = scan_ddl
_col = column_of


CMS = """
CREATE TABLE `cms_member` (
  `id` bigint NOT NULL, `nickname` varchar(64) COMMENT '昵称', `image` varchar(255),
  PRIMARY KEY (`id`)) COMMENT='会员表';
CREATE TABLE `cms_banner` (
  `id` bigint NOT NULL,
  `name` varchar(64) COMMENT '横幅名称',
  `title_name` varchar(64) COMMENT '栏目名称',
  `image` varchar(255) COMMENT '封面',
  `create_by` varchar(64) COMMENT '创建人',
  `update_by` varchar(64) COMMENT '更新人') COMMENT='首页横幅';
CREATE TABLE `cms_refund_request` (
  `id` bigint NOT NULL,
  `member_id` bigint NOT NULL,
  `images` varchar(1024) COMMENT '退货凭证图片',
  `pic` varchar(255),
  `contact_phone` varchar(20) COMMENT '联系电话') COMMENT='退货申请';
"""


def test_audit_keys_do_not_make_a_table_about_people(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CMS)
    for column in ("name", "title_name", "image"):
        assert _col(schema, "cms_banner", column).categories == [], column
    # create_by with 创建人 is the same audit key as one without a comment: a link.
    for column in ("create_by", "update_by"):
        tagged = _col(schema, "cms_banner", column)
        assert tagged.categories == [] and tagged.linked_to == "cms_member", column


def test_pictures_need_a_table_of_persons(tmp_path: Path) -> None:
    schema = _scan(tmp_path, CMS)
    assert _col(schema, "cms_member", "image").categories == ["identity.photo"]
    # A refund request is a person's row, but its pictures show goods or receipts.
    assert _col(schema, "cms_refund_request", "images").categories == []
    assert _col(schema, "cms_refund_request", "pic").categories == []
    assert _col(schema, "cms_refund_request", "contact_phone").categories == ["contact.phone"]


def test_photo_path_keeps_the_photo(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE staff (id int PRIMARY KEY, full_name varchar(64), photo_path varchar(255),
                    avatar_uri varchar(255), report_path varchar(255));
""")
    assert _col(schema, "staff", "photo_path").categories == ["identity.photo"]
    assert _col(schema, "staff", "avatar_uri").categories == ["identity.photo"]
    assert _col(schema, "staff", "report_path").categories == []


def test_lookup_tables_of_places_are_not_a_persons_location(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE provinces (id int PRIMARY KEY, province_name varchar(64), region varchar(32));
CREATE TABLE counties (id int PRIMARY KEY, county_name varchar(64), city varchar(64));
CREATE TABLE patient (id int PRIMARY KEY, name varchar(64), city varchar(64),
                      region varchar(32));
""")
    assert _col(schema, "provinces", "region").categories == []
    assert _col(schema, "counties", "city").categories == []
    assert _col(schema, "patient", "city").categories == ["location.coarse"]


def test_a_source_table_named_in_a_comment_is_not_the_owner(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE `crm_customer_address` (
  `id` int NOT NULL, `customer_id` int,
  `province` varchar(32) COMMENT '行政区划表的省编码',
  `city` varchar(32) COMMENT '行政区划表的市编码') COMMENT='客户收货地址';
CREATE TABLE `crm_branch` (
  `id` int NOT NULL, `branch_name` varchar(64),
  `city` varchar(32) COMMENT '行政区划表的市编码') COMMENT='网点';
""")
    assert _col(schema, "crm_customer_address", "province").categories == ["location.coarse"]
    assert _col(schema, "crm_customer_address", "city").categories == ["location.coarse"]
    # The same comment in a table about things: the table decides, not the comment.
    assert _col(schema, "crm_branch", "city").categories == []


HISTORY = """
CREATE TABLE `edu_student` (`id` int NOT NULL, `name` varchar(32) COMMENT '姓名') COMMENT='学生';
CREATE TABLE `edu_course_footprint` (
  `id` int NOT NULL, `student_id` int, `course_id` int COMMENT '浏览课程ID',
  `add_time` datetime) COMMENT='学生浏览足迹';
CREATE TABLE `edu_search_history` (
  `id` int NOT NULL, `student_id` int, `keyword` varchar(64), `from` varchar(32) COMMENT '来源'
) COMMENT='搜索历史';
CREATE TABLE `edu_favorite` (
  `id` int NOT NULL, `student_id` int, `course_id` int) COMMENT='收藏';
CREATE TABLE `edu_course` (
  `id` int NOT NULL, `teacher_id` int, `keyword` varchar(64) COMMENT '课程关键字') COMMENT='课程';
"""


def test_history_tables_give_their_item_key_a_behaviour(tmp_path: Path) -> None:
    schema = _scan(tmp_path, HISTORY)
    browsed = _col(schema, "edu_course_footprint", "course_id")
    assert browsed.categories == ["behavior.browsing"] and browsed.sensitive
    assert _col(schema, "edu_search_history", "keyword").categories == ["behavior.search"]
    assert _col(schema, "edu_search_history", "from").categories == []
    assert _col(schema, "edu_favorite", "course_id").categories == ["behavior.usage_log"]
    # A course's keywords and a person key of the history stay what they were.
    assert _col(schema, "edu_course", "keyword").categories == []
    assert _col(schema, "edu_favorite", "student_id").linked_to == "edu_student"


def test_search_keyword_comment_variants() -> None:
    from privflow.classify.signals.comment import read_comment

    for comment in ("搜索关键字", "查询关键词"):
        assert [e.category for e in read_comment(comment).supports] == ["behavior.search"]


def test_a_logs_actor_noun_is_a_login_name(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE `wms_operation_log` (
  `id` int NOT NULL,
  `operator` varchar(64) COMMENT '操作人',
  `admin` varchar(45) COMMENT '管理员',
  `admin_id` int COMMENT '管理员ID',
  `action` varchar(64) COMMENT '操作') COMMENT='仓库操作日志';
CREATE TABLE `wms_shipment` (
  `id` int NOT NULL, `operator` varchar(64) COMMENT '操作人') COMMENT='出库单';
""")
    assert _col(schema, "wms_operation_log", "operator").categories == ["account.username"]
    assert _col(schema, "wms_operation_log", "admin").categories == ["account.username"]
    assert _col(schema, "wms_operation_log", "admin_id").categories == []
    assert _col(schema, "wms_operation_log", "action").categories == []
    # Outside a log the role noun still names a person.
    assert _col(schema, "wms_shipment", "operator").categories == ["identity.name"]


def test_link_targets_are_headed_by_their_people_word(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE patient (patient_id int PRIMARY KEY, full_name varchar(64));
CREATE TABLE patient_insurance_plans (plan_id int PRIMARY KEY, plan_name varchar(64));
CREATE TABLE patient_plan (
  patient_id int REFERENCES patient (patient_id),
  plan_id int REFERENCES patient_insurance_plans (plan_id));
""")
    assert _col(schema, "patient_plan", "patient_id").linked_to == "patient"
    assert _col(schema, "patient_plan", "plan_id").linked_to is None


def test_abbreviated_person_keys_and_view_keys_link(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE employee (emp_id int PRIMARY KEY, first_name varchar(32));
CREATE TABLE payslip (id int PRIMARY KEY, emp_id int, net_pay decimal(10,2));
CREATE TABLE employee_badge (emp_id int PRIMARY KEY, badge_no varchar(16));
CREATE VIEW latest_payslip AS SELECT emp_id, MAX(id) AS id FROM payslip GROUP BY emp_id;
CREATE VIEW employee_list AS SELECT emp_id, first_name FROM employee;
""")
    assert _col(schema, "payslip", "emp_id").linked_to == "employee"
    flows, _ = build_flows(schema, [])
    propagate(schema, flows)
    # A view's key copied from a linked key is linked; one copied from the people table's own
    # primary key is that person, not a reference to one.
    assert _col(schema, "latest_payslip", "emp_id").linked_to == "employee"
    assert _col(schema, "employee_list", "emp_id").linked_to is None


@pytest.mark.parametrize("comment", ["拓展字段:昵称", "扩展字段:昵称"])
def test_a_thing_label_before_a_colon_does_not_hide_the_term(tmp_path: Path,
                                                                comment: str) -> None:
    schema = _scan(tmp_path, f"""
CREATE TABLE `iot_user` (`id` int NOT NULL, `nickname` varchar(64) COMMENT '{comment}')
  COMMENT='用户';
""")
    assert _col(schema, "iot_user", "nickname").categories == ["account.nickname"]


def test_clinical_comments_and_a_parcels_weight(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE `clinic_visit` (`id` int NOT NULL, `patient_id` int,
  `diagnosis` text COMMENT '诊断结果', `chief_complaint` text COMMENT '主诉') COMMENT='门诊记录';
CREATE TABLE `parcel` (`id` int NOT NULL, `weight` decimal(10,2) COMMENT '重量(kg)',
  `height` int) COMMENT='包裹';
CREATE TABLE `member` (`id` int NOT NULL, `weight` decimal(5,1) COMMENT '体重') COMMENT='会员';
""")
    assert _col(schema, "clinic_visit", "diagnosis").categories == ["health.medical"]
    assert _col(schema, "clinic_visit", "chief_complaint").categories == ["health.medical"]
    assert _col(schema, "parcel", "weight").categories == []
    assert _col(schema, "parcel", "height").categories == []
    assert _col(schema, "member", "weight").categories == ["health.physiological"]


def test_english_history_tables(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE users (id int PRIMARY KEY, email varchar(64));
CREATE TABLE listing_views (id int PRIMARY KEY, user_id int, listing_id int, viewed_at timestamp);
CREATE TABLE search_queries (id int PRIMARY KEY, user_id int, query varchar(255), hits int);
CREATE TABLE saved_reports (id int PRIMARY KEY, user_id int, report_id int, query text);
""")
    assert _col(schema, "listing_views", "listing_id").categories == ["behavior.browsing"]
    assert _col(schema, "search_queries", "query").categories == ["behavior.search"]
    assert _col(schema, "search_queries", "hits").categories == []
    assert _col(schema, "saved_reports", "query").categories == []
    assert _col(schema, "saved_reports", "report_id").categories == []


def test_a_topic_outcome_is_not_reused_in_a_table_without_the_topic(tmp_path: Path) -> None:
    # Both are logs; only the second is about messages. The memo of the first must not
    # answer for the second (nor the other way round).
    schema = _scan(tmp_path, """
CREATE TABLE member_review (id int PRIMARY KEY, member_id int, content text);
CREATE TABLE member_message (id int PRIMARY KEY, member_id int, content text);
CREATE TABLE member_reply (id int PRIMARY KEY, member_id int, content text);
""")
    assert _col(schema, "member_review", "content").categories == []
    assert _col(schema, "member_message", "content").categories == ["behavior.communication"]
    assert _col(schema, "member_reply", "content").categories == []


def test_placeholder_comments_name_no_thing() -> None:
    from privflow.classify.signals.comment import read_comment

    assert read_comment("导航名称").neutral_head == "导航"
    assert read_comment("退款凭证图片链接数组").neutral_head == "凭证"
    # 扩展字段1 says nothing against sampled values; a visited page is the person's browsing.
    assert read_comment("扩展字段1").neutral_head is None
    assert read_comment("访问页面URL").neutral_head is None


def test_audit_key_spellings_link_to_the_user_table(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE app_users (id int PRIMARY KEY, email varchar(64));
CREATE TABLE invoice_template (id int PRIMARY KEY, title varchar(64),
  created_by_id int, last_updated_by int, creator_id int);
""")
    for column in ("created_by_id", "last_updated_by", "creator_id"):
        assert _col(schema, "invoice_template", column).linked_to == "app_users", column
    # Audit keys do not make a template a person's: its title is no job title.
    assert _col(schema, "invoice_template", "title").categories == []


def test_download_and_share_records_give_their_item_key_a_usage_log(tmp_path: Path) -> None:
    # A person's downloads and shares of an asset are usage records (35273 A.1 个人上网记录),
    # whatever the asset is called; the same asset key in a catalogue table is not.
    schema = _scan(tmp_path, """
CREATE TABLE `lib_user` (`id` bigint NOT NULL, `mobile` varchar(11) COMMENT '手机号',
  PRIMARY KEY (`id`)) COMMENT='用户表';
CREATE TABLE `lib_asset_download` (`id` bigint NOT NULL, `user_id` bigint COMMENT '用户ID',
  `asset_id` bigint COMMENT '资源ID', `downloaded_at` datetime) COMMENT='用户下载记录';
CREATE TABLE `lib_share_record` (`id` bigint NOT NULL, `user_id` bigint,
  `template_id` bigint COMMENT '模板ID', `channel` varchar(16)) COMMENT='分享记录';
CREATE TABLE `lib_asset_tag` (`id` bigint NOT NULL, `asset_id` bigint COMMENT '资源ID',
  `tag` varchar(32)) COMMENT='资源标签';
""")
    assert _col(schema, "lib_asset_download", "asset_id").categories == ["behavior.usage_log"]
    assert _col(schema, "lib_share_record", "template_id").categories == ["behavior.usage_log"]
    assert _col(schema, "lib_asset_tag", "asset_id").categories == []



def test_what_a_person_keeps_or_likes_is_a_usage_record(tmp_path: Path) -> None:
    # A user's collection of products, an article's thumbs-up (its key written first) and a
    # reader's bookmarks hold what the person chose; a product's own key elsewhere does not.
    schema = _scan(tmp_path, """
CREATE TABLE app_user (id bigint PRIMARY KEY, nickname varchar(32), mobile varchar(11));
CREATE TABLE user_collection (id bigint PRIMARY KEY, user_id bigint REFERENCES app_user(id),
  prod_id bigint, create_time datetime);
CREATE TABLE article_thumbs_up (id bigint PRIMARY KEY, id_user bigint REFERENCES app_user(id),
  id_article bigint, thumbs_up_time datetime);
CREATE TABLE prod_stock (id bigint PRIMARY KEY, prod_id bigint, stock int);
""")
    assert _col(schema, "user_collection", "prod_id").categories == ["behavior.usage_log"]
    assert _col(schema, "article_thumbs_up", "id_article").categories == ["behavior.usage_log"]
    assert _col(schema, "prod_stock", "prod_id").categories == []

def test_counts_settings_and_contact_attributes_are_not_facts(tmp_path: Path) -> None:
    # A staff table is an HR table about a person, but a screen setting, a count of phones and
    # a verification flag of an e-mail are bookkeeping, not facts about the employee.
    schema = _scan(tmp_path, """
CREATE TABLE staff (id int PRIMARY KEY, full_name varchar(64), salary decimal(10,2),
  num_phones int, auto_refresh_rate int, default_signature_type varchar(8),
  email_verified tinyint(1), appraisal_result varchar(32));
""")
    assert _col(schema, "staff", "full_name").categories == ["identity.name"]
    for column in ("num_phones", "auto_refresh_rate", "default_signature_type", "email_verified"):
        assert _col(schema, "staff", column).categories == [], column
    # num_phone (one phone, however odd the name) and a counted thing that is no term stay
    # as they were: the count rule needs a plural term after the counting word.
    one = _scan(tmp_path, "CREATE TABLE contact (id int, num_phone varchar(20));", "one.sql")
    assert _col(one, "contact", "num_phone").categories == ["contact.phone"]


def test_a_bound_of_a_range_is_a_rules_not_a_persons(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE pay_grade (id int PRIMARY KEY, name varchar(60), min_salary decimal(10,2),
  max_salary decimal(10,2));
CREATE TABLE employee (id int PRIMARY KEY, full_name varchar(64), salary decimal(10,2),
  min_salary decimal(10,2));
""")
    assert _col(schema, "pay_grade", "min_salary").categories == []
    assert _col(schema, "pay_grade", "max_salary").categories == []
    assert _col(schema, "employee", "salary").categories == ["financial.property"]
    # In a table of persons the bound is the person's own (a candidate's expected minimum).
    assert _col(schema, "employee", "min_salary").categories == ["financial.property"]


def test_portuguese_spanish_german_schemas_read_like_english(tmp_path: Path) -> None:
    # Identifiers of other languages (data/languages/*.yaml): head-initial order (nome_cliente),
    # particles inside names (data_de_nascimento) and accented comments (Endereço).
    schema = _scan(tmp_path, """
CREATE TABLE clientes (id int PRIMARY KEY, nome_cliente varchar(100), cpf varchar(14),
  data_de_nascimento date, telefone_celular varchar(20), bairro varchar(80),
  observacao varchar(200) COMMENT 'Endereço de entrega', estado_civil varchar(20),
  nome_produto varchar(100));
CREATE TABLE pacientes (id int PRIMARY KEY, apellidos varchar(100), dni varchar(9),
  fecha_nacimiento date, correo varchar(100), diagnostico text);
CREATE TABLE kunden (id int PRIMARY KEY, nachname varchar(100), straße varchar(100),
  plz varchar(5), geburtsdatum date, kontonummer varchar(30));
""")
    expected = {
        ("clientes", "nome_cliente"): ["identity.name"],
        ("clientes", "cpf"): ["identity.national_id"],
        ("clientes", "data_de_nascimento"): ["identity.birth_date"],
        ("clientes", "telefone_celular"): ["contact.phone"],
        ("clientes", "bairro"): ["location.coarse"],
        ("clientes", "observacao"): ["contact.address"],
        ("clientes", "estado_civil"): ["special.marital"],
        ("clientes", "nome_produto"): [],
        ("pacientes", "apellidos"): ["identity.name"],
        ("pacientes", "dni"): ["identity.national_id"],
        ("pacientes", "fecha_nacimiento"): ["identity.birth_date"],
        ("pacientes", "correo"): ["contact.email"],
        ("pacientes", "diagnostico"): ["health.medical"],
        ("kunden", "nachname"): ["identity.name"],
        ("kunden", "straße"): ["contact.address"],
        ("kunden", "plz"): ["location.coarse"],
        ("kunden", "geburtsdatum"): ["identity.birth_date"],
        ("kunden", "kontonummer"): ["financial.bank_account"],
    }
    for (table, column), categories in expected.items():
        assert _col(schema, table, column).categories == categories, (table, column)


def test_language_words_do_not_leak_into_english_names(tmp_path: Path) -> None:
    # Words that are another language's terms but English words too stay English here.
    schema = _scan(tmp_path, """
CREATE TABLE shipment (id int PRIMARY KEY, cargo varchar(100), eta datetime, sent_via varchar(20),
  land_area decimal(10,2), genre_id int, peso decimal(10,2));
CREATE TABLE genre (genre_id int PRIMARY KEY, name varchar(100));
""")
    for column in ("cargo", "eta", "sent_via", "land_area", "genre_id", "peso"):
        assert _col(schema, "shipment", column).categories == [], column


def test_role_nouns_bank_details_and_app_sides(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE `lecturer` (`id` bigint NOT NULL,
  `lecturer_name` varchar(50) COMMENT '讲师名称',
  `bank_user_name` varchar(255) COMMENT '银行开户名',
  `bank_name` varchar(255) COMMENT '银行名称',
  `bank_branch_name` varchar(255) COMMENT '银行支行名称') COMMENT='讲师信息';
CREATE TABLE `user_privacy` (`id` bigint NOT NULL, `user_id` bigint,
  `pay_password` int(6) COMMENT '支付密码');
CREATE TABLE `platform` (`id` bigint NOT NULL, `client_name` varchar(50) COMMENT '客户端名称',
  `client_secret` varchar(64) COMMENT '客户端密码');
CREATE TABLE `bank` (`id` bigint NOT NULL, `bank_name` varchar(64) COMMENT '银行名称');
""")
    assert _col(schema, "lecturer", "lecturer_name").categories == ["identity.name"]
    # The comment's sure term outweighs the name's `bank` veto: the account holder's name.
    assert _col(schema, "lecturer", "bank_user_name").categories == ["identity.name"]
    for column in ("bank_name", "bank_branch_name"):
        assert _col(schema, "lecturer", column).categories == ["financial.bank_account"], column
    assert _col(schema, "bank", "bank_name").categories == []
    # A six-digit pay password is a credential, integer or not.
    assert _col(schema, "user_privacy", "pay_password").categories == ["account.credential"]
    # 客户端 is the client app, not a customer: an app's name and secret are the platform's.
    for column in ("client_name", "client_secret"):
        assert _col(schema, "platform", column).categories == [], column


def test_a_tables_own_tag_on_its_column_names_is_taken_off(tmp_path: Path) -> None:
    # Older schemas tag every column with the table (nom_adh, tel_adh in `adherents`).
    schema = _scan(tmp_path, """
CREATE TABLE adherents (id_adh int PRIMARY KEY, nom_adh varchar(50), prenom_adh varchar(50),
  tel_adh varchar(20), email_adh varchar(150), ville_adh varchar(50), date_crea_adh date);
CREATE TABLE logs (id_log int PRIMARY KEY, ip_log varchar(30), date_log datetime,
  text_log text);
CREATE TABLE store (id int PRIMARY KEY, store_name varchar(50), store_phone varchar(20),
  store_address varchar(100));
CREATE TABLE users (id int PRIMARY KEY, user_name varchar(50), user_email varchar(100),
  user_status int);
""")
    assert _col(schema, "adherents", "nom_adh").categories == ["identity.name"]
    assert _col(schema, "adherents", "tel_adh").categories == ["contact.phone"]
    assert _col(schema, "adherents", "email_adh").categories == ["contact.email"]
    assert _col(schema, "logs", "ip_log").categories == ["network.ip"]
    # A tag that is a thing's or a person's word says whose the value is: it stays.
    assert _col(schema, "store", "store_phone").categories == []
    assert _col(schema, "users", "user_name").categories == ["account.username"]


def test_profile_words_places_names_and_private_keys(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE profile (id int PRIMARY KEY, uid int, locality varchar(255),
  country_name varchar(255), politic varchar(255), likes text, thumb varchar(255),
  prvkey text, apt varchar(10));
CREATE TABLE language (id int PRIMARY KEY, english_name varchar(255), isocode varchar(10));
CREATE TABLE switches (id int PRIMARY KEY, ip varchar(64), location varchar(255));
""")
    expected = {
        "locality": ["location.coarse"],
        "country_name": ["location.coarse"],
        "politic": ["special.political"],
        "likes": ["behavior.profile"],
        "thumb": ["identity.photo"],
        "prvkey": ["account.credential"],
        "apt": ["contact.address"],
    }
    for column, categories in expected.items():
        assert _col(schema, "profile", column).categories == categories, column
    # A language's English name and a network switch's address are no one's.
    assert _col(schema, "language", "english_name").categories == []
    assert _col(schema, "switches", "ip").categories == []


def test_a_persons_own_row_holds_facts_only_when_named_as_such(tmp_path: Path) -> None:
    # In a patient's own table, unknown words (nic, p_sq) are not clinical facts; named ones
    # (blood group, medical history, a symptom flag) are.
    schema = _scan(tmp_path, """
CREATE TABLE patient_data (p_id int PRIMARY KEY, p_fname varchar(30), p_phn varchar(11),
  p_dob date, p_bloodgroup varchar(10), p_sq varchar(100), p_sa varchar(100), nic varchar(15),
  medical_history text, fever tinyint(1), phone_office varchar(15));
CREATE TABLE patient_visit (visit_id int PRIMARY KEY, patient_id int, diagnosis text,
  visit_value varchar(40));
CREATE TABLE donor_data (d_id int, d_name varchar(30), d_age int(3), d_phn varchar(11));
""")
    table = "patient_data"
    assert _col(schema, table, "p_phn").categories == ["contact.phone"]
    assert _col(schema, table, "p_bloodgroup").categories == ["health.physiological"]
    assert _col(schema, table, "medical_history").categories == ["health.medical"]
    assert _col(schema, table, "fever").categories == ["health.medical"]
    for column in ("p_sq", "p_sa", "nic", "phone_office"):
        assert "health.medical" not in _col(schema, table, column).categories, column
    # A row keyed to the patient still holds facts under generic names.
    assert _col(schema, "patient_visit", "diagnosis").categories == ["health.medical"]
    # One-letter table tags (d_ of donor_data) come off too.
    assert _col(schema, "donor_data", "d_name").categories == ["identity.name"]
    assert _col(schema, "donor_data", "d_phn").categories == ["contact.phone"]


def test_audit_keys_by_comment_lookup_names_and_storage_comments(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE `administrator` (`id` int, `admin_account` varchar(50), `admin_name` varchar(50));
CREATE TABLE `customer` (`id` int, `custo_name` varchar(50) COMMENT '客户名称',
  `datains_usr` varchar(50) COMMENT '资料创建人', `photo` varchar(200) COMMENT '照片存储地址');
CREATE TABLE `custo_type` (`id` int, `type_name` varchar(50),
  `datains_usr` varchar(50) COMMENT '资料创建人');
CREATE TABLE `ficha_medica_aluno` (`id` int, `ref_cod_aluno` int, `alergia_alimento` char(1),
  `desc_alergia_alimento` varchar(100), `doenca_caxumba` char(1), `fumante` char(1));
""")
    for table in ("customer", "custo_type"):
        audit = _col(schema, table, "datains_usr")
        assert audit.categories == [] and audit.linked_to == "administrator", table
    assert _col(schema, "custo_type", "type_name").categories == []
    assert _col(schema, "customer", "photo").categories == ["identity.photo"]
    for column in ("alergia_alimento", "desc_alergia_alimento", "doenca_caxumba", "fumante"):
        assert _col(schema, "ficha_medica_aluno", column).categories == ["health.medical"], column


def test_vital_signs_and_us_health_record_habits(tmp_path: Path) -> None:
    # An EHR's vitals form keyed by `pid`, and a patient's `ss` and `mothersname`.
    schema = _scan(tmp_path, """
CREATE TABLE patient_data (id bigint, pid bigint, fname varchar(255), ss varchar(255),
  mothersname varchar(255), phone_biz varchar(255));
CREATE TABLE form_vitals (id bigint, pid bigint, bps varchar(40), pulse float(5,2),
  oxygen_saturation float(5,2));
CREATE TABLE sensor_reading (id bigint, sensor_id int, pulse float, temperature float);
""")
    assert _col(schema, "patient_data", "ss").categories == ["identity.national_id"]
    assert _col(schema, "patient_data", "mothersname").categories == ["identity.name"]
    # Vitals are physiological; whether the fitted fact model also calls one a clinical fact
    # of the patient's record (the corpus labels a charted weight both) is its call.
    for column in ("bps", "pulse", "oxygen_saturation"):
        assert "health.physiological" in _col(schema, "form_vitals", column).categories, column
    # A sensor is a thing: its pulse and temperature are nobody's.
    for column in ("pulse", "temperature"):
        assert _col(schema, "sensor_reading", column).categories == [], column


def test_an_xmpp_servers_rosters_vcards_and_offline_messages(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE users (username varchar(191), password text, serverkey varchar(128), salt varchar(128));
CREATE TABLE rosterusers (username varchar(191), jid varchar(191), nick text);
CREATE TABLE spool (username varchar(191), xml mediumtext, seq bigint);
CREATE TABLE vcard (username varchar(191), vcard mediumtext);
CREATE TABLE vcard_search (username varchar(191), fn text, given text, orgname text, ctry_code text);
""")
    assert _col(schema, "users", "serverkey").categories == ["account.credential"]
    assert _col(schema, "rosterusers", "jid").categories == ["contact.im_account"]
    assert _col(schema, "spool", "xml").categories == ["behavior.communication"]
    assert set(_col(schema, "vcard", "vcard").categories) == {
        "identity.name", "contact.phone", "contact.email", "contact.address"}
    assert _col(schema, "vcard_search", "fn").categories == ["identity.name"]
    assert _col(schema, "vcard_search", "orgname").categories == ["employment.info"]


def test_money_totals_by_type_and_what_people_write_to_each_other(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE orders (id_order int, id_customer int, total_products decimal(20,6),
  total_shipping decimal(20,6), total_score decimal(5,2), gift_message text);
CREATE TABLE product_stats (id int, total_products int, total_sales decimal(20,6));
CREATE TABLE family (id int, fam_name varchar(50), wedding_date date);
CREATE TABLE user_usr (usr_id int, usr_two_factor_auth_recovery_codes text);
""")
    for column in ("total_products", "total_shipping"):
        assert _col(schema, "orders", column).categories == ["financial.transaction"], column
    assert _col(schema, "orders", "total_score").categories == []
    assert _col(schema, "orders", "gift_message").categories == ["behavior.communication"]
    # A product's statistics are a thing's: neither the count nor the money is anyone's.
    assert _col(schema, "product_stats", "total_products").categories == []
    assert _col(schema, "product_stats", "total_sales").categories == []
    assert _col(schema, "family", "wedding_date").categories == ["special.marital"]
    assert _col(schema, "user_usr", "usr_two_factor_auth_recovery_codes").categories == [
        "account.credential"]


def test_plural_owners_card_abbreviations_and_audit_words_of_a_record(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE customers (customers_id int PRIMARY KEY, customers_firstname varchar(32));
CREATE TABLE orders (orders_id int PRIMARY KEY, customers_id int, customers_name varchar(64),
  delivery_suburb varchar(32), cc_owner varchar(64), cc_number varchar(32), cc_expires varchar(4));
CREATE TABLE concept (concept_id int PRIMARY KEY, name varchar(255), changed_by int,
  creator int);
CREATE TABLE users (user_id int PRIMARY KEY, username varchar(50), first_name varchar(50));
""")
    assert _col(schema, "orders", "customers_name").categories == ["identity.name"]
    assert _col(schema, "orders", "delivery_suburb").categories == ["location.coarse"]
    assert _col(schema, "orders", "cc_owner").categories == ["identity.name"]
    for column in ("cc_number", "cc_expires"):
        assert _col(schema, "orders", column).categories == ["financial.payment_card"], column
    # Who changed a dictionary entry does not make the entry about a person.
    assert _col(schema, "concept", "name").categories == []
    assert _col(schema, "concept", "changed_by").linked_to == "users"


def test_formula_comments_forum_secrets_and_dictionary_names(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE `user_order_item` (`id` int, `order_id` int, `user_id` int,
  `pay_amount` decimal(10,2) COMMENT '支付金额 = 产品价格+运费+其他价格',
  `delivery_cost` decimal(10,2));
CREATE TABLE `user` (`id` int, `nickname` varchar(32), `anonym` varchar(32) COMMENT '匿名ID');
CREATE TABLE `members` (`id_member` int, `member_name` varchar(80), `buddy_list` text,
  `secret_answer` varchar(64), `tfa_backup` varchar(64));
CREATE TABLE `t_dict` (`dict_id` int, `dict_name` varchar(50) COMMENT '名字');
CREATE TABLE `t_notice` (`notice_id` int, `document_number` varchar(50));
""")
    for column in ("pay_amount", "delivery_cost"):
        assert _col(schema, "user_order_item", column).categories == ["financial.transaction"]
    assert _col(schema, "user", "anonym").categories == ["network.cookie"]
    assert _col(schema, "members", "buddy_list").categories == ["behavior.contacts"]
    for column in ("secret_answer", "tfa_backup"):
        assert _col(schema, "members", column).categories == ["account.credential"], column
    # 名字 of a dictionary entry, and a notice's document number, are nobody's.
    assert _col(schema, "t_dict", "dict_name").categories == []
    assert _col(schema, "t_notice", "document_number").categories == []


def test_keys_written_key_first_are_keys(tmp_path: Path) -> None:
    # PrestaShop and SMF write keys key-first: id_message, id_customer_session.
    schema = _scan(tmp_path, """
CREATE TABLE customer_message (id_customer_message int PRIMARY KEY, id_customer int,
  message text);
CREATE TABLE customer_session (id_customer_session int PRIMARY KEY, id_customer int,
  token varchar(40));
CREATE TABLE customer (id_customer int PRIMARY KEY, id_card varchar(18), firstname varchar(32));
""")
    assert _col(schema, "customer_message", "id_customer_message").categories == []
    assert _col(schema, "customer_message", "message").categories == ["behavior.communication"]
    assert _col(schema, "customer_session", "id_customer_session").categories == []
    assert _col(schema, "customer", "id_card").categories == ["identity.national_id"]


def test_how_a_comment_says_a_value_is_kept_and_program_clients(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE users (id int, login varchar(255),
  password varchar(512) COMMENT 'Password encrypted with BCRYPT or a similar method');
CREATE TABLE oauth_clients (client_id varchar(80), client_secret varchar(80));
CREATE TABLE bank_client (id int, full_name varchar(80));
CREATE TABLE clientes (id int, nome varchar(80), rua varchar(80), bairro varchar(80),
  estado varchar(20), contato varchar(45));
""")
    password = _col(schema, "users", "password")
    assert password.categories == ["account.credential"] and password.state == "encrypted"
    assert _col(schema, "oauth_clients", "client_secret").categories == []
    assert _col(schema, "bank_client", "full_name").categories == ["identity.name"]
    # A Brazilian address's `estado` is its state, next to street and district.
    assert _col(schema, "clientes", "estado").categories == ["location.coarse"]
    assert _col(schema, "clientes", "contato").categories == ["identity.name"]


def test_a_persons_orders_and_payments_hold_transactions_not_measures(tmp_path: Path) -> None:
    # The commerce domain: an order keyed to a customer holds that customer's amounts under
    # any name (discount, postage); a score or a weight on it is no payment; a product's own
    # price list has no person as its subject.
    schema = _scan(tmp_path, """
CREATE TABLE customer (id int, firstname varchar(50), lastname varchar(50), email varchar(100));
CREATE TABLE orders (id int, customer_id int, discount decimal(16,6), postage decimal(16,6),
  total_score decimal(5,2), weight decimal(8,2), ref varchar(20));
CREATE TABLE product (id int, title varchar(100), price decimal(16,6), ecotax decimal(16,6));
""")
    for column in ("discount", "postage"):
        assert _col(schema, "orders", column).categories == ["financial.transaction"], column
    for column in ("total_score", "weight", "ref"):
        assert _col(schema, "orders", column).categories == [], column
    for column in ("price", "ecotax"):
        assert _col(schema, "product", column).categories == [], column


def test_a_hospitals_orders_are_medical_and_key_chains_reach_the_patient(tmp_path: Path) -> None:
    # In a clinical schema an `orders` table is medical orders (commerce yields to the
    # schema's domain), `drug_orders` reaches the patient through orders -> encounter, and a
    # key written key-first (`id_patient`) names the row's subject.
    schema = _scan(tmp_path, """
CREATE TABLE patient (patient_id int, given_name varchar(50), family_name varchar(50),
  birthdate date);
CREATE TABLE encounter (encounter_id int, patient_id int, encounter_datetime datetime);
CREATE TABLE obs (obs_id int, patient_id int, value_numeric double, value_text varchar(50));
CREATE TABLE diagnosis (id int, patient_id int, diagnosis_code varchar(20));
CREATE TABLE orders (order_id int, encounter_id int, instructions text,
  discontinued_reason varchar(255));
CREATE TABLE drug_orders (order_id int, dose int, frequency varchar(255));
CREATE TABLE problem (id_problem int, id_patient int, subjective text, action_plan text);
""")
    from privflow.classify.facts import table_facts
    from privflow.classify.run import schema_contexts

    assert _col(schema, "obs", "value_numeric").categories == ["health.medical"]
    # The orders are medical orders of the encounter's patient (whether their free-text
    # `instructions` is a fact is the fitted model's call, near its threshold).
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert (facts["orders"].subject, facts["orders"].domain) == ("key", "clinical")
    assert _col(schema, "drug_orders", "frequency").categories == ["health.medical"]
    assert _col(schema, "problem", "subjective").categories == ["health.medical"]


def test_mail_queues_second_factors_and_coded_comment_heads(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE `users` (`id` int, `login` varchar(50), `pw` varchar(128),
  `two_factor_key` varchar(100), `remember_me_serial` varchar(255),
  `married` tinyint COMMENT '婚姻状态', `idcardno` varchar(45) COMMENT '证件号码',
  `order_status` tinyint COMMENT '订单状态');
CREATE TABLE `mail_queue` (`id` int, `recipient` varchar(255), `subject` varchar(255),
  `body` mediumtext);
CREATE TABLE `job_queue` (`id` int, `body` mediumtext, `subject` varchar(255));
CREATE TABLE `log_online` (`session` varchar(64), `id_member` int, `url` varchar(2048));
CREATE TABLE `tag` (`id` int, `tag_ids` varchar(255) COMMENT '用户标签编号数组');
""")
    for column in ("pw", "two_factor_key", "remember_me_serial"):
        assert _col(schema, "users", column).categories == ["account.credential"], column
    assert _col(schema, "users", "married").categories == ["special.marital"]
    assert _col(schema, "users", "idcardno").categories == ["identity.national_id"]
    assert _col(schema, "users", "order_status").categories == []
    for column in ("subject", "body"):
        assert _col(schema, "mail_queue", column).categories == ["behavior.communication"]
        assert _col(schema, "job_queue", column).categories == [], column
    assert _col(schema, "mail_queue", "recipient").categories == ["contact.email"]
    assert _col(schema, "log_online", "url").categories == ["behavior.browsing"]
    assert _col(schema, "tag", "tag_ids").categories == []


def test_staff_rows_in_a_clinical_schema_hold_work_not_health(tmp_path: Path) -> None:
    # A doctor's own row (the drugs they prescribe most) is no clinical fact about the doctor;
    # the patients' records stay clinical, and an item keyed to one of two prescription
    # tables named alike reaches the patient through the one its own name shares words with.
    schema = _scan(tmp_path, """
CREATE TABLE patient (id int PRIMARY KEY, name varchar(50), gender int, birthday date);
CREATE TABLE doctor (id int PRIMARY KEY, name varchar(50), frequent_drug_list varchar(300),
  favourite_test_list varchar(300));
CREATE TABLE visit_registration (id int PRIMARY KEY, patient_id int, doctor_id int,
  diagnosis varchar(200), complaint varchar(300));
CREATE TABLE medicine_prescription_record (id int PRIMARY KEY, registration_id bigint,
  patient_id int, medical_advice varchar(300));
CREATE TABLE herbal_prescription_record (id int PRIMARY KEY, registration_id bigint,
  patient_id int, therapy varchar(64));
CREATE TABLE medicine_item_record (id int PRIMARY KEY, prescription_id bigint, drug_id bigint,
  frequency int, usage_means int);
""")
    for column in ("frequent_drug_list", "favourite_test_list"):
        assert "health.medical" not in _col(schema, "doctor", column).categories, column
    assert _col(schema, "visit_registration", "complaint").categories == ["health.medical"]
    assert _col(schema, "medicine_item_record", "frequency").categories == ["health.medical"]
    # a hospital's registration_id is its 挂号, no push-service device handle
    assert _col(schema, "medicine_prescription_record", "registration_id").categories == []


def test_an_indonesian_register_and_keys_to_lists_of_values(tmp_path: Path) -> None:
    # A resident register in Indonesian (languages/id.yaml); its lookups, even when named for
    # residents (penduduk_agama), list values and hold no one; a resident's key into such a
    # list (agama_id, golongan_darah_id) is the attribute itself.
    schema = _scan(tmp_path, """
CREATE TABLE tweb_penduduk (id int PRIMARY KEY, nama varchar(100), nik decimal(16,0),
  tanggallahir date, tempatlahir varchar(100), agama_id int, golongan_darah_id int,
  pekerjaan_id int, status_kawin tinyint, alamat_sekarang varchar(200), nama_ayah varchar(100));
CREATE TABLE tweb_penduduk_agama (id int PRIMARY KEY, nama varchar(100));
CREATE TABLE tweb_penduduk_pekerjaan (id int PRIMARY KEY, nama varchar(100));
CREATE TABLE tweb_golongan_darah (id int PRIMARY KEY, nama varchar(15));
""")
    expected = {"nama": "identity.name", "nik": "identity.national_id",
                "tanggallahir": "identity.birth_date", "status_kawin": "special.marital",
                "alamat_sekarang": "contact.address", "nama_ayah": "identity.name",
                "agama_id": "special.religion", "pekerjaan_id": "employment.info",
                "golongan_darah_id": "health.physiological"}
    for column, category in expected.items():
        assert category in _col(schema, "tweb_penduduk", column).categories, column
    for table in ("tweb_penduduk_agama", "tweb_penduduk_pekerjaan", "tweb_golongan_darah"):
        assert _col(schema, table, "nama").categories == [], table


def test_totals_over_many_people_and_titles_of_things_are_no_ones(tmp_path: Path) -> None:
    # An event's statistics hold totals over all its buyers; a member's picture's title is
    # the picture's; an employee's job title (own row) and the HR titles table stay.
    schema = _scan(tmp_path, """
CREATE TABLE events (id int PRIMARY KEY, title varchar(100));
CREATE TABLE members (id int PRIMARY KEY, first_name varchar(50), title varchar(50));
CREATE TABLE orders (id int PRIMARY KEY, member_id int REFERENCES members(id),
  total_fee decimal(14,2));
CREATE TABLE event_statistics (id int PRIMARY KEY, event_id int REFERENCES events(id),
  total_fee decimal(14,2), sales_total_gross decimal(14,2));
CREATE TABLE pictures (id int PRIMARY KEY, member_id int REFERENCES members(id),
  title varchar(100), file varchar(100));
CREATE TABLE employees (emp_no int PRIMARY KEY, first_name varchar(50));
CREATE TABLE titles (emp_no int REFERENCES employees(emp_no), title varchar(50),
  from_date date);
""")
    assert _col(schema, "orders", "total_fee").categories == ["financial.transaction"]
    for column in ("total_fee", "sales_total_gross"):
        assert _col(schema, "event_statistics", column).categories == [], column
    assert _col(schema, "pictures", "title").categories == []
    assert _col(schema, "members", "title").categories == ["employment.info"]
    assert _col(schema, "titles", "title").categories == ["employment.info"]


def test_an_auth_rows_credential_is_a_persons_and_a_mail_senders_is_not(tmp_path: Path) -> None:
    # The common auth design (identity_type, identifier, credential) keyed to a user; an
    # outgoing-mail account's credentials are the organisation's. A NIC number is a national
    # identity card's; Spanish current medication is a health record.
    schema = _scan(tmp_path, """
CREATE TABLE sys_user (user_id bigint PRIMARY KEY, realname varchar(30), telphone varchar(20));
CREATE TABLE sys_user_auth (auth_id bigint PRIMARY KEY, user_id bigint, identity_type tinyint,
  identifier varchar(128), credential varchar(128));
CREATE TABLE email_senders (id bigint PRIMARY KEY, smtp_host varchar(100), account varchar(100),
  credentials varchar(200));
CREATE TABLE employees (id bigint PRIMARY KEY, first_name varchar(100), last_name varchar(100),
  nic_num varchar(100), birthday date);
CREATE TABLE historia_clinica (id int PRIMARY KEY, paciente_id int, medicacion_actual text);
CREATE TABLE paciente (id int PRIMARY KEY, nombre varchar(80), apellido varchar(80));
""")
    assert _col(schema, "sys_user_auth", "credential").categories == ["account.credential"]
    assert _col(schema, "email_senders", "credentials").categories == []
    assert _col(schema, "employees", "nic_num").categories == ["identity.national_id"]
    assert _col(schema, "historia_clinica", "medicacion_actual").categories == ["health.medical"]


def test_a_table_of_identity_cards_and_one_of_second_factors(tmp_path: Path) -> None:
    # An identification card's number is the document (a plural of a known word is no glued
    # pair: cards is no car + ds); a second factor's code lets its holder in.
    schema = _scan(tmp_path, """
CREATE TABLE customers (id bigint PRIMARY KEY, given_name varchar(256), surname varchar(256),
  date_of_birth date);
CREATE TABLE identification_cards (id bigint PRIMARY KEY, a_type varchar(128),
  customer_id bigint REFERENCES customers(id), a_number varchar(32), expiration_date date);
CREATE TABLE users (id int PRIMARY KEY, username varchar(50), password varchar(100));
CREATE TABLE twofactor_auth (id int PRIMARY KEY, userId int, code varchar(6),
  requested int);
""")
    from privflow.classify.vocabulary import split_identifier

    assert split_identifier("identification_cards") == ["identification", "cards"]
    assert "identity.other_document" in _col(schema, "identification_cards", "a_number").categories
    assert _col(schema, "twofactor_auth", "code").categories == ["account.credential"]
    assert _col(schema, "identification_cards", "a_type").categories == []


def test_numbers_written_nr_and_the_carers_named_in_a_clinical_record(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE care_person (pid int PRIMARY KEY, name_first varchar(60), name_last varchar(60),
  nat_id_nr varchar(60), date_birth date);
CREATE TABLE care_encounter (encounter_nr bigint PRIMARY KEY, pid int,
  consulting_dr varchar(60), prescriber varchar(60), encounter_class_nr smallint);
""")
    assert _col(schema, "care_person", "nat_id_nr").categories == ["identity.national_id"]
    assert _col(schema, "care_encounter", "consulting_dr").categories == ["identity.name"]
    assert _col(schema, "care_encounter", "prescriber").categories == ["identity.name"]
    assert _col(schema, "care_encounter", "encounter_class_nr").categories == []


def test_a_case_file_of_a_migrant_counselling_service(tmp_path: Path) -> None:
    # TYPO3 numbers every table's rows `uid`: no key to the site's users. German compounds close
    # with their head (wunschberuf is a profession wished for); a table of places (ort) is no
    # one's location; a case manager is a person, substance use a health fact.
    schema = _scan(tmp_path, """
CREATE TABLE fe_users (uid int PRIMARY KEY, username varchar(255), password varchar(100),
  first_name varchar(50), last_name varchar(50), email varchar(255));
CREATE TABLE tx_iq_domain_model_teilnehmer (uid int PRIMARY KEY, nachname varchar(255),
  vorname varchar(255), gebdat varchar(255), lebensalter varchar(255), berater int,
  case_manager varchar(65), substance_abuse tinyint(1), wunschberuf varchar(255));
CREATE TABLE tx_iq_domain_model_ort (uid int PRIMARY KEY, plz varchar(10), ort varchar(255),
  lat double, lon double);
""")
    for table in ("tx_iq_domain_model_teilnehmer", "tx_iq_domain_model_ort"):
        assert _col(schema, table, "uid").linked_to is None, table
    row = "tx_iq_domain_model_teilnehmer"
    assert _col(schema, row, "gebdat").categories == ["identity.birth_date"]
    assert _col(schema, row, "lebensalter").categories == ["identity.age"]
    assert _col(schema, row, "wunschberuf").categories == ["employment.info"]
    assert _col(schema, row, "case_manager").categories == ["identity.name"]
    assert _col(schema, row, "substance_abuse").categories == ["health.medical"]
    assert _col(schema, "tx_iq_domain_model_ort", "ort").categories == []


def test_a_full_name_in_a_table_of_courses_is_the_courses(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE usr_data (UsrCod int PRIMARY KEY, FirstName varchar(100), Surname1 varchar(100),
  Birthday date);
CREATE TABLE courses (CrsCod int PRIMARY KEY, ShortName varchar(32), FullName varchar(2047),
  tutor_name varchar(100));
CREATE TABLE departments (DptCod int PRIMARY KEY, ShortName varchar(32), FullName varchar(2047));
""")
    assert _col(schema, "courses", "FullName").categories == []
    assert _col(schema, "departments", "FullName").categories == []
    # a person's word keeps it a person's name, and a people table keeps its own
    assert _col(schema, "courses", "tutor_name").categories == ["identity.name"]
    assert _col(schema, "usr_data", "FirstName").categories == ["identity.name"]


def test_reference_norms_by_age_and_sex_are_no_ones(tmp_path: Path) -> None:
    # A growth chart (height for age and sex) holds no person: its age and sex are the norm's.
    schema = _scan(tmp_path, """
CREATE TABLE w_user (id varchar(32) PRIMARY KEY, realname varchar(32), sex tinyint,
  birthday date);
CREATE TABLE w_phyexam_standard_body_height (id varchar(32) PRIMARY KEY, age int, sex tinyint,
  min_value decimal(10,2), max_value decimal(10,2));
""")
    assert _col(schema, "w_phyexam_standard_body_height", "age").categories == []
    assert _col(schema, "w_phyexam_standard_body_height", "sex").categories == []
    assert _col(schema, "w_user", "sex").categories == ["identity.gender"]


def test_a_merchants_payment_gateway_keys_are_no_persons_credentials(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE si_biller (id int PRIMARY KEY, company_name varchar(255), mollie_api_key varchar(50),
  eway_api_password varchar(50), coinbase_api_key varchar(50));
CREATE TABLE si_user (id int PRIMARY KEY, username varchar(255), password varchar(64),
  email varchar(255));
""")
    for column in ("mollie_api_key", "eway_api_password", "coinbase_api_key"):
        assert _col(schema, "si_biller", column).categories == [], column
    assert _col(schema, "si_user", "password").categories == ["account.credential"]


def test_a_trips_ends_are_a_persons_movements(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE employees (id int PRIMARY KEY, first_name varchar(100), last_name varchar(100));
CREATE TABLE employee_travel_records (id int PRIMARY KEY, employee int REFERENCES employees(id),
  travel_from varchar(200), travel_to varchar(200), travel_date datetime);
CREATE TABLE routes (id int PRIMARY KEY, start_point varchar(200), end_point varchar(200));
""")
    for column in ("travel_from", "travel_to"):
        assert _col(schema, "employee_travel_records", column).categories == [
            "location.trajectory"], column
    # a bus route's ends are the route's
    assert _col(schema, "routes", "start_point").categories == []


def test_vcard_property_parts_and_a_sip_digest_hash(tmp_path: Path) -> None:
    # An XMPP server's vCard table stores RFC 6350 property parts under their own names; a
    # SIP server keeps HTTP digest hashes of its subscribers' passwords.
    schema = scan_ddl(tmp_path, """
CREATE TABLE vcard (`collection-owner` varchar(250) PRIMARY KEY, `adr-pobox` varchar(15),
  `adr-extadd` varchar(255), `adr-pcode` varchar(31), `org-orgname` varchar(255),
  `photo-binval` text, `fn` varchar(255));
CREATE TABLE subscriber (id int PRIMARY KEY, username varchar(64), domain varchar(64),
  ha1b varchar(128), email_address varchar(128));
""", name="x.sql")
    assert column_of(schema, "vcard", "adr-pobox").categories == ["contact.address"]
    assert column_of(schema, "vcard", "adr-extadd").categories == ["contact.address"]
    assert "location.coarse" in column_of(schema, "vcard", "adr-pcode").categories
    assert column_of(schema, "vcard", "org-orgname").categories == ["employment.info"]
    assert column_of(schema, "vcard", "photo-binval").categories == ["identity.photo"]
    ha1b = column_of(schema, "subscriber", "ha1b")
    assert ha1b.categories == ["account.credential"] and ha1b.sensitive


def test_a_genealogy_records_gedcom_text_and_name_tags(tmp_path: Path) -> None:
    # GEDCOM, the genealogy exchange format, tags given names GIVN and surnames SURN; a
    # record's GEDCOM text holds who the person is. A tree's own table named for the format
    # lists no attribute: its key is no place.
    schema = _scan(tmp_path, """
CREATE TABLE wt_gedcom (gedcom_id int PRIMARY KEY, gedcom_name varchar(255));
CREATE TABLE wt_individuals (i_id varchar(20), i_file int REFERENCES wt_gedcom(gedcom_id),
  i_sex char(1), i_gedcom mediumtext);
CREATE TABLE wt_name (n_file int, n_id varchar(20), n_num int, n_givn varchar(255),
  n_surn varchar(255));
CREATE TABLE wt_block (block_id int PRIMARY KEY, gedcom_id int, location varchar(4));
""")
    assert "identity.name" in _col(schema, "wt_individuals", "i_gedcom").categories
    assert _col(schema, "wt_name", "n_givn").categories == ["identity.name"]
    assert _col(schema, "wt_name", "n_surn").categories == ["identity.name"]
    assert _col(schema, "wt_block", "gedcom_id").categories == []


def test_a_thing_word_table_with_its_own_surname_and_gender_holds_people(
        tmp_path: Path) -> None:
    # A donor CRM's `partner` rows are persons (their own surname and gender); a company's
    # row with its contact person's name and gender stays the company's.
    schema = _scan(tmp_path, """
CREATE TABLE partner (partner_key char(10) PRIMARY KEY, given_name varchar(64),
  preferred_name varchar(64), surname varchar(64), gender char(1), org_name varchar(64));
CREATE TABLE company (id int PRIMARY KEY, trade_name varchar(45), email varchar(100),
  phone varchar(20), contact_surname varchar(95), contact_gender char(1));
""")
    assert _col(schema, "partner", "gender").categories == ["identity.gender"]
    assert _col(schema, "partner", "preferred_name").categories == ["identity.name"]
    assert _col(schema, "company", "email").categories == []


def test_a_tickets_thread_entries_are_messages(tmp_path: Path) -> None:
    schema = _scan(tmp_path, """
CREATE TABLE ost_thread_entry (id int PRIMARY KEY, thread_id int, staff_id int, user_id int,
  poster varchar(128), title varchar(255), body text, created datetime);
""")
    assert _col(schema, "ost_thread_entry", "body").categories == ["behavior.communication"]
    assert _col(schema, "ost_thread_entry", "created").categories == []


def test_a_hosts_points_of_contact_are_people(tmp_path: Path) -> None:
    # A monitored host's inventory names two points of contact (poc_1_*, poc_2_*) and its
    # installer: their e-mails and phones are theirs, the host's own address is not anyone's.
    schema = _scan(tmp_path, """
CREATE TABLE host_inventory (hostid bigint PRIMARY KEY, name varchar(128), os varchar(128),
  installer_name varchar(64), poc_1_name varchar(128), poc_1_email varchar(128),
  poc_1_cell varchar(64), poc_2_email varchar(128), site_address_a varchar(128));
""")
    assert _col(schema, "host_inventory", "poc_1_email").categories == ["contact.email"]
    assert _col(schema, "host_inventory", "poc_2_email").categories == ["contact.email"]
    assert _col(schema, "host_inventory", "installer_name").categories == ["identity.name"]
    assert _col(schema, "host_inventory", "site_address_a").categories == []


def test_a_companys_tax_id_and_licence_are_its_own(tmp_path: Path) -> None:
    # A document number in a table about things is the organisation's (a company's tax id,
    # a shop's licence) unless a person word says whose it is.
    schema = _scan(tmp_path, """
CREATE TABLE company (id int PRIMARY KEY, legal_name varchar(100), tax_id varchar(30),
  license_number varchar(30), owner_tax_id varchar(30));
CREATE TABLE employee (id int PRIMARY KEY, first_name varchar(40), last_name varchar(40),
  tax_id varchar(30), license_number varchar(30));
""")
    assert _col(schema, "company", "tax_id").categories == []
    assert _col(schema, "company", "license_number").categories == []
    assert _col(schema, "employee", "tax_id").categories == ["identity.other_document"]


def test_an_english_comments_alternatives_are_each_read(tmp_path: Path) -> None:
    # "IP address or hostname": the address is the head of its own alternative (not a
    # modifier of hostname), and a host's name is no person's.
    from privflow.classify.signals.comment import read_comment

    assert [e.category for e in read_comment("IP address or hostname").supports] == [
        "network.ip"]
    assert [e.category for e in read_comment("Phone number or email address").supports] == [
        "contact.phone", "contact.email"]
    schema = _scan(tmp_path, """
CREATE TABLE g_user (gu_id serial PRIMARY KEY, gu_username varchar(128), gu_name varchar(256));
CREATE TABLE g_user_session (gus_id serial PRIMARY KEY,
  gu_id integer REFERENCES g_user(gu_id),
  gus_issued_for varchar(256), -- IP address or hostname
  gus_last_login timestamp);
""")
    assert _col(schema, "g_user_session", "gus_issued_for").categories == ["network.ip"]
