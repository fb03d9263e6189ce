"""List every (table, column) of a held-out schema and check its label files.

Uses plain sqlglot only (no privflow code), so the labels stay blind to the tool.
Usage: python cols_b.py DIALECT NAME   (reads NAME.sql, NAME.labels.csv, NAME.linked.csv)
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

HERE = Path(__file__).resolve().parent


def columns(sql_path: Path, dialect: str) -> list[tuple[str, str]]:
    """(table, column) pairs in file order; table names as written, unquoted."""
    out: list[tuple[str, str]] = []
    for stmt in sqlglot.parse(sql_path.read_text(encoding="utf-8"), read=dialect):
        if not isinstance(stmt, exp.Create) or stmt.kind != "TABLE":
            continue
        table = stmt.find(exp.Table)
        assert table is not None
        name = ".".join(p.name for p in table.parts)
        for col in stmt.find_all(exp.ColumnDef):
            out.append((name, col.name))
    return out


def taxonomy_ids() -> dict[str, bool]:
    """Category id -> sensitive flag, read from the table in taxonomy.md."""
    ids: dict[str, bool] = {}
    text = Path("/work/wt/shared/spec/taxonomy.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 4 and re.fullmatch(r"[a-z]+\.[a-z_]+", cells[1]):
            ids[cells[1]] = cells[3] == "S"
    return ids


def main() -> int:
    dialect, name = sys.argv[1], sys.argv[2]
    cols = columns(HERE / f"{name}.sql", dialect)
    keys = {(t.lower(), c.lower()) for t, c in cols}
    ids = taxonomy_ids()
    errors: list[str] = []
    pos = sens = qm = neg = 0
    with open(HERE / f"{name}.labels.csv", newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            if (row["table"].lower(), row["column"].lower()) not in keys:
                errors.append(f"labels line {i}: no column {row['table']}.{row['column']}")
            cats = [c for c in row["categories"].split(";") if c]
            bad = [c for c in cats if c not in ids]
            if bad:
                errors.append(f"labels line {i}: unknown ids {bad}")
            want = "1" if any(ids.get(c, False) for c in cats) else "0"
            if cats and row["sensitive"] != want:
                errors.append(f"labels line {i}: sensitive should be {want}")
            if "?" in row["note"]:
                qm += 1
            elif cats:
                pos += 1
                sens += want == "1"
            else:
                neg += 1
                if not row["note"].startswith("negative:"):
                    errors.append(f"labels line {i}: empty categories without 'negative:' note")
    linked = 0
    with open(HERE / f"{name}.linked.csv", newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            linked += 1
            if (row["table"].lower(), row["column"].lower()) not in keys:
                errors.append(f"linked line {i}: no column {row['table']}.{row['column']}")
    tables = len({t for t, _ in cols})
    print(f"{name}: tables={tables} columns={len(cols)} scored_positives={pos} "
          f"sensitive={sens} question={qm} explicit_negatives={neg} linked={linked}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[3] == "--list":
        for t, c in columns(HERE / f"{sys.argv[2]}.sql", sys.argv[1]):
            print(f"{t},{c}")
        sys.exit(0)
    sys.exit(main())
