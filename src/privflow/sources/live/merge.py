"""Merge a live database into the schema the files describe, and report where they drift.

A table seen in both is one table: it keeps the repo's id (the name the ETL and the inventory
use), and the database fills in what the files lack (comments, keys, sampled values, columns the
DDL never declared). Drift between the two is reported as `schema-drift` findings.

Matching ids: DDL files often name tables bare (`ums_member`) while the catalog qualifies them
(`shop.ums_member`, `public.member`). A file table matches a database table with the same id, or
else the one database table whose id ends with the file id's parts, when that is unambiguous.
"""

from __future__ import annotations

import re
from collections import defaultdict

import sqlglot
from sqlglot import exp

from privflow.schema import Column, Finding, Schema, Table

RULE = "schema-drift"

# Integer display widths and spelling variants that mean the same stored type.
_DISPLAY_WIDTH = re.compile(r"^(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\)")
_SAME_TYPE = {
    "integer": "int", "int4": "int", "int8": "bigint", "int2": "smallint",
    "character varying": "varchar", "character": "char", "bool": "boolean",
    "timestamp without time zone": "timestamp", "timestamptz": "timestamp with time zone",
    "double": "double precision", "float8": "double precision", "float4": "real",
    "decimal": "numeric", "serial": "int", "bigserial": "bigint", "smallserial": "smallint",
}


def merge(file_schema: Schema, db_schema: Schema, origin: str = "db") -> list[Finding]:
    """Fold `db_schema` into `file_schema` in place; return the drift findings.

    `origin` "code" folds the tables application code declares (sources/code/) the same way:
    the finding kinds then say "code" and "sql" instead of "db" and "repo", and types are not
    compared (a Java `String` says nothing about `varchar(11)`)."""
    matches = _match(file_schema, db_schema)
    renamed = {db_id: file_id for db_id, file_id in matches.items()}
    findings: list[Finding] = []
    matched_any = bool(matches)
    for db_id, db_table in db_schema.tables.items():
        for column in db_table.columns.values():
            if column.references in renamed:
                column.references = renamed[column.references]
        file_id = matches.get(db_id)
        if file_id is None:
            file_schema.tables.setdefault(db_id, db_table)
            if matched_any:
                findings.append(_finding(
                    "medium", db_id, db_table.source, f"table-only-in-{origin}", table=db_id))
            continue
        findings.extend(_fold(file_schema.tables[file_id], db_table, origin))
    # Views carry their SELECT in `Table.definition`, which lineage walks; a view the repo also
    # defines keeps the repo's text (see `_fold`), so it is walked once.
    file_schema.statements.extend(db_schema.statements)
    file_schema.skipped.extend(db_schema.skipped)
    return findings


def _match(file_schema: Schema, db_schema: Schema) -> dict[str, str]:
    """{db table id: file table id} for tables seen in both.

    In order: the same id; a database id that ends with the file id (`ums_member` ->
    `shop.ums_member`); else the same bare name when it is unique on both sides (`mall.x` in
    the DDL, `mall_prod.x` live). Two `member` tables in two schemas match nothing bare.
    """
    by_suffix: dict[str, list[str]] = defaultdict(list)
    for db_id in db_schema.tables:
        parts = db_id.split(".")
        for start in range(len(parts)):
            by_suffix[".".join(parts[start:])].append(db_id)
    file_bare = defaultdict(int)
    for file_id in file_schema.tables:
        file_bare[file_id.rsplit(".", 1)[-1]] += 1
    matches: dict[str, str] = {}
    for file_id in file_schema.tables:
        bare = file_id.rsplit(".", 1)[-1]
        if file_id in db_schema.tables:
            candidates = [file_id]
        elif by_suffix.get(file_id):
            candidates = by_suffix[file_id]
        else:
            candidates = by_suffix.get(bare, []) if file_bare[bare] == 1 else []
            candidates = [d for d in candidates if d.rsplit(".", 1)[-1] == bare]
        if len(candidates) == 1 and candidates[0] not in matches:
            matches[candidates[0]] = file_id
    return matches


