"""A wrong dialect guess never loses tables silently: the guess reads code only and weighs
decisive markers first, and every file's CREATE heads are counted against the tables read."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus import CORPUS_FILES, NO_CORPUS
from privflow.sources import load_paths
from privflow.sources.dialects import guess_dialect, rank_dialects
from privflow.sources.fastddl import read_plain_create
from privflow.sources.splitter import split_text

# An independent count for the tests: CREATE [TEMPORARY] TABLE/VIEW at a line start.
HEADS = re.compile(r"^[ \t]*CREATE\s+(?:OR\s+REPLACE\s+)?(?:MATERIALIZED\s+)?(TABLE|VIEW)\b",
                   re.IGNORECASE | re.MULTILINE)
PLPGSQL_FUNCTION = """CREATE OR REPLACE FUNCTION route() RETURNS trigger AS $$
BEGIN
  IF NEW.kind = 1 THEN INSERT INTO part_1 VALUES (NEW.*); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def errors(schema) -> list[tuple[int | None, str]]:
    return [(s.line, s.reason) for s in schema.skipped if s.error]


# --- the guess --------------------------------------------------------------------------------

def test_comments_and_strings_do_not_vote():
    text = ("-- source: repo @ abc (blob c60bbaf0); NUMBER(10) VARCHAR2 ENGINE=InnoDB\n"
            "/* GO\n*/\nCREATE TABLE t (a int, note varchar(10) DEFAULT 'VARCHAR2 GO');\n")
    assert guess_dialect(text) == ("", "no dialect markers")


@pytest.mark.parametrize("text, dialect, reason", [
    # A PL/pgSQL body outweighs a NUMBER(p) column.
    ("CREATE TABLE a (n NUMBER(10));\n" + PLPGSQL_FUNCTION, "postgres", "LANGUAGE plpgsql"),
    ("CREATE TABLE c (id SERIAL, x int);\nCREATE TABLE d () INHERITS (c);", "postgres",
     "INHERITS"),
    ("SELECT '1'::integer;", "postgres", "::casts"),
    ("CREATE TABLE `t` (`id` int(11) NOT NULL AUTO_INCREMENT) ENGINE=InnoDB;", "mysql",
     "ENGINE="),
    ("CREATE TABLE [dbo].[t] ([a] NVARCHAR(MAX))\nGO\n", "tsql", "GO batches"),
    ("CREATE TABLE t (a VARCHAR2(10), n NUMBER(5));\n/\n", "oracle", "VARCHAR2"),
    ("CREATE TABLE t (a STRING) STORED AS ORC;", "hive", "STORED AS"),
    ("CREATE TABLE t (a String) USING DELTA;", "spark", "USING format"),
    ("CREATE TABLE t (a UInt64) ENGINE = MergeTree ORDER BY a;", "clickhouse",
     "ClickHouse engine"),
    ("CREATE TRANSIENT TABLE t (v VARIANT);", "snowflake", "Snowflake types"),
    ("CREATE TABLE `p.d.t` (a INT64);", "bigquery", "BigQuery syntax"),
    ("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT) WITHOUT ROWID;", "sqlite",
     "SQLite syntax"),
    # MySQL's SYSDATE() is no Oracle evidence; its DELIMITER $$ is no dollar quote.
    ("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT SYSDATE(); END$$\nDELIMITER ;\n",
     "mysql", "DELIMITER"),
])
def test_decisive_evidence_decides_and_is_reported(text, dialect, reason):
    best, why = guess_dialect(text)
    assert best == dialect
    assert reason in why.removeprefix("guessed: ").split(", ")


def test_ranking_keeps_the_runners_up():
    ranked = rank_dialects("CREATE TABLE a (n NUMBER(10));\n" + PLPGSQL_FUNCTION)
    assert [v.dialect for v in ranked] == ["postgres", "oracle"]
    assert ranked[0].score > ranked[1].score


# --- the completeness check -----------------------------------------------------------------

def late_function_file(tmp_path: Path) -> Path:
    """Oracle-looking columns fill the head the guess reads; a PL/pgSQL function comes later,
    and Oracle's lexis would run it to the end of the file."""
    tables = "".join(f"CREATE TABLE t{i} (a NUMBER(10), b int);\n" for i in range(1200))
    return write(tmp_path / "late.sql", tables + PLPGSQL_FUNCTION
                 + "CREATE TABLE after_fn (id int, email text);\n"
                 + "CREATE VIEW v_after AS SELECT id FROM after_fn;\n")


