"""How `check` prints: text and GitHub annotations make scanned names inert; JSON and the
summary say what is new and what fails."""

from __future__ import annotations

import json

from privflow.check.formats import render_github, render_json, render_text, summary
from privflow.check.rules import fingerprint
from privflow.schema import Finding

HOSTILE = "evil\x1b[2J\x1b]0;pwned\x07\nname::error::x,y%0A"


def finding(rule: str, subject: str, severity: str, location: str | None) -> Finding:
    return Finding(rule=rule, severity=severity, subject=subject,  # type: ignore[arg-type]
                   message=f"column {subject} found", location=location,
                   fingerprint=fingerprint(rule, subject))


NEW = finding("unused-sensitive", f"t.{HOSTILE}", "high", "db/a,b:c.sql:7")
OLD = finding("undeclared-category", "a:contact.phone", "medium", "db/a.sql:3")
LOW = finding("declared-not-found", "a:category:x", "low", "inv/activities.yaml:9")
ALL = [NEW, OLD, LOW]
ACCEPTED = {OLD.fingerprint}


def test_text_lists_new_findings_without_control_sequences():
    text = render_text(ALL, ACCEPTED, [NEW])
    assert "\x1b" not in text and "\x07" not in text
    lines = text.splitlines()
    assert lines[0].startswith("db/a,b:c.sql:7: high unused-sensitive: ")
    assert NEW.fingerprint in lines[0]
    assert not any(OLD.fingerprint in line for line in lines)
    assert lines[-1] == "2 new findings (1 high, 1 low), 1 accepted in the baseline: check failed"


def test_github_annotations_escape_messages_and_properties():
    lines = render_github(ALL, ACCEPTED, [NEW]).splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert len(annotations) == 2  # the accepted finding is not annotated
    error, notice = annotations
    assert error.startswith("::error file=db/a%2Cb%3Ac.sql,line=7,title=privflow unused-sensitive::")
    message = error.split("::", 2)[2]
    assert "\n" not in message and "%0A" in message and "%250A" in message
    assert "\x1b" not in error
    assert notice.startswith("::notice file=inv/activities.yaml,line=9,")


def test_json_marks_baseline_gate_and_reason():
    data = json.loads(render_json(ALL, {OLD.fingerprint: "已在 DPO-17 评估"}, [NEW]))
    marks = {f["rule"]: (f["baseline"], f["fails_gate"]) for f in data["findings"]}
    assert marks == {"unused-sensitive": (False, True), "undeclared-category": (True, False),
                     "declared-not-found": (False, False)}
    reasons = {f["rule"]: f.get("reason") for f in data["findings"]}
    assert reasons["undeclared-category"] == "已在 DPO-17 评估"
    assert reasons["unused-sensitive"] is None
    assert data["summary"] == {"total": 3, "new": 2, "failing": 1, "passed": False}


def test_summary_when_everything_is_accepted():
    assert summary([OLD], {OLD.fingerprint}, []) == (
        "0 new findings, 1 accepted in the baseline: check passed")
