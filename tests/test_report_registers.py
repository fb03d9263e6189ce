"""The report model on the shop example: every register row, declared vs discovered, zh and en."""

from __future__ import annotations

import pytest

from privflow.report.registers import build_report
from test_report_helpers import shop_inventory, shop_scan


def rows(report, key):
    register = report.register(key)
    return [{k: cell.text(" | ") for k, cell in row.items()} for row in register.rows]


@pytest.fixture(scope="module")
def zh():
    return build_report(shop_scan(), shop_inventory(), "zh")


@pytest.fixture(scope="module")
def en():
    return build_report(shop_scan(), shop_inventory(), "en")


def test_one_activity_row_per_declared_activity_plus_undeclared(zh):
    ids = [r["id"] for r in rows(zh, "activities")]
    assert ids[:3] == ["A01", "A02", "A03"]
    # Every table of the example is covered by some activity: no "undeclared processing" row.
    assert len(ids) == 3


def test_declared_and_discovered_categories_are_separate_columns(zh):
    a01 = rows(zh, "activities")[0]
    assert "biometric.face" in a01["pi_categories_discovered"]
    assert "biometric.face" not in a01["pi_categories"]
    assert "identity.national_id" in a01["pi_categories"]
    a02 = rows(zh, "activities")[1]
    assert "identity.name" in a02["pi_categories"]  # declared, never found
    assert "identity.name" not in a02["pi_categories_discovered"]
    provenance = {c.key: c.provenance for c in zh.register("activities").columns}
    assert provenance["pi_categories"] == "declared"
    assert provenance["pi_categories_discovered"] == "discovered"
    assert provenance["systems"] == "discovered"


def test_discovered_cells_carry_evidence(zh):
    a01 = zh.register("activities").rows[0]
    assert "db/schema.sql:14" in a01["systems"].evidence
    assert any("shop.ums_member.face_feature" in e
               for e in a01["pi_categories_discovered"].evidence)


def test_recipients_reached_through_upstream_etl(zh):
    # A01 feeds stats_sdk only through the hashed warehouse copy of the phone number.
    a01 = rows(zh, "activities")[0]
    assert a01["recipients"].endswith("(sms_gateway)")  # the legal entity, then the id
    assert set(a01["recipients_discovered"].split(" | ")) == {
        "mystery_vendor", "sms_gateway", "stats_sdk"}


def test_sensitive_and_special_categories_and_pipia(zh):
    a01 = rows(zh, "activities")[0]
    assert "biometric.face" in a01["sensitive_categories"]
    assert "G9" in a01["special_categories"]
    assert "contact.phone" not in a01["sensitive_categories"]  # not S under 35273-2020


def test_sharing_list_has_recipient_by_activity_rows_and_onward(zh):
    sharing = rows(zh, "sharing")
    pairs = {(r["recipient_id"], r["activity"].split(" ")[0]) for r in sharing}
    assert ("sms_gateway", "A01") in pairs
    assert ("sf_express", "A02") in pairs
    assert ("stats_sdk", "A03") in pairs
    # stats_sdk is also reached from A01's phone numbers though A01 does not declare it.
    assert ("stats_sdk", "A01") in pairs
    unionpay = next(r for r in sharing if r["recipient_id"] == "unionpay")
    assert unionpay["onward_of"] == "sf_express"
    mystery = next(r for r in sharing if r["recipient_id"] == "mystery_vendor")
    assert mystery["transfer_type"] == "未知"
    assert "etl/export.sql:12" in mystery["evidence"]
    stats = next(r for r in sharing if r["recipient_id"] == "stats_sdk")
    assert "StatsKit" in stats["mechanism"] and "com.example.stats" in stats["mechanism"]
    assert stats["country"] == "US"


def test_collection_list_one_row_per_activity_category(zh):
    collection = rows(zh, "collection")
    keys = {(r["activity"].split(" ")[0], r["category"]) for r in collection}
    assert {("A01", "contact.phone"), ("A01", "biometric.face"), ("A02", "identity.name"),
            ("A02", "financial.transaction"), ("A03", "location.coarse")} <= keys
    name = next(r for r in collection if r["category"] == "identity.name")
    assert name["status"] == "仅申报"
    face = next(r for r in collection if r["category"] == "biometric.face")
    assert face["status"] == "仅发现" and face["sensitive"] == "是"
    assert face["storage"] == "shop.ums_member.face_feature"
    tx = next(r for r in collection if r["category"] == "financial.transaction")
    assert "电子商务法" in tx["retention"]


def test_pipia_triggers(zh):
    triggers = {(r["activity"].split(" ")[0], r["trigger"]) for r in rows(zh, "pipia")}
    assert any(a == "A01" and "第五十五条第一项" in t for a, t in triggers)
    assert any(a == "A01" and "委托处理" in t for a, t in triggers)
    assert any(a == "A02" and "提供" in t for a, t in triggers)
    assert any(a == "A03" and "自动化决策" in t for a, t in triggers)
    assert any(a == "A03" and "境外" in t for a, t in triggers)  # stats_sdk in the US
    a01 = next(r for r in rows(zh, "pipia") if r["activity"].startswith("A01"))
    assert a01["kept_until"] == "2027-01-10"
    a02 = next(r for r in rows(zh, "pipia") if r["activity"].startswith("A02"))
    assert a02["status"] == "缺失"


def test_every_finding_is_a_gap_row_sorted_by_severity(zh):
    gaps = rows(zh, "gaps")
    assert len(gaps) == len(shop_scan().findings)
    assert [g["severity"] for g in gaps] == ["高", "高", "高", "低"]
    rules = " ".join(g["rule"] for g in gaps)
    for rule in ("undeclared-sensitive", "undeclared-recipient", "declared-not-found",
                 "missing-lawful-basis"):
        assert rule in rules
    assert any(g["location"] == "db/schema.sql:14" for g in gaps)


def test_english_labels_and_names(en):
    register = en.register("activities")
    assert register.title.endswith("Register of processing activities")
    a01 = rows(en, "activities")[0]
    assert a01["activity"] == "Account registration"
    assert "Face" in a01["pi_categories_discovered"] or "face" in a01["pi_categories_discovered"]
    assert a01["lawful_basis"] == "Necessary for a contract"
    assert en.header[0][1] == "Example Mall Technology Co., Ltd."


def test_undeclared_processing_row_for_tables_no_activity_covers():
    inventory = shop_inventory()
    inventory.activities = inventory.activities[:1]  # only A01: orders and warehouse undeclared
    report = build_report(shop_scan(), inventory, "en")
    last = rows(report, "activities")[-1]
    assert last["status"] == "discovered only"
    assert "shop.oms_order" in last["systems"] and "dw.member_wide" in last["systems"]


def test_minors_under_14_make_every_category_sensitive():
    inventory = shop_inventory()
    inventory.activities[1].minors = "under14"
    report = build_report(shop_scan(), inventory, "zh")
    a02 = rows(report, "activities")[1]
    assert "contact.address" in a02["sensitive_categories"]
    assert any("不满十四周岁" in r["trigger"] for r in rows(report, "pipia"))
