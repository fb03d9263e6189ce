"""The single-machine path: read logs into the state (fingerprint, count), resolve new
templates once, then read the answer (edges, access facts) back out of the state.

A re-run with the same state file reads only what was appended to each log since the last run
and parses only templates it has not seen; a change of schema, dialect or privflow version
parses every template again (counts are kept: they do not depend on the schema).
"""

from __future__ import annotations

import hashlib
import json
import os
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
class Tally:
    """What a stretch of a log adds up to: runs per (template, user, role), each template's
    first statement (normalised) with its line, direct facts, malformed records. A worker
    process returns one per chunk; the parent merges them in file order, so the first
    occurrence of a template is the same whatever the number of workers."""

    counts: dict[tuple[str, str, str], list] = field(default_factory=dict)
    firsts: dict[str, tuple[str, int, str | None]] = field(default_factory=dict)
    reads: dict[tuple[str, str, str, str], list] = field(default_factory=dict)
    edges: dict[tuple[str, str], list] = field(default_factory=dict)
    failures: list[tuple[int, str]] = field(default_factory=list)
    records: int = 0
    skipped: int = 0
    end_offset: int = 0
    end_line: int = 0

    def take(self, record: LogRecord | None, at: int, seen: dict[str, str]) -> None:
        """Count one item a reader yielded: a record, or None for a malformed one."""
        self.records += 1
        if record is None:
            self.skipped += 1
            self.failures.append((at, "not a record of this log"))
        else:
            self.add(record, seen)

    def add(self, record: LogRecord, seen: dict[str, str]) -> None:
        user, role = record.user or "", record.role or ""
        for table, column in record.reads:
            key = (table.lower(), column.lower(), user, role)
            _count(self.reads, key, record.count, record.time)
        for table, column, sources in record.writes:
            target = f"{table.lower()}.{column.lower()}"
            for source_table, source_column, *rest in sources:
                transform = rest[0] if rest else "derive"
                key = (f"{source_table.lower()}.{source_column.lower()}|{transform}", target)
                entry = self.edges.get(key)
                if entry is None:
                    entry = self.edges[key] = [0, None, None, record.line]
                entry[0] += record.count
                _span(entry, record.time)
        text = record.text
        if not text or text.isspace():
            return
        fp = seen.get(text)
        if fp is None:
            normalised = normalise(text)
            fp = fingerprint(normalised)
            if len(seen) >= SEEN_CACHE:
                seen.clear()
            seen[text] = fp
            if fp not in self.firsts:
                self.firsts[fp] = (normalised, record.line, record.id)
        _count(self.counts, (fp, user, role), record.count, record.time)


def _count(table: dict, key: tuple, runs: int, time: str | None) -> None:
    entry = table.get(key)
    if entry is None:
        table[key] = [runs, time, time]
        return
    entry[0] += runs
    _span(entry, time)


# A worker process's cache of exact statements already normalised (dashboards re-run the very
# same text), emptied when the worker starts: a hit is only ever for text the same read saw in
# an earlier chunk, whose tally named the template first.
_SEEN: dict[str, str] = {}


def _start_worker() -> None:
    _SEEN.clear()


def tally_chunk(log: LogFile, data: bytes, line: int,
                seen: dict[str, str] | None = None) -> Tally:
    """The tally of one chunk of a log (whole records), read by the format's own reader."""
    seen = _SEEN if seen is None else seen
    tally = Tally()
    for record, at in log.chunk_records(data, line):
        tally.take(record, at, seen)
    tally.end_offset = len(data)
    tally.end_line = line + data.count(b"\n")
    return tally


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


