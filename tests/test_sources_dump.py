"""Dump rows: a bounded sample per column, in memory only, without parsing rows."""

from __future__ import annotations

import json

import pytest

from privflow.schema import ScanResult
from privflow.sources import load_paths
from privflow.sources.values import VALUES_HEAD, read_rows

TABLE = ("CREATE TABLE `ums_member` (\n  `id` bigint(20) NOT NULL,\n"
         "  `phone` varchar(64) COMMENT '手机号码',\n  `note` text\n) ENGINE=InnoDB;\n")


def scan(tmp_path, text: str, **kwargs):
    path = tmp_path / "dump.sql"
    path.write_text(text, "utf-8")
    return load_paths([str(path)], **kwargs)


def test_positional_and_column_list_inserts_fill_the_right_columns(tmp_path):
    schema = scan(tmp_path, TABLE + (
        "INSERT INTO `ums_member` VALUES (1,'13800138000','it\\'s'),(2,'13900139000',NULL);\n"
        "INSERT INTO ums_member (`note`, `id`) VALUES ('a''b', 3);\n"))
    member = schema.tables["ums_member"]
    assert member.column("id").samples == [1, 2, 3]
    assert member.column("phone").samples == ["13800138000", "13900139000"]
    assert member.column("note").samples == ["it's", "a'b"]  # NULL is not a sample
    assert not schema.statements  # INSERT ... VALUES is data, not lineage


def test_sample_is_bounded_per_column(tmp_path):
    rows = ",".join(f"({i},'1380013{i:04d}','n')" for i in range(500))
    schema = scan(tmp_path, TABLE + f"INSERT INTO `ums_member` VALUES {rows};\n" * 3,
                  sample_rows=25)
    phone = schema.tables["ums_member"].column("phone")
    assert phone.samples == [f"1380013{i:04d}" for i in range(25)]


def test_sampling_off_reads_no_values(tmp_path):
    schema = scan(tmp_path, TABLE + "INSERT INTO `ums_member` VALUES (1,'x','y');\n",
                  sample_rows=0)
    assert all(not c.samples for c in schema.tables["ums_member"].columns.values())


def test_samples_never_reach_the_json(tmp_path):
    schema = scan(tmp_path, TABLE + "INSERT INTO `ums_member` VALUES (1,'13800138000','z');\n")
    assert schema.tables["ums_member"].column("phone").samples == ["13800138000"]
    assert "13800138000" not in json.dumps(ScanResult(schema=schema).to_json())


def test_pg_dump_copy_rows_are_sampled_and_not_parsed_as_sql(tmp_path):
    schema = scan(tmp_path, (
        "CREATE TABLE public.actor (actor_id integer, first_name text, last_update text);\n"
        "COPY public.actor (actor_id, first_name, last_update) FROM stdin;\n"
        "1\tPENELOPE\t2022-02-15 09:34:33+00\n2\tNICK; DROP\t\\N\n\\.\n\n"
        "CREATE TABLE public.after_copy (x integer);\n"), dialect="postgres")
    actor = schema.tables["public.actor"]
    assert actor.column("first_name").samples == ["PENELOPE", "NICK; DROP"]
    assert actor.column("last_update").samples == ["2022-02-15 09:34:33+00"]
    assert "public.after_copy" in schema.tables
    assert not schema.skipped


def test_insert_select_is_a_lineage_statement_not_a_sample(tmp_path):
    schema = scan(tmp_path, TABLE + "INSERT INTO ums_member (id) SELECT id FROM other;\n")
    assert [s.sql for s in schema.statements] == [
        "INSERT INTO ums_member (id) SELECT id FROM other"]
    assert schema.statements[0].line == 6 and schema.statements[0].dialect == "mysql"


