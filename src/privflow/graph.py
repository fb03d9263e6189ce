"""The scan as one networkx graph, and the questions users ask of it.

Nodes:
- `table:<table id>` (kind "table"),
- `<table id>.<column>` (kind "column"), the same strings as `Flow.source`/`Flow.target`,
- `recipient:<recipient id>` (kind "recipient").

Edges carry `kind`: "contains" (table -> its columns) or "flow" (column -> column or recipient,
with `transform` and `via`, the first statement that makes it, and `vias`, all of them).
Questions walk flow edges only, so a table never stands between two columns.
"""

from __future__ import annotations

from collections import deque
from typing import Any

import networkx as nx

from privflow.lineage.propagate import STATE_ORDER, state_after
from privflow.lineage.walker import merge_transforms
from privflow.schema import Column, ScanResult, Table

RECIPIENT = "recipient:"
TABLE = "table:"


def _weakest(states: list[str]) -> str:
    return min(states, key=STATE_ORDER.index) if states else "raw"


def _add_table(graph: nx.DiGraph, table: Table) -> None:
    tagged = [c for c in table.columns.values() if c.categories]
    graph.add_node(
        TABLE + table.id, kind="table", table=table.id, label=table.id, comment=table.comment,
        table_kind=table.kind,
        categories=sorted({cat for c in tagged for cat in c.categories}),
        sensitive=any(c.sensitive for c in table.columns.values()),
        state=_weakest([c.state for c in tagged]), country=None,
    )


def _add_column(graph: nx.DiGraph, table_id: str, column: Column) -> str:
    node = f"{table_id}.{column.name.lower()}"
    graph.add_node(node, kind="column", table=table_id, column=column.name,
                   label=column.name, comment=column.comment,
                   categories=list(column.categories), sensitive=column.sensitive,
                   state=column.state, country=None)
    graph.add_edge(TABLE + table_id, node, kind="contains")
    return node


def _ensure_endpoint(graph: nx.DiGraph, node: str) -> None:
    if node in graph:
        return
    if node.startswith(RECIPIENT):
        graph.add_node(node, kind="recipient", recipient=node[len(RECIPIENT):],
                       label=node[len(RECIPIENT):], categories=[], sensitive=False,
                       state="raw", country=None, declared=False)
        return
    table_id, _, name = node.rpartition(".")
    if TABLE + table_id not in graph:
        graph.add_node(TABLE + table_id, kind="table", table=table_id, label=table_id,
                       comment=None, table_kind="table", categories=[], sensitive=False,
                       state="raw", country=None)
    graph.add_node(node, kind="column", table=table_id, column=name, label=name,
                   comment=None, categories=[], sensitive=False, state="raw", country=None)
    graph.add_edge(TABLE + table_id, node, kind="contains")


def build_graph(result: ScanResult) -> nx.DiGraph:
    """Tables, columns and recipients of a scan, joined by its flows."""
    graph = nx.DiGraph()
    for table in result.schema.tables.values():
        _add_table(graph, table)
        for column in table.columns.values():
            _add_column(graph, table.id, column)
    for recipient in result.recipients:
        graph.add_node(RECIPIENT + recipient.id, kind="recipient", recipient=recipient.id,
                       label=recipient.name, categories=[], sensitive=False, state="raw",
                       country=recipient.country, recipient_kind=recipient.kind,
                       declared=recipient.declared)
    for flow in result.flows:
        _ensure_endpoint(graph, flow.source)
        _ensure_endpoint(graph, flow.target)
        data = graph.get_edge_data(flow.source, flow.target)
        if data is None:
            graph.add_edge(flow.source, flow.target, kind="flow", transform=flow.transform,
                           via=flow.via, vias=[flow.via])
        else:
            data["transform"] = merge_transforms(data["transform"], flow.transform)
            if flow.via not in data["vias"]:
                data["vias"].append(flow.via)
    return graph


def flow_view(graph: nx.DiGraph) -> nx.DiGraph:
    """The graph restricted to flow edges."""
    return nx.subgraph_view(graph, filter_edge=lambda u, v: graph[u][v].get("kind") == "flow")


def _path_state(graph: nx.DiGraph, path: list[str]) -> str:
    state = graph.nodes[path[0]].get("state", "raw")
    for source, target in zip(path, path[1:], strict=False):
        state = state_after(state, graph[source][target]["transform"])
    return state


def _steps(graph: nx.DiGraph, path: list[str]) -> list[dict[str, Any]]:
    return [{"source": s, "target": t, "transform": graph[s][t]["transform"],
             "via": graph[s][t]["via"]} for s, t in zip(path, path[1:], strict=False)]


def _shortest_paths(flows: nx.DiGraph, start: str, reverse: bool) -> dict[str, list[str]]:
    """Breadth-first shortest flow paths from `start` (towards sources when `reverse`)."""
    paths = {start: [start]}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        nexts = flows.predecessors(node) if reverse else flows.successors(node)
        for other in nexts:
            if other not in paths:
                paths[other] = [other, *paths[node]] if reverse else [*paths[node], other]
                queue.append(other)
    return paths


def where_does_it_go(graph: nx.DiGraph, column: str) -> list[dict[str, Any]]:
    """Every column and recipient that `table.column` reaches, with the state it arrives in and
    the path that explains it (shortest first)."""
    node = column.lower()
    if node not in graph:
        raise KeyError(column)
    flows = flow_view(graph)
    answers = []
    for target, path in _shortest_paths(flows, node, reverse=False).items():
        if target == node:
            continue
        answers.append({"target": target, "kind": graph.nodes[target]["kind"],
                        "state": _path_state(graph, path), "path": path,
                        "steps": _steps(graph, path)})
    answers.sort(key=lambda a: (len(a["path"]), a["target"]))
    return answers


def what_reaches(graph: nx.DiGraph, recipient_id: str) -> list[dict[str, Any]]:
    """Every column whose values reach recipient R: its categories, the state they arrive in,
    and the path that explains it. Columns carrying personal data come first."""
    node = recipient_id if recipient_id.startswith(RECIPIENT) else RECIPIENT + recipient_id
    if node not in graph:
        raise KeyError(recipient_id)
    flows = flow_view(graph)
    answers = []
    for source, path in _shortest_paths(flows, node, reverse=True).items():
        if source == node or graph.nodes[source]["kind"] != "column":
            continue
        attrs = graph.nodes[source]
        answers.append({"source": source, "table": attrs.get("table"),
                        "categories": list(attrs.get("categories") or []),
                        "sensitive": bool(attrs.get("sensitive")),
                        "state": _path_state(graph, path), "path": path,
                        "steps": _steps(graph, path),
                        "origin": not any(True for _ in flows.predecessors(source))})
    answers.sort(key=lambda a: (not a["categories"], not a["origin"], a["source"]))
    return answers
