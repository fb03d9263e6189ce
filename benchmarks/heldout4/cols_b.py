"""List every (table, column) of a held-out schema and check its label files (no privflow import)."""
import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")


def taxonomy() -> dict[str, bool]:
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
            for cd in stmt.find_all(exp.ColumnDef):
                out.append((name, cd.name))
    return out


def main() -> None:
    name, dialect = sys.argv[1], sys.argv[2]
    here = Path(__file__).parent
    cols = columns(here / f"{name}.sql", dialect)
    have = {(t.lower(), c.lower()) for t, c in cols}
    tax = taxonomy()
    if "--list" in sys.argv:
        for t, c in cols:
            print(f"{t},{c}")
    ok = True
    pos = sens = q = 0
    seen = set()
    for row in csv.DictReader(open(here / f"{name}.labels.csv")):
        key = (row["table"].lower(), row["column"].lower())
        if key in seen:
            print("duplicate", key); ok = False
        seen.add(key)
        if key not in have:
            print("missing column", key); ok = False
        cats = [c for c in row["categories"].split(";") if c]
        for c in cats:
            if c not in tax:
                print("unknown category", c, key); ok = False
        want = "1" if any(tax.get(c) for c in cats) else "0"
        if cats and row["sensitive"] != want:
            print("sensitive flag", key, row["sensitive"], want); ok = False
        if not cats and not row["note"].startswith("negative"):
            print("empty categories without negative note", key); ok = False
        if "?" in row["note"]:
            q += 1
        elif cats:
            pos += 1
            sens += want == "1"
    for row in csv.DictReader(open(here / f"{name}.linked.csv")):
        key = (row["table"].lower(), row["column"].lower())
        if key not in have:
            print("missing linked column", key); ok = False
    tables = len({t for t, _ in cols})
    print(f"{name}: tables {tables} columns {len(cols)} scored positives {pos} (S {sens}) ? {q} ok={ok}")


if __name__ == "__main__":
    main()
