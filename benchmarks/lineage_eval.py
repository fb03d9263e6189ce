"""Lineage quality: edge precision/recall/F1 and exact-statement match over a labelled suite.

Usage: python benchmarks/lineage_eval.py [SUITE_DIR] [--verbose]

The suite (benchmarks/lineage_suite/*.yaml, format in its README) lists statements with the
column edges a reader expects, transforms included. Scored edges are (source table, source
column, target table, target column, transform) per statement; condition edges are not scored.
Also printed: F1 when transforms are ignored, and per-file numbers.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

from privflow.lineage import lineage_sql

SUITE = Path(__file__).parent / "lineage_suite"


def parse_edge(text: str) -> tuple:
    left, _, rest = text.partition("->")
    target, transform = rest.strip().rsplit(None, 1)

    def split(ref: str) -> tuple[str | None, str]:
        table, _, column = ref.strip().rpartition(".")
        return (None if table in ("?", "-") else table.lower()), column.lower()

    return (*split(left), *split(target), transform)


def predicted(case: dict) -> set[tuple]:
    doc = lineage_sql(case["sql"], dialect=case.get("dialect"), schema=case.get("schema"))
    return {(e["source_table"], e["source_column"], e["target_table"], e["target_column"],
             e["transform"]) for e in doc["edges"]}


def score(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", nargs="?", default=str(SUITE))
    parser.add_argument("--verbose", action="store_true", help="print every mismatch")
    args = parser.parse_args()

    totals = {"tp": 0, "fp": 0, "fn": 0, "tp_loose": 0, "fp_loose": 0, "fn_loose": 0}
    cases = exact = 0
    started = time.perf_counter()
    ids: set[str] = set()
    for path in sorted(Path(args.suite).glob("*.yaml")):
        per = {"tp": 0, "fp": 0, "fn": 0}
        file_cases = file_exact = 0
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if case["id"] in ids:
                print(f"duplicate case id {case['id']}", file=sys.stderr)
                return 2
            ids.add(case["id"])
            expected = {parse_edge(e) for e in case.get("edges") or []}
            got = predicted(case)
            tp, fp, fn = len(got & expected), len(got - expected), len(expected - got)
            loose_got = {e[:4] for e in got}
            loose_expected = {e[:4] for e in expected}
            totals["tp"] += tp
            totals["fp"] += fp
            totals["fn"] += fn
            totals["tp_loose"] += len(loose_got & loose_expected)
            totals["fp_loose"] += len(loose_got - loose_expected)
            totals["fn_loose"] += len(loose_expected - loose_got)
            per["tp"] += tp
            per["fp"] += fp
            per["fn"] += fn
            cases += 1
            file_cases += 1
            if got == expected:
                exact += 1
                file_exact += 1
            elif args.verbose:
                print(f"--- {case['id']} ({path.name})")
                for edge in sorted(expected - got, key=str):
                    print(f"  missing  {edge}")
                for edge in sorted(got - expected, key=str):
                    print(f"  extra    {edge}")
        p, r, f = score(per["tp"], per["fp"], per["fn"])
        share = file_exact / max(file_cases, 1)
        print(f"{path.name:28s} statements {file_cases:4d}  exact {share:6.1%}"
              f"  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    elapsed = time.perf_counter() - started
    p, r, f = score(totals["tp"], totals["fp"], totals["fn"])
    lp, lr, lf = score(totals["tp_loose"], totals["fp_loose"], totals["fn_loose"])
    print(f"statements: {cases}  edges expected: {totals['tp'] + totals['fn']}")
    print(f"edge precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (with transforms)")
    print(f"edge precision {lp:.3f}  recall {lr:.3f}  F1 {lf:.3f}  (ignoring transforms)")
    print(f"exact-statement match {exact}/{cases} = {exact / max(cases, 1):.1%}")
    print(f"time {elapsed:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
