"""Exit codes of `privflow scan` on real files: bad input is 2 after the rest is scanned,
notes (a procedure body kept for lineage) are not bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from privflow.cli import cli


def _scan(path: Path) -> tuple[int, dict, str]:
    result = CliRunner().invoke(cli, ["scan", str(path), "--inventory", str(path.parent)])
    stdout = result.stdout
    return result.exit_code, json.loads(stdout[stdout.index("{"):]), result.stderr


def test_a_procedure_body_is_a_note_not_an_error(tmp_path: Path) -> None:
    sql = tmp_path / "proc.sql"
    sql.write_text(
        "CREATE TABLE member (id int, mobile varchar(11) COMMENT '手机号');\n"
        "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT mobile FROM member; END$$\n"
        "DELIMITER ;\n", encoding="utf-8")
    code, data, _ = _scan(sql)
    assert code == 0
    assert data["skipped"] and not any(s["error"] for s in data["skipped"])


def test_broken_statement_exits_2_and_the_rest_is_still_scanned(tmp_path: Path) -> None:
    sql = tmp_path / "broken.sql"
    sql.write_text(
        "CREATE TABLE a (phone varchar(11) COMMENT '手机号');\n"
        "SELECT 'unterminated FROM a;\n"
        "CREATE TABLE c (email varchar(64) COMMENT '邮箱');\n", encoding="utf-8")
    code, data, stderr = _scan(sql)
    assert code == 2
    assert {t["id"] for t in data["tables"]} == {"a", "c"}
    errors = [s for s in data["skipped"] if s["error"]]
    assert errors == [{"source": f"{sql}:2", "error": True,
                       "reason": "unclosed quote; resumed at the next statement"}]
    assert f"{sql}:2: skipped: unclosed quote" in stderr
    assert "Traceback" not in stderr
