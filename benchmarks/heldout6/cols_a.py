"""List and check the (table, column) pairs of a held-out schema with plain sqlglot.

Usage: cols_a.py DIALECT FILE.sql            -> prints table,column,comment
       cols_a.py DIALECT FILE.sql --check    -> checks FILE.labels.csv / FILE.linked.csv
Does not import privflow (the labels must not depend on the tool).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")


def columns(sql: str, dialect: str) -> list[tuple[str, str, str]]:
    out = []
    for stmt in sqlglot.parse(sql, read=dialect):
        if not isinstance(stmt, exp.Create) or stmt.kind != "TABLE":
            continue
        table = stmt.this.find(exp.Table)
        assert table is not None
        for cd in stmt.find_all(exp.ColumnDef):
            comment = ""
            for c in cd.constraints:
                if isinstance(c.kind, exp.CommentColumnConstraint):
                    comment = c.kind.this.name
            out.append((table.name, cd.name, comment))
    return out


def taxonomy() -> dict[str, bool]:
    ids = {}
    for line in TAXONOMY.read_text().splitlines():
        m = re.match(r"\| ([a-z_]+\.[a-z_]+) \| [^|]* \| (S?) *\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def check(path: Path, dialect: str) -> int:
    cols = {(t, c) for t, c, _ in columns(path.read_text(), dialect)}
    tables = {t for t, _ in cols}
    ids = taxonomy()
    problems: list[str] = []
    labels = path.with_suffix(".labels.csv")
    seen = set()
    pos = sens = q = 0
    with labels.open() as f:
        for row in csv.DictReader(f):
            key = (row["table"], row["column"])
            if key not in cols:
                problems.append(f"not in SQL: {key}")
            if key in seen:
                problems.append(f"duplicate: {key}")
            seen.add(key)
            cats = [c for c in row["categories"].split(";") if c]
            for c in cats:
                if c not in ids:
                    problems.append(f"unknown id: {(c, key)}")
            want = "1" if any(ids.get(c) for c in cats) else "0"
            if cats and row["sensitive"] != want:
                problems.append(f"sensitive flag: {key}")
            if not cats and not row["note"].startswith("negative"):
                problems.append(f"empty categories without negative note: {key}")
            if cats:
                pos += 1
                sens += want == "1"
            q += "?" in row["note"]
    linked = path.with_suffix(".linked.csv")
    nlinked = 0
    with linked.open() as f:
        for row in csv.DictReader(f):
            nlinked += 1
            if (row["table"], row["column"]) not in cols:
                problems.append(f"linked not in SQL: {row}")
            if row["points_to_table"] not in tables:
                problems.append(f"linked target not in SQL: {row}")
            if (row["table"], row["column"]) in seen:
                problems.append(f"linked also labelled: {row}")
    print(f"{path.name}: tables {len(tables)} columns {len(cols)} positives {pos} "
          f"sensitive {sens} ?-rows {q} linked {nlinked} errors {len(problems)}")
    for problem in problems:
        print(problem)
    return len(problems)


if __name__ == "__main__":
    dialect, file = sys.argv[1], Path(sys.argv[2])
    if "--check" in sys.argv:
        sys.exit(1 if check(file, dialect) else 0)
    w = csv.writer(sys.stdout)
    for t, c, comment in columns(file.read_text(), dialect):
        w.writerow([t, c, comment])
