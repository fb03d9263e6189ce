"""Notice vs. practice: the privacy notice held against the scan and the inventory.

Both directions, each finding pointing at the notice sentence (file:line) and at the column
(table.column, file:line) or the inventory entry. The rules' wording, severity and legal
references are data (check/data/rules.yaml, `stage: notice`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from privflow.check.rules import fingerprint, render_message, rule_metadata
from privflow.classify.taxonomy import load_taxonomy
from privflow.inventory.model import Inventory, RecipientDeclaration
from privflow.policy.catalogue import vendor_matcher, vendors
from privflow.policy.extract import Evidence, PolicyExtraction
from privflow.schema import Finding, ScanResult

RECIPIENT_PREFIX = "recipient:"
_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$")


def duration_days(iso: str | None) -> float | None:
    match = _DURATION.match(iso or "")
    if not match or not any(match.groups()):
        return None
    y, m, w, d, h = (int(g) if g else 0 for g in match.groups())
    return y * 365 + m * 30 + w * 7 + d + h / 24


def _finding(rule: str, subject: str, location: str | None, **params: object) -> Finding:
    values = {k: str(v) for k, v in params.items()}
    message = render_message(rule, values, "en") or rule
    return Finding(rule=rule, severity=rule_metadata()[rule]["severity"], subject=subject,
                   message=message, location=location, fingerprint=fingerprint(rule, subject),
                   params=values)


def _where(evidence: Evidence) -> str:
    return evidence.location


def vendor_of(*names: str | None) -> str | None:
    """The catalogue vendor id a declared recipient is, from its id or its names."""
    catalogue = vendors()
    for name in names:
        if name and name in catalogue:
            return name
    for name in names:
        if not name:
            continue
        hits = vendor_matcher().hits(name)
        if hits:
            return hits[0].value
    return None


def recipient_vendor(recipient: RecipientDeclaration) -> str | None:
    return vendor_of(recipient.id, recipient.sdk_name, recipient.name_en, recipient.contact,
                     recipient.name)


@dataclass
class _Practice:
    """What the systems show: categories by column, recipients by id."""

    columns: dict[str, list[tuple[str, str | None]]]  # category -> [(table.column, path:line)]
    declared_categories: set[str]
    recipients: dict[str, tuple[str, str | None, str | None]]  # id -> (name, vendor, location)


def _practice(result: ScanResult, inventory: Inventory | None) -> _Practice:
    columns: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for table in result.schema.tables.values():
        for column in table.columns.values():
            for category in column.categories:
                columns[category].append((f"{table.id}.{column.name}",
                                          column.source or table.source))
    declared: set[str] = set()
    recipients: dict[str, tuple[str, str | None, str | None]] = {}
    if inventory is not None:
        for activity in inventory.activities:
            declared.update(activity.categories)
        for recipient in inventory.recipients:
            declared.update(recipient.categories)
            recipients[recipient.id] = (recipient.name, recipient_vendor(recipient),
                                        recipient.declared_in)
    for flow in result.flows:
        if flow.target.startswith(RECIPIENT_PREFIX):
            rid = flow.target[len(RECIPIENT_PREFIX):]
            if rid not in recipients:
                recipients[rid] = (rid, vendor_of(rid), flow.via)
    return _Practice(dict(columns), declared, recipients)


def _named_in_text(extraction: PolicyExtraction, *names: str | None) -> bool:
    texts = extraction.texts.values()
    return any(name and len(name) >= 3 and any(name in text for text in texts)
               for name in names)


def notice_gaps(result: ScanResult, inventory: Inventory | None,
                extraction: PolicyExtraction) -> list[Finding]:
    """Every gap between the notice and the practice, in a stable order."""
    practice = _practice(result, inventory)
    taxonomy = load_taxonomy()
    notice = ", ".join(extraction.files)
    declared = extraction.category_ids()
    findings: list[Finding] = []

    # Collected in the data but not in the notice.
    for category, refs in sorted(practice.columns.items()):
        if category in declared:
            continue
        refs = sorted(refs)
        shown = ", ".join(r for r, _ in refs[:5]) + (f" and {len(refs) - 5} more"
                                                     if len(refs) > 5 else "")
        findings.append(_finding("notice-undisclosed-category", f"notice:collected:{category}",
                                 refs[0][1], category=category, columns=shown, notice=notice))

    # Declared in the notice but nowhere in the systems.
    for item in extraction.categories:
        cid = item.category
        if cid.startswith("unmapped:") or cid in practice.columns \
                or cid in practice.declared_categories:
            continue
        findings.append(_finding("notice-unbacked-category", f"notice:declared:{cid}",
                                 _where(item.evidence[0]), category=cid,
                                 notice=_where(item.evidence[0])))

    # Recipients in code, lineage or the inventory that the notice does not name.
    named = extraction.vendor_ids()
    matched_vendors: set[str] = set()
    for rid, (name, vendor, location) in sorted(practice.recipients.items()):
        if vendor:
            matched_vendors.add(vendor)
        if (vendor and vendor in named) or _named_in_text(extraction, name):
            continue
        findings.append(_finding("notice-undisclosed-recipient", f"notice:recipient:{rid}",
                                 location, recipient=rid, name=name))

    # SDKs and companies in the notice that nothing in code or inventory matches.
    for recipient in extraction.recipients:
        if recipient.vendor in matched_vendors:
            continue
        findings.append(_finding("notice-recipient-not-in-code",
                                 f"notice:named:{recipient.vendor}",
                                 _where(recipient.evidence[0]), recipient=recipient.vendor,
                                 notice=_where(recipient.evidence[0])))

    # Sensitive categories without a separate notice (PIPL Art. 30).
    noticed = extraction.separately_noticed()
    sensitive = {c for c in declared | set(practice.columns)
                 if c in taxonomy and taxonomy[c].sensitive}
    for category in sorted(sensitive - noticed):
        item = extraction.category(category)
        if item is not None:
            where = location = _where(item.evidence[0])
        else:
            where, location = sorted(practice.columns[category])[0]
        findings.append(_finding("notice-sensitive-without-separate-notice",
                                 f"notice:sensitive:{category}", location, category=category,
                                 where=where))

    # Retention promised shorter than the declared life of the same category (once per
    # category and activity, from the first notice that promises it).
    seen: set[str] = set()
    if inventory is not None:
        for statement in extraction.retention:
            periods = [d for p in statement.fields["periods"] if (d := duration_days(p))]
            if not periods or not statement.fields["categories"]:
                continue
            promised_days = max(periods)
            promised = statement.fields["periods"][periods.index(promised_days)]
            for category in statement.fields["categories"]:
                for activity in inventory.activities:
                    if category not in activity.categories:
                        continue
                    for retention in activity.retention:
                        if retention.category not in (category, "*"):
                            continue
                        days = duration_days(retention.period)
                        subject = f"notice:retention:{category}:{activity.id}"
                        if days is None or days <= promised_days or subject in seen:
                            continue
                        seen.add(subject)
                        findings.append(_finding(
                            "notice-retention-shorter", subject,
                            retention.declared_in or activity.declared_in,
                            category=category, promised=promised,
                            notice=_where(statement.evidence), activity=activity.id,
                            declared=retention.period))
    return findings
