"""What every rule asks of a scan and an inventory, computed once.

The rules in `rules.py` stay one method each because the questions they share live here:
which columns an activity's `systems` cover, which categories are sensitive, which recipients
a column reaches and how, and where each thing was declared or found.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cached_property

from privflow.classify.taxonomy import load_taxonomy
from privflow.inventory.model import Activity, Inventory, RecipientDeclaration
from privflow.schema import Column, Flow, ScanResult, Table

RECIPIENT_PREFIX = "recipient:"
HOME_COUNTRY = "CN"
# Transforms after which a value no longer travels in clear (taxonomy.md: state changes).
PROTECTING_TRANSFORMS = frozenset({"hash", "encrypt", "mask", "aggregate"})
PROTECTED_STATES = frozenset({"encrypted", "pseudonymized", "masked", "aggregated"})


def table_names(table: Table) -> list[str]:
    """Every name a `systems` glob may use for a table: the full id and each dotted suffix
    (`db.shop.member` -> `db.shop.member`, `shop.member`, `member`)."""
    parts = table.id.split(".")
    names = [".".join(parts[i:]) for i in range(len(parts))]
    if table.name.lower() not in names:
        names.append(table.name.lower())
    return names


def glob_covers(pattern: str, table: Table, column: Column | None = None) -> bool:
    """Whether a `systems`/`receives` glob names this table (or this column of it)."""
    pattern = pattern.strip().lower()
    names = table_names(table)
    if any(fnmatchcase(name, pattern) for name in names):
        return True
    if column is None:
        return False
    column_name = column.name.lower()
    return any(fnmatchcase(f"{name}.{column_name}", pattern) for name in names)


def split_location(location: str | None) -> tuple[str | None, int | None]:
    """`path:line` -> (path, line); a location without a line gives (path, None)."""
    if not location:
        return None, None
    path, sep, line = location.rpartition(":")
    if sep and line.isdigit() and path:
        return path, int(line)
    return location, None


@dataclass(frozen=True)
class ColumnRef:
    table: Table
    column: Column

    @property
    def id(self) -> str:
        return f"{self.table.id}.{self.column.name.lower()}"

    @property
    def location(self) -> str | None:
        return self.column.source or self.table.source


@dataclass
class RecipientFlow:
    """One flow edge into `recipient:<id>`, with the column it starts from when known."""

    flow: Flow
    recipient_id: str
    origin: ColumnRef | None


@dataclass
class CheckContext:
    result: ScanResult
    inventory: Inventory | None
    # Set by `check --since`: rules whose evidence needs the whole scan stay quiet.
    partial_scan: bool = False
    _covering: dict[str, list[Activity]] = field(default_factory=dict, init=False)

    # -- taxonomy -------------------------------------------------------------------------

    @cached_property
    def taxonomy(self):
        return load_taxonomy()

    def is_sensitive(self, category: str) -> bool:
        entry = self.taxonomy.get(category)
        return bool(entry and entry.sensitive)

    def is_special(self, category: str) -> bool:
        """Sensitive under PIPL/35273, or a GDPR Art. 9/10 special category."""
        entry = self.taxonomy.get(category)
        return bool(entry and (entry.sensitive or entry.gdpr))

    def column_is_sensitive(self, column: Column) -> bool:
        return column.sensitive or any(self.is_sensitive(c) for c in column.categories)

    # -- columns and coverage -------------------------------------------------------------

    @cached_property
    def columns(self) -> list[ColumnRef]:
        return [ColumnRef(t, c) for t in self.result.schema.tables.values()
                for c in t.columns.values()]

    @cached_property
    def personal_columns(self) -> list[ColumnRef]:
        return [ref for ref in self.columns if ref.column.categories]

    @cached_property
    def activities(self) -> list[Activity]:
        return list(self.inventory.activities) if self.inventory else []

    def covering(self, ref: ColumnRef) -> list[Activity]:
        """The activities whose `systems` cover this column."""
        if ref.id not in self._covering:
            self._covering[ref.id] = [
                a for a in self.activities
                if any(glob_covers(p, ref.table, ref.column) for p in a.systems)
            ]
        return self._covering[ref.id]

    @cached_property
    def activity_columns(self) -> dict[str, list[ColumnRef]]:
        covered: dict[str, list[ColumnRef]] = defaultdict(list)
        for ref in self.columns:
            for activity in self.covering(ref):
                covered[activity.id].append(ref)
        return covered

    def discovered_categories(self, activity: Activity) -> dict[str, list[ColumnRef]]:
        """Category id -> the columns of the activity's systems that hold it."""
        found: dict[str, list[ColumnRef]] = defaultdict(list)
        for ref in self.activity_columns.get(activity.id, []):
            for category in ref.column.categories:
                found[category].append(ref)
        return found

    def categories_of(self, activity: Activity) -> list[str]:
        """Declared and discovered categories, declared first, each once."""
        seen = list(dict.fromkeys(activity.categories))
        seen += [c for c in self.discovered_categories(activity) if c not in seen]
        return seen

    def sensitive_categories_of(self, activity: Activity) -> list[str]:
        """Sensitive categories of an activity. All personal information of children under
        14 is sensitive (PIPL Art. 28), so every category of an `under14` activity counts."""
        categories = self.categories_of(activity)
        if activity.minors == "under14":
            return categories or ["minor.flag"]
        return [c for c in categories if self.is_sensitive(c)]

    def column(self, dotted: str) -> ColumnRef | None:
        """`table.column` (with any qualification) -> the scanned column, when there is one."""
        table_part, _, column_part = dotted.rpartition(".")
        if not table_part:
            return None
        table = self.result.schema.find(table_part)
        column = table.column(column_part) if table else None
        return ColumnRef(table, column) if table and column else None

    # -- recipients -----------------------------------------------------------------------

    @cached_property
    def recipient_flows(self) -> list[RecipientFlow]:
        edges = []
        for flow in self.result.flows:
            if flow.target.startswith(RECIPIENT_PREFIX):
                recipient_id = flow.target[len(RECIPIENT_PREFIX):]
                edges.append(RecipientFlow(flow, recipient_id, self.column(flow.source)))
        return edges

    def declared_recipient(self, recipient_id: str) -> RecipientDeclaration | None:
        return self.inventory.recipient(recipient_id) if self.inventory else None

    def recipients_of(self, activity: Activity) -> list[RecipientDeclaration]:
        """Recipients the activity declares, plus declared recipients that lineage shows its
        columns reaching."""
        ids = list(dict.fromkeys(activity.recipients))
        covered = {ref.id for ref in self.activity_columns.get(activity.id, [])}
        for edge in self.recipient_flows:
            if edge.origin and edge.origin.id in covered and edge.recipient_id not in ids:
                ids.append(edge.recipient_id)
        found = [self.declared_recipient(i) for i in ids]
        return [r for r in found if r is not None]

    @staticmethod
    def is_abroad(country: str | None) -> bool:
        """Outside mainland China (HK, MO and TW count as abroad for PIPL export rules)."""
        return bool(country) and country.strip().upper() != HOME_COUNTRY
