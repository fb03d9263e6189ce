"""One template per statement shape: literals, IN-lists, VALUES rows, comments and white space
are what vary between runs of the same job, so they are taken out before hashing.

The normalised text keeps the statement parseable (a string literal becomes `'?'`, a number
`0`), so a template is parsed from it and never from a run's literals: the literals of a query
log are the organisation's data (a phone number in a WHERE clause) and never reach the state
file, the output or a log line.

One compiled pattern finds every token that needs a decision, in order, so a `--` inside a
string or a digit inside a quoted identifier is never touched; the rest is plain text.
"""

from __future__ import annotations

import hashlib
import re

_TOKENS = re.compile(
    r"""
    (?=['"`$\[\-\#/\d.:%?@])                                        # cheap first-character test
    (?:
      (?P<string>'(?:[^'\\]|''|\\.)*')                                  # '...' with '' or \'
    | (?P<dollar>\$(?P<tag>[A-Za-z_]*)\$.*?\$(?P=tag)\$)                   # $$...$$, $x$...$x$
    | (?P<ident>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]\n]*\])            # quoted identifiers
    | (?P<comment>--[^\n]*|\#\s[^\n]*|/\*.*?\*/)                     # comments (MySQL `# `)
    | (?P<number>(?<![\w$.@:])(?:0x[0-9A-Fa-f]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)(?![\w$]))
    | (?P<param>\$\d+|(?<![\w:]):[A-Za-z_]\w*|%\(\w+\)s|%s|\?|@[A-Za-z_]\w*)
    )
    """,
    re.VERBOSE | re.DOTALL,
)

_REPLACEMENT = {"string": "'?'", "dollar": "'?'", "comment": " ", "number": "0",
                "param": "?"}

# After literals are placeholders: a list of them is one placeholder, whatever its length.
_PLACEHOLDER = r"(?:'\?'|0|\?|NULL|TRUE|FALSE|-\s?0)"
_LIST = re.compile(rf"\bIN\s*\(\s*{_PLACEHOLDER}(?:\s*,\s*{_PLACEHOLDER})*\s*\)",
                   re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\v]{2,}|[\t\r\n\f\v]")
_BARE_PLACEHOLDER = re.compile(r"(?<![\w'?])\?(?![\w'?])")
# Multi-row VALUES (flat rows): one row stands for all of them.
_ROWS = re.compile(r"(\bVALUES\s*(\([^()]*\)))(?:\s*,\s*\([^()]*\))+", re.IGNORECASE)


# A string that names where data goes (COPY … TO, INTO OUTFILE, INSERT OVERWRITE DIRECTORY,
# LOCATION, UNLOAD … TO, EXPORT DATA uri=) is a place, not a value: it stays, so the export
# reaches its recipient.
_DESTINATION = re.compile(r"(?:\bTO|\bOUTFILE|\bDIRECTORY|\bLOCATION|\buri\s*=)\s*$", re.IGNORECASE)


