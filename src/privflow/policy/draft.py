"""A draft inventory from a notice: activities.yaml and recipients.yaml for a DPO to complete.

One activity per section of the notice that declares categories, one recipient per named
vendor. What a notice cannot say (lawful basis, systems, contracts) is left as a TODO comment;
the files load with the strict inventory loader as they are.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

from privflow.errors import PrivflowError
from privflow.policy.catalogue import roles, vendors
from privflow.policy.extract import PolicyExtraction

_KIND = {"entrusted": "processor", "provided": "handler", "joint": "joint"}


def _slug(text: str, taken: set[str], fallback: str) -> str:
    ascii_part = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    base = ascii_part if ascii_part and ascii_part[0].isalpha() else fallback
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}_{n}", n + 1
    taken.add(slug)
    return slug


def draft_activities(extraction: PolicyExtraction) -> list[dict[str, Any]]:
    sections: dict[str, dict[str, Any]] = {}
    for item in extraction.categories:
        if item.category.startswith("unmapped:"):
            continue
        for evidence in item.evidence:
            section = sections.setdefault(evidence.section or "", {
                "categories": [], "recipients": [], "evidence": evidence, "purpose": None})
            if item.category not in section["categories"]:
                section["categories"].append(item.category)
    for purpose in extraction.purposes:
        section = sections.get(purpose.fields["business_function"] or "")
        if section is not None and section["purpose"] is None:
            section["purpose"] = purpose.fields["purpose"]
    for recipient in extraction.recipients:
        for evidence in recipient.evidence:
            section = sections.get(evidence.section or "")
            if section is not None and recipient.vendor not in section["recipients"]:
                section["recipients"].append(recipient.vendor)
    taken: set[str] = set()
    activities = []
    for number, (name, section) in enumerate(sections.items(), start=1):
        evidence = section["evidence"]
        activity: dict[str, Any] = {
            "id": _slug("", taken, f"activity_{number}"),
            "name": name or "TODO: 处理活动名称 (name of the activity)",
            "purpose": section["purpose"] or "TODO: 处理目的 (purpose)",
            "categories": section["categories"],
            "notice_ref": f"{evidence.location} {evidence.sentence[:60]}",
        }
        if section["recipients"]:
            activity["recipients"] = section["recipients"]
        activities.append(activity)
    return activities


def draft_recipients(extraction: PolicyExtraction) -> list[dict[str, Any]]:
    catalogue = vendors()
    drafted = []
    for recipient in extraction.recipients:
        vendor = catalogue[recipient.vendor]
        entry: dict[str, Any] = {
            "id": recipient.vendor,
            "name": vendor.name,
            "name_en": vendor.name_en,
            "kind": "sdk" if vendor.kind == "sdk" else _KIND[recipient.kind],
            "transfer_type": recipient.kind,
            "country": vendor.country,
            "purpose": f"TODO: {vendor.function} (notice: {recipient.evidence[0].location})",
        }
        if recipient.categories:
            entry["categories"] = recipient.categories
        drafted.append(entry)
    filled = {catalogue[r.vendor].function for r in extraction.recipients}
    for statement in extraction.roles:
        role = roles()[statement.fields["role"]]
        if role.function in filled:
            continue
        filled.add(role.function)
        drafted.append({
            "id": f"role_{role.id}",
            "name": f"TODO: {role.zh} (the notice names it only by role: "
                    f"{statement.fields['term']})",
            "name_en": f"TODO: {role.en}",
            "kind": role.kind,
            "transfer_type": "unknown" if role.kind != "processor" else "entrusted",
            "purpose": f"TODO: {role.function} (notice: {statement.evidence.location})",
        })
    return drafted


HEADER = ("# Draft written by `privflow policy --draft-inventory` from {files}.\n"
          "# Complete every TODO: lawful_basis, systems (the tables that hold the data),\n"
          "# retention, contracts. Format reference: docs/inventory-format.md\n")


def write_draft(extraction: PolicyExtraction, directory: str) -> list[Path]:
    out = Path(directory)
    if out.exists() and not out.is_dir():
        raise PrivflowError("is not a folder", path=directory)
    out.mkdir(parents=True, exist_ok=True)
    header = HEADER.format(files=", ".join(extraction.files))
    written = []
    for name, key, items in (("activities.yaml", "activities", draft_activities(extraction)),
                             ("recipients.yaml", "recipients", draft_recipients(extraction))):
        path = out / name
        body = yaml.safe_dump({key: items}, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(header + body, encoding="utf-8")
        written.append(path)
    privflow = out / "privflow.yaml"
    if not privflow.exists():
        privflow.write_text(header + "version: 1\norganisation:\n  name: \"TODO: 组织名称\"\n"
                            f"policies: {[os.path.relpath(f, out) for f in extraction.files]}\n"
                            "sources: []\n", encoding="utf-8")
        written.append(privflow)
    return written
