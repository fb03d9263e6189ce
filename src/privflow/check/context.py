"""What every rule asks of a scan and an inventory, computed once.

The rules in `rules.py` stay one method each because the questions they share live here:
which columns an activity's `systems` cover, which categories are sensitive, which recipients
a column reaches and how, and where each thing was declared or found.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from privflow.check.laws import Law, laws_of
from privflow.classify.taxonomy import load_taxonomy
from privflow.schema import Column, Flow, ScanResult, Table

if TYPE_CHECKING:  # a scan without an inventory never imports its model (~12 ms)
    from privflow.inventory.model import Activity, Inventory, RecipientDeclaration

RECIPIENT_PREFIX = "recipient:"
# Without an inventory there is no organisation to say which law applies: a bare scan judges
# sensitivity by the taxonomy's `sensitive` flag, as PIPL does.
DEFAULT_JURISDICTIONS = ("PIPL",)
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


class SystemGlob:
    """One `systems` glob of an activity, compiled once.

    It names a table when it matches the table's id or a dotted suffix of it (`shop.*`,
    `ums_*`, `ums_member`); otherwise, split at its last dot into `TABLE_GLOB.COLUMN_GLOB`, it
    names the columns matching COLUMN_GLOB of the tables matching TABLE_GLOB
    (`ums_member.phone`, `*.id_card*`).
    """

    __slots__ = ("column", "pattern", "table", "table_part")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern.strip().lower()
        self.table = re.compile(fnmatch.translate(self.pattern))
        table_part, dot, column_part = self.pattern.rpartition(".")
        self.table_part = re.compile(fnmatch.translate(table_part)) if dot else None
        self.column = re.compile(fnmatch.translate(column_part)) if dot else None

    def names_table(self, names: list[str]) -> bool:
        return any(self.table.match(name) for name in names)

    def column_glob_for(self, names: list[str]) -> re.Pattern[str] | None:
        """The column glob when this is a column-level glob whose table part matches."""
        if self.table_part is not None and any(self.table_part.match(n) for n in names):
            return self.column
        return None

    def covers(self, table: Table, column: Column | None = None,
               names: list[str] | None = None) -> bool:
        names = names if names is not None else table_names(table)
        if self.names_table(names):
            return True
        column_glob = self.column_glob_for(names) if column is not None else None
        return bool(column_glob and column_glob.match(column.name.lower()))


@lru_cache(maxsize=4096)
def system_glob(pattern: str) -> SystemGlob:
    return SystemGlob(pattern)


def glob_covers(pattern: str, table: Table, column: Column | None = None) -> bool:
    """Whether a `systems`/`receives` glob names this table (or this column of it)."""
    return system_glob(pattern).covers(table, column)


def workspace_path(path: str) -> str:
    """An absolute path inside the working directory as a relative one (what CI annotations
    and code-scanning dashboards resolve against the repository root); others unchanged."""
    if os.path.isabs(path):
        try:
            return str(Path(path).relative_to(Path.cwd()))
        except ValueError:
            return path
    return path


def split_location(location: str | None) -> tuple[str | None, int | None]:
    """`path:line` -> (path, line); a location without a line gives (path, None)."""
    if not location:
        return None, None
    path, sep, line = location.rpartition(":")
    if sep and line.isdigit() and path:
        return path, int(line)
    return location, None


@dataclass(frozen=True, slots=True)
class ColumnRef:
    table: Table
    column: Column

    @property
    def id(self) -> str:
        """"table_id.column", lower-case (computed when asked: most refs are never named)."""
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
    _discovered: dict[str, dict[str, list[ColumnRef]]] = field(default_factory=dict,
                                                                 init=False)
    _recipients: dict[str, list[RecipientDeclaration]] = field(default_factory=dict,
                                                                init=False)
    _sensitive: dict[str, bool] = field(default_factory=dict, init=False)

    # -- taxonomy -------------------------------------------------------------------------

    @cached_property
    def taxonomy(self):
        return load_taxonomy()

    # -- laws -----------------------------------------------------------------------------

    @cached_property
    def laws(self) -> list[Law]:
        """The laws of `organisation.jurisdictions` (laws/*.yaml)."""
        names = (self.inventory.organisation.jurisdictions if self.inventory
                 else DEFAULT_JURISDICTIONS)
        return laws_of(names)

    @cached_property
    def law_ids(self) -> frozenset[str]:
        return frozenset(law.id for law in self.laws)

    def law(self, law_id: str) -> Law | None:
        return next((law for law in self.laws if law.id == law_id), None)

    @property
    def organisation_country(self) -> str | None:
        return self.inventory.organisation.country if self.inventory else None

    def is_sensitive(self, category: str) -> bool:
        """Sensitive under any law that applies: PIPL's sensitive PI, GDPR Art. 9/10."""
        known = self._sensitive.get(category)
        if known is None:  # asked for every column of the scan: once per category
            known = self._sensitive[category] = any(
                law.is_sensitive(category) for law in self.laws)
        return known

    def sensitive_laws(self, category: str) -> list[str]:
        return [law.id for law in self.laws if law.is_sensitive(category)]

    def is_special(self, category: str) -> bool:
        """Sensitive or special under a law that applies (see `is_sensitive`)."""
        return self.is_sensitive(category)

    def column_is_sensitive(self, column: Column) -> bool:
        if self.inventory is None:
            return column.sensitive or any(self.is_sensitive(c) for c in column.categories)
        return any(self.is_sensitive(c) for c in column.categories)

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

    @cached_property
    def _coverage(self) -> tuple[dict[str, list[Activity]], dict[str, list[ColumnRef]],
                                 dict[str, set[str]]]:
        """One pass over tables x activity globs: column id -> covering activities, activity
        id -> covered columns, activity id -> the globs that named something."""
        by_column: dict[str, list[Activity]] = defaultdict(list)
        by_activity: dict[str, list[ColumnRef]] = defaultdict(list)
        globs_hit: dict[str, set[str]] = defaultdict(set)
        if not self.activities:  # a bare scan: nothing declared covers anything
            return by_column, by_activity, globs_hit
        compiled = []
        for activity in self.activities:
            globs = [system_glob(p) for p in activity.systems]
            # One alternation per activity first: most tables match none of its globs.
            either = re.compile("|".join(f"(?:{g.table.pattern})" for g in globs)
                                + "".join(f"|(?:{g.table_part.pattern})" for g in globs
                                          if g.table_part is not None)) if globs else None
            compiled.append((activity, globs, either))
        for table in self.result.schema.tables.values():
            names = table_names(table)
            refs = [ColumnRef(table, c) for c in table.columns.values()]
            for activity, globs, either in compiled:
                if either is None or not any(either.match(n) for n in names):
                    continue
                covered: dict[str, ColumnRef] = {}
                for glob in globs:
                    if glob.names_table(names):
                        globs_hit[activity.id].add(glob.pattern)
                        covered.update((r.id, r) for r in refs)
                        continue
                    column_glob = glob.column_glob_for(names)
                    hits = [r for r in refs
                            if column_glob and column_glob.match(r.column.name.lower())]
                    if hits:
                        globs_hit[activity.id].add(glob.pattern)
                        covered.update((r.id, r) for r in hits)
                for ref in covered.values():
                    by_column[ref.id].append(activity)
                    by_activity[activity.id].append(ref)
        return by_column, by_activity, globs_hit

    def covering(self, ref: ColumnRef) -> list[Activity]:
        """The activities whose `systems` cover this column."""
        return self._coverage[0].get(ref.id, [])

    @property
    def activity_columns(self) -> dict[str, list[ColumnRef]]:
        return self._coverage[1]

    def system_globs_hit(self, activity: Activity) -> set[str]:
        """The (lower-cased) globs of `activity.systems` that name a scanned table or column."""
        return self._coverage[2].get(activity.id, set())

    def discovered_categories(self, activity: Activity) -> dict[str, list[ColumnRef]]:
        """Category id -> the columns of the activity's systems that hold it."""
        if activity.id not in self._discovered:
            found: dict[str, list[ColumnRef]] = defaultdict(list)
            for ref in self.activity_columns.get(activity.id, []):
                for category in ref.column.categories:
                    found[category].append(ref)
            self._discovered[activity.id] = found
        return self._discovered[activity.id]

    def categories_of(self, activity: Activity) -> list[str]:
        """Declared and discovered categories, declared first, each once."""
        seen = list(dict.fromkeys(activity.categories))
        seen += [c for c in self.discovered_categories(activity) if c not in seen]
        return seen

    def sensitive_categories_of(self, activity: Activity, law_id: str | None = None) -> list[str]:
        """Sensitive categories of an activity under one law (every applicable law when
        None). Under PIPL all personal information of children under 14 is sensitive
        (Art. 28), so every category of an `under14` activity counts."""
        laws = [self.law(law_id)] if law_id else self.laws
        laws = [law for law in laws if law is not None]
        categories = self.categories_of(activity)
        if activity.minors == "under14" and any(law.minors_under14_sensitive for law in laws):
            return categories or ["minor.flag"]
        return [c for c in categories if any(law.is_sensitive(c) for law in laws)]

    def minors_sensitive(self, activity: Activity) -> bool:
        """An under-14 activity where a law makes all of a child's data sensitive (PIPL)."""
        return activity.minors == "under14" and any(
            law.minors_under14_sensitive for law in self.laws)

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
        from privflow.lineage.transforms import vocabulary

        for flow in self.result.flows:
            # A count or a predicate sent to a recipient sends nobody's value.
            if flow.target.startswith(RECIPIENT_PREFIX) and \
                    not vocabulary().carries_nothing(flow.transform):
                recipient_id = flow.target[len(RECIPIENT_PREFIX):]
                edges.append(RecipientFlow(flow, recipient_id, self.column(flow.source)))
        return edges

    def declared_recipient(self, recipient_id: str) -> RecipientDeclaration | None:
        return self.inventory.recipient(recipient_id) if self.inventory else None

    def recipients_of(self, activity: Activity) -> list[RecipientDeclaration]:
        """Recipients the activity declares, plus declared recipients that lineage shows its
        columns reaching."""
        if activity.id in self._recipients:
            return self._recipients[activity.id]
        ids = list(dict.fromkeys(activity.recipients))
        covered = {ref.id for ref in self.activity_columns.get(activity.id, [])}
        for edge in self.recipient_flows:
            if edge.origin and edge.origin.id in covered and edge.recipient_id not in ids:
                ids.append(edge.recipient_id)
        found = [self.declared_recipient(i) for i in ids]
        self._recipients[activity.id] = [r for r in found if r is not None]
        return self._recipients[activity.id]

    def is_abroad(self, country: str | None, law_id: str | None = None) -> bool:
        """A transfer under that law (laws/*.yaml `home`); under any applicable law when None.
        PIPL: outside mainland China (HK, MO and TW count as abroad); GDPR: outside the EEA."""
        laws = [self.law(law_id)] if law_id else self.laws
        return any(law.is_abroad(country, self.organisation_country)
                   for law in laws if law is not None)
