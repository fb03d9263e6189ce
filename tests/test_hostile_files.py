"""Issue 15, files: hostile SQL files and trees (generators in tests/hostile/files_sql.py).
Each test fails on the code before the fix; none measures time (benchmarks/hostile_sizes.py
does, with the large sizes)."""

from __future__ import annotations

import json
import os
import sys

import pytest

from check_cli_helpers import privflow
from hostile import files_sql
from privflow.sources import load_paths
from privflow.sources.encoding import detect_encoding
from privflow.sources.walker import migration_key, natural


def _scan_json(tmp_path, *args):
    out = tmp_path / "scan.json"
    run = privflow(tmp_path, "scan", *args, "-o", str(out))
    data = json.loads(out.read_text("utf-8")) if out.exists() else None
    return run, data


def _skipped(data):
    return {(s["source"], s["error"]): s["reason"] for s in data["skipped"]}


def test_a_nul_byte_does_not_hide_a_migration_from_check(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    files_sql.nul_migration(repo)
    run = privflow(tmp_path, "check", "repo")
    # The ID-card column is found (exit 1: undeclared sensitive data), not passed over.
    assert run.returncode == 1, run.stderr
    assert "kyc.id_card" in run.stdout
    assert "NUL byte(s) removed" in run.stderr


def test_a_binary_sql_file_is_an_input_error_for_scan_and_check(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    files_sql.binary_sql(repo)
    (repo / "V1__ok.sql").write_text("CREATE TABLE ok (a INT);\n", "utf-8")
    run, data = _scan_json(tmp_path, "repo")
    assert run.returncode == 2
    assert list(data["tables"]) == ["ok"] or [t["id"] for t in data["tables"]] == ["ok"]
    assert any(e and "binary" in r for (_, e), r in _skipped(data).items())
    assert privflow(tmp_path, "check", "repo").returncode == 2


def test_utf16_without_a_bom_is_read():
    assert detect_encoding(files_sql.ID_CARD_DDL.encode("utf-16-le"))[0] == "utf-16-le"
    assert detect_encoding(files_sql.ID_CARD_DDL.encode("utf-16-be"))[0] == "utf-16-be"


def test_utf16_file_without_bom_gives_its_table(tmp_path):
    schema = load_paths([str(files_sql.utf16_without_bom(tmp_path))])
    assert "kyc16" in schema.tables and schema.tables["kyc16"].column("id_card")


@pytest.mark.parametrize("parens", [True, False], ids=["parentheses", "case-when"])
def test_a_5000_deep_expression_costs_its_statement_only(tmp_path, parens):
    files_sql.deep_expression(tmp_path, 5000, parens=parens)
    run, data = _scan_json(tmp_path, "deep.sql")
    assert run.returncode == 2, run.stderr  # bad input, reported; not exit 3
    assert data is not None, "the scan must be written"
    ids = {t["id"] for t in data["tables"]}
    assert {"kyc", "t", "after_it"} <= ids
    errors = [s for s in data["skipped"] if s["error"]]
    assert errors and all(s["source"].startswith("deep.sql:") for s in errors)


def test_an_internal_failure_in_one_file_is_isolated(tmp_path, monkeypatch):
    """A reader failure (RecursionError, MemoryError, ValueError, TypeError) in one file is a
    skipped entry; the other files are still read."""
    from privflow import sources

    (tmp_path / "a.sql").write_text("CREATE TABLE a (x INT);\n", "utf-8")
    (tmp_path / "b.sql").write_text("CREATE TABLE b (x INT);\n", "utf-8")
    real = sources.read_sql_file
    for failure in (RecursionError, MemoryError, ValueError, TypeError):
        def boom(path, *args, _failure=failure, **kwargs):
            if path.name == "a.sql":
                raise _failure("boom")
            return real(path, *args, **kwargs)

        monkeypatch.setattr(sources, "read_sql_file", boom)
        schema = load_paths([str(tmp_path)])
        assert list(schema.tables) == ["b"]
        assert [(s.path.endswith("a.sql"), s.error) for s in schema.skipped] == [(True, True)]


def test_an_oversized_view_is_skipped_with_the_reason(tmp_path, monkeypatch):
    from privflow.sources import guards

    monkeypatch.setattr(guards, "MAX_STATEMENT_CHARS", 64 << 10)
    files_sql.union_view(tmp_path, 200 << 10)
    schema = load_paths([str(tmp_path / "big_view.sql")])
    assert {"kyc", "after_it"} <= set(schema.tables)
    [skip] = [s for s in schema.skipped if s.error]
    assert skip.line == 5 and "over the" in skip.reason


@pytest.mark.parametrize("make", [files_sql.union_view, files_sql.one_long_word],
                         ids=["words", "one-word"])
def test_a_statement_too_long_to_hold_is_stepped_over(tmp_path, monkeypatch, make):
    from privflow.sources import splitter

    monkeypatch.setattr(splitter, "MAX_HELD", 1 << 20)
    monkeypatch.setattr(splitter, "MAX_HELD_OTHER", 1 << 20)
    schema = load_paths([str(make(tmp_path, 3 << 20))])
    assert {"kyc", "after_it"} <= set(schema.tables)
    assert any(s.error and "longer than" in s.reason for s in schema.skipped)


def test_blank_lines_are_not_held_and_lines_still_count(tmp_path):
    path = files_sql.whitespace(tmp_path, 2 << 20)
    schema = load_paths([str(path)])
    lines = path.read_bytes().count(b"\n") - files_sql.ID_CARD_DDL.count("\n")
    assert schema.tables["kyc"].source == f"{path}:{lines + 1}"


def test_a_newline_in_a_file_name_cannot_forge_an_output_line(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    files_sql.newline_name(repo)
    run = privflow(tmp_path, "scan", "repo", "-o", "out.json")
    assert not any(line.startswith("::") for line in run.stderr.splitlines())
    assert "x\\n::stop-commands::abc\\nx.sql" in run.stderr


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_a_non_utf8_file_name_gives_valid_sarif(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    files_sql.non_utf8_name(repo)
    run = privflow(tmp_path, "scan", "repo", "--format", "sarif", "-o", "out.sarif")
    assert run.returncode == 0, run.stderr
    sarif = json.loads((tmp_path / "out.sarif").read_text("utf-8"))
    uris = [loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in sarif["runs"][0]["results"] for loc in result["locations"]
            if "physicalLocation" in loc]
    # The name is shown with its undecodable bytes escaped; the SARIF is valid UTF-8 JSON.
    assert [u for u in uris if u.startswith("repo/bad-") and "xff" in u]


def test_a_non_decimal_digit_in_a_name_does_not_crash_the_walk(tmp_path):
    assert natural("img1①2.png")[:2] == ("img", 1)
    files_sql.non_decimal_digit_name(tmp_path)
    (tmp_path / "V1__a.sql").write_text("CREATE TABLE a (x INT);\n", "utf-8")
    assert list(load_paths([str(tmp_path)]).tables) == ["a"]
    sorted(["V1__a.sql", "img1①2.png", "2①.sql"], key=migration_key)


def test_symlinks_out_of_the_tree_are_notes_not_reads(tmp_path):
    repo, outside = tmp_path / "repo", tmp_path / "outside"
    repo.mkdir()
    outside.mkdir()
    files_sql.symlinks_out(repo, outside)
    (repo / "a.sql").write_text("CREATE TABLE a (x INT);\n", "utf-8")
    schema = load_paths([str(repo)])
    assert list(schema.tables) == ["a"]
    notes = {s.path: s.reason for s in schema.skipped if not s.error}
    assert set(notes) == {f"{repo}/x.sql", f"{repo}/ext"}
    followed = load_paths([str(repo)], follow_symlinks=True)
    assert "outside_secret" in followed.tables
    inner = repo / "inner.sql"
    inner.symlink_to(repo / "a.sql")  # a link inside the tree is still read (once)
    assert list(load_paths([str(repo)]).tables) == ["a"]


def test_follow_symlinks_flag(tmp_path):
    repo, outside = tmp_path / "repo", tmp_path / "outside"
    repo.mkdir()
    outside.mkdir()
    files_sql.symlinks_out(repo, outside)
    run, data = _scan_json(tmp_path, "repo", "--follow-symlinks")
    assert "outside_secret" in {t["id"] for t in data["tables"]}
    run, data = _scan_json(tmp_path, "repo")
    assert "outside_secret" not in {t["id"] for t in data["tables"]}
    assert run.returncode == 0 and "not followed" in run.stderr


def test_unreadable_files_are_skipped_and_the_scan_goes_on(tmp_path, monkeypatch):
    from privflow.sources import files

    (tmp_path / "a.sql").write_text("CREATE TABLE a (x INT);\n", "utf-8")
    (tmp_path / "b.sql").write_text("CREATE TABLE b (x INT);\n", "utf-8")
    files_sql.dangling_link(tmp_path)
    files_sql.fifo_sql(tmp_path)
    real = files.read_head

    def no_permission(path, *args):
        if path.name == "a.sql":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args)

    monkeypatch.setattr(files, "read_head", no_permission)
    schema = load_paths([str(tmp_path)])
    assert list(schema.tables) == ["b"]
    found = {os.path.basename(s.path): s.error for s in schema.skipped}
    assert found == {"a.sql": True, "gone.sql": False, "pipe.sql": True}


def test_a_dbt_project_that_breaks_the_loader_costs_only_itself(tmp_path, monkeypatch):
    from privflow import sources

    (tmp_path / "a.sql").write_text("CREATE TABLE a (x INT);\n", "utf-8")
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "dbt_project.yml").write_text("name: p\n", "utf-8")

    def broken(found, schema):
        raise TypeError("unhashable type: 'list'")

    monkeypatch.setattr(sources, "_load_dbt", broken)
    schema = load_paths([str(tmp_path)])
    assert list(schema.tables) == ["a"]
    assert [(s.path.endswith("proj"), s.error) for s in schema.skipped] == [(True, True)]


def test_a_reason_with_a_line_break_stays_on_one_stderr_line(tmp_path):
    """Whatever a skipped entry's reason quotes, each warning is one line of stderr."""
    from privflow.sanitize import message_text

    assert message_text("bad\n::error::forged\r\x1b[31m") == "bad\\n::error::forged"
    repo = tmp_path / "repo"
    repo.mkdir()
    files_sql.newline_name(repo)
    run = privflow(tmp_path, "scan", "repo", "-o", "out.json")
    assert all(line.startswith("privflow: ") for line in run.stderr.splitlines())
