"""The baseline: findings a person has accepted, so that `check` fails only on new ones.

Like detect-secrets' `.secrets.baseline`: a JSON file in the repository, one entry per accepted
finding keyed by its fingerprint (which ignores line numbers), with an optional `reason` that a
person writes (the audit trail) and that rewriting the baseline keeps. No timestamps, sorted
entries: rewriting an unchanged baseline gives the same bytes, so diffs show real changes.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from privflow import __version__
from privflow.errors import PrivflowError
from privflow.output import write_file
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
    problems: list[str] = field(default_factory=list)  # entries that were not accepted, why

    def __contains__(self, fingerprint: object) -> bool:
        return fingerprint in self.entries

    def fingerprints(self) -> set[str]:
        return set(self.entries)

    def reason(self, fingerprint: str) -> str | None:
        return self.entries.get(fingerprint, {}).get("reason")


MAX_BASELINE_BYTES = 32 << 20


def _decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with a BOM (what some Windows editors save)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise PrivflowError("is not valid UTF-16 text", path=path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise PrivflowError("is not UTF-8 text (save the baseline as UTF-8)", path=path,
                            line=line) from None


def load_baseline(path: str) -> Baseline:
    from privflow.check.rules import fingerprint
    from privflow.inputs import read_input

    if not Path(path).exists() and not Path(path).is_symlink():
        raise PrivflowError("baseline file does not exist (write it first: "
                            "privflow check --write-baseline FILE)", path=path)
    text = _decode(read_input(path, limit=MAX_BASELINE_BYTES), path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PrivflowError(f"not valid JSON: {error.msg}", path=path, line=error.lineno) from None
    except RecursionError:
        raise PrivflowError("JSON nested too deeply to read", path=path) from None
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise PrivflowError("not a privflow baseline (no \"results\" list)", path=path)
    if data.get("version") not in (None, BASELINE_FORMAT):
        raise PrivflowError(f"unsupported baseline version {str(data.get('version'))[:40]!r}",
                            path=path)
    entries: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    for number, entry in enumerate(data["results"], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise PrivflowError(f"entry {number} has no fingerprint", path=path)
        reason = entry.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise PrivflowError(f"entry {number}: reason must be text or null", path=path)
        rule, subject = entry.get("rule"), entry.get("subject")
        # An entry accepts the finding its rule and subject name, nothing else: one that says
        # `declared-not-found docs.readme` but carries another finding's fingerprint is forged
        # or stale, and silences nothing.
        if not (isinstance(rule, str) and isinstance(subject, str)
                and fingerprint(rule, subject) == entry["fingerprint"]):
            problems.append(f"entry {number} ({str(rule)[:60]} {str(subject)[:80]}): its "
                            "fingerprint is not that of its rule and subject; it accepts "
                            "nothing")
            continue
        entries[entry["fingerprint"]] = entry
    return Baseline(entries=entries, path=path, problems=problems)


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
    write_file(path, dump_baseline(baseline))
