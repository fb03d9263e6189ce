"""The fast path for plain CREATE TABLE: most of a schema dump is the same simple shape.

A statement whose every item fits `data/fast_ddl.yaml` (known type words, known column and
table options, keys and foreign keys) is read with a handful of compiled regexes instead of
sqlglot's parser. Anything else, even one unknown word, returns None and the statement goes to
sqlglot as usual: the fast path decides speed, never coverage.
"""

from __future__ import annotations

import re
from functools import lru_cache

from privflow.datafiles import load_yaml
from privflow.schema import Column, Table, table_id
from privflow.sources.ops import CreateTable
from privflow.sources.tolerant import (
    IDENT,
    NAME,
    TABLE_NAME,
    name_parts,
    type_text,
    unescape,
    unquote,
)

STRING_BODY = r"[^'\\]*(?:(?:\\[\s\S]|'')[^'\\]*)*"
STRING = rf"N?'{STRING_BODY}'"
_GAP = re.compile(r"(?:\s+|--[^\n]*|/\*[\s\S]*?\*/)*")


class _Patterns:
    def __init__(self) -> None:
        data = load_yaml("privflow.sources", "data/fast_ddl.yaml")
        types = "|".join(sorted(data["types"], key=len, reverse=True))
        suffixes = "|".join(data["type_suffixes"])
        options = "|".join(o.replace("STRING", STRING).replace("NAME", NAME)
                           .replace("IDENT", IDENT) for o in data["column_options"])
        params = rf"\(\s*(?:\d+(?:\s*,\s*\d+)?|max|{STRING}(?:\s*,\s*{STRING})*)\s*\)"
        self.head = re.compile(
            rf"CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?P<ine>IF\s+NOT\s+EXISTS\s+)?"
            rf"(?P<name>{TABLE_NAME})\s*\(", re.IGNORECASE)
        # A run of plain characters is taken whole, before the alternatives that start with
        # a quote or a bracket: one step instead of one per character. The item ends at the
        # same place: only STRING's optional N is a plain character, and the run taking it
        # leaves the same string to be read from its quote.
        self.item = re.compile(
            rf"(?:[^,()'\"`\[\-/]+|{STRING}|\"[^\"]*\"|`[^`]*`|\[[^\]]*\]"
            rf"|\((?:[^()']|{STRING}|\([^()]*\))*\)|-(?!-)|/(?!\*))+")
        self.column = re.compile(
            rf"(?P<name>{IDENT})\s+(?P<type>(?:{types})\b(?:\s*{params})?"
            rf"(?:\s+(?:{suffixes})\b)*)"
            rf"(?:\s+(?:COMMENT\s+N?'(?P<comment>{STRING_BODY})'|(?P<pk>PRIMARY\s+KEY)"
            rf"|REFERENCES\s+(?P<ref>{NAME})\s*(?:\(\s*{IDENT}\s*\))?|{options}))*",
            re.IGNORECASE)
        self.comment = re.compile(rf"\bCOMMENT\s*=?\s*({STRING})", re.IGNORECASE)
        self.references = re.compile(rf"\bREFERENCES\s+(?P<table>{NAME})", re.IGNORECASE)
        self.primary_key = re.compile(r"\bPRIMARY\s+KEY\b", re.IGNORECASE)
        key_parts = r"\((?P<cols>[^()]*(?:\(\d+\)[^()]*)*)\)"
        using = r"(?:\s+USING\s+\w+)?"
        self.key = re.compile(
            rf"(?:CONSTRAINT\s+(?:{IDENT}\s+)?)?(?:(?P<pk>PRIMARY\s+KEY)|"
            rf"(?:UNIQUE|FULLTEXT|SPATIAL)(?:\s+(?:KEY|INDEX))?|KEY|INDEX)"
            rf"(?:\s+(?!USING\b){IDENT})?{using}\s*{key_parts}{using}"
            rf"(?:\s+COMMENT\s+{STRING})?", re.IGNORECASE)
        self.foreign_key = re.compile(
            rf"(?:CONSTRAINT\s+(?:{IDENT}\s+)?)?FOREIGN\s+KEY\s*(?:{IDENT}\s*)?"
            rf"\((?P<cols>[^()]*)\)\s*REFERENCES\s+(?P<table>{NAME})\s*\([^()]*\)"
            rf"(?:\s+ON\s+(?:DELETE|UPDATE)\s+(?:CASCADE|RESTRICT|SET\s+NULL|SET\s+DEFAULT|"
            rf"NO\s+ACTION))*", re.IGNORECASE)
        table_options = "|".join(data["table_options"])
        self.table_options = re.compile(
            rf"(?:\s*,?\s*(?:{table_options})\s*(?:=\s*)?(?:{STRING}|\w+))*\s*",
            re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


def _key_columns(text: str) -> list[str]:
    return [unquote(re.sub(r"\(\d+\)", "", p).split()[0]) for p in text.split(",") if p.strip()]


def read_plain_create(text: str, where: str, dialect: str | None) -> CreateTable | None:
    """The CreateTable op for a plain CREATE TABLE, or None when it is not plain."""
    p = _patterns()
    head = p.head.match(text)
    if head is None:
        return None
    parts = name_parts(head.group("name"))
    table = Table(id=table_id(*parts), name=parts[-1], source=where, dialect=dialect)
    op = CreateTable(table, if_not_exists=bool(head.group("ine")))
    pos = head.end()
    end = len(text)
    while True:
        pos = _GAP.match(text, pos).end()
        item = p.item.match(text, pos)
        if item is None:
            return None
        body = item.group().strip()
        pos = item.end()
        # An item takes the white space after it; only a comment can be left before its comma.
        if text.startswith(("--", "/*"), pos):
            pos = _GAP.match(text, pos).end()
        if not _read_item(p, body, table, op, where):
            return None
        if pos >= end:
            return None
        if text[pos] == ",":
            pos += 1
            continue
        if text[pos] == ")":
            pos += 1
            break
        return None
    options = p.table_options.match(text, pos)
    if options is None or options.end() != end:
        return None
    comment = p.comment.search(text, pos)
    if comment:
        table.comment = unescape(_string_body(comment.group(1)))
    return op


def _string_body(literal: str) -> str:
    start = literal.index("'")
    return literal[start + 1:-1]


def _read_item(p: _Patterns, body: str, table: Table, op: CreateTable, where: str) -> bool:
    column = p.column.fullmatch(body)
    if column is None:
        if (key := p.key.fullmatch(body)) is not None:
            if key.group("pk"):
                op.pk.extend(_key_columns(key.group("cols")))
            return True
        if (fk := p.foreign_key.fullmatch(body)) is not None:
            op.fks.append((_key_columns(fk.group("cols")),
                           table_id(*name_parts(fk.group("table")))))
            return True
        return False
    quoted, kind, comment, pk, ref = column.group("name", "type", "comment", "pk", "ref")
    name = unquote(quoted)
    table.add_column(Column(name, type_text(kind),
                            unescape(comment) if comment is not None else None, where,
                            bool(pk)))
    if pk:
        op.pk.append(name)
    if ref:
        op.fks.append(([name], table_id(*name_parts(ref))))
    return True
