"""DDL in every listed dialect: tables, columns, types, comments and the dialect guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from privflow.sources import guess_dialect, load_paths
from privflow.sources.dialects import normalize_dialect, rules

FIXTURES = Path(__file__).parent / "fixtures" / "sources" / "dialects"


def scan(name: str, **kwargs):
    return load_paths([str(FIXTURES / name)], **kwargs)


def columns(table):
    return {c.name: (c.type, c.comment) for c in table.columns.values()}


@pytest.mark.parametrize("name, dialect", [
    ("mysql.sql", "mysql"), ("postgres.sql", "postgres"), ("sqlite.sql", "sqlite"),
    ("tsql.sql", "tsql"), ("oracle.sql", "oracle"), ("hive.sql", "hive"),
    ("spark.sql", "spark"), ("clickhouse.sql", "clickhouse"), ("snowflake.sql", "snowflake"),
    ("bigquery.sql", "bigquery"),
])
def test_dialect_is_guessed_and_reported(name, dialect):
    schema = scan(name)
    assert [f.dialect for f in schema.files] == [dialect]
    assert schema.files[0].dialect_reason.startswith("guessed: ")
    assert guess_dialect((FIXTURES / name).read_text("utf-8"))[0] == dialect
    assert all(t.dialect == dialect for t in schema.tables.values())


def test_mysql_inline_comments_keys_and_table_comment():
    table = scan("mysql.sql").tables["shop.member"]
    assert table.comment == "会员表"
    assert columns(table) == {
        "id": ("bigint(20) unsigned", "主键"),
        "phone": ("varchar(64)", "手机号码"),
        "id_card": ("varchar(18)", "身份证号"),
    }
    assert table.column("id").primary_key and not table.column("phone").primary_key
    assert table.source.endswith("mysql.sql:2")


def test_postgres_comment_on_references_and_partitions():
    schema = scan("postgres.sql")
    users = schema.tables["public.users"]
    assert users.comment == "Users"
    assert users.column("email").comment == "E-mail 'address'"
    assert users.column("id").primary_key
    assert users.column("org_id").references == "public.orgs"
    # A partition has its parent's columns.
    assert list(schema.tables["public.events_2024"].columns) == ["id", "payload", "created"]


def test_tsql_batches_extended_properties_and_foreign_keys():
    schema = scan("tsql.sql")
    assert set(schema.tables) == {"dbo.customer", "dbo.orders", "dbo.notes"}
    customer = schema.tables["dbo.customer"]
    assert customer.column("email").comment == "电子邮件"
    assert customer.column("id").primary_key
    assert customer.column("id").type == "int"  # as written, not sqlglot's INTEGER
    assert schema.tables["dbo.orders"].column("customerid").references == "dbo.customer"
    # Two CREATE TABLEs in one GO batch without a semicolon: each at its own line.
    assert schema.tables["dbo.notes"].source.endswith("tsql.sql:15")


def test_oracle_comment_and_procedure_body_kept_for_lineage():
    schema = scan("oracle.sql")
    employees = schema.tables["hr.employees"]
    assert columns(employees)["id_no"] == ("nvarchar2(18)", "身份证")
    assert employees.column("emp_id").primary_key
    assert [s.line for s in schema.statements] == [8]
    assert "INSERT INTO hr.log" in schema.statements[0].sql
    assert [(s.line, "procedure" in s.reason) for s in schema.skipped] == [(8, True)]


def test_hive_partition_columns_and_lineage_statements():
    schema = scan("hive.sql")
    table = schema.tables["dw.user_log"]
    assert table.comment == "日志"
    assert columns(table) == {"uid": ("bigint", "用户ID"), "ip": ("string", "登录IP"),
                              "dt": ("string", "日期")}
    # CREATE EXTERNAL TABLE ... LOCATION and INSERT OVERWRITE matter to lineage.
    assert [s.line for s in schema.statements] == [1, 9]
    assert schema.statements[1].sql.startswith("INSERT OVERWRITE TABLE dw.user_sum")


def test_spark_clickhouse_snowflake_bigquery_columns():
    assert columns(scan("spark.sql").tables["lake.customers"])["mobile"] == ("string", "手机号")
    visits = scan("clickhouse.sql").tables["default.visits"]
    assert columns(visits)["phone"] == ("lowcardinality(string)", "电话")
    people = scan("snowflake.sql").tables["db.sch.people"]
    assert columns(people) == {"id": ("number(38, 0)", None), "email": ("varchar", "mail"),
                               "props": ("variant", None), "ts": ("timestamp_ntz", None)}
    bigquery = scan("bigquery.sql")
    assert columns(bigquery.tables["proj.ds.customers"])["email"] == ("string", "客户邮箱")
    assert bigquery.statements[0].sql.startswith("EXPORT DATA")


def test_sqlite_unknown_clause_falls_back_to_tolerant_reader():
    schema = scan("sqlite.sql")
    person = schema.tables["person"]
    assert "parse:tolerant" in person.evidence
    assert list(person.columns) == ["id", "name", "email"]
    assert person.column("id").primary_key
    assert any("tolerantly" in s.reason for s in schema.skipped)


def test_forced_dialect_overrides_the_guess():
    schema = scan("mysql.sql", dialect="MariaDB")
    assert (schema.files[0].dialect, schema.files[0].dialect_reason) == ("mysql", "forced")


def test_inventory_dialect_override_applies_under_its_path():
    folder = str(FIXTURES)
    schema = load_paths([folder], dialect_overrides={folder: "hive"})
    assert {f.dialect_reason for f in schema.files} == {"inventory"}
    assert {f.dialect for f in schema.files} == {"hive"}


def test_unknown_dialect_name_is_a_usage_error():
    from privflow.errors import PrivflowError

    with pytest.raises(PrivflowError, match="unknown SQL dialect"):
        normalize_dialect("cobol")


def test_dialect_rules_file_loads_and_generic_sql_has_no_guess():
    assert len(rules()) > 10 and all(r.weight > 0 for r in rules())
    assert guess_dialect("CREATE TABLE t (a INT);") == ("", "no dialect markers")


def test_ssms_script_in_utf16_with_bracketed_types_and_if_not_exists_blocks():
    schema = load_paths([str(FIXTURES.parent / "ssms_utf16.sql")])
    assert schema.files[0].dialect == "tsql"
    users = schema.tables["dbo.users"]
    assert [(c.name, c.type) for c in users.columns.values()] == [
        ("Id", "int"), ("Email", "nvarchar(256)"), ("Phone", "varchar(20)")]
    assert users.column("phone").comment == "手机号"
    assert users.column("id").primary_key and users.source.endswith(":8")
    assert schema.tables["dbo.orders"].column("userid").references == "dbo.users"
    assert not schema.skipped


def test_navicat_sql_server_dump_with_positional_extended_properties():
    schema = load_paths([str(FIXTURES.parent / "navicat_mssql.sql")])
    form = schema.tables["dbo.bpm_form"]
    assert form.comment == "工作流的表单定义"
    assert [(c.name, c.type, c.comment) for c in form.columns.values()][:3] == [
        ("id", "bigint", "编号"), ("name", "nvarchar(64)", "表单名"),
        ("fields", "nvarchar(max)", None)]
    locks = schema.tables["dbo.qrtz_locks"]
    assert locks.column("lock_name").samples == ["STATE_ACCESS", "TRIGGER_ACCESS"]
    # IF EXISTS ... DROP, BEGIN TRANSACTION/COMMIT and SET (LOCK_ESCALATION) are not news.
    assert not schema.skipped and not schema.statements


def test_warehouse_dialects_in_the_shapes_their_tools_export():
    hive = scan("hive_warehouse.sql")
    ods = hive.tables["ods.ods_user_di"]
    assert (ods.comment, ods.column("id_card").comment) == ("用户增量表", "身份证号")
    assert ods.column("tags").type == "map<string, string>"
    assert list(ods.columns)[-1] == "ds"  # partition column
    assert hive.tables["dw.v_user"].comment == "view"
    assert not hive.skipped  # SET, ADD JAR, USE, ADD PARTITION, MSCK are not news
    assert [s.line for s in hive.statements] == [4, 19, 21]

    events = scan("clickhouse_cluster.sql").tables["analytics.events"]
    assert (events.comment, events.column("phone").comment) == ("事件表", "手机号")
    assert events.column("phone").type == "nullable(string)"

    users = scan("bigquery_options.sql").tables["proj.crm.users"]
    assert users.comment == "users table"
    assert [(c.name, c.comment) for c in users.columns.values()][:2] == [
        ("user_id", "用户ID"), ("email", "邮箱")]

    customers = scan("snowflake_lower.sql").tables["crm.public.customers"]
    assert (customers.comment, customers.column("email").comment) == ("CRM customers",
                                                                       "login email")


def test_oracle_sql_developer_export_with_storage_clauses():
    schema = scan("oracle_sqldeveloper.sql")
    employees = schema.tables["hr.employees"]
    assert employees.comment == "employees table. Contains 107 rows."
    assert employees.column("phone_number").comment == "电话"
    assert employees.column("first_name").type == "varchar2(20 byte)"
    assert employees.column("employee_id").primary_key
    assert employees.column("manager_id").references == "hr.employees"
    assert employees.column("first_name").samples == ["Steven", "Neena"]
    assert [s.line for s in schema.skipped] == [5, 36]  # read tolerantly; the trigger
