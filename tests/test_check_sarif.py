"""`to_sarif` output validated against the official SARIF 2.1.0 schema (vendored, offline)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from check_cli_helpers import EXAMPLE, privflow
from privflow.check import rule_metadata, to_sarif
from privflow.check.rules import fingerprint
from privflow.schema import Finding

SCHEMA_PATH = Path(__file__).parent / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    if "uri-reference" not in checker.checkers:
        pytest.skip("rfc3986-validator is not installed: jsonschema cannot check URI formats")
    return jsonschema.Draft7Validator(schema, format_checker=checker)


def finding(rule: str, subject: str, location: str | None, severity: str = "high") -> Finding:
    return Finding(rule=rule, severity=severity, subject=subject,  # type: ignore[arg-type]
                   message=f"{rule} on {subject}", location=location,
                   fingerprint=fingerprint(rule, subject))


FINDINGS = [
    finding("undeclared-sensitive", "registration:identity.national_id", "db/schema.sql:12"),
    finding("unused-sensitive", "会员.身份证号", "迁移 脚本/V2__实名.sql:3"),
    finding("declared-not-found", "registration:category:biometric.face",
            "inventory/activities.yaml:40", "low"),
    finding("undeclared-recipient", "recipient:directory:oss://bucket/${bizdate}",
            "etl/export.sql:1"),
    finding("audit-overdue", "organisation:audit", None, "medium"),
    finding("column-dropped", "shop.ums_member.phone", "db:mysql://host/shop", "medium"),
]


def test_sarif_is_valid_against_the_official_schema(validator):
    log = to_sarif(FINDINGS)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_sarif_with_baseline_states_is_valid(validator):
    accepted = {FINDINGS[0].fingerprint: "实名制为法定义务", FINDINGS[2].fingerprint: None}
    log = to_sarif(FINDINGS, baselined=accepted)
    assert not list(validator.iter_errors(log))
    results = log["runs"][0]["results"]
    assert [r["baselineState"] for r in results[:3]] == ["unchanged", "new", "unchanged"]
    assert results[0]["suppressions"] == [{"kind": "external", "state": "accepted",
                                           "justification": "实名制为法定义务"}]
    assert results[2]["suppressions"][0]["justification"] == "accepted in the privflow baseline"
    assert "suppressions" not in results[1]


def test_results_carry_file_line_rule_and_fingerprint():
    log = to_sarif(FINDINGS)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    rules = run["tool"]["driver"]["rules"]
    first = run["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "undeclared-sensitive"
    physical = first["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "db/schema.sql"
    assert physical["region"]["startLine"] == 12
    assert first["level"] == "error"
    assert first["partialFingerprints"]["privflow/v1"] == FINDINGS[0].fingerprint
    # Non-ASCII and spaces are percent-encoded into a valid URI reference.
    second = run["results"][1]["locations"][0]["physicalLocation"]
    assert second["artifactLocation"]["uri"].startswith("%E8%BF%81%E7%A7%BB%20")
    # No file: only the logical location (the subject).
    audit = run["results"][4]
    assert "physicalLocation" not in audit["locations"][0]
    assert audit["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == \
        "organisation:audit"
    assert audit["level"] == "warning" and run["results"][2]["level"] == "note"
    # A live database is not a file either.
    assert "physicalLocation" not in run["results"][5]["locations"][0]


def test_rules_have_help_text_for_every_rule_id():
    rules = to_sarif(FINDINGS)["runs"][0]["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert set(rule_metadata()) <= set(ids)
    assert "column-dropped" in ids  # a rule from another stage still gets a descriptor
    for rule in rules:
        assert rule["help"]["text"] and rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    sensitive = next(r for r in rules if r["id"] == "undeclared-sensitive")
    assert "PIPL 28" in sensitive["help"]["text"]
    assert sensitive["properties"]["security-severity"] == "8.0"


def test_absolute_paths_become_relative_inside_the_working_directory(validator, tmp_path,
                                                                     monkeypatch):
    monkeypatch.chdir(tmp_path)
    inside = finding("unused-sensitive", "t.a", f"{tmp_path}/db/schema.sql:4")
    outside = finding("unused-sensitive", "t.b", "/opt/其他 项目/schema.sql:9")
    log = to_sarif([inside, outside])
    assert not list(validator.iter_errors(log))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]]
    assert uris == ["db/schema.sql",
                    "file:///opt/%E5%85%B6%E4%BB%96%20%E9%A1%B9%E7%9B%AE/schema.sql"]


@pytest.mark.skipif(not (EXAMPLE / "privflow.yaml").exists(),
                    reason="the example inventory is not in this checkout")
def test_check_and_scan_sarif_of_the_example_are_valid(validator, tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "inventory")
    for command in (["check", "--format", "sarif"], ["scan", "--format", "sarif"]):
        done = privflow(tmp_path, *command, "--inventory", "inventory", "-o", "out.sarif")
        assert done.returncode in (0, 1), done.stderr
        log = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
        assert not list(validator.iter_errors(log)), command
        for result in log["runs"][0]["results"]:
            location = result["locations"][0]
            if "physicalLocation" in location:
                uri = location["physicalLocation"]["artifactLocation"]["uri"]
                assert uri.startswith("inventory/") and (tmp_path / uri).is_file()
