"""Sources: SQL files, migration folders, dumps, dbt projects and live databases -> `Schema`.

`load_paths` walks the given paths, reads each SQL file into ops (in parallel worker processes
when there is much to read and cores to spare) and applies the ops in application order to
build the final schema. One column's way through this package:

  walker.py      finds `db/V2__x.sql` under the path, in migration order (.gitignore, symlinks)
  dialects.py    guesses the file's dialect from weighted markers (data/dialects.yaml)
  encoding.py    decodes it as a stream: UTF-8, GBK/GB18030, UTF-16 with a BOM
  splitter.py    cuts statements (quotes, comments, DELIMITER, GO, /, dollar quotes, COPY data)
  statements.py  names each statement's kind from its first words (data/statements.yaml)
  ddl.py         turns a statement into ops: fastddl.py for plain CREATE TABLE, else sqlglot,
                 else tolerant.py; values.py samples INSERT rows without parsing them
  ops.py         the ops (CreateTable, AddColumn, SetComment, Rows ...)
  builder.py     applies ops in order: the final schema, with keys, comments and samples
  live/, dbt.py  live databases and dbt projects (their own engineers)
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from privflow.errors import PrivflowError
from privflow.sanitize import path_text
from privflow.schema import Schema, Skipped
from privflow.sources import ops
from privflow.sources.builder import SchemaBuilder
from privflow.sources.cache import ParseCache
from privflow.sources.dialects import (
    GUESS_CHARS,
    guess_dialect,
    guess_from,
    normalize_dialect,
    rank_dialects,
    scores,
)
from privflow.sources.encoding import detect_encoding, read_head
from privflow.sources.files import FileResult, prepare, read_sql_file
from privflow.sources.guards import failure_reason
from privflow.sources.ops import pack, unpack
from privflow.sources.walker import Found, Walker, settings

__all__ = ["load_paths", "guess_dialect"]

# Below this much SQL, worker processes cost more than they save (unless --jobs asks).
PARALLEL_MIN_BYTES = 2 << 20
PARALLEL_MIN_FILES = 8
PROGRESS_MIN_FILES = 10  # a bar for two files only flickers


def load_paths(
    paths: Sequence[str | os.PathLike[str]],
    *,
    dialect: str | None = None,
    dialect_overrides: dict[str, str] | None = None,
    sample_rows: int = 100,
    progress: bool = False,
    only_files: set[str] | None = None,
    follow_symlinks: bool = False,
    jobs_requested: int | None = None,
    cache: ParseCache | None = None,
    freeze_gc: bool = False,
) -> Schema:
    """The final schema defined by the SQL under `paths` (files or folders), applied in order.

    `freeze_gc`: the process ends after this scan (the CLI); objects unpacked from the cache
    are moved out of the cyclic collector's sight (`gc.freeze`) as soon as they are made."""
    forced = normalize_dialect(dialect)
    overrides = {os.path.normpath(k): normalize_dialect(v)
                 for k, v in (dialect_overrides or {}).items()}
    only = {os.path.realpath(p) for p in only_files} if only_files is not None else None
    schema = Schema()
    builder = SchemaBuilder(schema, sample_rows)
    walker = Walker(follow_symlinks=follow_symlinks)
    jobs: list[tuple[Found, str | None, str | None]] = []
    last_guess: dict[str, tuple[str, str]] = {}  # folder -> (dialect, file) last guessed there
    guess_scores: dict[str, dict[str, int]] = {}  # file -> every dialect's score
    read_already: set[str] = set()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise PrivflowError("no such file or folder", path=path_text(given))
        for found in walker.walk(root, path_text(given)):
            if only is not None and not _selected(found.path, only):
                continue
            real = os.path.realpath(found.path)
            if real in read_already:  # overlapping paths: a file is applied once
                continue
            read_already.add(real)
            if found.kind == "quiet":
                continue
            if found.kind.startswith("unreadable"):
                schema.skipped.append(Skipped(found.display, None, found.kind))
                continue
            if found.kind.startswith("note: "):
                schema.skipped.append(Skipped(found.display, None, found.kind[6:], error=False))
                continue
            if found.kind == "dbt":  # a forced dialect wins over the project's adapter
                jobs.append((found, _dialect_for(found.display, forced, overrides)[0], "dbt"))
                continue
            chosen, reason = _dialect_for(found.display, forced, overrides)
            if chosen is None:
                chosen, reason = _guess(found, last_guess, guess_scores, cache)
            jobs.append((found, chosen, reason))
    for job, result in zip(jobs, _read_all(jobs, sample_rows, progress, jobs_requested,
                                           cache, freeze_gc), strict=True):
        found = job[0]
        if found.kind == "dbt":
            # dbt projects are read in order with the rest: their models may build on
            # tables the SQL before them defined.
            try:
                _load_dbt(found, schema, job[1])
            except (RecursionError, MemoryError, ValueError, TypeError, LookupError,
                    AttributeError) as error:
                schema.skipped.append(Skipped(found.display, None,
                                              f"dbt project: {failure_reason(error)}"))
            builder.reindex()
            continue
        if result.error is not None:
            # One unreadable file is bad input, not the end of the scan.
            schema.skipped.append(Skipped(found.display, None,
                                          f"cannot read file: {result.error}"))
            continue
        if result.file is not None:
            result.file.dialect_scores = guess_scores.get(found.display, {})
            schema.files.append(result.file)
        for op in result.ops:
            try:
                builder.apply(op)
            except (RecursionError, MemoryError, ValueError, TypeError, LookupError,
                    AttributeError) as error:
                where = getattr(op, "source", None) or found.display
                path, _, line = str(where).rpartition(":")
                schema.skipped.append(Skipped(path if line.isdigit() else found.display,
                                              int(line) if line.isdigit() else None,
                                              failure_reason(error)))
    if cache is not None:
        cache.save_ranked()
    return schema


