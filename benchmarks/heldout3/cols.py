"""List every (table, column) of a schema file with plain sqlglot (no privflow), and check label files.

Usage: python cols.py DIALECT FILE.sql [--check]
"""
import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")


def columns(path: Path, dialect: str) -> list[tuple[str, str]]:
    out = []
    for stmt in sqlglot.parse(path.read_text(encoding="utf-8"), read=dialect):
        if isinstance(stmt, exp.Create) and stmt.kind == "TABLE":
            table = stmt.this.this if isinstance(stmt.this, exp.Schema) else stmt.this
            # schema-qualified as written (public.t_user), as the dev corpus labels pagila
            tname = f"{table.db}.{table.name}" if table.db else table.name
            for cd in stmt.find_all(exp.ColumnDef):
                out.append((tname, cd.name))
    return out


def taxonomy() -> dict[str, bool]:
    ids = {}
    for line in TAXONOMY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| ([a-z_]+\.[a-z_]+) \| [^|]* \| (S?) *\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def main() -> None:
    dialect, sql = sys.argv[1], Path(sys.argv[2])
    cols = columns(sql, dialect)
    tables = sorted({t for t, _ in cols})
    if "--check" not in sys.argv:
        for t, c in cols:
            print(f"{t},{c}")
        return
    known = set(cols)
    tax = taxonomy()
    stem = sql.with_suffix("")
    errors = 0
    pos = sens = q = neg = 0
    seen = set()
    with open(f"{stem}.labels.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        key = (r["table"], r["column"])
        if key in seen:
            print("duplicate", key)
            errors += 1
        seen.add(key)
        if key not in known:
            print("not in SQL:", key)
            errors += 1
        cats = [c for c in r["categories"].split(";") if c]
        for c in cats:
            if c not in tax:
                print("unknown id:", c, key)
                errors += 1
        want = "1" if any(tax.get(c) for c in cats) else "0"
        if cats and r["sensitive"] != want:
            print("sensitive flag wrong:", key, r["sensitive"], "want", want)
            errors += 1
        if not cats and not r["note"].startswith("negative"):
            print("empty categories without negative note:", key)
            errors += 1
        if "?" in r["note"]:
            q += 1
        elif cats:
            pos += 1
            sens += want == "1"
        else:
            neg += 1
    qpos = sum(1 for r in rows if r["categories"] and "?" in r["note"])
    with open(f"{stem}.linked.csv", encoding="utf-8") as f:
        linked = list(csv.DictReader(f))
    for r in linked:
        key = (r["table"], r["column"])
        if key not in known:
            print("linked not in SQL:", key)
            errors += 1
        if key in seen:
            print("linked also labelled:", key)
            errors += 1
        if r["points_to_table"] not in tables:
            print("linked target not in SQL:", r["points_to_table"])
            errors += 1
    allpos = sum(1 for r in rows if r["categories"])
    allsens = sum(1 for r in rows if r["categories"] and r["sensitive"] == "1")
    print(f"{sql.name}: tables {len(tables)} columns {len(cols)} | positives {allpos} (S {allsens}) | "
          f"? rows {q} (? positives {qpos}) | explicit negatives {neg} | scored positives {pos} (S {sens}) | "
          f"linked {len(linked)} | errors {errors}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
