"""The pre-commit hook definition runs the real command on the files it should."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml
from click.testing import CliRunner

from privflow.cli import cli

HOOKS = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"


def test_hook_runs_privflow_check_on_sql_and_yaml_changes():
    [hook] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "privflow-check"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    program, *args = shlex.split(hook["entry"])
    assert program == "privflow"
    # The entry's command and the arguments docs/ci.md recommends parse as the real CLI.
    result = CliRunner().invoke(cli, [*args, "--baseline", ".privflow-baseline.json",
                                      "--help"])
    assert result.exit_code == 0 and "--write-baseline" in result.output
    files = re.compile(hook["files"])
    for changed in ("inventory/migrations/V7__kyc.sql", "inventory/activities.yaml",
                    "dbt/models/schema.yml"):
        assert files.search(changed), changed
    for unrelated in ("README.md", "src/app.py", "sql/notes.sqlx"):
        assert not files.search(unrelated), unrelated
