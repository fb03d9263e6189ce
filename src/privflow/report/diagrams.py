"""Data-flow diagrams: DOT built from the scan, rendered by graphviz to SVG, PNG or DOT.

Views (`focus`): none = overview (source systems -> warehouse -> recipients, one edge per table
pair labelled with the categories it carries, sensitive in red, pseudonymised/masked flows dashed,
cross-border recipients double-bordered and marked); an activity id (its tables and where their
data goes); a category id (the flows that carry it); a table id (its columns, one hop up and down).

Safety: node ids are generated (`n1`, `n2` ...), never taken from input, and every label goes
through `sanitize.dot_string`, so a table named `a" -> evil [shape=box` is just a label. The SVG
that comes back is parsed and checked (`inert_svg`) before anything embeds it.

Rendering: the system `dot` when it is on PATH, else the `graphviz-pure` program that the
`graphviz-pure` wheel installs next to Python (a dependency, so `pip install -e .` on a machine
without Graphviz still draws), else `PRIVFLOW_DOT` when set (it wins over both).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from privflow.check.laws import abroad_under
from privflow.errors import PrivflowError
from privflow.report.evidence import (
    PROTECTED_STATES,
    PROTECTED_TRANSFORMS,
    RECIPIENT_PREFIX,
    ScanIndex,
    split_column_id,
)
from privflow.report.labels import Labels, category_info, is_sensitive
from privflow.sanitize import dot_lines, dot_string
from privflow.schema import ScanResult

FORMATS = ("svg", "png", "dot")
FONT = "Noto Sans CJK SC"
MAX_TABLE_NODES = 150  # the overview of a 20,000-table estate keeps the tables nearest recipients
MAX_EDGE_CATEGORIES = 3
RENDER_TIMEOUT = 300
SENSITIVE_COLOUR = "#c62828"
PROTECTED_COLOUR = "#1565c0"
PLAIN_COLOUR = "#455a64"


# --- the renderer ------------------------------------------------------------------------------

def _packaged_renderer() -> str | None:
    beside_python = Path(sys.executable).parent / "graphviz-pure"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("graphviz-pure")


def find_renderer(fmt: str = "svg") -> list[str] | None:
    """The command that renders DOT: PRIVFLOW_DOT; for SVG graphviz-pure (the same bytes on
    every machine, so a report does not change with the system's Graphviz build), else the
    system `dot`; for PNG the system `dot` first (it has the system's CJK fonts)."""
    forced = os.environ.get("PRIVFLOW_DOT")
    if forced:
        return [forced]
    order = [_packaged_renderer(), shutil.which("dot")]
    if fmt == "png":
        order.reverse()
    found = next((c for c in order if c), None)
    return [found] if found else None


def render_dot(source: str, fmt: str = "svg") -> bytes:
    """Render DOT text; `dot` format returns the source itself."""
    if fmt not in FORMATS:
        raise PrivflowError(f"unknown diagram format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "dot":
        return source.encode("utf-8")
    command = find_renderer(fmt)
    if command is None:
        raise PrivflowError("no Graphviz renderer: install graphviz (the `dot` program) or "
                            "`pip install graphviz-pure`")
    if fmt == "png" and Path(command[0]).name == "graphviz-pure" and not source.isascii():
        # graphviz-pure rasterises with its bundled Latin fonts only: CJK would come out as
        # boxes. SVG is fine (the viewer draws the text with its own fonts).
        raise PrivflowError("PNG with Chinese labels needs the system Graphviz and a CJK font "
                            "(apt-get install graphviz fonts-noto-cjk); use --format svg")
    try:
        done = subprocess.run(command + [f"-T{fmt}"], input=source.encode("utf-8"),
                              capture_output=True, timeout=RENDER_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrivflowError(f"graphviz failed: {error}", path=command[0]) from error
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PrivflowError(f"graphviz failed: {message[-1] if message else done.returncode}",
                            path=command[0])
    return inert_svg(done.stdout) if fmt == "svg" else done.stdout


_SVG_NS = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_ALLOWED_TAGS = {"svg", "g", "title", "polygon", "polyline", "path", "ellipse", "text", "a",
                 "defs", "linearGradient", "radialGradient", "stop", "tspan", "rect", "circle",
                 "line"}


def inert_svg(svg: bytes) -> bytes:
    """SVG from graphviz without prolog, comments or anything active; refuse what is not plain.

    Graphviz escapes label text itself; this check is the second wall: no element outside the
    drawing vocabulary (script, foreignObject, image ...), no event attribute, no link that
    leaves the page.
    """
    text = svg.decode("utf-8", "replace")
    start = text.find("<svg")
    if start < 0:
        raise PrivflowError("graphviz returned no SVG")
    body = re.sub(r"<!--.*?-->", "", text[start:], flags=re.S)
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise PrivflowError(f"graphviz returned malformed SVG: {error}") from error
    for element in root.iter():
        tag = element.tag.replace(_SVG_NS, "")
        if tag not in _ALLOWED_TAGS:
            raise PrivflowError(f"refusing SVG with a <{tag}> element")
        for name, value in list(element.attrib.items()):
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on") or local == "style":
                raise PrivflowError(f"refusing SVG with a {local} attribute")
            if (name == _XLINK_HREF or local == "href") and not value.startswith("#"):
                raise PrivflowError("refusing SVG with an outside link")
    return body.strip().encode("utf-8") + b"\n"


# --- the graph ---------------------------------------------------------------------------------

@dataclass
class EdgeInfo:
    categories: set[str] = field(default_factory=set)
    protected: bool = True
    vias: set[str] = field(default_factory=set)


def _text_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class DotWriter:
    """DOT text with generated node ids; all labels escaped through sanitize."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.ids: dict[str, str] = {}
        self.lines: list[str] = []
        self.clusters: dict[str, list[str]] = defaultdict(list)
        self.cluster_labels: dict[str, str] = {}
        # Clusters pinned to the first or last rank: sources left, recipients right.
        self.first_rank: set[str] = set()
        self.last_rank: set[str] = set()

    def node_id(self, key: str) -> str:
        if key not in self.ids:
            self.ids[key] = f"n{len(self.ids) + 1}"
        return self.ids[key]

    def node(self, key: str, lines: list[str], *, cluster: str | None = None,
             **attrs: str) -> str:
        nid = self.node_id(key)
        # Minimum width from the text itself: a renderer without CJK font metrics (graphviz-pure)
        # would otherwise draw Chinese labels wider than their boxes.
        widest = max((_text_width(line) for line in lines), default=4)
        attrs.setdefault("width", f"{max(widest * 0.075 + 0.3, 0.75):.2f}")
        statement = f"{nid} [label={dot_lines(lines)}{_attrs(attrs)}];"
        (self.clusters[cluster] if cluster else self.lines).append(statement)
        return nid

    def edge(self, source: str, target: str, label: list[str] | None = None, **attrs: str) -> None:
        text = f" label={dot_lines(label)}" if label else ""
        self.lines.append(f"{self.node_id(source)} -> {self.node_id(target)} "
                          f"[{text.strip()}{_attrs(attrs)}];")

    def text(self) -> str:
        out = ["digraph privflow {",
               f"  graph [rankdir=LR newrank=true fontname={dot_string(FONT)} fontsize=12 "
               f"label={dot_string(self.title)} labelloc=t nodesep=0.3 ranksep=0.9];",
               f"  node [shape=box style=\"rounded,filled\" fillcolor=\"#f5f7fa\" "
               f"fontname={dot_string(FONT)} fontsize=10 color=\"#78909c\"];",
               f"  edge [fontname={dot_string(FONT)} fontsize=9 color=\"{PLAIN_COLOUR}\" "
               f"fontcolor=\"{PLAIN_COLOUR}\"];"]
        for index, name in enumerate(sorted(self.clusters)):
            out.append(f"  subgraph cluster_{index} {{")
            out.append(f"    label={dot_string(self.cluster_labels.get(name, name))}; "
                       "style=dashed; color=\"#b0bec5\";")
            out += [f"    {line}" for line in self.clusters[name]]
            ids = [line.split(" ", 1)[0] for line in self.clusters[name]]
            if name in self.first_rank and ids:
                out.append(f"    {{rank=min; {'; '.join(ids)}}}")
            elif name in self.last_rank and ids:
                out.append(f"    {{rank=max; {'; '.join(ids)}}}")
            out.append("  }")
        out += [f"  {line}" for line in self.lines]
        out.append("}")
        return "\n".join(out) + "\n"


def _attrs(attrs: dict[str, str]) -> str:
    return "".join(f" {key}={dot_string(value)}" for key, value in sorted(attrs.items()))


class FlowDiagram:
    """The views of one scan; each method returns DOT text."""

    def __init__(self, result: ScanResult, inventory=None, lang: str = "zh",
                 index: ScanIndex | None = None) -> None:
        self.result = result
        self.inventory = inventory
        self.labels = Labels(lang)
        self.index = index or ScanIndex(result)
        self.declared = {r.id: r for r in (inventory.recipients if inventory else [])}
        self.scanned = {r.id: r for r in result.recipients}

    # helpers

    def _edge_style(self, info: EdgeInfo) -> dict[str, str]:
        sensitive = any(is_sensitive(c) for c in info.categories)
        attrs: dict[str, str] = {}
        if sensitive:
            attrs.update(color=SENSITIVE_COLOUR, fontcolor=SENSITIVE_COLOUR, penwidth="2")
        if info.protected and info.categories:
            attrs.update(style="dashed")
            if not sensitive:
                attrs.update(color=PROTECTED_COLOUR, fontcolor=PROTECTED_COLOUR)
        return attrs

    def _edge_label(self, info: EdgeInfo) -> list[str]:
        names = sorted(self.labels.category_name(c) for c in info.categories)
        if len(names) > MAX_EDGE_CATEGORIES:
            names = names[:MAX_EDGE_CATEGORIES] + [f"+{len(names) - MAX_EDGE_CATEGORIES}"]
        label = ", ".join(names)
        if info.protected and info.categories:
            label += f" ({self.labels.word('pseudonymised')})"
        return [label] if label else []

    def _recipient_node(self, dot: DotWriter, rid: str, cluster: str | None = None) -> None:
        declared = self.declared.get(rid)
        scanned = self.scanned.get(rid)
        name = (declared.name if declared else scanned.name if scanned else rid)
        if declared is not None and self.labels.lang == "en" and declared.name_en:
            name = declared.name_en
        country = (declared.country if declared else scanned.country if scanned else None)
        lines = [name, rid] if name != rid else [rid]
        attrs = {"shape": "box", "fillcolor": "#fff8e1"}
        if abroad_under(self.inventory, country):
            lines.append(f"{self.labels.word('cross_border_mark')}: {country}")
            attrs.update(peripheries="2", color=SENSITIVE_COLOUR)
        if declared is None:
            lines.append(self.labels.word("not_in_inventory"))
            attrs.update(style="rounded,filled,dashed", fillcolor="#ffe0b2")
        dot.node(f"{RECIPIENT_PREFIX}{rid}", lines, cluster=cluster, **attrs)

    def _table_node(self, dot: DotWriter, table_id: str, cluster: str | None = None) -> None:
        table = self.result.schema.tables.get(table_id)
        sensitive = table is not None and any(
            c.sensitive or any(is_sensitive(x) for x in c.categories)
            for c in table.columns.values())
        attrs = {"color": SENSITIVE_COLOUR} if sensitive else {}
        dot.node(f"table:{table_id}", [table_id], cluster=cluster, **attrs)

    def _table_edges(self, flows) -> dict[tuple[str, str], EdgeInfo]:
        """Column flows folded into table-level (or table -> recipient) edges."""
        edges: dict[tuple[str, str], EdgeInfo] = defaultdict(EdgeInfo)
        for flow in flows:
            source_table, _ = split_column_id(flow.source.lower())
            target = flow.target.lower()
            if flow.target.startswith(RECIPIENT_PREFIX):
                target_key = flow.target
            else:
                target_key = f"table:{split_column_id(target)[0]}"
            info = edges[(f"table:{source_table}", target_key)]
            ref = self.index.columns.get(flow.source.lower())
            if ref is not None:
                info.categories.update(ref.column.categories)
            if not (flow.transform in PROTECTED_TRANSFORMS or
                    (ref is not None and ref.column.state in PROTECTED_STATES)):
                info.protected = False
            info.vias.add(flow.via)
        return edges

    def _carries_pi(self, flow) -> bool:
        ref = self.index.columns.get(flow.source.lower())
        return ref is None or bool(ref.column.categories or ref.column.linked_to) or \
            flow.target.startswith(RECIPIENT_PREFIX)

    def _draw(self, dot: DotWriter, flows, *, tiers: bool = True) -> None:
        edges = self._table_edges(flows)
        tables = {k for pair in edges for k in pair if k.startswith("table:")}
        if len(tables) > MAX_TABLE_NODES:
            tables = self._nearest_recipients(edges, MAX_TABLE_NODES)
            edges = {pair: info for pair, info in edges.items()
                     if all(k in tables or k.startswith(RECIPIENT_PREFIX) for k in pair)}
        fed = {target for (_, target) in edges}
        dot.cluster_labels.update({"1": self.labels.word("source_systems"),
                                   "2": self.labels.word("warehouse"),
                                   "3": self.labels.word("recipients")})
        dot.first_rank.add("1")
        dot.last_rank.add("3")
        for key in sorted(tables):
            cluster = ("2" if key in fed else "1") if tiers else None
            self._table_node(dot, key[len("table:"):], cluster)
        for key in sorted({k for pair in edges for k in pair if k.startswith(RECIPIENT_PREFIX)}):
            self._recipient_node(dot, key[len(RECIPIENT_PREFIX):], "3" if tiers else None)
        for (source, target), info in sorted(edges.items()):
            dot.edge(source, target, self._edge_label(info), **self._edge_style(info))

    @staticmethod
    def _nearest_recipients(edges: dict[tuple[str, str], EdgeInfo], limit: int) -> set[str]:
        """The `limit` tables closest (in hops) to a recipient, ties by name: the overview of a
        very large estate shows where data leaves, not every staging table."""
        reverse: dict[str, set[str]] = defaultdict(set)
        for source, target in edges:
            reverse[target].add(source)
        distance: dict[str, int] = {}
        frontier = sorted({t for _, t in edges if t.startswith(RECIPIENT_PREFIX)})
        hops = 0
        while frontier and len(distance) < limit:
            hops += 1
            nxt = []
            for node in frontier:
                for source in sorted(reverse.get(node, ())):
                    if source not in distance:
                        distance[source] = hops
                        nxt.append(source)
            frontier = nxt
        ranked = sorted(distance, key=lambda k: (distance[k], k))[:limit]
        if len(ranked) < limit:
            rest = sorted({k for pair in edges for k in pair
                           if k.startswith("table:") and k not in distance})
            ranked += rest[: limit - len(ranked)]
        return set(ranked)

    # views

    def overview(self) -> str:
        dot = DotWriter(self.labels.word("diagram_overview"))
        self._draw(dot, [f for f in self.result.flows if self._carries_pi(f)])
        if not self.result.flows:
            for ref in self.index.pi_columns()[:MAX_TABLE_NODES]:
                self._table_node(dot, ref.table.id, "1")
        for rid in sorted(self.declared):
            if f"{RECIPIENT_PREFIX}{rid}" not in dot.ids:
                self._recipient_node(dot, rid, "3")
        self._onward_edges(dot)
        return dot.text()

    def _onward_edges(self, dot: DotWriter) -> None:
        """Onward recipients (an e-sign vendor passing data to UnionPay) hang off their source."""
        for rid, declared in sorted(self.declared.items()):
            source = declared.onward_of
            if source and f"{RECIPIENT_PREFIX}{rid}" in dot.ids and \
                    f"{RECIPIENT_PREFIX}{source}" in dot.ids:
                dot.edge(f"{RECIPIENT_PREFIX}{source}", f"{RECIPIENT_PREFIX}{rid}",
                         [self.labels.word("onward")], style="dotted")

    def activity(self, activity_id: str) -> str:
        activity = self.inventory.activity(activity_id) if self.inventory else None
        if activity is None:
            raise PrivflowError(f"no activity {activity_id!r} in the inventory")
        name = activity.name_en if self.labels.lang == "en" and activity.name_en else activity.name
        dot = DotWriter(f"{activity.id} {name}")
        columns = self.index.select(activity.systems)
        wanted = {ref.id for ref in columns}
        downstream = self.index.descendants(wanted)
        flows = [f for f in self.result.flows if f.source.lower() in downstream]
        self._draw(dot, flows)
        drawn = sum(1 for k in dot.ids if k.startswith("table:"))
        for table_id in sorted({ref.table.id for ref in columns}):
            if drawn >= MAX_TABLE_NODES:
                break
            if f"table:{table_id}" not in dot.ids:
                self._table_node(dot, table_id, "1")
                drawn += 1
        key = f"activity:{activity.id}"
        dot.node(key, [activity.id, name], shape="ellipse", fillcolor="#e8eaf6")
        for table_id in sorted({ref.table.id for ref in columns}):
            if f"table:{table_id}" in dot.ids:
                dot.edge(key, f"table:{table_id}", style="dotted", arrowhead="none")
        for rid in activity.recipients:
            if f"{RECIPIENT_PREFIX}{rid}" not in dot.ids:
                self._recipient_node(dot, rid, "3")
                dot.edge(key, f"{RECIPIENT_PREFIX}{rid}", [self.labels.get("provenance",
                                                                           "declared")],
                         style="dotted")
        return dot.text()

    def category(self, category_id: str) -> str:
        dot = DotWriter(self.labels.category(category_id))
        flows = [f for f in self.result.flows
                 if (ref := self.index.columns.get(f.source.lower())) is not None
                 and category_id in ref.column.categories]
        self._draw(dot, flows)
        for ref in self.index.columns.values():
            if category_id in ref.column.categories and f"table:{ref.table.id}" not in dot.ids:
                self._table_node(dot, ref.table.id, "1")
        return dot.text()

    def table(self, table_id: str) -> str:
        table = self.result.schema.tables.get(table_id) or self.result.schema.find(table_id)
        if table is None:
            raise PrivflowError(f"no table {table_id!r} in the scan")
        dot = DotWriter(table.id)
        own = {f"{table.id}.{c.name.lower()}": c for c in table.columns.values()}
        for key, column in own.items():
            lines = [column.name] + [self.labels.category_name(c) for c in column.categories]
            attrs = {}
            if column.sensitive or any(is_sensitive(c) for c in column.categories):
                attrs["color"] = SENSITIVE_COLOUR
            if column.state in PROTECTED_STATES:
                attrs["style"] = "rounded,filled,dashed"
            dot.node(f"col:{key}", lines, cluster="0", **attrs)
        dot.cluster_labels["0"] = table.id
        for flow in self.result.flows:
            source, target = flow.source.lower(), flow.target.lower()
            if source not in own and target not in own:
                continue
            for end in (source, target):
                if end in own or f"col:{end}" in dot.ids:
                    continue
                if flow.target.startswith(RECIPIENT_PREFIX) and end == target:
                    if f"{RECIPIENT_PREFIX}{flow.target[len(RECIPIENT_PREFIX):]}" not in dot.ids:
                        self._recipient_node(dot, flow.target[len(RECIPIENT_PREFIX):])
                    continue
                dot.node(f"col:{end}", [end])
            target_key = flow.target if flow.target.startswith(RECIPIENT_PREFIX) \
                else f"col:{target}"
            ref = self.index.columns.get(source)
            info = EdgeInfo(set(ref.column.categories) if ref else set(),
                            flow.transform in PROTECTED_TRANSFORMS or (
                                ref is not None and ref.column.state in PROTECTED_STATES))
            label = [flow.transform] if flow.transform != "identity" else []
            dot.edge(f"col:{source}", target_key, label, **self._edge_style(info))
        return dot.text()

    def view(self, focus: str | None) -> str:
        """The DOT of one view; `focus` is an activity id, a category id or a table id."""
        if not focus:
            return self.overview()
        if self.inventory is not None and self.inventory.activity(focus) is not None:
            return self.activity(focus)
        if category_info(focus) is not None or any(
                focus in ref.column.categories for ref in self.index.columns.values()):
            return self.category(focus)
        if focus.lower() in self.result.schema.tables or self.result.schema.find(focus):
            return self.table(focus.lower())
        raise PrivflowError(f"--focus {focus!r} is not an activity, a category or a table")


def graph_dot(result: ScanResult, inventory=None, focus: str | None = None,
              lang: str = "zh") -> str:
    return FlowDiagram(result, inventory, lang).view(focus)


def render_graph(result: ScanResult, inventory=None, fmt: str = "svg",
                 focus: str | None = None, lang: str = "zh") -> bytes:
    """The diagram of one view as SVG, PNG or DOT bytes (see the module docstring)."""
    return render_dot(graph_dot(result, inventory, focus, lang), fmt)
