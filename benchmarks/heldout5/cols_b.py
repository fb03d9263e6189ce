"""List every (table, column) of a held-out schema and check its label files.

Plain sqlglot only: the labels must not depend on anything privflow knows.
Usage: python cols_b.py NAME DIALECT [--list]
"""

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")
HERE = Path(__file__).parent


def taxonomy() -> dict[str, bool]:
    """Category id -> sensitive flag, read from the taxonomy table."""
    ids: dict[str, bool] = {}
    for line in TAXONOMY.read_text().splitlines():
        m = re.match(r"\| ([a-z_]+\.[a-z_]+) \|[^|]*\| (S?) *\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def columns(sql: Path, dialect: str) -> list[tuple[str, str]]:
    out = []
    for stmt in sqlglot.parse(sql.read_text(), read=dialect):
        if isinstance(stmt, exp.Create) and stmt.kind == "TABLE":
            tbl = stmt.this.this if isinstance(stmt.this, exp.Schema) else stmt.this
            name = ".".join(p.name for p in tbl.parts)
            out.extend((name, cd.name) for cd in stmt.find_all(exp.ColumnDef))
    return out


def main(name: str, dialect: str, listing: bool) -> int:
    cols = columns(HERE / f"{name}.sql", dialect)
    have = {(t.lower(), c.lower()) for t, c in cols}
    tables = {t.lower() for t, _ in cols}
    tax = taxonomy()
    if listing:
        for t, c in cols:
            print(f"{t},{c}")
    problems: list[str] = []
    pos = sens = unsure = 0
    seen: set[tuple[str, str]] = set()
    with open(HERE / f"{name}.labels.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            key = (row["table"].lower(), row["column"].lower())
            if key in seen:
                problems.append(f"duplicate {key}")
            seen.add(key)
            if key not in have:
                problems.append(f"missing column {key}")
            cats = [c for c in row["categories"].split(";") if c]
            problems += [f"unknown category {c} {key}" for c in cats if c not in tax]
            want = "1" if any(tax.get(c) for c in cats) else "0"
            if cats and row["sensitive"] != want:
                problems.append(f"sensitive flag {key}: {row['sensitive']} != {want}")
            if (
                not cats
                and not row["note"].startswith(("negative", "?"))
                and "?" not in row["note"]
            ):
                problems.append(f"empty categories without a negative note {key}")
            if "?" in row["note"]:
                unsure += 1
            elif cats:
                pos += 1
                sens += want == "1"
    linked = 0
    with open(HERE / f"{name}.linked.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            key = (row["table"].lower(), row["column"].lower())
            linked += 1
            if key not in have:
                problems.append(f"linked: missing column {key}")
            if key in seen:
                problems.append(f"linked column also labelled {key}")
            if row["points_to_table"].lower() not in tables:
                print(f"note: {key} points to {row['points_to_table']}, a table not in the file")
    for p in problems:
        print("PROBLEM", p)
    print(
        f"{name}: tables {len(tables)} columns {len(cols)} positives {pos} "
        f"(sensitive {sens}) ? {unsure} linked {linked}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], "--list" in sys.argv))
