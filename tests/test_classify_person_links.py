"""Which people table a person key points at when the schema does not declare it: glued and
plural-folded keys, the plainest table of a word, membership tables, logins used as keys, and
audit keys where no table has a user word for a name."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl
from privflow.classify import explain_column
from privflow.classify.facts import table_facts
from privflow.classify.run import schema_contexts
from privflow.classify.signals.table import table_context


def test_a_glued_key_first_key_links_to_the_plural_table_of_its_word(tmp_path: Path) -> None:
    # idalunno (id + alunno) keys a pupil of tbl_alunni (the Italian plural); its marks are
    # facts about the pupil, and a teacher's iddocente points at tbl_docenti.
    schema = scan_ddl(tmp_path, """
CREATE TABLE tbl_alunni (idalunno int PRIMARY KEY, cognome varchar(30), nome varchar(30),
  datanascita date);
CREATE TABLE tbl_docenti (iddocente int PRIMARY KEY, cognome varchar(30), nome varchar(30));
CREATE TABLE tbl_valutazioni (idvalutazione int PRIMARY KEY, idalunno int, iddocente int,
  voto decimal(4,2), giudizio text);
""")
    assert column_of(schema, "tbl_valutazioni", "idalunno").linked_to == "tbl_alunni"
    assert column_of(schema, "tbl_valutazioni", "iddocente").linked_to == "tbl_docenti"
    # The people table's own key is its identity, not a link to itself.
    assert column_of(schema, "tbl_alunni", "idalunno").linked_to is None
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["tbl_valutazioni"].subject == "key"


def test_a_glued_word_that_names_no_people_table_is_no_key(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE customers (id int PRIMARY KEY, name varchar(50));
CREATE TABLE shipments (id int PRIMARY KEY, idcarrier int, parcelid int, customerid int);
""")
    assert column_of(schema, "shipments", "idcarrier").linked_to is None
    assert column_of(schema, "shipments", "parcelid").linked_to is None
    assert column_of(schema, "shipments", "customerid").linked_to == "customers"


def test_the_table_named_by_the_word_alone_wins_over_compounds(tmp_path: Path) -> None:
    # user_id means `users`, not the wider customer_user; group_user is who belongs to which
    # group (it keys to users itself), no table of users, so its create_by is no self-link.
    schema = scan_ddl(tmp_path, """
CREATE TABLE users (id int PRIMARY KEY, login varchar(200), pw varchar(128),
  first_name varchar(100), last_name varchar(100), create_by int, change_by int);
CREATE TABLE customer_user (id int PRIMARY KEY, login varchar(200), email varchar(150),
  customer_id varchar(150), pw varchar(128), title varchar(50), first_name varchar(100),
  last_name varchar(100), phone varchar(150), fax varchar(150), mobile varchar(150),
  street varchar(150), zip varchar(200), city varchar(200), country varchar(200));
CREATE TABLE group_user (user_id int, group_id int, permission_key varchar(20),
  create_by int, change_by int);
CREATE TABLE user_preferences (user_id int, preferences_key varchar(150));
""")
    assert column_of(schema, "user_preferences", "user_id").linked_to == "users"
    assert column_of(schema, "group_user", "user_id").linked_to == "users"
    assert column_of(schema, "group_user", "create_by").linked_to == "users"
    contexts, resolver = schema_contexts(schema)
    assert "group_user" not in resolver.people_ids


def test_a_login_name_held_by_one_people_table_keys_other_rows_to_it(tmp_path: Path) -> None:
    # ubilling-like: a subscriber's login is the key of every other table; where several
    # people tables hold a login column, the one whose primary key it is owns it.
    schema = scan_ddl(tmp_path, """
CREATE TABLE ofuser (username varchar(64) PRIMARY KEY, plainPassword varchar(32),
  name varchar(100), email varchar(100));
CREATE TABLE ofgroupuser (groupName varchar(50), username varchar(100), administrator int);
CREATE TABLE ofoffline (username varchar(64), messageID int, creationDate char(15),
  stanza text);
""")
    # The column is still a login name (a category, so no link of its own), but it tells
    # whose the offline messages are.
    assert column_of(schema, "ofoffline", "username").categories == ["account.username"]
    contexts, resolver = schema_contexts(schema)
    assert resolver.natural == {"username": "ofuser"}
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["ofoffline"].subject == "key"
    assert "ofuser" in facts["ofoffline"].subject_how


