"""Every output format of the report: content, determinism, XLSX structure, label files."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from importlib import resources

import openpyxl
import pytest
import yaml

from privflow.errors import PrivflowError
from privflow.report import FORMATS, render_report, write_report
from privflow.report.registers import COLUMNS, REGISTERS
from test_report_helpers import shop_inventory, shop_scan


@pytest.fixture(scope="module")
def files():
    return render_report(shop_scan(), shop_inventory(), lang="zh")


def _keys(node, prefix=""):
    if isinstance(node, dict):
        out = set()
        for key, value in node.items():
            out |= _keys(value, f"{prefix}{key}.")
        return out
    return {prefix.rstrip(".")}


def test_label_files_have_the_same_keys_and_every_column():
    data = {lang: yaml.safe_load((resources.files("privflow.report") / "data" /
                                  f"labels.{lang}.yaml").read_text(encoding="utf-8"))
            for lang in ("zh", "en")}
    assert _keys(data["zh"]) == _keys(data["en"])
    for register, columns in COLUMNS.items():
        for key, _ in columns:
            assert key in data["zh"]["columns"][register], (register, key)


def test_all_formats_written(tmp_path):
    paths = write_report(shop_scan(), shop_inventory(), out_dir=tmp_path, lang="en",
                         formats=list(FORMATS))
    names = {p.name for p in paths}
    assert {"ropa.md", "ropa.html", "ropa.json", "ropa.xlsx", "ropa-header.csv",
            "ropa-overview.svg"} <= names
    assert {f"ropa-{key}.csv" for key in REGISTERS} <= names
    assert all(p.stat().st_size > 0 for p in paths)


def test_same_input_same_bytes():
    first = render_report(shop_scan(), shop_inventory(), lang="zh")
    second = render_report(shop_scan(), shop_inventory(), lang="zh")
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name


def test_date_only_when_asked(files):
    dated = render_report(shop_scan(), shop_inventory(), lang="zh", formats=["md", "xlsx"],
                          report_date="2026-03-01")
    assert "2026-03-01" in dated["ropa.md"].decode()
    assert "2026-03-01" not in files["ropa.md"].decode()
    core = zipfile.ZipFile(io.BytesIO(dated["ropa.xlsx"])).read("docProps/core.xml")
    assert b"2026-03-01T00:00:00Z" in core


def test_json_report_marks_every_cell(files):
    data = json.loads(files["ropa.json"])
    assert set(data["registers"]) == set(REGISTERS)
    a01 = data["registers"]["activities"]["rows"][0]
    assert a01["id"] == {"value": "A01", "provenance": "declared"}
    assert a01["systems"]["provenance"] == "discovered"
    assert "db/schema.sql:14" in a01["systems"]["evidence"]
    assert data["diagrams"][0]["key"] == "overview"
    assert data["diagrams"][0]["dot"].startswith("digraph")


def test_csv_one_file_per_register(files):
    text = files["ropa-sharing.csv"].decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][0] == "接收方编号 [申报]"
    assert "发现依据 [发现]" in table[0]
    ids = [row[0] for row in table[1:]]
    assert {"sms_gateway", "sf_express", "stats_sdk", "unionpay", "mystery_vendor"} <= set(ids)


def test_xlsx_sheets_headers_frozen_filtered(files):
    workbook = openpyxl.load_workbook(io.BytesIO(files["ropa.xlsx"]))
    titles = workbook.sheetnames
    assert titles == ["报告信息", "处理活动登记表", "第三方共享清单",
                      "已收集个人信息清单", "影响评估触发情形", "数据保护影响评估", "申报与发现差异"]
    csv_names = ["header"] + list(REGISTERS)
    for title, key in zip(titles, csv_names, strict=True):
        sheet = workbook[title]
        expected = list(csv.reader(io.StringIO(
            files[f"ropa-{key}.csv"].decode("utf-8-sig"))))
        header = [c.value for c in sheet[1]]
        assert header == expected[0], title
        assert sheet.max_row == len(expected), title
        assert sheet.freeze_panes == "A2", title
        assert sheet.auto_filter.ref == sheet.dimensions, title
        assert all(c.font.bold for c in sheet[1])
    activities = workbook["处理活动登记表"]
    english = openpyxl.load_workbook(io.BytesIO(render_report(
        shop_scan(), shop_inventory(), lang="en", formats=["xlsx"])["ropa.xlsx"]))
    assert all(len(t) <= 31 for t in english.sheetnames)
    assert english.sheetnames[3] == "PI collection list"
    assert [c.value for c in activities["A"]][1:4] == ["A01", "A02", "A03"]


def test_markdown_sections(files):
    text = files["ropa.md"].decode()
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## 1. 摘要", "## 2. 处理活动登记表", "## 3. 第三方共享清单",
                        "## 4. 已收集个人信息清单", "## 5. 个人信息保护影响评估触发情形",
                        "## 6. 数据保护影响评估（GDPR 第35条）", "## 7. 申报与发现差异",
                        "## 8. 数据流向图", "## 9. 报告信息"]
    assert "### A01 · 账号注册与登录" in text
    assert "![总览：来源系统 → 数据仓库 → 接收方](ropa-overview.svg)" in text


def test_bad_format_and_language_are_input_errors():
    with pytest.raises(PrivflowError):
        render_report(shop_scan(), shop_inventory(), formats=["docx"])
    with pytest.raises(PrivflowError):
        render_report(shop_scan(), shop_inventory(), lang="fr")
    with pytest.raises(PrivflowError, match="YYYY-MM-DD"):
        render_report(shop_scan(), shop_inventory(), report_date="yesterday")


def test_report_command_writes_the_chosen_formats(tmp_path):
    from pathlib import Path

    from click.testing import CliRunner

    from privflow.cli import cli

    hostile = Path(__file__).parent / "fixtures" / "hostile"
    outcome = CliRunner().invoke(cli, ["report", "--inventory", str(hostile), "-o",
                                       str(tmp_path), "--lang", "en", "--format", "md,csv",
                                       "--date", "2026-01-31"])
    # The hostile fixture's dbt model that tries to escape the sandbox is bad input: the report
    # is still written in full, and the exit code says so.
    assert outcome.exit_code == 2, outcome.output
    assert "escape_sandbox.sql: skipped: dbt model not rendered" in outcome.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "ropa.md" in names and "ropa-gaps.csv" in names
    assert not any(n.endswith((".html", ".json", ".xlsx")) for n in names)
    assert "2026-01-31" in (tmp_path / "ropa.md").read_text(encoding="utf-8")
    bad = CliRunner().invoke(cli, ["report", "--inventory", str(hostile), "-o", str(tmp_path),
                                   "--format", "pdf"])
    assert bad.exit_code != 0


def test_empty_inventory_and_scan_still_give_every_file():
    from privflow.inventory.model import Inventory, Organisation
    from privflow.schema import ScanResult, Schema

    files = render_report(ScanResult(schema=Schema()),
                          Inventory(root="x", organisation=Organisation(name="空")), lang="en")
    assert {"ropa.md", "ropa.html", "ropa.json", "ropa.xlsx", "ropa-gaps.csv"} <= set(files)
    assert "(none)" in files["ropa.md"].decode()
    workbook = openpyxl.load_workbook(io.BytesIO(files["ropa.xlsx"]))
    assert len(workbook.sheetnames) == 6
