"""Statement kinds by their first words: a table of head patterns in `data/statements.yaml`."""

from __future__ import annotations

import re
from functools import lru_cache

from privflow.datafiles import load_yaml


@lru_cache(maxsize=1)
def _kinds() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern whose alternatives are the kinds' patterns in order, each in a group of
    its own (`k0`, `k1` ...), and the kind of each group. Matched at the statement's start,
    the alternatives are tried in order as the patterns were one by one, so the first kind
    that matches wins; one `match` instead of up to twenty."""
    data = load_yaml("privflow.sources", "data/statements.yaml")
    kinds = {f"k{index}": item["kind"] for index, item in enumerate(data["kinds"])}
    pattern = "|".join(f"(?P<k{index}>{item['pattern']})"
                       for index, item in enumerate(data["kinds"]))
    return re.compile(pattern, re.IGNORECASE), kinds


def statement_kind(text: str) -> str:
    """`table`, `alter`, `insert`, `lineage`, `ignore` ... or `unknown`."""
    pattern, kinds = _kinds()
    m = pattern.match(text)
    return kinds[m.lastgroup] if m is not None and m.lastgroup is not None else "unknown"
