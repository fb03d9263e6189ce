"""A scan of the shipped example finds what the example is meant to show.

The example (inventory/) is the default input of every command, so this is the end-to-end
check that its SQL, its declarations and the three deliberate gaps of inventory/README.md are
seen by the real pipeline: sources -> classifier -> lineage -> check.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from privflow.inventory import load_inventory
from privflow.pipeline import ScanOptions, run_scan
from privflow.schema import ScanResult

REPO = Path(__file__).resolve().parents[1]

# Every category the example's SQL is written to contain (see inventory/README.md).
EXPECTED_CATEGORIES = {
    "contact.phone", "contact.email", "contact.address",
    "account.credential", "account.nickname", "account.third_party_id",
    "identity.name", "identity.gender", "identity.birth_date", "identity.age",
    "identity.photo", "identity.national_id", "identity.family_relation",
    "device.id", "device.advertising_id", "device.mac", "device.app_list",
    "network.ip", "network.cookie",
    "location.coarse", "location.precise",
    "financial.transaction", "financial.property", "financial.bank_account",
    "biometric.face",
    "behavior.browsing", "behavior.search", "behavior.usage_log", "behavior.profile",
    "behavior.communication",
    "minor.flag",
}

# Categories of EXPECTED_CATEGORIES that today's classifier does not find in the example, with
# the column that should carry them. Shrink this set as the classifier learns them; the test
# below fails if any other expected category goes missing.
KNOWN_MISSES: dict[str, str] = {}

# Unambiguous columns and the category each must carry.
EXPECTED_COLUMNS = [
    ("content_favorite", "material_id", "behavior.usage_log"),
    ("content_download", "material_id", "behavior.usage_log"),
    ("uc_member", "mobile", "contact.phone"),
    ("uc_member", "password_hash", "account.credential"),
    ("uc_member", "email", "contact.email"),
    ("uc_member", "last_login_ip", "network.ip"),  # added by migration V3
    ("uc_member_oauth", "access_token", "account.credential"),
    ("uc_device", "imei", "device.id"),
    ("uc_device", "android_id", "device.id"),
    ("uc_device", "oaid", "device.advertising_id"),
    ("uc_device", "idfa", "device.advertising_id"),
    ("uc_device", "mac_address", "device.mac"),
    ("uc_device", "installed_apps", "device.app_list"),  # added by migration V6
    ("log_access", "page_url", "behavior.browsing"),
    ("log_access", "visitor_id", "network.cookie"),
    ("log_search", "keyword", "behavior.search"),
    ("oms_order", "receiver_name", "identity.name"),
    ("oms_order", "receiver_detail_address", "contact.address"),
    ("oms_order", "pay_amount", "financial.transaction"),
    ("uc_realname_auth", "id_card_no", "identity.national_id"),
    ("esign_signer", "id_card_no", "identity.national_id"),
    ("esign_signer", "face_feature", "biometric.face"),
    ("esign_signer", "bank_account_no", "financial.bank_account"),
    ("cs_call_record", "recording_url", "behavior.communication"),  # classification.yaml add
    ("uc_child_account", "guardian_relation", "identity.family_relation"),
    ("uc_child_account", "is_under_14", "minor.flag"),
    ("mkt_campaign_target", "segment", "behavior.profile"),  # classification.yaml add
    ("app_location_report", "latitude", "location.precise"),
    ("app_location_report", "longitude", "location.precise"),
    ("dw.dwd_member_wide", "mobile", "contact.phone"),
    ("sms_mt.mt_task", "phone", "contact.phone"),
]


@pytest.fixture(scope="module")
def scan() -> ScanResult:
    inventory = load_inventory(str(REPO / "inventory"))
    return run_scan(ScanOptions(inventory_dir=str(REPO / "inventory")), inventory)


def test_every_file_of_the_example_is_read(scan: ScanResult) -> None:
    assert not scan.schema.skipped, [s.to_json() for s in scan.schema.skipped]
    read = {Path(f.path).name for f in scan.schema.files}
    for name in ("qh_main.sql", "V2__realname_auth.sql", "V6__share_and_location.sql",
                 "dwd_member_wide.sql", "export_oceanengine_audience.sql",
                 "sms_marketing_task.sql"):
        assert name in read, name
    for table in ("uc_member", "uc_child_account", "esign_signer", "ods.ods_uc_member_df",
                  "dw.dws_member_interest_profile", "sms_mt.mt_task", "fct_member_orders"):
        assert scan.schema.find(table) is not None, table


def test_scan_finds_every_category_the_example_shows(scan: ScanResult) -> None:
    found = {c for t in scan.schema.tables.values() for col in t.columns.values()
             for c in col.categories}
    missing = EXPECTED_CATEGORIES - found - set(KNOWN_MISSES)
    assert not missing, f"the scan of inventory/ no longer finds {sorted(missing)}"
    assert set(KNOWN_MISSES) <= EXPECTED_CATEGORIES


@pytest.mark.parametrize(("table", "column", "category"), EXPECTED_COLUMNS,
                         ids=[f"{t}.{c}" for t, c, _ in EXPECTED_COLUMNS])
def test_column_category(scan: ScanResult, table: str, column: str, category: str) -> None:
    found = scan.schema.find(table)
    assert found is not None, table
    col = found.column(column)
    assert col is not None, f"{table}.{column}"
    assert category in col.categories, (col.categories, col.evidence)


def test_children_table_is_sensitive_throughout(scan: ScanResult) -> None:
    children = scan.schema.find("uc_child_account")
    assert children is not None
    personal = [c for c in children.columns.values() if c.categories]
    assert personal and all(c.sensitive for c in personal)


def test_flows_reach_the_declared_recipients(scan: ScanResult) -> None:
    edges = {(f.source, f.target): f.transform for f in scan.flows}
    # Hashed audience export matched by the recipient's `paths` glob.
    assert edges[("dw.dwd_member_wide.mobile", "recipient:oceanengine")] == "hash"
    # Writes into the vendor-owned schema matched by `tables`.
    assert ("sms_mt.mt_task.phone", "recipient:marketing_sms_gateway") in edges
    # API/SDK flows declared by `receives`, including the e-sign vendor's onward recipients.
    assert ("uc_realname_auth.id_card_no", "recipient:nciic") in edges
    assert ("esign_signer.face_feature", "recipient:esign") in edges
    assert ("esign_signer.bank_account_no", "recipient:esign_unionpay") in edges
    assert ("oms_order.receiver_detail_address", "recipient:sf_express") in edges
    # Warehouse lineage: member table -> wide table -> export.
    assert ("ods.ods_uc_member_df.mobile", "dw.dwd_member_wide.mobile") in edges


def test_the_three_deliberate_gaps_are_found(scan: ScanResult) -> None:
    by_rule: dict[str, set[str]] = {}
    for finding in scan.findings:
        by_rule.setdefault(finding.rule, set()).add(finding.subject)
    # 1. a sensitive column used by no declared activity
    assert {"app_location_report.latitude", "app_location_report.longitude"} <= by_rule.get(
        "unused-sensitive", set())
    # 2. a flow to a vendor missing from recipients.yaml
    undeclared = by_rule.get("undeclared-recipient", set())
    assert any("oss://qh-data-share/partner/yanxin-research/" in s for s in undeclared)
    assert not any("oceanengine" in s for s in undeclared)
    # 3. a declared category the code never collects
    assert "e_signing:category:identity.document_image" in by_rule.get("declared-not-found",
                                                                       set())
    undeclared_recipients = [r for r in scan.recipients if not r.declared]
    assert [r.id for r in undeclared_recipients] == [
        "directory:oss://qh-data-share/partner/yanxin-research/${bizdate}"]


def test_declared_systems_all_match_scanned_tables(scan: ScanResult) -> None:
    """Every `systems` glob of the example names something the scan really found."""
    not_found = [f for f in scan.findings
                 if f.rule == "declared-not-found" and ":system:" in f.subject]
    assert not not_found, [f.subject for f in not_found]


@pytest.mark.parametrize(("table", "column", "validator_name"), [
    ("uc_realname_auth", "id_card_no", "resident_id"),
    ("esign_signer", "id_card_no", "resident_id"),
    ("esign_signer", "bank_account_no", "bank_card"),
    ("esign_signer", "signer_mobile", "mainland_mobile"),
    ("uc_member", "mobile", "mainland_mobile"),
    ("uc_device", "imei", "imei"),
    ("uc_device", "mac_address", "mac"),
    ("uc_login_log", "login_ip", "ip"),
])
def test_sample_rows_are_synthetic_but_valid(scan: ScanResult, table: str, column: str,
                                             validator_name: str) -> None:
    """The example's fake ID numbers, cards and IMEIs carry valid checksums, so that value
    validators see what they would see in a real dump (values are never printed)."""
    from privflow.classify.validators import validator

    found = scan.schema.find(table)
    assert found is not None
    col = found.column(column)
    assert col is not None
    values = [v for v in col.samples if v is not None]
    assert values, f"{table}.{column} has no sample rows"
    check = validator(validator_name)
    invalid = sum(1 for v in values if not check(v))
    assert invalid == 0, f"{invalid} of {len(values)} samples of {table}.{column} are invalid"