def _replace(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "ident":
        return match.group()
    if kind == "string" and _DESTINATION.search(match.string, max(0, match.start() - 16),
                                                match.start()):
        return match.group()
    if kind == "param" and match.group().startswith("@@"):
        return match.group()
    return _REPLACEMENT.get(kind or "", match.group())


# The common statement has no comment, quoted identifier, dollar quote or backslash: then each
# kind of token can be replaced by its own pattern, and a pattern that starts with a literal
# character (a quote) is scanned for at C speed; one combined pattern is several times slower.
_STRING = re.compile(r"'(?:[^']|'')*'")
# Each choice starts with a literal (the `:` before its look-behind) for the same reason.
_PARAM = re.compile(r":(?<![\w:]:)[A-Za-z_]\w*|%\(\w+\)s|%s|@[A-Za-z_]\w*")


def _needs_full_scan(sql: str) -> bool:
    """A comment, a quoted name, a dollar quote or a backslash, or a string that may name a
    destination: written out as `in` tests (C-speed), which a generator of them is not."""
    if ("--" in sql or "/*" in sql or '"' in sql or "`" in sql or "[" in sql or "$" in sql
            or "#" in sql or "\\" in sql):
        return True
    if "'" not in sql:
        return False
    upper = sql.upper()
    # Words before a kept destination: its digits must stay too, which only the full scan knows.
    return "OUTFILE" in upper or "DIRECTORY" in upper or "LOCATION" in upper \
        or "URI" in upper or _starts_a_word(upper, "TO")


def _starts_a_word(text: str, word: str) -> bool:
    """`word` after a non-word character (`\\b`, as `_DESTINATION` asks): `COPY t\\nTO '…'`
    and a statement that starts with it, never the TO of INTO or CUSTOMER."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return True
        at = text.find(word, at + 1)
    return False


_Patterns = tuple[re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str]]]


def _fast_patterns(d: str, w: str, s: str) -> _Patterns:
    r"""The fast path's number pattern and IN-list patterns, over the character classes `d`
    (digit), `w` (word) and `s` (space): `\d`, `\w`, `\s` for any text, their ASCII members
    for ASCII text, where they mean the same and sre tests a bitmap, not Unicode tables.

    The numbers are the combined pattern's, written to start with one character class so that
    the search for a first character runs in C (sre takes a prefix only from a class or from
    literals, never from a choice between `\d` and `\.`, which it would try at every
    position); the look-behind then rejects `c11`, `t.2`, `$1` (only `0x` starts a hex
    number: `1x1` is a name).

    An IN-list of literals is found before its numbers are replaced one by one (most of a
    log's numbers are in such lists): each pattern starts with its literal keyword, searched
    for in C, and the look-behind after it keeps `MIN (`, `JOIN (` out. The plain number is
    tried first (the common item) and quantifiers are possessive: an item must end before `,`
    or `)`, so a shorter match of one could never complete the list."""
    number = re.compile(rf"[{d}.](?<![{w}$.@:][{d}.])"
                        rf"(?:(?<=[{d}])(?:(?<=0)x[0-9A-Fa-f]+|[{d}]*(?:\.[{d}]*)?(?:[eE][+-]?[{d}]+)?)"
                        rf"|(?<=\.)[{d}]+(?:[eE][+-]?[{d}]+)?)(?![{w}$])")
    exponent = rf"(?:[eE][+-]?[{d}]++)?"
    item = (rf"(?:[{d}]++(?:\.[{d}]*+)?{exponent}(?![{w}$])|'\?'"
            rf"|-?[{s}]?(?:0x[0-9A-Fa-f]++|[{d}]++(?:\.[{d}]*+)?{exponent}|\.[{d}]++{exponent})"
            rf"(?![{w}$])|\?|NULL|TRUE|FALSE)")
    upper, lower = (re.compile(rf"{word}(?<![{w}$]{word})[{s}]*+\([{s}]*+{item}"
                               rf"(?:[{s}]*+,[{s}]*+{item})*+[{s}]*+\)") for word in ("IN", "in"))
    return number, (upper, lower)


_UNICODE_FAST = _fast_patterns(r"\d", r"\w", r"\s")
_ASCII_FAST = _fast_patterns("0-9", "A-Za-z0-9_", " \t\n\r\f\v\x1c-\x1f")  # str's \s in ASCII


def _fast(sql: str) -> str:
    text = _STRING.sub("'?'", sql) if "'" in sql else sql
    number, (upper_lists, lower_lists) = _ASCII_FAST if text.isascii() else _UNICODE_FAST
    if "IN" in text:  # (isascii reads a flag CPython keeps)
        text = upper_lists.sub("IN (?)", text)
    if "in" in text:
        text = lower_lists.sub("IN (?)", text)
    text = number.sub("0", text)
    params = ":" in text or "%" in text or "@" in text
    if params:
        text = _PARAM.sub(lambda m: m.group() if m.group().startswith("@@") else "?", text)
    if params or "In" in text or "iN" in text:  # a list that held a parameter, or `In (`
        text = _LIST.sub("IN (?)", text)
    return text


_WHITE = " \t\r\n\f\v"  # what `_SPACES` and `bytes.split` call white space


def _after_leading_comments(sql: str) -> str:
    """The statement after the comments it starts with (a scheduler's or dbt's tag, `/* job 7
    */`, `-- dashboard`): nothing but the comment's own end can end it, so it is cut here with
    `find`, and a tagged statement can still take the fast path. The full scan would make each
    of them one space, which the final strip removes."""
    text = sql.lstrip(_WHITE)
    while text.startswith(("/*", "--")):
        end = text.find("*/", 2) + 2 if text[1] == "*" else text.find("\n") + 1
        if end <= 1:  # an unclosed comment, or one running to the end: the full scan's case
            return sql
        text = text[end:].lstrip(_WHITE)
    return text


def _full(sql: str) -> str:
    """The combined pattern, token by token: the reference the fast path must agree with."""
    # Every list, not only those an `in` test could spot: `IN (\n  1,\n  2\n)` is one too.
    return _LIST.sub("IN (?)", _TOKENS.sub(_replace, sql))


def _finish(text: str) -> str:
    if "VALUES" in text or "values" in text or "Values" in text:
        text = _ROWS.sub(r"\1", text)
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        # ASCII text (nearly all SQL): bytes.split's white space is exactly `_SPACES`', and it
        # runs several times faster than the pattern, which has no literal to search for.
        text = b" ".join(text.encode("ascii").split()).decode("ascii") if text.isascii() \
            else _SPACES.sub(" ", text)
    return text.strip().rstrip(";").strip()


def normalise(sql: str) -> str:
    """The statement with its literals, lists and comments taken out (still parseable SQL)."""
    text = _after_leading_comments(sql)
    return _finish(_full(text) if _needs_full_scan(text) else _fast(text))


def _normalise_full(sql: str) -> str:
    """`normalise` through the combined pattern only (what the tests hold the fast path to)."""
    return _finish(_full(sql))


def fingerprint(normalised: str) -> str:
    """A short stable id of a normalised statement (case folded: SQL keywords and most
    identifiers are case-insensitive, and one template written twice is still one job)."""
    return hashlib.blake2b(normalised.lower().encode("utf-8", "surrogatepass"),
                           digest_size=8).hexdigest()


def parseable(normalised: str) -> str:
    """Text handed to the parser: the `?` placeholders of a template as NULL values."""
    return _BARE_PLACEHOLDER.sub("NULL", normalised) if "?" in normalised else normalised
