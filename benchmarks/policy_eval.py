"""Privacy-notice extraction against hand labels, and the draft inventory's coverage.

    python benchmarks/policy_eval.py [benchmarks/policies]

1. Categories and named recipients of every excerpt in benchmarks/policies (labels.yaml,
   written before the extractor ran on them), precision/recall/F1 micro-averaged over
   policies, per split and overall, for privflow's extractor and for a plain keyword matcher
   (every lexicon term and vendor alias found anywhere in the text: no tokens, no context, no
   negation). Splits: dev (seen while the lexicon was written), test (first read after it;
   one structural change followed its first score), holdout (fetched and labelled after the
   extractor was frozen; the figure that stands for unseen policies). `-v` lists every miss.
2. The draft inventory privflow writes from the seed policy the shipped example was modelled on
   (`--seed`, default ../shared/seed/privacy-policy-zh.txt when present) against the shipped
   example's inventory: the share of its categories and of its recipients the draft covers.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

from privflow.policy import extract
from privflow.policy.catalogue import lexicon, vendors

ROOT = Path(__file__).resolve().parent
SPLITS = ("holdout", "test", "dev")
DEFAULT_SEED = ROOT.parent.parent.parent / "shared" / "seed" / "privacy-policy-zh.txt"


def keyword_baseline(text: str) -> tuple[set[str], set[str]]:
    """Every lexicon term and vendor alias as a plain case-insensitive substring."""
    lowered = text.lower()
    categories = {cid for cid, terms in lexicon()["categories"].items()
                  for term in terms.get("zh", []) + terms.get("en", [])
                  if str(term).lower() in lowered}
    recipients = {v.id for v in vendors().values()
                  for alias in v.aliases if alias.lower() in lowered}
    return categories, recipients


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, found: set[str], gold: set[str]) -> None:
        self.tp += len(found & gold)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    def row(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def evaluate(folder: Path, verbose: bool, per_policy: bool = False) -> None:
    labels = yaml.safe_load((folder / "labels.yaml").read_text("utf-8"))["policies"]
    scores: dict[tuple[str, str, str], Score] = {}
    started = time.perf_counter()
    for name, gold in labels.items():
        path = folder / f"{name}.txt"
        text = path.read_text("utf-8")
        result = extract([str(path)])
        systems = {"privflow": (result.category_ids(), result.vendor_ids()),
                   "keywords": keyword_baseline(text)}
        for system, (cats, recs) in systems.items():
            for split in (gold["split"], "all"):
                scores.setdefault((system, "categories", split), Score()).add(
                    cats, set(gold["categories"]))
                scores.setdefault((system, "recipients", split), Score()).add(
                    recs, set(gold["recipients"]))
            if per_policy and system == "privflow":
                cat_score, rec_score = Score(), Score()
                cat_score.add(cats, set(gold["categories"]))
                rec_score.add(recs, set(gold["recipients"]))
                print(f"  {name:22} categories {cat_score.row()}\n"
                      f"  {'':22} recipients {rec_score.row()}")
            if verbose and system == "privflow":
                extra = cats - set(gold["categories"])
                missed = set(gold["categories"]) - cats
                rx, rm = recs - set(gold["recipients"]), set(gold["recipients"]) - recs
                if extra or missed or rx or rm:
                    print(f"  {name}: +{sorted(extra)} -{sorted(missed)} "
                          f"rec +{sorted(rx)} -{sorted(rm)}")
    elapsed = time.perf_counter() - started
    splits = {s: sum(1 for g in labels.values() if g["split"] == s) for s in SPLITS}
    print(f"{len(labels)} policies ({', '.join(f'{n} {s}' for s, n in splits.items())}); "
          f"{elapsed:.1f} s")
    for split in (*SPLITS, "all"):
        print(f"\n[{split}]")
        for what in ("categories", "recipients"):
            for system in ("privflow", "keywords"):
                print(f"  {what:10} {system:8} {scores[(system, what, split)].row()}")


def coverage(seed: Path, inventory_dir: str) -> None:
    from privflow.inventory.loader import load_inventory
    from privflow.policy.draft import draft_activities, draft_recipients
    from privflow.policy.gaps import recipient_vendor
    from privflow.policy.roles import role_function, role_of

    inventory = load_inventory(inventory_dir)
    extraction = extract([str(seed)])
    drafted_categories = {c for a in draft_activities(extraction) for c in a["categories"]}
    drafted = draft_recipients(extraction)
    named = {r["id"] for r in drafted if not r["id"].startswith("role_")}
    roles = {r["id"][len("role_"):] for r in drafted if r["id"].startswith("role_")}
    wanted_categories = {c for a in inventory.activities for c in a.categories} | \
        {c for r in inventory.recipients for c in r.categories}
    covered = wanted_categories & drafted_categories
    print(f"\nseed policy draft vs the shipped example ({inventory_dir}):")
    print(f"  categories  {len(covered)}/{len(wanted_categories)} = "
          f"{len(covered) / len(wanted_categories):.1%}  missing: "
          f"{', '.join(sorted(wanted_categories - drafted_categories)) or '-'}")
    by_name = by_role = 0
    missing = []
    filled = {vendors()[v].function for v in named}
    for recipient in inventory.recipients:
        vendor = recipient_vendor(recipient)
        role = role_of(recipient)
        if vendor in named:
            by_name += 1
        elif role in roles or (role and role_function(role) in filled):
            by_role += 1
        else:
            missing.append(recipient.id)
    total = len(inventory.recipients)
    print(f"  recipients  named {by_name}/{total} = {by_name / total:.1%}; named or by role "
          f"{by_name + by_role}/{total} = {(by_name + by_role) / total:.1%}  missing: "
          f"{', '.join(missing) or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "policies"))
    parser.add_argument("--seed", default=str(DEFAULT_SEED))
    parser.add_argument("--inventory", default=str(ROOT.parent / "inventory"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--per-policy", action="store_true",
                        help="precision/recall/F1 of each policy too")
    args = parser.parse_args()
    evaluate(Path(args.folder), args.verbose, args.per_policy)
    if Path(args.seed).is_file():
        coverage(Path(args.seed), args.inventory)
    else:
        print(f"\n(no seed policy at {args.seed}: coverage not measured)", file=sys.stderr)


if __name__ == "__main__":
    main()