def test_value_reader_handles_calls_numbers_and_escapes():
    text = "INSERT INTO t VALUES (1, -2.5e1, 'a\\nb', now(), 0x1F, N'名字'),(2,NULL,'',x(1,2),1,'')"
    head = VALUES_HEAD.match(text)
    assert head.group("table") == "t"
    assert read_rows(text, head.end(), 10) == [
        [1, -25.0, "a\nb", "now()", "0x1F", "名字"], [2, None, "", "x(1,2)", 1, ""]]
    assert read_rows(text, head.end(), 1) == [[1, -25.0, "a\nb", "now()", "0x1F", "名字"]]


def test_a_large_dump_streams_through_small_chunks(tmp_path, monkeypatch):
    # Force tiny read chunks: statements, quotes and rows cross chunk boundaries everywhere.
    import privflow.sources.encoding as encoding

    monkeypatch.setattr(encoding, "CHUNK_BYTES", 97)
    rows = ",".join(f"({i},'1{i:010d}','x;y''z')" for i in range(300))
    schema = scan(tmp_path, TABLE + f"INSERT INTO `ums_member` VALUES {rows};\n" * 20
                  + "CREATE TABLE tail (a INT);\n", sample_rows=5)
    assert schema.tables["ums_member"].column("note").samples == ["x;y'z"] * 5
    assert schema.tables["tail"].source.endswith("dump.sql:26")
    assert schema.files[0].statements == 22


@pytest.mark.parametrize("separator", [",\n", ","])  # one row a line, or all on one line
def test_one_huge_insert_is_sampled_without_holding_it(tmp_path, monkeypatch, separator):
    import tracemalloc

    import privflow.sources.encoding as encoding
    import privflow.sources.splitter as splitter

    monkeypatch.setattr(encoding, "CHUNK_BYTES", 1 << 16)
    monkeypatch.setattr(splitter, "MAX_HELD", 1 << 18)
    monkeypatch.setattr(splitter, "HEAD_HELD", 1 << 14)
    monkeypatch.setattr(splitter, "LONG_LINE", 1 << 16)
    rows = separator.join(f"({i},'1{i:010d}','row; {i}')" for i in range(150_000))
    text = TABLE + f"INSERT INTO `ums_member` VALUES {rows};\nCREATE TABLE tail (a INT);\n"
    (tmp_path / "dump.sql").write_text(text, "utf-8")
    assert len(text) > 4_000_000
    tracemalloc.start()
    schema = load_paths([str(tmp_path / "dump.sql")], sample_rows=10)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 2_000_000  # the statement is 4+ MB
    assert schema.tables["ums_member"].column("phone").samples == [
        f"1{i:010d}" for i in range(10)]
    assert schema.tables["tail"].source.endswith(f"dump.sql:{text.count(chr(10))}")


def test_mysqldump_versioned_comments_hold_views_and_triggers():
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "sources" / "mysqldump.sql"
    schema = load_paths([str(path)])
    assert schema.files[0].dialect == "mysql"
    assert schema.tables["film"].column("title").samples == ["ACADEMY DINOSAUR",
                                                             "ACE GOLDFINGER"]
    view = schema.tables["film_list"]
    assert (view.kind, view.source.endswith(":25")) == ("view", True)
    assert [c.name for c in view.columns.values()] == ["FID", "title"]
    assert "FROM `film`" in view.definition
    trigger = [s for s in schema.statements if "TRIGGER" in s.sql]
    assert [s.line for s in trigger] == [18]
    assert "INSERT INTO film_text" in trigger[0].sql
    assert [(s.line, "procedure" in s.reason) for s in schema.skipped] == [(18, True)]


def test_positional_rows_follow_columns_added_after_and_first(tmp_path):
    schema = scan(tmp_path, (
        "CREATE TABLE t (a INT, c INT) ENGINE=InnoDB;\n"
        "ALTER TABLE t ADD COLUMN b VARCHAR(9) AFTER a, ADD COLUMN z INT FIRST;\n"
        "INSERT INTO t VALUES (0, 1, 'bee', 3);\n"))
    table = schema.tables["t"]
    assert list(table.columns) == ["z", "a", "b", "c"]
    assert [table.column(n).samples for n in "zabc"] == [[0], [1], ["bee"], [3]]
