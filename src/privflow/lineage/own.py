"""Columns that the classifier did not see on their own: classified on their own evidence.

The classifier runs before lineage. Two kinds of column reach propagation without a reading of
their own: columns that exist only because lineage found them (a source table a dbt model reads
with `SELECT *`, a table an INSERT writes that no DDL describes) and the undocumented columns of
views, which the classifier leaves to propagation. Each is classified here by its name, comment
and type through the classifier's public entry point, before propagation, so that propagation
only ever adds upstream categories and state to what the column says itself (issue 14).
"""

from __future__ import annotations

from collections.abc import Iterable

from privflow.schema import Column, Flow, Schema, Table

_RECIPIENT = "recipient:"


def flow_columns(schema: Schema, flows: Iterable[Flow]) -> list[tuple[Table, Column]]:
    """Make sure every column a flow names exists; the (table, column) pairs it had to create."""
    created: list[tuple[Table, Column]] = []
    for flow in flows:
        for column_id in (flow.source, flow.target):
            if column_id.startswith(_RECIPIENT):
                continue
            table_id, _, name = column_id.rpartition(".")
            if not table_id or not name:
                continue
            table = schema.tables.get(table_id)
            if table is None:
                table = Table(id=table_id, name=table_id.rsplit(".", 1)[-1], source=flow.via,
                              evidence=["lineage:target"])
                schema.tables[table_id] = table
            if table.column(name) is None:
                column = Column(name=name, source=flow.via, evidence=[])
                table.add_column(column)
                created.append((table, column))
    return created


def _unread(table: Table, column: Column) -> bool:
    """A column the classifier left alone: an undocumented view column with no tags."""
    return table.kind == "view" and bool(table.definition) and not column.comment \
        and not column.pragmas and not column.categories and not column.linked_to


def _drop_flag_names(schema: Schema) -> None:
    """A query's flag or count (`has_email`, `email_count` in a model, a view, a CTAS) tagged on
    its name alone is not that value: the tag goes (a comment or a pragma keeps it)."""
    from privflow.lineage.transforms import vocabulary

    flag_or_count = vocabulary().is_flag_or_count
    for table in schema.tables.values():
        if not table.definition:
            continue
        for column in table.columns.values():
            if column.categories and not column.comment and not column.pragmas \
                    and flag_or_count(column.name) \
                    and all(e.startswith("name:") for e in column.evidence):
                column.categories, column.evidence = [], []
                column.confidence, column.state, column.sensitive = 0.0, "raw", False


def classify_lineage_columns(schema: Schema, flows: list[Flow], overrides: list | None = None,
                             ) -> int:
    """Classify, on their own evidence, the columns lineage made and the undocumented view
    columns; the number of columns that got a category this way."""
    from privflow.classify import classify_column
    from privflow.classify.affix import reading_name, table_affix
    from privflow.classify.overrides import apply_override, pragma_overrides
    from privflow.classify.signals.table import table_context
    from privflow.classify.taxonomy import is_sensitive
    from privflow.lineage.transforms import vocabulary

    flag_or_count = vocabulary().is_flag_or_count

    _drop_flag_names(schema)
    pending = flow_columns(schema, flows)
    pending.extend((table, column) for table in schema.tables.values()
                   if table.kind == "view" and table.definition
                   for column in table.columns.values() if _unread(table, column))
    cache: dict = {}
    contexts: dict[str, object] = {}
    affixes: dict[str, tuple[int, str] | None] = {}
    tagged = 0
    for table, column in pending:
        context = contexts.get(table.id)
        if context is None:
            context = contexts[table.id] = table_context(table)
            affixes[table.id] = table_affix(table)
        # Read the name as the scan reads it: without the table's tag on its columns.
        name = reading_name(column.name, affixes[table.id])
        outcome = classify_column(column, context, cache, name=name)  # type: ignore[arg-type]
        # A flag or a count named after a value (`has_email`, `email_count`) is not that value:
        # without a comment saying otherwise, its name alone gives it no category.
        if outcome.categories and not (not column.comment and flag_or_count(column.name)):
            column.categories = list(outcome.categories)
            column.confidence = outcome.confidence
            column.state = outcome.state  # type: ignore[assignment]
            column.evidence = [*outcome.kept_evidence, *column.evidence]
            tagged += 1
        for override in overrides or ():
            if override.matches(table, column):
                apply_override(override, column)
        if column.pragmas:
            pragmas, notes = pragma_overrides(column)
            for pragma in pragmas:
                apply_override(pragma, column,
                               evidence="pragma:" + " ".join([pragma.action, *pragma.categories]))
            column.evidence.extend(f"pragma:{note}" for note in notes)
        column.sensitive = any(is_sensitive(c) for c in column.categories)
    return tagged
