"""Limits on one statement before a parser sees it: size and nesting.

sqlglot builds a tree of Python objects several hundred times the size of the text (a 5 MB
`UNION ALL` view took 1.7 GB) and recurses once per nesting level. A statement over these
limits is skipped with the reason, as bad input (`error: true`), so that `check` cannot pass
a change it did not read; INSERT rows are exempt (they are sampled without a parser).
"""

from __future__ import annotations

import re
from itertools import accumulate

MAX_STATEMENT_CHARS = 1 << 20  # 1 M characters: ~300 MB of sqlglot tree at worst
MAX_NESTING = 200  # parentheses deep; sqlglot needs ~20 Python frames per level
_DEPTH = {ord("("): 1, ord(")"): -1}
_PARENS = re.compile(r"[()]+")


def nesting(text: str) -> int:
    """The deepest parenthesis nesting of `text` (quotes and comments are not told apart:
    a limit, not a parse)."""
    opened = text.count("(")
    if opened <= MAX_NESTING:
        return opened  # cannot be deeper than it has parentheses
    parens = "".join(_PARENS.findall(text))
    return max(accumulate(_DEPTH[ord(ch)] for ch in parens), default=0)


def might_exceed(text: str) -> bool:
    """A cheap first look: only a statement this is true of can be over a limit."""
    return len(text) > MAX_STATEMENT_CHARS or text.count("(") > MAX_NESTING


def statement_problem(text: str) -> str | None:
    """Why a statement must not reach the parser, or None."""
    if len(text) > MAX_STATEMENT_CHARS:
        return (f"statement of {len(text):,} characters is over the "
                f"{MAX_STATEMENT_CHARS:,} privflow parses; skipped")
    if nesting(text) > MAX_NESTING:
        return f"statement nested more than {MAX_NESTING} parentheses deep; skipped"
    return None


def failure_reason(error: BaseException) -> str:
    """One line for a skipped file or statement that made a reader fail."""
    if isinstance(error, RecursionError):
        return "nested too deeply to read"
    if isinstance(error, MemoryError):
        return "too large to read in memory"
    first = (str(error).strip().split("\n") or [""])[0][:160]
    return f"not understood ({type(error).__name__}: {first})"
