"""The report's "notice vs. practice" section: one register built from the inventory's
`policies:` notices and the scan (gaps.py), rendered like every other register."""

from __future__ import annotations

from privflow.check.rules import SEVERITY_RANK, render_message, rule_metadata
from privflow.inventory.model import Inventory
from privflow.policy.extract import extract
from privflow.policy.gaps import notice_gaps
from privflow.report.model import Cell, ColumnSpec, Register
from privflow.schema import ScanResult

TITLES = {"zh": "隐私政策与实际处理的差异", "en": "Notice vs. practice"}
COLUMNS = {
    "zh": [("severity", "严重程度"), ("rule", "规则"), ("message", "说明"),
           ("notice", "隐私政策依据"), ("practice", "实际处理依据")],
    "en": [("severity", "Severity"), ("rule", "Rule"), ("message", "Explanation"),
           ("notice", "Notice evidence"), ("practice", "Practice evidence")],
}
PROVENANCE = {"severity": "derived", "rule": "derived", "message": "derived",
              "notice": "declared", "practice": "discovered"}
# Which param of a finding points at the notice, the rest of its location at practice.
NOTICE_SIDE = {"notice-unbacked-category", "notice-recipient-not-in-code",
               "notice-sensitive-without-separate-notice"}


def notice_register(result: ScanResult, inventory: Inventory, lang: str) -> Register:
    lang = lang if lang in TITLES else "en"
    extraction = extract(inventory.policies)
    register = Register("notice", TITLES[lang], [ColumnSpec(k, label, PROVENANCE[k])  # type: ignore[arg-type]
                                                 for k, label in COLUMNS[lang]])
    findings = sorted(notice_gaps(result, inventory, extraction),
                      key=lambda f: (SEVERITY_RANK[f.severity], f.rule, f.subject))
    for finding in findings:
        meta = rule_metadata()[finding.rule]
        title = meta.get("title_zh") if lang == "zh" else meta.get("title")
        message = render_message(finding.rule, finding.params, lang) or finding.message
        notice_at = finding.params.get("notice", "")
        if finding.rule in NOTICE_SIDE:
            notice_cell, practice_cell = finding.location or notice_at, ""
            if finding.rule == "notice-sensitive-without-separate-notice" \
                    and not finding.params.get("where", "").startswith(tuple(
                        extraction.files)):  # held in a column, not declared in the notice
                notice_cell, practice_cell = "", finding.location or ""
        else:
            notice_cell, practice_cell = notice_at, finding.location or ""
        register.add(severity=finding.severity, rule=Cell(f"{finding.rule}: {title}"),
                     message=message,
                     notice=Cell(notice_cell, [notice_cell] if notice_cell else []),
                     practice=Cell(practice_cell, [practice_cell] if practice_cell else []))
    return register
