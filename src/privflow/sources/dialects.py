"""Which SQL dialect a file is written in: weighted markers from `data/dialects.yaml`.

The guess is made from the file's head. Every rule that matches votes once with its weight, so
one strong marker (`ENGINE=InnoDB`, `GO`, `STORED AS`) outweighs weak shared ones (backticks
are MySQL's but also Hive's and BigQuery's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from privflow.errors import PrivflowError

GUESS_CHARS = 32 * 1024  # the head; every rule scans it, so keep it short
DEFAULT_DIALECT = ""  # sqlglot's own dialect when no marker is found

# Names users type for `--dialect` and inventory overrides, mapped to sqlglot's spelling.
ALIASES = {
    "mariadb": "mysql", "postgresql": "postgres", "pg": "postgres", "mssql": "tsql",
    "sqlserver": "tsql", "sql_server": "tsql", "t-sql": "tsql", "sparksql": "spark",
    "spark_sql": "spark", "hiveql": "hive", "bq": "bigquery", "ansi": "",
}


@dataclass(frozen=True)
class DialectRule:
    pattern: re.Pattern[str]
    dialect: str
    weight: int
    reason: str
    needles: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def rules() -> tuple[DialectRule, ...]:
    data = yaml.safe_load(
        resources.files("privflow.sources").joinpath("data/dialects.yaml").read_text("utf-8")
    )
    return tuple(
        DialectRule(re.compile(rule["pattern"], re.IGNORECASE | re.MULTILINE), rule["dialect"],
                    int(rule["weight"]), rule["reason"], tuple(rule.get("needles") or ()))
        for rule in data["rules"]
    )


def guess_dialect(text: str) -> tuple[str, str]:
    """(dialect as sqlglot spells it, why). `("", "no dialect markers")` when nothing matches."""
    head = text[:GUESS_CHARS]
    lowered = head.lower()
    votes: dict[str, int] = {}
    reasons: dict[str, list[str]] = {}
    for rule in rules():
        if rule.needles and not any(n in lowered for n in rule.needles):
            continue
        if rule.pattern.search(head):
            votes[rule.dialect] = votes.get(rule.dialect, 0) + rule.weight
            reasons.setdefault(rule.dialect, []).append(rule.reason)
    if not votes:
        return DEFAULT_DIALECT, "no dialect markers"
    best = max(votes, key=lambda name: votes[name])
    return best, "guessed: " + ", ".join(reasons[best])


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