def _selected(path: Path, only: set[str]) -> bool:
    real = os.path.realpath(path)
    return any(real == p or real.startswith(p.rstrip(os.sep) + os.sep) for p in only)


def _dialect_for(display: str, forced: str | None,
                 overrides: dict[str, str | None]) -> tuple[str | None, str | None]:
    if forced is not None:
        return forced, "forced"
    norm = os.path.normpath(display)
    best = None
    for prefix, name in overrides.items():
        if (norm == prefix or norm.startswith(prefix.rstrip(os.sep) + os.sep)) and (
                best is None or len(prefix) > len(best[0])):
            best = (prefix, name)
    if best is not None and best[1] is not None:
        return best[1], "inventory"
    return None, None


def _guess(found: Found, last_guess: dict[str, tuple[str, str]],
           guess_scores: dict[str, dict[str, int]],
           cache: ParseCache | None = None) -> tuple[str | None, str | None]:
    """The file's dialect from its head; a file with no markers (a three-line migration) is
    taken to be in the dialect its suffix names (.hql), else in that of the file before it in
    the same folder."""
    try:
        head = read_head(found.path, 4 * GUESS_CHARS)
    except OSError:
        return None, None  # the reader reports it
    encoding = detect_encoding(head)
    if encoding is None:
        return None, None
    codec, bom = encoding
    ranked = cache.ranked(head) if cache is not None else None
    if ranked is None:
        ranked = rank_dialects(head[bom:].decode(codec, errors="replace").replace("\x00", ""))
        if cache is not None:
            cache.keep_ranked(head, ranked)
    guess_scores[found.display] = scores(ranked)
    dialect, reason = guess_from(ranked)
    folder = os.path.dirname(found.display)
    by_suffix = settings()["suffix_dialects"].get(found.path.suffix.lower())
    if not dialect and by_suffix:
        dialect, reason = by_suffix, f"guessed: {found.path.suffix.lower()} file"
    if dialect:
        last_guess[folder] = (dialect, os.path.basename(found.display))
    elif folder in last_guess:
        dialect, model = last_guess[folder]
        reason = f"guessed: like {model}"
    return dialect, reason


