"""Issue 15, outputs: `-o` never deletes what privflow did not write, never writes through a
symbolic link, never leaves a half-written file, and names the file when it cannot write."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from check_cli_helpers import EXAMPLE, privflow
from hostile import outputs_dirs
from privflow import output
from privflow.errors import PrivflowError
from privflow.report.manifest import MANIFEST, write_outputs
from privflow.sanitize import markdown_cell


def test_report_keeps_files_it_did_not_write(tmp_path):
    out = tmp_path / "out"
    theirs = outputs_dirs.report_folder_with_user_files(out)
    write_outputs(out, {"md": {"ropa.md": b"# one"}, "csv": {"ropa-gaps.csv": b"a"}})
    for name, data in theirs.items():
        assert (out / name).read_bytes() == data
    # A csv-only run leaves the earlier md alone; an md run that no longer has a diagram
    # removes that diagram, which an earlier md run wrote.
    write_outputs(out, {"md": {"ropa.md": b"# one", "ropa-x.svg": b"<svg/>"}})
    write_outputs(out, {"csv": {"ropa-gaps.csv": b"b"}})
    assert (out / "ropa.md").exists() and (out / "ropa-x.svg").exists()
    write_outputs(out, {"md": {"ropa.md": b"# two"}})
    assert not (out / "ropa-x.svg").exists()
    assert (out / "ropa-gaps.csv").read_bytes() == b"b"
    manifest = json.loads((out / MANIFEST).read_text("utf-8"))
    assert sorted(manifest["formats"]) == ["csv", "md"]


def test_report_keeps_a_file_a_person_edited_since(tmp_path):
    out = tmp_path / "out"
    write_outputs(out, {"html": {"ropa.html": b"<p>generated</p>"}})
    (out / "ropa.html").write_bytes(b"<p>signed</p>")
    write_outputs(out, {"html": {"ropa-other.html": b"x"}})
    assert (out / "ropa.html").read_bytes() == b"<p>signed</p>"


def test_report_command_keeps_user_files(tmp_path):
    out = tmp_path / "out"
    theirs = outputs_dirs.report_folder_with_user_files(out)
    run = privflow(EXAMPLE.parent, "report", "-o", str(out), "--format", "csv")
    assert run.returncode == 0, run.stderr
    assert all((out / name).read_bytes() == data for name, data in theirs.items())


def test_report_refuses_a_symlinked_folder(tmp_path):
    link = outputs_dirs.symlinked_output_folder(tmp_path, tmp_path / "victim")
    with pytest.raises(PrivflowError, match="symbolic link"):
        write_outputs(link, {"md": {"ropa.md": b"# new"}})
    assert (tmp_path / "victim" / "ropa.md").read_text("utf-8") == "precious"


def test_output_refuses_to_write_through_a_symlink(tmp_path):
    victim = tmp_path / "victim.txt"
    link = outputs_dirs.symlinked_output_file(tmp_path, victim)
    (tmp_path / "a.sql").write_text("CREATE TABLE a (x INT);\n", "utf-8")
    run = privflow(tmp_path, "scan", "a.sql", "-o", str(link))
    assert run.returncode == 2
    assert "symbolic link" in run.stderr and "out.json" in run.stderr
    assert victim.read_text("utf-8") == "precious"


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "baseline.json"
    target.write_text("hand-written reasons", "utf-8")

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(PrivflowError) as caught:
        output.write_file(target, "new")
    assert str(caught.value).startswith(f"{target}: cannot write: No space left on device")
    assert target.read_text("utf-8") == "hand-written reasons"
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temp file left


def test_every_writer_goes_through_the_atomic_helper(tmp_path, monkeypatch):
    """scan -o, check -o, --write-baseline, graph -o and report all use output.write_file."""
    written: list[str] = []
    real = output.open_atomic

    def spy(path):
        written.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(output, "open_atomic", spy)
    (tmp_path / "a.sql").write_text("CREATE TABLE a (id_card VARCHAR(18));\n", "utf-8")
    privflow(tmp_path, "scan", "a.sql", "-o", "scan.json")
    privflow(tmp_path, "scan", "a.sql", "--format", "table", "-o", "scan.txt")
    privflow(tmp_path, "check", "a.sql", "-o", "check.txt")
    privflow(tmp_path, "check", "a.sql", "--write-baseline", "base.json")
    privflow(EXAMPLE.parent, "graph", "--format", "dot", "-o", str(tmp_path / "g.dot"))
    privflow(EXAMPLE.parent, "report", "--format", "csv", "-o", str(tmp_path / "r"))
    assert {"scan.json", "scan.txt", "check.txt", "base.json", "g.dot", "ropa-gaps.csv",
            MANIFEST} <= set(written)


def test_markdown_cell_is_linear_on_a_long_word():
    # 40 KB of letters used to try a scheme match at every letter (quadratic, seconds); the
    # result is the same as for short text: no autolink, nothing lost.
    text = "a" * 40_000 + "://x.example www.y a@b"
    cell = markdown_cell(text)
    assert cell.count("\u2060") == 3 and cell.replace("\u2060", "") == text


def test_a_file_in_a_linked_folder_is_written(tmp_path):
    """Only the target itself must not be a link; a folder on the way may be (/tmp on macOS)."""
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    output.write_file(tmp_path / "link" / "x.json", "{}")
    assert (real / "x.json").read_text("utf-8") == "{}"
