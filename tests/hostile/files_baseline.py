"""Hostile baselines for `privflow check --baseline`: each function writes one and returns it."""

from __future__ import annotations

import json
import os
from pathlib import Path

FORMAT = "privflow-baseline/1"


def _entry(rule: str, subject: str, fingerprint: str | None = None, **extra) -> dict:
    from privflow.check.rules import fingerprint as compute

    return {"fingerprint": fingerprint or compute(rule, subject), "rule": rule,
            "subject": subject, "severity": "high", "location": None, **extra}


def write(path: Path, entries: list[dict], *, encoding: str = "utf-8") -> Path:
    text = json.dumps({"version": FORMAT, "results": entries}, ensure_ascii=False)
    path.write_bytes(text.encode(encoding))
    return path


def forged_fingerprint(path: Path, rule: str, subject: str) -> Path:
    """An entry that reads like a harmless finding but carries the fingerprint of
    RULE/SUBJECT."""
    from privflow.check.rules import fingerprint

    return write(path, [_entry("declared-not-found", "docs.readme",
                               fingerprint(rule, subject), reason="docs only")])


def deep_json(path: Path, depth: int = 100_000) -> Path:
    path.write_text(f'{{"version": "{FORMAT}", "results": {"[" * depth}{"]" * depth}}}')
    return path


def gbk(path: Path) -> Path:
    return write(path, [_entry("unused-sensitive", "kyc.id_card", reason="身份证号 已审批")],
                 encoding="gbk")


def utf16(path: Path, rule: str, subject: str) -> Path:
    path.write_bytes(b"\xff\xfe" + json.dumps(
        {"version": FORMAT, "results": [_entry(rule, subject, reason="accepted")]},
        ensure_ascii=False).encode("utf-16-le"))
    return path


def non_text_reason(path: Path, rule: str, subject: str) -> Path:
    return write(path, [_entry(rule, subject, reason={"nested": [1, 2]})])


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path
