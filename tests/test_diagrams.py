"""Diagrams: the DOT of each view, the renderer fallback without system Graphviz, DOT escaping."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from privflow.errors import PrivflowError
from privflow.report import diagrams
from privflow.report.diagrams import find_renderer, graph_dot, inert_svg, render_graph
from test_report_helpers import column, shop_inventory, shop_scan, table

PURE = Path(sys.executable).parent / "graphviz-pure"


def edge_lines(dot: str, label_part: str) -> list[str]:
    return [line for line in dot.splitlines() if "->" in line and label_part in line]


def node_line(dot: str, label_part: str) -> str:
    return next(line for line in dot.splitlines() if "->" not in line and label_part in line)


def test_overview_styles_sensitive_protected_cross_border_undeclared():
    dot = graph_dot(shop_scan(), shop_inventory(), lang="zh")
    # id_card to an undeclared vendor: sensitive, red and thick.
    (sensitive,) = edge_lines(dot, "身份证号")
    assert 'color="#c62828"' in sensitive and 'penwidth="2"' in sensitive
    # phone hashed into the warehouse: dashed and marked as pseudonymised.
    hashed = edge_lines(dot, "已去标识化")
    assert hashed and all('style="dashed"' in line for line in hashed)
    assert 'style="dashed"' not in edge_lines(dot, '"地址"')[0]
    # the US analytics SDK is marked as abroad and double-bordered.
    stats = node_line(dot, "stats_sdk")
    assert "境外: US" in stats and 'peripheries="2"' in stats
    assert "未在清单中声明" in node_line(dot, "mystery_vendor")
    # tiers: sources, warehouse, recipients.
    for tier in ("来源系统", "数据仓库/加工层", "接收方"):
        assert f'label="{tier}"' in dot
    # onward recipient hangs off its source recipient.
    assert edge_lines(dot, "转提供")


def test_focus_views():
    scan, inventory = shop_scan(), shop_inventory()
    activity = graph_dot(scan, inventory, focus="A01")
    assert "shop.ums_member" in activity and "sms_gateway" in activity
    assert "shop.oms_order" not in activity
    category = graph_dot(scan, inventory, focus="biometric.face")
    assert "shop.ums_member" in category and "dw.member_wide" not in category
    columns = graph_dot(scan, inventory, focus="shop.ums_member")
    for name in ("phone", "id_card", "face_feature", "dw.member_wide.phone_hash", "hash"):
        assert name in columns
    with pytest.raises(PrivflowError):
        graph_dot(scan, inventory, focus="no_such_thing")


def test_dot_format_is_the_source():
    data = render_graph(shop_scan(), shop_inventory(), fmt="dot")
    assert data.decode().startswith("digraph privflow {")
    with pytest.raises(PrivflowError):
        render_graph(shop_scan(), shop_inventory(), fmt="pdf")


HOSTILE_NAMES = [
    'evil"; x -> y; z [label="pwn',
    "a} subgraph cluster_x { b",
    "tab\\n\\g\\l\\",
    "line\nbreak -> other",
    '<b>html</b> & "quote" &lt;i&gt;',
]


def test_hostile_names_add_no_nodes_edges_or_attributes():
    tables = [table(f"s.{i}", "x.sql:1", column("phone", "contact.phone")) for i in range(2)]
    scan = shop_scan()
    scan.schema.tables = {}
    for index, name in enumerate(HOSTILE_NAMES):
        t = table(f"s.t{index}", "x.sql:1", column("phone", "contact.phone"))
        t.id = name
        scan.schema.tables[name] = t
    scan.flows = [type(scan.flows[0])(f"{HOSTILE_NAMES[i]}.phone",
                                       f"{HOSTILE_NAMES[i + 1]}.phone", "x.sql:2")
                  for i in range(len(HOSTILE_NAMES) - 1)]
    del tables
    inventory = shop_inventory()
    inventory.activities = []
    inventory.recipients = []
    scan.recipients = []
    dot = graph_dot(scan, inventory)
    layout = subprocess.run([str(PURE), "-Tjson"], input=dot.encode(), capture_output=True,
                            check=True)
    graph = json.loads(layout.stdout)
    nodes = [o for o in graph["objects"] if "nodes" not in o]
    assert len(nodes) == len(HOSTILE_NAMES)
    assert len(graph["edges"]) == len(HOSTILE_NAMES) - 1
    assert all("pwn" not in str(n.get("shape", "")) for n in nodes)
    # What a reader sees: each hostile name, literally, as the text of one node.
    svg = subprocess.run([str(PURE), "-Tsvg"], input=dot.encode(), capture_output=True,
                         check=True).stdout
    root = ET.fromstring(inert_svg(svg))
    texts = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert 'evil"; x -> y; z [label="pwn' in texts
    assert "tab\\n\\g\\l\\" in texts  # graphviz's own escapes shown literally
    assert "line break -> other" in texts
    assert '<b>html</b> & "quote" &lt;i&gt;' in texts


@pytest.mark.skipif(not PURE.exists(), reason="graphviz-pure is not installed in this venv")
def test_svg_without_system_graphviz(monkeypatch, tmp_path):
    """After `pip install -e .` on a machine with no Graphviz, SVG still comes out."""
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("PRIVFLOW_DOT", raising=False)
    assert shutil.which("dot") is None
    assert find_renderer() == [str(PURE)]
    svg = render_graph(shop_scan(), shop_inventory(), fmt="svg").decode()
    assert svg.startswith("<svg") and "<script" not in svg
    assert "某短信服务有限公司" in svg and "stats_sdk" in svg
    # labels carry a width hint so that Chinese boxes are wide enough without font metrics
    widths = [float(w) for w in re.findall(r'width="([0-9.]+)"', graph_dot(
        shop_scan(), shop_inventory()))]
    assert max(widths) > 1.5


@pytest.mark.skipif(shutil.which("dot") is None, reason="no system Graphviz (dot) installed")
def test_png_with_system_graphviz():
    png = render_graph(shop_scan(), shop_inventory(), fmt="png")
    assert png.startswith(b"\x89PNG")


def test_no_renderer_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(diagrams, "find_renderer", lambda fmt="svg": None)
    with pytest.raises(PrivflowError, match="no Graphviz renderer"):
        render_graph(shop_scan(), shop_inventory(), fmt="svg")


def test_inert_svg_refuses_active_content():
    ok = inert_svg(b'<?xml version="1.0"?><!-- n1 --><svg xmlns="http://www.w3.org/2000/svg">'
                   b"<g><text>x</text></g></svg>")
    assert ok.startswith(b"<svg") and b"<!--" not in ok
    for bad in (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
                b'<svg xmlns="http://www.w3.org/2000/svg"><g onload="alert(1)"/></svg>',
                b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>',
                b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/'
                b'xlink"><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'):
        with pytest.raises(PrivflowError):
            inert_svg(bad)


@pytest.mark.skipif(not (Path(__file__).resolve().parent.parent / "inventory" / "privflow.yaml")
                    .exists(), reason="the example inventory is not in this checkout")
def test_graph_command_on_the_example(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from privflow.cli import cli

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    runner = CliRunner()
    outcome = runner.invoke(cli, ["graph", "--format", "dot", "--focus", "biometric.face",
                                  "--lang", "en"])
    assert outcome.exit_code == 0, outcome.output
    assert outcome.output.startswith("digraph privflow {") and "Facial" in outcome.output
    target = tmp_path / "overview.svg"
    outcome = runner.invoke(cli, ["graph", "-o", str(target)])
    assert outcome.exit_code == 0, outcome.output
    assert target.read_bytes().startswith(b"<svg")


@pytest.mark.skipif(not PURE.exists(), reason="graphviz-pure is not installed in this venv")
def test_png_without_system_graphviz_refuses_chinese_rather_than_boxes(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("PRIVFLOW_DOT", raising=False)
    with pytest.raises(PrivflowError, match="CJK font"):
        render_graph(shop_scan(), shop_inventory(), fmt="png")
    ascii_only = diagrams.render_dot('digraph { a -> b }', "png")
    assert ascii_only.startswith(b"\x89PNG")