def test_audit_keys_point_at_the_table_of_whoever_signs_in(tmp_path: Path) -> None:
    # No table is called user, admin or staff: the people table that holds a password is the
    # system's operators, so that is whom an updater key names.
    schema = scan_ddl(tmp_path, """
CREATE TABLE grr_utilisateurs (login varchar(40) PRIMARY KEY, nom varchar(30),
  prenom varchar(30), password varchar(32), email varchar(100));
CREATE TABLE grr_participants (id int PRIMARY KEY, nom varchar(30), prenom varchar(30),
  telephone varchar(20));
CREATE TABLE grr_room (id int PRIMARY KEY, room_name varchar(60), updater varchar(40),
  created_by varchar(40));
""")
    assert column_of(schema, "grr_room", "updater").linked_to == "grr_utilisateurs"
    assert column_of(schema, "grr_room", "created_by").linked_to == "grr_utilisateurs"


def test_an_orders_name_is_its_customers_while_its_weight_is_the_parcels(
        tmp_path: Path) -> None:
    # eccube-like: an order keyed to its customer holds the orderer's name under a plain
    # `name`; in an order with no one's key the same name says nothing of a person.
    schema = scan_ddl(tmp_path, """
CREATE TABLE dtb_customer (customer_id int PRIMARY KEY, name01 text, name02 text, email text);
CREATE TABLE dtb_order (order_id int PRIMARY KEY, customer_id int, order_name01 text,
  weight decimal(8,2), payment_total decimal(10,2));
CREATE TABLE dtb_bulk_order (id int PRIMARY KEY, order_name01 text);
""")
    assert column_of(schema, "dtb_order", "order_name01").categories == ["identity.name"]
    assert column_of(schema, "dtb_order", "weight").categories == []
    assert column_of(schema, "dtb_bulk_order", "order_name01").categories == []


def test_the_address_an_operation_came_from_is_the_operators(tmp_path: Path) -> None:
    # `operate` names an act, not a thing: whoever operated was there; a server's ip is not.
    schema = scan_ddl(tmp_path, """
CREATE TABLE sys_user (id int PRIMARY KEY, username varchar(50), password varchar(100));
CREATE TABLE audit_operate_log (id int PRIMARY KEY, user_id int,
  operate_ip varchar(80) COMMENT '操作ip', operate_location varchar(50) COMMENT '操作地点',
  server_ip varchar(80));
""")
    assert column_of(schema, "audit_operate_log", "operate_ip").categories == ["network.ip"]
    assert column_of(schema, "audit_operate_log", "operate_location").categories == [
        "location.coarse"]
    assert column_of(schema, "audit_operate_log", "server_ip").categories == []


def test_glued_table_names_of_a_school_register_place_it_in_education(tmp_path: Path) -> None:
    # valutazionifinali starts with a table word of the education domain; once most tables
    # placed in a domain are in that one, the pupils' other records are read in it too.
    schema = scan_ddl(tmp_path, """
CREATE TABLE tbl_alunni (idalunno int PRIMARY KEY, cognome varchar(30), nome varchar(30));
CREATE TABLE tbl_valutazionifinali (idvalfin int PRIMARY KEY, idalunno int, votoscritto int,
  giudizio text);
CREATE TABLE tbl_esiti (idesito int PRIMARY KEY, idalunno int, esito int, media decimal(4,2));
CREATE TABLE tbl_ritardi (idritardo int PRIMARY KEY, idalunno int, data date, numeroore int);
CREATE TABLE tbl_deroghe (idderoga int PRIMARY KEY, idalunno int, motivo text);
CREATE TABLE tbl_uscite (iduscita int PRIMARY KEY, idalunno int, orauscita time);
""")
    contexts, resolver = schema_contexts(schema)
    facts = table_facts(schema, contexts, resolver.people_ids)
    assert facts["tbl_valutazionifinali"].domain == "education"
    assert facts["tbl_valutazionifinali"].domain_how.startswith("table")
    assert facts["tbl_esiti"].domain == "education"
    # Two of six tables about a pupil, and no other domain: the schema's domain.
    assert facts["tbl_ritardi"].domain == "education"
    assert facts["tbl_ritardi"].domain_how == "schema"


def test_a_one_character_column_is_a_flag_not_the_value_it_names(tmp_path: Path) -> None:
    # LimeSurvey's survey settings: ipaddr char(1) default 'N' says whether to record
    # respondents' addresses; a saved response's ip is the address.
    schema = scan_ddl(tmp_path, """
CREATE TABLE users (uid int PRIMARY KEY, users_name varchar(64), password varchar(64));
CREATE TABLE surveys (sid int PRIMARY KEY, owner_id int, ipaddr char(1) DEFAULT 'N',
  htmlemail char(1) DEFAULT 'N', usecookie char(1) DEFAULT 'N', gender char(1));
CREATE TABLE saved_control (scid int PRIMARY KEY, sid int, ip text, email varchar(320));
""")
    for column in ("ipaddr", "htmlemail", "usecookie"):
        assert column_of(schema, "surveys", column).categories == [], column
    assert column_of(schema, "saved_control", "ip").categories == ["network.ip"]
    assert column_of(schema, "saved_control", "email").categories == ["contact.email"]