def test_a_wrong_guess_is_read_again_and_keeps_every_table(tmp_path):
    path = late_function_file(tmp_path)
    assert guess_dialect(path.read_text("utf-8"))[0] == "oracle"
    schema = load_paths([str(path)])
    assert "after_fn" in schema.tables and "v_after" in schema.tables
    assert len(schema.tables) == len(HEADS.findall(path.read_text("utf-8"))) == 1202
    source = schema.files[0]
    assert source.dialects_tried[0] == "oracle" and len(source.dialects_tried) >= 2
    assert source.create_heads == source.tables == 1202
    assert source.dialect_reason.startswith("read as ")
    assert "as oracle 2 of 1202 CREATE TABLE/VIEW heads gave no table" in source.dialect_reason
    assert source.dialect_scores == {"oracle": 6}
    assert not errors(schema)


def test_a_forced_wrong_dialect_lists_every_lost_table_with_its_line(tmp_path):
    path = late_function_file(tmp_path)
    schema = load_paths([str(path)], dialect="oracle")
    assert "after_fn" not in schema.tables
    assert schema.files[0].dialects_tried == ["oracle"]  # the user's choice stands
    lines = path.read_text("utf-8").split("\n")
    assert [(line, lines[line - 1].split(" (")[0]) for line, _ in errors(schema)] == [
        (1207, "CREATE TABLE after_fn"), (1208, "CREATE VIEW v_after AS SELECT id FROM after_fn;")]
    assert all("swallowed by the statement at line 1201" in why for _, why in errors(schema))


