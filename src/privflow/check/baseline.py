"""The baseline: findings a person has accepted, so that `check` fails only on new ones.

Like detect-secrets' `.secrets.baseline`: a JSON file in the repository, one entry per accepted
finding keyed by its fingerprint (which ignores line numbers), with an optional `reason` that a
person writes (the audit trail) and that rewriting the baseline keeps. No timestamps, sorted
entries: rewriting an unchanged baseline gives the same bytes, so diffs show real changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from privflow import __version__
from privflow.errors import PrivflowError
from privflow.sanitize import json_text
from privflow.schema import Finding

BASELINE_FORMAT = "privflow-baseline/1"
# Fields of an entry that privflow rewrites from the current finding; anything else a person
# added (reason, reviewed_by, ticket ...) is kept as written.
MANAGED_FIELDS = ("fingerprint", "rule", "severity", "subject", "location")


@dataclass
class Baseline:
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # fingerprint -> entry
    path: str | None = None

    def __contains__(self, fingerprint: object) -> bool:
        return fingerprint in self.entries

    def fingerprints(self) -> set[str]:
        return set(self.entries)

    def reason(self, fingerprint: str) -> str | None:
        return self.entries.get(fingerprint, {}).get("reason")


def load_baseline(path: str) -> Baseline:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PrivflowError("baseline file does not exist (write it first: "
                            "privflow check --write-baseline FILE)", path=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PrivflowError(f"not valid JSON: {error.msg}", path=path, line=error.lineno) from None
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise PrivflowError("not a privflow baseline (no \"results\" list)", path=path)
    if data.get("version") not in (None, BASELINE_FORMAT):
        raise PrivflowError(f"unsupported baseline version {data.get('version')!r}", path=path)
    entries: dict[str, dict[str, Any]] = {}
    for number, entry in enumerate(data["results"], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise PrivflowError(f"entry {number} has no fingerprint", path=path)
        entries[entry["fingerprint"]] = entry
    return Baseline(entries=entries, path=path)


def merge_baseline(findings: list[Finding], previous: Baseline | None, *,
                   keep_unseen: bool = False) -> Baseline:
    """The baseline that accepts `findings`, keeping each previous entry's reason and other
    hand-written fields. Entries no longer found are dropped unless `keep_unseen` (a partial
    scan, `--since`, cannot tell that they are gone)."""
    previous = previous or Baseline()
    entries: dict[str, dict[str, Any]] = {}
    if keep_unseen:
        entries.update({k: dict(v) for k, v in previous.entries.items()})
    for finding in findings:
        if not finding.fingerprint:
            continue
        entry = {k: v for k, v in previous.entries.get(finding.fingerprint, {}).items()
                 if k not in MANAGED_FIELDS}
        entry.setdefault("reason", None)
        entries[finding.fingerprint] = {
            "fingerprint": finding.fingerprint, "rule": finding.rule,
            "severity": finding.severity, "subject": finding.subject,
            "location": finding.location, **entry,
        }
    return Baseline(entries=entries, path=previous.path)


def dump_baseline(baseline: Baseline) -> str:
    results = sorted(baseline.entries.values(),
                     key=lambda e: (str(e.get("rule")), str(e.get("subject")), e["fingerprint"]))
    data = {"version": BASELINE_FORMAT, "generated_by": f"privflow {__version__}",
            "results": results}
    return json_text(data) + "\n"


def save_baseline(path: str, baseline: Baseline) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(dump_baseline(baseline), encoding="utf-8")