def test_brazilian_type_prefixes_are_dropped_before_reading(tmp_path: Path) -> None:
    # te_ (texto), nu_ (numero) of public-sector naming standards; an organisational unit's
    # own address stays the unit's.
    schema = scan_ddl(tmp_path, """
CREATE TABLE usuarios (id_usuario int PRIMARY KEY, nm_usuario varchar(60),
  te_email varchar(60), te_senha varchar(60), nu_telefone varchar(20));
CREATE TABLE unid_organizacional (id_uo int PRIMARY KEY, te_endereco_uo varchar(80),
  te_cidade_uo varchar(50));
""")
    assert column_of(schema, "usuarios", "te_email").categories == ["contact.email"]
    assert column_of(schema, "usuarios", "te_senha").categories == ["account.credential"]
    assert column_of(schema, "usuarios", "nu_telefone").categories == ["contact.phone"]
    assert column_of(schema, "unid_organizacional", "te_endereco_uo").categories == []


def test_a_schemas_short_tag_after_a_term_leaves_the_term_its_head(tmp_path: Path) -> None:
    # srcacic_sessoes: every column of the remote-support session carries _srv or _cli (whose
    # side it is); a known short head (cfg, err) still makes the term a qualifier.
    schema = scan_ddl(tmp_path, """
CREATE TABLE usuarios (id_usuario int PRIMARY KEY, nm_usuario varchar(60));
CREATE TABLE sessoes (id_sessao int PRIMARY KEY, id_usuario int,
  te_email_usuario_srv varchar(60), te_ip_cli varchar(15), email_cfg varchar(60),
  phone_err varchar(60));
""")
    assert column_of(schema, "sessoes", "te_email_usuario_srv").categories == ["contact.email"]
    assert column_of(schema, "sessoes", "te_ip_cli").categories == ["network.ip"]
    assert column_of(schema, "sessoes", "email_cfg").categories == []
    assert column_of(schema, "sessoes", "phone_err").categories == []


def test_statistics_by_recipient_are_no_totals(tmp_path: Path) -> None:
    # A mailing's statistics per recipient hold the recipient's address in every row; a
    # daily summary of sales is totals over many people.
    schema = scan_ddl(tmp_path, """
CREATE TABLE mail_stats (id bigint, mail_id bigint, email char(150), metric_id bigint,
  counter int, created_at datetime);
CREATE TABLE sales_daily_summary (day date, orders int, pay_amount decimal(12,2),
  buyer_name varchar(50));
""")
    assert column_of(schema, "mail_stats", "email").categories == ["contact.email"]
    assert column_of(schema, "sales_daily_summary", "pay_amount").categories == []


def test_glued_abbreviations_are_cut_and_function_words_are_not_cut_out(
        tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE sessions (sesskey varchar(64) PRIMARY KEY, expiry datetime, user_id int);
CREATE TABLE users (id int PRIMARY KEY, usrpwd varchar(64));
CREATE TABLE network (id int PRIMARY KEY, te_mascara varchar(15), te_gateway varchar(15));
""")
    assert column_of(schema, "sessions", "sesskey").categories == ["account.credential"]
    assert column_of(schema, "users", "usrpwd").categories == ["account.credential"]
    # a netmask (mascara) is no `ma` + `scara` (Romanian for a staircase of an address)
    assert column_of(schema, "network", "te_mascara").categories == []


def test_a_rows_own_id_is_no_fact_about_its_person(tmp_path: Path) -> None:
    # OMOP declares its primary keys apart (or not at all): the id of a lab measurement is the
    # row's id, bookkeeping; the value measured is a clinical fact.
    schema = scan_ddl(tmp_path, """
CREATE TABLE person (person_id integer, gender_concept_id integer, year_of_birth integer);
CREATE TABLE lab_measurement (lab_measurement_id integer, person_id integer,
  measurement_concept_id integer, value_as_number numeric, measurement_date date);
CREATE TABLE diagnosis (diagnosis_id integer, person_id integer, diagnosis_code varchar(20));
""")
    assert "health.medical" in column_of(schema, "lab_measurement", "value_as_number").categories
    assert column_of(schema, "lab_measurement", "lab_measurement_id").categories == []


def test_a_users_tokens_at_a_service_are_the_users(tmp_path: Path) -> None:
    # An application's tokens keyed to a user are the user's credentials; so is the OAuth
    # token kept in a user's login row. A mail service's own settings keep its secret.
    schema = scan_ddl(tmp_path, """
CREATE TABLE user (uid int PRIMARY KEY, username varchar(64), password varchar(64));
CREATE TABLE application_token (application_id int, uid int, code varchar(64),
  access_token varchar(64));
CREATE TABLE user_login (id int PRIMARY KEY, user varchar(50), provider varchar(50),
  oauth_token text, oauth_token_secret text);
CREATE TABLE mail_settings (id int PRIMARY KEY, smtp_host varchar(100),
  smtp_password varchar(100), oauth_client_secret varchar(100));
""")
    assert column_of(schema, "application_token", "access_token").categories == [
        "account.credential"]
    assert column_of(schema, "user_login", "oauth_token").categories == ["account.credential"]
    assert column_of(schema, "mail_settings", "oauth_client_secret").categories == []
    assert column_of(schema, "mail_settings", "smtp_password").categories == []


def test_a_reminders_answer_is_a_credential_and_a_categorys_parent_no_person(
        tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE c_member (c_member_id int PRIMARY KEY, nickname text, image_filename text,
  c_password_query_answer text);
CREATE TABLE c_commu_category_parent (c_commu_category_parent_id int PRIMARY KEY, name text,
  sort_order int);
""")
    assert column_of(schema, "c_member", "c_password_query_answer").categories == [
        "account.credential"]
    assert column_of(schema, "c_member", "image_filename").categories == ["identity.photo"]
    assert column_of(schema, "c_commu_category_parent", "name").categories == []


