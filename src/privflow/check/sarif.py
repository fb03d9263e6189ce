"""Findings as SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

One run, the tool's rules from `data/rules.yaml` (plus any other rule id a finding carries,
such as the live-database drift rules), one result per finding with a physical location (file
and line) when the finding has one and a logical location (the subject) always. The stable
fingerprint goes into `partialFingerprints` so that dashboards track a finding across line
moves the same way the baseline does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from privflow import __version__
from privflow.check.context import split_location, workspace_path
from privflow.check.rules import fingerprint, rule_metadata
from privflow.schema import Finding

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "privflow/v1"
LEVEL = {"high": "error", "medium": "warning", "low": "note"}
# GitHub code scanning orders security results by this number (0-10).
SECURITY_SEVERITY = {"high": "8.0", "medium": "5.0", "low": "2.0"}


def _rule_descriptor(rule_id: str, fallback_severity: str) -> dict[str, Any]:
    meta = rule_metadata().get(rule_id, {})
    severity = meta.get("severity", fallback_severity)
    title = meta.get("title", rule_id)
    help_text = meta.get("help", title)
    legal = meta.get("legal", [])
    help_full = help_text + (f" Legal basis: {', '.join(legal)}." if legal else "")
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": title},
        "fullDescription": {"text": help_text},
        "help": {"text": help_full,
                 "markdown": f"**{title}**\n\n{help_text}"
                             + (f"\n\nLegal basis: {', '.join(legal)}." if legal else "")},
        "defaultConfiguration": {"level": LEVEL.get(severity, "warning")},
        "properties": {
            "tags": ["privacy", "PIPL"] + (["GDPR"] if any("GDPR" in ref for ref in legal)
                                           else []),
            "security-severity": SECURITY_SEVERITY.get(severity, "5.0"),
            "severity": severity,
            **({"title_zh": meta["title_zh"]} if "title_zh" in meta else {}),
        },
    }


def _artifact_uri(path: str) -> str:
    """A path as a URI reference: relative to the working directory when it is inside it,
    else a `file:` URI; forward slashes, everything else percent-encoded."""
    path = workspace_path(path)
    if os.path.isabs(path):
        return Path(path).as_uri()
    # A non-UTF-8 file name arrives with surrogate escapes: percent-encode its real bytes.
    relative = path.replace("\\", "/").removeprefix("./")
    return quote(relative.encode("utf-8", "surrogateescape"), safe="/")


def _locations(finding: Finding) -> list[dict[str, Any]]:
    logical = [{"fullyQualifiedName": finding.subject, "kind": "member"}]
    path, line = split_location(finding.location)
    if path is None or path.startswith("db:"):
        return [{"logicalLocations": logical}]
    physical: dict[str, Any] = {"artifactLocation": {"uri": _artifact_uri(path)}}
    if line:
        physical["region"] = {"startLine": line}
    return [{"physicalLocation": physical, "logicalLocations": logical}]


def to_sarif(findings: Iterable[Finding], *,
             baselined: Mapping[str, str | None] | set[str] | None = None) -> dict[str, Any]:
    """A SARIF 2.1.0 log. With `baselined` (fingerprints accepted in a baseline, mapped to
    the reason a person gave), each result carries `baselineState` new/unchanged and accepted
    ones an external suppression whose justification is that reason."""
    findings = list(findings)
    rule_ids: list[str] = list(rule_metadata())
    severities = {f.rule: f.severity for f in findings}
    rule_ids += sorted({f.rule for f in findings} - set(rule_ids))
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results = []
    for finding in findings:
        print_ = finding.fingerprint or fingerprint(finding.rule, finding.subject)
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": LEVEL.get(finding.severity, "warning"),
            "message": {"text": finding.message},
            "locations": _locations(finding),
            "partialFingerprints": {FINGERPRINT_KEY: print_},
            "properties": {"severity": finding.severity, "subject": finding.subject},
        }
        if baselined is not None:
            accepted = print_ in baselined
            result["baselineState"] = "unchanged" if accepted else "new"
            if accepted:
                reason = baselined.get(print_) if isinstance(baselined, Mapping) else None
                result["suppressions"] = [{
                    "kind": "external", "state": "accepted",
                    "justification": reason or "accepted in the privflow baseline"}]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "privflow",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule_descriptor(r, severities.get(r, "medium")) for r in rule_ids],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
