"""List every (table, column) of a held-out schema and check its label files.

Usage: cols_b.py DIALECT NAME   (reads NAME.sql, NAME.labels.csv, NAME.linked.csv next to it)
Plain sqlglot only: privflow is deliberately not imported (labels are blind).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

HERE = Path(__file__).parent
TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")


def taxonomy() -> dict[str, bool]:
    """Category id -> sensitive (S column of the taxonomy table)."""
    ids: dict[str, bool] = {}
    for line in TAXONOMY.read_text().splitlines():
        m = re.match(r"\| ([a-z_]+\.[a-z_]+) \| [^|]* \|\s*(S?)\s*\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def columns(dialect: str, sql: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for stmt in sqlglot.parse(sql, read=dialect):
        if isinstance(stmt, exp.Create) and stmt.kind == "TABLE":
            table = stmt.this.this.name if isinstance(stmt.this, exp.Schema) else stmt.this.name
            for col in stmt.find_all(exp.ColumnDef):
                out.append((table, col.name))
    return out


def main() -> int:
    dialect, name = sys.argv[1], sys.argv[2]
    cols = columns(dialect, (HERE / f"{name}.sql").read_text())
    known = {(t.lower(), c.lower()) for t, c in cols}
    tax = taxonomy()
    errors: list[str] = []
    pos = sens = unsure = 0
    lab = HERE / f"{name}.labels.csv"
    with lab.open() as f:
        for row in csv.DictReader(f):
            key = (row["table"].lower(), row["column"].lower())
            if key not in known:
                errors.append(f"labels: no column {key}")
            cats = [c for c in row["categories"].split(";") if c]
            for c in cats:
                if c not in tax:
                    errors.append(f"labels: unknown id {c} at {key}")
            # A non-sensitive row may leave the flag empty or write 0; a sensitive one writes 1.
            allowed = {"1"} if any(tax.get(c) for c in cats) else {"", "0"}
            if row["sensitive"] not in allowed:
                errors.append(
                    f"labels: sensitive {row['sensitive']!r} should be one of {sorted(allowed)} at {key}"
                )
            if "?" in row["note"]:
                unsure += 1
            elif cats:
                pos += 1
                sens += any(tax.get(c) for c in cats)
            if not cats and not row["note"].startswith("negative"):
                errors.append(f"labels: empty categories without 'negative' note at {key}")
    linked = HERE / f"{name}.linked.csv"
    nlinked = 0
    with linked.open() as f:
        for row in csv.DictReader(f):
            nlinked += 1
            if (row["table"].lower(), row["column"].lower()) not in known:
                errors.append(f"linked: no column {row['table']}.{row['column']}")
            if not any(t.lower() == row["points_to_table"].lower() for t, _ in cols):
                errors.append(f"linked: no table {row['points_to_table']}")
    tables = len({t for t, _ in cols})
    print(
        f"{name}: tables {tables} columns {len(cols)} scored positives {pos} (S {sens}) ? {unsure} linked {nlinked}"
    )
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[3] == "--list":
        for t, c in columns(sys.argv[1], (HERE / f"{sys.argv[2]}.sql").read_text()):
            print(f"{t},{c}")
        raise SystemExit(0)
    raise SystemExit(main())