def test_a_topic_tables_date_is_no_topic_in_the_scan_as_in_explain(tmp_path: Path) -> None:
    # The scan's fast path once gave a chat's datetime column the chat's topic while explain
    # showed the type's misfit: the two must agree.
    schema = scan_ddl(tmp_path, """
CREATE TABLE usuarios (id_usuario int PRIMARY KEY, nm_usuario varchar(60));
CREATE TABLE srcacic_chats (id_conexao int, id_usuario int, dt_hr_mensagem datetime,
  te_mensagem text);
""")
    assert column_of(schema, "srcacic_chats", "dt_hr_mensagem").categories == []
    assert column_of(schema, "srcacic_chats", "te_mensagem").categories == [
        "behavior.communication"]
    text = explain_column(schema, "srcacic_chats.dt_hr_mensagem")
    assert "result: categories=[]" in text


def test_a_members_own_number_makes_no_membership_table(tmp_path: Path) -> None:
    # uc_member(member_no) is the table of members (its module prefix is no compound's first
    # word); only beside another table of the same persons is a table keyed to its head
    # word a membership. A time's "at" is still a word of its own (paid_at is no payment).
    schema = scan_ddl(tmp_path, """
CREATE TABLE uc_member (id bigint PRIMARY KEY, member_no varchar(32), nickname varchar(64),
  mobile varchar(20));
CREATE TABLE oms_order (id bigint PRIMARY KEY, member_id bigint, pay_amount decimal(10,2),
  paid_at datetime);
""")
    assert column_of(schema, "oms_order", "member_id").linked_to == "uc_member"
    assert column_of(schema, "oms_order", "paid_at").categories == []
    contexts, resolver = schema_contexts(schema)
    assert "uc_member" in resolver.people_ids


def test_an_ips_looked_up_place_and_a_visitors_code(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE visitor (id bigint PRIMARY KEY, uuid varchar(36) COMMENT '访客标识码',
  ip varchar(255) COMMENT 'ip', ip_source varchar(255) COMMENT 'ip来源');
""")
    assert column_of(schema, "visitor", "uuid").categories == ["network.cookie"]
    assert column_of(schema, "visitor", "ip_source").categories == ["location.coarse"]


def test_where_a_token_is_fetched_and_how_long_it_lives_are_no_tokens(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE users (id int PRIMARY KEY, email varchar(100), password varchar(100),
  access_token varchar(64), token_expire_time datetime, token_type varchar(20));
CREATE TABLE user_oauth (id int PRIMARY KEY, user_id int, token_uri varchar(255),
  refresh_token varchar(255));
""")
    assert column_of(schema, "users", "access_token").categories == ["account.credential"]
    for column in ("token_expire_time", "token_type"):
        assert column_of(schema, "users", column).categories == [], column
    assert column_of(schema, "user_oauth", "token_uri").categories == []
    assert column_of(schema, "user_oauth", "refresh_token").categories == ["account.credential"]


def test_audit_keys_of_other_habits_and_bare_person_words_link(tmp_path: Path) -> None:
    # znuny's change_by, maxkey's CREATEDBY, OpenPNE's c_member_id_from/_to, jorani's bare
    # `employee` key; a bare `admin` flag or a `publisher` string is no key.
    schema = scan_ddl(tmp_path, """
CREATE TABLE users (id int PRIMARY KEY, login varchar(200), pw varchar(128),
  first_name varchar(100));
CREATE TABLE queue (id int PRIMARY KEY, name varchar(200), create_by int, change_by int,
  CREATEDBY int);
CREATE TABLE friend (id int PRIMARY KEY, users_id_from int, users_id_to int);
CREATE TABLE leaves (id int PRIMARY KEY, startdate date, employee int, admin tinyint(1),
  publisher varchar(100));
""")
    for column in ("create_by", "change_by", "CREATEDBY"):
        assert column_of(schema, "queue", column).linked_to == "users", column
    for column in ("users_id_from", "users_id_to"):
        assert column_of(schema, "friend", column).linked_to == "users", column
    assert column_of(schema, "leaves", "employee").linked_to == "users"
    assert column_of(schema, "leaves", "admin").linked_to is None
    assert column_of(schema, "leaves", "publisher").linked_to is None


