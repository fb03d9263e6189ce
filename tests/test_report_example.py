"""The shipped example (inventory/ -> reports/): every register row, the three deliberate gaps,
zh and en, and the committed reports/ folder is what `privflow report` writes today."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from privflow.cli import cli
from privflow.pipeline import ScanOptions, load_inventory, run_scan
from privflow.report.registers import build_report

REPO = Path(__file__).resolve().parent.parent
INVENTORY = REPO / "inventory"
REPORTS = REPO / "reports"

pytestmark = pytest.mark.skipif(not (INVENTORY / "privflow.yaml").exists(),
                                reason="the example inventory is not in this checkout")


# reports/ is generated with this date (README: `privflow report --date ...`), so that it is
# byte-stable from one day to the next.
EXAMPLE_DATE = "2026-12-01"
_COMMIT = re.compile(rb"\b[0-9a-f]{12}(\+changes)?\b")


@pytest.fixture(scope="module")
def example():
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        inventory = load_inventory("inventory")
        result = run_scan(ScanOptions(inventory_dir="inventory"), inventory)
    return result, inventory


@pytest.fixture(scope="module")
def reports(example):
    result, inventory = example
    return {lang: build_report(result, inventory, lang) for lang in ("zh", "en")}


def column(report, register, key):
    return [row[key].text(" | ") for row in report.register(register).rows]


def test_every_activity_and_recipient_has_its_rows(example, reports):
    _, inventory = example
    for report in reports.values():
        ids = column(report, "activities", "id")
        assert ids[: len(inventory.activities)] == [a.id for a in inventory.activities]
        sharing = set(column(report, "sharing", "recipient_id"))
        assert {r.id for r in inventory.recipients} <= sharing
        collected = {row.split(" ")[0] for row in column(report, "collection", "activity")}
        assert collected == {a.id for a in inventory.activities}
        for activity in inventory.activities:
            declared = {c for c in activity.categories}
            mine = [r for r in report.register("collection").rows
                    if r["activity"].text().split(" ")[0] == activity.id]
            assert declared <= {r["category"].text() for r in mine}, activity.id


def test_onward_recipients_and_government_body(example, reports):
    _, inventory = example
    zh = reports["zh"]
    rows = zh.register("sharing").rows
    onward = {r["recipient_id"].text(): r["onward_of"].text() for r in rows
              if r["onward_of"].text()}
    expected = {r.id: r.onward_of for r in inventory.recipients if r.onward_of}
    assert expected and onward == expected
    government = [r for r in rows if r["kind"].text() == "国家机关"]
    assert government


DELIBERATE_GAPS = [
    ("unused-sensitive", "app_location_report.latitude"),
    ("unused-sensitive", "app_location_report.longitude"),
    ("undeclared-recipient", "oss://qh-data-share/partner/yanxin-research/"),
    ("declared-not-found", "e_signing"),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_deliberate_gaps_are_in_the_report(reports, lang):
    rows = reports[lang].register("gaps").rows
    found = [(r["rule"].text(), r["subject"].text(), r["location"].text()) for r in rows]
    for rule, subject in DELIBERATE_GAPS:
        hits = [f for f in found if f"({rule})" in f[0] and subject in f[1]]
        assert hits, (rule, subject)
        assert all(re.search(r":\d+$", location) for _, _, location in hits)  # file:line
    document = [f for f in found if "identity.document_image" in f[1]]
    assert document


def test_languages_differ_only_in_words(reports):
    zh, en = reports["zh"], reports["en"]
    assert zh.register("activities").title == "2. 处理活动登记表"
    assert en.register("activities").title == "2. Register of processing activities"
    assert len(zh.register("gaps").rows) == len(en.register("gaps").rows)
    assert column(zh, "activities", "id") == column(en, "activities", "id")


# Words a Chinese explanation may keep in Latin script: file names, field names, enum ids.
_LATIN_OK = {"recipients", "yaml", "gdpr", "pipia", "ddl", "sql", "contract_ref",
             "opt_out_mechanism", "lawful_basis_law", "other_law", "unknown", "entrusted",
             "provided", "joint", "transferred", "public_disclosure"}


def test_zh_gap_explanations_are_chinese_and_en_unchanged(example, reports):
    result, _ = example
    by_key = {(f.rule, f.subject): f for f in result.findings}
    rules = set()
    for row in reports["zh"].register("gaps").rows:
        rule = re.search(r"\(([\w-]+)\)$", row["rule"].text()).group(1)
        finding = by_key[(rule, row["subject"].text())]
        text = row["message"].text()
        assert finding.params and text != finding.message, (rule, text)
        assert re.search(r"[\u4e00-\u9fff]", text), (rule, text)
        for value in sorted(finding.params.values(), key=len, reverse=True):
            text = text.replace(value.split(" and ")[0], "")  # ids, columns, periods
        words = {w.lower() for w in re.findall(r"[A-Za-z_]{3,}", text)}
        assert words <= _LATIN_OK, (rule, words)
        rules.add(rule)
    assert {"undeclared-recipient", "unused-sensitive", "declared-not-found",
            "retention-exceeds"} <= rules
    en = {(r["rule"].text(), r["subject"].text()): r["message"].text()
          for r in reports["en"].register("gaps").rows}
    worded = ("category", "categories", "triggers", "period")
    for finding in result.findings:
        title = next(k for k in en if k[0].endswith(f"({finding.rule})")
                     and k[1] == finding.subject)
        if not any(finding.params.get(k) for k in worded):
            assert en[title] == finding.message
            continue
        # labels, not codes: a category by its name with the id after it, "*" and
        # durations and triggers in words
        assert en[title] != finding.message
        for category in (finding.params.get("category") or "").split(","):
            if category.strip() and category.strip() != "*":
                assert f"({category.strip()})" in en[title]
        assert "*" not in en[title] and not re.search(r"\bP\d+[YMD]\b", en[title])
    unused = by_key[("unused-sensitive", "app_location_report.latitude")]
    assert unused.message == ("sensitive column app_location_report.latitude "
                              "(location.precise): no activity's systems cover it")




def _cells(data: bytes) -> list:
    import io

    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return repr([(sheet.title, [[c.value for c in row] for row in sheet.iter_rows()])
                 for sheet in workbook.worksheets]).encode()


def _manifest_names(data: bytes) -> dict[str, list[str]]:
    return {fmt: sorted(files) for fmt, files in json.loads(data)["formats"].items()}


REGENERATE = f"run `privflow report --date {EXAMPLE_DATE}` and commit reports/"


def _committed_reports() -> dict[str, bytes]:
    """The bytes of reports/ as committed: the README's main command rewrites the working
    copy with today's date, which says nothing of what was committed. Outside a git checkout,
    the files as they are."""
    import subprocess

    def git(*args: str) -> bytes:
        return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True,
                              check=True).stdout

    try:
        names = git("ls-tree", "--name-only", "HEAD", "reports/").decode().split()
    except (OSError, subprocess.CalledProcessError):
        return {p.name: p.read_bytes() for p in REPORTS.iterdir() if p.is_file()}
    return {Path(name).name: git("show", f"HEAD:{name}") for name in names}


@pytest.mark.skipif(not REPORTS.exists() or not any(REPORTS.iterdir()),
                    reason="reports/ has not been generated yet")
def test_committed_reports_are_current(tmp_path, monkeypatch):
    """`privflow report` (the README's main command) regenerates reports/ byte for byte.

    SVG drawings come from graphviz-pure whether or not the system has Graphviz, so they are
    compared byte for byte too (test_report_document checks that with `dot` hidden).
    XLSX is compared cell by cell (its bytes are deterministic for one openpyxl release, which
    test_report_formats checks).
    """
    monkeypatch.chdir(REPO)
    outcome = CliRunner().invoke(cli, ["report", "-o", str(tmp_path), "--date", EXAMPLE_DATE])
    assert outcome.exit_code == 0, outcome.output
    committed = _committed_reports()
    fresh = {p.name for p in tmp_path.iterdir()}
    assert committed.keys() == fresh, f"reports/ is stale: {REGENERATE}"
    for name in sorted(fresh):
        old, new = committed[name], (tmp_path / name).read_bytes()
        if name == ".privflow-report-files":  # hashes of SVG and XLSX bytes: compare the names
            old, new = _manifest_names(old), _manifest_names(new)
        if name.endswith(".xlsx"):  # bytes depend on the openpyxl release: compare the cells
            old, new = _cells(old), _cells(new)
        # the scanned commit is the last one that changed inventory/: a clone with a shorter
        # history (CI) may name another, so it is compared by shape
        if isinstance(old, bytes):
            old, new = _COMMIT.sub(b"<commit>", old), _COMMIT.sub(b"<commit>", new)
        assert old == new, f"reports/{name} is stale: {REGENERATE}"
