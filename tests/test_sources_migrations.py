"""Migration folders are applied in version order, and the model is the final schema."""

from __future__ import annotations

from pathlib import Path

from privflow.sources import load_paths
from privflow.sources.walker import migration_key

FIXTURES = Path(__file__).parent / "fixtures" / "sources" / "migrations"


def test_flyway_numeric_and_timestamp_prefixes_sort_as_versions():
    names = ["V10__drop.sql", "R__views.sql", "V2__rename.sql", "V1_1__add_email.sql",
             "V1__init.sql", "V9__email_again.sql", "notes.sql"]
    assert sorted(names, key=migration_key) == [
        "V1__init.sql", "V1_1__add_email.sql", "V2__rename.sql", "V9__email_again.sql",
        "V10__drop.sql", "notes.sql", "R__views.sql"]
    stamps = ["20240315090000_b.sql", "0001_base.sql", "20240101120000_a.sql", "2_x.sql"]
    assert sorted(stamps, key=migration_key) == [
        "0001_base.sql", "2_x.sql", "20240101120000_a.sql", "20240315090000_b.sql"]


def test_files_are_read_in_application_order():
    schema = load_paths([str(FIXTURES)])
    names = [Path(f.path).name for f in schema.files]
    assert names == ["V1__init.sql", "V1_1__add_email.sql", "V2__rename.sql",
                     "V9__email_again.sql", "V10__drop.sql", "R__views.sql",
                     "0001_base.sql", "20240101120000_create.sql", "20240315090000_rename.sql"]


def test_final_mysql_schema_after_change_modify_rename_and_drops():
    schema = load_paths([str(FIXTURES / "db")])
    assert "member" not in schema.tables and "legacy_log" not in schema.tables
    member = schema.tables["ums_member"]
    # CHANGE renamed mobile -> phone in place; MODIFY redefined nick; V9 added email and
    # V10 (applied after V9, not before as text order would) dropped it again.
    assert [(c.name, c.type, c.comment) for c in member.columns.values()] == [
        ("id", "bigint", None), ("phone", "varchar(32)", "手机号码"), ("nick", "varchar(64)", "昵称")]
    assert member.column("id").primary_key
    assert member.column("phone").source == f"{FIXTURES / 'db'}/migration/V2__rename.sql:1"
    assert member.source == f"{FIXTURES / 'db'}/migration/V1__init.sql:1"
    # Marker-less migrations take the dialect of the file before them in the folder.
    assert {f.dialect for f in schema.files} == {"mysql"}
    assert not schema.skipped


def test_views_are_tables_of_kind_view_and_statements_for_lineage():
    schema = load_paths([str(FIXTURES / "db")])
    view = schema.tables["member_contact"]
    assert view.kind == "view"
    assert list(view.columns) == ["id", "phone"]
    assert "FROM ums_member" in view.definition
    assert [s.sql.split()[0:4] for s in schema.statements] == [
        ["CREATE", "OR", "REPLACE", "VIEW"]]


def test_postgres_rename_column_alter_type_comment_and_foreign_key_after_rename():
    schema = load_paths([str(FIXTURES / "pg")])
    account = schema.tables["app_account"]
    email = account.column("email")
    assert (email.type, email.comment) == ("varchar(200)", "login e-mail")
    assert account.column("mail") is None
    assert schema.tables["audit"].column("actor_id").references == "app_account"


def test_add_column_to_a_table_never_created_is_reported(tmp_path):
    (tmp_path / "V1__x.sql").write_text("ALTER TABLE ghost ADD COLUMN a INT;\n", "utf-8")
    schema = load_paths([str(tmp_path)])
    assert not schema.tables
    assert [(s.line, "not defined earlier" in s.reason) for s in schema.skipped] == [(1, True)]


