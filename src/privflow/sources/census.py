"""The completeness check: did a reading of a file keep every table the file defines?

While a file is read, every statement the splitter cut is looked at once more: its own head
(`CREATE TABLE`, `CREATE VIEW`) must have produced a table or an error, and a head found
*inside* a statement (outside comments and strings) means the splitter swallowed it, which is
what a wrong dialect does: Oracle's lexis runs a PL/pgSQL function to the end of the file,
T-SQL's runs a procedure to a `GO` that never comes. Heads inside a routine that ended where it
should are the routine's own (temporary tables of a procedure), and temporary tables in a routine
never count.

The check costs one anchored match and a `str.find` per statement; only a statement with
`CREATE` and a space past its start is searched further: no second tokenizer pass over the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from privflow.datafiles import load_yaml
from privflow.schema import Skipped
from privflow.sources import ops
from privflow.sources.dialects import retry_dialects
from privflow.sources.splitter import LEXES, Lexis, RawStatement
from privflow.sources.tolerant import TABLE_NAME, name_parts

R = TypeVar("R")
_NOT_NEWLINE = re.compile(r"[^\n]")
_ROUTINE = re.compile(r"CREATE\s+(?:OR\s+(?:REPLACE|ALTER)\s+)?(?:DEFINER\s*=\s*\S+\s+)?"
                      r"(?:PROCEDURE|PROC|FUNCTION|TRIGGER|PACKAGE|EVENT)\b|DECLARE\b|BEGIN\b|DO\b",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _not_code(backslash: bool, hashes: bool, dollars: bool) -> re.Pattern[str]:
    """Comments, strings (and dollar-quoted bodies) as the dialect writes them."""
    string = r"'(?:[^'\\]|\\[\s\S])*(?:'|$)" if backslash else r"'[^']*(?:'|$)"
    parts = [r"--[^\n]*", r"/\*[\s\S]*?(?:\*/|$)", string]
    if hashes:
        parts.append(r"#[^\n]*")
    if dollars:
        parts.append(r"\$(?P<tag>(?:[A-Za-z_]\w*)?)\$[\s\S]*?(?:\$(?P=tag)\$|$)")
    return re.compile("|".join(parts))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("privflow.sources", "data/statements.yaml")
    head = re.compile(data["create_head"] + rf"(?P<name>{TABLE_NAME})?", re.IGNORECASE)
    return head, re.compile(data["temporary_head"], re.IGNORECASE)


@dataclass(frozen=True)
class Head:
    """A CREATE TABLE/VIEW head no reading turned into a table."""

    line: int
    kind: str  # "table" or "view"
    name: str
    inside: int | None  # line of the statement that swallowed it, None when it is its own


@dataclass
class Census:
    """What one reading of one file saw: heads, tables produced, heads left without a table."""

    dialect: str
    heads: int = 0
    tables: int = 0
    missing: list[Head] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)  # dialects read in, in order
    first: Census | None = None  # the first reading, when another one was kept

    def skips(self, path: str) -> list[ops.Op]:
        """An error for every head this reading left without a table, at the head's line."""
        tried = ", ".join(_label(d) for d in self.tried)
        result: list[ops.Op] = []
        for head in self.missing:
            where = (f"swallowed by the statement at line {head.inside}" if head.inside
                     else "the statement gave no table")
            result.append(ops.Skip(Skipped(
                path, head.line, f"CREATE {head.kind.upper()} {head.name} not read: {where} "
                f"(read as {tried})", error=True)))
        return result

    def summary(self) -> str | None:
        """Why the kept reading is not the first one, for the file's dialect reason."""
        if self.first is None or self.first.dialect == self.dialect:
            return None
        return (f"read as {_label(self.dialect)}: as {_label(self.first.dialect)} "
                f"{len(self.first.missing)} of {self.first.heads} CREATE TABLE/VIEW heads "
                f"gave no table")

    def see(self, statement: RawStatement, produced: list[ops.Op]) -> None:
        head, temporary = _patterns()
        text = statement.text
        made = sum(1 for op in produced if isinstance(op, ops.CreateTable))
        self.tables += made
        own = None if statement.block else head.match(text)
        if own is not None:
            self.heads += 1
            if not made and not any(isinstance(op, ops.Skip) and op.skipped.error
                                    for op in produced):
                self.missing.append(Head(statement.line, own.group("kind").lower(),
                                         _name(own), None))
        if statement.block and not statement.unterminated:
            return  # a routine that ended at its terminator: what it creates is its own
        # A cheap case-sensitive scan first: most statements have no CREATE past their start,
        # and a `create_time` column is no head.
        candidate = _candidate(text)
        if candidate < 0 or head.search(text, candidate) is None:
            return
        # A statement cut short by an open quote: what the quote swallowed is text to search.
        code = text if statement.broken else _blank(text, LEXES.get(self.dialect, LEXES[""]))
        routine = statement.block or _ROUTINE.match(text) is not None
        # A head the reader did read from inside its statement (T-SQL's one-line
        # `IF ... CREATE TABLE`) has a table at its own line.
        lines = {_line_of(op.table.source) for op in produced if isinstance(op, ops.CreateTable)}
        for m in head.finditer(code, 1):
            if routine and temporary.search(m.group()):
                continue
            self.heads += 1
            line = statement.line + text.count("\n", 0, m.start())
            if line not in lines or own is not None:
                self.missing.append(Head(line, m.group("kind").lower(), _name(m),
                                         statement.line))

    def better_than(self, other: Census) -> bool:
        """More tables read, or as many with fewer heads left over."""
        return (self.tables, -len(self.missing)) > (other.tables, -len(other.missing))


