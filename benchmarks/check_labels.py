"""Check a folder of labelled schemas (`NAME.sql` + `NAME.labels.csv` + `NAME.linked.csv`) and
print their counts: every labelled or linked column exists in the SQL, every category id is in
the taxonomy, each `sensitive` flag follows its ids, nothing is labelled twice.

It reads the SQL with plain sqlglot, not with privflow's readers or classifier, so the check
says nothing about what privflow makes of the schema (held-out labels must not be shaped by the
tool). A column exists when mysql, postgres, tsql or sqlite reads it.

    python benchmarks/check_labels.py benchmarks/heldout8 [NAME ...]

Exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import csv
import logging
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import ErrorLevel, exp
from sqlglot.errors import SqlglotError

from privflow.classify.taxonomy import load_taxonomy

DIALECTS = ("mysql", "postgres", "tsql", "sqlite")
# The dialects tried and rejected warn on every statement they cannot read.
logging.getLogger("sqlglot").setLevel(logging.ERROR)


_CREATE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`\"\[]?(\w+)", re.I)
_DEFINITION = re.compile(r"^\s*[`\"\[]?(\w+)[`\"\]]?\s+[A-Za-z]", re.M)
_NOT_COLUMNS = frozenset({"primary", "key", "unique", "index", "constraint", "foreign", "check",
                          "fulltext", "create", "table"})


def _columns_of_unread(text: str) -> set[tuple[str, str]]:
    """A CREATE TABLE no dialect reads (a key ordered DESC): one definition per line."""
    head = _CREATE.search(text)
    if head is None:
        return set()
    body = text[text.find("(", head.end()) + 1:]
    return {(head.group(1).lower(), name.lower()) for name in _DEFINITION.findall(body)
            if name.lower() not in _NOT_COLUMNS}


def columns(sql: Path) -> set[tuple[str, str]]:
    """Every (table, column) of the file's CREATE TABLE statements, lower case: the union of
    what each dialect reads (a statement one dialect cannot read, another often can)."""
    text = sql.read_text(encoding="utf-8")
    found: set[tuple[str, str]] = set()
    for dialect in DIALECTS:
        try:
            # A statement the dialect cannot read becomes a Command; the others still count.
            statements = sqlglot.parse(text, read=dialect, error_level=ErrorLevel.IGNORE)
        except SqlglotError:  # not this dialect
            continue
        for statement in statements:
            if isinstance(statement, exp.Command):
                found.update(_columns_of_unread(statement.sql()))
                continue
            if not isinstance(statement, exp.Create) or statement.kind != "TABLE":
                continue
            target = statement.this
            table = target.this if isinstance(target, exp.Schema) else target
            if not isinstance(table, exp.Table):
                continue
            names = {table.name.lower(), ".".join(
                p.name for p in (table.args.get("db"), table.this) if p).lower()}
            for column in statement.find_all(exp.ColumnDef):
                found.update((name, column.name.lower()) for name in names)
    return found


def check(sql: Path) -> tuple[list[str], dict[str, int]]:
    taxonomy = load_taxonomy()
    known = columns(sql)
    problems: list[str] = []
    counts = {"labelled": 0, "positives": 0, "sensitive": 0, "unsure": 0, "linked": 0}
    seen: set[tuple[str, str]] = set()
    labels = sql.with_suffix("").with_suffix(".labels.csv")
    with labels.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            key = (row["table"].lower(), row["column"].lower())
            where = f"{labels.name}:{line}"
            if key not in known:
                problems.append(f"{where}: {row['table']}.{row['column']} is not in the SQL")
            if key in seen:
                problems.append(f"{where}: {row['table']}.{row['column']} labelled twice")
            seen.add(key)
            ids = [c for c in row["categories"].split(";") if c]
            unknown = [c for c in ids if c not in taxonomy]
            if unknown:
                problems.append(f"{where}: unknown ids {unknown}")
            sensitive = any(taxonomy[c].sensitive for c in ids if c in taxonomy)
            if ids and (row["sensitive"] or "0") != ("1" if sensitive else "0"):
                problems.append(f"{where}: sensitive should be {int(sensitive)}")
            counts["labelled"] += 1
            if "?" in (row.get("note") or ""):
                counts["unsure"] += 1
            elif ids:
                counts["positives"] += 1
                counts["sensitive"] += sensitive
    linked = sql.with_suffix("").with_suffix(".linked.csv")
    if linked.exists():
        with linked.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                key = (row["table"].lower(), row["column"].lower())
                if key not in known:
                    problems.append(f"{linked.name}:{line}: {row['table']}.{row['column']} is "
                                    "not in the SQL")
                counts["linked"] += 1
    counts["columns"] = len(known)
    return problems, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    files = sorted(p for p in args.folder.glob("*.sql")
                   if p.with_suffix("").with_suffix(".labels.csv").exists()
                   and (not args.names or p.stem in args.names))
    failed = False
    for sql in files:
        problems, counts = check(sql)
        print(f"{sql.stem}: {counts['columns']} columns, {counts['labelled']} labelled, "
              f"{counts['positives']} scored positives ({counts['sensitive']} sensitive), "
              f"{counts['unsure']} '?', {counts['linked']} linked"
              + (f"; {len(problems)} problems" if problems else ""))
        for problem in problems:
            print(f"  {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