def test_a_client_address_and_a_key_in_the_middle_of_a_name(tmp_path: Path) -> None:
    # REMOTE_ADDR is the client's IP, not a postal address; gsf_id_organization is a key to
    # the organisation, while a user's own organization is where they work.
    schema = scan_ddl(tmp_path, """
CREATE TABLE users (user_id int PRIMARY KEY, username varchar(128), organization varchar(256),
  gsf_id_organization int);
CREATE TABLE user_history (history_id int PRIMARY KEY, user_id int, remote_host varchar(256),
  remote_addr varchar(45));
""")
    assert column_of(schema, "user_history", "remote_host").categories == ["network.ip"]
    assert column_of(schema, "user_history", "remote_addr").categories == ["network.ip"]
    assert column_of(schema, "users", "organization").categories == ["employment.info"]
    assert column_of(schema, "users", "gsf_id_organization").categories == []


def test_a_germanic_compound_table_name_is_read_by_its_last_noun(tmp_path: Path) -> None:
    # Hibiscus: aueberweisung (a foreign transfer) and sepaslastbuchung (a SEPA direct-debit
    # booking) are transfers, so the amount and purpose in them are a person's transaction;
    # a log's or a thing's word at the end of a compound is no such reading (MIMIC's
    # inputevents are a patient's records).
    schema = scan_ddl(tmp_path, """
CREATE TABLE konto (id int PRIMARY KEY, kontonummer varchar(15), name varchar(255));
CREATE TABLE aueberweisung (id int PRIMARY KEY, konto_id int, betrag float,
  zweck varchar(140));
CREATE TABLE sepaslastbuchung (id int PRIMARY KEY, konto_id int, betrag float);
""")
    assert table_context(schema.tables["aueberweisung"]).kind == "transaction"
    assert table_context(schema.tables["sepaslastbuchung"]).kind == "transaction"
    assert column_of(schema, "aueberweisung", "betrag").categories == ["financial.transaction"]