def _read_job(job: tuple[Found, str | None, str | None], sample_rows: int) -> FileResult:
    found, chosen, reason = job
    if found.kind == "dbt":
        return FileResult(None)  # loaded in the main process, in order
    try:
        return read_sql_file(found.path, found.display, chosen, reason, sample_rows)
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError,
            UnicodeError) as error:
        # Whatever one file does to the readers costs that file, never the scan.
        return FileResult(None, [ops.Skip(Skipped(found.display, None, failure_reason(error)))])


def _read_batch(batch: list[tuple[Found, str | None, str | None]],
                sample_rows: int) -> list[FileResult]:
    """A worker's unit: several files, results packed (tuples pickle faster than dataclasses)."""
    results = []
    for job in batch:
        result = _read_job(job, sample_rows)
        result.ops = [pack(op) for op in result.ops]  # type: ignore[misc]
        results.append(result)
    return results


def _unpacked(result: FileResult) -> FileResult:
    result.ops = [unpack(item) for item in result.ops]
    return result


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, e.g. a container's cpuset)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _size(found: Found) -> int:
    try:
        return found.path.stat().st_size
    except OSError:
        return 0


@dataclass
class _Plan:
    """How the files left to read are shared out (indexes into that list, in order)."""

    workers: int = 0  # worker processes besides this one; 0: this process reads them all
    batches: list[list[int]] = field(default_factory=list)  # one worker task each
    # The last files, which this process reads itself while the workers read the others:
    # a result made here is not pickled, sent and rebuilt (about a third of reading it).
    here: list[int] = field(default_factory=list)


