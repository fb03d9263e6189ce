"""`privflow check` end to end on copies of the example inventory, one change each.

Every test first accepts the pristine copy into a baseline, makes one change a pull request
would make (a new sensitive column, a new export, a removed declaration ...), and asserts the
exit code and exactly which findings are new. This holds whatever the example inventory
declares today, because only the change is compared.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from check_cli_helpers import EXAMPLE, privflow, privflow_process, table_to_extend

BASELINE = ".privflow-baseline.json"
# Findings an activity gets when it starts processing sensitive data (ropa.md §4.5).
SENSITIVE_DUTIES = {"sensitive-without-necessity", "sensitive-without-separate-consent",
                    "pipia-missing", "retention-missing"}

pytestmark = pytest.mark.skipif(not (EXAMPLE / "privflow.yaml").exists(),
                                reason="the example inventory is not in this checkout")


def new_findings(cwd: Path, *args: str) -> tuple[int, list[dict]]:
    done = privflow(cwd, "check", "--inventory", "inventory", "--baseline", BASELINE,
                    "--format", "json", *args)
    assert done.returncode in (0, 1), done.stderr
    data = json.loads(done.stdout)
    return done.returncode, [f for f in data["findings"] if not f["baseline"]]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the example inventory with today's findings accepted."""
    shutil.copytree(EXAMPLE, tmp_path / "inventory",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    done = privflow(tmp_path, "check", "--inventory", "inventory", "--write-baseline", BASELINE)
    assert done.returncode == 0, done.stderr
    assert "accepted finding" in done.stdout
    return tmp_path


def test_pristine_copy_passes_against_its_baseline(project: Path):
    code, new = new_findings(project)
    assert (code, new) == (0, [])
    text = privflow_process(project, "check", "--inventory", "inventory", "--baseline",
                            BASELINE)
    assert text.returncode == 0, text.stderr
    assert text.stdout.strip().endswith("check passed")


def test_new_sensitive_column_fails_the_gate(project: Path):
    table = table_to_extend(project, "identity.national_id")
    migration = project / "inventory" / "migrations" / "V99__member_id_card.sql"
    migration.write_text("-- 实名制改造: 增加身份证号\n"
                         f"ALTER TABLE {table} ADD COLUMN id_card_no varchar(18) "
                         "DEFAULT NULL COMMENT '身份证号码';\n", encoding="utf-8")
    code, new = new_findings(project)
    assert code == 1
    column = [f for f in new if f["rule"] == "undeclared-sensitive"]
    assert column, "the new column must be reported"
    assert all(f["subject"].endswith(":identity.national_id") for f in column)
    assert {f["location"] for f in column} == {
        "inventory/migrations/V99__member_id_card.sql:2"}
    assert all(f["fails_gate"] and f["severity"] == "high" for f in column)
    # What else may change: the activity now processes sensitive data, so the duties that
    # come with it, each pointing at the activity's declaration.
    activities = {f["subject"].split(":")[0] for f in column}
    for other in (f for f in new if f["rule"] != "undeclared-sensitive"):
        assert other["rule"] in SENSITIVE_DUTIES, other
        assert other["subject"].split(":")[0] in activities
        assert other["location"].startswith("inventory/activities.yaml:")


def test_sensitive_column_in_an_undeclared_table(project: Path):
    migration = project / "inventory" / "migrations" / "V98__kyc.sql"
    migration.write_text("CREATE TABLE kyc_passport_scan (\n"
                         "  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
                         "  member_id bigint NOT NULL COMMENT '会员ID',\n"
                         "  passport_no varchar(32) NOT NULL COMMENT '护照号码'\n"
                         ");\n", encoding="utf-8")
    code, new = new_findings(project)
    assert code == 1
    # The example's privflow.yaml lists its privacy notice, which says nothing of passports.
    assert sorted((f["rule"], f["subject"]) for f in new) == [
        ("notice-sensitive-without-separate-notice", "notice:sensitive:identity.passport"),
        ("notice-undisclosed-category", "notice:collected:identity.passport"),
        ("unused-sensitive", "kyc_passport_scan.passport_no")]
    scan_finding = next(f for f in new if f["rule"] == "unused-sensitive")
    assert scan_finding["location"].startswith("inventory/migrations/V98__kyc.sql:")


def test_new_export_to_an_undeclared_recipient_fails_the_gate(project: Path):
    export = project / "inventory" / "etl" / "hive" / "export_new_partner.sql"
    export.write_text("-- 给新合作方的样本\n"
                      "INSERT OVERWRITE DIRECTORY 'oss://qh-data-share/partner/new-one/${bizdate}'\n"
                      "SELECT w.nickname, w.mobile\n"
                      "FROM dw.dwd_member_wide w;\n", encoding="utf-8")
    code, new = new_findings(project)
    assert code == 1
    [finding] = [f for f in new if not f["rule"].startswith("notice-")]
    assert finding["rule"] == "undeclared-recipient"
    # ... and the privacy notice the example lists does not name that recipient either.
    assert [f["rule"] for f in new if f["rule"].startswith("notice-")] == [
        "notice-undisclosed-recipient"]
    assert "new-one" in finding["subject"]
    assert finding["location"] == "inventory/etl/hive/export_new_partner.sql:2"


def _discovered_declared_pair(project: Path) -> tuple[str, str]:
    """An (activity, category) the activity declares and its systems really hold."""
    import os

    from privflow.check.context import CheckContext
    from privflow.pipeline import ScanOptions, load_inventory, run_scan

    cwd = Path.cwd()
    os.chdir(project)
    try:
        inventory = load_inventory("inventory")
        result = run_scan(ScanOptions(inventory_dir="inventory"), inventory)
    finally:
        os.chdir(cwd)
    ctx = CheckContext(result=result, inventory=inventory)
    for activity in sorted(inventory.activities, key=lambda a: a.id):
        found = ctx.discovered_categories(activity)
        for category in activity.categories:
            if category in found:
                return activity.id, category
    pytest.skip("no declared category of the example is evidenced by the scan")


def test_removed_declaration_fails_and_fingerprints_survive_the_rewrite(project: Path):
    activity_id, category = _discovered_declared_pair(project)
    path = project / "inventory" / "activities.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for activity in data["activities"]:
        if activity["id"] == activity_id:
            activity["categories"].remove(category)
    # Re-dumping drops every comment and moves every line: old findings must still match.
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    code, new = new_findings(project)
    assert [f["subject"] for f in new] == [f"{activity_id}:{category}"]
    assert new[0]["rule"] in ("undeclared-category", "undeclared-sensitive")
    assert not new[0]["location"].startswith("inventory/activities.yaml")
    assert code == 1


def test_low_findings_are_reported_but_do_not_fail(project: Path):
    path = project / "inventory" / "activities.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["activities"][0]["systems"].append("legacy_member_archive")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    code, new = new_findings(project)
    assert code == 0
    assert [(f["rule"], f["severity"], f["fails_gate"]) for f in new] == [
        ("declared-not-found", "low", False)]
    strict = privflow(project, "check", "--inventory", "inventory", "--baseline", BASELINE,
                      "--fail-on", "low")
    assert strict.returncode == 1


def test_github_and_sarif_formats_on_a_failing_change(project: Path):
    table = table_to_extend(project, "identity.national_id")
    migration = project / "inventory" / "migrations" / "V99__member_id_card.sql"
    migration.write_text(f"ALTER TABLE {table} ADD COLUMN id_card_no varchar(18) "
                         "COMMENT '身份证号码';\n", encoding="utf-8")
    github = privflow(project, "check", "--inventory", "inventory", "--baseline", BASELINE,
                      "--format", "github")
    assert github.returncode == 1
    annotations = [line for line in github.stdout.splitlines() if line.startswith("::")]
    assert any(line.startswith("::error file=inventory/migrations/V99__member_id_card.sql,"
                               "line=1,title=privflow undeclared-sensitive::")
               for line in annotations)
    assert all(line.startswith(("::error file=", "::warning file=")) for line in annotations)
    sarif = privflow(project, "check", "--inventory", "inventory", "--baseline", BASELINE,
                     "--format", "sarif", "-o", "out/privflow.sarif")
    assert sarif.returncode == 1
    log = json.loads((project / "out" / "privflow.sarif").read_text(encoding="utf-8"))
    states = {r["baselineState"] for r in log["runs"][0]["results"]}
    assert states == {"new", "unchanged"}


def test_bad_baseline_is_an_input_error(project: Path):
    (project / BASELINE).write_text("{not json", encoding="utf-8")
    done = privflow(project, "check", "--inventory", "inventory", "--baseline", BASELINE)
    assert done.returncode == 2
    assert done.stderr.startswith(f"privflow: error: {BASELINE}:1:")
    missing = privflow(project, "check", "--inventory", "inventory", "--baseline", "nope.json")
    assert missing.returncode == 2 and "nope.json" in missing.stderr
    assert "Traceback" not in done.stderr + missing.stderr
