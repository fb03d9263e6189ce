"""The report as data: a header and five registers of cells, before any format renders it.

Every column says where its cells come from (ropa.md §4): `declared` (the inventory),
`discovered` (the scan, with evidence) or `derived` (computed from both). Renderers only
format this model; they never look at the scan or the inventory themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Provenance = Literal["declared", "discovered", "derived"]


@dataclass
class Cell:
    value: str | list[str] = ""
    evidence: list[str] = field(default_factory=list)  # "path:line", "table.column"

    def text(self, separator: str = "; ") -> str:
        if isinstance(self.value, list):
            return separator.join(self.value)
        return self.value

    def shown_evidence(self, limit: int = 20) -> list[str]:
        """Evidence for a reader (HTML, Markdown): the first `limit` items and a count of the
        rest. The data formats (JSON, CSV, XLSX) keep every item."""
        if len(self.evidence) <= limit:
            return list(self.evidence)
        return self.evidence[:limit] + [f"… (+{len(self.evidence) - limit})"]

    def to_json(self, provenance: Provenance) -> dict[str, Any]:
        data: dict[str, Any] = {"value": self.value, "provenance": provenance}
        if self.evidence:
            data["evidence"] = list(self.evidence)
        return data


@dataclass
class ColumnSpec:
    key: str
    label: str
    provenance: Provenance


@dataclass
class Register:
    key: str  # activities | sharing | collection | pipia | gaps
    title: str
    columns: list[ColumnSpec]
    rows: list[dict[str, Cell]] = field(default_factory=list)
    # Columns of a law the organisation does not follow: given to add(), never shown.
    hidden: frozenset[str] = frozenset()

    def add(self, **cells: Cell | str | list[str]) -> dict[str, Cell]:
        unknown = set(cells) - {c.key for c in self.columns} - self.hidden
        if unknown:
            raise KeyError(f"register {self.key} has no column {sorted(unknown)}")
        row = {c.key: _cell(cells.get(c.key, "")) for c in self.columns}
        self.rows.append(row)
        return row


def _cell(value: Cell | str | list[str] | None) -> Cell:
    if isinstance(value, Cell):
        return value
    return Cell(value if value is not None else "")


@dataclass
class Diagram:
    key: str  # "overview", "activity-<id>" ...
    title: str
    svg: bytes | None  # None when no renderer could run
    dot: str


@dataclass
class Report:
    lang: str
    title: str
    subtitle: str
    header: list[tuple[str, str]]  # (label, value) pairs, values from the inventory and scan
    registers: list[Register]
    legend: list[str]
    diagrams: list[Diagram] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    wording: str = "handler"  # Labels.wording of the organisation's laws
    # Section 1, the one-page summary: key facts, counts, and the highest findings
    # ({"severity", "severity_key", "title", "law", "message", "location"}).
    summary: list[tuple[str, str]] = field(default_factory=list)
    counts: list[tuple[str, str]] = field(default_factory=list)
    highlights: list[dict[str, str]] = field(default_factory=list)
    date: str = ""

    def register(self, key: str) -> Register:
        return next(r for r in self.registers if r.key == key)