def _blank(text: str, lexis: Lexis) -> str:
    """`text` with comments, strings and dollar-quoted bodies blanked, same length and lines."""
    pattern = _not_code(lexis.backslash_escapes, lexis.hash_comments, lexis.dollar_quotes)
    return pattern.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), text)


def _label(dialect: str) -> str:
    return dialect or "generic SQL"


def first_head(text: str, dialect: str) -> int:
    """Where the first CREATE TABLE/VIEW head past the start of `text` is (outside comments
    and strings), or -1."""
    at = _candidate(text)
    if at < 0:
        return -1
    m = _patterns()[0].search(_blank(text, LEXES.get(dialect, LEXES[""])), at)
    return m.start() if m is not None else -1


def _candidate(text: str) -> int:
    """Where the first `CREATE` + whitespace past the start is, or -1 (str.find: C speed)."""
    first = -1
    for word in ("CREATE", "create", "Create"):
        at = text.find(word, 1)
        while at >= 0 and not text[at + 6:at + 7].isspace():
            at = text.find(word, at + 6)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first


def _line_of(source: str) -> int | None:
    line = source.rpartition(":")[2]
    return int(line) if line.isdigit() else None


def _name(m: re.Match[str]) -> str:
    name = m.group("name")
    return ".".join(name_parts(name)) if name else "?"


def complete(read: Callable[[str], tuple[R, Census]], first: str,
             ranked: Callable[[], list[str]], *, retry: bool) -> tuple[R, Census]:
    """The reading of a file that keeps the most tables: in `first`, then (when heads are left
    over and the dialect was only guessed) in the next ranked dialects and the fallbacks."""
    result, census = read(first)
    census.tried = [first]
    if not census.missing or not retry:
        return result, census
    fallbacks, limit = retry_dialects()
    order = [d for d in dict.fromkeys([*ranked(), *fallbacks]) if d != first][:limit]
    best, best_census = result, census
    for dialect in order:
        again, again_census = read(dialect)
        census.tried.append(dialect)
        if getattr(again, "file", None) is not None and again_census.better_than(best_census):
            best, best_census = again, again_census
        if not best_census.missing:
            break
    best_census.tried = census.tried
    best_census.first = census
    return best, best_census
