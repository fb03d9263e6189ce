"""Evidence: what one signal says about one column, scored, and how it prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Evidence:
    """One signal's statement about a column.

    `support` raises a category's score (scores of one category combine as independent
    witnesses: 1 - prod(1 - s)); `factor` multiplies it (a store's phone, a boolean "email").
    A factor with `category=None` applies to every category.
    """

    signal: str  # name | comment | table | type | values | state
    label: str  # what the signal saw: "phone", "手机号码", "people", "tinyint(1)"
    category: str | None
    score: float
    kind: Literal["support", "factor"] = "support"
    why: str = ""  # short reason shown by `explain`
    strength: str | None = None  # vocabulary class of the term behind a support (sure, people ...)

    def text(self) -> str:
        """The evidence string of the JSON output, e.g. "name:phone". Never a sampled value."""
        return f"{self.signal}:{self.label}"
