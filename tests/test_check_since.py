"""`privflow check --since REF` in a temporary git repository holding the example inventory."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from check_cli_helpers import EXAMPLE, privflow, table_to_extend
from privflow.check import changed_files
from privflow.errors import PrivflowError

pytestmark = [
    pytest.mark.skipif(not (EXAMPLE / "privflow.yaml").exists(),
                       reason="the example inventory is not in this checkout"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]



def id_card_migration(repo: Path) -> str:
    """A migration adding an ID-card column to a declared table that lacks the category."""
    return ("-- 实名制改造\n"
            f"ALTER TABLE {table_to_extend(repo, 'identity.national_id')} "
            "ADD COLUMN id_card_no varchar(18) COMMENT '身份证号码';\n")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=privflow-test",
                           "-c", "user.email=test@privflow.invalid", "-c", "commit.gpgsign=false",
                           *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "inventory",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "example inventory")
    return tmp_path


def check_since(repo: Path, ref: str, *extra: str) -> tuple[int, list[dict]]:
    done = privflow(repo, "check", "--inventory", "inventory", "--since", ref,
                    "--format", "json", *extra)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)["findings"]


def test_nothing_changed_reports_nothing(repo: Path):
    assert check_since(repo, "HEAD") == (0, [])


def test_untracked_migration_is_checked_against_the_full_schema(repo: Path):
    (repo / "inventory" / "migrations" / "V99__id_card.sql").write_text(id_card_migration(repo),
                                                                       encoding="utf-8")
    code, findings = check_since(repo, "HEAD")
    assert code == 1
    assert findings
    # The ALTER resolves against a table defined in an unchanged file.
    assert {f["location"] for f in findings} == {"inventory/migrations/V99__id_card.sql:2"}
    assert {f["rule"] for f in findings} == {"undeclared-sensitive"}
    # (Duties the declaration now owes, such as a PIPIA, point at activities.yaml, which did
    # not change, so --since leaves them to the full check.)


def test_feature_branch_against_its_base(repo: Path):
    base = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "inventory" / "migrations" / "V99__id_card.sql").write_text(id_card_migration(repo),
                                                                       encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "add id card")
    code, findings = check_since(repo, "main")
    assert code == 1
    assert {f["location"].split(":")[0] for f in findings} == {
        "inventory/migrations/V99__id_card.sql"}
    assert changed_files("main", repo) == {
        (repo / "inventory" / "migrations" / "V99__id_card.sql").resolve()}
    # main moving on (an unrelated file) does not widen the set: the merge base is used.
    git(repo, "checkout", "-q", "main")
    (repo / "inventory" / "db" / "extra.sql").write_text("-- nothing\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "unrelated")
    git(repo, "checkout", "-q", "feature")
    assert changed_files("main", repo) == {
        (repo / "inventory" / "migrations" / "V99__id_card.sql").resolve()}
    assert base != git(repo, "rev-parse", "main")


def test_changed_declarations_report_everything(repo: Path):
    activities = repo / "inventory" / "activities.yaml"
    activities.write_text(activities.read_text(encoding="utf-8") + "\n# reviewed\n",
                          encoding="utf-8")
    code, since = check_since(repo, "HEAD")
    full = privflow(repo, "check", "--inventory", "inventory", "--format", "json")
    assert code == full.returncode
    assert since == json.loads(full.stdout)["findings"]


def test_since_errors_outside_git_and_for_unknown_refs(repo: Path, tmp_path_factory):
    plain = tmp_path_factory.mktemp("plain")
    shutil.copytree(repo / "inventory", plain / "inventory",
                    ignore=shutil.ignore_patterns(".git"))
    done = privflow(plain, "check", "--inventory", "inventory", "--since", "HEAD")
    assert done.returncode == 2
    assert "needs a git repository" in done.stderr and "Traceback" not in done.stderr
    done = privflow(repo, "check", "--inventory", "inventory", "--since", "no-such-branch")
    assert done.returncode == 2
    assert "unknown git ref 'no-such-branch'" in done.stderr
    with pytest.raises(PrivflowError):
        changed_files("--output=/tmp/x", repo)