class _Pool:
    """Worker processes for `tally_chunk`, results in file order, a bounded number of chunks
    in flight so that a 10 GB log never sits in memory."""

    def __init__(self, workers: int) -> None:
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        self.workers = workers
        self.pool = multiprocessing.get_context(method).Pool(workers, _start_worker)

    def map(self, log: LogFile, chunks: Iterator[tuple[bytes, int, int]]
            ) -> Iterator[tuple[Tally, int]]:
        pending: deque = deque()
        for data, offset, line in chunks:
            pending.append((offset, self.pool.apply_async(tally_chunk, (log, data, line))))
            if len(pending) >= 2 * self.workers:
                start, result = pending.popleft()
                yield result.get(), start
        while pending:
            start, result = pending.popleft()
            yield result.get(), start

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Reader:
    """Merges tallies into the state in file order, flushing to SQLite as counts pile up."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.known = store.known_templates()
        self.new: list[tuple[str, str, str | None, str, int, str | None]] = []
        self.total = Tally()
        self.failures: list[tuple[str, int, str | None, str | None, str]] = []

    def merge(self, tally: Tally, dialect: str | None, where: str) -> None:
        for fp, (normalised, line, query_id) in tally.firsts.items():
            if fp not in self.known:
                self.known.add(fp)
                self.new.append((fp, normalised, dialect, where, line, query_id))
        total = self.total
        for table, source in ((total.counts, tally.counts), (total.reads, tally.reads)):
            for key, (runs, first, last) in source.items():
                entry = table.get(key)
                if entry is None:
                    table[key] = [runs, first, last]
                else:
                    entry[0] += runs
                    _span(entry, first)
                    _span(entry, last)
        for key, (runs, first, last, line) in tally.edges.items():
            entry = total.edges.get(key)
            if entry is None:
                total.edges[key] = [runs, first, last, where, line]
            else:
                entry[0] += runs
                _span(entry, first)
                _span(entry, last)
        self.failures.extend((where, at, None, None, reason) for at, reason in tally.failures)

    def pending(self) -> int:
        return len(self.total.counts) + len(self.total.reads) + len(self.total.edges) + \
            len(self.new)

    def flush(self) -> None:
        self.store.add_templates(self.new)
        self.store.add_runs(self.total.counts)
        self.store.add_direct_reads(self.total.reads)
        self.store.add_direct_edges(self.total.edges)
        self.store.add_failures(self.failures)
        self.new, self.total, self.failures = [], Tally(), []


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
        pool = _Pool(count) if count > 1 and log.splittable and \
            size - offset > PARALLEL_BYTES else None
        try:
            with path.open("rb") as stream:
                if pool is not None:
                    tallies = ((tally, start) for tally, start
                               in pool.map(log, _chunks(log, stream, offset, line)))
                elif log.splittable:
                    seen: dict[str, str] = {}
                    tallies = ((tally_chunk(log, data, at, seen), start)
                               for data, start, at in _chunks(log, stream, offset, line))
                else:
                    tallies = _sequential(log, stream, offset, line)
                for tally, start in tallies:
                    reader.merge(tally, log.dialect, source.path)
                    records += tally.records
                    skipped += tally.skipped
                    stats.records += tally.records
                    stats.skipped += tally.skipped
                    offset, line = start + tally.end_offset, tally.end_line
                    if reader.pending() >= FLUSH_EVERY:
                        stats.new_templates += len(reader.new)
                        reader.flush()
                        store.save_file(key, source.path, log.name, offset, line, records,
                                        skipped, head)
                        store.commit()
        finally:
            if pool is not None:
                pool.close()
        stats.new_templates += len(reader.new)
        reader.flush()
        store.save_file(key, source.path, log.name, offset, line, records, skipped, head)
        store.commit()
    return stats


def _sequential(log: LogFile, stream: BinaryIO, offset: int, line: int
                ) -> Iterator[tuple[Tally, int]]:
    """A log whose records cannot be cut at a byte boundary (its reader keeps state, like the
    MySQL general log's users by connection): tallies of `BATCH` records, in one process."""
    tally = Tally()
    seen: dict[str, str] = {}
    for record, at, after, after_line in log.records(stream, offset, line):
        tally.take(record, at, seen)
        tally.end_offset, tally.end_line = after - offset, after_line
        if tally.records >= BATCH:
            yield tally, offset
            tally = Tally()
    if tally.records:
        yield tally, offset


def _schema_digest(schema: dict[str, list[str]] | None, dialect: str | None) -> str:
    text = json.dumps([sorted((schema or {}).items()), dialect or "", __version__],
                      sort_keys=True)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def resolve_templates(store: Store, schema: dict[str, list[str]] | None,
                      dialect: str | None = None,
                      timeout: float | None = DEFAULT_TIMEOUT) -> int:
    """Parse and walk every template the state has not resolved (against this schema)."""
    digest = _schema_digest(schema, dialect)
    if store.meta("schema") != digest:
        store.invalidate_results()
        store.set_meta("schema", digest)
    resolvers: dict[str | None, TemplateResolver] = {}
    done: list[tuple[str, dict | None, str | None]] = []
    failures = []
    pending = store.pending_templates()
    for fp, sql, template_dialect, file, line, query_id in pending:
        chosen = dialect or template_dialect
        resolver = resolvers.get(chosen)
        if resolver is None:
            resolver = resolvers[chosen] = TemplateResolver(schema, chosen, timeout)
        result, error = resolver.resolve(sql, line)
        done.append((fp, result, error))
        if error:
            failures.append((file, line, query_id, fp, error))
        if len(done) >= 1000:
            store.save_results(done)
            done = []
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


def summarise(store: Store, *, with_conditions: bool = False) -> dict[str, Any]:
    """The `privflow lineage --query-log` document from the state."""
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
        for table, column in (tuple(r) for r in result["reads"]):
            for user, role, runs, first, last in usage.get(fp, ()):
                entry = access.setdefault((table, column, user, role),
                                          [0, None, None, set(), None])
                entry[0] += runs
                _span(entry, first)
                _span(entry, last)
                entry[3].add(fp)
                where = (template["file"], template["line"])
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
        entry = access.setdefault((table, column, user, role), [0, None, None, set(), None])
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
        resolve_templates(store, schema, dialect, timeout)
        return summarise(store, with_conditions=with_conditions)
    finally:
        store.close()
