"""The scan's flows: column to column from every statement and view, and column to recipient
for writes into a recipient's tables, exports to its locations and declared SDK/API transfers.

Temporary tables of a script (CREATE TEMPORARY TABLE, T-SQL #t, SELECT INTO TEMP) are not
inventory: the scan's flows run through them from the real source to the real target.

Unlike `lineage_file`, the scan knows which columns identify a person (the classifier ran
first), so an aggregate grouped by one (`sum(amount) ... GROUP BY member_id`) becomes `derive`:
it still describes that one person and must not be reported as aggregated.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Set as AbstractSet

from privflow.lazy import Lazy
from privflow.lineage.script import forget_parses, walk_text
from privflow.lineage.transforms import compose, vocabulary
from privflow.lineage.walker import Catalog, Edge, Export, StatementLineage, Walker
from privflow.schema import Flow, Recipient, Schema, Skipped
from privflow.sources.guards import failure_reason, statement_problem

# sqlglot is imported when a statement is first walked, not for a scan without any.
errors = Lazy("sqlglot.errors")

RECIPIENT = "recipient:"


class _Globs:
    """Several globs compiled once into one case-insensitive pattern: the same verdict as
    `fnmatchcase(value.lower(), glob.lower())` for any of them, in one regex match."""

    def __init__(self, patterns: list[str]) -> None:
        lowered = [p.lower() for p in patterns]
        self.pattern = re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in lowered)) \
            if lowered else None
        # The literal text before each glob's first wildcard: a name matches only if it
        # starts with one of them.
        self.prefixes = tuple(re.split(r"[*?\[]", p, maxsplit=1)[0] for p in lowered)

    def match(self, value: str) -> bool:
        return self.pattern is not None and self.pattern.match(value) is not None

    def possible(self, name: str) -> bool:
        """False when neither `name` nor any `name.<column>` can match (lower-case `name`)."""
        return any(name.startswith(p) or p.startswith(name) for p in self.prefixes)


@functools.lru_cache(maxsize=256)
def _globs(patterns: tuple[str, ...]) -> _Globs:
    return _Globs(list(patterns))


def _matches(value: str, patterns: list[str]) -> bool:
    return _globs(tuple(patterns)).match(value.lower())


def _table_names(table: str) -> list[str]:
    """`[schema.]table` and its bare name, lower-case: the names a receives glob is tried on."""
    bare = table.rsplit(".", 1)[-1]
    return [n.lower() for n in ([table, bare] if bare != table else [table])]


def _matches_table(table: str, patterns: list[str], column: str | None = None) -> bool:
    """A glob over `[schema.]table[.column]`: an unqualified glob also matches the bare name."""
    names = _table_names(table)
    if column is not None:
        names = [f"{name}.{column.lower()}" for name in names]
    globs = _globs(tuple(patterns))
    return any(globs.match(name) for name in names)


class FlowBuilder:
    def __init__(self, schema: Schema, recipients: list[Recipient]) -> None:
        self.schema = schema
        self.declared = list(recipients)
        self.undeclared: dict[str, Recipient] = {}
        self.flows: dict[tuple[str, str, str, str], Flow] = {}
        self.copies: dict[str, list[str]] = {}  # column -> columns copied into it unchanged
        # Temporary tables of a script are not part of the inventory: flows run through them.
        # (path, "tmp.col") -> [(source column, transform)] written into it earlier in the file.
        self.through_temporary: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.walkers: dict[str | None, Walker] = {}
        self._found: dict[str, str] = {}
        self.temporary: dict[str, set[str]] = {}  # path -> temporary tables it created
        # The catalog every walker starts from, built when the first statement needs it: a
        # scan of DDL only (no statements, no views) never does.
        self._catalog_tables: dict[str, list[str]] | None = None

    def walker(self, dialect: str | None) -> Walker:
        if dialect not in self.walkers:
            if self._catalog_tables is None:
                self._catalog_tables = self.schema.columns()
            catalog = Catalog(self._catalog_tables)
            catalog.locations.update({tid: t.location for tid, t in self.schema.tables.items()
                                      if t.location})
            self.walkers[dialect] = Walker(catalog, dialect or None)
        return self.walkers[dialect]

    def table(self, written: str | None) -> str | None:
        """The schema's id for a table the SQL names, or the name as written."""
        if written is None:
            return None
        if written in self.schema.tables:
            return written
        if written not in self._found:  # Schema.find scans every table: once per name
            found = self.schema.find(written)
            self._found[written] = found.id if found is not None else written
        return self._found[written]

    def add(self, source: str, target: str, via: str, transform: str) -> None:
        key = (source, target, via, transform)
        if key not in self.flows:
            self.flows[key] = Flow(source=source, target=target, via=via,
                                   transform=transform)  # type: ignore[arg-type]

    def walk(self, sql: str, path: str, line: int, dialect: str | None) -> list[StatementLineage]:
        walker = self.walker(dialect)
        # A temporary table lives in its script's session: never in another file's.
        walker.catalog.temporary = self.temporary.setdefault(path, set())
        problem = statement_problem(sql)
        if problem is not None:
            self.schema.skipped.append(Skipped(path=path, line=line, reason=f"lineage: {problem}"))
            return []
        try:
            results, problems = walk_text(walker, sql, line, dialect or None)
        except (RecursionError, MemoryError, ValueError, TypeError, LookupError,
                AttributeError, errors.SqlglotError) as error:
            # One statement sqlglot or the walker cannot take costs that statement only; it
            # is bad input (the flows it may carry are unknown), so the scan exits 2.
            self.schema.skipped.append(Skipped(path=path, line=line,
                                               reason=f"lineage: {failure_reason(error)}"))
            return []
        for at, reason in problems:
            self.schema.skipped.append(Skipped(path=path, line=at, reason=f"lineage: {reason}",
                                                       error=False))
        for result in results:
            self.record(result, path, walker.catalog.temporary)
        return results

    def sources_of(self, path: str, table: str, column: str, transform: str,
                   temporary: AbstractSet[str]) -> list[tuple[str, str]]:
        """(source column, transform) of one edge source, seen through temporary tables."""
        name = f"{self.table(table)}.{column}"
        if table not in temporary:
            return [(name, transform)]
        upstream = self.through_temporary.get((path, name), [])
        return [(source, compose(first, transform)) for source, first in upstream]

    def is_person_key(self, table_name: str | None, column_name: str,
                      seen: set[str] | None = None) -> bool:
        """Does this column single out a person, itself or as a copy of one that does?"""
        name = f"{self.table(table_name)}.{column_name}"
        seen = seen if seen is not None else set()
        if name in seen:
            return False
        seen.add(name)
        table = self.schema.tables.get(self.table(table_name) or "")
        column = table.column(column_name) if table is not None else None
        if column is not None:
            if column.linked_to or set(column.categories) & vocabulary().person_key_categories:
                return True
            if column.primary_key and any(c.categories for c in table.columns.values()):
                return True
        # A view or staging copy of a person key is one too (models are walked upstream first).
        return any(self.is_person_key(*upstream.rsplit(".", 1), seen)
                   for upstream in self.copies.get(name, ()))

    def record(self, result: StatementLineage, path: str,
               temporary: AbstractSet[str] = frozenset()) -> None:
        via = f"{path}:{result.line}"
        exports = {export.target: export for export in result.exports}
        per_person = any(self.is_person_key(d.table, d.column) for d in result.group_keys)
        for edge in result.edges:
            if edge.source_table is None or edge.source_column == "*" or \
                    edge.target_column in (None, "*"):
                continue
            if per_person and edge.transform == "aggregate":
                edge.transform = "derive"  # one person's rows summarised: still about them
            for source, transform in self.sources_of(path, edge.source_table,
                                                     edge.source_column, edge.transform,
                                                     temporary):
                self.record_edge(result, edge, source, transform, via, exports, path,
                                 temporary)

    def record_edge(self, result: StatementLineage, edge: Edge, source: str, transform: str,
                    via: str, exports: dict[str, Export], path: str,
                    temporary: AbstractSet[str]) -> None:
        if edge.target_table in exports:
            export = exports[edge.target_table]
            self.add(source, self.recipient_for(export.kind, export.location), via, transform)
            return
        if edge.target_table is None:
            return
        target_table = self.table(edge.target_table)
        target = f"{target_table}.{edge.target_column}"
        if edge.target_table in temporary:
            self.through_temporary.setdefault((path, target), []).append((source, transform))
            return
        self.add(source, target, via, transform)
        if transform in ("identity", "cast"):
            self.copies.setdefault(target, []).append(source)
        for recipient in self.declared:
            if recipient.tables and _matches_table(target_table, recipient.tables):
                self.add(target, RECIPIENT + recipient.id, via, "identity")
        for export in result.exports:
            if export.kind == "external_table" and export.table == edge.target_table:
                self.add(target, self.recipient_for(export.kind, export.location), via,
                         "identity")

    def recipient_for(self, kind: str, location: str) -> str:
        for recipient in self.declared:
            if recipient.paths and _matches(location, recipient.paths):
                return RECIPIENT + recipient.id
        rid = f"{kind}:{location}"
        if rid not in self.undeclared:
            self.undeclared[rid] = Recipient(id=rid, name=location, kind=kind, declared=False)
        return RECIPIENT + rid

    def declared_transfers(self) -> None:
        """Columns a recipient `receives` by glob: one compiled pattern per recipient, tables
        whose names no glob can start skipped whole."""
        tables = [(table, _table_names(table.id)) for table in self.schema.tables.values()]
        for recipient in self.declared:
            if not recipient.receives:
                continue
            via = recipient.declared_in or "inventory"
            globs = _globs(tuple(recipient.receives))
            for table, names in tables:
                if not any(globs.possible(name) for name in names):
                    continue
                for column in table.columns.values():
                    lowered = column.name.lower()
                    if any(globs.match(f"{name}.{lowered}") for name in names):
                        self.add(f"{table.id}.{lowered}", RECIPIENT + recipient.id,
                                 via, "identity")


def build_flows(schema: Schema, recipients: list[Recipient]) -> tuple[list[Flow], list[Recipient]]:
    """Flows from every statement and view of the scan, and the recipients they reach."""
    builder = FlowBuilder(schema, recipients)
    walked: set[str] = set()
    for statement in schema.statements:
        builder.walk(statement.sql, statement.path, statement.line, statement.dialect)
        walked.add(f"{statement.path}:{statement.line}")
    for table in list(schema.tables.values()):
        if table.kind != "view" or not table.definition or table.source in walked:
            continue
        # "path:line" from files; a live database's source ("db:postgresql://u:***@h:5432/d#t")
        # has colons of its own and no line.
        path, _, line = table.source.rpartition(":")
        if not line.isdigit():
            path, line = table.source, "0"
        sql = f"CREATE VIEW {table.id} AS {table.definition}"
        builder.walk(sql, path, int(line), table.dialect)
    builder.declared_transfers()
    forget_parses()
    found = list(recipients) + list(builder.undeclared.values())
    return list(builder.flows.values()), found
