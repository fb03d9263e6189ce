"""Baselines: accept today's findings, keep a person's reasons, fail only on new ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from check_cli_helpers import EXAMPLE, privflow
from privflow.check import load_baseline, merge_baseline
from privflow.check.baseline import dump_baseline
from privflow.check.rules import fingerprint
from privflow.errors import PrivflowError
from privflow.schema import Finding


def finding(rule: str, subject: str, location: str, severity: str = "high") -> Finding:
    return Finding(rule=rule, severity=severity, subject=subject,  # type: ignore[arg-type]
                   message=f"{rule} {subject}", location=location,
                   fingerprint=fingerprint(rule, subject))


A = finding("undeclared-sensitive", "registration:identity.national_id", "db/a.sql:3")
B = finding("unused-sensitive", "shop.kyc.passport_no", "db/kyc.sql:9")
C = finding("retention-missing", "orders:*", "inv/activities.yaml:40", "medium")


def test_round_trip_keeps_reasons_and_extra_fields_across_rewrites(tmp_path: Path):
    path = tmp_path / "baseline.json"
    path.write_text(dump_baseline(merge_baseline([A, B], None)), encoding="utf-8")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == "privflow-baseline/1"
    assert [e["fingerprint"] for e in data["results"]] == [A.fingerprint, B.fingerprint]
    assert all(e["reason"] is None for e in data["results"])
    # A person audits one entry, detect-secrets style.
    data["results"][0]["reason"] = "实名制为法定义务, 已评估 PIPIA-2024-003"
    data["results"][0]["ticket"] = "DPO-17"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    moved = finding(A.rule, A.subject, "db/a.sql:120")  # the column moved down the file
    rewritten = merge_baseline([moved, C], load_baseline(str(path)))
    entries = {e["fingerprint"]: e for e in rewritten.entries.values()}
    assert set(entries) == {A.fingerprint, C.fingerprint}  # B is gone, C is new
    assert entries[A.fingerprint]["reason"] == "实名制为法定义务, 已评估 PIPIA-2024-003"
    assert entries[A.fingerprint]["ticket"] == "DPO-17"
    assert entries[A.fingerprint]["location"] == "db/a.sql:120"
    assert entries[C.fingerprint]["reason"] is None


def test_rewriting_is_byte_stable_and_partial_runs_keep_unseen_entries():
    first = dump_baseline(merge_baseline([B, A], None))
    assert dump_baseline(merge_baseline([A, B], None)) == first
    kept = merge_baseline([C], merge_baseline([A, B], None), keep_unseen=True)
    assert set(kept.entries) == {A.fingerprint, B.fingerprint, C.fingerprint}


@pytest.mark.parametrize(("text", "message"), [
    ("{", "not valid JSON"),
    ("[]", "not a privflow baseline"),
    ('{"results": [{"rule": "x"}]}', "entry 1 has no fingerprint"),
    ('{"version": "other/9", "results": []}', "unsupported baseline version"),
])
def test_malformed_baselines_are_input_errors(tmp_path: Path, text: str, message: str):
    path = tmp_path / "b.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PrivflowError) as error:
        load_baseline(str(path))
    assert message in str(error.value) and str(path) in str(error.value)


@pytest.mark.skipif(not (EXAMPLE / "privflow.yaml").exists(),
                    reason="the example inventory is not in this checkout")
def test_cli_rewrite_keeps_reasons_and_accepts_new_findings(tmp_path: Path):
    shutil.copytree(EXAMPLE, tmp_path / "inventory")
    (tmp_path / "inventory" / "migrations" / "V98__kyc.sql").write_text(
        "CREATE TABLE kyc_passport_scan (\n  passport_no varchar(32) COMMENT '护照号码'\n);\n",
        encoding="utf-8")
    assert privflow(tmp_path, "check", "--inventory", "inventory",
                    "--write-baseline", "b.json").returncode == 0
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    entry = next(e for e in data["results"] if e["subject"] == "kyc_passport_scan.passport_no")
    entry["reason"] = "migration pending review"
    (tmp_path / "b.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # A new sensitive column fails against the baseline, then is accepted by a rewrite.
    (tmp_path / "inventory" / "migrations" / "V99__bank.sql").write_text(
        "ALTER TABLE kyc_passport_scan ADD COLUMN bank_card_no varchar(32) "
        "COMMENT '银行卡号';\n", encoding="utf-8")
    args = ("check", "--inventory", "inventory", "--baseline", "b.json")
    assert privflow(tmp_path, *args).returncode == 1
    assert privflow(tmp_path, *args[:3], "--write-baseline", "b.json").returncode == 0
    assert privflow(tmp_path, *args).returncode == 0
    rewritten = load_baseline(str(tmp_path / "b.json"))
    reasons = {e["subject"]: e["reason"] for e in rewritten.entries.values()}
    assert reasons["kyc_passport_scan.passport_no"] == "migration pending review"
    assert reasons["kyc_passport_scan.bank_card_no"] is None
