"""List and check the columns of the heldout8 (a) schemas with plain sqlglot (no privflow).

usage: cols_a.py DIALECT FILE.sql [FILE.labels.csv FILE.linked.csv TAXONOMY.md]
Prints table,column for every ColumnDef; with label files, checks that every labelled
(table, column) exists, that every category id is in the taxonomy, and that `sensitive`
matches the S flags of the ids.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp


def columns(path: str, dialect: str) -> list[tuple[str, str]]:
    text = Path(path).read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    for stmt in sqlglot.parse(text, read=dialect):
        if not isinstance(stmt, exp.Create) or stmt.kind != "TABLE":
            continue
        schema = stmt.this
        table = schema.this if isinstance(schema, exp.Schema) else schema
        tname = table.name
        for cd in stmt.find_all(exp.ColumnDef):
            out.append((tname, cd.name))
    return out


def _rows(path: str) -> list[dict[str, str]]:
    return list(csv.DictReader(Path(path).read_text(encoding="utf-8").splitlines()))


def taxonomy(path: str) -> dict[str, bool]:
    ids: dict[str, bool] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([a-z_]+\.[a-z_]+)\s*\|[^|]*\|\s*(S?)\s*\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def main() -> int:
    dialect, sql = sys.argv[1], sys.argv[2]
    cols = columns(sql, dialect)
    if len(sys.argv) == 3:
        for t, c in cols:
            print(f"{t},{c}")
        print(f"# {len({t for t, _ in cols})} tables, {len(cols)} columns", file=sys.stderr)
        return 0
    labels, linked, tax = sys.argv[3], sys.argv[4], taxonomy(sys.argv[5])
    known = set(cols)
    bad = 0
    pos = sens = q = qpos = 0
    seen: set[tuple[str, str]] = set()
    for row in _rows(labels):
        key = (row["table"], row["column"])
        if key not in known:
            print(f"unknown column {key}")
            bad += 1
        if key in seen:
            print(f"duplicate {key}")
            bad += 1
        seen.add(key)
        ids = [i for i in row["categories"].split(";") if i]
        for i in ids:
            if i not in tax:
                print(f"unknown id {i} at {key}")
                bad += 1
        want = "1" if any(tax.get(i) for i in ids) else "0"
        if ids and row["sensitive"] != want:
            print(f"sensitive flag {row['sensitive']} != {want} at {key}")
            bad += 1
        if not ids and not row["note"].startswith("negative"):
            print(f"empty categories without 'negative:' note at {key}")
            bad += 1
        isq = "?" in row["note"]
        q += isq
        if ids:
            pos += 1
            sens += want == "1"
            qpos += isq
    for row in _rows(linked):
        key = (row["table"], row["column"])
        if key not in known:
            print(f"unknown linked column {key}")
            bad += 1
        if key in seen:
            print(f"linked column also labelled {key}")
            bad += 1
        if row["points_to_table"] not in {t for t, _ in cols}:
            print(f"linked target not a table here: {row['points_to_table']}")
    nlinked = sum(1 for _ in _rows(linked))
    print(
        f"tables={len({t for t, _ in cols})} columns={len(cols)} positives={pos} "
        f"sensitive={sens} ?={q} (?positives={qpos}) linked={nlinked} errors={bad}"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
