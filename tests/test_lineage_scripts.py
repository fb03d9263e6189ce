"""Procedure bodies, scripts and exports, read from fixture files through `lineage_file`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from privflow.errors import PrivflowError
from privflow.lineage import lineage_file

FIXTURES = Path(__file__).parent / "fixtures" / "lineage"


def edges(name: str, dialect: str) -> set[tuple]:
    doc = lineage_file(str(FIXTURES / name), dialect=dialect)
    assert doc["skipped"] == [], doc["skipped"]
    return {(e["source_table"], e["source_column"], e["target_table"], e["target_column"],
             e["transform"], e["line"]) for e in doc["edges"]}


def test_tsql_procedure_without_semicolons():
    assert edges("procedures_tsql.sql", "tsql") == {
        ("dbo.customer", "id", "dbo.mail_list", "customer_id", "identity", 10),
        ("dbo.customer", "email", "dbo.mail_list", "email_hash", "hash", 10),
        ("dbo.customer", "phone", "dbo.contact", "phone", "identity", 17),
        ("dbo.customer", "id", "dbo.contact", "id", "identity", 17),
    }


def test_plsql_procedure_select_into_variables_is_not_a_table():
    got = edges("procedures_plsql.sql", "oracle")
    assert ("member", "mobile", "dw_member", "mobile_hash", "hash", 7) in got
    assert ("member", "id", "dw_member", "id", "identity", 7) in got
    assert not any(e[2] == "v_cnt" for e in got)
    # The cursor's query is a plain SELECT: its columns have no target table.
    assert ("member", "mobile", None, "mobile", "identity", 3) in got


def test_plpgsql_function_body_in_dollar_quotes():
    assert edges("procedures_plpgsql.sql", "postgres") == {
        ("users", "id", "contacts", "user_id", "identity", 6),
        ("users", "email", "contacts", "email_enc", "encrypt", 6),
        ("users", "phone", "contacts", "phone", "identity", 8),
    }


def test_bigquery_script_chains_temp_table_and_exports():
    doc = lineage_file(str(FIXTURES / "script_bigquery.sql"), dialect="bigquery")
    got = {(e["source_table"], e["source_column"], e["target_table"], e["target_column"],
            e["transform"]) for e in doc["edges"]}
    assert got == {
        ("ds.users", "user_id", "recent", "user_id", "identity"),
        ("ds.users", "email", "recent", "email", "identity"),
        ("recent", "user_id", "ds.mail_targets", "user_id", "identity"),
        ("recent", "email", "ds.mail_targets", "email_hash", "hash"),
        ("ds.mail_targets", "user_id", "export_data:gs://partner-bucket/targets/*.csv",
         "user_id", "identity"),
        ("ds.mail_targets", "email_hash", "export_data:gs://partner-bucket/targets/*.csv",
         "email_hash", "identity"),
    }
    assert doc["exports"] == [{"kind": "export_data", "location":
                               "gs://partner-bucket/targets/*.csv", "line": 8, "table": None}]


@pytest.mark.parametrize("name,dialect,expected", [
    ("exports_mysql.sql", "mysql", {
        ("ums_member", "id", "outfile:/data/export/members.csv", "id", "identity", 1),
        ("ums_member", "mobile", "outfile:/data/export/members.csv", "mobile", "identity", 1),
        ("ums_member", "id_card", "outfile:/data/export/members.csv", "md5(id_card)", "hash", 1),
        ("ums_member", "mobile", "vendor_sms.outbox", "mobile", "identity", 6),
    }),
    ("exports_postgres.sql", "postgres", {
        ("users", "id", "copy:/tmp/users.csv", "id", "identity", 1),
        ("users", "email", "copy:/tmp/users.csv", "email", "identity", 1),
        ("users", "id", "copy:s3://export-bucket/users.csv", "id", "identity", 2),
        ("users", "phone", "copy:s3://export-bucket/users.csv", "phone", "identity", 2),
    }),
    ("exports_hive.sql", "hive", {
        ("ods.users", "user_id", "partner.share_users", "uid", "identity", 3),
        ("ods.users", "phone", "partner.share_users", "phone_md5", "hash", 3),
        ("ods.users", "user_id", "directory:/tmp/dump", "user_id", "identity", 4),
        ("ods.users", "phone", "directory:/tmp/dump", "phone", "identity", 4),
    }),
    ("exports_redshift.sql", "redshift", {
        ("analytics.users", "email", "unload:s3://vendor-x/unload/users_", "email", "identity", 1),
        ("analytics.users", "city", "unload:s3://vendor-x/unload/users_", "city", "identity", 1),
    }),
])
def test_exports(name, dialect, expected):
    assert edges(name, dialect) == expected


def test_external_table_write_is_an_export():
    doc = lineage_file(str(FIXTURES / "exports_hive.sql"), dialect="hive")
    assert {"kind": "external_table", "location": "s3://partner-share/users/", "line": 3,
            "table": "partner.share_users"} in doc["exports"]


def test_schema_file_resolves_and_expands(tmp_path):
    ddl = tmp_path / "schema.sql"
    ddl.write_text("CREATE TABLE shop.member (id INT, phone VARCHAR(20));\n"
                   "CREATE TABLE shop.orders (member_id INT, amount DECIMAL(10,2));\n")
    etl = tmp_path / "etl.sql"
    etl.write_text("INSERT INTO wide SELECT *, amount FROM member m "
                   "JOIN orders o ON m.id = o.member_id;\n")
    doc = lineage_file(str(etl), dialect="mysql", schema_path=str(ddl))
    got = {(e["source_table"], e["source_column"], e["target_column"]) for e in doc["edges"]}
    assert got == {("shop.member", "id", "id"), ("shop.member", "phone", "phone"),
                   ("shop.orders", "member_id", "member_id"), ("shop.orders", "amount", "amount")}


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(PrivflowError):
        lineage_file(str(tmp_path / "nope.sql"))


def test_cli_lineage_json_and_exit_code(tmp_path):
    sql = tmp_path / "a.sql"
    sql.write_text("INSERT INTO b (x) SELECT sha1(y) FROM a WHERE z > 1;\n")
    run = subprocess.run([sys.executable, "-m", "privflow", "lineage", str(sql), "--dialect",
                          "mysql", "--with-conditions", "--format", "json"],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["statements"] == 1
    assert {(e["source_column"], e["target_column"], e["transform"]) for e in doc["edges"]} == {
        ("y", "x", "hash"), ("z", None, "condition")}
    missing = subprocess.run([sys.executable, "-m", "privflow", "lineage",
                              str(tmp_path / "missing.sql")],
                             capture_output=True, text=True, check=False)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr


def test_trigger_rows_are_rows_of_the_trigger_table():
    assert edges("triggers.sql", "mysql") == {
        ("ums_member", "id", "ums_member_audit", "member_id", "identity", 3),
        ("ums_member", "phone", "ums_member_audit", "old_phone", "identity", 3),
        ("ums_member", "phone", "ums_member_audit", "new_phone_hash", "hash", 3),
    }
    assert edges("triggers_tsql.sql", "tsql") == {
        ("dbo.customer", "customerid", "dbo.customerhistory", "customerid", "identity", 4),
        ("dbo.customer", "email", "dbo.customerhistory", "email", "identity", 4),
    }


def test_case_inside_a_function_body_does_not_end_the_statement(tmp_path):
    sql = tmp_path / "f.sql"
    sql.write_text("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\n"
                   "BEGIN\n"
                   "  INSERT INTO t (band) SELECT CASE WHEN age < 14 THEN 'child'\n"
                   "    ELSE 'adult' END FROM person;\n"
                   "END $$;\n")
    doc = lineage_file(str(sql), dialect="postgres")
    assert doc["skipped"] == []
    assert [(e["source_column"], e["target_column"], e["transform"], e["line"])
            for e in doc["edges"]] == [("age", "band", "derive", 3)]


def test_bigquery_if_else_branches_cut_by_semicolons(tmp_path):
    sql = tmp_path / "s.sql"
    sql.write_text("IF n > 0 THEN\n  INSERT INTO ds.a (x) SELECT email FROM ds.users;\n"
                   "ELSE\n  INSERT INTO ds.b (y) SELECT phone FROM ds.users;\nEND IF;\n")
    doc = lineage_file(str(sql), dialect="bigquery")
    assert doc["skipped"] == []
    assert [(e["target_table"], e["target_column"], e["line"]) for e in doc["edges"]] == [
        ("ds.a", "x", 2), ("ds.b", "y", 4)]


def test_unknown_dialect_falls_back_per_statement(tmp_path):
    sql = tmp_path / "q.sql"
    sql.write_text("SELECT TOP 10 [Email] INTO #t FROM dbo.Customer\n")
    doc = lineage_file(str(sql))  # no --dialect, no marker for the file-level guess
    assert doc["skipped"] == []
    assert [(e["source_table"], e["target_table"], e["target_column"]) for e in doc["edges"]] \
        == [("dbo.customer", "#t", "email")]


def test_cursor_loop_records_read_the_cursor_query():
    plsql = {e for e in edges("cursor_loops_plsql.sql", "oracle") if e[2] is not None}
    assert plsql == {
        ("member", "id", "dw_member", "id", "identity", 5),
        ("member", "mobile", "dw_member", "mobile_hash", "hash", 5),
        ("person", "email", "contact", "email", "identity", 8),
    }
    plpgsql = {e for e in edges("cursor_loops_plpgsql.sql", "postgres") if e[2] is not None}
    assert plpgsql == {
        ("users", "id", "mail_list", "user_id", "identity", 7),
        ("users", "email", "mail_list", "email_hash", "hash", 7),
        ("users", "id", "sms_list", "user_id", "identity", 10),
        ("users", "phone", "sms_list", "phone", "identity", 10),
    }


@pytest.mark.parametrize("dialect,sql", [
    ("oracle", "BEGIN EXECUTE IMMEDIATE 'INSERT INTO a (x) SELECT md5(y) FROM b "
               "WHERE k = ''v'''; END;"),
    ("tsql", "CREATE PROCEDURE p AS BEGIN EXEC sp_executesql N'INSERT INTO a (x) "
             "SELECT md5(y) FROM b' END"),
    ("tsql", "CREATE PROCEDURE p AS BEGIN EXEC('INSERT INTO a (x) SELECT md5(y) FROM b') END"),
    ("bigquery", "BEGIN EXECUTE IMMEDIATE 'INSERT INTO a (x) SELECT md5(y) FROM b'; END;"),
])
def test_dynamic_sql_given_as_one_literal(dialect, sql, tmp_path):
    path = tmp_path / "dyn.sql"
    path.write_text(sql + "\n")
    doc = lineage_file(str(path), dialect=dialect)
    assert doc["skipped"] == []
    assert [(e["source_table"], e["source_column"], e["target_table"], e["target_column"],
             e["transform"]) for e in doc["edges"]] == [("b", "y", "a", "x", "hash")]
