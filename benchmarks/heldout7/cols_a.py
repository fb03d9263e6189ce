"""List and check the columns of the heldout7 (a) schemas with plain sqlglot.

Deliberately independent of privflow: the labels must come from the schemas, not from the tool.

    python cols_a.py list  <name>.sql [dialect]       -> table,column lines
    python cols_a.py check <name> [dialect]           -> verify <name>.labels.csv / .linked.csv
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


def columns(sql_path: Path, dialect: str) -> list[tuple[str, str]]:
    """(table, column) for every ColumnDef of every CREATE TABLE, names as written."""
    out: list[tuple[str, str]] = []
    for stmt in sqlglot.parse(sql_path.read_text(encoding="utf-8"), read=dialect):
        if not isinstance(stmt, exp.Create) or stmt.kind != "TABLE":
            continue
        table = stmt.find(exp.Table)
        assert table is not None
        for col in stmt.find_all(exp.ColumnDef):
            out.append((table.name, col.name))
    return out


def taxonomy() -> dict[str, bool]:
    """Category id -> is sensitive, read from the taxonomy table rows."""
    ids: dict[str, bool] = {}
    for line in TAXONOMY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([a-z_]+\.[a-z_]+)\s*\|[^|]*\|\s*(S?)\s*\|", line)
        if m:
            ids[m.group(1)] = m.group(2) == "S"
    return ids


def check(name: str, dialect: str) -> int:
    cols = columns(HERE / f"{name}.sql", dialect)
    known = {(t.lower(), c.lower()) for t, c in cols}
    tables = {t.lower() for t, _ in cols}
    ids = taxonomy()
    errors: list[str] = []
    pos = sens = unsure = 0
    with open(HERE / f"{name}.labels.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    seen: set[tuple[str, str]] = set()
    for i, row in enumerate(rows, start=2):
        key = (row["table"].lower(), row["column"].lower())
        if key not in known:
            errors.append(f"labels line {i}: {key} not in the SQL")
        if key in seen:
            errors.append(f"labels line {i}: {key} labelled twice")
        seen.add(key)
        cats = [c for c in row["categories"].split(";") if c]
        for c in cats:
            if c not in ids:
                errors.append(f"labels line {i}: unknown category {c}")
        want = "1" if any(ids.get(c, False) for c in cats) else "0"
        if cats and row["sensitive"] != want:
            errors.append(f"labels line {i}: sensitive should be {want}")
        if not cats and not row["note"].startswith("negative"):
            errors.append(f"labels line {i}: empty categories without a 'negative:' note")
        if "?" in row["note"]:
            unsure += 1
        elif cats:
            pos += 1
            sens += want == "1"
    linked = 0
    with open(HERE / f"{name}.linked.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            linked += 1
            key = (row["table"].lower(), row["column"].lower())
            if key not in known:
                errors.append(f"linked line {i}: {key} not in the SQL")
            if key in seen:
                errors.append(f"linked line {i}: {key} also labelled")
            if row["points_to_table"].lower() not in tables:
                errors.append(f"linked line {i}: target {row['points_to_table']} not in the SQL")
    for e in errors:
        print(e)
    print(
        f"{name}: tables={len(tables)} columns={len(cols)} positives={pos} "
        f"sensitive={sens} ?={unsure} linked={linked} errors={len(errors)}"
    )
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] not in {"list", "check"}:
        print(__doc__)
        return 2
    dialect = argv[3] if len(argv) > 3 else "mysql"
    if argv[1] == "list":
        for t, c in columns(Path(argv[2]), dialect):
            print(f"{t},{c}")
        return 0
    return check(argv[2], dialect)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
