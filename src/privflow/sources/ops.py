"""What one statement does to the schema, as small records.

Reading a file turns its statements into these records (in a worker process when there are
many files); `SchemaBuilder` then applies them in file order. Keeping "what the SQL says" apart
from "the schema so far" is what lets files be read in parallel and applied in sequence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from privflow.schema import Column, Skipped, SourceStatement, Table


@dataclass(slots=True)
class CreateTable:
    table: Table
    if_not_exists: bool = False
    like: str | None = None  # CREATE TABLE t LIKE other: copy other's columns
    pk: list[str] = field(default_factory=list)
    fks: list[tuple[list[str], str]] = field(default_factory=list)  # (columns, target table)


@dataclass(slots=True)
class DropTable:
    table: str
    source: str
    # DROP ... IF EXISTS: the dump idiom before a CREATE. It removes only a table of exactly
    # that name, never one that merely shares the bare name (another file's `admissions`).
    if_exists: bool = False


@dataclass(slots=True)
class RenameTable:
    table: str
    new_id: str
    new_name: str
    source: str


@dataclass(slots=True)
class AddColumn:
    table: str
    column: Column
    after: str | None = None  # MySQL ADD ... AFTER col; "" for FIRST; None: at the end


@dataclass(slots=True)
class DropColumn:
    table: str
    name: str
    source: str


@dataclass(slots=True)
class ReplaceColumn:
    """MySQL MODIFY / CHANGE: a new definition, possibly under a new name."""

    table: str
    old_name: str
    column: Column


@dataclass(slots=True)
class AlterColumnType:
    table: str
    name: str
    type: str
    source: str


@dataclass(slots=True)
class RenameColumn:
    table: str
    old_name: str
    new_name: str
    source: str


@dataclass(slots=True)
class SetComment:
    table: str
    column: str | None  # None: the table's comment
    comment: str | None
    source: str


@dataclass(slots=True)
class AddKey:
    table: str
    columns: list[str]
    primary: bool = False
    references: str | None = None


@dataclass(slots=True)
class Rows:
    """Sampled dump rows: values by position, mapped to `columns` (None: the table's order)."""

    table: str
    columns: list[str] | None
    rows: list[list[Any]]


@dataclass(slots=True)
class KeepStatement:
    statement: SourceStatement


@dataclass(slots=True)
class Skip:
    skipped: Skipped


Op = (CreateTable | DropTable | RenameTable | AddColumn | DropColumn | ReplaceColumn
      | AlterColumnType | RenameColumn | SetComment | AddKey | Rows | KeepStatement | Skip)


# Worker processes send ops back pickled. Pickling a Table's dataclass Columns costs more than
# reading the SQL did, so CREATE TABLE travels as plain tuples and is rebuilt on arrival.
def pack(op: Op) -> Op | tuple:
    if not isinstance(op, CreateTable):
        return op
    t = op.table
    columns = tuple((key, c.name, c.type, c.comment, c.source, c.primary_key, c.references,
                     tuple(c.pragmas)) for key, c in t.columns.items())
    return ("create", t.id, t.name, t.source, t.comment, t.kind, t.dialect, t.definition,
            tuple(t.evidence), op.if_not_exists, op.like, tuple(op.pk),
            tuple((tuple(cols), target) for cols, target in op.fks), columns, t.location)


def unpack(item: Op | tuple) -> Op:
    if not isinstance(item, tuple):
        return item
    (_, tid, name, source, comment, kind, dialect, definition, evidence, if_not_exists, like,
     pk, fks, columns, location) = item
    table = Table(id=tid, name=name, source=source, comment=comment, kind=kind,
                  dialect=dialect, definition=definition, evidence=list(evidence),
                  location=location)
    add = table.columns.__setitem__
    for key, cname, ctype, ccomment, csource, cpk, cref, cpragmas in columns:
        # Positional: Column(name, type, comment, source, primary_key, references, pragmas).
        add(key, Column(cname, ctype, ccomment, csource, cpk, cref,
                        list(cpragmas) if cpragmas else []))
    return CreateTable(table, if_not_exists=if_not_exists, like=like, pk=list(pk),
                       fks=[(list(cols), target) for cols, target in fks])
