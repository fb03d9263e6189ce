"""List (table, column) pairs of a held-out schema and check its label files.

Usage: python cols_b.py NAME DIALECT  (reads NAME.sql, NAME.labels.csv, NAME.linked.csv here)
Uses plain sqlglot only: the labels must not depend on privflow.
"""

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

HERE = Path(__file__).parent
TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")


def taxonomy() -> dict[str, bool]:
    """Category id -> sensitive flag, read from the taxonomy table rows."""
    ids: dict[str, bool] = {}
    for line in TAXONOMY.read_text().splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 3 and re.fullmatch(r"[a-z_]+\.[a-z_]+", cells[1]):
            ids[cells[1]] = cells[3] == "S"
    return ids


def columns(name: str, dialect: str) -> dict[str, list[str]]:
    sql = (HERE / f"{name}.sql").read_text()
    tables: dict[str, list[str]] = {}
    for stmt in sqlglot.parse(sql, read=dialect):
        if not isinstance(stmt, exp.Create) or stmt.kind != "TABLE":
            continue
        table = stmt.find(exp.Table)
        assert table is not None
        cols = [c.name for c in stmt.find_all(exp.ColumnDef)]
        tables[table.name] = cols
    return tables


def main() -> int:
    name, dialect = sys.argv[1], sys.argv[2]
    tables = columns(name, dialect)
    known = {(t.lower(), c.lower()) for t, cs in tables.items() for c in cs}
    ids = taxonomy()
    errors = 0
    pos = sens = unsure = 0
    labels = HERE / f"{name}.labels.csv"
    if labels.exists():
        with labels.open() as f:
            for n, row in enumerate(csv.DictReader(f), start=2):
                key = (row["table"].lower(), row["column"].lower())
                if key not in known:
                    print(f"{labels.name}:{n}: unknown column {key}")
                    errors += 1
                cats = [c for c in row["categories"].split(";") if c]
                for c in cats:
                    if c not in ids:
                        print(f"{labels.name}:{n}: unknown category {c}")
                        errors += 1
                want = "1" if any(ids.get(c) for c in cats) else "0"
                if cats and row["sensitive"] != want:
                    print(f"{labels.name}:{n}: sensitive should be {want}")
                    errors += 1
                if "?" in row["note"]:
                    unsure += 1
                elif cats:
                    pos += 1
                    sens += want == "1"
    linked = HERE / f"{name}.linked.csv"
    if linked.exists():
        with linked.open() as f:
            for n, row in enumerate(csv.DictReader(f), start=2):
                if (row["table"].lower(), row["column"].lower()) not in known:
                    print(f"{linked.name}:{n}: unknown column")
                    errors += 1
                if row["points_to_table"] not in tables:
                    print(f"{linked.name}:{n}: unknown table {row['points_to_table']}")
                    errors += 1
    ncols = sum(len(c) for c in tables.values())
    print(f"{name}: tables={len(tables)} columns={ncols} positives={pos} sensitive={sens} unsure={unsure}")
    if "--list" in sys.argv:
        for t, cs in tables.items():
            print(t, ", ".join(cs))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