def _fold(file_table: Table, db_table: Table, origin: str = "db") -> list[Finding]:
    findings: list[Finding] = []
    subject_table = file_table.id
    if origin not in file_table.origins:
        file_table.origins.append(origin)
    if "file" not in file_table.origins:
        file_table.origins.insert(0, "file")
    file_table.evidence.append(f"live:{db_table.source[len('db:'):]}" if origin == "db"
                               else f"{origin}:{db_table.source}")
    file_table.comment = file_table.comment or db_table.comment
    file_table.definition = file_table.definition or db_table.definition
    for name, db_column in db_table.columns.items():
        column = file_table.columns.get(name)
        subject = f"{subject_table}.{db_column.name}"
        if column is None:
            file_table.add_column(db_column)
            findings.append(_finding(
                "medium", subject, db_table.source if origin == "db" else db_column.source or db_table.source,
                f"column-only-in-{origin}",
                column=db_column.name, type=db_column.type, table=subject_table))
            continue
        _fill(column, db_column)
        if origin == "db" and column.type and db_column.type and (_type_key(column.type, db_table.dialect)
                                               != _type_key(db_column.type, db_table.dialect)):
            findings.append(_finding(
                "low", subject, column.source or file_table.source, "type-differs",
                column=column.name, repo_type=column.type, db_type=db_column.type))
    for name, column in file_table.columns.items():
        if name not in db_table.columns and db_table.kind == "table":
            findings.append(_finding(
                "low", f"{subject_table}.{column.name}", column.source or file_table.source,
                "column-only-in-repo" if origin == "db" else "column-only-in-sql",
                column=column.name, table=subject_table))
    return findings


def _fill(column: Column, db_column: Column) -> None:
    """What the database knows and the file does not."""
    column.comment = column.comment or db_column.comment
    column.type = column.type or db_column.type
    column.references = column.references or db_column.references
    column.primary_key = column.primary_key or db_column.primary_key
    if db_column.samples:
        column.samples = db_column.samples


def _type_key(type_text: str | None, dialect: str | None) -> str:
    """A type spelled the same way whichever engine or DDL wrote it.

    Both sides go through sqlglot in the database's dialect, so that a mapping sqlglot applies
    when it reads DDL (SQLite's VARCHAR -> TEXT) is applied to the catalog's spelling too.
    """
    if not type_text:
        return ""
    text = " ".join(type_text.lower().split())
    text = _DISPLAY_WIDTH.sub(r"\1", text)
    text = re.sub(r"\s+(unsigned|zerofill|signed)\b", r" \1", text)
    for long, short in sorted(_SAME_TYPE.items(), key=lambda kv: -len(kv[0])):
        if text == long or text.startswith(long + "(") or text.startswith(long + " "):
            text = short + text[len(long):]
            break
    text = re.sub(r"\s*(character set|charset|collate)\s+\S+", "", text)
    try:
        built = exp.DataType.build(text, dialect=dialect or "postgres")
        return built.sql(dialect=dialect or "postgres").lower().replace(" ", "")
    except (sqlglot.errors.ParseError, ValueError):
        return text.replace(" ", "")


def _finding(severity: str, subject: str, location: str | None, kind: str,
             **params: object) -> Finding:
    """The message is the `schema-drift` template of `kind` (check/data/rules.yaml)."""
    from privflow.check.rules import fingerprint, render_message

    values = {"variant": kind, **{k: str(v) for k, v in params.items()}}
    message = render_message(RULE, values, "en") or kind

    # The kind is part of the key: accepting "type differs" in a baseline must not also
    # accept the column disappearing later.
    return Finding(rule=RULE, severity=severity,  # type: ignore[arg-type]
                   subject=subject, message=message, location=location,
                   fingerprint=fingerprint(RULE, f"{subject}#{kind}"), params=values)
