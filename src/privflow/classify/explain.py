"""`privflow explain TABLE.COLUMN`: every signal behind one column's tags, with its weight."""

from __future__ import annotations

from privflow.classify.combiner import THRESHOLD
from privflow.errors import PrivflowError
from privflow.schema import Schema


def _split_target(schema: Schema, target: str):
    parts = target.strip().split(".")
    if len(parts) < 2:
        raise PrivflowError(f"expected TABLE.COLUMN, got {target!r}")
    table = schema.find(".".join(parts[:-1]))
    if table is None:
        raise PrivflowError(f"no table {'.'.join(parts[:-1])!r} in the scan")
    column = table.column(parts[-1])
    if column is None:
        raise PrivflowError(f"no column {parts[-1]!r} in table {table.id}")
    return table, column


def explain_column(schema: Schema, target: str) -> str:
    """Every signal with its score and the combined result, for one classified column."""
    from privflow.classify.affix import reading_name, table_affix
    from privflow.classify.facts import table_facts
    from privflow.classify.run import classify_column, schema_contexts
    from privflow.sanitize import terminal_text

    table, column = _split_target(schema, target)
    contexts, resolver = schema_contexts(schema)
    context = contexts[table.id]
    affix = table_affix(table)
    outcome = classify_column(column, context, full=True,
                              name=reading_name(column.name, affix))
    facts = table_facts(schema, contexts, resolver.people_ids, natural=resolver.natural)[table.id]
    lines = [
        f"{table.id}.{column.name}",
        f"  type: {column.type or '-'}    comment: {column.comment or '-'}",
        f"  table context: {context.label()}" + ("  [minors: every category S]"
                                                  if context.minors else ""),
        f"  table {facts.label()}",
    ]
    if affix and reading_name(column.name, affix) != column.name:
        lines.append(f"  name read as {reading_name(column.name, affix)!r} (the table tags its "
                     f"columns with {affix[1]!r})")
    if column.samples:
        lines.append(f"  samples: {len(column.samples)} (values are never shown)")
    if not outcome.scores:
        lines.append("  no signal names a personal-information category")
    for category, score in sorted(outcome.scores.items(), key=lambda kv: -kv[1]):
        verdict = "kept" if category in outcome.categories else (
            "below threshold" if score < THRESHOLD else "lower than the best category")
        lines.append(f"  {category}: {score:.2f} ({verdict})")
        for e in outcome.evidence:
            if e.category != category:
                continue
            weight = f"+{e.score:.2f}" if e.kind == "support" else f"x{e.score:.2f}"
            lines.append(f"    {weight:>6}  {e.text()}  {e.why}")
    lines.append(f"  result: categories={column.categories or []} sensitive={column.sensitive} "
                 f"state={column.state} confidence={column.confidence:.2f}")
    if column.linked_to:
        lines.append(f"  linked_to: {column.linked_to}")
    for text in column.evidence:
        if text.startswith(("override:", "pragma:", "model:", "table:no subject")):
            lines.append(f"  {text}")
    return terminal_text("\n".join(lines))
