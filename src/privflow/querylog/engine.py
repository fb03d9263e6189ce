"""The single-machine path: read logs into the state (fingerprint, count), resolve new
templates once, then read the answer (edges, access facts) back out of the state.

A re-run with the same state file reads only what was appended to each log since the last run
and parses only templates it has not seen; a change of schema, dialect or privflow version
parses every template again (counts are kept: they do not depend on the schema).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import json
import os
import pickle
import queue
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from privflow import __version__
from privflow.querylog.fingerprint import fingerprint, normalise
from privflow.querylog.formats import LogFile, LogRecord, open_log
from privflow.querylog.store import Store
from privflow.querylog.templates import DEFAULT_TIMEOUT, TemplateResolver

FLUSH_EVERY = 50_000  # distinct (template, user, role) keys held before writing them out
BATCH = 20_000  # records of a log read in one process, tallied together
CHUNK_BYTES = 1024 * 1024  # one task of a worker process: whole records, about this size
PARALLEL_BYTES = 8 * 1024 * 1024  # a smaller remainder of a log is read in this process
SEEN_CACHE = 100_000  # exact statement texts remembered per process
PARALLEL_TEMPLATES = 200  # fewer new templates are resolved in this process (a pool costs more)


@dataclass
class LogSource:
    path: str
    log_format: str | None = None
    dialect: str | None = None


@dataclass
class ReadStats:
    records: int = 0
    skipped: int = 0
    new_templates: int = 0
    resumed_at: dict[str, int] = field(default_factory=dict)


HEAD_BYTES = 4096  # a log whose first bytes changed was rotated or rewritten: read it anew


def _head(path: Path, length: int = HEAD_BYTES) -> tuple[int, str]:
    with path.open("rb") as stream:
        head = stream.read(length)
    return len(head), hashlib.blake2b(head, digest_size=8).hexdigest()


def _span(entry: list, time: str | None) -> None:
    if time is None:
        return
    if entry[1] is None or time < entry[1]:
        entry[1] = time
    if entry[2] is None or time > entry[2]:
        entry[2] = time


def fingerprint_batch(texts: list[str]) -> tuple[list[str], dict[str, str]]:
    """The template of each statement, and the normalised text of each template's first
    statement in the batch (the Spark path's per-partition step)."""
    fps: list[str] = []
    firsts: dict[str, str] = {}
    seen: dict[str, str] = {}
    for text in texts:
        fp = seen.get(text)
        if fp is None:
            normalised = normalise(text)
            fp = seen[text] = fingerprint(normalised)
            if fp not in firsts:
                firsts[fp] = normalised
        fps.append(fp)
    return fps, firsts


@dataclass
class Sums:
    """Runs per (template, user, role) with first and last seen, and the direct facts (columns
    read, edges written) of a stretch of one log. They add up in any order, so each reading
    process keeps its own and they meet only when written out."""

    counts: dict[tuple[str, str, str], list] = field(default_factory=dict)  # [runs, first, last]
    reads: dict[tuple[str, str, str, str], list] = field(default_factory=dict)  # the same
    edges: dict[tuple[str, str], list] = field(default_factory=dict)  # ... and the first line

    def __len__(self) -> int:
        return len(self.counts) + len(self.reads) + len(self.edges)

    def merge(self, other: Sums) -> None:
        for table, source in ((self.counts, other.counts), (self.reads, other.reads),
                              (self.edges, other.edges)):
            for key, value in source.items():
                entry = table.get(key)
                if entry is None:
                    table[key] = value
                    continue
                entry[0] += value[0]
                _span(entry, value[1])
                _span(entry, value[2])
                if len(entry) > 3 and value[3] < entry[3]:  # an edge: its first line
                    entry[3] = value[3]

    def clear(self) -> None:
        self.counts.clear()
        self.reads.clear()
        self.edges.clear()


@dataclass
class Tally:
    """What one chunk of a log (or a batch of records) says beyond its sums: the templates
    its process had not reported before, with their first statement (normalised), line and
    query id; malformed records; where it ends. The parent takes tallies in file order, so a
    template's first occurrence is the same whatever the number of processes."""

    firsts: dict[str, tuple[str, int, str | None]] = field(default_factory=dict)
    failures: list[tuple[int, str]] = field(default_factory=list)
    records: int = 0
    skipped: int = 0
    start: int = 0  # byte offset of the chunk in its file
    end_offset: int = 0  # bytes after `start`
    end_line: int = 0
    held: int = 0  # keys its process held unwritten after it
    drained: list[Sums] | None = None  # the workers' sums, on the last chunk before a flush


class Tallier:
    """One process's reading of one log: exact statement texts already fingerprinted (a
    dashboard re-runs the very same text), normalised ones too, templates already reported,
    and the sums."""

    def __init__(self, sums: Sums | None = None) -> None:
        self.seen: dict[str, str] = {}
        # Normalised texts already fingerprinted: most statements are a template seen before
        # with other literals, and a dict lookup costs less than a hash over a lower copy.
        self.shapes: dict[str, str] = {}
        self.reported: set[str] = set()
        self.sums = Sums() if sums is None else sums

    def chunk(self, log: LogFile, data: bytes, line: int) -> Tally:
        """The tally of one chunk of a log (whole records), read by the format's own reader."""
        tally = Tally()
        self.count(tally, log.chunk_records(data, line))
        tally.end_offset = len(data)
        tally.end_line = line + data.count(b"\n")
        tally.held = len(self.sums)
        return tally

    def drain(self) -> Sums:
        sums, self.sums = self.sums, Sums()
        return sums

    def count(self, tally: Tally, items: Iterable[tuple[LogRecord | None, int]]) -> None:
        """Count what a reader yielded: records, and None for each malformed one. The hot
        loop of a 10-million-line log, so `_count` and `_span` are written out here."""
        seen, shapes, reported = self.seen, self.shapes, self.reported
        counts, firsts = self.sums.counts, tally.firsts
        for record, at in items:
            tally.records += 1
            if record is None:
                tally.skipped += 1
                tally.failures.append((at, "not a record of this log"))
                continue
            user, role, time, runs = record.user or "", record.role or "", record.time, \
                record.count
            if record.reads or record.writes:
                self._direct(record, user, role)
            text = record.text
            if not text or text.isspace():
                continue
            fp = seen.get(text)
            if fp is None:
                normalised = normalise(text)
                fp = shapes.get(normalised)
                if fp is None:  # a template (or one's spelling) new to this process
                    fp = fingerprint(normalised)
                    if len(shapes) >= SEEN_CACHE:
                        shapes.clear()
                    shapes[normalised] = fp
                    if fp not in reported:
                        reported.add(fp)
                        firsts[fp] = (normalised, record.line, record.id)
                if len(seen) >= SEEN_CACHE:
                    seen.clear()
                seen[text] = fp
            key = (fp, user, role)
            entry = counts.get(key)
            if entry is None:
                counts[key] = [runs, time, time]
            else:
                entry[0] += runs
                if time is not None:
                    if entry[1] is None or time < entry[1]:
                        entry[1] = time
                    if entry[2] is None or time > entry[2]:
                        entry[2] = time

    def _direct(self, record: LogRecord, user: str, role: str) -> None:
        """Columns read and written that the log names itself (Snowflake ACCESS_HISTORY)."""
        for table, column in record.reads:
            _count(self.sums.reads, (table.lower(), column.lower(), user, role), record.count,
                   record.time)
        for table, column, sources in record.writes:
            target = f"{table.lower()}.{column.lower()}"
            for source_table, source_column, *rest in sources:
                transform = rest[0] if rest else "derive"
                key = (f"{source_table.lower()}.{source_column.lower()}|{transform}", target)
                entry = self.sums.edges.get(key)
                if entry is None:
                    entry = self.sums.edges[key] = [0, None, None, record.line]
                entry[0] += record.count
                _span(entry, record.time)


def _count(table: dict, key: tuple, runs: int, time: str | None) -> None:
    entry = table.get(key)
    if entry is None:
        table[key] = [runs, time, time]
        return
    entry[0] += runs
    _span(entry, time)


def _settle() -> None:
    """In a worker process just started: what it inherited (every imported module's objects)
    is moved out of the garbage collector's sight, so that its full collections scan only
    the worker's own objects (about 9% of a reading worker's instructions), and the pages it
    shares with the parent stay shared."""
    gc.freeze()


def _work(log: LogFile, tasks: Any, results: Any) -> None:
    """A worker process: chunks in, tallies out; its sums only when the parent asks (a task
    without a chunk), so that they cross between processes once per flush and not per chunk.
    A chunk comes as where it lies in the log, which the worker reads itself (from the page
    cache the parent's read just filled), so that no megabyte is pickled through a pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _settle()
    tallier = Tallier()
    with log.path.open("rb") as stream:
        while True:
            task = tasks.get()
            if task is None:
                return
            index, where, line = task
            try:
                if where is None:
                    results.put((index, tallier.drain()))
                    continue
                stream.seek(where[0])
                results.put((index, tallier.chunk(log, stream.read(where[1]), line)))
            except Exception as error:  # noqa: BLE001 - raised again in the parent
                try:
                    pickle.dumps(error)
                except Exception:  # noqa: BLE001 - an error that cannot cross: its words can
                    error = RuntimeError(f"{type(error).__name__}: {error}")
                results.put((index, error))


def _chunks(log: LogFile, stream: BinaryIO, offset: int, line: int
            ) -> Iterator[tuple[bytes, int, int]]:
    """(bytes, offset, line) of consecutive stretches of whole records from `offset`."""
    stream.seek(offset)
    pending = b""
    while True:
        block = stream.read(CHUNK_BYTES)
        data = pending + block
        if not block:  # the end: what is left is the last records
            if data:
                yield data, offset, line
            return
        cut = log.boundary(data)
        if cut <= 0:  # one record longer than a chunk: read on
            pending = data
            continue
        chunk, pending = data[:cut], data[cut:]
        yield chunk, offset, line
        offset += len(chunk)
        line += chunk.count(b"\n")


class _Workers:
    """Worker processes reading chunks of one log, each its own share in turn (so that each
    one's sums cover known chunks), tallies back in file order, a bounded number of chunks in
    flight so that a 10 GB log never sits in memory."""

    def __init__(self, log: LogFile, count: int) -> None:
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        self.results = context.Queue()
        self.tasks = [context.Queue() for _ in range(count)]
        self.processes = [context.Process(target=_work, args=(log, tasks, self.results),
                                          daemon=True) for tasks in self.tasks]
        for process in self.processes:
            process.start()
        self.waiting: dict[int, Any] = {}
        self.sent = 0

    def _send(self, worker: int, where: tuple[int, int] | None, line: int) -> int:
        index, self.sent = self.sent, self.sent + 1
        self.tasks[worker].put((index, where, line))
        return index

    def _get(self, index: int) -> Any:
        while index not in self.waiting:
            try:
                got, result = self.results.get(timeout=1)
            except queue.Empty:
                if any(p.exitcode is not None for p in self.processes):
                    raise RuntimeError("a worker process reading the query log stopped") \
                        from None
                continue
            self.waiting[got] = result
        result = self.waiting.pop(index)
        if isinstance(result, BaseException):
            raise result
        return result

    def map(self, chunks: Iterator[tuple[bytes, int, int]], full: Callable[[], bool]
            ) -> Iterator[Tally]:
        """Tallies of `chunks` in file order. When a worker holds `FLUSH_EVERY` keys or
        `full()` says the parent does, and at the end, no more chunks go out until those in
        flight are back; then every worker's sums ride on the last tally (`drained`)."""
        count = len(self.processes)
        in_flight: deque[tuple[int, int, int]] = deque()  # (index, worker, start)
        held = [0] * count
        turn = 0
        draining = exhausted = False
        while True:
            if max(held) >= FLUSH_EVERY or full():
                draining = True
            while not draining and not exhausted and len(in_flight) < 2 * count:
                item = next(chunks, None)
                if item is None:
                    exhausted = True
                    break
                data, start, line = item
                in_flight.append((self._send(turn, (start, len(data)), line), turn, start))
                turn = (turn + 1) % count
            if not in_flight:
                return
            index, worker, start = in_flight.popleft()
            tally = self._get(index)
            tally.start = start
            held[worker] = tally.held
            if not in_flight:  # draining or at the end: nothing else is out
                asked = [self._send(w, None, 0) for w in range(count)]
                tally.drained = [self._get(index) for index in asked]
                held = [0] * count
                draining = False
            yield tally

    def close(self) -> None:
        for tasks in self.tasks:
            tasks.put(None)
        for process in self.processes:
            process.join(timeout=5)
            if process.exitcode is None:  # stopped early (an error in the parent)
                process.terminate()
                process.join()
        for tasks in (*self.tasks, self.results):
            tasks.close()
            tasks.cancel_join_thread()


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Reader:
    """Takes tallies in file order and sums into the state, flushing to SQLite as keys pile
    up. `sums` is also the in-process tallier's own, so reading in this process merges
    nothing."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.known = store.known_templates()
        self.new: list[tuple[str, str, str | None, str, int, str | None]] = []
        self.sums = Sums()
        self.failures: list[tuple[str, int, str | None, str | None, str]] = []

    def merge(self, tally: Tally, dialect: str | None, where: str) -> None:
        for fp, (normalised, line, query_id) in tally.firsts.items():
            if fp not in self.known:
                self.known.add(fp)
                self.new.append((fp, normalised, dialect, where, line, query_id))
        self.failures.extend((where, at, None, None, reason) for at, reason in tally.failures)
        for sums in tally.drained or ():
            self.sums.merge(sums)

    def pending(self) -> int:
        return len(self.sums) + len(self.new) + len(self.failures)

    def flush(self, where: str) -> None:
        """Everything held, into the state (`where`: the log the sums are of)."""
        self.store.add_templates(self.new)
        self.store.add_runs(self.sums.counts)
        self.store.add_direct_reads(self.sums.reads)
        self.store.add_direct_edges({key: [runs, first, last, where, line] for key,
                                     (runs, first, last, line) in self.sums.edges.items()})
        self.store.add_failures(self.failures)
        self.new, self.failures = [], []
        self.sums.clear()


def read_logs(store: Store, sources: Sequence[LogSource], *, workers: int | None = None,
              warn: Callable[[str], None] = lambda message: None) -> ReadStats:
    """Read what is new in each log into the state."""
    stats = ReadStats()
    reader = Reader(store)
    for source in sources:
        path = Path(source.path)
        log = open_log(path, source.log_format, source.dialect)
        key = str(path.resolve())
        saved = store.file_state(key)
        offset, line = log.start()
        records = skipped = 0
        size = path.stat().st_size
        head = _head(path)
        # Resume only where the log is the same file grown: its first bytes (as many as were
        # there last time) unchanged and nothing cut off.
        if saved is not None and saved[0] <= size and \
                _head(path, saved[4]) == (saved[4], saved[5]):
            offset, line, records, skipped = saved[:4]
            stats.resumed_at[source.path] = offset
        elif saved is not None:
            warn(f"{source.path}: changed since the last run (rotated or rewritten): read anew")
            saved = None
        # Worker processes pay for themselves only on a large remainder of a splittable log.
        count = workers if workers is not None else default_workers()
        pool = _Workers(log, count) if count > 1 and log.splittable and \
            size - offset > PARALLEL_BYTES else None
        tallier = Tallier(reader.sums)
        try:
            with path.open("rb") as stream:
                if pool is not None:
                    tallies = pool.map(_chunks(log, stream, offset, line),
                                       lambda: reader.pending() >= FLUSH_EVERY)
                elif log.splittable:
                    tallies = (_started(tallier.chunk(log, data, at), start)
                               for data, start, at in _chunks(log, stream, offset, line))
                else:
                    tallies = _sequential(tallier, log, stream, offset, line)
                for tally in tallies:
                    reader.merge(tally, log.dialect, source.path)
                    records += tally.records
                    skipped += tally.skipped
                    stats.records += tally.records
                    stats.skipped += tally.skipped
                    offset, line = tally.start + tally.end_offset, tally.end_line
                    # Worker processes' sums are all in only on a drained tally.
                    flush = tally.drained is not None if pool is not None else \
                        reader.pending() >= FLUSH_EVERY
                    if flush:
                        stats.new_templates += len(reader.new)
                        reader.flush(source.path)
                        store.save_file(key, source.path, log.name, offset, line, records,
                                        skipped, head)
                        store.commit()
        finally:
            if pool is not None:
                pool.close()
        stats.new_templates += len(reader.new)
        reader.flush(source.path)
        store.save_file(key, source.path, log.name, offset, line, records, skipped, head)
        store.commit()
    return stats


def _started(tally: Tally, start: int) -> Tally:
    tally.start = start
    return tally


def _sequential(tallier: Tallier, log: LogFile, stream: BinaryIO, offset: int, line: int
                ) -> Iterator[Tally]:
    """A log whose records cannot be cut at a byte boundary (its reader keeps state, like the
    MySQL general log's users by connection): tallies of `BATCH` records, in one process."""
    end = [offset, line]

    def items() -> Iterator[tuple[LogRecord | None, int]]:
        for record, at, after, after_line in log.records(stream, offset, line):
            end[:] = after, after_line
            yield record, at

    stream_of_items = items()
    while True:
        tally = Tally(start=offset)
        tallier.count(tally, itertools.islice(stream_of_items, BATCH))
        if not tally.records:
            return
        tally.end_offset, tally.end_line = end[0] - offset, end[1]
        yield tally


def _schema_digest(schema: dict[str, list[str]] | None, dialect: str | None) -> str:
    text = json.dumps([sorted((schema or {}).items()), dialect or "", __version__],
                      sort_keys=True)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


class _Resolvers:
    """A TemplateResolver per dialect, made when a template first needs it."""

    def __init__(self, schema: dict[str, list[str]] | None, dialect: str | None,
                 timeout: float | None) -> None:
        self.schema, self.dialect, self.timeout = schema, dialect, timeout
        self.resolvers: dict[str | None, TemplateResolver] = {}

    def __call__(self, item: tuple[str, str | None, int]) -> tuple[dict | None, str | None]:
        sql, template_dialect, line = item
        chosen = self.dialect or template_dialect
        resolver = self.resolvers.get(chosen)
        if resolver is None:
            resolver = self.resolvers[chosen] = TemplateResolver(self.schema, chosen,
                                                                 self.timeout)
        return resolver.resolve(sql, line)


_WORKER_RESOLVERS: list[_Resolvers] = []  # a resolving worker process's own


def _start_resolving(resolvers: _Resolvers) -> None:
    _settle()
    _WORKER_RESOLVERS[:] = [resolvers]


def _resolve_in_worker(item: tuple[str, str | None, int]) -> tuple[dict | None, str | None]:
    return _WORKER_RESOLVERS[0](item)


def resolve_templates(store: Store, schema: dict[str, list[str]] | None,
                      dialect: str | None = None,
                      timeout: float | None = DEFAULT_TIMEOUT, workers: int | None = None) -> int:
    """Parse and walk every template the state has not resolved (against this schema); many
    of them in worker processes, each template on its own (the walk of one never depends on
    another's), in order."""
    digest = _schema_digest(schema, dialect)
    if store.meta("schema") != digest:
        store.invalidate_results()
        store.set_meta("schema", digest)
    pending = store.pending_templates()
    resolvers = _Resolvers(schema, dialect, timeout)
    items = [(sql, template_dialect, line) for _, sql, template_dialect, _, line, _ in pending]
    count = workers if workers is not None else default_workers()
    pool = None
    if count > 1 and len(pending) >= PARALLEL_TEMPLATES:
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        pool = multiprocessing.get_context(method).Pool(count, _start_resolving, (resolvers,))
    try:
        answers = pool.imap(_resolve_in_worker, items, chunksize=8) if pool is not None \
            else map(resolvers, items)
        done: list[tuple[str, dict | None, str | None]] = []
        failures = []
        for (fp, _, _, file, line, query_id), (result, error) in zip(pending, answers,
                                                                     strict=True):
            done.append((fp, result, error))
            if error:
                failures.append((file, line, query_id, fp, error))
            if len(done) >= 1000:
                store.save_results(done)
                done = []
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    store.save_results(done)
    store.add_failures(failures)
    store.commit()
    return len(pending)


# --------------------------------------------------------------------------------------------
# The answer


def _edge_json(row: tuple, via: str | None) -> dict[str, Any]:
    source_table, source_column, target_table, target_column, transform = row
    return {"source_table": source_table, "source_column": source_column,
            "target_table": target_table, "target_column": target_column,
            "transform": transform, "via": via}


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection inside: a block that builds tens of thousands of containers and
    no cycle would otherwise trigger collections that scan every live object (a quarter of
    `summarise`'s time on the benchmark log)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def summarise(store: Store, *, with_conditions: bool = False) -> dict[str, Any]:
    """The `privflow lineage --query-log` document from the state."""
    with _collector_paused():
        return _summarise(store, with_conditions)


def _summarise(store: Store, with_conditions: bool) -> dict[str, Any]:
    templates = store.templates()
    usage: dict[str, list[tuple[str, str, int, str | None, str | None]]] = {}
    for fp, user, role, runs, first, last in store.runs():
        usage.setdefault(fp, []).append((user, role, runs, first, last))

    edges: dict[tuple, dict[str, Any]] = {}
    exports: dict[tuple, dict[str, Any]] = {}
    access: dict[tuple, list] = {}

    def count(target: dict[str, Any], runs: int, first: str | None, last: str | None,
              fp: str | None) -> None:
        target["runs"] += runs
        if first is not None and (target["first_seen"] is None or first < target["first_seen"]):
            target["first_seen"] = first
        if last is not None and (target["last_seen"] is None or last > target["last_seen"]):
            target["last_seen"] = last
        if fp is not None and fp not in target["templates"]:
            target["templates"].append(fp)

    for template in templates:
        result = template["result"]
        if not result:
            continue
        fp = template["fingerprint"]
        via = f"{template['file']}:{template['line']}"
        rows = [tuple(e) for e in result["edges"]]
        if with_conditions:
            rows += [tuple(e) for e in result["conditions"]]
        for row in rows:
            entry = edges.setdefault(row, {**_edge_json(row, via), "runs": 0, "first_seen": None,
                                           "last_seen": None, "templates": []})
            count(entry, template["runs"], template["first_seen"], template["last_seen"], fp)
        for kind, location, table in (tuple(e) for e in result["exports"]):
            entry = exports.setdefault((kind, location, table), {
                "kind": kind, "location": location, "table": table, "via": via, "runs": 0,
                "first_seen": None, "last_seen": None, "templates": []})
            count(entry, template["runs"], template["first_seen"], template["last_seen"], fp)
        # Every column a template reads, for every user and role that ran it: the summary's
        # one loop over products, so written out (a run's first seen is never after its last).
        who = usage.get(fp)
        if not who:
            continue
        where = (template["file"], template["line"])
        for table, column in result["reads"]:
            for user, role, runs, first, last in who:
                key = (table, column, user, role)
                entry = access.get(key)
                if entry is None:
                    access[key] = [runs, first, last, [fp], where]
                    continue
                entry[0] += runs
                if first is not None and (entry[1] is None or first < entry[1]):
                    entry[1] = first
                if last is not None and (entry[2] is None or last > entry[2]):
                    entry[2] = last
                entry[3].append(fp)  # templates come in fingerprint order, each once
                if entry[4] is None or where < entry[4]:
                    entry[4] = where

    for source, target, file, line, runs, first, last in store.direct_edges():
        source_id, _, transform = source.partition("|")
        source_table, _, source_column = source_id.rpartition(".")
        target_table, _, target_column = target.rpartition(".")
        row = (source_table, source_column, target_table, target_column, transform or "derive")
        entry = edges.setdefault(row, {**_edge_json(row, f"{file}:{line}"), "runs": 0,
                                       "first_seen": None, "last_seen": None, "templates": []})
        count(entry, runs, first, last, None)
    for table, column, user, role, runs, first, last in store.direct_reads():
        entry = access.setdefault((table, column, user, role), [0, None, None, [], None])
        entry[0] += runs
        _span(entry, first)
        _span(entry, last)

    failures = store.failures()
    document: dict[str, Any] = {
        "statements": sum(t["runs"] for t in templates),
        "skipped": [{"line": line, "source": f"{file}:{line}", "query_id": qid,
                     "template": fp, "reason": reason}
                    for file, line, qid, fp, reason in failures],
        "edges": sorted(edges.values(), key=lambda e: _sort_key(e)),
        "templates": [{key: t[key] for key in ("fingerprint", "sql", "runs", "users",
                                               "first_seen", "last_seen", "status", "error")}
                      | {"source": f"{t['file']}:{t['line']}"} for t in templates],
        "access": [{"table": table, "column": column, "user": user or None, "role": role or None,
                    "runs": n, "first_seen": first, "last_seen": last,
                    "templates": sorted(fps),
                    "via": f"{where[0]}:{where[1]}" if where else None}
                   for (table, column, user, role), (n, first, last, fps, where)
                   in sorted(access.items())],
        "logs": store.files(),
    }
    if exports:
        document["exports"] = sorted(exports.values(),
                                     key=lambda e: (e["kind"], e["location"], e["table"] or ""))
    return document


def _sort_key(edge: dict[str, Any]) -> tuple:
    return tuple(str(edge[k] or "") for k in ("source_table", "source_column", "target_table",
                                                "target_column", "transform"))


def process(sources: Iterable[LogSource], *, schema: dict[str, list[str]] | None = None,
            dialect: str | None = None, state: str | Path | None = None,
            timeout: float | None = DEFAULT_TIMEOUT, with_conditions: bool = False,
            workers: int | None = None,
            warn: Callable[[str], None] = lambda message: None) -> dict[str, Any]:
    """Read, resolve and summarise: the whole single-machine path."""
    sources = list(sources)
    for source in sources:  # a wrong path or format fails before any state is written
        open_log(Path(source.path), source.log_format, source.dialect)
    store = Store(state)
    try:
        read_logs(store, sources, workers=workers, warn=warn)
        resolve_templates(store, schema, dialect, timeout, workers)
        return summarise(store, with_conditions=with_conditions)
    finally:
        store.close()
