"""Lineage and access facts from a warehouse's query history.

A log of millions of statements is a few thousand templates run with different literals:
each statement is normalised and fingerprinted (`fingerprint`), counted into a SQLite state
per template and user (`store`, `engine`), and each template is parsed and walked once
(`templates`). `spark` runs the same per-record and per-template functions on Apache Spark;
`openlineage` writes the edges as OpenLineage events and reads such events back as edges.
"""

from privflow.querylog.engine import LogSource, process, read_logs, resolve_templates, summarise
from privflow.querylog.fingerprint import fingerprint, normalise
from privflow.querylog.formats import format_names, open_log
from privflow.querylog.store import Store

__all__ = ["LogSource", "Store", "fingerprint", "format_names", "normalise", "open_log",
           "process", "read_logs", "resolve_templates", "summarise"]
