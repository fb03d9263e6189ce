"""The organisation's law decides the rules: PIPL, GDPR or both (check/data/laws/*.yaml).

The EU example (examples/eu-retailer, a Hamburg retailer under the GDPR alone) must raise no
PIPL rule and no "transfer" to its German carrier; every undeclared Art. 9 column is a finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from privflow.check import rule_metadata, scan_findings
from privflow.check.laws import load_law
from privflow.inventory.model import (
    Activity,
    Audit,
    Inventory,
    Organisation,
    Pipia,
    RecipientDeclaration,
    Retention,
)
from privflow.pipeline import ScanOptions, load_inventory, run_scan
from privflow.schema import Column, ScanResult, Schema, Table

REPO = Path(__file__).resolve().parents[1]
EU = REPO / "examples" / "eu-retailer"
PIPL_RULES = set(load_law("PIPL").rules)
GDPR_RULES = set(load_law("GDPR").rules)

# Art. 9(1) and Art. 10 columns as a clinic would name them, with the category each holds.
SPECIAL_COLUMNS = {
    "blood_type": "health.physiological", "ethnicity": "identity.ethnicity",
    "religion": "special.religion", "diagnosis": "health.medical",
    "trade_union": "special.trade_union", "sexual_orientation": "special.sexual_orientation",
    "political_party": "special.political", "criminal_record": "special.criminal_record",
    "fingerprint_hash": "biometric.fingerprint",
}


def _scan(path: Path):
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(path.parent)
        inventory = load_inventory(path.name)
        result = run_scan(ScanOptions(inventory_dir=path.name), inventory)
    return result, inventory


@pytest.fixture(scope="module")
def eu():
    return _scan(EU)


@pytest.fixture(scope="module")
def shipped():
    return _scan(REPO / "inventory")


def test_eu_example_raises_no_pipl_rule_and_no_domestic_transfer(eu):
    result, inventory = eu
    assert inventory.organisation.jurisdictions == ["GDPR"]
    rules = {f.rule for f in result.findings}
    assert not rules & PIPL_RULES, rules & PIPL_RULES
    carrier = [f for f in result.findings if "hanse_paket" in f.subject + f.message]
    assert carrier == []
    # the carrier is in Germany: no transfer column, no cross-border wording about it
    assert inventory.recipient("hanse_paket").country == "DE"


def test_eu_example_every_undeclared_art9_column_is_a_high_finding(eu):
    result, _ = eu
    gdpr = load_law("GDPR")
    special = {}
    for table in result.schema.tables.values():
        for column in table.columns.values():
            for category in column.categories:
                if gdpr.is_sensitive(category):
                    special[f"{table.id}.{column.name}"] = category
    assert {"employees.religion", "employees.ethnicity", "employees.trade_union",
            "advice_records.blood_type"} <= set(special)
    flagged = {(f.subject.split(":")[0], f.params["category"]) for f in result.findings
               if f.rule == "undeclared-sensitive"}
    assert all(f.severity == "high" for f in result.findings if f.rule == "undeclared-sensitive")
    declared = {("store_advice", "health.medical")}
    for column, category in special.items():
        activity = {"employees": "payroll", "advice_records": "store_advice"}[column.split(".")[0]]
        if (activity, category) not in declared:
            assert (activity, category) in flagged, column
    # payroll holds special categories without an Art. 9(2) condition; store_advice has one
    art9 = {f.subject for f in result.findings if f.rule == "special-category-without-condition"}
    assert art9 == {"payroll:art9"}


def _clinic(tmp_path: Path, declared: list[str]) -> list:
    table = Table(id="patients", name="patients", source="db/clinic.sql:1")
    table.add_column(Column("full_name", categories=["identity.name"],
                            source="db/clinic.sql:2"))
    for line, (name, category) in enumerate(SPECIAL_COLUMNS.items(), start=3):
        table.add_column(Column(name, categories=[category], source=f"db/clinic.sql:{line}"))
    activity = Activity(id="treatment", name="Behandlung", purpose="Treat patients",
                        gdpr_art6_basis="c", gdpr_art9_condition="h", systems=["patients"],
                        categories=["identity.name", *declared],
                        retention=[Retention("*", period="P10Y", on_expiry="delete")],
                        declared_in="inv/activities.yaml:1")
    organisation = Organisation(name="Praxis", country="DE", jurisdictions=["GDPR"])
    inventory = Inventory(root="inv", organisation=organisation, activities=[activity])
    result = ScanResult(schema=Schema(tables={table.id: table}), flows=[], recipients=[])
    return scan_findings(result, inventory)


def test_gdpr_clinic_each_undeclared_special_column_is_a_finding(tmp_path):
    findings = _clinic(tmp_path, [])
    undeclared = {f.params["category"]: f for f in findings if f.rule == "undeclared-sensitive"}
    assert set(undeclared) == set(SPECIAL_COLUMNS.values())
    assert {f.severity for f in undeclared.values()} == {"high"}
    assert {f.params["law"] for f in undeclared.values()} == {"GDPR"}
    assert not {f.rule for f in findings} & PIPL_RULES
    # declared, with an Art. 9(2) condition: nothing left to say about them
    findings = _clinic(tmp_path, sorted(set(SPECIAL_COLUMNS.values())))
    assert [f for f in findings if f.rule in ("undeclared-sensitive",
                                             "special-category-without-condition")] == []


def _transfer_findings(country: str, mechanism: str | None = None, home: str = "DE"):
    table = Table(id="customers", name="customers", source="db/s.sql:1")
    table.add_column(Column("email", categories=["contact.email"], source="db/s.sql:2"))
    recipient = RecipientDeclaration(id="vendor", name="Vendor", country=country,
                                     gdpr_transfer_mechanism=mechanism,
                                     contract_ref="DPA", contract_covers=[
                                         "purpose", "duration", "method", "categories",
                                         "measures", "rights_obligations",
                                         "return_or_delete", "no_subentrust"],
                                     declared_in="inv/recipients.yaml:1")
    activity = Activity(id="shop", name="Shop", purpose="Sell", gdpr_art6_basis="b",
                        systems=["customers"], categories=["contact.email"],
                        recipients=["vendor"],
                        retention=[Retention("*", period="P1Y", on_expiry="delete")],
                        declared_in="inv/activities.yaml:1")
    organisation = Organisation(name="Shop GmbH", country=home, jurisdictions=["GDPR"])
    inventory = Inventory(root="inv", organisation=organisation, activities=[activity],
                          recipients=[recipient])
    result = ScanResult(schema=Schema(tables={table.id: table}), flows=[], recipients=[])
    return [f for f in scan_findings(result, inventory)
            if f.rule == "transfer-without-safeguard"]


@pytest.mark.parametrize(("country", "mechanism", "variant"), [
    ("FR", None, None),          # inside the EU
    ("NO", None, None),          # EEA
    ("JP", None, None),          # adequacy decision
    ("CH", None, None),
    ("US", None, "partial"),     # the DPF covers certified organisations only
    ("US", "adequacy", None),    # ... this one declares it is certified
    ("CN", None, "none"),
    ("CN", "scc", None),
    ("IN", "derogation_contract", None),
])
def test_gdpr_transfers_are_outside_the_eea_without_adequacy_or_safeguard(
        country, mechanism, variant):
    found = _transfer_findings(country, mechanism)
    assert [f.params["variant"] for f in found] == ([variant] if variant else [])
    for finding in found:
        assert finding.params["law"] == "GDPR" and finding.severity == "high"


def test_adequacy_table_is_dated():
    gdpr = load_law("GDPR")
    assert gdpr.adequacy_as_of and gdpr.adequate("JP").decided == "2019-01-23"
    assert gdpr.adequate("US").scope


def test_dpia_triggers_replace_pipia_under_gdpr():
    table = Table(id="members", name="members", source="db/s.sql:1")
    table.add_column(Column("email", categories=["contact.email"], source="db/s.sql:2"))
    activity = Activity(id="ads", name="Ads", purpose="Target ads", gdpr_art6_basis="a",
                        systems=["members"], categories=["contact.email"], adm=True,
                        opt_out_mechanism="settings", dpia_criteria=["matching_datasets"],
                        retention=[Retention("*", period="P1Y", on_expiry="delete")],
                        declared_in="inv/activities.yaml:1")
    organisation = Organisation(name="X", country="DE", jurisdictions=["GDPR"],
                                audit=Audit(scale_band="<1m"))
    inventory = Inventory(root="inv", organisation=organisation, activities=[activity])
    result = ScanResult(schema=Schema(tables={table.id: table}), flows=[], recipients=[])
    findings = scan_findings(result, inventory)
    dpia = [f for f in findings if f.rule == "dpia-missing"]
    assert [(f.params["variant"], f.params["triggers"]) for f in dpia] == [
        ("criteria", "evaluation_scoring, matching_datasets")]
    assert not [f for f in findings if f.rule.startswith("pipia")]
    activity.dpia = Pipia(ref="DPIA-1", date="2025-01-01")
    assert not [f for f in scan_findings(result, inventory) if f.rule == "dpia-missing"]


def test_shipped_example_shows_both_laws_each_naming_its_law(shipped):
    result, inventory = shipped
    assert inventory.organisation.country == "CN"
    rules = {f.rule for f in result.findings}
    assert rules & PIPL_RULES or rules & GDPR_RULES
    assert rules & GDPR_RULES, rules
    for finding in result.findings:
        if finding.rule in PIPL_RULES:
            assert finding.params["law"] == "PIPL"
        if finding.rule in GDPR_RULES:
            assert finding.params["law"] == "GDPR"
            assert all(ref.startswith("GDPR") for ref in rule_metadata()[finding.rule]["legal"])
    # domestic Chinese vendors are not GDPR transfers of a company established in China
    transfers = {f.subject for f in result.findings if f.rule == "transfer-without-safeguard"}
    assert all(inventory.recipient(s.split(":")[2]).country != "CN" for s in transfers)


def test_recipients_default_to_the_organisation_country(tmp_path):
    (tmp_path / "privflow.yaml").write_text(
        "organisation:\n  name: X\n  country: FR\n  jurisdictions: [GDPR]\n", encoding="utf-8")
    (tmp_path / "recipients.yaml").write_text(
        "recipients:\n  - id: post\n    name: La Poste\n", encoding="utf-8")
    inventory = load_inventory(str(tmp_path))
    assert inventory.recipient("post").country == "FR"


def test_gdpr_only_record_has_no_pipl_columns_or_words(eu):
    from privflow.report import render_report

    result, inventory = eu
    files = render_report(result, inventory, lang="en", formats=["md", "json"],
                          report_date="2026-12-01")
    text = files["ropa.md"].decode()
    assert "PIPIA" not in text and "PIPL" not in text
    assert "| Controller | Nordlicht Naturwaren GmbH |" in text
    assert "processor (Art. 28)" in text
    assert "DPIA (GDPR Art. 35)" in text
    import json

    registers = json.loads(files["ropa.json"])["registers"]
    assert "pipia" not in registers and "collection" not in registers
    keys = [c["key"] for c in registers["activities"]["columns"]]
    assert "lawful_basis" not in keys and "gdpr_basis" in keys and "special_categories" in keys
    # the German carrier is not abroad; the US processor is, on SCCs
    rows = {r["recipient_id"]["value"]: r for r in registers["sharing"]["rows"]}
    assert rows["hanse_paket"]["gdpr_transfer_mechanism"]["value"] == ""
    assert "standard contractual clauses" in rows["mailwave"]["gdpr_transfer_mechanism"]["value"]


def test_processor_role_writes_the_art_30_2_record(eu):
    from privflow.report import render_report

    result, inventory = eu
    files = render_report(result, inventory, lang="en", formats=["json"],
                          report_date="2026-12-01", role="processor")
    import json

    registers = json.loads(files["ropa.json"])["registers"]
    assert list(registers) == ["processing", "sharing", "gaps"]
    assert registers["processing"]["columns"][0]["key"] == "controller"
    assert registers["processing"]["title"].startswith("2. Processing carried out on behalf")


def test_processor_without_contract_is_worded_for_the_gdpr():
    table = Table(id="customers", name="customers", source="db/s.sql:1")
    table.add_column(Column("email", categories=["contact.email"], source="db/s.sql:2"))
    recipient = RecipientDeclaration(id="mailer", name="Mailer", country="DE",
                                     declared_in="inv/recipients.yaml:1")
    activity = Activity(id="shop", name="Shop", purpose="Sell", gdpr_art6_basis="b",
                        systems=["customers"], categories=["contact.email"],
                        recipients=["mailer"],
                        retention=[Retention("*", period="P1Y", on_expiry="delete")])
    organisation = Organisation(name="Shop GmbH", country="DE", jurisdictions=["GDPR"])
    inventory = Inventory(root="inv", organisation=organisation, activities=[activity],
                          recipients=[recipient])
    result = ScanResult(schema=Schema(tables={table.id: table}), flows=[], recipients=[])
    found = [f for f in scan_findings(result, inventory) if f.rule == "entrusted-without-contract"]
    assert [f.message for f in found] == [
        "processor mailer has no contract_ref (GDPR Art. 28(3) data processing agreement)"]


def test_without_jurisdictions_the_country_decides(tmp_path):
    for country, laws in (("DE", ["GDPR"]), ("NO", ["GDPR"]), ("CN", ["PIPL"])):
        (tmp_path / "privflow.yaml").write_text(
            f"organisation:\n  name: X\n  country: \"{country}\"\n", encoding="utf-8")
        assert load_inventory(str(tmp_path)).organisation.jurisdictions == laws, country


def test_gdpr_special_columns_outside_every_activity_are_high_findings():
    table = Table(id="patients", name="patients", source="db/clinic.sql:1")
    for line, (name, category) in enumerate(SPECIAL_COLUMNS.items(), start=2):
        table.add_column(Column(name, categories=[category], source=f"db/clinic.sql:{line}"))
    organisation = Organisation(name="Praxis", country="DE", jurisdictions=["GDPR"])
    inventory = Inventory(root="inv", organisation=organisation, activities=[])
    result = ScanResult(schema=Schema(tables={table.id: table}), flows=[], recipients=[])
    found = {f.subject: f.severity for f in scan_findings(result, inventory)
             if f.rule == "unused-sensitive"}
    assert found == {f"patients.{name}": "high" for name in SPECIAL_COLUMNS}
