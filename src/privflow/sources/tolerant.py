"""Reading a CREATE TABLE that sqlglot cannot parse: columns from the text itself.

A vendor column option or storage clause sqlglot does not know must not lose the table. This
reader only needs the table name, the parenthesised body split at top-level commas, and for each
item its name, type, comment and keys; whatever else an item says is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

IDENT = r'(?:`[^`]+`|"[^"]+"|\[[^\]]+\]|[^\s.(),;`"\[]+)'
NAME = rf"{IDENT}(?:\s*\.\s*{IDENT})*"
# A template placeholder (`{{ target.schema }}`, `${db}`) qualifying a table name in the head of
# a statement. `@cdmDatabaseSchema` and `:schema` are plain identifiers to IDENT; all of them are
# recognised by _PLACEHOLDER. (Only heads take TABLE_NAME: IDENT is in the fast path's hot
# column regexes, which stay as they are.)
_TEMPLATE = r"\{\{[^{}]*\}\}|\$\{[^{}]*\}"
# A name never starts with a comment: `CREATE TABLE /*TABLE_PREFIX*/t_admin` (an installer's
# placeholder) is left to sqlglot, which reads t_admin.
TABLE_NAME = rf"(?!/\*)(?:(?:{_TEMPLATE})\s*\.\s*)*{NAME}"
_IDENT_RE = re.compile(IDENT)
_PART_RE = re.compile(rf"{_TEMPLATE}|{IDENT}")
_NAME_RE = re.compile(NAME)

_TABLE_HEAD = re.compile(
    rf"CREATE\s+(?:OR\s+REPLACE\s+)?(?:\w+\s+)*?TABLE\s+(?P<ine>IF\s+NOT\s+EXISTS\s+)?"
    rf"(?P<name>{TABLE_NAME})",
    re.IGNORECASE,
)
_ITEM_TOKENS = re.compile(
    r"'(?:[^'\\]|\\.|'')*'|\"[^\"]*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*[\s\S]*?\*/|[(),]"
    r"|[^'\"`\[(),\-/]+|[\s\S]",
)
_STRING = re.compile(r"N?'((?:[^'\\]|\\.|'')*)'", re.IGNORECASE)
_COMMENT = re.compile(r"\bCOMMENT\s*(?:=\s*)?N?'((?:[^'\\]|\\.|'')*)'", re.IGNORECASE)
_CONSTRAINT_ITEM = re.compile(
    r"(CONSTRAINT\b|PRIMARY\s+KEY\b|UNIQUE\b|KEY\b|INDEX\b|FOREIGN\s+KEY\b|CHECK\b|FULLTEXT\b|"
    r"SPATIAL\b|PERIOD\b|EXCLUDE\b|LIKE\b|PROJECTION\b)",
    re.IGNORECASE,
)
# Where a column's type ends and its options begin.
_TYPE_END = re.compile(
    r"\s(?:NOT\b|NULL\b|DEFAULT\b|COMMENT\b|PRIMARY\b|REFERENCES\b|CONSTRAINT\b|UNIQUE\b|"
    r"CHECK\b|COLLATE\b|CHARACTER\s+SET\b|CHARSET\b|AUTO_INCREMENT\b|AUTOINCREMENT\b|"
    r"IDENTITY\b|GENERATED\b|AS\b|ON\b|ENCODE\b|CODEC\b|TTL\b|MATERIALIZED\b|ALIAS\b|"
    r"OPTIONS\b|WITH\b(?!\s+(?:LOCAL\s+)?TIME\s+ZONE)|SPARSE\b|ROWGUIDCOL\b|MASKING\b|MASKED\b|"
    r"PERSISTED\b|SRID\b|ENCRYPTED\b|INVISIBLE\b|VISIBLE\b|"
    r"STORAGE\b|COLUMN_FORMAT\b|SERIAL\b|KEY\b)",
    re.IGNORECASE,
)
_PRIMARY_KEY = re.compile(r"\bPRIMARY\s+KEY\b", re.IGNORECASE)
_REFERENCES = re.compile(rf"\bREFERENCES\s+(?P<table>{NAME})", re.IGNORECASE)
_PAREN_NAMES = re.compile(r"\(([^()]*)\)")


@dataclass
class TolerantColumn:
    name: str
    type: str | None
    comment: str | None
    primary_key: bool
    references: str | None
    offset: int  # character offset of the item in the statement (for line numbers)


@dataclass
class TolerantTable:
    name_parts: list[str]
    if_not_exists: bool
    columns: list[TolerantColumn] = field(default_factory=list)
    comment: str | None = None
    pk: list[str] = field(default_factory=list)
    fks: list[tuple[list[str], str]] = field(default_factory=list)
    like: list[str] | None = None


_PLAIN_TYPE = re.compile(r"[\w()]+")
_QUOTED_TYPE = re.compile(r"[\[\"`](\w+(?:\s+\w+)*)[\]\"`]")
_TYPE_NOTE = re.compile(r"/\*[\s\S]*?\*/|--[^\n]*")


@lru_cache(maxsize=4096)
def type_text(text: str) -> str:
    """A type as written, lower-case, spaced one way: `decimal(10, 2)`, `bigint(20) unsigned`."""
    if _PLAIN_TYPE.fullmatch(text):
        return text.lower()
    # A note after the type (`Huisnr Integer /* Huisnr */`, the domain a generator wrote
    # there) is no part of it.
    text = _TYPE_NOTE.sub(" ", text)
    text = _QUOTED_TYPE.sub(r"\1", text)  # T-SQL scripts write [nvarchar](256)
    text = re.sub(r"\s+", " ", text.strip().lower())
    return re.sub(r"\s*\(\s*", "(", re.sub(r"\s*,\s*", ", ", re.sub(r"\s*\)", ")", text)))


# A line's closing note: `-- text` or `/* text */` after the definition, outside quotes.
_LINE_NOTE = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"[^\"]*\"|`[^`]*`|--(?P<line>[^\n]*)"
                        r"|/\*(?P<block>[\s\S]*?)\*/")
_NOTE_EDGES = " \t-*=#;,"


def line_note(line: str) -> str | None:
    """The comment a column's line ends with (`name varchar(20), -- customer name`,
    `p_gender char(1) null, /* M=male, F=female -- */`), trimmed of its rules; None when
    the line has none or it says nothing."""
    for match in _LINE_NOTE.finditer(line):
        text = match.group("line")
        if text is None:
            text = match.group("block")
        if text is not None:
            text = text.strip(_NOTE_EDGES)
            return text if any(ch.isalnum() for ch in text) else None
    return None


def unquote(identifier: str) -> str:
    identifier = identifier.strip()
    if len(identifier) >= 2 and identifier[0] + identifier[-1] in ("``", '""', "[]"):
        return identifier[1:-1]
    return identifier


# A qualifier that is a templating placeholder: SqlRender's `@cdmDatabaseSchema`, Jinja's
# `{{ schema }}`, `${db}` (Hive, Flyway, shell), `:schema` (bind variable). Which schema it
# stands for is unknown until deployment, so it is no part of the table's identity (sqlglot
# reads `@x` and `:x` as parameters and leaves them out of the name the same way).
_PLACEHOLDER = re.compile(rf"(?:{_TEMPLATE}|[@:&]\w+)")


def name_parts(name: str) -> list[str]:
    parts = _PART_RE.findall(name)
    if len(parts) > 1 and any(_PLACEHOLDER.fullmatch(p) for p in parts[:-1]):
        parts = [p for p in parts[:-1] if not _PLACEHOLDER.fullmatch(p)] + parts[-1:]
    return [unquote(part) for part in parts]


def unescape(text: str) -> str:
    if "'" not in text and "\\" not in text:
        return text
    return re.sub(r"\\(.)", r"\1", text.replace("''", "'"))


def _names(text: str) -> list[str]:
    m = _PAREN_NAMES.search(text)
    if not m:
        return []
    return [unquote(p.split()[0]) for p in m.group(1).split(",") if p.strip()]


def split_items(text: str, start: int,
                first_only: bool = False) -> tuple[list[tuple[str, int]], int]:
    """Top-level comma-separated items of the parenthesis opening at `start`, and its end."""
    items: list[tuple[str, int]] = []
    depth = 0
    item_start = start + 1
    for m in _ITEM_TOKENS.finditer(text, start):
        token = m.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                items.append((text[item_start:m.start()], item_start))
                return items, m.end()
        elif token == "," and depth == 1:
            items.append((text[item_start:m.start()], item_start))
            if first_only:
                return items, m.end()
            item_start = m.end()
    items.append((text[item_start:], item_start))
    return items, len(text)


_LEAD_COMMENTS = re.compile(r"(?:\s+|--[^\n]*|/\*[\s\S]*?\*/)*")


def read_column_item(item: str, offset: int = 0) -> TolerantColumn | None:
    """One column definition (`name type options`), or None for a key or constraint."""
    lead = _LEAD_COMMENTS.match(item)
    skip = lead.end() if lead else 0
    item = item[skip:].strip()
    if not item or _CONSTRAINT_ITEM.match(item):
        return None
    name_match = _IDENT_RE.match(item)
    if name_match is None:
        return None
    rest = item[name_match.end():]
    stop = _TYPE_END.search(" " + rest)
    comment = _COMMENT.search(rest)
    ref = _REFERENCES.search(rest)
    return TolerantColumn(
        name=unquote(name_match.group()),
        type=type_text(rest[: stop.start()] if stop else rest) or None,
        comment=unescape(comment.group(1)) if comment else None,
        primary_key=bool(_PRIMARY_KEY.search(rest)),
        references=".".join(name_parts(ref.group("table"))) if ref else None,
        offset=offset + skip,
    )


_TYPE_KEYWORD = re.compile(r"^(?:set data )?type ")


def type_after(text: str, name: str) -> str | None:
    """The type written after column `name` in a DDL statement (ALTER ... ADD name type)."""
    quoted = re.escape(name)
    m = re.search(rf"(?:`{quoted}`|\"{quoted}\"|\[{quoted}\]|(?<![\w.]){quoted}(?![\w.]))\s+",
                  text, re.IGNORECASE)
    if m is None:
        return None
    start = m.start()
    # The item ends at the first top-level comma or closing parenthesis after the name.
    items, _ = split_items("(" + text[start:], 0, first_only=True)
    read = read_column_item(items[0][0]) if items else None
    if read is None or not read.type:
        return None
    written = _TYPE_KEYWORD.sub("", read.type)  # PostgreSQL: ALTER COLUMN c [SET DATA] TYPE t
    if written.count("(") != written.count(")") or written.count("<") != written.count(">"):
        return None
    return written


def written_types(text: str) -> dict[str, str]:
    """{column name (lower-case): its type as written} for a CREATE TABLE, where readable."""
    table = read_create_table(text)
    if table is None:
        return {}
    types = {}
    for column in table.columns:
        written = column.type
        if written and written.count("(") == written.count(")") and \
                written.count("<") == written.count(">"):
            types[column.name.lower()] = written
    return types


def read_create_table(text: str) -> TolerantTable | None:
    head = _TABLE_HEAD.match(text)
    if head is None:
        return None
    table = TolerantTable(name_parts(head.group("name")), bool(head.group("ine")))
    rest_at = head.end()
    like = re.match(rf"\s*\(?\s*LIKE\s+(?P<name>{NAME})", text[rest_at:], re.IGNORECASE)
    if like:
        table.like = name_parts(like.group("name"))
        return table
    open_at = text.find("(", rest_at)
    if open_at < 0 or text[rest_at:open_at].strip().upper().startswith("AS"):
        return table
    items, close_at = split_items(text, open_at)
    for raw, offset in items:
        lead = _LEAD_COMMENTS.match(raw)
        skip = lead.end() if lead else 0
        item = raw[skip:].strip()
        offset += skip
        if not item:
            continue
        if _CONSTRAINT_ITEM.match(item):
            upper = item.upper()
            if "PRIMARY" in upper and _PRIMARY_KEY.search(item):
                table.pk.extend(_names(item[_PRIMARY_KEY.search(item).end():]))
            ref = _REFERENCES.search(item)
            if "FOREIGN" in upper and ref:
                cols = _names(item[re.search(r"FOREIGN\s+KEY", item, re.I).end():ref.start()])
                table.fks.append((cols, ".".join(name_parts(ref.group("table")))))
            continue
        column = read_column_item(item, offset)
        if column is not None:
            table.columns.append(column)
    tail = text[close_at:]
    comment = _COMMENT.search(tail)
    if comment:
        table.comment = unescape(comment.group(1))
    return table
