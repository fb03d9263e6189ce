"""The networkx graph and the questions asked of it."""

from __future__ import annotations

import pytest

from privflow.graph import build_graph, what_reaches, where_does_it_go
from privflow.lineage import build_flows, propagate
from privflow.schema import Column, Recipient, ScanResult, Schema, SourceStatement, Table


@pytest.fixture()
def result() -> ScanResult:
    schema = Schema()
    member = Table(id="shop.ums_member", name="ums_member", source="schema.sql:1")
    member.add_column(Column("id"))
    member.add_column(Column("phone", categories=["contact.phone"], confidence=0.9))
    schema.tables[member.id] = member
    for line, sql in enumerate([
        "INSERT INTO dw.wide (id, phone, ph) SELECT id, phone, md5(phone) FROM ums_member",
        "INSERT INTO vendor_sms.outbox (mobile) SELECT phone FROM dw.wide",
        "SELECT ph INTO OUTFILE '/export/bi.csv' FROM dw.wide",
    ], start=1):
        schema.statements.append(SourceStatement(sql, "etl.sql", line, "mysql"))
    sms = Recipient(id="sms", name="SMS Co", country="CN", kind="processor",
                    tables=["vendor_sms.*"])
    flows, recipients = build_flows(schema, [sms])
    propagate(schema, flows)
    return ScanResult(schema=schema, flows=flows, recipients=recipients)


def test_nodes_and_edges(result):
    graph = build_graph(result)
    assert graph.nodes["table:shop.ums_member"]["kind"] == "table"
    assert graph.nodes["table:shop.ums_member"]["categories"] == ["contact.phone"]
    assert graph.nodes["shop.ums_member.phone"]["kind"] == "column"
    assert graph.nodes["recipient:sms"]["country"] == "CN"
    assert graph.nodes["recipient:outfile:/export/bi.csv"]["declared"] is False
    assert graph.edges["table:dw.wide", "dw.wide.ph"]["kind"] == "contains"
    edge = graph.edges["shop.ums_member.phone", "dw.wide.ph"]
    assert (edge["kind"], edge["transform"], edge["via"]) == ("flow", "hash", "etl.sql:1")


def test_where_does_it_go(result):
    answers = {a["target"]: a for a in where_does_it_go(build_graph(result),
                                                        "shop.ums_member.phone")}
    assert set(answers) == {"dw.wide.phone", "dw.wide.ph", "vendor_sms.outbox.mobile",
                            "recipient:sms", "recipient:outfile:/export/bi.csv"}
    assert answers["recipient:sms"]["state"] == "raw"
    assert answers["recipient:sms"]["path"] == [
        "shop.ums_member.phone", "dw.wide.phone", "vendor_sms.outbox.mobile", "recipient:sms"]
    assert answers["recipient:outfile:/export/bi.csv"]["state"] == "pseudonymized"
    assert [s["via"] for s in answers["recipient:outfile:/export/bi.csv"]["steps"]] == [
        "etl.sql:1", "etl.sql:3"]


def test_what_reaches(result):
    graph = build_graph(result)
    answers = what_reaches(graph, "sms")
    origin = [a for a in answers if a["origin"]]
    assert [a["source"] for a in origin] == ["shop.ums_member.phone"]
    assert origin[0]["categories"] == ["contact.phone"]
    assert origin[0]["state"] == "raw"
    bi = what_reaches(graph, "outfile:/export/bi.csv")
    first = next(a for a in bi if a["source"] == "shop.ums_member.phone")
    assert first["state"] == "pseudonymized"
    with pytest.raises(KeyError):
        what_reaches(graph, "nobody")
