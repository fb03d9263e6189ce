"""The HTML report in real headless Chromium: summary first, one card per activity with its
diagram, tables filter and sort (severity by rank), printing, the CSP holds, and (issue 9)
nothing from the hostile fixture runs or loads."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from privflow.pipeline import ScanOptions, load_inventory, run_scan
from privflow.report import write_report
from test_report_helpers import shop_inventory, shop_scan

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
CHROMIUM = os.environ.get("PRIVFLOW_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    events = {"console": [], "requests": [], "dialogs": [], "errors": []}
    page.on("console", lambda m: events["console"].append(f"{m.type}: {m.text}"))
    page.on("request", lambda r: events["requests"].append(r.url))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))

    def dialog(d):
        events["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page, events


def test_tables_filter_and_sort_and_diagram_shows(browser, tmp_path):
    write_report(shop_scan(), shop_inventory(), out_dir=tmp_path, lang="zh", formats=["html"])
    page, events = open_page(browser, tmp_path / "ropa.html")
    # the gaps table filters ...
    rows = page.locator("#t-gaps tbody tr")
    visible = page.locator("#t-gaps tbody tr:not([hidden])")
    total = rows.count()
    assert total >= 3 and visible.count() == total
    page.fill("input[data-table=t-gaps]", "A03")
    assert 1 <= visible.count() < total
    assert all("A03" in t for t in visible.all_inner_texts())
    assert page.locator("#gaps .count").inner_text() == f"{visible.count()} / {total}"
    page.fill("input[data-table=t-gaps]", "")
    assert visible.count() == total
    # ... and sorts severity by rank (high, medium, low), not as text
    header = page.locator("#t-gaps thead th[data-key=severity]")
    header.click()
    ranks = [int(x) for x in page.locator("#t-gaps tbody td.col-severity").evaluate_all(
        "cells => cells.map(c => c.getAttribute('data-sort'))")]
    assert ranks == sorted(ranks) and ranks[0] == 0
    header.click()
    ranks = [int(x) for x in page.locator("#t-gaps tbody td.col-severity").evaluate_all(
        "cells => cells.map(c => c.getAttribute('data-sort'))")]
    assert ranks == sorted(ranks, reverse=True)
    # the overview diagram is drawn, with visible size and the recipients in it
    svg = page.locator("#diagram-overview svg")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] > 100
    assert "stats_sdk" in svg.text_content()
    # the stylesheet and the script passed the CSP: no violation, no error, no request out
    assert page.evaluate(
        "getComputedStyle(document.querySelector('#t-gaps th')).position") == "sticky"
    assert not [c for c in events["console"] if "Content Security Policy" in c], events
    assert not events["errors"]
    assert all(url.startswith("file:") for url in events["requests"]), events["requests"]
    page.close()


def test_summary_first_then_one_card_per_activity(browser, tmp_path):
    write_report(shop_scan(), shop_inventory(), out_dir=tmp_path, lang="en", formats=["html"],
                 report_date="2026-01-31")
    page, _ = open_page(browser, tmp_path / "ropa.html")
    # the first thing on the page is the summary: organisation, counts, highest findings
    first = page.locator("body > section").first
    assert first.get_attribute("id") == "summary"
    text = first.inner_text()
    assert "1. Summary" in text and "Example Mall Technology Co., Ltd." in text
    assert "2026-01-31" in text
    severities = page.locator("#summary .highlights .sev").all_inner_texts()
    assert severities and severities == sorted(
        severities, key=lambda s: ["high", "medium", "low"].index(s))
    top = page.locator("#summary").bounding_box()
    assert top is not None and top["y"] < 50
    # sections numbered from 1, in order
    headings = page.locator("body > section > h2").all_inner_texts()
    assert [h.split(".")[0] for h in headings] == [str(i) for i in range(1, len(headings) + 1)]
    # one card per activity (plus none undeclared), each with its own diagram beside it
    cards = page.locator("#activities article.card")
    assert cards.count() == 3
    card = page.locator("#activities-A01")
    assert card.locator("h3").inner_text().startswith("A01")
    figure = card.locator("figure.diagram svg")
    fields = card.locator("dl").bounding_box()
    drawing = figure.bounding_box()
    assert drawing is not None and fields is not None
    assert drawing["x"] >= fields["x"] + fields["width"] - 1  # beside, not below
    assert card.locator("small.id").count() >= 3  # category names with ids in small print
    assert "*" not in card.locator(".col-retention dd").inner_text()
    assert card.bounding_box()["height"] < 1600
    # printing: no navigation or filter boxes, cards not cut, a few A4 pages
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.controls')).display") == "none"
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.card-body dl')).display") == "block"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 2 <= pages <= 12, pages
    page.emulate_media(media="screen")
    shots = os.environ.get("PRIVFLOW_SCREENSHOT")
    page.locator("#summary").screenshot(path=f"{shots}-summary.png" if shots
                                        else str(tmp_path / "summary.png"))
    card.screenshot(path=f"{shots}-card.png" if shots else str(tmp_path / "card.png"))
    page.close()


def test_hostile_report_runs_no_script_and_loads_nothing(browser, tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVFLOW_CANARY", "canary-browser")
    inventory = load_inventory(str(HOSTILE))
    result = run_scan(ScanOptions(inventory_dir=str(HOSTILE)), inventory)
    write_report(result, inventory, out_dir=tmp_path, lang="en", formats=["html"])
    page, events = open_page(browser, tmp_path / "ropa.html")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 1
    assert not events["dialogs"] and not events["errors"]
    assert all(url.startswith("file:") for url in events["requests"]), events["requests"]
    # the payload is on the page as text, and our own script still works
    assert "<script>window.__pwned" in page.locator("body").inner_text()
    assert page.evaluate("document.body.style.display") != "none"
    page.fill("input[data-table=t-gaps]", "evil")
    assert page.locator("#t-gaps tbody tr:not([hidden])").count() >= 1
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.close()
