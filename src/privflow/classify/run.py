"""`classify_schema`: run the combiner over every column of a schema, memoised by shape."""

from __future__ import annotations

from privflow.classify.combiner import Outcome, combine
from privflow.classify.linking import PersonKeyResolver
from privflow.classify.overrides import Override, apply_override, pragma_overrides
from privflow.classify.signals.table import TableContext, table_context
from privflow.classify.signals.values import read_values
from privflow.classify.taxonomy import sensitive_under
from privflow.schema import Column, Schema, Table


def classify_column(column: Column, context: TableContext,
                    cache: dict[tuple, Outcome] | None = None) -> Outcome:
    """The combined outcome for one column. Columns without samples are memoised by their
    normalised name, type, comment and table context (large schemas repeat shapes)."""
    if column.samples:
        return combine(column.name, column.type, column.comment, context,
                       read_values(column.samples))
    key = (column.name.lower(), (column.type or "").lower(), column.comment or "", context)
    if cache is not None and key in cache:
        return cache[key]
    outcome = combine(column.name, column.type, column.comment, context)
    if cache is not None:
        cache[key] = outcome
    return outcome


def _fill(column: Column, outcome: Outcome, context: TableContext,
          sensitive: frozenset[str]) -> None:
    column.categories = list(outcome.categories)
    column.confidence = round(outcome.confidence, 4)
    column.state = outcome.state  # type: ignore[assignment]
    column.evidence = list(outcome.kept_evidence)
    if context.minors and column.categories:
        column.evidence.append(f"table:minors ({context.word or 'children'})")


def _sensitive(column: Column, context: TableContext, sensitive: frozenset[str]) -> bool:
    if not column.categories:
        return False
    return context.minors or any(c in sensitive for c in column.categories)


def classify_schema(schema: Schema, overrides: list[Override] | None = None,
                    standard: str = "GB/T 35273-2020") -> None:
    """Fill categories, sensitive, state, confidence, evidence and linked_to of every column."""
    sensitive = sensitive_under(standard)
    contexts = {t.id: table_context(t) for t in schema.tables.values()}
    resolver = PersonKeyResolver(schema, contexts)
    cache: dict[tuple, Outcome] = {}
    declared = list(overrides or [])
    for table in schema.tables.values():
        context = contexts[table.id]
        for column in table.columns.values():
            if table.kind == "view" and table.definition and not column.comment \
                    and not column.pragmas:
                # An undocumented view column gets its categories, with the right state, from
                # the columns it selects (lineage.propagate); its name alone would double-count.
                continue
            _classify_one(table, column, context, resolver, cache, declared, sensitive)


def _classify_one(table: Table, column: Column, context: TableContext,
                  resolver: PersonKeyResolver, cache: dict[tuple, Outcome],
                  overrides: list[Override], sensitive: frozenset[str]) -> None:
    outcome = classify_column(column, context, cache)
    _fill(column, outcome, context, sensitive)
    column.linked_to = None
    if not column.categories:
        column.linked_to = resolver.resolve(table, column)
        if column.linked_to:
            column.evidence.append(f"link:{column.linked_to}")
    for override in overrides:
        if override.matches(table, column):
            apply_override(override, column)
    pragmas, notes = pragma_overrides(column)
    for pragma in pragmas:
        words = " ".join([pragma.action, *pragma.categories])
        apply_override(pragma, column, evidence=f"pragma:{words}")
    column.evidence.extend(f"pragma:{note}" for note in notes)
    column.sensitive = _sensitive(column, context, sensitive)