def test_create_table_if_not_exists_keeps_the_first_and_like_copies_columns(tmp_path):
    (tmp_path / "a.sql").write_text(
        "CREATE TABLE t (a INT COMMENT 'first') ENGINE=InnoDB;\n"
        "CREATE TABLE IF NOT EXISTS t (b INT);\n"
        "CREATE TABLE t_copy LIKE t;\n", "utf-8")
    schema = load_paths([str(tmp_path / "a.sql")])
    assert list(schema.tables["t"].columns) == ["a"]
    copy = schema.tables["t_copy"]
    assert [(c.name, c.comment) for c in copy.columns.values()] == [("a", "first")]
    assert copy.source == f"{tmp_path / 'a.sql'}:3"


def test_alter_forms_of_each_dialect(tmp_path):
    def final(dialect, *statements):
        path = tmp_path / f"{dialect}.sql"
        path.write_text(";\n".join(statements) + ";\n", "utf-8")
        return load_paths([str(path)], dialect=dialect).tables["t"]

    t = final("mysql", "CREATE TABLE t (a INT)", "ALTER TABLE t COMMENT = '表注释'",
              "ALTER TABLE t ADD COLUMN c INT COMMENT 'x' AFTER a, ADD INDEX i (c)",
              "ALTER TABLE t ADD COLUMN (d INT COMMENT 'dd', e VARCHAR(3))")
    assert (t.comment, list(t.columns), t.column("c").comment) == ("表注释", ["a", "c", "d", "e"],
                                                                   "x")
    assert (t.column("d").comment, t.column("e").type) == ("dd", "varchar(3)")
    t = final("oracle", "CREATE TABLE t (e NUMBER(3))", "ALTER TABLE t ADD (f VARCHAR2(10))",
              "ALTER TABLE t MODIFY (e NUMBER(5), f VARCHAR2(20) NOT NULL)")
    assert [(c.name, c.type) for c in t.columns.values()] == [
        ("e", "number(5)"), ("f", "varchar2(20)")]
    t = final("hive", "CREATE TABLE t (g string)", "ALTER TABLE t ADD COLUMNS (k int)",
              "ALTER TABLE t CHANGE COLUMN g h string COMMENT 'hh'")
    assert [(c.name, c.comment) for c in t.columns.values()] == [("h", "hh"), ("k", None)]
    t = final("clickhouse", "CREATE TABLE t (n String) ENGINE = Memory",
              "ALTER TABLE t COMMENT COLUMN n 'n2'")
    assert t.column("n").comment == "n2"
    t = final("tsql", "CREATE TABLE t (c INT)", "ALTER TABLE t ADD k INT NULL, l NVARCHAR(20)",
              "ALTER TABLE t ALTER COLUMN c NVARCHAR(50) NOT NULL")
    assert [(c.name, c.type) for c in t.columns.values()] == [
        ("c", "nvarchar(50)"), ("k", "int"), ("l", "nvarchar(20)")]
    t = final("snowflake", "CREATE TABLE t (c VARCHAR)", "ALTER TABLE t ALTER COLUMN c COMMENT 'cc'")
    assert t.column("c").comment == "cc"


def test_tsql_sp_rename_renames_columns_and_tables(tmp_path):
    (tmp_path / "V1__t.sql").write_text(
        "CREATE TABLE [dbo].[Member] ([Id] INT, [Mobile] NVARCHAR(20))\nGO\n"
        "EXEC sp_rename 'dbo.Member.Mobile', 'Phone', 'COLUMN'\nGO\n"
        "EXEC sp_rename N'dbo.Member', N'Customer'\nGO\n", "utf-8")
    schema = load_paths([str(tmp_path)])
    assert list(schema.tables) == ["dbo.customer"]
    assert [c.name for c in schema.tables["dbo.customer"].columns.values()] == ["Id", "Phone"]


def test_oracle_rename_without_table_keyword(tmp_path):
    (tmp_path / "r.sql").write_text(
        "CREATE TABLE emp (id NUMBER);\nRENAME emp TO employees;\n"
        "RENAME TABLE employees TO staff;\n", "utf-8")
    assert list(load_paths([str(tmp_path / "r.sql")], dialect="oracle").tables) == ["staff"]
