"""The two steps every classifier test on a synthetic schema takes: scan DDL written to a file,
then pick one column (failing with the missing name, not an AttributeError)."""

from __future__ import annotations

from pathlib import Path

from privflow.classify import classify_schema
from privflow.schema import Column, Schema
from privflow.sources import load_paths


def scan_ddl(tmp_path: Path, ddl: str, name: str = "schema.sql") -> Schema:
    path = tmp_path / name
    path.write_text(ddl, encoding="utf-8")
    schema = load_paths([str(path)])
    classify_schema(schema)
    return schema


def column_of(schema: Schema, table: str, column: str) -> Column:
    found = schema.find(table)
    assert found is not None, table
    result = found.column(column)
    assert result is not None, column
    return result
