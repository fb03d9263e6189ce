"""Which SQL dialect a file is written in: weighted markers from `data/dialects.yaml`.

The guess is made from the file's head with comments and string contents blanked out, so only
code votes. Every rule that matches votes once with its weight; decisive markers (dollar-quoted
PL/pgSQL, `ENGINE=InnoDB`, `GO`, `VARCHAR2`, `STORED AS`) weigh more than any number of shared
hints (backticks are MySQL's but also Hive's and BigQuery's). The ranking, not only the winner,
is kept: when a reading loses tables, the file is read again in the next dialect
(`sources/census.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from privflow.datafiles import load_yaml
from privflow.errors import PrivflowError

GUESS_CHARS = 32 * 1024  # the head; every rule scans it, so keep it short
DEFAULT_DIALECT = ""  # sqlglot's own dialect when no marker is found

# Names users type for `--dialect` and inventory overrides, mapped to sqlglot's spelling.
ALIASES = {
    "mariadb": "mysql", "postgresql": "postgres", "pg": "postgres", "mssql": "tsql",
    "sqlserver": "tsql", "sql_server": "tsql", "t-sql": "tsql", "sparksql": "spark",
    "spark_sql": "spark", "hiveql": "hive", "bq": "bigquery", "ansi": "",
}

# Comments and the contents of single-quoted strings: blanked before the rules run. MySQL's
# versioned comments (`/*!40101 SET ... */`) are code and stay. A string's body is a run of
# plain characters taken whole between escapes (not one alternation per character).
_NOT_CODE = re.compile(r"--[^\n]*|/\*(?!!)[\s\S]*?(?:\*/|$)|'[^'\\]*(?:\\[\s\S][^'\\]*)*(?:'|$)")


@dataclass(frozen=True)
class Marker:
    """One regex of a rule, with the lower-case substrings one of which any match contains
    (`needles`: the regex is tried only when one occurs) and, with `at_needle`, the promise
    that every match starts where a needle does (after zero-width assertions only)."""

    source: str
    flags: int
    needles: tuple[str, ...] = ()
    at_needle: bool = False
    # No needle holds white space: each is looked for in the head's distinct words (below).
    in_words: bool = False

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when first tried: a MySQL file's needles call for a quarter of the rules,
        and compiling all of them is a good part of ranking the one file a re-run reads."""
        return re.compile(self.source, self.flags)


@dataclass(frozen=True)
class DialectRule:
    """Votes `weight` for `dialect` once when any of its markers matches."""

    markers: tuple[Marker, ...]
    dialect: str
    weight: int
    reason: str


@dataclass
class Vote:
    """One dialect's score for a file and the markers that gave it."""

    dialect: str
    score: int = 0
    reasons: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_yaml("privflow.sources", "data/dialects.yaml")


@lru_cache(maxsize=1)
def rules() -> tuple[DialectRule, ...]:
    result = []
    for rule in _data()["rules"]:
        flags = re.MULTILINE | (0 if rule.get("case_sensitive") else re.IGNORECASE)
        markers = tuple(_marker(m, flags) for m in rule.get("any") or [rule])
        result.append(DialectRule(markers, rule["dialect"], int(rule["weight"]),
                                  rule["reason"]))
    return tuple(result)


def _marker(data: dict[str, Any], flags: int) -> Marker:
    needles = tuple(str(n) for n in data.get("needles") or ())
    if not all(n == n.lower() for n in needles):
        raise ValueError(f"dialects.yaml: needles must be lower case: {needles}")
    return Marker(str(data["pattern"]), flags, needles, bool(data.get("at_needle")),
                  not any(len(n.split()) != 1 or n.strip() != n for n in needles))


def retry_dialects() -> tuple[list[str], int]:
    """(dialects to fall back on after the ranked ones, how many re-readings at most)."""
    data = _data()
    return [str(d) for d in data.get("retry_dialects") or []], int(data.get("max_retries", 3))


def code_only(text: str) -> str:
    """`text` with comments removed and string contents emptied (`'abc'` -> `''`)."""
    return _NOT_CODE.sub(lambda m: "''" if text[m.start()] == "'" else " ", text)


# A marker promised to start at a needle is tried at each of the needle's places while there
# are at most this many of them (each try is one `match`); past that, one `search` is cheaper.
AT_NEEDLE_TRIES = 64


@dataclass(frozen=True)
class _Head:
    code: str  # the head, comments and string contents blanked
    lowered: str
    # The lowered head's distinct words, one a line: a needle without white space occurs in
    # the head exactly when it occurs in one of its words, and fifty needles looked for in a
    # few kilobytes of distinct words cost less than in 32 KB of DDL that repeats itself.
    words: str

    @property
    def aligned(self) -> bool:
        """Whether a place in `lowered` is the same place in `code` (`lower()` lengthened
        no character, as it does the dotted capital I)."""
        return len(self.lowered) == len(self.code)


def rank_dialects(text: str) -> list[Vote]:
    """Every dialect with a marker in the head of `text`, best first (ties: first rule first)."""
    code = code_only(text[:GUESS_CHARS])
    lowered = code.lower()
    head = _Head(code, lowered, "\n".join(set(lowered.split())))
    votes: dict[str, Vote] = {}
    for rule in rules():
        if any(_found(marker, head) for marker in rule.markers):
            vote = votes.setdefault(rule.dialect, Vote(rule.dialect))
            vote.score += rule.weight
            vote.reasons.append(rule.reason)
    return sorted(votes.values(), key=lambda v: -v.score)


def _found(marker: Marker, head: _Head) -> bool:
    if not marker.needles:
        return marker.pattern.search(head.code) is not None
    among = head.words if marker.in_words else head.lowered
    present = [n for n in marker.needles if n in among]
    if not present:
        return False
    if marker.at_needle and head.aligned:
        places = _places(head.lowered, present)
        if places is not None:
            return any(marker.pattern.match(head.code, place) for place in places)
    return marker.pattern.search(head.code) is not None


def _places(lowered: str, needles: list[str]) -> list[int] | None:
    """Where the needles start in `lowered`, or None when there are more than
    AT_NEEDLE_TRIES places."""
    places: list[int] = []
    for needle in needles:
        at = lowered.find(needle)
        while at >= 0:
            if len(places) == AT_NEEDLE_TRIES:
                return None
            places.append(at)
            at = lowered.find(needle, at + 1)
    return places


def scores(ranked: list[Vote]) -> dict[str, int]:
    """{dialect: score} as the scan reports it (`generic` for sqlglot's own dialect)."""
    return {v.dialect or "generic": v.score for v in ranked}


def guess_dialect(text: str) -> tuple[str, str]:
    """(dialect as sqlglot spells it, why). `("", "no dialect markers")` when nothing matches."""
    return guess_from(rank_dialects(text))


def guess_from(ranked: list[Vote]) -> tuple[str, str]:
    if not ranked:
        return DEFAULT_DIALECT, "no dialect markers"
    return ranked[0].dialect, "guessed: " + ", ".join(ranked[0].reasons)


def normalize_dialect(name: str | None) -> str | None:
    """A user-typed dialect name in sqlglot's spelling; PrivflowError when sqlglot has none."""
    if name is None:
        return None
    from sqlglot.dialects.dialect import Dialect

    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key == "":
        return ""
    try:
        Dialect.get_or_raise(key)
    except ValueError:
        raise PrivflowError(f"unknown SQL dialect {name!r}") from None
    return key
