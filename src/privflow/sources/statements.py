"""Statement kinds by their first words: a table of head patterns in `data/statements.yaml`."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = yaml.safe_load(
        resources.files("privflow.sources").joinpath("data/statements.yaml").read_text("utf-8")
    )
    return tuple((item["kind"], re.compile(item["pattern"], re.IGNORECASE))
                 for item in data["kinds"])


def statement_kind(text: str) -> str:
    """`table`, `alter`, `insert`, `lineage`, `ignore` ... or `unknown`."""
    for kind, pattern in _kinds():
        if pattern.match(text):
            return kind
    return "unknown"
