"""The report as a document: byte-stable with or without the system Graphviz, dated from
--date / SOURCE_DATE_EPOCH, and (with the pdf extra) a PDF of the shipped example that fits
40 A4 pages with extractable Chinese text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from privflow.cli import cli
from privflow.report import render_report
from privflow.report.provenance import resolve_time
from test_report_helpers import shop_inventory, shop_scan

REPO = Path(__file__).resolve().parents[1]
PURE = Path(sys.executable).parent / "graphviz-pure"


@pytest.mark.skipif(not PURE.exists(), reason="graphviz-pure is not installed in this venv")
def test_report_bytes_do_not_depend_on_the_system_graphviz(monkeypatch, tmp_path):
    monkeypatch.delenv("PRIVFLOW_DOT", raising=False)
    with_dot = render_report(shop_scan(), shop_inventory(), lang="en", report_date="2026-01-02")
    bare = tmp_path / "bin"
    bare.mkdir()
    git = shutil.which("git")
    if git:
        (bare / "git").symlink_to(git)
    monkeypatch.setenv("PATH", str(bare))
    assert shutil.which("dot") is None
    without_dot = render_report(shop_scan(), shop_inventory(), lang="en",
                                report_date="2026-01-02")
    assert sorted(with_dot) == sorted(without_dot)
    assert any(name.endswith(".svg") for name in without_dot)
    for name in with_dot:
        assert with_dot[name] == without_dot[name], name


def test_date_comes_from_option_then_source_date_epoch_then_today(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767323045")  # 2026-01-02T03:04:05Z
    assert resolve_time("2025-12-31") == ("2025-12-31", "2025-12-31T00:00:00Z")
    assert resolve_time(None) == ("2026-01-02", "2026-01-02T03:04:05Z")
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    day, moment = resolve_time(None)
    assert len(day) == 10 and moment.startswith(day)
    files = render_report(shop_scan(), shop_inventory(), formats=["md"])
    assert b"not set" not in files["ropa.md"] and day.encode() in files["ropa.md"]


def test_source_date_epoch_makes_two_runs_identical(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767323045")
    first = render_report(shop_scan(), shop_inventory(), formats=["md", "json", "csv"])
    second = render_report(shop_scan(), shop_inventory(), formats=["md", "json", "csv"])
    assert first == second and b"2026-01-02" in first["ropa.md"]


def _pdf_or_skip():
    pytest.importorskip("weasyprint", reason="WeasyPrint (the pdf extra) is not installed")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True,
                           check=False).stdout if shutil.which("fc-list") else ""
    if not fonts.strip():
        pytest.skip("no CJK font (apt-get install fonts-noto-cjk)")


def test_shipped_example_pdf_fits_40_pages_with_chinese_text(tmp_path):
    _pdf_or_skip()
    cwd = os.getcwd()
    try:
        os.chdir(REPO)
        outcome = CliRunner().invoke(cli, ["report", "--format", "pdf", "--date", "2026-12-01",
                                           "-o", str(tmp_path)])
    finally:
        os.chdir(cwd)
    assert outcome.exit_code == 0, outcome.output
    pdf = tmp_path / "ropa.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.splitlines()
                     if line.startswith("Pages:")))
    assert 3 <= pages <= 40, pages
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for words in ("个人信息处理活动记录", "1. 摘要", "处理活动登记表", "杭州青禾图库网络科技有限公司",
                  "申报与发现差异"):
        assert words in text, words
    first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                                capture_output=True, text=True, check=True).stdout
    assert "摘要" in first_page and "2026-12-01" in first_page
