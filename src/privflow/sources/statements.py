"""Statement kinds by their first words: a table of head patterns in `data/statements.yaml`."""

from __future__ import annotations

import re
from functools import lru_cache

from privflow.datafiles import load_yaml


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_yaml("privflow.sources", "data/statements.yaml")
    return tuple((item["kind"], re.compile(item["pattern"], re.IGNORECASE))
                 for item in data["kinds"])


def statement_kind(text: str) -> str:
    """`table`, `alter`, `insert`, `lineage`, `ignore` ... or `unknown`."""
    for kind, pattern in _kinds():
        if pattern.match(text):
            return kind
    return "unknown"
