"""List (table, column) of a held-out schema and check its label files.

Uses plain sqlglot only (no privflow), so the labels stay blind to the classifier.
Usage: python cols_a.py NAME DIALECT   (reads NAME.sql, NAME.labels.csv, NAME.linked.csv)
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


def taxonomy() -> dict[str, bool]:
    """Category id -> sensitive flag, read from the taxonomy table."""
    ids: dict[str, bool] = {}
    for line in TAXONOMY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([a-z]+\.[a-z_]+)\s*\|[^|]*\|\s*(S?)\s*\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def columns(sql: str, dialect: str) -> tuple[list[tuple[str, str]], int, int]:
    """Every (table, column) of CREATE TABLE statements; also statements parsed / failed."""
    out: list[tuple[str, str]] = []
    ok = failed = 0
    for stmt in sqlglot.parse(sql, read=dialect, error_level=sqlglot.ErrorLevel.IGNORE):
        if stmt is None:
            continue
        if isinstance(stmt, exp.Command):
            failed += 1
            # sqlglot gave up on this statement (e.g. `PRIMARY KEY (a, b DESC)`): read the
            # column lines of a CREATE TABLE by hand so its columns can still be labelled.
            text = stmt.sql(dialect=dialect)
            m = re.match(r"CREATE TABLE\s+`?(\w+)`?", text, re.I)
            if m:
                for line in text.splitlines()[1:]:
                    c = re.match(r"\s*`(\w+)`\s+\w", line)
                    if c:
                        out.append((m.group(1), c.group(1)))
            continue
        ok += 1
        if isinstance(stmt, exp.Create) and stmt.kind == "TABLE":
            table = stmt.find(exp.Table)
            assert table is not None
            for col in stmt.find_all(exp.ColumnDef):
                out.append((table.name, col.name))
    return out, ok, failed


def main() -> int:
    name, dialect = sys.argv[1], sys.argv[2]
    cols, ok, failed = columns((HERE / f"{name}.sql").read_text(encoding="utf-8"), dialect)
    have = set(cols)
    tables = {t for t, _ in cols}
    print(
        f"{name}: {len(tables)} tables, {len(cols)} columns; statements parsed {ok}, as Command {failed}"
    )
    if len(have) != len(cols):
        print("duplicate (table, column) pairs")
    ids = taxonomy()
    errors = 0
    labels = HERE / f"{name}.labels.csv"
    pos = sens = q = qpos = 0
    if labels.exists():
        seen: set[tuple[str, str]] = set()
        for row in csv.DictReader(labels.open(encoding="utf-8")):
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
            if cats and row["sensitive"] != want:
                print("sensitive flag wrong:", key, row["sensitive"], "want", want)
                errors += 1
            if not cats and not row["note"].startswith("negative") and "?" not in row["note"]:
                print("empty categories without a negative note:", key)
                errors += 1
            is_q = "?" in row["note"]
            q += is_q
            if cats:
                pos += 1
                qpos += is_q
                sens += want == "1" and not is_q
        print(
            f"labels: positives {pos} ({qpos} with ?), scored positives {pos - qpos} "
            f"(sensitive {sens}), rows with ? {q}"
        )
    linked = HERE / f"{name}.linked.csv"
    if linked.exists():
        n = 0
        for row in csv.DictReader(linked.open(encoding="utf-8")):
            n += 1
            if (row["table"], row["column"]) not in have:
                print("linked not in SQL:", row["table"], row["column"])
                errors += 1
            if row["points_to_table"] not in tables:
                print("linked target not in SQL:", row["points_to_table"])
        print(f"linked: {n}")
    if "--list" in sys.argv:
        for t, c in cols:
            print(f"{t},{c}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
