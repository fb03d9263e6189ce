"""Resolving one template: parse its normalised text once, walk it against the schema, and keep
only what the log's consumers need (edges, conditions, exports, the columns it reads).

The function is pure given the catalog (each template sees the schema as given, never tables
an earlier template created), so the single-machine path and Spark give the same edges whatever
order or partition the templates come in.
"""

from __future__ import annotations

from typing import Any

from privflow.limits import time_limit
from privflow.lineage.script import walk_text
from privflow.lineage.walker import Catalog, Walker
from privflow.querylog.fingerprint import parseable

DEFAULT_TIMEOUT = 5.0  # seconds for one template; a pathological statement is recorded, not fatal


class TemplateTimeout(Exception):
    pass


class ScratchCatalog(Catalog):
    """The schema's catalog that forgets, after each template, what the template created."""

    def __init__(self, tables: dict[str, list[str]] | None = None) -> None:
        self._undo: list[tuple[str, list[str] | None, bool]] | None = None
        super().__init__(tables)
        self._undo = []

    def add(self, table: str, columns: list[str]) -> None:
        if self._undo is not None:
            key = table.lower()
            bare = key.rsplit(".", 1)[-1]
            self._undo.append((key, self.tables.get(key), key in self._by_name.get(bare, ())))
        super().add(table, columns)

    def reset(self) -> None:
        for key, previous, had_name in reversed(self._undo or []):
            if previous is None:
                self.tables.pop(key, None)
            else:
                self.tables[key] = previous
            if not had_name:
                names = self._by_name.get(key.rsplit(".", 1)[-1])
                if names is not None:
                    names.discard(key)
        self._undo = []
        self.temporary = set()


class TemplateResolver:
    """Walks templates of one dialect against one schema."""

    def __init__(self, schema: dict[str, list[str]] | None, dialect: str | None,
                 timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self.catalog = ScratchCatalog(schema)
        self.walker = Walker(self.catalog, dialect or None)
        self.dialect = dialect or None
        self.timeout = timeout

    def resolve(self, sql: str, line: int = 1) -> tuple[dict[str, Any] | None, str | None]:
        """({edges, conditions, exports, reads}, None) or (None, the reason it failed)."""
        try:
            with time_limit(self.timeout, TemplateTimeout):
                results, problems = walk_text(self.walker, parseable(sql), line, self.dialect)
        except TemplateTimeout:
            return None, f"took longer than {self.timeout:g} s"
        except RecursionError:
            return None, "too deeply nested"
        except Exception as error:  # noqa: BLE001 - any parser failure is this template's only
            return None, f"{type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}"
        finally:
            self.catalog.reset()
        if problems and not results:
            return None, problems[0][1]
        edges: set[tuple] = set()
        conditions: set[tuple] = set()
        exports: set[tuple] = set()
        reads: set[tuple] = set()
        for result in results:
            for edge in result.edges:
                if edge.source_table is None or edge.source_column == "*":
                    continue
                reads.add((edge.source_table, edge.source_column))
                if edge.target_column not in (None, "*") and edge.target_table is not None:
                    edges.add((edge.source_table, edge.source_column, edge.target_table,
                               edge.target_column, edge.transform))
            for edge in result.conditions:
                if edge.source_table is None or edge.source_column == "*":
                    continue
                conditions.add((edge.source_table, edge.source_column, edge.target_table,
                                edge.target_column, "condition"))
            for export in result.exports:
                exports.add((export.kind, export.location, export.table))
        return {"edges": sorted(edges, key=_key), "conditions": sorted(conditions, key=_key),
                "exports": sorted(exports, key=_key), "reads": sorted(reads, key=_key)}, None


def _key(row: tuple) -> tuple:
    return tuple("" if value is None else str(value) for value in row)
