"""`privflow init`: a first inventory drafted from a scan, for the DPO to complete.

One activity per discovered system (the tables of one schema, or of one source file when the
tables are not qualified), with the categories the scan found in it; every decision the code
cannot show (purpose, lawful basis, retention, recipients' legal entities) is a `TODO` marker.
The draft loads with the strict loader as it is, so `privflow report` runs on it at once.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

import yaml

from privflow.schema import ScanResult, Table

TODO = "TODO"


def _q(value: str) -> str:
    """One YAML scalar, quoted when needed (scanned names may hold anything)."""
    return yaml.safe_dump(value, allow_unicode=True, default_style=None,
                          width=10_000).strip().removesuffix("...").strip()


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_")
    if not slug or not slug[0].isalpha():
        slug = f"system_{slug}" if slug else "system"
    return slug


def _system_of(table: Table) -> str:
    if "." in table.id:
        return table.id.rsplit(".", 1)[0]
    source = (table.source or "").rsplit(":", 1)[0]
    return Path(source).stem if source else "tables"


def draft_inventory(result: ScanResult, paths: list[str], out_dir: str) -> dict[str, str]:
    """File name -> text of privflow.yaml, activities.yaml, recipients.yaml."""
    systems: dict[str, list[Table]] = defaultdict(list)
    for table in result.schema.tables.values():
        if any(c.categories for c in table.columns.values()):
            systems[_system_of(table)].append(table)
    sources = [os.path.relpath(os.path.abspath(p), os.path.abspath(out_dir)) for p in paths]
    privflow = [
        "# privflow inventory drafted by `privflow init` from a scan. Every TODO is for the DPO.",
        "# Format: docs/inventory-format.md in the privflow repository.",
        "version: 1",
        "organisation:",
        f"  name: {_q(TODO + ': legal name of the organisation')}",
        f"  # country: {TODO}  (ISO 3166-1 alpha-2 of the establishment, e.g. CN, DE)",
        f"  jurisdictions: [PIPL, GDPR]  # {TODO}: keep the laws that apply",
        "  contact:",
        f"    email: {_q(TODO + ': contact e-mail')}",
        "  dpo:",
        f"    name: {_q(TODO + ': data protection officer')}",
        "sources:",
    ]
    privflow += [f"  - {_q(s)}" for s in sources] or ["  - ."]
    activities = ["# One activity per discovered system: name it, state its purpose, lawful",
                  "# basis and retention, and split or merge activities as the business does.",
                  "activities:"]
    used_ids: set[str] = set()
    reached: dict[str, set[str]] = defaultdict(set)
    for flow in result.flows:
        if flow.target.startswith("recipient:"):
            reached[flow.source.rsplit(".", 1)[0]].add(flow.target[len("recipient:"):])
    for system, tables in sorted(systems.items()):
        activity_id = _slug(system)
        while activity_id in used_ids:
            activity_id += "_x"
        used_ids.add(activity_id)
        categories = sorted({c for t in tables for col in t.columns.values()
                             for c in col.categories})
        globs = [f"{system}.*"] if "." in tables[0].id else sorted(t.id for t in tables)
        activities += [
            f"  - id: {activity_id}",
            f"    name: {_q(f'{TODO}: name of the processing in {system}')}",
            f"    purpose: {_q(TODO + ': why this data is processed')}",
            f"    # lawful_basis: {TODO}  (PIPL Art. 13: consent, contract, legal_duty ...)",
            f"    # gdpr_art6_basis: {TODO}  (a-f)",
            "    categories:  # found by the scan: keep what the activity really uses",
        ]
        activities += [f"      - {c}" for c in categories]
        activities.append("    systems:")
        activities += [f"      - {_q(g)}" for g in globs]
        targets = sorted({r for t in tables for r in reached.get(t.id, set())})
        if targets:
            activities.append(f"    # {TODO}: data reaches {', '.join(targets)}; declare the "
                              "recipients in recipients.yaml and list their ids here")
        activities += [
            "    retention:",
            '      - category: "*"',
            f"        criteria: {_q(TODO + ': how long, and what happens then')}",
        ]
    if len(activities) == 3:
        activities[-1] = "activities: []"
    recipients = ["# Third parties that receive personal data. The scan saw these flows leave:"]
    targets = sorted({t for ts in reached.values() for t in ts})
    recipients += [f"#   {TODO}: {t}" for t in targets] or ["#   (none)"]
    recipients.append("recipients: []")
    return {"privflow.yaml": "\n".join(privflow) + "\n",
            "activities.yaml": "\n".join(activities) + "\n",
            "recipients.yaml": "\n".join(recipients) + "\n"}
