"""`scan --format json` written as a stream: one record at a time, never the whole document.

The document is the contract's (`ScanResult.to_json` gives the same value): the top-level
object is laid out one key per line, each list one record per line, every record compact JSON
from the C encoder (`sanitize.json_record`, which makes scanned text safe at most once). Memory
stays that of one record whatever the number of tables, and the bytes depend only on the
result, so two runs over the same input write the same file.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from privflow.sanitize import json_record
from privflow.schema import SCHEMA_VERSION, ScanResult


def scan_records(result: ScanResult) -> Iterator[tuple[str, Any]]:
    """(key, value) of the scan document in order; list values are generators of records."""
    yield "schema_version", SCHEMA_VERSION
    yield "tool", {"name": "privflow", "version": result.version}
    yield "tables", (t.to_json() for t in result.schema.tables.values())
    yield "flows", (f.to_json() for f in result.flows)
    yield "recipients", (r.to_json() for r in result.recipients)
    yield "findings", (f.to_json() for f in result.findings)
    yield "files", ({"path": f.path, "dialect": f.dialect, "dialect_reason": f.dialect_reason,
                     "statements": f.statements} for f in result.schema.files)
    yield "skipped", (s.to_json() for s in result.schema.skipped)


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
    with _replacing(Path(output)) as handle:
        write_document(scan_records(result), handle)


@contextmanager
def _replacing(path: Path) -> Iterator[TextIO]:
    """A handle whose content replaces `path` only once fully written (a half-written scan
    never sits where a reader expects a whole one); a device such as /dev/null is written
    directly."""
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            yield handle
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
