"""Gap rules (ropa.md §4.5 and the gate rules) on scans and inventories built by hand.

Each test states one situation a DPO would recognise and asserts the rule id, severity,
subject and location of what `scan_findings` reports, and that the declared counterpart is
quiet.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from privflow.check import RULES, fingerprint, rule_metadata, scan_findings
from privflow.check.context import glob_covers
from privflow.inventory.model import (
    Activity,
    Audit,
    CrossBorder,
    Inventory,
    Organisation,
    Pipia,
    RecipientDeclaration,
    Retention,
)
from privflow.schema import Column, Flow, Recipient, ScanResult, Schema, SourceStatement, Table

ROPA_RULES = {
    "undeclared-category": "medium", "undeclared-sensitive": "high",
    "undeclared-recipient": "high", "declared-not-found": "low",
    "missing-lawful-basis": "high", "sensitive-without-separate-consent": "high",
    "sensitive-without-necessity": "medium", "provided-without-separate-consent": "high",
    "entrusted-without-contract": "medium", "cross-border-without-mechanism": "high",
    "pipia-missing": "high", "pipia-stale": "medium", "retention-missing": "medium",
    "retention-exceeds": "low", "state-mismatch": "high", "minor-indicators": "medium",
    "adm-without-opt-out": "medium", "audit-overdue": "medium",
    "undeclared-sdk": "high",  # issue 18: SDKs in build manifests
}
GATE_RULES = {"unused-sensitive": "high", "raw-sensitive-cross-border": "high",
              "recipient-undeclared-category": "high", "access-undeclared-role": "medium"}
GDPR_RULES = {"missing-art6-basis": "high", "special-category-without-condition": "high",
              "transfer-without-safeguard": "high", "dpia-missing": "high"}


def member_table() -> Table:
    table = Table(id="shop.ums_member", name="ums_member", source="db/schema.sql:10")
    for line, (name, categories) in enumerate([
        ("id", []),
        ("phone", ["contact.phone"]),
        ("id_card", ["identity.national_id"]),
        ("birthday", ["identity.birth_date"]),
    ], start=11):
        table.add_column(Column(name, categories=categories, source=f"db/schema.sql:{line}",
                                sensitive=name == "id_card"))
    return table


def scan(*tables: Table, flows: list[Flow] | None = None,
         statements: list[SourceStatement] | None = None,
         recipients: list[Recipient] | None = None) -> ScanResult:
    schema = Schema(tables={t.id: t for t in tables}, statements=statements or [])
    return ScanResult(schema=schema, flows=flows or [], recipients=recipients or [])


def registration(**changes) -> Activity:
    """An activity that declares everything the member table holds, on separate consent."""
    fields = dict(
        id="registration", name="注册", purpose="开设账号", lawful_basis="contract",
        consent_type="separate", systems=["ums_member"], minors="under18",
        categories=["contact.phone", "identity.national_id", "identity.birth_date"],
        necessity="实名制要求", retention=[Retention("*", period="P3Y", on_expiry="delete")],
        pipia=Pipia(ref="PIA-1", date="2024-01-01"), declared_in="inv/activities.yaml:3")
    fields.update(changes)
    return Activity(**fields)


def sms_vendor(**changes) -> RecipientDeclaration:
    fields = dict(id="sms", name="短信服务商", country="CN", transfer_type="entrusted",
                  categories=["contact.phone"], contract_ref="C-1",
                  contract_covers=["purpose", "duration", "method", "categories", "measures",
                                   "rights_obligations", "return_or_delete", "no_subentrust"],
                  declared_in="inv/recipients.yaml:2")
    fields.update(changes)
    return RecipientDeclaration(**fields)


def inventory(activities=None, recipients=None, audit: Audit | None = None) -> Inventory:
    organisation = Organisation(name="示例", audit=audit or Audit(),
                                declared_in="inv/privflow.yaml:7")
    return Inventory(root="inv", organisation=organisation,
                     activities=activities if activities is not None else [registration()],
                     recipients=recipients if recipients is not None else [sms_vendor()])


def by_rule(findings, rule):
    return [f for f in findings if f.rule == rule]


def test_rule_set_matches_ropa_and_metadata():
    ids = {r.id for r in RULES}
    assert ids == set(ROPA_RULES) | set(GATE_RULES) | set(GDPR_RULES)
    metadata = rule_metadata()
    assert {r for r, meta in metadata.items() if "stage" not in meta} == ids
    for rule_id, severity in {**ROPA_RULES, **GATE_RULES, **GDPR_RULES}.items():
        assert metadata[rule_id]["severity"] == severity, rule_id
        assert metadata[rule_id]["title"] and metadata[rule_id]["help"]


def test_fully_declared_inventory_has_no_findings():
    assert scan_findings(scan(member_table()), inventory()) == []


def test_new_sensitive_column_in_declared_table_is_undeclared_sensitive():
    table = member_table()
    table.add_column(Column("bank_card", categories=["financial.bank_account"], sensitive=True,
                            source="db/schema.sql:30"))
    findings = scan_findings(scan(table), inventory())
    [finding] = findings
    assert (finding.rule, finding.severity) == ("undeclared-sensitive", "high")
    assert finding.subject == "registration:financial.bank_account"
    assert finding.location == "db/schema.sql:30"
    assert finding.fingerprint == fingerprint("undeclared-sensitive", finding.subject)


def test_undeclared_general_category_is_medium_and_gdpr_special_counts_as_sensitive():
    table = member_table()
    table.add_column(Column("email", categories=["contact.email"], source="db/schema.sql:31"))
    table.add_column(Column("ethnicity", categories=["identity.ethnicity"],
                            source="db/schema.sql:32"))
    # Under PIPL alone ethnicity (民族) is general personal information ...
    findings = scan_findings(scan(table), inventory())
    assert [(f.rule, f.subject) for f in findings] == [
        ("undeclared-category", "registration:contact.email"),
        ("undeclared-category", "registration:identity.ethnicity"),
    ]
    # ... under the GDPR it is an Art. 9 special category, named with its law.
    both = inventory()
    both.organisation.jurisdictions = ["PIPL", "GDPR"]
    findings = [f for f in scan_findings(scan(table), both) if f.rule.startswith("undeclared")]
    assert [(f.rule, f.subject, f.params.get("law")) for f in findings] == [
        ("undeclared-sensitive", "registration:identity.ethnicity", "GDPR"),
        ("undeclared-category", "registration:contact.email", None),
    ]


def test_sensitive_column_outside_every_activity_is_unused_sensitive():
    vault = Table(id="shop.kyc_vault", name="kyc_vault", source="db/kyc.sql:1")
    vault.add_column(Column("passport_no", categories=["identity.passport"], sensitive=True,
                            source="db/kyc.sql:3"))
    vault.add_column(Column("email", categories=["contact.email"], source="db/kyc.sql:4"))
    findings = scan_findings(scan(member_table(), vault), inventory())
    assert [(f.rule, f.subject, f.location) for f in findings] == [
        ("unused-sensitive", "shop.kyc_vault.passport_no", "db/kyc.sql:3"),
        ("undeclared-category", "shop.kyc_vault:contact.email", "db/kyc.sql:4"),
    ]


def test_without_inventory_only_scan_rules_run():
    flows = [Flow("shop.ums_member.phone", "recipient:directory:/exports/x", "etl/e.sql:5")]
    findings = scan_findings(scan(member_table(), flows=flows), None)
    assert sorted((f.rule, f.subject) for f in findings) == [
        ("undeclared-recipient", "recipient:directory:/exports/x"),
        ("unused-sensitive", "shop.ums_member.id_card"),
    ]
    assert all(rule_metadata()[f.rule].get("scan_only") for f in findings)


def test_systems_globs_match_full_ids_bare_names_and_columns():
    table = member_table()
    phone = table.column("phone")
    assert glob_covers("shop.ums_member", table)
    assert glob_covers("ums_*", table)
    assert glob_covers("shop.*", table)
    assert not glob_covers("oms_*", table)
    assert glob_covers("ums_member.phone", table, phone)
    assert glob_covers("shop.ums_member.p*", table, phone)
    assert not glob_covers("ums_member.phone", table, table.column("id_card"))


def test_column_level_systems_leave_other_columns_uncovered():
    activity = registration(systems=["ums_member.phone"], categories=["contact.phone"])
    findings = scan_findings(scan(member_table()), inventory([activity]))
    unused = by_rule(findings, "unused-sensitive")
    assert [f.subject for f in unused] == ["shop.ums_member.id_card"]


def test_declared_not_found_for_stale_category_and_system():
    activity = registration(categories=[*registration().categories, "biometric.face"],
                            systems=["ums_member", "crm_customer"], necessity="x")
    findings = by_rule(scan_findings(scan(member_table()), inventory([activity])),
                       "declared-not-found")
    assert {f.subject for f in findings} == {"registration:system:crm_customer",
                                             "registration:category:biometric.face"}
    assert {f.severity for f in findings} == {"low"}
    assert {f.location for f in findings} == {"inv/activities.yaml:3"}


def test_flow_to_recipient_missing_from_recipients_yaml():
    flows = [Flow("shop.ums_member.phone", "recipient:push_vendor", "etl/push.sql:7")]
    findings = scan_findings(scan(member_table(), flows=flows), inventory())
    [finding] = findings
    assert (finding.rule, finding.subject, finding.location) == (
        "undeclared-recipient", "recipient:push_vendor", "etl/push.sql:7")


def test_activity_naming_unknown_recipient_and_unknown_transfer_type():
    activity = registration(recipients=["ghost"])
    vendor = sms_vendor(transfer_type="unknown")
    findings = scan_findings(scan(member_table()), inventory([activity], [vendor]))
    assert {f.subject for f in by_rule(findings, "undeclared-recipient")} == {
        "registration:recipient:ghost", "recipient:sms:transfer_type"}


def test_sensitive_flow_to_recipient_not_declared_for_it():
    flows = [Flow("shop.ums_member.id_card", "recipient:sms", "etl/sms.sql:4"),
             Flow("shop.ums_member.phone", "recipient:sms", "etl/sms.sql:4")]
    findings = scan_findings(scan(member_table(), flows=flows), inventory())
    [finding] = findings
    assert finding.rule == "recipient-undeclared-category"
    assert finding.subject == "recipient:sms:identity.national_id"
    assert finding.location == "etl/sms.sql:4"
    declared = sms_vendor(categories=["contact.phone", "identity.national_id"])
    assert scan_findings(scan(member_table(), flows=flows), inventory(None, [declared])) == []


def test_raw_sensitive_data_crossing_the_border():
    vendor = sms_vendor(id="intl", country="SG", categories=["identity.national_id"],
                        cross_border_mechanism="standard_contract")
    activity = registration(recipients=["intl"], pipia=Pipia(ref="P", date="2024-01-01"),
                            cross_border=CrossBorder(exists=True, countries=["SG"],
                                                     mechanism="standard_contract"))
    raw = [Flow("shop.ums_member.id_card", "recipient:intl", "etl/export.sql:9")]
    findings = scan_findings(scan(member_table(), flows=raw), inventory([activity], [vendor]))
    assert [(f.rule, f.subject) for f in findings] == [
        ("raw-sensitive-cross-border", "shop.ums_member.id_card->recipient:intl")]
    hashed = [Flow("shop.ums_member.id_card", "recipient:intl", "etl/export.sql:9", "hash")]
    assert scan_findings(scan(member_table(), flows=hashed), inventory([activity], [vendor])) == []


def test_missing_lawful_basis_and_gdpr_f_without_pipl_basis():
    activity = registration(lawful_basis=None, gdpr_art6_basis="f")
    [finding] = scan_findings(scan(member_table()), inventory([activity]))
    assert (finding.rule, finding.subject, finding.location) == (
        "missing-lawful-basis", "registration", "inv/activities.yaml:3")
    assert "legitimate interests" in finding.message
    named = registration(lawful_basis="other_law")
    assert [f.rule for f in scan_findings(scan(member_table()), inventory([named]))] == [
        "missing-lawful-basis"]


def test_sensitive_on_plain_consent_and_without_necessity():
    activity = registration(lawful_basis="consent", consent_type="consent", necessity=None)
    findings = scan_findings(scan(member_table()), inventory([activity]))
    assert [f.rule for f in findings] == ["sensitive-without-separate-consent",
                                          "sensitive-without-necessity"]
    on_contract = registration(lawful_basis="contract", consent_type=None)
    assert scan_findings(scan(member_table()), inventory([on_contract])) == []


def test_under14_activity_makes_every_category_sensitive():
    table = Table(id="kids", name="kids", source="db/k.sql:1")
    table.add_column(Column("nickname", categories=["account.nickname"], source="db/k.sql:2"))
    activity = Activity(id="kids", name="儿童", lawful_basis="consent", consent_type="guardian",
                        minors="under14", systems=["kids"], categories=["account.nickname"],
                        retention=[Retention("*", period="P1Y", on_expiry="delete")],
                        declared_in="inv/activities.yaml:40")
    rules = {f.rule for f in scan_findings(scan(table), inventory([activity], []))}
    assert rules == {"sensitive-without-necessity", "pipia-missing"}
    activity.consent_type = "consent"  # guardian consent is the form PIPL Art. 31 asks for
    rules = {f.rule for f in scan_findings(scan(table), inventory([activity], []))}
    assert "sensitive-without-separate-consent" in rules


def test_provision_on_consent_needs_separate_consent():
    partner = sms_vendor(id="partner", transfer_type="provided", consent_type="consent")
    activity = registration(lawful_basis="consent", recipients=["partner"])
    activity.consent_type = "consent"
    activity.necessity = "x"
    findings = by_rule(scan_findings(scan(member_table()), inventory([activity], [partner])),
                       "provided-without-separate-consent")
    assert [f.subject for f in findings] == ["registration:recipient:partner"]
    partner.consent_type = "separate"
    findings = scan_findings(scan(member_table()), inventory([activity], [partner]))
    assert not by_rule(findings, "provided-without-separate-consent")


def test_entrusted_party_without_contract_or_with_incomplete_contract():
    no_contract = sms_vendor(contract_ref=None)
    [finding] = scan_findings(scan(member_table()), inventory(None, [no_contract]))
    assert (finding.rule, finding.subject, finding.location) == (
        "entrusted-without-contract", "sms", "inv/recipients.yaml:2")
    partial = sms_vendor(contract_covers=["purpose", "duration"])
    [finding] = scan_findings(scan(member_table()), inventory(None, [partial]))
    assert "no_subentrust" in finding.message


def test_cross_border_recipient_without_mechanism_and_domestic_declaration_mismatch():
    abroad = sms_vendor(id="sentry", country="US")
    activity = registration(recipients=["sentry"], pipia=Pipia(ref="P", date="2024-01-01"))
    findings = by_rule(scan_findings(scan(member_table()), inventory([activity], [abroad])),
                       "cross-border-without-mechanism")
    assert [(f.subject, f.location) for f in findings] == [
        ("registration:recipient:sentry", "inv/recipients.yaml:2")]
    abroad.cross_border_mechanism = "standard_contract"
    findings = by_rule(scan_findings(scan(member_table()), inventory([activity], [abroad])),
                       "cross-border-without-mechanism")
    assert "declares no cross-border transfer" in findings[0].message
    activity.cross_border = CrossBorder(exists=True, countries=["US"],
                                        mechanism="standard_contract")
    assert not by_rule(scan_findings(scan(member_table()), inventory([activity], [abroad])),
                       "cross-border-without-mechanism")


def test_pipia_missing_and_stale():
    missing = registration(pipia=Pipia())
    [finding] = scan_findings(scan(member_table()), inventory([missing]))
    assert (finding.rule, finding.severity) == ("pipia-missing", "high")
    assert "sensitive" in finding.message
    stale = registration(updated="2025-03-01")
    [finding] = scan_findings(scan(member_table()), inventory([stale]))
    assert (finding.rule, finding.severity) == ("pipia-stale", "medium")
    new_vendor = sms_vendor(since="2025-06-01")
    linked = registration(recipients=["sms"])
    [finding] = scan_findings(scan(member_table()), inventory([linked], [new_vendor]))
    assert finding.rule == "pipia-stale" and "recipient sms" in finding.message


def test_retention_missing_per_category_and_for_the_whole_activity():
    partial = registration(retention=[
        Retention("contact.phone", period="P1Y", on_expiry="delete"),
        Retention("identity.national_id", criteria="账号注销后", on_expiry=None,
                  declared_in="inv/activities.yaml:20")])
    findings = scan_findings(scan(member_table()), inventory([partial]))
    assert {(f.subject, f.location) for f in findings} == {
        ("registration:identity.national_id", "inv/activities.yaml:20"),
        ("registration:identity.birth_date", "inv/activities.yaml:3")}
    assert {f.rule for f in findings} == {"retention-missing"}
    none = registration(retention=[])
    [finding] = scan_findings(scan(member_table()), inventory([none]))
    assert finding.subject == "registration:*"


def test_retention_exceeds_only_with_deletion_code_in_the_scan():
    orders = Table(id="oms_order", name="oms_order", source="db/o.sql:1")
    orders.add_column(Column("receiver_phone", categories=["contact.phone"],
                             source="db/o.sql:2"))
    activity = registration(systems=["ums_member", "oms_order"])
    cleanup = [SourceStatement("DELETE FROM oms_order WHERE created < now() - interval 3 year",
                               "etl/cleanup.sql", 1, "mysql")]
    findings = scan_findings(scan(member_table(), orders, statements=cleanup),
                             inventory([activity]))
    [finding] = by_rule(findings, "retention-exceeds")
    assert "shop.ums_member" in finding.message and "oms_order" not in finding.message
    assert by_rule(scan_findings(scan(member_table(), orders), inventory([activity])),
                   "retention-exceeds") == []


def test_state_mismatch_from_pragma_and_from_readable_sampled_values():
    table = member_table()
    table.column("id_card").pragmas = ["encrypted"]
    [finding] = scan_findings(scan(table), inventory())
    assert (finding.rule, finding.subject) == ("state-mismatch", "shop.ums_member.id_card")
    table = member_table()
    id_card = table.column("id_card")
    id_card.state = "encrypted"
    id_card.evidence = ["comment:身份证号(加密)", "values:19/20 id checksum", "state:加密"]
    [finding] = scan_findings(scan(table), inventory())
    assert finding.rule == "state-mismatch" and "19/20" in finding.message
    id_card.evidence = ["comment:身份证号(加密)", "state:加密"]
    assert scan_findings(scan(table), inventory()) == []


def test_minor_indicators_when_activity_declares_no_minors():
    activity = registration(minors="none")
    [finding] = scan_findings(scan(member_table()), inventory([activity]))
    assert (finding.rule, finding.subject) == ("minor-indicators", "registration")
    assert "shop.ums_member.birthday" in finding.message


def test_adm_without_opt_out():
    activity = registration(adm=True)
    [finding] = scan_findings(scan(member_table()), inventory([activity]))
    assert finding.rule == "adm-without-opt-out"
    activity.opt_out_mechanism = "设置-隐私-关闭个性化推荐"
    assert scan_findings(scan(member_table()), inventory([activity])) == []


@pytest.mark.parametrize(("audit", "fires"), [
    (Audit(scale_band=">10m"), True),
    (Audit(scale_band=">10m", last_audit_date=str(date.today() - timedelta(days=800))), True),
    (Audit(scale_band=">10m", last_audit_date=str(date.today() - timedelta(days=300))), False),
    (Audit(scale_band="1m-10m"), False),
    (Audit(scale_band="1m-10m", next_due=str(date.today() - timedelta(days=1))), True),
])
def test_audit_overdue(audit, fires):
    findings = scan_findings(scan(member_table()), inventory(audit=audit))
    assert [f.rule for f in findings] == (["audit-overdue"] if fires else [])


def test_fingerprints_ignore_line_moves():
    moved = member_table()
    for column in moved.columns.values():
        column.source = column.source.replace("db/schema.sql:", "db/schema.sql:1")
    moved.add_column(Column("bank_card", categories=["financial.bank_account"], sensitive=True,
                            source="db/schema.sql:99"))
    original = member_table()
    original.add_column(Column("bank_card", categories=["financial.bank_account"],
                               sensitive=True, source="db/schema.sql:30"))
    [before] = scan_findings(scan(original), inventory())
    [after] = scan_findings(scan(moved), inventory())
    assert before.location != after.location
    assert before.fingerprint == after.fingerprint


def test_inventory_without_activities_declares_nothing():
    findings = scan_findings(scan(member_table()), inventory([], []))
    assert sorted((f.rule, f.subject) for f in findings) == [
        ("undeclared-category", "shop.ums_member:contact.phone"),
        ("undeclared-category", "shop.ums_member:identity.birth_date"),
        ("unused-sensitive", "shop.ums_member.id_card"),
    ]


def test_minor_indicators_skip_activities_about_employees_only():
    activity = registration(minors="none", data_subjects=["员工"])
    assert scan_findings(scan(member_table()), inventory([activity])) == []
    activity.data_subjects = ["员工", "会员"]
    assert [f.rule for f in scan_findings(scan(member_table()), inventory([activity]))] == [
        "minor-indicators"]


def test_undeclared_category_of_an_under14_activity_is_sensitive():
    table = Table(id="kids", name="kids", source="db/k.sql:1")
    table.add_column(Column("nickname", categories=["account.nickname"], source="db/k.sql:2"))
    activity = Activity(id="kids", name="儿童", lawful_basis="contract", minors="under14",
                        systems=["kids"], necessity="x", pipia=Pipia(ref="P", date="2024-01-01"),
                        retention=[Retention("*", period="P1Y", on_expiry="delete")])
    [finding] = scan_findings(scan(table), inventory([activity], []))
    assert (finding.rule, finding.subject) == ("undeclared-sensitive", "kids:account.nickname")
