"""Fit the fact model (classify/facts.py) on labelled schemas and write its weights.

Every labelled `<name>.sql` of the corpus folders is scanned and classified with the fact model
off; the columns it would decide on (untagged columns of subject tables with a domain) become
examples, labelled positive when the labels give them any category. The fitted weights go to
`src/privflow/classify/data/fact_weights.json` (or `--out`).

    python benchmarks/fit_facts.py [CORPUS_DIR ...] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from privflow.classify import classify_schema
from privflow.classify.facts import FactModel, candidates, table_facts, use_model
from privflow.classify.fit import fit_logistic
from privflow.classify.run import schema_contexts
from privflow.sources import load_paths

DEFAULT_CORPUS = Path("/work/shared/corpus/dev")
WEIGHTS = Path(__file__).resolve().parent.parent / "src/privflow/classify/data/fact_weights.json"

Example = tuple[tuple[str, ...], int]
# Dialects forced per file stem (`--dialect mimic3=postgres`), for files whose guess is wrong.
DIALECTS: dict[str, str] = {}


def load(sql: Path):  # type: ignore[no-untyped-def]
    return load_paths([str(sql)], dialect=DIALECTS.get(sql.stem))


def labelled_files(folders: list[Path]) -> list[Path]:
    return sorted(p for folder in folders for p in folder.glob("*.sql")
                  if p.with_suffix("").with_suffix(".labels.csv").exists())


def examples_of(sql: Path) -> list[Example]:
    """The fact model's examples in one labelled schema (the model off while they are made)."""
    use_model(FactModel({}))
    try:
        schema = load(sql)
        classify_schema(schema)
        contexts, resolver = schema_contexts(schema)
        facts = table_facts(schema, contexts, resolver.people_ids, natural=resolver.natural)
    finally:
        use_model(None)
    labels: dict[tuple[str, str], dict[str, str]] = {}
    with sql.with_suffix("").with_suffix(".labels.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            table = schema.find(row["table"])
            labels[(table.id if table else row["table"].lower(), row["column"].lower())] = row
    out: list[Example] = []
    for cand in candidates(schema, facts):
        row = labels.get((cand.table.id, cand.column.name.lower()))
        if row is not None and "?" in (row.get("note") or ""):
            continue
        out.append((cand.features, int(bool(row and row["categories"]))))
    return out


def write_weights(weights: dict[str, float], path: Path, trained_on: list[str]) -> None:
    path.write_text(json.dumps({
        "about": "fact model of privflow.classify.facts; written by benchmarks/fit_facts.py",
        "trained_on": trained_on,
        "weights": dict(sorted(weights.items())),
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--out", default=str(WEIGHTS))
    parser.add_argument("--dialect", action="append", default=[], metavar="STEM=DIALECT",
                        help="force a file's dialect when the guess is wrong")
    args = parser.parse_args()
    DIALECTS.update(d.split("=", 1) for d in args.dialect)
    files = labelled_files([Path(c) for c in args.corpus])
    if not files:
        print("no labelled *.sql found", file=sys.stderr)
        return 2
    examples: list[Example] = []
    for sql in files:
        found = examples_of(sql)
        print(f"{sql.name}: {len(found)} examples, {sum(y for _, y in found)} positive")
        examples.extend(found)
    weights = fit_logistic(examples)
    write_weights(weights, Path(args.out), [f.stem for f in files])
    print(f"{len(weights)} weights written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
