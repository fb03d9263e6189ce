"""Reading one SQL file into ops: decode, pick the dialect, split, read each statement."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from privflow.schema import Skipped, SourceFile
from privflow.sources import ops
from privflow.sources.census import Census, complete
from privflow.sources.ddl import StatementReader
from privflow.sources.dialects import GUESS_CHARS, Vote, guess_from, rank_dialects, scores
from privflow.sources.encoding import DecodeStats, detect_encoding, iter_text, read_head
from privflow.sources.guards import might_exceed, statement_problem
from privflow.sources.splitter import LEXES, StatementSplitter
from privflow.sources.statements import statement_kind

# Statements read without a parser (rows are sampled by values.py), so no size guard.
UNGUARDED_KINDS = ("insert", "ignore")


@dataclass
class FileResult:
    file: SourceFile | None
    ops: list[ops.Op] = field(default_factory=list)
    error: str | None = None  # the file could not be read at all


def prepare(dialects: set[str]) -> None:
    """Compile the patterns every reading needs (statement kinds, the fast CREATE TABLE reader,
    the census of heads, each dialect's statement cutter), as the first reading would: called
    before worker processes are forked, so that they inherit them instead of each compiling
    them again (~20-30 ms of a worker's CPU)."""
    from privflow.sources import census, fastddl, splitter

    statement_kind("")
    fastddl._patterns()
    census._patterns()
    for dialect in dialects:
        splitter._body_pattern(LEXES.get(dialect, LEXES[""]), ";")


def read_sql_file(path: Path, display: str, dialect: str | None, dialect_reason: str | None,
                  sample_rows: int) -> FileResult:
    """Everything one file says, as ops; `dialect` None means guess it from the text."""
    try:
        head = read_head(path)
    except OSError as error:
        return FileResult(None, error=error.strerror or str(error))
    encoding = detect_encoding(head)
    if encoding is None:
        # Not a silent pass: a migration the gate cannot read is bad input (exit 2).
        return FileResult(None, [ops.Skip(Skipped(
            display, None, "binary content (mostly control bytes): cannot read it as SQL"))])
    codec, bom = encoding
    text_head = head[bom: bom + 4 * GUESS_CHARS].decode(codec, errors="replace").replace("\x00", "")
    ranked: list[Vote] | None = None
    if dialect is None:
        ranked = rank_dialects(text_head)
        dialect, dialect_reason = guess_from(ranked)
    guessed = not dialect_reason or dialect_reason.startswith("guessed") or (
        dialect_reason == "no dialect markers")

    def read_as(name: str) -> tuple[FileResult, Census]:
        return _read_as(path, display, codec, bom, name, dialect_reason, sample_rows)

    def candidates() -> list[str]:  # only wanted when a reading lost tables
        return [v.dialect for v in (ranked if ranked is not None else rank_dialects(text_head))]

    result, census = complete(read_as, dialect, candidates, retry=guessed)
    if result.file is not None:
        source = result.file
        if ranked is not None:
            source.dialect_scores = scores(ranked)
        source.create_heads, source.tables = census.heads, census.tables
        source.dialects_tried = [d or "generic" for d in census.tried]
        if (why := census.summary()) is not None:
            source.dialect_reason = f"{why} ({source.dialect_reason})"
        result.ops.extend(census.skips(display))
    return result


def _read_as(path: Path, display: str, codec: str, bom: int, dialect: str,
             dialect_reason: str | None, sample_rows: int) -> tuple[FileResult, Census]:
    """One reading of the file in `dialect`, and its census of CREATE heads and tables."""
    source = SourceFile(path=display, dialect=dialect or None,
                        dialect_reason=dialect_reason or "forced")
    reader = StatementReader(display, dialect, sample_rows)
    splitter = StatementSplitter(LEXES.get(dialect, LEXES[""]), copy_rows=max(sample_rows, 0))
    result = FileResult(source)
    census = Census(dialect)
    stats = DecodeStats()
    try:
        for statement in splitter.split(iter_text(path, codec, bom, stats=stats)):
            source.statements += 1
            if statement.data is not None:
                result.ops.extend(reader.copy_rows(statement))
                continue
            if ((statement.oversize or might_exceed(statement.text))
                    and statement_kind(statement.text) not in UNGUARDED_KINDS):
                problem = statement.oversize or statement_problem(statement.text)
                if problem:
                    skipped = reader.skip(statement, problem)
                    census.see(statement, skipped)
                    result.ops.extend(skipped)
                    continue
            produced = reader.read(statement)
            census.see(statement, produced)
            result.ops.extend(produced)
    except OSError as error:
        return FileResult(None, error=error.strerror or str(error)), census
    if stats.nuls:
        result.ops.append(ops.Skip(Skipped(
            display, None, f"{stats.nuls} NUL byte(s) removed; the rest was read as text",
            error=False)))
    return result, census
