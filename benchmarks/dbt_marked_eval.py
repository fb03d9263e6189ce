"""How privflow does on dbt projects whose owners mark their personal columns (issue 14).

Usage: python benchmarks/dbt_marked_eval.py PROJECT [PROJECT ...] [--show 20]

For each dbt project folder (not modified: it is copied first):

1. every column its YAML marks as personal (`meta: {sensitive: true}`, `pii`, `contains_pii`,
   `masking_policy`, ... or a `pii`/`sensitive` tag) is noted, then the marks are stripped from
   the copy, so that privflow has to find those columns on its own;
2. `privflow scan` runs on the stripped copy (no inventory);
3. it prints the two figures of the issue:
   - marked recall: % of the owner-marked columns that privflow tags (target >= 80%);
   - flag/count share: % of tagged columns that are flags or counts (named `is_*`, `has_*`,
     `*_count`, `count_*`, `num_*`, `*_flag`, or typed boolean) and still carry a person's
     category (target <= 2%).

The eval's notion of a flag or count is its own (a fixed pattern here), not privflow's rule
table, so that the figure cannot agree with privflow by construction.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from privflow.pipeline import ScanOptions, run_scan

MARK_KEYS = {"sensitive", "pii", "contains_pii", "is_pii", "personal_data", "masking_policy",
             "is_sensitive", "gdpr", "sensitivity"}
MARK_TAGS = {"pii", "sensitive", "contains_pii", "personal_data", "gdpr", "masking_policy"}
FLAG_OR_COUNT = re.compile(r"^(is|has|was|can|should|did|does)_|_(count|cnt|flag)$|^(count|num|n)_"
                           r"|_(count|flag)_")
BOOLEAN = re.compile(r"^bool", re.IGNORECASE)


def _marked(column: dict) -> bool:
    metas = [column.get("meta")]
    if isinstance(column.get("config"), dict):
        metas.append(column["config"].get("meta"))
    metas.append(column.get("databricks_tags"))
    for meta in metas:
        if isinstance(meta, dict) and any(
                k in MARK_KEYS and v not in (False, None, "false", "public") for k, v in
                meta.items()):
            return True
    tags = column.get("tags") if isinstance(column.get("tags"), list) else []
    policy = column.get("policy_tags") if isinstance(column.get("policy_tags"), list) else []
    return any(str(t).lower() in MARK_TAGS for t in tags) or any(
        "pii" in str(t).lower() and "non_pii" not in str(t).lower() for t in policy)


def _strip(column: dict) -> None:
    for holder in (column, column.get("config") if isinstance(column.get("config"), dict)
                   else {}):
        meta = holder.get("meta")
        if isinstance(meta, dict):
            for key in list(meta):
                if key in MARK_KEYS:
                    del meta[key]
        tags = holder.get("tags")
        if isinstance(tags, list):
            holder["tags"] = [t for t in tags if str(t).lower() not in MARK_TAGS]
        holder.pop("policy_tags", None)
        for key in ("databricks_tags",):
            holder.pop(key, None)


def _entries(data: Any) -> list[tuple[str, dict]]:
    """(relation name, entry) of the models and source tables of one properties file."""
    found: list[tuple[str, dict]] = []
    if not isinstance(data, dict):
        return found
    for entry in data.get("models") or []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            found.append((entry["name"].lower(), entry))
    for source in data.get("sources") or []:
        if not isinstance(source, dict):
            continue
        for table in source.get("tables") or []:
            if isinstance(table, dict) and isinstance(table.get("name"), str):
                name = table.get("identifier") or table["name"]
                found.append((str(name).lower(), table))
    return found


def strip_project(root: Path) -> set[tuple[str, str]]:
    """Strip the owners' marks in place; the (relation, column) pairs that were marked."""
    marked: set[tuple[str, str]] = set()
    for path in sorted(root.rglob("*.y*ml")):
        if "dbt_packages" in path.parts or path.name == "dbt_project.yml":
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
        changed = False
        for relation, entry in _entries(data):
            for column in entry.get("columns") or []:
                if isinstance(column, dict) and isinstance(column.get("name"), str) \
                        and _marked(column):
                    marked.add((relation, column["name"].lower()))
                    _strip(column)
                    changed = True
        if changed:
            path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                            encoding="utf-8")
    return marked


def evaluate(project: Path, show: int) -> tuple[int, int, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / project.name
        shutil.copytree(project, copy, symlinks=True)
        marked = strip_project(copy)
        empty = Path(tmp) / "no-inventory"
        empty.mkdir()
        result = run_scan(ScanOptions(paths=[str(copy)], inventory_dir=str(empty)))
    by_name: dict[str, list] = {}
    for table in result.schema.tables.values():
        by_name.setdefault(table.name.lower(), []).append(table)
    found = hit = 0
    misses: list[str] = []
    for relation, name in sorted(marked):
        columns = [t.column(name) for t in by_name.get(relation, []) if t.column(name)]
        if not columns:
            misses.append(f"{relation}.{name} (not in the scan)")
            continue
        found += 1
        if any(c.categories for c in columns):
            hit += 1
        else:
            misses.append(f"{relation}.{name}")
    tagged = [(t, c) for t in result.schema.tables.values() for c in t.columns.values()
              if c.categories]
    flags = [(t, c) for t, c in tagged
             if FLAG_OR_COUNT.search(c.name.lower()) or BOOLEAN.match(c.type or "")]
    print(f"{project}: {len(marked)} owner-marked columns ({found} in the scan), "
          f"{len(tagged)} tagged columns, {len(result.schema.skipped)} skipped entries")
    print(f"  marked recall: {hit}/{len(marked)} = {100 * hit / max(1, len(marked)):.1f}%"
          f" (of those in the scan: {100 * hit / max(1, found):.1f}%)")
    print(f"  flags/counts carrying a category: {len(flags)}/{len(tagged)} = "
          f"{100 * len(flags) / max(1, len(tagged)):.1f}%")
    for miss in misses[:show]:
        print(f"    missed: {miss}")
    for table, column in flags[:show]:
        print(f"    flag/count: {table.id}.{column.name} {column.categories}")
    return len(marked), hit, len(tagged), len(flags)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=10, help="misses and flags to list")
    args = parser.parse_args()
    totals = [0, 0, 0, 0]
    for project in args.projects:
        for i, value in enumerate(evaluate(project, args.show)):
            totals[i] += value
    marked, hit, tagged, flags = totals
    print(f"ALL: marked recall {100 * hit / max(1, marked):.1f}% ({hit}/{marked}), "
          f"flags/counts among tagged {100 * flags / max(1, tagged):.1f}% ({flags}/{tagged})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
