"""Privacy notices: reading every format, what the extractor declares and what it does not,
the draft inventory, and the notice held against the shipped example's scan."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from privflow.classify.taxonomy import load_taxonomy
from privflow.errors import PrivflowError
from privflow.inventory.loader import load_inventory
from privflow.pipeline import ScanOptions, run_scan
from privflow.policy import extract
from privflow.policy.catalogue import lexicon, roles, vendors
from privflow.policy.gaps import notice_gaps
from privflow.policy.reader import read_notice

REPO = Path(__file__).resolve().parent.parent
INVENTORY = REPO / "inventory"
ZH_NOTICE = INVENTORY / "privacy-notice.zh.md"


def notice(tmp_path: Path, text: str, name: str = "notice.md", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return extract([str(path)])


# -- data ------------------------------------------------------------------------------------


def test_lexicon_and_catalogue_are_consistent_data():
    taxonomy = load_taxonomy()
    assert set(lexicon()["categories"]) <= set(taxonomy)
    catalogue = vendors()
    assert len(catalogue) >= 100
    functions = {v.function for v in catalogue.values()}
    assert {r.function for r in roles().values()} <= functions | {"government"}
    aliases = [a for v in catalogue.values() for a in v.aliases]
    for wanted in ("友盟+", "Umeng", "极光", "JPush", "个推", "腾讯Bugly", "高德", "百度地图",
                   "支付宝", "微信", "阿里云", "腾讯云", "七牛", "神策", "GrowingIO", "华为推送",
                   "小米推送", "OPPO推送", "vivo推送", "数美", "同盾", "Firebase", "Facebook",
                   "AppsFlyer", "Sentry", "Stripe", "PayPal"):
        assert wanted in aliases, wanted


# -- reading ---------------------------------------------------------------------------------


def test_html_page_reads_its_text_without_scripts_navigation_or_styles(tmp_path):
    page = ("<html><head><style>p{color:red}</style><script>var phone='手机号码';</script>"
            "</head><body><nav>首页 通讯录</nav><h1>隐私政策</h1>"
            "<p>我们会收集您的电子邮箱。</p><footer>联系我们</footer></body></html>")
    path = tmp_path / "policy.html"
    path.write_text(page, encoding="utf-8")
    read = read_notice(str(path))
    assert read.kind == "html" and "电子邮箱" in read.text
    assert "手机号码" not in read.text and "通讯录" not in read.text and "color" not in read.text
    result = extract([str(path)])
    assert result.category_ids() == {"contact.email"}


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_chinese_text_in_every_encoding(tmp_path, encoding):
    result = notice(tmp_path, "注册时我们会收集您的手机号码和身份证号码。\n", "n.txt", encoding)
    assert result.category_ids() == {"contact.phone", "identity.national_id"}
    item = result.category("identity.national_id")
    assert item.sensitive and item.evidence[0].line == 1


def test_pdf_text_layer(tmp_path):
    pytest.importorskip("pypdf", reason="PDF notices need the pdf extra (pypdf)")
    content = b"BT /F1 12 Tf 72 720 Td (We collect your email address and IP address.) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path = tmp_path / "policy.pdf"
    path.write_bytes(body)
    assert extract([str(path)]).category_ids() == {"contact.email", "network.ip"}


def test_unreadable_notice_is_one_line_exit_2(tmp_path):
    missing = tmp_path / "nope.md"
    with pytest.raises(PrivflowError, match="no such file"):
        read_notice(str(missing))
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    run = subprocess.run([sys.executable, "-m", "privflow.cli", "policy", str(binary)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "binary" in run.stderr


# -- what counts as a declaration -------------------------------------------------------------


def test_negated_collection_is_not_declared(tmp_path):
    result = notice(tmp_path, "我们不会收集您的通讯录、短信或通话记录，但会收集您的手机号码。\n"
                              "We do not collect your precise location. We collect your email.\n")
    assert result.category_ids() == {"contact.phone", "contact.email"}
    assert {"behavior.contacts", "behavior.communication", "location.precise"} <= \
        {c.category for c in result.negated}


def test_definitions_and_questions_answered_no_declare_nothing(tmp_path):
    result = notice(tmp_path, "名词解释\n个人敏感信息：是指身份证号码、银行卡号等信息。\n"
                              "Does the SDK collect the user's name?\nNo\n"
                              "Does the SDK collect approximate location?\nYes\n")
    assert result.category_ids() == {"location.coarse"}


def test_a_longer_word_is_not_its_part(tmp_path):
    # 设备型号 is not a device id; 微信号 is an IM account, not the WeChat SDK.
    result = notice(tmp_path, "我们会收集您的设备型号和微信号。\n")
    assert result.category_ids() == {"contact.im_account"}
    assert result.vendor_ids() == set()


def test_conditional_collection_is_declared_and_marked(tmp_path):
    result = notice(tmp_path, "如您使用刷脸登录，我们会收集您的人脸信息。\n")
    face = result.category("biometric.face")
    assert face is not None and face.conditional and face.sensitive


# -- recipients -------------------------------------------------------------------------------


def test_recipients_with_their_kind(tmp_path):
    result = notice(tmp_path,
                    "我们接入了友盟+统计 SDK 和极光推送。\n"
                    "客服系统由北京智齿博创科技有限公司受托提供。\n"
                    "We share your email address with Stripe. Please adjust your settings.\n")
    kinds = {r.vendor: r.kind for r in result.recipients}
    assert kinds == {"umeng_analytics": "provided", "jpush": "provided",
                     "sobot_cs": "entrusted", "stripe": "provided"}
    assert "contact.email" in result.recipient("stripe").categories


def test_recipients_named_only_by_role(tmp_path):
    result = notice(tmp_path, "基于我们与通信运营商的合作，运营商会向我们发送验证码。\n")
    assert [s.fields["role"] for s in result.roles] == ["carrier"]


# -- statements -------------------------------------------------------------------------------


def test_retention_cross_border_minors_contact_and_date(tmp_path):
    result = notice(tmp_path,
                    "更新日期：2024年3月20日\n"
                    "搜索记录保存六个月。交易信息自交易完成之日起保存三年。\n"
                    "We transfer data to the United States under the Standard Contractual "
                    "Clauses.\n"
                    "若您是未满十四周岁的儿童，请在监护人同意后使用。\n"
                    "个人信息保护负责人：privacy@example.com。\n")
    periods = {tuple(s.fields["periods"]): s.fields for s in result.retention}
    assert periods[("P6M",)]["categories"] == ["behavior.search"]
    assert periods[("P3Y",)]["triggers"] == ["transaction_completed"]
    border = result.cross_border[0].fields
    assert border["destinations"] == ["US"] and border["mechanisms"] == ["standard_contract"]
    assert result.minors[0].fields["ages"] == [14]
    assert result.contacts[0].fields == {"dpo": True, "emails": ["privacy@example.com"],
                                         "phones": []}
    assert result.updated[0].fields["date"] == "2024-03-20"


def test_evidence_offsets_quote_the_sentence(tmp_path):
    text = "# 隐私政策\n\n当您注册时，我们会收集您的手机号码。\n"
    result = notice(tmp_path, text)
    evidence = result.category("contact.phone").evidence[0]
    assert text[evidence.start:evidence.end] == evidence.sentence == "当您注册时，我们会收集您的手机号码。"
    assert evidence.line == 3


# -- the CLI, JSON and the draft inventory ----------------------------------------------------


def test_policy_json_and_draft_inventory_load_with_the_strict_loader(tmp_path):
    from click.testing import CliRunner

    from privflow.cli import cli

    draft = tmp_path / "draft"
    run = CliRunner().invoke(cli, ["policy", str(ZH_NOTICE), "--format", "json",
                                   "--draft-inventory", str(draft)])
    assert run.exit_code == 0, run.output
    data = json.loads(run.output[run.output.index("{"):])
    assert data["schema"] == 1 and data["files"] == [str(ZH_NOTICE)]
    assert {"categories", "recipients", "retention", "cross_border", "minors", "contacts",
            "updated", "purposes", "not_collected"} <= set(data)
    inventory = load_inventory(str(draft))
    assert inventory.policies == [str(ZH_NOTICE)] or Path(inventory.policies[0]).resolve() \
        == ZH_NOTICE.resolve()
    assert {r.id for r in inventory.recipients} >= {"umeng_analytics", "getui_push", "esign"}
    assert all(a.purpose for a in inventory.activities)
    text = (draft / "activities.yaml").read_text("utf-8")
    assert "TODO" in text


def test_policies_key_names_a_missing_file_with_its_line(tmp_path):
    (tmp_path / "privflow.yaml").write_text(
        "version: 1\norganisation: {name: X}\nsources: []\npolicies:\n  - nope.md\n",
        encoding="utf-8")
    with pytest.raises(PrivflowError, match=r"privflow.yaml:5: policies file 'nope.md'"):
        load_inventory(str(tmp_path))


# -- notice vs. practice on the shipped example -----------------------------------------------


@pytest.fixture(scope="module")
def example():
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        inventory = load_inventory("inventory")
        result = run_scan(ScanOptions(inventory_dir="inventory"), inventory)
        extraction = extract(inventory.policies)
    return result, inventory, extraction


def test_the_example_notice_gaps_are_found(example):
    result, inventory, extraction = example
    subjects = {f.subject for f in notice_gaps(result, inventory, extraction)}
    deliberate = {
        "notice:collected:location.precise",  # app_location_report, not in the notice
        "notice:declared:employment.info",  # 职业 in the notice, nowhere in the systems
        "notice:recipient:sentry",  # Sentry in recipients.yaml, not in the notice
        "notice:named:jpush",  # JPush in the notice, not in code or inventory
        "notice:sensitive:biometric.face",  # 人脸信息 without the Art. 30 notice
        "notice:retention:behavior.search:search",  # six months promised, P1Y declared
    }
    assert deliberate <= subjects
    # What the notice does declare is not reported as undisclosed.
    assert "notice:collected:contact.phone" not in subjects
    assert "notice:recipient:umeng_analytics" not in subjects


def test_the_example_report_has_the_notice_section(example):
    from privflow.report import render_report

    result, inventory, _ = example
    for lang, title in (("zh", "隐私政策与实际处理的差异"), ("en", "Notice vs. practice")):
        files = render_report(result, inventory, lang=lang, formats=["md", "json"],
                              diagrams=False)
        markdown = files["ropa.md"].decode("utf-8")
        assert title in markdown
        section = markdown[markdown.index(title):]
        for expected in ("notice-undisclosed-category", "notice-unbacked-category",
                         "notice-undisclosed-recipient", "notice-recipient-not-in-code",
                         "notice-sensitive-without-separate-notice",
                         "notice-retention-shorter", "privacy-notice.zh.md:61",
                         "V6\\_\\_share\\_and\\_location.sql:11"):
            assert expected in section, (lang, expected)
        data = json.loads(files["ropa.json"])
        assert "notice" in data["registers"]


def test_check_with_policy_fails_on_the_high_gaps(tmp_path):
    from click.testing import CliRunner

    from privflow.cli import cli

    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        run = CliRunner().invoke(cli, ["check", "--policy", str(ZH_NOTICE), "--format", "json",
                                       "-o", str(tmp_path / "c.json")])
    assert run.exit_code == 1
    findings = json.loads((tmp_path / "c.json").read_text("utf-8"))
    rules = {f["rule"] for f in (findings["findings"] if isinstance(findings, dict)
                                 else findings)}
    assert "notice-undisclosed-recipient" in rules and "notice-recipient-not-in-code" in rules


def test_rules_yaml_has_every_notice_rule():
    rules = yaml.safe_load((REPO / "src/privflow/check/data/rules.yaml").read_text("utf-8"))
    notice_rules = {k for k, v in rules.items() if v.get("stage") == "notice"}
    assert len(notice_rules) == 6
    for rule in notice_rules:
        assert rules[rule]["message"]["zh"] and rules[rule]["message"]["en"]
