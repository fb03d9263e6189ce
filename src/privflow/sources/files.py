"""Reading one SQL file into ops: decode, pick the dialect, split, read each statement."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from privflow.schema import Skipped, SourceFile
from privflow.sources import ops
from privflow.sources.ddl import StatementReader
from privflow.sources.dialects import GUESS_CHARS, guess_dialect
from privflow.sources.encoding import detect_encoding, iter_text, read_head
from privflow.sources.splitter import LEXES, StatementSplitter


@dataclass
class FileResult:
    file: SourceFile | None
    ops: list[ops.Op] = field(default_factory=list)
    error: str | None = None  # the file could not be read at all


def read_sql_file(path: Path, display: str, dialect: str | None, dialect_reason: str | None,
                  sample_rows: int) -> FileResult:
    """Everything one file says, as ops; `dialect` None means guess it from the text."""
    try:
        head = read_head(path)
    except OSError as error:
        return FileResult(None, error=error.strerror or str(error))
    encoding = detect_encoding(head)
    if encoding is None:
        return FileResult(None, [ops.Skip(Skipped(display, None, "binary file, not read", error=False))])
    codec, bom = encoding
    if dialect is None:
        text_head = head[bom: bom + 4 * GUESS_CHARS].decode(codec, errors="replace")
        dialect, dialect_reason = guess_dialect(text_head)
    source = SourceFile(path=display, dialect=dialect or None,
                        dialect_reason=dialect_reason or "forced")
    reader = StatementReader(display, dialect, sample_rows)
    splitter = StatementSplitter(LEXES.get(dialect, LEXES[""]), copy_rows=max(sample_rows, 0))
    result = FileResult(source)
    try:
        for statement in splitter.split(iter_text(path, codec, bom)):
            source.statements += 1
            if statement.data is not None:
                result.ops.extend(reader.copy_rows(statement))
                continue
            result.ops.extend(reader.read(statement))
    except OSError as error:
        return FileResult(None, error=error.strerror or str(error))
    return result
