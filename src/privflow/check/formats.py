"""How `privflow check` prints findings: text (default), json, sarif, github annotations.

Every format takes the findings of one run and the fingerprints the baseline accepts. Scanned
names reach these strings (table and column names, comments in messages), so each format makes
them inert for its medium: `sanitize.terminal_text` for text, workflow-command escaping for
GitHub, JSON encoding for json and SARIF.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from privflow.check.sarif import to_sarif
from privflow.sanitize import json_text, message_text, terminal_text
from privflow.schema import Finding

GITHUB_COMMAND = {"high": "error", "medium": "warning", "low": "notice"}
# Fingerprints the baseline accepts, each with the reason a person wrote (or None).
Accepted = Mapping[str, str | None]


def one_line(text: str) -> str:
    """Terminal-safe and on one line: a newline in a scanned name must not forge an output
    line (a fake summary in a CI log), so it is shown as `\\n`."""
    return message_text(text)


def summary(findings: list[Finding], accepted: Accepted, failing: list[Finding]) -> str:
    new = [f for f in findings if f.fingerprint not in accepted]
    counts = Counter(f.severity for f in new)
    by_severity = ", ".join(f"{counts[s]} {s}" for s in ("high", "medium", "low") if counts[s])
    text = f"{len(new)} new finding{'s' if len(new) != 1 else ''}"
    if by_severity:
        text += f" ({by_severity})"
    if accepted:
        text += f", {len(findings) - len(new)} accepted in the baseline"
    return text + (": check failed" if failing else ": check passed")


def render_text(findings: list[Finding], accepted: Accepted, failing: list[Finding]) -> str:
    lines = []
    for finding in findings:
        if finding.fingerprint in accepted:
            continue
        where = f"{finding.location}: " if finding.location else ""
        lines.append(one_line(
            f"{where}{finding.severity} {finding.rule}: {finding.message} "
            f"[{finding.subject}] (fingerprint {finding.fingerprint})"))
    lines.append(summary(findings, accepted, failing))
    return "\n".join(lines)


def render_baselined(findings: list[Finding], accepted: Accepted) -> list[str]:
    """`--show-baselined`: each finding the baseline accepts, as the scan found it today (its
    real message, not the baseline entry's words), with the reason a person gave."""
    lines = []
    for finding in findings:
        if finding.fingerprint not in accepted:
            continue
        where = f"{finding.location}: " if finding.location else ""
        reason = _reason(accepted, finding) or "no reason given"
        lines.append(one_line(
            f"accepted: {where}{finding.severity} {finding.rule}: {finding.message} "
            f"[{finding.subject}] (fingerprint {finding.fingerprint}; reason: {reason})"))
    return lines


def render_json(findings: list[Finding], accepted: Accepted, failing: list[Finding]) -> str:
    failing_prints = {f.fingerprint for f in failing}
    data = {
        "findings": [{**f.to_json(), "baseline": f.fingerprint in accepted,
                      **({"reason": reason} if (reason := _reason(accepted, f)) else {}),
                      "fails_gate": f.fingerprint in failing_prints} for f in findings],
        "summary": {"total": len(findings),
                    "new": sum(1 for f in findings if f.fingerprint not in accepted),
                    "failing": len(failing),
                    "passed": not failing},
    }
    return json_text(data)


def _reason(accepted: Accepted | set[str], finding: Finding) -> str | None:
    return accepted.get(finding.fingerprint) if isinstance(accepted, Mapping) else None


def render_sarif(findings: list[Finding], accepted: Accepted, failing: list[Finding]) -> str:
    return json_text(to_sarif(findings, baselined=accepted))


def _escape_data(text: str) -> str:
    """GitHub workflow-command message escaping (actions/toolkit `escapeData`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """GitHub workflow-command property escaping (actions/toolkit `escapeProperty`)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(findings: list[Finding], accepted: Accepted, failing: list[Finding]) -> str:
    """`::error file=F,line=N,title=T::message` per new finding; GitHub shows them on the diff."""
    from privflow.check.context import split_location, workspace_path

    lines = []
    for finding in findings:
        if finding.fingerprint in accepted:
            continue
        properties = []
        path, line = split_location(finding.location)
        if path and not path.startswith("db:"):
            properties.append(f"file={_escape_property(terminal_text(workspace_path(path)))}")
            if line:
                properties.append(f"line={line}")
        properties.append(f"title={_escape_property(f'privflow {finding.rule}')}")
        message = terminal_text(f"{finding.message} [{finding.subject}]")
        lines.append(f"::{GITHUB_COMMAND.get(finding.severity, 'warning')} "
                     f"{','.join(properties)}::{_escape_data(message)}")
    lines.append(summary(findings, accepted, failing))
    return "\n".join(lines)


FORMATS: dict[str, Callable[[list[Finding], Accepted, list[Finding]], str]] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
}
