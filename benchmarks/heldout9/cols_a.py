"""List (table, column) of a held-out schema and check its label files (heldout9, set a).

Usage: cols_a.py DIALECT FILE.sql  -> prints table,column,comment
       cols_a.py DIALECT FILE.sql --check  -> validates FILE.labels.csv / FILE.linked.csv
Uses plain sqlglot only (no privflow), so the labels stay blind to the classifier.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")


def taxonomy() -> dict[str, bool]:
    ids: dict[str, bool] = {}
    for line in TAXONOMY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| ([a-z_]+\.[a-z_]+) \|[^|]*\|\s*(S?)\s*\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def columns(dialect: str, sql: str) -> list[tuple[str, str, str]]:
    out = []
    for stmt in sqlglot.parse(sql, read=dialect):
        if not isinstance(stmt, exp.Create) or stmt.kind != "TABLE":
            continue
        table = stmt.this.this.name if isinstance(stmt.this, exp.Schema) else stmt.this.name
        for cd in stmt.find_all(exp.ColumnDef):
            comment = ""
            for c in cd.constraints:
                if isinstance(c.kind, exp.CommentColumnConstraint):
                    comment = c.kind.this.name
            out.append((table, cd.name, comment))
    return out


def main() -> int:
    dialect, path = sys.argv[1], Path(sys.argv[2])
    cols = columns(dialect, path.read_text(encoding="utf-8"))
    if "--check" not in sys.argv:
        for t, c, k in cols:
            print(f"{t},{c},{k}")
        return 0
    have = {(t, c) for t, c, _ in cols}
    ids = taxonomy()
    errors: list[str] = []
    labels = path.with_suffix(".labels.csv")
    seen = set()
    pos = spos = q = 0
    for row in csv.DictReader(labels.open(encoding="utf-8")):
        key = (row["table"], row["column"])
        if key not in have:
            errors.append(" ".join(map(str, ("missing column", key))))
        if key in seen:
            errors.append(" ".join(map(str, ("duplicate", key))))
        seen.add(key)
        cats = [x for x in row["categories"].split(";") if x]
        for x in cats:
            if x not in ids:
                errors.append(" ".join(map(str, ("unknown id", x, key))))
        want = "1" if any(ids.get(x) for x in cats) else "0"
        if cats and row["sensitive"] != want:
            errors.append(" ".join(map(str, ("sensitive flag", key, row["sensitive"], want))))
        if not cats and not row["note"].startswith("negative") and "?" not in row["note"]:
            errors.append(" ".join(map(str, ("empty categories without negative note", key))))
        if "?" in row["note"]:
            q += 1
        elif cats:
            pos += 1
            spos += want == "1"
    linked = path.with_suffix(".linked.csv")
    tables = {t for t, _ in have}
    nl = 0
    for row in csv.DictReader(linked.open(encoding="utf-8")):
        nl += 1
        if (row["table"], row["column"]) not in have:
            errors.append(" ".join(map(str, ("linked missing", row))))
        if row["points_to_table"] not in tables:
            errors.append(" ".join(map(str, ("linked target not in file", row))))
        if (row["table"], row["column"]) in seen:
            errors.append(" ".join(map(str, ("linked also labelled", row))))
    print(f"tables={len(tables)} columns={len(cols)} labelled={len(seen)} "
          f"positives(scored)={pos} sensitive={spos} ?={q} linked={nl} errors={len(errors)}")
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
