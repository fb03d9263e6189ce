"""The statement splitter: terminators, quotes, comments, batches, lines, chunk boundaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from privflow.sources.splitter import LEXES, StatementSplitter, split_text


def texts(sql: str, dialect: str = "") -> list[tuple[int, str]]:
    return [(s.line, s.text) for s in split_text(sql, dialect)]


def test_semicolons_inside_strings_comments_and_identifiers_do_not_split():
    sql = ("SELECT ';' AS a, \"x;y\" -- c;omment\nFROM t; /* a; b */ SELECT `q;` FROM u;\n"
           "# mysql; comment\nSELECT 3;")
    assert texts(sql, "mysql") == [
        (1, "SELECT ';' AS a, \"x;y\" -- c;omment\nFROM t"),
        (2, "SELECT `q;` FROM u"),
        (4, "SELECT 3"),
    ]


def test_backslash_escapes_only_where_the_dialect_has_them():
    assert texts("SELECT 'a\\';b'; SELECT 2;", "mysql") == [(1, "SELECT 'a\\';b'"),
                                                           (1, "SELECT 2")]
    assert texts("SELECT 'C:\\'; SELECT 2;", "postgres") == [(1, "SELECT 'C:\\'"),
                                                            (1, "SELECT 2")]


def test_tsql_go_batches_and_brackets():
    sql = "CREATE TABLE [a;b] (x INT)\nGO\nSELECT 1\ngo\n  GO  \nSELECT 2"
    assert texts(sql, "tsql") == [(1, "CREATE TABLE [a;b] (x INT)"), (3, "SELECT 1"),
                                  (6, "SELECT 2")]


def test_oracle_blocks_end_at_slash():
    sql = ("BEGIN\n  DELETE FROM a;\n  COMMIT;\nEND;\n/\nCREATE TABLE b (x NUMBER);\n"
           "SELECT 1 / 2 FROM dual;")
    statements = split_text(sql, "oracle")
    assert [(s.line, s.block) for s in statements] == [(1, True), (6, False), (7, False)]
    assert statements[2].text == "SELECT 1 / 2 FROM dual"


def test_leading_comments_are_kept_for_pragmas_and_lines_point_at_the_first_token():
    statements = split_text("SELECT 1;\n\n-- privflow: ignore\n/* x */\n  CREATE TABLE t (a INT);")
    assert statements[1].line == 5
    assert "-- privflow: ignore" in statements[1].leading


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_any_chunking_gives_the_same_statements(size):
    sql = (Path(__file__).parent / "fixtures/sources/dialects/postgres.sql").read_text("utf-8")
    sql += ("\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
            "COPY t (a) FROM stdin;\n1\n2\n\\.\nSELECT 'x\ny;z';\n")
    whole = [(s.line, s.text, s.data) for s in split_text(sql, "postgres")]
    chunks = [sql[i:i + size] for i in range(0, len(sql), size)]
    pieces = [(s.line, s.text, s.data)
              for s in StatementSplitter(LEXES["postgres"]).split(chunks)]
    assert pieces == whole
    assert whole[-1] == (12, "SELECT 'x\ny;z'", None)
    assert (8, "COPY t (a) FROM stdin", ["1", "2"]) in whole


def test_psql_meta_commands_end_at_the_newline():
    sql = ("\\restrict k\nSET x = 1;\n\\connect shop\nCREATE TABLE a (x int);\n"
           "COPY a (x) FROM stdin;\n1\n\\.\n\\unrestrict k\nCREATE TABLE b (y int);\n")
    assert [(s.line, s.text, s.data) for s in split_text(sql, "postgres")] == [
        (2, "SET x = 1", None), (4, "CREATE TABLE a (x int)", None),
        (5, "COPY a (x) FROM stdin", ["1"]), (9, "CREATE TABLE b (y int)", None)]
