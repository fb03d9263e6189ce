"""`privflow policy`: read notices, print what they declare, optionally draft an inventory."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from privflow.policy.draft import write_draft
from privflow.policy.extract import extract
from privflow.policy.output import policy_json, policy_table


def run_policy(paths: Sequence[str], fmt: str, draft_dir: str | None,
               warn: Callable[[str], None]) -> str:
    extraction = extract(paths)
    if draft_dir:
        for path in write_draft(extraction, draft_dir):
            warn(f"wrote {path}")
    return policy_json(extraction) if fmt == "json" else policy_table(extraction)
