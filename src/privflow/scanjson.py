"""`scan --format json` written as a stream: one record at a time, never the whole document.

The document is the contract's (`ScanResult.to_json` gives the same value): the top-level
object is laid out one key per line, each list one record per line, every record compact JSON
from the C encoder (`sanitize.json_record`, which makes scanned text safe at most once). Memory
stays that of one record whatever the number of tables, and the bytes depend only on the
result, so two runs over the same input write the same file. With the cache, a table's record
written by an earlier scan is written again as it is when nothing it reads changed
(classify/memo.py), then the memo is saved with the records of this scan.

Kept records are UTF-8 bytes (a record list may hold `bytes` next to `str` and dicts): into a
UTF-8 text stream that translates no newlines (stdout, `-o FILE`), the document is written
as bytes to the stream's buffer, in chunks of about a megabyte, so a kept record is never
decoded and encoded again; into any other stream as text. The bytes are the same either way.
"""

from __future__ import annotations

import codecs
import math
import os
import sys
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from typing import Any, TextIO

from privflow.sanitize import json_record, needs_json_repair
from privflow.schema import Column, ScanResult, Table


class Encoded(str):
    """A record already encoded as `json_record` would encode it: written as it is."""


def scan_records(result: ScanResult) -> Iterator[tuple[str, Any]]:
    """(key, value) of the scan document in order; list values are generators of records."""
    for key, value in result.records():
        if key == "tables":
            # Most of the document's bytes: encoded without building the dicts first, or
            # taken from the classification memo when the table reads what it read then.
            tables = result.schema.tables.values()
            memo = result.memo
            value = (table_record(t) for t in tables) if memo is None else (
                _remembered(memo, t) for t in tables)
        yield key, value


def _remembered(memo: Any, table: Table) -> bytes:
    kept = memo.record(table)
    if kept is not None:
        return kept
    record = table_record(table).encode("utf-8")
    memo.keep_record(table, record)
    return record


def table_record(table: Table) -> str:
    """`json_record(table.to_json())`, byte for byte, written field by field (three times
    faster on a large schema); any value of an unusual type takes the generic way."""
    try:
        text = (f'{{"id": {_text(table.id)}, "name": {_text(table.name)}, '
                f'"kind": {_text(table.kind)}, "comment": {_text(table.comment)}, '
                f'"source": {_text(table.source)}, "dialect": {_text(table.dialect)}, '
                f'"evidence": {_texts(table.evidence)}, "columns": ['
                + ", ".join(map(_column, table.columns.values())) + "]}")
    except _Unusual:
        return Encoded(json_record(table.to_json()))
    if needs_json_repair(text):
        return Encoded(json_record(table.to_json()))
    return Encoded(text)


class _Unusual(Exception):
    pass


def _text(value: object) -> str:
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    raise _Unusual


def _texts(values: object) -> str:
    if type(values) is not list:
        raise _Unusual
    return "[" + ", ".join(map(_text, values)) + "]" if values else "[]"


# A column's fields after its comment, encoded, by their values: a schema has few distinct
# ones (33,000 columns of 3,000 generated tables: 100; the dev corpus's 3,689: 320), so most
# columns' tails are one lookup instead of six encodings. The key holds the types of the two
# fields a type check decides for (an int confidence takes the generic way, and 1 == 1.0);
# any other value of an unusual type is never cached, as it raises before it would be.
_TAILS: dict[tuple, str] = {}
_TAILS_KEPT = 4096


def _column(column: Column) -> str:
    confidence = round(column.confidence, 2)
    try:
        key = (tuple(column.categories), column.sensitive, type(column.sensitive),
               column.state, confidence, type(confidence), tuple(column.evidence),
               column.linked_to)
        tail = _TAILS.get(key)
    except TypeError:  # a value that is no list, or unhashable: checked the long way
        key, tail = None, None
    if tail is None:
        tail = _tail(column, confidence)
        if key is not None:
            if len(_TAILS) >= _TAILS_KEPT:
                _TAILS.clear()
            _TAILS[key] = tail
    # `_text`'s encoding of the three, its call spared for a plain string
    name, kind, comment = column.name, column.type, column.comment
    return (f'{{"name": {encode_basestring(name) if type(name) is str else _text(name)}, '
            f'"type": {encode_basestring(kind) if type(kind) is str else _text(kind)}, '
            f'"comment": '
            f'{encode_basestring(comment) if type(comment) is str else _text(comment)}, {tail}')