def test_the_cli_exits_2_after_writing_the_scan_when_a_table_is_lost(tmp_path):
    path = late_function_file(tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run([sys.executable, "-m", "privflow", "scan", str(path), "--dialect",
                          "oracle", "--format", "json"], env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 2
    data = json.loads(run.stdout)
    assert {s["source"] for s in data["skipped"] if s["error"]} == {
        f"{path}:1207", f"{path}:1208"}
    assert f"{path}:1207: skipped: CREATE TABLE after_fn not read" in run.stderr
    file = data["files"][0]
    assert (file["create_heads"], file["tables"], file["dialects_tried"]) == (1202, 1200,
                                                                               ["oracle"])


def test_tables_of_a_routine_are_its_own(tmp_path):
    # A procedure's temporary table is not the schema: in a DELIMITER block, in a T-SQL
    # procedure with no closing GO, in a PL/pgSQL body.
    mysql = write(tmp_path / "m.sql", "CREATE TABLE `a` (`id` int) ENGINE=InnoDB;\n"
                  "DELIMITER ;;\nCREATE PROCEDURE p() BEGIN\n"
                  "  CREATE TEMPORARY TABLE tmp (id INT);\n  DROP TABLE tmp;\nEND;;\n"
                  "DELIMITER ;\nCREATE TABLE `b` (`id` int) ENGINE=InnoDB;\n")
    tsql = write(tmp_path / "t.sql", "CREATE TABLE [dbo].[a] ([id] INT)\nGO\n"
                 "CREATE PROCEDURE dbo.p AS\nBEGIN\n  CREATE TABLE #work (id INT);\n"
                 "  SELECT 1;\nEND\n")
    pg = write(tmp_path / "p.sql", "CREATE TABLE a (id serial);\nCREATE FUNCTION f() "
               "RETURNS void AS $$\nBEGIN\n  CREATE TEMP TABLE w (id int);\nEND;\n"
               "$$ LANGUAGE plpgsql;\nCREATE TABLE b (id int);\n")
    for path, tables in [(mysql, {"a", "b"}), (tsql, {"dbo.a"}), (pg, {"a", "b"})]:
        schema = load_paths([str(path)])
        assert set(schema.tables) == tables, path.name
        assert not errors(schema), path.name
        assert len(schema.files[0].dialects_tried) == 1, path.name


def test_a_table_swallowed_by_an_open_quote_is_an_error_at_its_line(tmp_path):
    # Whatever the dialect, the text after the stray quote is one string: no reading recovers
    # the table, so it is named as an error at its line rather than dropped.
    path = write(tmp_path / "q.sql", "CREATE TABLE a (id int);\n"
                 "INSERT INTO a VALUES ('no end); CREATE TABLE b (id int);\n")
    schema = load_paths([str(path)])
    assert list(schema.tables) == ["a"]
    assert [line for line, _ in errors(schema)] == [2, 2]
    assert "CREATE TABLE b not read: swallowed by the statement at line 2" in errors(schema)[1][1]
    assert schema.files[0].create_heads == 2 and schema.files[0].tables == 1


# --- mixed folders ----------------------------------------------------------------------------

def test_a_postgres_migrations_folder_beside_a_mysql_dump(tmp_path):
    write(tmp_path / "migrations" / "V1__init.sql",
          "CREATE TABLE users (id SERIAL PRIMARY KEY, email text NOT NULL);\n"
          "CREATE TABLE events (id bigint, user_id int, at timestamptz);\n"
          "CREATE TABLE events_2024 () INHERITS (events);\n" + PLPGSQL_FUNCTION
          + "CREATE TABLE audit (id bigserial, payload jsonb);\n")
    write(tmp_path / "migrations" / "V2__phone.sql",
          "ALTER TABLE users ADD COLUMN phone varchar(20);\n"
          "CREATE TABLE sessions (id int, user_id int, token text);\n")
    write(tmp_path / "dump" / "shop.sql",
          "/*!40101 SET NAMES utf8mb4 */;\nDROP TABLE IF EXISTS `users`;\n"
          "CREATE TABLE `users` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
          "  `mobile` varchar(20) COMMENT '手机号',\n  PRIMARY KEY (`id`)\n"
          ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
          "DELIMITER ;;\nCREATE PROCEDURE purge() BEGIN\n"
          "  CREATE TEMPORARY TABLE gone (id INT);\n  DELETE FROM orders WHERE id = 0;\nEND;;\n"
          "DELIMITER ;\n"
          "CREATE TABLE `orders` (`id` int(11) NOT NULL, `note` text COMMENT 'it\\'s') "
          "ENGINE=InnoDB;\n")
    schema = load_paths([str(tmp_path / "migrations"), str(tmp_path / "dump")])
    dialects = {Path(f.path).name: (f.dialect, f.create_heads, f.tables) for f in schema.files}
    assert dialects == {"V1__init.sql": ("postgres", 4, 4), "V2__phone.sql": ("postgres", 1, 1),
                        "shop.sql": ("mysql", 2, 2)}
    assert schema.files[1].dialect_reason == "guessed: like V1__init.sql"
    assert {"events_2024", "audit", "sessions", "orders"} <= set(schema.tables)
    # The dump's `users` replaces the migrations' one: same id, applied later.
    assert list(schema.tables["users"].columns) == ["id", "mobile"]
    assert schema.tables["orders"].column("note").comment == "it's"
    assert not errors(schema)


# --- the dev corpus without --dialect -------------------------------------------------------

@pytest.mark.skipif(not CORPUS_FILES, reason=NO_CORPUS)
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_every_corpus_head_is_a_table_without_dialect(path):
    schema = load_paths([str(path)])
    source = schema.files[0]
    assert source.create_heads == source.tables
    assert source.tables == len(schema.tables) >= 10
    assert len(source.dialects_tried) == 1  # the guess was right the first time
    assert not errors(schema)


# --- schema placeholders --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["@cdmDatabaseSchema.person", "{{ target.schema }}.person",
                                  "${db}.person", ":schema.person"])
def test_a_schema_placeholder_is_no_part_of_the_table_id(tmp_path, name):
    text = f"CREATE TABLE {name} (person_id integer NOT NULL, email varchar(50) NULL)"
    fast = read_plain_create(text, "x", None)
    assert fast is not None and fast.table.id == "person"
    slow = load_paths([str(write(tmp_path / "p.sql", text + ";\nCOMMENT ON COLUMN "
                                 f"{name}.email IS 'mail';\n"))])
    assert list(slow.tables) == ["person"]
    assert slow.tables["person"].column("email").comment == "mail"
    assert split_text(text)[0].text.startswith("CREATE TABLE")


