"""List the (table, column) pairs of a held-out schema and check its label files.

Plain sqlglot only (no privflow import), so the labels stay blind to the classifier.
Usage: python cols_a.py NAME DIALECT [--list]
Reads NAME.sql, NAME.labels.csv and NAME.linked.csv next to this script.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

HERE = Path(__file__).resolve().parent
TAXONOMY = Path("/work/wt/shared/spec/taxonomy.md")


def taxonomy_ids() -> dict[str, bool]:
    """Category id -> sensitive flag, read from the taxonomy table (the contract)."""
    ids: dict[str, bool] = {}
    for line in TAXONOMY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([a-z]+\.[a-z_]+)\s*\|[^|]*\|\s*(S?)\s*\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def schema_columns(sql: str, dialect: str) -> tuple[list[tuple[str, str]], int]:
    """Every (table, column) declared by a CREATE TABLE; also the count of unparsed statements."""
    pairs: list[tuple[str, str]] = []
    unparsed = 0
    for stmt in sqlglot.parse(sql, read=dialect, error_level=sqlglot.ErrorLevel.IGNORE):
        if stmt is None:
            continue
        if isinstance(stmt, exp.Command):
            unparsed += 1
            continue
        if isinstance(stmt, exp.Create) and stmt.kind == "TABLE":
            table = stmt.find(exp.Table)
            if table is None:
                continue
            pairs.extend((table.name, col.name) for col in stmt.find_all(exp.ColumnDef))
    return pairs, unparsed


def main() -> int:
    name, dialect = sys.argv[1], sys.argv[2]
    pairs, unparsed = schema_columns((HERE / f"{name}.sql").read_text(encoding="utf-8"), dialect)
    have = set(pairs)
    tables = {t for t, _ in pairs}
    print(f"{name}: {len(tables)} tables, {len(pairs)} columns, unparsed statements {unparsed}")
    if len(have) != len(pairs):
        print("warning: duplicate (table, column) pairs")
    ids = taxonomy_ids()
    errors = 0
    pos = sens = qrows = qpos = 0
    seen: set[tuple[str, str]] = set()
    for row in csv.DictReader((HERE / f"{name}.labels.csv").open(encoding="utf-8")):
        key = (row["table"], row["column"])
        if key not in have:
            print("not in SQL:", key)
            errors += 1
        if key in seen:
            print("labelled twice:", key)
            errors += 1
        seen.add(key)
        cats = [c for c in row["categories"].split(";") if c]
        for c in cats:
            if c not in ids:
                print("unknown id:", c, key)
                errors += 1
        want = "1" if any(ids.get(c, False) for c in cats) else "0"
        if row["sensitive"] != want:
            print("sensitive flag wrong:", key, row["sensitive"], "want", want)
            errors += 1
        is_q = "?" in row["note"]
        if not cats and not is_q and not row["note"].startswith("negative"):
            print("empty categories without a negative note:", key)
            errors += 1
        qrows += is_q
        if cats:
            pos += 1
            qpos += is_q
            sens += want == "1" and not is_q
    print(
        f"positives {pos} (with ? {qpos}); scored positives {pos - qpos}, of which sensitive {sens}; "
        f"rows with ? {qrows}"
    )
    nlinked = 0
    for row in csv.DictReader((HERE / f"{name}.linked.csv").open(encoding="utf-8")):
        nlinked += 1
        if (row["table"], row["column"]) not in have:
            print("linked column not in SQL:", row["table"], row["column"])
            errors += 1
        if row["points_to_table"] not in tables:
            print("linked target not in SQL:", row["points_to_table"])
            errors += 1
        if (row["table"], row["column"]) in seen:
            print("linked column also labelled:", row["table"], row["column"])
    print(f"linked {nlinked}; errors {errors}")
    if "--list" in sys.argv:
        for t, c in pairs:
            print(f"{t},{c}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
