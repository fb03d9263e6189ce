"""Section 1 of the report: one page an auditor reads first.

Who (the organisation and its laws), what was scanned (scope, commit, time), how much (counts)
and what matters most (the highest findings, by severity rank).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from privflow.check.laws import abroad_under
from privflow.report.model import Report

if TYPE_CHECKING:
    from privflow.report.registers import ReportBuilder

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
MAX_HIGHLIGHTS = 8


def fill_summary(report: Report, builder: ReportBuilder) -> None:
    labels = builder.labels
    s = lambda key: labels.get("summary", key)  # noqa: E731
    org = builder.inventory.organisation
    name = org.name_en if labels.lang == "en" and org.name_en else org.name
    schema = builder.result.schema
    pi_columns = builder.index.pi_columns()
    facts = [(labels.get("header", "organisation"), name)]
    if org.country:
        facts.append((labels.get("header", "country"), org.country))
    facts.append((s("laws"), ", ".join(law.label(labels.lang) for law in builder.laws)))
    sources = list(builder.inventory.source_paths) + [
        url.split("@")[-1] for url in builder.inventory.databases]
    if sources:
        facts.append((s("sources"), ", ".join(sources)))
    facts.append((labels.get("header", "scan"), labels.get("header", "scan_summary").format(
        tables=len(schema.tables), pi_columns=len(pi_columns), flows=len(builder.result.flows),
        files=len(schema.files), skipped=len(schema.skipped))))
    if builder.provenance.commit:
        facts.append((labels.get("header", "commit"), builder.provenance.commit))
    facts.append((labels.get("header", "scan_time"), builder.provenance.scan_time))
    facts.append((labels.get("header", "report_date"), builder.provenance.date))
    report.summary = facts

    recipients = builder.inventory.recipients
    abroad = [r for r in recipients if abroad_under(builder.inventory, r.country)]
    special = [ref for ref in pi_columns
               if any(law.is_sensitive(c) for law in builder.laws for c in ref.column.categories)]
    findings = builder.result.findings
    by_severity = {k: sum(1 for f in findings if f.severity == k) for k in SEVERITY_RANK}
    report.counts = [
        (s("activities"), str(len(builder.inventory.activities))),
        (s("recipients"), s("recipients_value").format(total=len(recipients),
                                                        abroad=len(abroad))),
        (s("pi_columns"), str(len(pi_columns))),
        (s("special_columns"), str(len(special))),
        (s("findings"), s("findings_value").format(
            total=len(findings), **{k: by_severity[k] for k in SEVERITY_RANK})),
    ]
    ranked = sorted(findings, key=lambda f: (SEVERITY_RANK.get(f.severity, 9), f.rule,
                                             f.subject))
    # Within a severity, one finding per rule first: eight of one rule say less.
    seen: set[str] = set()
    repeat = {id(f): (f.rule in seen or bool(seen.add(f.rule))) for f in ranked}
    ranked.sort(key=lambda f: (SEVERITY_RANK.get(f.severity, 9), repeat[id(f)]))
    report.highlights = [{
        "severity": labels.get("severity", f.severity),
        "severity_key": f.severity,
        "title": builder.rule_title(f.rule),
        "law": builder.legal_refs(f),
        "message": builder.finding_message(f),
        "location": f.location or "",
    } for f in ranked[:MAX_HIGHLIGHTS]]
