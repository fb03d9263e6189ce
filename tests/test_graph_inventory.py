"""The graph over the example inventory answers the questions of issue 4 end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from privflow.graph import build_graph, what_reaches, where_does_it_go
from privflow.pipeline import ScanOptions, load_inventory, run_scan

INVENTORY = Path(__file__).resolve().parent.parent / "inventory"


@pytest.fixture(scope="module")
def graph():
    if not (INVENTORY / "privflow.yaml").exists():
        pytest.skip("the example inventory is not in this checkout")
    inventory = load_inventory(str(INVENTORY))
    result = run_scan(ScanOptions(inventory_dir=str(INVENTORY), sample=False), inventory)
    return build_graph(result)


def test_hashed_audience_reaches_the_ad_platform_pseudonymized(graph):
    answers = {a["source"]: a for a in what_reaches(graph, "oceanengine")}
    mobile = answers["dw.dwd_member_wide.mobile"]
    assert mobile["state"] == "pseudonymized"
    assert "contact.phone" in mobile["categories"]
    assert mobile["steps"][-1]["transform"] == "hash"
    assert mobile["steps"][-1]["via"].endswith("export_oceanengine_audience.sql:4")


def test_the_undeclared_research_export_gets_raw_mobile_numbers(graph):
    undeclared = [n for n, a in graph.nodes(data=True)
                  if a["kind"] == "recipient" and a.get("declared") is False]
    research = [n for n in undeclared if "yanxin-research" in n]
    assert research, undeclared
    answers = {a["source"]: a for a in what_reaches(graph, research[0])}
    assert answers["dw.dwd_member_wide.mobile"]["state"] == "raw"
    # Spending summed per member is still that member's: not reported as aggregated.
    assert answers["dw.dwd_member_wide.pay_amount_180d"]["state"] == "raw"


def test_where_a_member_mobile_goes(graph):
    targets = {a["target"]: a["state"] for a in where_does_it_go(graph,
                                                                 "dw.dwd_member_wide.mobile")}
    assert targets["recipient:oceanengine"] == "pseudonymized"
    assert any("yanxin-research" in t and s == "raw" for t, s in targets.items())
