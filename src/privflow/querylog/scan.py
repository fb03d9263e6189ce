"""Query logs as a source of the scan: templates become statements for the flow builder (so a
flow seen only in the log reaches the graph, the sharing list and the gate like one from a
`.sql` file, pointing at the log's file and line) and reads become access facts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from privflow.querylog.command import default_state
from privflow.querylog.engine import LogSource, read_logs, resolve_templates, summarise
from privflow.querylog.fingerprint import parseable
from privflow.querylog.store import Store
from privflow.schema import Schema, Skipped, SourceStatement


def add_query_logs(schema: Schema, logs: Sequence[tuple[str, str | None, str | None]], *,
                   state: str | None = None, dialect: str | None = None,
                   warn: Callable[[str], None] = lambda message: None) -> list[dict[str, Any]]:
    """Add the logs' templates to `schema.statements`; return the access facts."""
    sources = [LogSource(path, log_format, log_dialect or dialect)
               for path, log_format, log_dialect in logs]
    store = Store(Path(state) if state else default_state([s.path for s in sources]))
    try:
        read_logs(store, sources, warn=warn)
        resolve_templates(store, schema.columns(), dialect)
        document = summarise(store)
        templates = store.templates()
    finally:
        store.close()
    for template in templates:
        result = template["result"]
        # Only templates that move data make flows; a plain SELECT is an access fact.
        if not result or not (result["edges"] or result["exports"]):
            continue
        schema.statements.append(SourceStatement(
            sql=parseable(template["sql"]), path=template["file"], line=template["line"],
            dialect=dialect or template["dialect"]))
    for skipped in document["skipped"]:
        reason = skipped["reason"]
        if skipped.get("query_id"):
            reason = f"query {skipped['query_id']}: {reason}"
        schema.skipped.append(Skipped(path=skipped["source"].rpartition(":")[0],
                                      line=skipped["line"], reason=f"query log: {reason}",
                                      error=False))
    return document["access"]

