"""Dump rows without a parser: `INSERT ... VALUES (...), (...)` read by one token regex.

Dumps are mostly INSERT rows. Only a bounded sample of them is read, value by value, for the
classifier's checks; the rest is never tokenised at all (the splitter steps over it).
"""

from __future__ import annotations

import re
from typing import Any

from privflow.sources.tolerant import NAME

VALUES_HEAD = re.compile(
    rf"(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE|OR\s+\w+)\s+)*"
    rf"(?:INTO\s+)?(?:TABLE\s+)?(?P<table>{NAME})\s*(?:\((?P<columns>[^()]*)\))?\s*VALUES?\s*(?=\()",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"""\s*(?:
      (?P<str>[NnEe]?'(?P<sbody>[^'\\]*(?:(?:\\.|'')[^'\\]*)*)')
    | (?P<dstr>"(?P<dbody>[^"\\]*(?:\\.[^"\\]*)*)")
    | (?P<open>\() | (?P<close>\)) | (?P<comma>,)
    | (?P<word>[^\s,()'"]+)
    )""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "Z": "\x1a", "b": "\b"}
_ESCAPE = re.compile(r"\\(.)|''", re.DOTALL)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _unescape(text: str) -> str:
    if "\\" not in text and "''" not in text:
        return text
    return _ESCAPE.sub(lambda m: "'" if m.group(1) is None else _ESCAPES.get(m.group(1),
                                                                                 m.group(1)), text)


def _word(word: str) -> Any:
    upper = word.upper()
    if upper == "NULL":
        return None
    if _NUMBER.fullmatch(word):
        try:
            return int(word)
        except ValueError:
            return float(word)
    return word


def read_rows(text: str, start: int, limit: int) -> list[list[Any]]:
    """Up to `limit` value tuples from `text[start:]`; nested calls are kept as their text."""
    rows: list[list[Any]] = []
    row: list[Any] = []
    depth = 0
    nested_from = 0
    pos = start
    end = len(text)
    while pos < end and len(rows) < limit:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        pos = m.end()
        if m.group("open"):
            depth += 1
            if depth == 2:
                nested_from = m.start("open")
            continue
        if m.group("close"):
            depth -= 1
            if depth == 1:
                # fn(...) : keep the call's text as the value
                call_start = text.rfind(" ", start, nested_from) + 1
                if row and isinstance(row[-1], str) and text[call_start:nested_from].strip():
                    row[-1] = row[-1] + text[nested_from:pos]
            elif depth == 0:
                rows.append(row)
                row = []
            continue
        if depth != 1:
            continue
        if m.group("comma"):
            continue
        if m.group("str") is not None:
            row.append(_unescape(m.group("sbody")))
        elif m.group("dstr") is not None:
            row.append(_unescape(m.group("dbody")))
        elif m.group("word") is not None:
            row.append(_word(m.group("word")))
    return rows
