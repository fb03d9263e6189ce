"""The extraction as JSON (docs/policy.md) and as a table for people."""

from __future__ import annotations

from privflow import __version__
from privflow.policy.extract import PolicyExtraction
from privflow.sanitize import json_text, terminal_text

SCHEMA_VERSION = 1


def policy_json(extraction: PolicyExtraction) -> str:
    return json_text({"privflow": __version__, "schema": SCHEMA_VERSION,
                      **extraction.to_json()})


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def policy_table(extraction: PolicyExtraction) -> str:
    """Plain-text tables: categories, recipients, then the statements."""
    lines = [f"notice: {', '.join(extraction.files)}", "",
             "CATEGORIES DECLARED AS COLLECTED"]
    for item in extraction.categories:
        flag = "S" if item.sensitive else " "
        cond = "if" if item.conditional else "  "
        first = item.evidence[0]
        lines.append(f"  {flag} {cond} {item.category:28} {_short('、'.join(item.terms), 30):30} "
                     f"{first.location}  {_short(first.sentence, 50)}")
    if extraction.negated:
        lines += ["", "SAID NOT TO BE COLLECTED"]
        for item in extraction.negated:
            lines.append(f"     {item.category:28} {item.evidence[0].location}  "
                         f"{_short(item.evidence[0].sentence, 60)}")
    lines += ["", "RECIPIENTS"]
    for rec in extraction.recipients:
        lines.append(f"  {rec.vendor:18} {rec.kind:9} {_short(rec.name, 24):24} "
                     f"{_short(', '.join(rec.categories), 40):40} {rec.evidence[0].location}")
    for title, items, show in (
        ("RETENTION", extraction.retention,
         lambda f: f"{' '.join(f['periods']) or 'minimum necessary'} {' '.join(f['triggers'])}"),
        ("CROSS-BORDER", extraction.cross_border,
         lambda f: ("domestic only" if f["domestic_only"] else
                    f"to {', '.join(f['destinations']) or '?'} by "
                    f"{', '.join(f['mechanisms']) or '?'}")),
        ("MINORS", extraction.minors, lambda f: f"under {', '.join(map(str, f['ages'])) or '?'}"),
        ("CONTACT", extraction.contacts,
         lambda f: ("DPO " if f["dpo"] else "") + " ".join(f["emails"] + f["phones"])),
        ("UPDATED", extraction.updated, lambda f: f["date"]),
        ("PURPOSES", extraction.purposes,
         lambda f: f"[{_short(f['business_function'] or '-', 20)}] {', '.join(f['categories'])}"),
    ):
        lines += ["", title]
        for statement in items:
            lines.append(f"  {_short(show(statement.fields), 40):40} "
                         f"{statement.evidence.location}  "
                         f"{_short(statement.evidence.sentence, 60)}")
    return terminal_text("\n".join(lines)) + "\n"