def test_a_mails_title_and_an_sms_gateways_decoded_text_are_messages(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE char (char_id int PRIMARY KEY, account_id int, name varchar(30));
CREATE TABLE mail (id bigint PRIMARY KEY, send_id int, dest_id int, title varchar(45),
  message varchar(500));
CREATE TABLE sentitems (ID int PRIMARY KEY, DestinationNumber varchar(20),
  TextDecoded text);
""")
    assert column_of(schema, "mail", "title").categories == ["behavior.communication"]
    assert column_of(schema, "sentitems", "TextDecoded").categories == [
        "behavior.communication"]


def test_a_profile_named_for_a_thing_with_no_ones_columns_is_no_people_table(
        tmp_path: Path) -> None:
    # A remote-desktop gateway's sharing profile is a connection's settings: its name is no
    # person's, and the keys to it are no person keys; a user's profile stays a person's.
    schema = scan_ddl(tmp_path, """
CREATE TABLE gw_user (user_id int PRIMARY KEY, username varchar(128), full_name varchar(256),
  email_address varchar(256));
CREATE TABLE gw_user_profile (user_id int REFERENCES gw_user(user_id), nickname varchar(64),
  bio text);
CREATE TABLE gw_sharing_profile (sharing_profile_id int PRIMARY KEY,
  sharing_profile_name varchar(128), primary_connection_id int);
CREATE TABLE gw_sharing_profile_parameter (sharing_profile_id int, parameter_name varchar(128),
  parameter_value varchar(4096));
""")
    contexts, _ = schema_contexts(schema)
    assert contexts["gw_sharing_profile"].kind == "thing"
    assert contexts["gw_user_profile"].kind != "thing"
    assert column_of(schema, "gw_sharing_profile", "sharing_profile_name").categories == []
    assert column_of(schema, "gw_sharing_profile_parameter", "sharing_profile_id").linked_to \
        is None
    assert column_of(schema, "gw_user", "full_name").categories == ["identity.name"]


def test_a_table_tag_after_its_word_is_no_head_and_keys_by_the_tag(tmp_path: Path) -> None:
    # A register that tags each table and its columns (person_per.per_FirstName): the table
    # is one of persons, `nte_per_ID` keys a note to a person, and `dep_EnteredBy` is the
    # audit key of a deposit behind the deposit's tag.
    schema = scan_ddl(tmp_path, """
CREATE TABLE person_per (per_ID int PRIMARY KEY, per_FirstName varchar(50),
  per_LastName varchar(50), per_Email varchar(50), per_fam_ID int);
CREATE TABLE family_fam (fam_ID int PRIMARY KEY, fam_Name varchar(50), fam_Address1 varchar(50),
  fam_City varchar(50), fam_HomePhone varchar(30));
CREATE TABLE user_usr (usr_per_ID int PRIMARY KEY, usr_Password varchar(100),
  usr_LastLogin datetime, usr_UserName varchar(50));
CREATE TABLE note_nte (nte_ID int PRIMARY KEY, nte_per_ID int, nte_Text text,
  nte_DateEntered datetime);
CREATE TABLE deposit_dep (dep_ID int PRIMARY KEY, dep_Date date, dep_Comment text,
  dep_EnteredBy int, dep_Type varchar(10));
""")
    contexts, resolver = schema_contexts(schema)
    assert "person_per" in resolver.people_ids and "user_usr" in resolver.people_ids
    assert column_of(schema, "note_nte", "nte_per_ID").linked_to == "person_per"
    assert column_of(schema, "deposit_dep", "dep_EnteredBy").linked_to == "user_usr"
    # A filler word after the head is no tag (account_detail has no `detail` key).
    assert column_of(schema, "deposit_dep", "dep_Type").linked_to is None


def test_is_tag_of_takes_a_few_letters_of_the_word_in_order() -> None:
    from privflow.classify.signals.table import head_words, is_tag_of

    assert is_tag_of("usr", "user") and is_tag_of("plg", "pledge") and is_tag_of("per", "person")
    assert not is_tag_of("log", "user") and not is_tag_of("item", "order")
    assert not is_tag_of("user", "user") and not is_tag_of("ufa", "user")
    assert head_words("pledge_plg") == ("pledge",) and head_words("user_log") == ("user", "log")
    assert head_words("auth_user_md5") == ("auth", "user")
    assert head_words("person_uuid") == ("person",)


def test_a_code_written_key_links_and_a_tables_own_code_is_no_link(tmp_path: Path) -> None:
    # A teaching platform keys everything by UsrCod; its table of users is told by its columns
    # (usr_data), and its own UsrCod is its identity, not a key to the games' users. A
    # Romance-language schema writes the key word first (cod_cliente, cd_pessoa).
    schema = scan_ddl(tmp_path, """
CREATE TABLE usr_data (UsrCod int NOT NULL AUTO_INCREMENT PRIMARY KEY, Surname1 varchar(511),
  FirstName varchar(511), Sex varchar(10), Birthday date, Password char(86));
CREATE TABLE gam_users (GamCod int NOT NULL, UsrCod int NOT NULL, PRIMARY KEY (GamCod, UsrCod));
CREATE TABLE att_usr (AttCod int NOT NULL, UsrCod int NOT NULL, Present char(1));
CREATE TABLE clientes (cod_cliente int PRIMARY KEY, nome varchar(80), cpf varchar(14));
CREATE TABLE pedidos (cod_pedido int PRIMARY KEY, cod_cliente int, valor decimal(10,2));
""")
    assert column_of(schema, "usr_data", "UsrCod").linked_to is None
    assert column_of(schema, "att_usr", "UsrCod").linked_to == "usr_data"
    assert column_of(schema, "pedidos", "cod_cliente").linked_to == "clientes"
    assert column_of(schema, "pedidos", "cod_pedido").linked_to is None


def test_an_audit_key_points_at_the_persons_who_sign_in(tmp_path: Path) -> None:
    # An ISP's subscribers (userinfo) hold no password; its operators do: who wrote a billing
    # row is an operator. A realm's name is no middle name (realmname is no real + mname).
    schema = scan_ddl(tmp_path, """
CREATE TABLE userinfo (id int PRIMARY KEY, username varchar(128), firstname varchar(200),
  lastname varchar(200), email varchar(200), creationby varchar(128), updateby varchar(128));
CREATE TABLE operators (id int PRIMARY KEY, username varchar(32), password varchar(32),
  firstname varchar(32), lastname varchar(32), messenger1 varchar(32));
CREATE TABLE billing_history (id int PRIMARY KEY, username varchar(128),
  creditcardverification varchar(200), creditcardexp varchar(200), creationby varchar(128),
  updateby varchar(128));
CREATE TABLE realms (id int PRIMARY KEY, realmname varchar(128), secret varchar(128));
""")
    assert column_of(schema, "billing_history", "updateby").linked_to == "operators"
    assert column_of(schema, "billing_history", "creditcardverification").categories == [
        "financial.payment_card"]
    assert column_of(schema, "billing_history", "creditcardexp").categories == [
        "financial.payment_card"]
    assert column_of(schema, "operators", "messenger1").categories == ["contact.im_account"]
    assert column_of(schema, "realms", "realmname").categories == []


def test_a_people_table_without_a_primary_key_is_keyed_by_its_first_id(tmp_path: Path) -> None:
    # identite(etudid UNIQUE NOT NULL, nom, prenom ...): the student's key elsewhere; a row id
    # that starts every table (MIMIC's row_id) is nobody's key, nor is a pairing's first key.
    schema = scan_ddl(tmp_path, """
CREATE TABLE identite (etudid text UNIQUE NOT NULL, nom text, prenom text,
  date_naissance date);
CREATE TABLE admissions (adm_id text UNIQUE NOT NULL, etudid text, annee int, decision text);
CREATE TABLE absences (etudid text, jour date, estabs boolean);
CREATE TABLE notes (row_id int NOT NULL, etudid text, value real);
CREATE TABLE biblio_author (biblio_id int NOT NULL, author_id int NOT NULL, level int);
""")
    assert column_of(schema, "admissions", "etudid").linked_to == "identite"
    assert column_of(schema, "absences", "etudid").linked_to == "identite"
    assert column_of(schema, "identite", "etudid").linked_to is None
    assert column_of(schema, "notes", "row_id").linked_to is None


def test_a_key_shared_by_a_persons_extension_tables_is_that_persons(tmp_path: Path) -> None:
    # Sahana-style: person_uuid(p_uuid) and tables extending it 1:1 under the same primary
    # key, declared as references to it: p_uuid is the person's own key, and an undeclared
    # p_uuid elsewhere keys a row to that person. A key name many tables own without
    # pointing at one table (record_id) stays every table's row id.
    schema = scan_ddl(tmp_path, """
CREATE TABLE person_uuid (p_uuid BIGINT NOT NULL PRIMARY KEY, full_name VARCHAR(100),
  family_name VARCHAR(50));
CREATE TABLE person_details (p_uuid BIGINT NOT NULL PRIMARY KEY REFERENCES person_uuid(p_uuid),
  birth_date DATE, occupation VARCHAR(100));
CREATE TABLE person_deceased (p_uuid BIGINT NOT NULL PRIMARY KEY REFERENCES person_uuid(p_uuid),
  details TEXT);
CREATE TABLE person_status (p_uuid BIGINT NOT NULL PRIMARY KEY, isvictim BOOLEAN);
CREATE TABLE person_camp (p_uuid BIGINT, camp_id BIGINT, admission_date DATE);
CREATE TABLE patients (record_id int PRIMARY KEY, full_name text, birth_date date);
CREATE TABLE visits (record_id int PRIMARY KEY, visit_date date);
CREATE TABLE notes (record_id int PRIMARY KEY, body text);
""")
    assert column_of(schema, "person_camp", "p_uuid").linked_to == "person_uuid"
    assert column_of(schema, "person_status", "p_uuid").linked_to == "person_uuid"
    assert column_of(schema, "person_details", "p_uuid").linked_to == "person_uuid"
    assert column_of(schema, "person_uuid", "p_uuid").linked_to is None
    assert column_of(schema, "visits", "record_id").linked_to is None
    assert column_of(schema, "notes", "record_id").linked_to is None


def test_a_thing_word_table_with_a_birth_date_and_a_gender_holds_people(tmp_path: Path) -> None:
    # A trial's `subject` (in most schemas a school subject or a mail's subject) with a birth
    # date and a gender is a table of people; its declared key is theirs, not the subject_id
    # that starts an export table with no primary key. A school's subjects stay things.
    schema = scan_ddl(tmp_path, """
CREATE TABLE export_rows (subject_id numeric, subject_label varchar(30), gender char(1),
  date_of_birth date, item_value varchar(255));
CREATE TABLE subject (subject_id serial NOT NULL, father_id numeric, date_of_birth date,
  gender char(1), unique_identifier varchar(255), owner_id numeric);
ALTER TABLE ONLY subject ADD CONSTRAINT pk_individual PRIMARY KEY (subject_id);
CREATE TABLE study_subject (study_subject_id serial PRIMARY KEY, label varchar(30),
  subject_id numeric, enrollment_date date);
CREATE TABLE course_subject (id int PRIMARY KEY, name varchar(50), credits int);
""")
    contexts, resolver = schema_contexts(schema)
    assert contexts["subject"].kind == "people"
    assert contexts["course_subject"].kind == "thing"
    assert resolver.natural["subject_id"] == "subject"
    assert column_of(schema, "subject", "date_of_birth").categories == ["identity.birth_date"]
    assert column_of(schema, "subject", "gender").categories == ["identity.gender"]
    assert column_of(schema, "study_subject", "subject_id").linked_to == "subject"
    assert column_of(schema, "subject", "subject_id").linked_to is None


def test_an_audit_column_said_to_hold_the_writers_login_is_a_link(tmp_path: Path) -> None:
    # create_by '创建人登录名称': whoever wrote the row, by their login: a key to the users,
    # no login name held in a menu table.
    schema = scan_ddl(tmp_path, """
CREATE TABLE sys_user (id varchar(32) PRIMARY KEY, username varchar(50) COMMENT '登录账号',
  password varchar(100) COMMENT '密码', realname varchar(50) COMMENT '姓名');
CREATE TABLE weixin_menu (id varchar(32) PRIMARY KEY, menu_name varchar(50) COMMENT '菜单名称',
  create_by varchar(50) COMMENT '创建人登录名称', update_by varchar(50) COMMENT '更新人登录名称');
""")
    for name in ("create_by", "update_by"):
        column = column_of(schema, "weixin_menu", name)
        assert column.categories == [], name
        assert column.linked_to == "sys_user", name


def test_audit_keys_go_to_the_operators_beside_a_users_table(tmp_path: Path) -> None:
    # A booking system's staff (m_staff) and its customers (m_user), a RADIUS manager's
    # operators and its subscribers (userinfo): who writes rows is the staff or the operators,
    # under the usual names, a misspelling (creater) or a short form (updid).
    booking = scan_ddl(tmp_path, """
CREATE TABLE m_user (userid varchar(20) PRIMARY KEY, username varchar(50), passwd varchar(64),
  mail varchar(100), updid varchar(20));
CREATE TABLE m_staff (staffid varchar(20) PRIMARY KEY, staffname varchar(50),
  passwd varchar(64), updid varchar(20));
CREATE TABLE h_fee (feeid int PRIMARY KEY, userid varchar(20), fee decimal(9,2),
  updid varchar(20), creater varchar(100));
""", name="booking.sql")
    assert column_of(booking, "h_fee", "updid").linked_to == "m_staff"
    assert column_of(booking, "h_fee", "creater").linked_to == "m_staff"
    assert column_of(booking, "h_fee", "userid").linked_to == "m_user"
    radius = scan_ddl(tmp_path, """
CREATE TABLE operators (id int PRIMARY KEY, username varchar(32), password varchar(95));
CREATE TABLE userinfo (id int PRIMARY KEY, username varchar(128), firstname varchar(200),
  portalloginpassword varchar(128), creationby varchar(128), updateby varchar(128));
""", name="radius.sql")
    assert column_of(radius, "userinfo", "creationby").linked_to == "operators"
    assert column_of(radius, "userinfo", "updateby").linked_to == "operators"


def test_a_person_word_under_the_tables_initials_is_that_persons_key(tmp_path: Path) -> None:
    # MediaWiki tags each table's columns with its initials (wl_ of watchlist, rc_ of
    # recentchanges): wl_user is the user's key, rc_ip the editor's address.
    schema = scan_ddl(tmp_path, """
CREATE TABLE user (user_id INT UNSIGNED NOT NULL PRIMARY KEY, user_name VARBINARY(255),
  user_real_name VARBINARY(255), user_password TINYBLOB, user_email TINYBLOB);
CREATE TABLE watchlist (wl_id INT UNSIGNED NOT NULL PRIMARY KEY, wl_user INT UNSIGNED NOT NULL,
  wl_namespace INT NOT NULL, wl_title VARBINARY(255) NOT NULL);
CREATE TABLE recentchanges (rc_id BIGINT UNSIGNED NOT NULL PRIMARY KEY, rc_user INT UNSIGNED,
  rc_title VARBINARY(255), rc_ip VARBINARY(40), rc_comment VARBINARY(767));
""")
    assert column_of(schema, "watchlist", "wl_user").linked_to == "user"
    assert column_of(schema, "recentchanges", "rc_user").linked_to == "user"
    assert column_of(schema, "recentchanges", "rc_ip").categories == ["network.ip"]
    assert column_of(schema, "watchlist", "wl_namespace").linked_to is None


def test_a_conditions_operator_is_a_comparison_not_a_person(tmp_path: Path) -> None:
    # Zabbix's conditions test a value with an operator (0 =, 1 <>, 2 like): no operator
    # acted; an audit table's integer operator is still the user who did.
    schema = scan_ddl(tmp_path, """
CREATE TABLE users (userid bigint PRIMARY KEY, username varchar(100), name varchar(100),
  surname varchar(100), passwd varchar(60));
CREATE TABLE conditions (conditionid bigint PRIMARY KEY, actionid bigint,
  conditiontype integer, operator integer, value varchar(255));
CREATE TABLE maintenance_tag (maintenancetagid bigint PRIMARY KEY, tag varchar(255),
  operator integer);
CREATE TABLE stock_moves (id bigint PRIMARY KEY, qty integer, operator integer,
  created_at timestamp);
""")
    assert column_of(schema, "conditions", "operator").linked_to is None
    assert column_of(schema, "maintenance_tag", "operator").linked_to is None
    assert column_of(schema, "stock_moves", "operator").linked_to == "users"
