"""Overrides a person declares: `classification.yaml` entries and inline `-- privflow:` pragmas.

Both run after the signals and show in the column's evidence, so that a reviewer sees that a
tag was forced, added, dropped or ignored, where, and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Literal

from privflow.classify.taxonomy import load_taxonomy
from privflow.errors import PrivflowError
from privflow.schema import Column, Table

Action = Literal["force", "add", "drop", "ignore"]
ACTIONS = ("force", "add", "drop", "ignore")


@dataclass
class Override:
    table: str  # glob over the table id or its bare name
    column: str  # glob over the column name
    action: Action
    categories: list[str] = field(default_factory=list)
    reason: str = ""
    declared_in: str = ""  # "inventory/classification.yaml:14"

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise PrivflowError(f"override action must be one of {', '.join(ACTIONS)}, "
                                f"not {self.action!r}", *_where(self.declared_in))
        taxonomy = load_taxonomy()
        for category in self.categories:
            if category not in taxonomy:
                raise PrivflowError(f"unknown category {category!r}", *_where(self.declared_in))
        if self.action in ("force", "add") and not self.categories:
            raise PrivflowError(f"override '{self.action}' needs categories",
                                *_where(self.declared_in))

    def matches(self, table: Table, column: Column) -> bool:
        table_glob = self.table.lower()
        return (fnmatchcase(table.id, table_glob) or fnmatchcase(table.name.lower(), table_glob)) \
            and fnmatchcase(column.name.lower(), self.column.lower())

    def evidence(self) -> str:
        where = self.declared_in or "classification.yaml"
        what = " ".join([self.action, *self.categories])
        return f"override:{where} {what}" + (f" ({self.reason})" if self.reason else "")


def _where(declared_in: str) -> tuple[str | None, int | None]:
    if not declared_in:
        return None, None
    path, _, line = declared_in.rpartition(":")
    if path and line.isdigit():
        return path, int(line)
    return declared_in, None


def apply_override(override: Override, column: Column, evidence: str | None = None) -> None:
    if override.action == "force":
        column.categories = list(override.categories)
        column.confidence = 1.0
    elif override.action == "add":
        column.categories += [c for c in override.categories if c not in column.categories]
        column.confidence = max(column.confidence, 1.0 if column.categories else 0.0)
    elif override.action == "drop":
        dropped = set(override.categories) if override.categories else set(column.categories)
        column.categories = [c for c in column.categories if c not in dropped]
    else:  # ignore: not personal data at all, not even a person key
        column.categories = []
        column.linked_to = None
    if not column.categories:
        column.confidence = 0.0 if override.action != "ignore" else 1.0
        column.state = "raw"
    column.evidence.append(evidence or override.evidence())


def pragma_overrides(column: Column) -> tuple[list[Override], list[str]]:
    """Overrides from `-- privflow: ...` pragmas, and the pragmas that only annotate.

    Pragmas arrive as words (`ignore`; `add`, `contact.phone`) or as phrases (`add contact.phone`
    from dbt meta). An action word starts a directive; category ids after it are its categories;
    a category id with no action before it is added. Other words (`meta:contains_pii`) are notes
    shown in the evidence.
    """
    if not column.pragmas:
        return [], []
    taxonomy = load_taxonomy()
    overrides: list[Override] = []
    notes: list[str] = []
    action: str | None = None
    categories: list[str] = []

    def flush() -> None:
        if action is not None:
            overrides.append(Override(table="*", column="*", action=action,  # type: ignore[arg-type]
                                      categories=list(categories),
                                      declared_in=column.source or ""))

    for word in (w for p in column.pragmas for w in p.replace(",", " ").split()):
        lowered = word.lower()
        if lowered in ACTIONS:
            flush()
            action, categories = lowered, []
        elif word in taxonomy:
            if action is None:
                action = "add"
            categories.append(word)
        else:
            notes.append(word)
    flush()
    return overrides, notes
