"""Application code as a source: ORM models, mapper XML and the SDKs in build manifests.

Each kind of file has a small reader (`data/readers.yaml` maps file-name globs to them) that
returns a `CodeFile`: entities, SQL statements for lineage, SDK hits. Entities are resolved
into the same `Table`/`Column` model the SQL readers build once the whole tree is read (base
classes live in other files), and folded into the SQL schema the way a live database is
(`sources/live/merge.py`): a table declared in both is one table, disagreements are
`schema-drift` findings.

  java.py, kotlin.py   JPA / Hibernate / MyBatis-Plus entities (tree-sitter)
  mybatis.py           mapper XML: resultMap columns, the SQL of <insert>/<update>/<select>
  python.py            Django models, SQLAlchemy declarative (Python's own ast)
  rails.py             db/schema.rb (tree-sitter)
  laravel.py           Laravel migrations (tree-sitter)
  prisma.py            schema.prisma (a small hand parser: no grammar wheel exists)
  typeorm.py, gorm.py  TypeORM entities, GORM structs (tree-sitter)
  manifests.py         build manifests and configuration -> SDK hits (data/sdks.yaml)
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cache
from pathlib import Path

from privflow.datafiles import load_yaml
from privflow.schema import Column, Finding, Schema, Skipped, Table, table_id
from privflow.sources.code.model import CodeFile, Entity, SdkHit, snake_case
from privflow.sources.code.treesitter import GrammarMissing

HEAD_BYTES = 4096
MAX_BYTES = 4 << 20  # a generated 4 MiB source file is not a model


@cache
def _config() -> dict:
    return load_yaml("privflow.sources.code", "data/readers.yaml")


def registry() -> list[dict]:
    return _config()["readers"]


def _third_party(found_path: Path, root: Path) -> bool:
    """Under a vendored or generated folder (readers.yaml `skip_dirs`) below the scanned root."""
    try:
        parts = found_path.relative_to(root).parts[:-1]
    except ValueError:
        return False
    return bool(set(parts) & set(_config().get("skip_dirs", [])))


def reader_for(name: str) -> str | None:
    """The kind the walker gives a file: `code:<n>` with n its registry entry, or None."""
    for index, entry in enumerate(registry()):
        if fnmatchcase(name, entry["glob"]):
            return f"code:{index}"
    return None


@dataclass
class CodeScan:
    schema: Schema = field(default_factory=Schema)
    sdks: list[SdkHit] = field(default_factory=list)
    files: int = 0  # code files read
    merged: Schema | None = None  # the scan's schema the code was folded into


def scan_code(paths: Sequence[str | os.PathLike[str]],
              only_files: set[str] | None = None) -> CodeScan:
    """Every entity, mapper statement and SDK under `paths`."""
    from privflow.sources.walker import Walker

    walker = Walker(classify=reader_for)
    only = {os.path.realpath(p) for p in only_files} if only_files is not None else None
    scan = CodeScan()
    entities: list[Entity] = []
    mapped: set[str] = set()
    seen: set[str] = set()
    missing: set[str] = set()
    for given in paths:
        for found in walker.walk(Path(given), str(given)):
            if not found.kind.startswith("code:") or _third_party(found.path, Path(given)):
                continue
            real = os.path.realpath(found.path)
            if real in seen or (only is not None and not _under(real, only)):
                continue
            seen.add(real)
            entry = registry()[int(found.kind[5:])]
            code = _read(found.path, found.display, entry, scan.schema, missing)
            if code is None:
                continue
            scan.files += 1
            entities.extend(code.entities)
            mapped |= code.mapped_classes
            scan.schema.statements.extend(code.statements)
            scan.schema.skipped.extend(code.skipped)
            scan.sdks.extend(code.sdks)
    for table in resolve(entities, mapped):
        scan.schema.tables.setdefault(table.id, table)
    return scan


def _under(real: str, only: set[str]) -> bool:
    return any(real == p or real.startswith(p.rstrip(os.sep) + os.sep) for p in only)


def _read(path: Path, display: str, entry: dict, schema: Schema,
          missing: set[str]) -> CodeFile | None:
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = path.read_bytes()
    except OSError as error:
        schema.skipped.append(Skipped(display, None, f"cannot read file: {error.strerror}"))
        return None
    heads = entry.get("head") or []
    if heads and not any(h.encode() in data[:HEAD_BYTES * 4]
                         for h in ([heads] if isinstance(heads, str) else heads)):
        return None
    module = importlib.import_module(f"privflow.sources.code.{entry['reader']}")
    try:
        return module.read(display, data)
    except GrammarMissing as error:
        if entry["reader"] not in missing:  # once per language, not once per file
            missing.add(entry["reader"])
            schema.skipped.append(Skipped(display, None, str(error), error=False))
        return None
    except (SyntaxError, ValueError, UnicodeDecodeError) as error:
        line = getattr(error, "lineno", None)
        schema.skipped.append(Skipped(display, line, f"not read as {entry['reader']}: "
                                      f"{getattr(error, 'msg', None) or error}", error=False))
        return None


def resolve(entities: list[Entity], mapped: set[str] = frozenset()) -> list[Table]:
    """Tables from entities: each mapped class with the fields of its base classes first."""
    by_class: dict[str, Entity] = {}
    for entity in entities:
        if entity.augments:
            continue
        known = by_class.get(entity.cls)
        if known is None or (known.table is None and entity.table is not None):
            by_class[entity.cls] = entity
    tables: dict[str, Table] = {}
    by_class_table: dict[str, Table] = {}
    embedded = {m[len("embedded:"):] for m in mapped if m.startswith("embedded:")}
    for entity in entities:
        if entity.augments and entity.table is None:
            continue
        if entity.default_table and entity.cls in embedded:
            continue  # only lends its fields
        name = entity.table
        if name is None and entity.cls in mapped:
            name = entity.fallback_table or snake_case(entity.cls)
        if name is None:
            continue
        tid = table_id(entity.schema, name)
        table = tables.get(tid)
        if table is None:
            table = Table(id=tid, name=name, source=f"{entity.path}:{entity.line}",
                          comment=entity.comment, evidence=[entity.kind], origins=["code"])
            tables[tid] = table
        if not entity.augments:
            by_class_table.setdefault(entity.cls, table)
        table.comment = table.comment or entity.comment
        ancestors = [a for a in _ancestors(entity, by_class)
                     if entity.inherit_mapped or a.table is None]
        for owner in [*reversed(ancestors), entity]:
            for f in owner.fields:
                column = table.column(f.name)
                if column is None:
                    table.add_column(Column(name=f.name, type=f.type, comment=f.comment,
                                            source=f"{owner.path}:{f.line}",
                                            primary_key=f.primary_key, references=f.references))
                else:
                    column.comment = column.comment or f.comment
                    column.type = column.type or f.type
        for name in entity.dropped:  # a later migration removed it
            table.columns.pop(name.lower(), None)
    for entity in entities:  # resultMap columns join the table of their class
        table = by_class_table.get(entity.cls) if entity.augments and entity.table is None \
            else None
        for f in entity.fields if table is not None else []:
            if table.column(f.name) is None:
                table.add_column(Column(name=f.name, source=f"{entity.path}:{f.line}",
                                        primary_key=f.primary_key))
    # A class that resolved to no column at all (its bases are outside the tree) says nothing.
    return [t for t in tables.values() if t.columns]


def _ancestors(entity: Entity, by_class: dict[str, Entity]) -> list[Entity]:
    """Base classes, nearest first; a cycle or an unknown base ends the chain."""
    found: list[Entity] = []
    queue = list(entity.parents)
    seen = {entity.cls}
    while queue:
        name = queue.pop(0)
        parent = by_class.get(name)
        if parent is None or name in seen:
            continue
        seen.add(name)
        found.append(parent)
        queue.extend(parent.parents)
    return found


def merge_into(schema: Schema, scan: CodeScan) -> list[Finding]:
    """Fold the code's tables and statements into the SQL schema; the drift findings."""
    scan.merged = schema
    if not scan.schema.tables and not scan.schema.statements:
        return []
    # Imported only when there is code to merge: the live package loads SQLAlchemy.
    from privflow.sources.live.merge import merge

    return merge(schema, scan.schema, origin="code")


def sdk_recipients(scan: CodeScan, inventory, flows: list, recipients: list) -> None:
    """The SDKs found in manifests as recipients and flows (sdk.py), over the merged schema."""
    from privflow.sources.code.sdk import add_recipients

    add_recipients(scan.sdks, inventory, flows, recipients, scan.merged or scan.schema)
