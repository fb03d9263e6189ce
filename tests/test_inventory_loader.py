"""The inventory loader on the shipped example and on broken copies of each of its files.

Each broken variant changes one line of a copy of the example and asserts the exact one-line
error (file, line, field, allowed values) that a DPO would see.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from privflow.errors import PrivflowError
from privflow.inventory import load_inventory
from privflow.inventory.model import ENUMS, Inventory

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "inventory"
FIXTURES = REPO / "tests" / "fixtures" / "inventory"


@pytest.fixture(scope="module")
def example() -> Inventory:
    return load_inventory(str(EXAMPLE))


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A private copy of the example inventory (YAML and the SQL its sources name)."""
    target = tmp_path / "inv"
    shutil.copytree(EXAMPLE, target)
    return target


def break_file(folder: Path, name: str, old: str, new: str) -> int:
    """Replace the first OLD in FILE by NEW; return the 1-based line where NEW starts."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    index = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, index) + 1


def line_of(folder: Path, name: str, needle: str) -> int:
    text = (folder / name).read_text(encoding="utf-8")
    return text.count("\n", 0, text.index(needle)) + 1


def error_of(folder: Path) -> str:
    with pytest.raises(PrivflowError) as caught:
        load_inventory(str(folder))
    return str(caught.value)


# ------------------------------------------------------------------------------- the example


def test_example_organisation(example: Inventory) -> None:
    org = example.organisation
    assert org.name == "杭州青禾图库网络科技有限公司"
    assert org.jurisdictions == ["PIPL", "GDPR"]
    assert org.dpo.email == "privacy@qinghetu.example"
    assert org.audit.auditor == "external"
    assert org.audit.last_audit_date == "2025-10-15"  # an unquoted YAML date becomes ISO text
    assert org.declared_in == f"{EXAMPLE}/privflow.yaml:8"
    assert example.root == str(EXAMPLE)


def test_example_sources_are_usable_from_the_given_folder(tmp_path: Path,
                                                          monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    inventory = load_inventory("inventory")
    assert inventory.source_paths == ["inventory/db", "inventory/migrations",
                                      "inventory/etl/hive", "inventory/etl/mysql",
                                      "inventory/dbt"]
    assert inventory.dialects == {"inventory/db": "mysql", "inventory/migrations": "mysql",
                                  "inventory/etl/hive": "hive", "inventory/etl/mysql": "mysql"}
    assert all(Path(p).is_dir() for p in inventory.source_paths)
    assert inventory.databases == []
    activity = inventory.activity("real_name_verification")
    assert activity is not None
    assert activity.declared_in == f"inventory/activities.yaml:{line_of(EXAMPLE, 'activities.yaml', '  - id: real_name_verification')}"
    assert activity.retention[0].declared_in.startswith("inventory/activities.yaml:")


def test_example_activities(example: Inventory) -> None:
    ids = [a.id for a in example.activities]
    assert len(ids) == len(set(ids)) == 16
    esign = example.activity("e_signing")
    assert esign is not None
    assert esign.lawful_basis == "consent" and esign.consent_type == "separate"
    assert "biometric.face" in esign.categories
    assert set(esign.recipients) == {"esign", "esign_carriers", "esign_unionpay", "esign_alipay"}
    children = example.activity("child_accounts")
    assert children is not None and children.minors == "under14"
    assert children.consent_type == "guardian"
    recommend = example.activity("personalised_recommendation")
    assert recommend is not None and recommend.adm and recommend.opt_out_mechanism
    assert recommend.pipia.ref and recommend.pipia.date == "2024-03-18"
    orders = example.activity("orders")
    assert orders is not None
    assert orders.retention[0].period == "P3Y"
    assert orders.retention[0].legal_basis == "电子商务法 第三十一条"
    diagnostics = example.activity("app_diagnostics")
    assert diagnostics is not None and diagnostics.cross_border.exists
    assert diagnostics.cross_border.countries == ["US"]
    for activity in example.activities:
        assert activity.lawful_basis in ENUMS["lawful_basis"]
        assert set(activity.recipients) <= {r.id for r in example.recipients}


def test_example_recipients_cover_ropa_4_2(example: Inventory) -> None:
    by_id = {r.id: r for r in example.recipients}
    # ropa.md §4.2: share/login SDKs, carrier login, statistics, push, SMS, payments, e-sign
    # and its onward recipients, the authority for real-name checks, customer service.
    for rid in ("wechat_open", "qq_connect", "weibo_share", "xhs_share", "cmcc_auth",
                "cucc_auth", "ctcc_auth", "umeng_analytics", "getui_push", "aliyun_sms",
                "marketing_sms_gateway", "alipay", "wechat_pay", "esign", "esign_carriers",
                "esign_unionpay", "esign_alipay", "nciic", "sobot_cs"):
        assert rid in by_id, rid
    assert {r.id for r in example.recipients if r.onward_of == "esign"} == {
        "esign_carriers", "esign_unionpay", "esign_alipay"}
    assert by_id["nciic"].kind == "government"
    assert by_id["marketing_sms_gateway"].tables == ["sms_mt.*"]
    assert by_id["oceanengine"].paths == ["oss://qh-dmp-exchange/oceanengine/*"]
    assert "oms_order.receiver_*" in by_id["sf_express"].receives
    assert by_id["sentry"].country == "US"
    assert by_id["sentry"].cross_border_mechanism == "standard_contract"
    lineage = {r.id: r for r in example.lineage_recipients()}
    assert lineage["esign"].receives == by_id["esign"].receives
    assert lineage["esign"].declared_in == by_id["esign"].declared_in


def test_example_overrides_are_classifier_overrides(example: Inventory) -> None:
    from privflow.classify import Override

    assert example.classification
    assert all(isinstance(o, Override) for o in example.classification)
    face = next(o for o in example.classification if o.column == "face_feature")
    assert (face.table, face.action, face.categories) == ("esign_signer", "force",
                                                         ["biometric.face"])
    assert face.declared_in == f"{EXAMPLE}/classification.yaml:{line_of(EXAMPLE, 'classification.yaml', '  - table: esign_signer')}"
    ignore = next(o for o in example.classification if o.action == "ignore")
    assert ignore.categories == [] and ignore.reason


def test_minimal_inventory_only_needs_privflow_yaml(tmp_path: Path) -> None:
    (tmp_path / "privflow.yaml").write_text("organisation:\n  name: 示例公司\n",
                                            encoding="utf-8")
    inventory = load_inventory(str(tmp_path))
    assert inventory.organisation.name == "示例公司"
    assert inventory.activities == inventory.recipients == inventory.classification == []
    # No `sources:` means: scan the inventory folder itself.
    assert inventory.source_paths == [str(tmp_path)]


def test_fixture_inventory_with_other_law_and_column_overrides() -> None:
    inventory = load_inventory(str(FIXTURES / "small"))
    activity = inventory.activity("hr_payroll")
    assert activity is not None
    assert activity.lawful_basis == "hr_management"
    archive = inventory.activity("tax_archive")
    assert archive is not None and archive.lawful_basis_law == "税收征收管理法 第二十四条"
    assert inventory.dialects == {str(FIXTURES / "small" / "sql"): "postgres"}
    assert inventory.include == ["hr.*"] and inventory.exclude == ["hr.tmp_*"]
    assert inventory.databases == ["postgresql://reader:${HR_DB_PASSWORD}@127.0.0.1/hr"]


# ------------------------------------------------------------------------ broken privflow.yaml


def test_privflow_wrong_enum(copy: Path) -> None:
    line = break_file(copy, "privflow.yaml", "auditor: external", "auditor: externel")
    assert error_of(copy) == (f"{copy}/privflow.yaml:{line}: organisation.audit.auditor "
                              "'externel' is not one of internal, external "
                              "(did you mean 'external'?)")


def test_privflow_missing_field(copy: Path) -> None:
    break_file(copy, "privflow.yaml", "  name: 杭州青禾图库网络科技有限公司\n", "")
    line = line_of(copy, "privflow.yaml", "  name_en:")
    assert error_of(copy) == (f"{copy}/privflow.yaml:{line}: organisation is missing required "
                              "field 'name'")


def test_privflow_unknown_key(copy: Path) -> None:
    line = break_file(copy, "privflow.yaml", "    address: 浙江省", "    adress: 浙江省")
    assert error_of(copy) == (f"{copy}/privflow.yaml:{line}: unknown key "
                              "'organisation.contact.adress' in contact (did you mean 'address'?)")


def test_privflow_unknown_top_level_key(copy: Path) -> None:
    line = break_file(copy, "privflow.yaml", "databases: []", "database: []")
    assert error_of(copy) == (f"{copy}/privflow.yaml:{line}: unknown key 'database' "
                              "(did you mean 'databases'?); this file takes version, "
                              "organisation, sources, databases, include, exclude, policies, "
                              "query_logs")


def test_privflow_bad_glob(copy: Path) -> None:
    line = break_file(copy, "privflow.yaml", "databases: []", "databases: []\ninclude: ['qh_main.[uc']")
    assert error_of(copy) == (f"{copy}/privflow.yaml:{line + 1}: include glob "
                              "'qh_main.[uc' has an unclosed '['")


def test_privflow_bad_dialect(copy: Path) -> None:
    line = break_file(copy, "privflow.yaml", "    dialect: hive", "    dialect: hiveql")
    message = error_of(copy)
    assert message.startswith(f"{copy}/privflow.yaml:{line}: dialect 'hiveql' is not one of ")
    assert message.endswith("(did you mean 'hive'?)")


def test_privflow_missing_source_path(copy: Path) -> None:
    shutil.rmtree(copy / "dbt")
    line = line_of(copy, "privflow.yaml", "  - dbt")
    assert error_of(copy) == (f"{copy}/privflow.yaml:{line}: sources path 'dbt' does not "
                              f"exist ({copy}/dbt)")


def test_privflow_wrong_type(copy: Path) -> None:
    line = break_file(copy, "privflow.yaml", "jurisdictions: [PIPL, GDPR]", "jurisdictions: PIPL")
    assert error_of(copy) == (f"{copy}/privflow.yaml:{line}: organisation.jurisdictions must "
                              "be a list, not 'PIPL'")


def test_privflow_number_where_text_is_expected(copy: Path) -> None:
    line = break_file(copy, "privflow.yaml", "    phone: 0571-5550-1234", "    phone: 057155501234")
    assert error_of(copy) == (f"{copy}/privflow.yaml:{line}: organisation.contact.phone must "
                              "be text, not the number 057155501234 (put it in quotes)")


def test_privflow_is_required(tmp_path: Path) -> None:
    (tmp_path / "activities.yaml").write_text("activities: []\n", encoding="utf-8")
    assert error_of(tmp_path) == f"{tmp_path}: no privflow.yaml in the inventory folder"


def test_missing_folder(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nope") == f"{tmp_path}/nope: inventory folder does not exist"


# ----------------------------------------------------------------------- broken activities.yaml


def test_activities_wrong_enum(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    lawful_basis: legal_duty",
                      "    lawful_basis: consnet")
    assert error_of(copy) == (
        f"{copy}/activities.yaml:{line}: lawful_basis 'consnet' is not one of consent, "
        "contract, hr_management, legal_duty, emergency, news_public_interest, "
        "public_information, other_law (did you mean 'consent'?)")


def test_activities_wrong_enum_in_a_list(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    measures: [encryption, access_control, authentication, traceability, mlps]",
                      "    measures:\n      - encryption\n      - firewall")
    assert error_of(copy) == (
        f"{copy}/activities.yaml:{line + 2}: measures 'firewall' is not one of policies, "
        "classification, encryption, deidentification, access_control, training, "
        "incident_plan, backup, authentication, mlps, traceability, processor_control")


def test_activities_missing_field(copy: Path) -> None:
    line = break_file(copy, "activities.yaml",
                      "    purpose: 根据搜索词快速匹配素材，改进搜索结果\n", "")
    start = line_of(copy, "activities.yaml", "  - id: search")
    assert line > start
    assert error_of(copy) == (f"{copy}/activities.yaml:{start}: activity 'search' is missing "
                              "required field 'purpose'")


def test_activities_unknown_key(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    purpose: 根据搜索词",
                      "    purpse: 根据搜索词")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: unknown key 'purpse' in "
                              "activity (did you mean 'purpose'?)")


def test_activities_declared_in_is_not_writable(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    purpose: 根据搜索词",
                      "    declared_in: x.yaml:1\n    purpose: 根据搜索词")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: unknown key 'declared_in' in "
                              "activity (it is filled in by privflow)")


def test_activities_bad_glob(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    systems: [log_search]",
                      "    systems: [log_search, 'log search']")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: systems glob 'log search' "
                              "contains white space")


def test_activities_glob_with_unclosed_bracket(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    systems: [log_search]",
                      "    systems: ['log_[search']")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: systems glob 'log_[search' "
                              "has an unclosed '['")


def test_activities_unknown_category(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    categories: [behavior.search, network.ip",
                      "    categories: [behavior.serach, network.ip")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: categories 'behavior.serach' is "
                              "not a category of the taxonomy (did you mean "
                              "'behavior.search'?)")


def test_activities_undeclared_recipient(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    recipients: [nciic]",
                      "    recipients:\n      - nciic\n      - police_api")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line + 2}: recipients: 'police_api' is "
                              "not declared in recipients.yaml")


def test_activities_duplicate_id(copy: Path) -> None:
    first = line_of(copy, "activities.yaml", "  - id: search")
    line = break_file(copy, "activities.yaml", "  - id: favourites_downloads", "  - id: search")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: duplicate activity id 'search' "
                              f"(first declared at {copy}/activities.yaml:{first})")


def test_activities_bad_retention_period(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "        period: P3Y", "        period: 3 years")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: retention.period '3 years' is "
                              "not an ISO-8601 duration such as P3Y, P6M, P30D")


def test_activities_bad_retention_enum(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "        on_expiry: anonymise",
                      "        on_expiry: anonymize")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: retention.on_expiry 'anonymize' "
                              "is not one of delete, anonymise, restrict "
                              "(did you mean 'anonymise'?)")


def test_activities_bad_date(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    created: 2021-05-10", "    created: 2021-13-10")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: '2021-13-10' is not a valid "
                              "value")


def test_activities_retention_needs_a_category(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "      - category: network.ip\n        period: P6M\n        trigger: collected",
                      "      - period: P6M\n        trigger: collected")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: retention is missing required "
                              "field 'category'")


def test_activities_text_date(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    created: 2021-05-10", "    created: 10.05.2021")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: created '10.05.2021' is not a "
                              "date YYYY-MM-DD")


def test_activities_flag_must_be_boolean(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    adm: true", "    adm: '是'")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: adm must be true or false, "
                              "not '是'")


def test_activities_other_law_needs_the_law(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "    lawful_basis: legal_duty",
                      "    lawful_basis: other_law")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: activity 'device_security' has "
                              "lawful_basis other_law but no lawful_basis_law naming that law")


def test_activities_cross_border_country(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "      countries: [US]", "      countries: [USA]")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line}: cross_border.countries 'USA' is "
                              "not an ISO 3166-1 alpha-2 code such as CN, US, SG")


def test_activities_top_level_list(copy: Path) -> None:
    (copy / "activities.yaml").write_text("- id: x\n  name: y\n", encoding="utf-8")
    assert error_of(copy) == (f"{copy}/activities.yaml:1: must be a mapping with the keys "
                              "activities, not a list")


# ----------------------------------------------------------------------- broken recipients.yaml


def test_recipients_wrong_enum(copy: Path) -> None:
    line = break_file(copy, "recipients.yaml", "    kind: government", "    kind: goverment")
    assert error_of(copy) == (f"{copy}/recipients.yaml:{line}: kind 'goverment' is not one of "
                              "processor, handler, joint, government, sdk, internal "
                              "(did you mean 'government'?)")


def test_recipients_missing_field(copy: Path) -> None:
    start = line_of(copy, "recipients.yaml", "  - id: nciic")
    break_file(copy, "recipients.yaml", "    name: 全国公民身份证号码查询服务中心\n", "")
    assert error_of(copy) == (f"{copy}/recipients.yaml:{start}: recipient 'nciic' is missing "
                              "required field 'name'")


def test_recipients_unknown_key(copy: Path) -> None:
    line = break_file(copy, "recipients.yaml", "    onward_of: esign\n    receives: [esign_signer.signer_name, esign_signer.id_card_no, esign_signer.signer_mobile]",
                      "    onward_from: esign\n    receives: [esign_signer.signer_name, esign_signer.id_card_no, esign_signer.signer_mobile]")
    assert error_of(copy) == (f"{copy}/recipients.yaml:{line}: unknown key 'onward_from' in "
                              "recipient (did you mean 'onward_of'?)")


def test_recipients_bad_table_glob(copy: Path) -> None:
    line = break_file(copy, "recipients.yaml", '    tables: ["sms_mt.*"]',
                      '    tables: ["sms_mt/*"]')
    assert error_of(copy) == (f"{copy}/recipients.yaml:{line}: tables glob 'sms_mt/*' has '/', "
                              "which cannot occur in table ids")


def test_recipients_bad_path_glob(copy: Path) -> None:
    line = break_file(copy, "recipients.yaml", '    paths: ["oss://qh-dmp-exchange/oceanengine/*"]',
                      '    paths: ["oss://qh-dmp-exchange/[oceanengine/*"]')
    assert error_of(copy) == (f"{copy}/recipients.yaml:{line}: paths glob "
                              "'oss://qh-dmp-exchange/[oceanengine/*' has an unclosed '['")


def test_recipients_bad_receives_glob(copy: Path) -> None:
    line = break_file(copy, "recipients.yaml", "    receives: [oms_order.receiver_*]",
                      "    receives: [oms_order..receiver_*]")
    assert error_of(copy) == (f"{copy}/recipients.yaml:{line}: receives glob "
                              "'oms_order..receiver_*' has an empty part between dots")


def test_recipients_unknown_onward_of(copy: Path) -> None:
    line = break_file(copy, "recipients.yaml", "    onward_of: esign\n", "    onward_of: e_sign\n")
    assert error_of(copy) == (f"{copy}/recipients.yaml:{line}: onward_of 'e_sign' is not a "
                              "recipient declared in recipients.yaml (did you mean 'esign'?)")


def test_recipients_bad_id(copy: Path) -> None:
    line = break_file(copy, "recipients.yaml", "  - id: nciic", "  - id: NCIIC Center")
    assert error_of(copy) == (f"{copy}/recipients.yaml:{line}: id 'NCIIC Center' is not "
                              "lower-case letters, digits, '_' or '-', starting with a letter")


def test_recipients_duplicate_key(copy: Path) -> None:
    first = line_of(copy, "recipients.yaml", "    country: US")
    line = break_file(copy, "recipients.yaml", "    country: US", "    country: US\n    country: SG")
    assert line == first
    assert error_of(copy) == (f"{copy}/recipients.yaml:{line + 1}: duplicate key 'country' "
                              f"(first given on line {first})")


# ------------------------------------------------------------------- broken classification.yaml


def test_classification_wrong_enum(copy: Path) -> None:
    line = break_file(copy, "classification.yaml", "    action: ignore", "    action: skip")
    assert error_of(copy) == (f"{copy}/classification.yaml:{line}: action 'skip' is not one of "
                              "force, add, drop, ignore")


def test_classification_missing_reason(copy: Path) -> None:
    start = line_of(copy, "classification.yaml", "  - table: content_material")
    break_file(copy, "classification.yaml",
               "    reason: 素材元数据 (标题、分类、价格)，不涉及自然人\n", "")
    assert error_of(copy) == (f"{copy}/classification.yaml:{start}: override is missing "
                              "required field 'reason'")


def test_classification_unknown_key(copy: Path) -> None:
    line = break_file(copy, "classification.yaml", "    column: face_feature",
                      "    columns: face_feature")
    assert error_of(copy) == (f"{copy}/classification.yaml:{line}: unknown key 'columns' in "
                              "override (did you mean 'column'?)")


def test_classification_bad_glob(copy: Path) -> None:
    line = break_file(copy, "classification.yaml", "    column: face_feature",
                      "    column: esign_signer.face_feature")
    assert error_of(copy) == (f"{copy}/classification.yaml:{line}: column glob "
                              "'esign_signer.face_feature' names a column, so it cannot "
                              "contain '.'")


def test_classification_force_needs_categories(copy: Path) -> None:
    start = line_of(copy, "classification.yaml", "  - table: esign_signer")
    break_file(copy, "classification.yaml", "    categories: [biometric.face]\n", "")
    assert error_of(copy) == (f"{copy}/classification.yaml:{start}: categories is required "
                              "when action is 'force'")


# ------------------------------------------------------------------------------- YAML itself


def test_yaml_syntax_error_names_the_line(copy: Path) -> None:
    line = break_file(copy, "recipients.yaml", "    kind: government",
                      "    kind: [government")
    message = error_of(copy)
    assert message.startswith(f"{copy}/recipients.yaml:")
    assert "is not valid YAML" in message
    reported = int(message.split(":")[1])
    assert line <= reported <= line + 2


def test_yaml_python_tags_are_refused(copy: Path) -> None:
    line = break_file(copy, "classification.yaml", "    reason: 素材元数据 (标题、分类、价格)，不涉及自然人",
                      "    reason: !!python/object/apply:os.system ['echo pwned']")
    assert error_of(copy) == (f"{copy}/classification.yaml:{line}: tag "
                              "'tag:yaml.org,2002:python/object/apply:os.system' is not allowed")


def test_yaml_python_tags_on_scalars_are_refused(copy: Path) -> None:
    line = break_file(copy, "classification.yaml", "    reason: 素材元数据 (标题、分类、价格)，不涉及自然人",
                      "    reason: !!python/name:os.system ''")
    assert error_of(copy) == (f"{copy}/classification.yaml:{line}: is not valid YAML: could not "
                              "determine a constructor for the tag "
                              "'tag:yaml.org,2002:python/name:os.system'")


def test_non_utf8_file(copy: Path) -> None:
    (copy / "recipients.yaml").write_bytes("recipients: []\n# 注释\n".encode("gbk"))
    assert error_of(copy) == f"{copy}/recipients.yaml: is not UTF-8 text"


def test_empty_list_files_are_empty(copy: Path) -> None:
    for name in ("activities.yaml", "recipients.yaml", "classification.yaml"):
        (copy / name).write_text("# nothing declared yet\n", encoding="utf-8")
    inventory = load_inventory(str(copy))
    assert inventory.activities == inventory.recipients == inventory.classification == []


def test_cli_prints_one_line_and_exits_2(copy: Path) -> None:
    import subprocess
    import sys

    line = break_file(copy, "activities.yaml", "    lawful_basis: legal_duty",
                      "    lawful_basis: consnet")
    run = subprocess.run([sys.executable, "-m", "privflow", "report", "--inventory", str(copy),
                          "-o", str(copy / "out")], capture_output=True, text=True, check=False)
    assert run.returncode == 2
    assert f"{copy}/activities.yaml:{line}: lawful_basis 'consnet' is not one of" in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_activity_must_be_a_mapping(copy: Path) -> None:
    line = break_file(copy, "activities.yaml", "activities:\n", "activities:\n  - search\n")
    assert error_of(copy) == (f"{copy}/activities.yaml:{line + 1}: activity must be a mapping "
                              "of keys, not 'search'")


def test_anchors_and_merge_keys_share_defaults(tmp_path: Path) -> None:
    """A DPO may factor repeated values out with YAML anchors; lines still point at the use."""
    (tmp_path / "privflow.yaml").write_text("organisation:\n  name: 示例\n", encoding="utf-8")
    (tmp_path / "recipients.yaml").write_text(
        "recipients:\n"
        "  - &sdk\n"
        "    id: push_a\n"
        "    name: Push A\n"
        "    kind: sdk\n"
        "    transfer_type: entrusted\n"
        "    mechanism: sdk\n"
        "  - <<: *sdk\n"
        "    id: push_b\n"
        "    name: Push B\n"
        "    mechanism: sdkk\n", encoding="utf-8")
    message = error_of(tmp_path)
    assert message == (f"{tmp_path}/recipients.yaml:11: mechanism 'sdkk' is not one of sdk, "
                       "api, file, database, manual (did you mean 'sdk'?)")
    text = (tmp_path / "recipients.yaml").read_text(encoding="utf-8")
    (tmp_path / "recipients.yaml").write_text(text.replace("sdkk", "api"), encoding="utf-8")
    inventory = load_inventory(str(tmp_path))
    push_b = inventory.recipient("push_b")
    assert push_b is not None
    assert (push_b.kind, push_b.transfer_type, push_b.mechanism) == ("sdk", "entrusted", "api")
    assert push_b.declared_in == f"{tmp_path}/recipients.yaml:8"
