"""`scan --format json` written as a stream: one record at a time, never the whole document.

The document is the contract's (`ScanResult.to_json` gives the same value): the top-level
object is laid out one key per line, each list one record per line, every record compact JSON
from the C encoder (`sanitize.json_record`, which makes scanned text safe at most once). Memory
stays that of one record whatever the number of tables, and the bytes depend only on the
result, so two runs over the same input write the same file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from privflow.sanitize import json_record
from privflow.schema import ScanResult


def scan_records(result: ScanResult) -> Iterator[tuple[str, Any]]:
    """(key, value) of the scan document in order; list values are generators of records."""
    return result.records()


def write_document(items: Iterable[tuple[str, Any]], out: TextIO) -> None:
    """A JSON object whose lists are written one record per line as they are produced."""
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
            write(json_record(record))
        write("]" if empty else "\n  ]")
    write("\n}\n")


def write_scan_json(result: ScanResult, output: str | None) -> None:
    """The scan document to FILE (replaced atomically when complete) or to stdout."""
    if not output:
        write_document(scan_records(result), sys.stdout)
        sys.stdout.flush()
        return
    from privflow.output import write_text_with

    # Replaced atomically when complete, never through a link (output.py: one writer for all).
    write_text_with(output, lambda handle: write_document(scan_records(result), handle))
