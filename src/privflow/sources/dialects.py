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
from functools import lru_cache
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
# versioned comments (`/*!40101 SET ... */`) are code and stay.
_NOT_CODE = re.compile(r"--[^\n]*|/\*(?!!)[\s\S]*?(?:\*/|$)|'(?:[^'\\]|\\[\s\S])*(?:'|$)")


@dataclass(frozen=True)
class DialectRule:
    pattern: re.Pattern[str]
    dialect: str
    weight: int
    reason: str
    needles: tuple[str, ...] = ()


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
        result.append(DialectRule(re.compile(rule["pattern"], flags), rule["dialect"],
                                  int(rule["weight"]), rule["reason"],
                                  tuple(rule.get("needles") or ())))
    return tuple(result)


def retry_dialects() -> tuple[list[str], int]:
    """(dialects to fall back on after the ranked ones, how many re-readings at most)."""
    data = _data()
    return [str(d) for d in data.get("retry_dialects") or []], int(data.get("max_retries", 3))


def code_only(text: str) -> str:
    """`text` with comments removed and string contents emptied (`'abc'` -> `''`)."""
    return _NOT_CODE.sub(lambda m: "''" if m.group().startswith("'") else " ", text)


def rank_dialects(text: str) -> list[Vote]:
    """Every dialect with a marker in the head of `text`, best first (ties: first rule first)."""
    head = code_only(text[:GUESS_CHARS])
    lowered = head.lower()
    votes: dict[str, Vote] = {}
    for rule in rules():
        if rule.needles and not any(n in lowered for n in rule.needles):
            continue
        if rule.pattern.search(head):
            vote = votes.setdefault(rule.dialect, Vote(rule.dialect))
            vote.score += rule.weight
            vote.reasons.append(rule.reason)
    return sorted(votes.values(), key=lambda v: -v.score)


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
