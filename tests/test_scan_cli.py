"""`privflow scan` end to end: the JSON contract, the table view, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def privflow(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("PRIVFLOW_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "privflow", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    db = tmp_path / "repo" / "db"
    db.mkdir(parents=True)
    (db / "V1__init.sql").write_text(
        (FIXTURES / "dialects" / "mysql.sql").read_text("utf-8")
        + "INSERT INTO `shop`.`member` VALUES (1, '13800138000', '110101199003077777');\n"
        + "CREATE TABLE broken (a INT COMMENT 'never closed);\n", "utf-8")
    (db / "V2__etl.sql").write_text(
        "INSERT INTO shop.member_copy SELECT id, phone FROM shop.member;\n", "utf-8")
    return tmp_path


def test_json_follows_the_contract(repo):
    run = privflow("scan", "repo", "--format", "json", cwd=repo)
    # The fixture holds a statement with an open quote: bad input exits 2, after the whole
    # scan has been written.
    assert run.returncode == 2, run.stderr
    data = json.loads(run.stdout)
    assert data["schema_version"] == 1 and data["tool"]["name"] == "privflow"
    member = next(t for t in data["tables"] if t["id"] == "shop.member")
    assert member["name"] == "member" and member["source"] == "repo/db/V1__init.sql:2"
    assert member["comment"] == "会员表" and member["kind"] == "table"
    phone = next(c for c in member["columns"] if c["name"] == "phone")
    assert set(phone) >= {"name", "type", "comment", "categories", "sensitive", "state",
                          "confidence", "evidence", "linked_to"}
    assert (phone["type"], phone["comment"]) == ("varchar(64)", "手机号码")
    assert [(f["path"], f["dialect"]) for f in data["files"]] == [
        ("repo/db/V1__init.sql", "mysql"), ("repo/db/V2__etl.sql", "mysql")]
    first, second = (f["dialect_reason"] for f in data["files"])
    assert first.startswith("guessed: backticks, ENGINE=")
    assert second == "guessed: like V1__init.sql"
    assert {"source": "repo/db/V1__init.sql:10",
            "reason": "read tolerantly: unclosed quote", "error": True} in data["skipped"]
    # Sampled values stay in memory.
    assert "13800138000" not in run.stdout and "110101199003077777" not in run.stdout
    # The warning names file and line, on stderr, one line each.
    assert "repo/db/V1__init.sql:10: error: read tolerantly: unclosed quote" in run.stderr
    assert "Traceback" not in run.stderr


def test_table_format_is_readable_and_inert(repo):
    (repo / "repo" / "db" / "V3__evil.sql").write_text(
        "CREATE TABLE evil (x INT COMMENT 'a\x1b]0;pwned\x07b [bold]c[/bold]');\n", "utf-8")
    out = repo / "scan.txt"
    run = privflow("scan", "repo", "--format", "table", "-o", str(out), cwd=repo)
    assert run.returncode == 2, run.stderr  # the fixture's open quote; the table is complete
    text = out.read_text("utf-8")
    assert "shop.member" in text and "手机号码" in text and "id_card" in text
    assert "repo/db/V1__init.sql:2" in text
    assert "\x1b" not in text and "\x07" not in text
    assert "[bold]c[/bold]" in text  # shown, not interpreted as markup


def test_forced_dialect_is_reported(repo):
    run = privflow("scan", "repo/db/V2__etl.sql", "--dialect", "hive", cwd=repo)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["files"][0]["dialect_reason"] == "forced"


@pytest.mark.parametrize("args, message", [
    (("scan", "no/such/dir"), "privflow: error: no/such/dir: no such file or folder"),
    (("scan", "repo", "--dialect", "cobol"), "privflow: error: unknown SQL dialect 'cobol'"),
])
def test_bad_input_is_one_line_and_exit_2(repo, args, message):
    run = privflow(*args, cwd=repo)
    assert run.returncode == 2
    assert run.stderr.strip() == message
    assert run.stdout == ""


def test_a_table_read_tolerantly_is_a_note_not_a_skip(tmp_path) -> None:
    # A Navicat export of PostgreSQL: sqlglot cannot read the qualified collation, the table is
    # read tolerantly and is in the scan: the warning says so, and the exit code stays 0.
    import json
    import subprocess
    import sys

    sql = tmp_path / "exam.sql"
    sql.write_text('CREATE TABLE "public"."t_user" (\n  "id" serial4 primary key,\n'
                   '  "real_name" varchar(255) COLLATE "pg_catalog"."default",\n'
                   '  "phone" varchar(255) COLLATE "pg_catalog"."default"\n);\n',
                   encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "privflow", "scan", str(sql), "--no-cache",
                          "--format", "json"], capture_output=True, text=True, check=False)
    assert run.returncode == 0
    assert "exam.sql:1: note: read tolerantly" in run.stderr and "skipped" not in run.stderr
    tables = {t["name"]: t for t in json.loads(run.stdout)["tables"]}
    columns = {c["name"]: c["categories"] for c in tables["t_user"]["columns"]}
    assert columns["real_name"] == ["identity.name"]
