"""How much of a project's SQL schema its application code declares, and whether the columns
read from code are classified as the SQL's are (issue 18).

Given a folder of application code (ORM models, mapper XML …) and the project's own SQL schema
(a file or folder), it scans each alone — the code through `privflow.sources.code.scan_code`,
the SQL through `privflow.sources.load_paths` — classifies both with the same classifier, and
compares them on the tables both declare:

- table coverage: SQL tables that the code declares / SQL tables;
- column coverage: columns of those tables found in the code / their SQL columns;
- PI agreement on the shared columns, the SQL-based classification taken as the truth:
  precision, recall and F1 of "holds personal information", and exact category agreement.

    python benchmarks/code_sources_eval.py CODE_DIR SQL_PATH [--tables t1,t2] [--show N]

`--tables` restricts the comparison to some SQL tables (e.g. the ones a module owns).
"""

from __future__ import annotations

import argparse
import sys

from privflow.classify import classify_schema
from privflow.schema import Schema
from privflow.sources import load_paths
from privflow.sources.code import scan_code


def bare(table_id: str) -> str:
    return table_id.rsplit(".", 1)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("code")
    parser.add_argument("sql")
    parser.add_argument("--tables", help="comma-separated SQL table names to compare")
    parser.add_argument("--show", type=int, default=15, help="disagreements to list")
    args = parser.parse_args(argv)

    code = scan_code([args.code])
    code_schema: Schema = code.schema
    sql_schema = load_paths([args.sql], sample_rows=0)
    classify_schema(code_schema)
    classify_schema(sql_schema)

    wanted = {t.strip().lower() for t in args.tables.split(",")} if args.tables else None
    code_by_name = {bare(tid): t for tid, t in code_schema.tables.items()}
    sql_tables = [t for t in sql_schema.tables.values()
                  if t.kind == "table" and (wanted is None or bare(t.id) in wanted)]
    shared = [(t, code_by_name[bare(t.id)]) for t in sql_tables if bare(t.id) in code_by_name]

    sql_columns = found = 0
    tp = fp = fn = same = positives = 0
    missing: list[str] = []
    disagreements: list[str] = []
    for sql_table, code_table in shared:
        for name, sql_column in sql_table.columns.items():
            sql_columns += 1
            code_column = code_table.column(name)
            if code_column is None:
                missing.append(f"{sql_table.id}.{name}")
                continue
            found += 1
            truth, guess = bool(sql_column.categories), bool(code_column.categories)
            tp += truth and guess
            fp += guess and not truth
            fn += truth and not guess
            if truth:
                positives += 1
                same += set(sql_column.categories) == set(code_column.categories)
            if sql_column.categories != code_column.categories:
                disagreements.append(f"{sql_table.id}.{name}: sql {sql_column.categories} "
                                     f"code {code_column.categories}")

    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"code files read:   {code.files}")
    print(f"code tables:       {len(code_schema.tables)}")
    print(f"SQL tables:        {len(sql_tables)}")
    print(f"table coverage:    {len(shared)}/{len(sql_tables)} = "
          f"{len(shared) / len(sql_tables) if sql_tables else 0:.3f}")
    print(f"column coverage:   {found}/{sql_columns} = "
          f"{found / sql_columns if sql_columns else 0:.3f}")
    print(f"PI precision:      {precision:.3f}  (tp {tp}, fp {fp})")
    print(f"PI recall:         {recall:.3f}  (fn {fn})")
    print(f"PI F1:             {f1:.3f}")
    print(f"category agreement on SQL positives: {same}/{positives}")
    if missing:
        print(f"columns not in code ({len(missing)}): " + ", ".join(missing[: args.show]))
    for line in disagreements[: args.show]:
        print("  differs:", line)
    skipped = [s for s in code_schema.skipped]
    if skipped:
        print(f"skipped while reading code: {len(skipped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