def _tail(column: Column, confidence: object) -> str:
    if type(confidence) is not float or not math.isfinite(confidence) or type(
            column.sensitive) is not bool:
        raise _Unusual
    return (f'"categories": {_texts(column.categories)}, '
            f'"sensitive": {"true" if column.sensitive else "false"}, '
            f'"state": {_text(column.state)}, "confidence": {float.__repr__(confidence)}, '
            f'"evidence": {_texts(column.evidence)}, "linked_to": {_text(column.linked_to)}}}')


def write_document(items: Iterable[tuple[str, Any]], out: TextIO) -> None:
    """A JSON object whose lists are written one record per line as they are produced."""
    buffer = _utf8_buffer(out)
    if buffer is not None:
        out.flush()
        _write_bytes(items, buffer, out.errors or "strict")
        return
    write = out.write
    write("{")
    first_key = True
    for key, value in items:
        write("\n  " if first_key else ",\n  ")
        first_key = False
        write(json_record(key) + ": ")
        if isinstance(value, (str, int, float, bool, dict)) or value is None:
            write(json_record(value))
            continue
        write("[")
        empty = True
        for record in value:
            write("\n    " if empty else ",\n    ")
            empty = False
            if type(record) is bytes:
                write(record.decode("utf-8"))
            else:
                write(record if isinstance(record, Encoded) else json_record(record))
        write("]" if empty else "\n  ]")
    write("\n}\n")


_CHUNK = 1 << 20


def _utf8_buffer(out: TextIO) -> Any:
    """The binary buffer under `out` when writing bytes there gives what writing text to
    `out` would: a UTF-8 text stream that translates no newline (always so on POSIX)."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is None or not encoding or os.linesep != "\n":
        return None
    try:
        if codecs.lookup(encoding).name != "utf-8":
            return None
    except LookupError:
        return None
    return buffer


def _write_bytes(items: Iterable[tuple[str, Any]], buffer: Any, errors: str) -> None:
    """`write_document`'s bytes, in chunks of about `_CHUNK`."""
    parts: list[bytes] = []
    size = 0

    def text(value: str) -> None:
        nonlocal size
        data = value.encode("utf-8", errors)
        parts.append(data)
        size += len(data)

    text("{")
    first_key = True
    for key, value in items:
        text(("\n  " if first_key else ",\n  ") + json_record(key) + ": ")
        first_key = False
        if isinstance(value, (str, int, float, bool, dict)) or value is None:
            text(json_record(value))
            continue
        separator = b"[\n    "
        for record in value:
            parts.append(separator)
            separator = b",\n    "
            if type(record) is bytes:
                parts.append(record)
                size += len(record) + 6
            else:
                text(record if isinstance(record, Encoded) else json_record(record))
            if size >= _CHUNK:
                buffer.write(b"".join(parts))
                parts.clear()
                size = 0
        parts.append(b"[]" if separator == b"[\n    " else b"\n  ]")
    parts.append(b"\n}\n")
    buffer.write(b"".join(parts))


def write_scan_json(result: ScanResult, output: str | None) -> None:
    """The scan document to FILE (replaced atomically when complete) or to stdout."""
    if not output:
        write_document(scan_records(result), sys.stdout)
        sys.stdout.flush()
    else:
        from privflow.output import write_text_with

        # Replaced atomically when complete, never through a link (output.py: one writer).
        write_text_with(output, lambda handle: write_document(scan_records(result), handle))
    if result.memo is not None:
        result.memo.save()  # with the records just written