def test_sqlplus_line_commands_end_at_the_newline(tmp_path):
    # Oracle install scripts: `rem` and `Prompt` lines carry no `;` and used to glue themselves
    # to the next CREATE TABLE, which then read as nothing.
    path = write(tmp_path / "hr.sql", "rem\nrem NAME hr_create.sql\nrem\n\nSET ECHO OFF\n"
                 "SET FEEDBACK 1\n\nPrompt ******  Creating REGIONS table ....\n\n"
                 "CREATE TABLE regions\n    ( region_id NUMBER\n    , region_name VARCHAR2(25)\n"
                 "    );\n\nREM another remark\nPROMPT next\n"
                 "CREATE OR REPLACE PROCEDURE touch IS\nBEGIN\n  UPDATE regions\n"
                 "SET region_name = 'x';\nEND;\n/\n"
                 "CREATE TABLE countries (country_id CHAR(2), prompt VARCHAR2(10));\n")
    schema = load_paths([str(path)])
    assert schema.files[0].dialect == "oracle"
    assert "SQL*Plus commands" in schema.files[0].dialect_reason
    assert set(schema.tables) == {"regions", "countries"}
    assert schema.tables["regions"].source.endswith("hr.sql:10")
    assert list(schema.tables["countries"].columns) == ["country_id", "prompt"]
    assert [s.sql.split()[4] for s in schema.statements] == ["touch"]
    assert "SET region_name" in schema.statements[0].sql
    assert not errors(schema)


def test_a_tsql_create_table_guarded_by_if_on_one_line_is_read(tmp_path):
    # Lost without a word before the completeness check existed.
    path = write(tmp_path / "guard.sql",
                 "IF OBJECT_ID('dbo.t1') IS NULL CREATE TABLE dbo.t1 (a int, email NVARCHAR(MAX))\n"
                 "GO\nIF NOT EXISTS (SELECT * FROM sys.tables WHERE name = 't2')\nBEGIN\n"
                 "  CREATE TABLE [dbo].[t2] ([a] INT)\nEND\nGO\n"
                 "IF NOT EXISTS (SELECT 1 FROM sys.views WHERE name = 'v')\n"
                 "  EXEC('CREATE VIEW dbo.v AS SELECT 1 AS x')\nGO\n")
    schema = load_paths([str(path)])
    assert {t.id: t.source.rsplit(":", 1)[1] for t in schema.tables.values()} == {
        "dbo.t1": "1", "dbo.t2": "5"}
    assert list(schema.tables["dbo.t1"].columns) == ["a", "email"]
    assert (schema.files[0].create_heads, schema.files[0].tables) == (2, 2)
    assert not errors(schema)


def test_a_note_after_a_columns_type_is_not_part_of_the_type(tmp_path: Path) -> None:
    # A generator writes each column's domain after its type (the Dutch population
    # register's DDL); a CHECK in the same table sends it past the fast reader.
    path = write(tmp_path / "persadres.sql", """CREATE TABLE persadres (
  Huisnr Integer /* Huisnr */,
  Huisletter Varchar(1) CHECK (Huisletter <> '') /* Huisletter */,
  Wplnaam Varchar(80) -- Woonplaatsnaam
);
""")
    columns = load_paths([str(path)]).tables["persadres"].columns
    assert {c.name: c.type for c in columns.values()} == {
        "Huisnr": "integer", "Huisletter": "varchar(1)", "Wplnaam": "varchar(80)"}


def test_a_columns_line_comment_is_its_comment(tmp_path: Path) -> None:
    # Hand-written DDL documents its columns at the end of their lines; a COMMENT clause,
    # a pragma and a string holding dashes are not such notes.
    path = write(tmp_path / "partner.sql", """CREATE TABLE p_partner (
  p_partner_key char(10) not null,      /*  --  */
  p_gender char(1) null,                /* M=male, F=female, C=couple -- */
  p_surname varchar(64) null, -- family name
  p_title varchar(64) DEFAULT '--' COMMENT 'salutation',
  p_code varchar(8) DEFAULT 'a--b',
  p_notes text -- privflow: ignore
);
""")
    columns = load_paths([str(path)]).tables["p_partner"].columns
    assert {c.name: c.comment for c in columns.values()} == {
        "p_partner_key": None, "p_gender": "M=male, F=female, C=couple",
        "p_surname": "family name", "p_title": "salutation", "p_code": None, "p_notes": None}
