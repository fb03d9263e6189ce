"""A count or a true/false sent to a recipient sends nobody's value: no category reaches the
recipient in the gate or in the report's sharing list (issue 14's propagation rules, followed
through to the recipients)."""

from __future__ import annotations

from pathlib import Path

from privflow.check.gate import scan_findings
from privflow.inventory import load_inventory
from privflow.pipeline import ScanOptions, run_scan
from privflow.report.evidence import ScanIndex

INVENTORY = """\
organisation: {name: 示例, jurisdictions: [PIPL]}
sources: [sql]
"""
RECIPIENTS = """\
recipients:
  - id: stats-vendor
    name: Stats Vendor
    kind: processor
    transfer_type: entrusted
    country: CN
    tables: ["vendor_stats.*"]
    paths: ["/exports/stats/*"]
"""
SCHEMA = """\
CREATE TABLE member (id BIGINT PRIMARY KEY, id_card VARCHAR(18) COMMENT '身份证号',
                     mobile VARCHAR(20) COMMENT '手机号');
CREATE TABLE vendor_stats.daily (members BIGINT, id_card_count BIGINT, has_mobile BOOLEAN);
CREATE TABLE vendor_stats.raw (id_card VARCHAR(18));
"""


def scan(tmp_path: Path, job: str):
    root = tmp_path / "inv"
    (root / "sql").mkdir(parents=True)
    (root / "privflow.yaml").write_text(INVENTORY)
    (root / "recipients.yaml").write_text(RECIPIENTS)
    (root / "sql" / "schema.sql").write_text(SCHEMA + job)
    inventory = load_inventory(str(root))
    result = run_scan(ScanOptions(inventory_dir=str(root)), inventory)
    return result, inventory


def test_counts_and_predicates_carry_no_category_to_a_recipient(tmp_path):
    result, inventory = scan(tmp_path, (
        "SELECT COUNT(id_card), mobile IS NOT NULL FROM member\n"
        "INTO OUTFILE '/exports/stats/daily.csv';\n"))
    into = [f for f in result.flows if f.target == "recipient:stats-vendor"]
    assert {f.transform for f in into} == {"count", "predicate"}
    rules = {f.rule for f in scan_findings(result, inventory)}
    assert "recipient-undeclared-category" not in rules
    assert not ScanIndex(result).into_recipient["stats-vendor"].categories


def test_the_value_itself_still_carries_its_category(tmp_path):
    result, inventory = scan(tmp_path, "INSERT INTO vendor_stats.raw SELECT id_card FROM member;\n")
    findings = [f for f in scan_findings(result, inventory)
                if f.rule == "recipient-undeclared-category"]
    assert findings and "identity.national_id" in findings[0].message
    assert "identity.national_id" in ScanIndex(result).into_recipient["stats-vendor"].categories
