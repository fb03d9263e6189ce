"""Issue 9: scanned names and comments arrive inert in every output privflow writes.

The fixture (tests/fixtures/hostile/) carries <script>, <img onerror>, =HYPERLINK(), `|` and
newlines for Markdown cells, DOT quotes and braces, ANSI escapes, undecodable bytes, and dbt
models that try to read the environment. It goes through the real pipeline (sources, classifier,
lineage, check) and then through every renderer.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from privflow.cli import cli
from privflow.pipeline import ScanOptions, load_inventory, run_scan
from privflow.report import render_report
from privflow.report.diagrams import graph_dot
from privflow.sanitize import (
    REPLACEMENT,
    json_safe,
    markdown_cell,
    spreadsheet_cell,
    terminal_text,
)

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
CANARY = "canary-7f3a9-do-not-leak"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PURE = Path(sys.executable).parent / "graphviz-pure"


@pytest.fixture(scope="module")
def hostile():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRIVFLOW_CANARY", CANARY)
        inventory = load_inventory(str(HOSTILE))
        result = run_scan(ScanOptions(inventory_dir=str(HOSTILE)), inventory)
        files = {lang: render_report(result, inventory, lang=lang) for lang in ("zh", "en")}
    return result, inventory, files


def test_the_fixture_really_is_hostile(hostile):
    result, _, _ = hostile
    names = " ".join(result.schema.tables)
    assert "<script>" in names
    comments = " ".join(c.comment or "" for t in result.schema.tables.values()
                        for c in t.columns.values())
    assert "=HYPERLINK(" in comments and "\x1b[31m" in comments and "onerror" in " ".join(
        c.name for t in result.schema.tables.values() for c in t.columns.values())
    assert any(f.target == "recipient:evil_vendor" for f in result.flows)


def test_no_environment_value_leaks_through_dbt(hostile):
    result, _, files = hostile
    assert CANARY not in json.dumps(result.to_json())
    for by_name in files.values():
        for name, data in by_name.items():
            assert CANARY.encode() not in data, name
    reasons = " ".join(s.reason for s in result.schema.skipped)
    assert "escape_sandbox.sql" in " ".join(s.path for s in result.schema.skipped), reasons


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_html_escapes_everything_and_sets_a_strict_csp(hostile):
    html = hostile[2]["zh"]["ropa.html"].decode()
    parser = _Elements()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert tags.count("script") == 1  # ours, allowed by hash
    assert "img" not in tags and "style" in tags and tags.count("style") == 1
    for tag, attrs in parser.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "xlink:href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
    csp = next(a["content"] for t, a in parser.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp
    assert "unsafe-inline" not in csp and "http" not in csp
    # the payloads are shown as text
    assert "&lt;script&gt;window.__pwned" in html
    assert "&lt;img src=x onerror=" in html


def test_csv_cells_never_start_a_formula(hostile):
    seen_payload = False
    for name, data in hostile[2]["zh"].items():
        if not name.endswith(".csv"):
            continue
        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))):
            for cell in row:
                assert not cell.startswith(FORMULA_START), (name, cell)
                seen_payload |= "HYPERLINK(" in cell or "cmd|" in cell
    assert seen_payload


def test_xlsx_cells_are_text_not_formulas(hostile):
    workbook = openpyxl.load_workbook(io.BytesIO(hostile[2]["zh"]["ropa.xlsx"]))
    values = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_START), cell.value
                    values.append(cell.value)
    assert any("HYPERLINK(" in v for v in values)


def test_markdown_report_renders_without_links_images_or_html(hostile):
    cmarkgfm = pytest.importorskip("cmarkgfm", reason="cmarkgfm (test extra) not installed")
    from cmarkgfm.cmark import Options

    text = hostile[2]["zh"]["ropa.md"].decode()
    html = cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE)
    parser = _Elements()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags and "style" not in tags
    # the only images are our own diagrams; the only links none at all
    assert [a["src"] for t, a in parser.tags if t == "img"] == [
        "ropa-activity-a1.svg", "ropa-overview.svg"]
    assert "a" not in tags
    # every table row has as many cells as its header
    for table in re.findall(r"<table>.*?</table>", html, flags=re.S):
        head = len(re.findall(r"<th[ >]", table.split("</thead>")[0]))
        for row in re.findall(r"<tr>(.*?)</tr>", table.split("</thead>")[1], flags=re.S):
            assert len(re.findall(r"<td", row)) == head


def test_dot_has_exactly_the_nodes_and_edges_privflow_made(hostile):
    result, inventory, _ = hostile
    dot = graph_dot(result, inventory, focus=next(iter(
        t for t in result.schema.tables if "<script>" in t)))
    made_nodes = len(re.findall(r"^\s*n\d+ \[label=", dot, flags=re.M))
    made_edges = len(re.findall(r"^\s*n\d+ -> n\d+ ", dot, flags=re.M))
    if not PURE.exists():
        pytest.skip("graphviz-pure is not installed")
    layout = json.loads(subprocess.run([str(PURE), "-Tjson"], input=dot.encode(),
                                       capture_output=True, check=True).stdout)
    nodes = [o for o in layout["objects"] if "nodes" not in o]
    assert len(nodes) == made_nodes and len(layout.get("edges", [])) == made_edges
    assert not any(n.get("shape") == "box" and n.get("color") == "red" for n in nodes)
    assert any("evil -> pwn" in n["label"] for n in nodes)


def test_json_outputs_are_valid_utf8_whatever_the_input(hostile):
    result, _, files = hostile
    for by_name in files.values():
        json.loads(by_name["ropa.json"].decode("utf-8", errors="strict"))
    scan = json.loads(json.dumps(json_safe(result.to_json()), ensure_ascii=False)
                      .encode("utf-8").decode("utf-8"))
    comments = [c["comment"] for t in scan["tables"] for c in t["columns"] if c["comment"]]
    assert any(REPLACEMENT in c for c in comments)  # bytes.sql's undecodable bytes
    assert "U+FFFD" in files["en"]["ropa.md"].decode()  # ... and the report says so
    bad = {"name\udc80": ["lone \ud800 surrogate", "nul \x00 here", b"\xff\xfe bytes"]}
    text = json.dumps(json_safe(bad), ensure_ascii=False)
    decoded = json.loads(text.encode("utf-8"))
    assert decoded == {"name\ufffd": ["lone \ufffd surrogate", "nul \ufffd here",
                                      "\ufffd\ufffd bytes"]}


def test_sarif_is_valid_json_over_hostile_findings(hostile):
    from privflow.check import to_sarif

    result, _, _ = hostile
    text = json.dumps(json_safe(to_sarif(result.findings)), ensure_ascii=False)
    sarif = json.loads(text.encode("utf-8"))
    assert sarif["runs"][0]["results"]


def test_terminal_text_strips_escape_sequences():
    raw = "a\x1b[31mred\x1b[0m \x1b]0;title\x07 b\x1b[2J\x07\x08c\u202eevil"
    assert terminal_text(raw) == "ared  bcevil"


def test_cli_table_output_has_no_escape_sequences():
    runner = CliRunner()
    outcome = runner.invoke(cli, ["scan", str(HOSTILE / "db"), "--format", "table"])
    assert outcome.exit_code in (0, None), outcome.output
    assert "\x1b" not in outcome.output and "\x07" not in outcome.output
    assert "RED" in outcome.output or "email" in outcome.output


@pytest.mark.parametrize("payload", [
    "=HYPERLINK(\"http://x\")", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "＝1+1"])
def test_spreadsheet_cell_neutralises_formula_starts(payload):
    assert spreadsheet_cell(payload).startswith("'")


def test_markdown_cell_is_one_line_and_escaped():
    cell = markdown_cell("a | b\nc [x](javascript:alert(1)) <img src=x>")
    assert "\n" not in cell and "<" not in cell
    assert "\\|" in cell and "\\[" in cell


def test_yaml_tags_are_not_executed(tmp_path):
    """Inventory and dbt YAML go through safe loaders: a Python tag is an input error."""
    import shutil as sh

    from privflow.errors import PrivflowError

    marker = tmp_path / "pwned"
    copy = tmp_path / "inventory"
    sh.copytree(HOSTILE, copy)
    payload = f'!!python/object/apply:os.system ["touch {marker}"]'
    with (copy / "privflow.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f"include: {payload}\n")
    with pytest.raises(PrivflowError):
        load_inventory(str(copy))
    (copy / "privflow.yaml").write_text((HOSTILE / "privflow.yaml").read_text("utf-8"), "utf-8")
    with (copy / "dbt" / "models" / "schema.yml").open("a", encoding="utf-8") as handle:
        handle.write(f"  - name: evil\n    description: {payload}\n")
    inventory = load_inventory(str(copy))
    run_scan(ScanOptions(inventory_dir=str(copy)), inventory)
    assert not marker.exists()


def test_html_diagram_ids_are_unique(hostile):
    html = hostile[2]["zh"]["ropa.html"].decode()
    ids = re.findall(r'\bid="([^"]*)"', html)
    assert len(ids) == len(set(ids))


def test_dot_string_quotes_escapes_and_cuts():
    from privflow.sanitize import dot_lines, dot_string

    assert dot_string('a"b\\c&d') == '"a\\"b\\\\c&amp;d"'
    assert dot_string("x\ny\r\nz") == '"x y z"'
    assert dot_string("x" * 500).endswith('…"') and len(dot_string("x" * 500)) == 122
    assert dot_lines(["a", 'b"']) == '"a\\nb\\""'


def test_clean_text_drops_bidi_overrides_and_controls():
    from privflow.sanitize import clean_text

    assert clean_text("admin\u202e\u2066gnp.exe\x00\x07") == "admingnp.exe\ufffd"
    assert clean_text("a\nb", keep_newlines=False) == "a b"
    assert clean_text(b"\xff ok") == "\ufffd ok"
