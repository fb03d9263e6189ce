"""The HTML report in real headless Chromium: tables filter and sort, diagrams show, the CSP
holds, and (issue 9) nothing from the hostile fixture runs or loads."""

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
    rows = page.locator("#t-sharing tbody tr")
    visible = page.locator("#t-sharing tbody tr:not([hidden])")
    total = rows.count()
    assert total >= 5 and visible.count() == total
    page.fill("input[data-table=t-sharing]", "顺丰")
    assert visible.count() == 1
    assert "sf_express" in visible.first.inner_text()
    assert page.locator("#sharing .count").inner_text() == f"1 / {total}"
    # a column-scoped term: only rows whose status cell says "仅发现" (discovered only)
    page.fill("input[data-table=t-sharing]", "状态:仅发现")
    statuses = page.locator("#t-sharing tbody tr:not([hidden]) td:last-child").all_inner_texts()
    assert statuses and set(statuses) == {"仅发现"}
    page.fill("input[data-table=t-sharing]", "status:仅发现 mystery")
    assert visible.count() == 1
    page.fill("input[data-table=t-sharing]", "")
    assert visible.count() == total
    # sorting: click the recipient-id header twice, the order reverses
    header = page.locator("#t-sharing thead th").first
    header.click()
    first_up = page.locator("#t-sharing tbody tr td:first-child").all_inner_texts()
    header.click()
    first_down = page.locator("#t-sharing tbody tr td:first-child").all_inner_texts()
    assert first_up == sorted(first_up) and first_down == list(reversed(first_up))
    # the overview diagram is drawn, with visible size and the recipients in it
    svg = page.locator("#diagram-overview svg")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] > 100
    assert "stats_sdk" in svg.text_content()
    # the stylesheet and the script passed the CSP: no violation, no error, no request out
    assert page.evaluate("getComputedStyle(document.querySelector('#t-sharing th')).position") == "sticky"
    assert not [c for c in events["console"] if "Content Security Policy" in c], events
    assert not events["errors"]
    assert all(url.startswith("file:") for url in events["requests"]), events["requests"]
    # printed: no filter boxes or navigation, tables at full width, a PDF comes out
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.controls')).display") \
        == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
    assert page.pdf(format="A4", landscape=True).startswith(b"%PDF")
    page.emulate_media(media="screen")
    page.locator("#diagrams").screenshot(path=os.environ.get("PRIVFLOW_SCREENSHOT") or str(tmp_path / "report.png"))
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
    page.fill("input[data-table=t-sharing]", "evil_vendor")
    assert page.locator("#t-sharing tbody tr:not([hidden])").count() >= 1
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.close()
