"""A broken statement costs only itself: the scan resynchronises and reports file and line."""

from __future__ import annotations

from privflow.sources import load_paths


def scan_text(tmp_path, text: str, name: str = "x.sql", **kwargs):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return load_paths([str(path)], **kwargs)


def test_unclosed_quote_resynchronises_at_the_next_statement(tmp_path):
    schema = scan_text(tmp_path, (
        "CREATE TABLE a (x INT) ENGINE=InnoDB;\n"
        "INSERT INTO a VALUES ('it is not closed);\n"
        "CREATE TABLE b (y INT COMMENT 'kept');\n"
        "CREATE TABLE c (z INT);\n"))
    assert list(schema.tables) == ["a", "b", "c"]
    assert schema.tables["b"].column("y").comment == "kept"
    assert schema.tables["c"].source.endswith("x.sql:4")
    assert [(s.line, s.reason.startswith("unclosed quote")) for s in schema.skipped] == [(2, True)]


def test_quote_left_open_at_end_of_file_does_not_lose_earlier_tables(tmp_path):
    schema = scan_text(tmp_path, "CREATE TABLE a (x INT);\nSELECT 'oops FROM a;\n")
    assert list(schema.tables) == ["a"]
    assert [s.line for s in schema.skipped] == [2]


def test_unknown_clause_keeps_the_table_through_the_tolerant_reader(tmp_path):
    schema = scan_text(tmp_path, (
        "CREATE TABLE t (\n"
        "  id BIGINT NOT NULL VENDOR_MAGIC(42),\n"
        "  phone VARCHAR(20) COMMENT '电话' WEIRD OPTION,\n"
        "  PRIMARY KEY (id)\n"
        ") SOME_STORAGE_CLAUSE = 'x' FOO BAR;\n"
        "CREATE TABLE u (a INT);\n"), dialect="mysql")
    table = schema.tables["t"]
    assert "parse:tolerant" in table.evidence
    assert [(c.name, c.type, c.comment) for c in table.columns.values()] == [
        ("id", "bigint", None), ("phone", "varchar(20)", "电话")]
    assert table.column("id").primary_key
    assert "u" in schema.tables
    assert any(s.line == 1 and "tolerantly" in s.reason for s in schema.skipped)


def test_procedures_triggers_and_delimiter_blocks_are_skipped_with_file_and_line(tmp_path):
    schema = scan_text(tmp_path, (
        "CREATE TABLE film (id INT, title VARCHAR(20));\n"
        "DELIMITER ;;\n"
        "CREATE TRIGGER ins_film AFTER INSERT ON film FOR EACH ROW BEGIN\n"
        "  INSERT INTO film_text (film_id) VALUES (new.id);\n"
        "END;;\n"
        "DELIMITER ;\n"
        "DELIMITER //\n"
        "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END //\n"
        "DELIMITER ;\n"
        "CREATE TABLE film_text (film_id INT);\n"), dialect="mysql")
    assert list(schema.tables) == ["film", "film_text"]
    assert [(s.line, "procedure" in s.reason) for s in schema.skipped] == [(3, True), (8, True)]
    # Bodies are kept raw for the lineage engineer.
    assert [s.line for s in schema.statements] == [3, 8]
    assert "INSERT INTO film_text" in schema.statements[0].sql


def test_statements_that_do_not_parse_are_skipped_and_the_rest_completes(tmp_path):
    schema = scan_text(tmp_path, (
        "CREATE TABLE a (x INT);\n"
        "THIS IS NOT SQL AT ALL (((;\n"
        "SET NAMES utf8mb4;\n"
        "CREATE TABLE b (y INT);\n"))
    assert list(schema.tables) == ["a", "b"]
    assert [(s.line, s.reason.startswith("not understood")) for s in schema.skipped] == [
        (2, True)]


def test_postgres_functions_in_dollar_quotes_do_not_split(tmp_path):
    schema = scan_text(tmp_path, (
        "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  UPDATE a SET x = 1;\n"
        "  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n"
        "CREATE TABLE public.a (x integer);\n"
        "COMMENT ON COLUMN public.a.x IS 'the x';\n"), dialect="postgres")
    assert schema.tables["public.a"].column("x").comment == "the x"
    assert schema.tables["public.a"].source.endswith(":7")
    assert [s.line for s in schema.skipped] == [1]


def test_missing_path_is_one_usage_error(tmp_path):
    import pytest

    from privflow.errors import PrivflowError

    with pytest.raises(PrivflowError) as error:
        load_paths([str(tmp_path / "nope")])
    assert str(error.value) == f"{tmp_path / 'nope'}: no such file or folder"
