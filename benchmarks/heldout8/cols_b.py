"""List the (table, column) pairs of a held-out schema and check its label files.

Deliberately independent of privflow (the labels must not be shaped by the tool): it uses
plain sqlglot and reads the category ids straight from the taxonomy spec.

    python cols_b.py NAME DIALECT [TAXONOMY_MD]   # prints counts, exits 1 on any problem
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

HERE = Path(__file__).resolve().parent
DEFAULT_TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")


def columns(sql_path: Path, dialect: str) -> list[tuple[str, str]]:
    """Every (table, column) of the CREATE TABLE statements, names as written."""
    pairs: list[tuple[str, str]] = []
    for stmt in sqlglot.parse(sql_path.read_text(encoding="utf-8"), read=dialect):
        if not isinstance(stmt, exp.Create) or stmt.kind != "TABLE":
            continue
        schema = stmt.this
        table = schema.this if isinstance(schema, exp.Schema) else schema
        tname = table.name
        for cdef in stmt.find_all(exp.ColumnDef):
            pairs.append((tname, cdef.name))
    return pairs


def taxonomy(md_path: Path) -> dict[str, bool]:
    """Category id -> sensitive flag, from the markdown table rows of taxonomy.md."""
    ids: dict[str, bool] = {}
    for line in md_path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([a-z_]+\.[a-z_]+)\s*\|[^|]*\|\s*(S?)\s*\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def main(argv: list[str]) -> int:
    name, dialect = argv[1], argv[2]
    tax = taxonomy(Path(argv[3]) if len(argv) > 3 else DEFAULT_TAXONOMY)
    pairs = columns(HERE / f"{name}.sql", dialect)
    known = {(t.lower(), c.lower()) for t, c in pairs}
    tables = {t.lower() for t, _ in pairs}
    problems: list[str] = []
    if len(known) != len(pairs):
        problems.append("duplicate (table, column) pairs in the SQL")
    pos = sens = unsure = 0
    with open(HERE / f"{name}.labels.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    seen: set[tuple[str, str]] = set()
    for i, row in enumerate(rows, start=2):
        key = (row["table"].lower(), row["column"].lower())
        if key not in known:
            problems.append(f"labels line {i}: {key} not in the SQL")
        if key in seen:
            problems.append(f"labels line {i}: {key} labelled twice")
        seen.add(key)
        cats = [c for c in row["categories"].split(";") if c]
        bad = [c for c in cats if c not in tax]
        if bad:
            problems.append(f"labels line {i}: unknown ids {bad}")
        want = "1" if any(tax.get(c, False) for c in cats) else "0"
        if cats and row["sensitive"] != want:
            problems.append(f"labels line {i}: sensitive should be {want}")
        if not cats and not row["note"].startswith("negative"):
            problems.append(f"labels line {i}: empty categories without a 'negative:' note")
        if "?" in row["note"]:
            unsure += 1
        elif cats:
            pos += 1
            sens += want == "1"
    linked_path = HERE / f"{name}.linked.csv"
    nlinked = 0
    if linked_path.exists():
        with open(linked_path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh), start=2):
                nlinked += 1
                key = (row["table"].lower(), row["column"].lower())
                if key not in known:
                    problems.append(f"linked line {i}: {key} not in the SQL")
                if key in seen:
                    problems.append(f"linked line {i}: {key} also labelled")
                if row["points_to_table"].lower() not in tables:
                    problems.append(f"linked line {i}: unknown table {row['points_to_table']}")
    print(f"{name}: tables={len(tables)} columns={len(pairs)} positives={pos} "
          f"sensitive={sens} unsure(?)={unsure} labelled_rows={len(rows)} linked={nlinked}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit("usage: cols_b.py NAME DIALECT [TAXONOMY_MD]")
    raise SystemExit(main(sys.argv))
