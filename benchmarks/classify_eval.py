"""Score the classifier on a labelled corpus (default /work/shared/corpus/dev).

For each `<name>.sql` with a `<name>.labels.csv`: scan it through the real scan path
(`privflow.sources.load_paths` + `classify_schema`) and compare every column with the labels.
A row with categories is positive; a row without, and every unlisted column, is negative; a row
whose note contains `?` is excluded. `<name>.linked.csv` scores `linked_to`.

Prints per file and overall: PI precision/recall/F1, sensitive precision/recall, category
accuracy on true positives (exact set match), linked_to precision/recall, the worst 20 errors,
and ends with the overall summary lines.

The fact model (classify/facts.py) is fitted on labels, so each file is scored twice:
- leave-one-schema-out (LOSO): with weights fitted on every other labelled schema of the
  corpus folders given, never on this one: the honest figure, the one to report;
- in-sample: with weights fitted on all of them (what `fit_facts.py` ships).
`--shipped` scores with the weights file the package ships instead (for a held-out folder).
`benchmarks/heldout` was tuned on by earlier work: it is dev data now, not held-out.

    python benchmarks/classify_eval.py [CORPUS_DIR ...] [--errors N] [--shipped]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from privflow.classify import classify_schema
from privflow.classify.facts import FactModel, use_model
from privflow.classify.fit import fit_logistic
from privflow.lineage import build_flows, propagate
from privflow.schema import Schema

DEFAULT_CORPUS = Path("/work/shared/corpus/dev")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_facts import DIALECTS, examples_of, load  # noqa: E402


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    s_tp: int = 0
    s_fp: int = 0
    s_fn: int = 0
    cat_ok: int = 0
    link_tp: int = 0
    link_fp: int = 0
    link_fn: int = 0
    excluded: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("tp", "fp", "fn", "tn", "s_tp", "s_fp", "s_fn", "cat_ok", "link_tp",
                     "link_fp", "link_fn", "excluded"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(counts: Counts) -> list[str]:
    p = ratio(counts.tp, counts.tp + counts.fp)
    r = ratio(counts.tp, counts.tp + counts.fn)
    sp = ratio(counts.s_tp, counts.s_tp + counts.s_fp)
    sr = ratio(counts.s_tp, counts.s_tp + counts.s_fn)
    acc = ratio(counts.cat_ok, counts.tp)
    lp = ratio(counts.link_tp, counts.link_tp + counts.link_fp)
    lr = ratio(counts.link_tp, counts.link_tp + counts.link_fn)
    return [
        f"PI precision {p:.3f} recall {r:.3f} F1 {f1(p, r):.3f} "
        f"(tp {counts.tp} fp {counts.fp} fn {counts.fn}, excluded {counts.excluded})",
        f"sensitive precision {sp:.3f} recall {sr:.3f} "
        f"(tp {counts.s_tp} fp {counts.s_fp} fn {counts.s_fn}); "
        f"category accuracy on TP {acc:.3f}",
        f"linked_to precision {lp:.3f} recall {lr:.3f} "
        f"(tp {counts.link_tp} fp {counts.link_fp} fn {counts.link_fn})",
    ]


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def score_file(sql: Path) -> tuple[Counts, Schema]:
    schema = load(sql)
    classify_schema(schema)
    # Links as a scan makes them: a view's key copied from a linked column is linked too
    # (lineage.propagate). The labels score the classifier's categories, so those are the
    # ones it gave, not the ones views inherit.
    own = {(t.id, c.name): (c.categories, c.sensitive) for t in schema.tables.values()
           for c in t.columns.values()}
    flows, _ = build_flows(schema, [])
    propagate(schema, flows)
    for table in schema.tables.values():
        for column in table.columns.values():
            column.categories, column.sensitive = own.get((table.id, column.name), ([], False))
    counts = Counts()
    labels: dict[tuple[str, str], dict[str, str]] = {}
    for row in read_csv(sql.with_suffix("").with_suffix(".labels.csv")):
        table = schema.find(row["table"])
        key = (table.id if table else row["table"].lower(), row["column"].lower())
        labels[key] = row
    seen: set[tuple[str, str]] = set()
    for table in schema.tables.values():
        for column in table.columns.values():
            key = (table.id, column.name.lower())
            seen.add(key)
            row = labels.get(key)
            if row is not None and "?" in (row.get("note") or ""):
                counts.excluded += 1
                continue
            truth = sorted(c for c in (row["categories"] if row else "").split(";") if c)
            truth_s = bool(row and row.get("sensitive") == "1")
            got = sorted(column.categories)
            where = f"{sql.stem}:{table.id}.{column.name}"
            if truth and got:
                counts.tp += 1
                if truth == got:
                    counts.cat_ok += 1
                else:
                    counts.errors.append((1, f"category {where}: want {';'.join(truth)} "
                                             f"got {';'.join(got)} {column.evidence}"))
            elif got:
                counts.fp += 1
                counts.errors.append((2, f"FP {where}: got {';'.join(got)} "
                                         f"({column.confidence:.2f}) {column.evidence}"))
            elif truth:
                counts.fn += 1
                counts.errors.append((3 if truth_s else 2,
                                      f"FN {where}: want {';'.join(truth)} "
                                      f"[{column.type}] {column.comment or ''}"))
            else:
                counts.tn += 1
            if column.sensitive and truth_s:
                counts.s_tp += 1
            elif column.sensitive:
                counts.s_fp += 1
            elif truth_s:
                counts.s_fn += 1
    for key, row in labels.items():
        if key not in seen and row["categories"] and "?" not in (row.get("note") or ""):
            counts.fn += 1
            counts.s_fn += row.get("sensitive") == "1"
            counts.errors.append((3, f"FN {sql.stem}:{key[0]}.{key[1]}: column not in the scan"))
    links: dict[tuple[str, str], str] = {}
    for row in read_csv(sql.with_suffix("").with_suffix(".linked.csv")):
        table = schema.find(row["table"])
        target = schema.find(row["points_to_table"])
        links[(table.id if table else row["table"], row["column"].lower())] = (
            target.id if target else row["points_to_table"])
    for table in schema.tables.values():
        for column in table.columns.values():
            want = links.get((table.id, column.name.lower()))
            got_link = column.linked_to
            if got_link and want == got_link:
                counts.link_tp += 1
            else:
                if got_link:
                    counts.link_fp += 1
                    counts.errors.append((0, f"link FP {sql.stem}:{table.id}.{column.name} -> "
                                             f"{got_link} (want {want})"))
                if want:
                    counts.link_fn += 1
                    counts.errors.append((0, f"link FN {sql.stem}:{table.id}.{column.name} -> "
                                             f"{want}"))
    return counts, schema


def _report(title: str, files: list[Path], counts: dict[Path, Counts], errors: int) -> Counts:
    print(f"== {title}")
    total = Counts()
    for sql in files:
        lines = summary(counts[sql])
        print(f"{sql.name}: {lines[0]}")
        print(f"{' ' * (len(sql.name) + 2)}{lines[1]}")
        print(f"{' ' * (len(sql.name) + 2)}{lines[2]}")
        total.add(counts[sql])
    if errors:
        print(f"\nworst {errors} errors (sensitive misses first, then FP/FN, category, links):")
        for _, text in sorted(total.errors, key=lambda e: -e[0])[:errors]:
            print(f"  {text}")
    for line in summary(total):
        print(f"{title} {line}")
    print()
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--errors", type=int, default=20, help="how many worst errors to list")
    parser.add_argument("--shipped", action="store_true",
                        help="score with the shipped weights only (no refitting)")
    parser.add_argument("--dialect", action="append", default=[], metavar="STEM=DIALECT",
                        help="force a file's dialect when the scan's guess is wrong")
    args = parser.parse_args()
    DIALECTS.update(d.split("=", 1) for d in args.dialect)
    files = sorted(p for c in args.corpus for p in Path(c).glob("*.sql")
                   if p.with_suffix("").with_suffix(".labels.csv").exists())
    if not files:
        print(f"no labelled *.sql in {', '.join(args.corpus)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    if args.shipped:
        use_model(None)
        shipped = {sql: score_file(sql)[0] for sql in files}
        _report("SHIPPED", files, shipped, args.errors)
        print(f"{len(files)} files scanned and scored in {time.perf_counter() - started:.1f}s")
        return 0
    examples = {sql: examples_of(sql) for sql in files}
    loso: dict[Path, Counts] = {}
    for sql in files:
        train = [e for other, found in examples.items() if other != sql for e in found]
        use_model(FactModel(fit_logistic(train)))
        loso[sql] = score_file(sql)[0]
    use_model(FactModel(fit_logistic([e for found in examples.values() for e in found])))
    insample = {sql: score_file(sql)[0] for sql in files}
    use_model(None)
    _report("IN-SAMPLE", files, insample, 0)
    _report("LOSO", files, loso, args.errors)
    print(f"{len(files)} files scanned, fitted and scored in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
