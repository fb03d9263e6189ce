"""Column-level lineage: where each column's values go, how they are transformed on the way,
which of them leave the organisation, and the categories they carry downstream.

- `lineage_sql` / `lineage_file`: the edges of SQL text (the `privflow lineage` contract);
- `build_flows`: the scan's flows between columns and to recipients;
- `propagate`: categories and state follow the flows into downstream columns.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from privflow.errors import PrivflowError
from privflow.lineage.flows import build_flows
from privflow.lineage.own import classify_lineage_columns
from privflow.lineage.propagate import propagate
from privflow.lineage.script import walk_text
from privflow.lineage.walker import Catalog, Edge, Export, StatementLineage, Walker

# sqlglot logs a warning for each statement it falls back to reading as a command; lineage
# reports what it could not read in `skipped` instead.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

# CREATE TABLE / INDEX / SEQUENCE ... without a query: the scan foundation reads those.
_PLAIN_DDL = re.compile(
    r"^\s*(?:CREATE|ALTER|DROP)\s+(?:OR\s+REPLACE\s+)?"
    r"(?:(?:TEMP|TEMPORARY|GLOBAL|LOCAL|EXTERNAL|UNIQUE|UNLOGGED)\s+)*"
    r"(?:TABLE|INDEX|SEQUENCE|TYPE|DOMAIN|SCHEMA|DATABASE|EXTENSION)\b(?![\s\S]*\bSELECT\b)",
    re.IGNORECASE)

__all__ = ["Catalog", "Edge", "Export", "StatementLineage", "Walker", "build_flows",
           "classify_lineage_columns", "lineage_file", "lineage_sql", "propagate",
           "schema_columns", "walk_text"]


# psql's client-side `\copy ... TO 'file'` (one line, no `;`) exports like COPY TO.
_PSQL_COPY = re.compile(r"^([ \t]*)\\copy\b([^\n]*)$", re.IGNORECASE | re.MULTILINE)


def _split(text: str, dialect: str | None) -> list[tuple[str, int]]:
    from privflow.sources.splitter import split_text

    if "\\copy" in text.lower():
        text = _PSQL_COPY.sub(lambda m: f"{m.group(1)}COPY{m.group(2).rstrip().rstrip(';')};",
                              text)
    return [(raw.text, raw.line) for raw in split_text(text, dialect or "")]


def lineage_sql(text: str, *, dialect: str | None = None,
                schema: dict[str, list[str]] | None = None,
                with_conditions: bool = False) -> dict[str, Any]:
    """The `lineage --format json` document for SQL text (one or many statements)."""
    walker = Walker(Catalog(schema), dialect or None)
    statements = 0
    edges: list[dict] = []
    exports: list[dict] = []
    skipped: list[dict] = []
    for sql, line in _split(text, dialect):
        statements += 1
        results, problems = walk_text(walker, sql, line, dialect or None)
        if not _PLAIN_DDL.match(sql):  # a table definition moves no data: not lineage's loss
            skipped.extend({"line": at, "reason": reason} for at, reason in problems)
        for result in results:
            edges.extend(edge.to_json() for edge in result.edges)
            if with_conditions:
                edges.extend(edge.to_json() for edge in result.conditions)
            exports.extend({"kind": e.kind, "location": e.location, "line": e.line,
                            "table": e.table} for e in result.exports)
    document: dict[str, Any] = {"statements": statements, "skipped": skipped, "edges": edges}
    if exports:
        document["exports"] = exports
    return document


def _read(path: str) -> str:
    from privflow.sources.encoding import detect_encoding, iter_text, read_head

    file = Path(path)
    if not file.is_file():
        raise PrivflowError("no such file", path=path)
    detected = detect_encoding(read_head(file))
    if detected is None:
        raise PrivflowError("not a text file", path=path)
    codec, skip = detected
    return "".join(iter_text(file, codec, skip))


def _dialect_for(text: str, dialect: str | None) -> str:
    from privflow.sources.dialects import guess_dialect, normalize_dialect

    if dialect is not None:
        return normalize_dialect(dialect) or ""
    return guess_dialect(text)[0]


def schema_columns(schema_path: str, dialect: str | None) -> dict[str, list[str]]:
    """{table id: [columns]} of the tables a SQL file, or every SQL file of a folder, defines
    (`lineage --schema`: a folder is read by the scan foundation, without sampling)."""
    if Path(schema_path).is_dir():
        from privflow.lineage.script import forget_parses
        from privflow.sources import load_paths

        schema = load_paths([schema_path], dialect=dialect, sample_rows=0)
        # Only the tables are wanted: the sources' statements (dbt models' parsed trees kept
        # for a scan's walk) are never walked here.
        forget_parses()
        return {table: columns for table, columns in schema.columns().items() if columns}
    text = _read(schema_path)
    return _schema_columns(schema_path, text, _dialect_for(text, dialect))


# Statement kinds (sources/data/statements.yaml) that shape a table's columns. Only these are
# read for the schema: the queries are lineage's own work, and the views register themselves
# as the walk reaches them.
_SCHEMA_KINDS = frozenset({"table", "alter", "drop", "rename", "comment", "sp_rename"})


def _schema_columns(path: str, text: str, dialect: str | None) -> dict[str, list[str]]:
    """{table id: [columns]} of the tables a SQL text defines, read by the scan's DDL reader
    (its fast path, and its tolerant reader for tables that sqlglot cannot parse) without
    reading anything else: no rows, no queries, no classifier."""
    from privflow.schema import Schema
    from privflow.sources.builder import SchemaBuilder
    from privflow.sources.ddl import StatementReader
    from privflow.sources.splitter import LEXES, StatementSplitter
    from privflow.sources.statements import statement_kind

    schema = Schema()
    builder = SchemaBuilder(schema, 0)
    reader = StatementReader(path, dialect or "", 0)
    splitter = StatementSplitter(LEXES.get(dialect or "", LEXES[""]), copy_rows=0)
    for statement in splitter.split([text]):
        if statement.data is None and not statement.block and \
                statement_kind(statement.text) in _SCHEMA_KINDS:
            for op in reader.read(statement):
                builder.apply(op)
    return {table: columns for table, columns in schema.columns().items() if columns}


def lineage_file(path: str, *, dialect: str | None = None, schema_path: str | None = None,
                 with_conditions: bool = False) -> dict[str, Any]:
    """`privflow lineage FILE`: the edges of every statement in one SQL file."""
    text = _read(path)
    chosen = _dialect_for(text, dialect)
    # Tables the file itself defines (each statement still registers what it creates, in
    # order, as the walk goes), then the --schema file's, which win.
    schema = _schema_columns(path, text, chosen)
    if schema_path is not None:
        if not Path(schema_path).is_file():
            raise PrivflowError("no such file", path=schema_path)
        schema_text = _read(schema_path)
        schema_dialect = _dialect_for(schema_text, dialect)
        schema.update(_schema_columns(schema_path, schema_text, schema_dialect))
    document = lineage_sql(text, dialect=chosen, schema=schema, with_conditions=with_conditions)
    document["dialect"] = chosen or None
    return document