def _plan(jobs: list[tuple[Found, str | None, str | None]], requested: int | None) -> _Plan:
    """No workers for little SQL or one CPU; else `requested` (`--jobs`; None: the usable
    CPUs, when there is enough to read) processes read, this one included. This process takes
    the last 1/N of the bytes; the workers the files before, in contiguous batches of about a
    quarter of a worker's share, so that a worker's start-up and each pickled result are paid
    for by many statements.
    """
    if os.environ.get("PRIVFLOW_SERIAL"):
        requested = 1
    if requested is not None and requested <= 1:
        return _Plan()
    forced = os.environ.get("PRIVFLOW_WORKERS", "")
    if requested is None and forced.isdigit():
        requested = int(forced)
        if requested <= 1:
            return _Plan()
    sizes = [_size(found) for found, _, _ in jobs]
    total = sum(sizes)
    readers = requested or usable_cpus()
    if requested is None and (readers < 2 or len(jobs) < PARALLEL_MIN_FILES
                              or total < PARALLEL_MIN_BYTES):
        return _Plan()
    here_from = len(jobs)
    kept = 0
    while here_from > 1 and kept + sizes[here_from - 1] <= total // readers:
        here_from -= 1
        kept += sizes[here_from]
    target = max((total - kept) // ((readers - 1) * 4), 1)
    batches: list[list[int]] = []
    current: list[int] = []
    filled = 0
    for index, size in enumerate(sizes[:here_from]):
        current.append(index)
        filled += size
        if filled >= target:
            batches.append(current)
            current, filled = [], 0
    if current:
        batches.append(current)
    return _Plan(min(readers - 1, len(batches)), batches, list(range(here_from, len(jobs))))


def _read_all(jobs: list[tuple[Found, str | None, str | None]], sample_rows: int,
              progress: bool, jobs_requested: int | None = None,
              cache: ParseCache | None = None, freeze_gc: bool = False
              ) -> Iterator[FileResult]:
    """FileResults in job order: from the cache, else read (in worker processes and this one
    when there is a lot to read). The order, hence the schema and its bytes, never depends on
    workers."""
    keys: list[str | None] = [None] * len(jobs)
    cached: list[FileResult | None] = [None] * len(jobs)
    entries: list[bytes | None] = [None] * len(jobs)
    early: dict[int, FileResult] = {}
    if cache is not None and cache.enabled:
        for index, (found, chosen, reason) in enumerate(jobs):
            if found.kind != "dbt":
                keys[index] = cache.key(found.path, found.display, chosen, reason,
                                        sample_rows)
                entries[index] = cache.read(keys[index])
        missing = [i for i, job in enumerate(jobs)
                   if entries[i] is None and job[0].kind != "dbt"]
        if len(missing) < len(jobs) and not _plan([jobs[i] for i in missing],
                                                  jobs_requested).workers:
            # A re-run with a few files to read here: read them first, while the cyclic
            # collector frees the parser's trees, so that it has no reason to run while the
            # entries below are unpacked nor to walk what they made soon after.
            for i in missing:
                early[i] = _read_job(jobs[i], sample_rows)
                cache.put(keys[i], early[i])
        # Unpacking entries makes the whole schema's objects and no garbage: the collector
        # would walk them again and again as they pile up, for nothing.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for index, data in enumerate(entries):
                if data is not None:
                    entries[index] = None
                    cached[index] = cache.decode(data)
        finally:
            if freeze_gc:
                # The process ends with this scan (pipeline.ScanOptions.freeze_gc): what it
                # holds now is out of the collector's sight from here on. Otherwise the first
                # collection would walk every object just made, once more.
                gc.freeze()
            if collecting:
                gc.enable()
    todo = [i for i, job in enumerate(jobs)
            if cached[i] is None and i not in early and job[0].kind != "dbt"]
    plan = _plan([jobs[i] for i in todo], jobs_requested)
    pool = None
    fresh: Iterator[FileResult] = iter(())
    pooled: set[int] = set()
    beside: dict[int, FileResult] = {}
    if plan.workers:
        # Imported here: multiprocessing costs a scan that never starts a worker ~20 ms.
        from concurrent.futures import ProcessPoolExecutor

        prepare({chosen or "" for _, chosen, _ in (jobs[i] for i in todo)})
        pool = ProcessPoolExecutor(max_workers=plan.workers)
        batch_jobs = [[jobs[todo[i]] for i in batch] for batch in plan.batches]
        pooled = {todo[i] for batch in plan.batches for i in batch}
        fresh = (_unpacked(result) for results in pool.map(
            _read_batch, batch_jobs, [sample_rows] * len(batch_jobs)) for result in results)

    def ordered() -> Iterator[FileResult]:
        if plan.workers:
            for i in plan.here:  # while the workers read the files before them
                beside[todo[i]] = _read_job(jobs[todo[i]], sample_rows)
        for index, job in enumerate(jobs):
            hit = cached[index]
            if hit is not None:
                cached[index] = None  # applied once; do not keep it alive
                yield hit
                continue
            if job[0].kind == "dbt":
                yield _read_job(job, sample_rows)
                continue
            if index in early:
                yield early.pop(index)
                continue
            if index in pooled:
                result = next(fresh)
            elif index in beside:
                result = beside.pop(index)
            else:
                result = _read_job(job, sample_rows)
            if cache is not None:
                cache.put(keys[index], result)
            yield result

    try:
        yield from _with_progress(ordered(), len(jobs), progress and len(jobs) >= PROGRESS_MIN_FILES)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _with_progress(results: Iterable[FileResult], count: int,
                   show: bool) -> Iterator[FileResult]:
    if not show:
        yield from results
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("scanning"), BarColumn(), MofNCompleteColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("scan", total=count)
        for result in results:
            yield result
            bar.advance(task)


def _load_dbt(found: Found, schema: Schema, dialect: str | None = None) -> None:
    try:
        from privflow.sources.dbt import load_dbt_project
    except ImportError:
        schema.skipped.append(Skipped(found.display, None,
                                      "dbt project: dbt support is not installed"))
        return
    load_dbt_project(found.path, found.display, schema, dialect=dialect)
