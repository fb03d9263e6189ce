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
from typing import Any

from privflow import __version__
from privflow.querylog.fingerprint import fingerprint, normalise
from privflow.querylog.formats import LogFile, LogRecord, open_log
from privflow.querylog.store import Store
from privflow.querylog.templates import DEFAULT_TIMEOUT, TemplateResolver

FLUSH_EVERY = 50_000  # distinct (template, user, role) keys held before writing them out
BATCH = 2_000  # records fingerprinted together (one task of a worker process)
PARALLEL_BYTES = 8 * 1024 * 1024  # a smaller remainder of a log is read in this process


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
    statement in the batch: the per-record work, the same in a worker process or inline."""
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


class Reader:
    """Counts a log's records into the state, template by template."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.known = store.known_templates()
        self.new: list[tuple[str, str, str | None, str, int, str | None]] = []
        self.counts: dict[tuple[str, str, str], list] = {}
        self.reads: dict[tuple[str, str, str, str], list] = {}
        self.edges: dict[tuple[str, str], list] = {}

    def add_direct(self, record: LogRecord, where: str) -> None:
        """Snowflake ACCESS_HISTORY and OpenLineage: facts that need no parsing."""
        user, role = record.user or "", record.role or ""
        for table, column in record.reads:
            key = (table.lower(), column.lower(), user, role)
            entry = self.reads.get(key)
            if entry is None:
                entry = self.reads[key] = [0, None, None]
            entry[0] += record.count
            _span(entry, record.time)
        for table, column, sources in record.writes:
            target = f"{table.lower()}.{column.lower()}"
            for source_table, source_column, *rest in sources:
                transform = rest[0] if rest else "derive"
                key = (f"{source_table.lower()}.{source_column.lower()}|{transform}", target)
                entry = self.edges.get(key)
                if entry is None:
                    entry = self.edges[key] = [0, None, None, where, record.line]
                entry[0] += record.count
                _span(entry, record.time)

    def add(self, record: LogRecord, fp: str, firsts: dict[str, str], dialect: str | None,
            where: str) -> None:
        if fp not in self.known:
            self.known.add(fp)
            self.new.append((fp, firsts[fp], dialect, where, record.line, record.id))
        key = (fp, record.user or "", record.role or "")
        entry = self.counts.get(key)
        if entry is None:
            entry = self.counts[key] = [0, None, None]
        entry[0] += record.count
        _span(entry, record.time)

    def pending(self) -> int:
        return len(self.counts) + len(self.reads) + len(self.edges) + len(self.new)

    def flush(self) -> None:
        self.store.add_templates(self.new)
        self.store.add_runs(self.counts)
        self.store.add_direct_reads(self.reads)
        self.store.add_direct_edges(self.edges)
        self.new, self.counts, self.reads, self.edges = [], {}, {}, {}


Batch = list[tuple["LogRecord | None", int, int, int]]


def _batches(log: LogFile, stream, offset: int, line: int) -> Iterator[Batch]:
    batch: Batch = []
    for item in log.records(stream, offset, line):
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _texts(batch: Batch) -> list[str]:
    return [r.text for r, *_ in batch if r is not None and r.text and not r.text.isspace()]


class _Fingerprinter:
    """Runs `fingerprint_batch` over batches in worker processes, in order, with at most
    `ahead` batches in flight so a 10 GB log never sits in memory."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = None
        if workers > 1:
            import multiprocessing

            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
            self.pool = multiprocessing.get_context(method).Pool(workers)

    def map(self, batches: Iterator[Batch]) -> Iterator[tuple[Batch, list[str], dict]]:
        if self.pool is None:
            for batch in batches:
                yield batch, *fingerprint_batch(_texts(batch))
            return
        pending: deque = deque()
        for batch in batches:
            pending.append((batch, self.pool.apply_async(fingerprint_batch, (_texts(batch),))))
            if len(pending) >= 2 * self.workers:
                done, result = pending.popleft()
                yield done, *result.get()
        while pending:
            done, result = pending.popleft()
            yield done, *result.get()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def read_logs(store: Store, sources: Sequence[LogSource], *, workers: int | None = None,
              warn: Callable[[str], None] = lambda message: None) -> ReadStats:
    """Read what is new in each log into the state."""
    stats = ReadStats()
    reader = Reader(store)
    failures: list[tuple[str, int, str | None, str | None, str]] = []
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
        if saved is not None and saved[0] <= size and _head(path, saved[4]) == (saved[4], saved[5]):
            offset, line, records, skipped = saved[:4]
            stats.resumed_at[source.path] = offset
        elif saved is not None:
            warn(f"{source.path}: changed since the last run (rotated or rewritten): read anew")
            saved = None
        # Worker processes pay for themselves only on a large remainder.
        count = workers if workers is not None else default_workers()
        fingerprinter = _Fingerprinter(count if size - offset > PARALLEL_BYTES else 1)
        try:
            with path.open("rb") as stream:
                for batch, fps, firsts in fingerprinter.map(_batches(log, stream, offset, line)):
                    position = 0
                    for record, at, _, _ in batch:
                        records += 1
                        if record is None:
                            skipped += 1
                            failures.append((source.path, at, None, None,
                                             "not a record of this log"))
                            continue
                        if record.reads or record.writes:
                            reader.add_direct(record, source.path)
                        if record.text and not record.text.isspace():
                            reader.add(record, fps[position], firsts, log.dialect, source.path)
                            position += 1
                    offset, line = batch[-1][2], batch[-1][3]
                    if reader.pending() >= FLUSH_EVERY:
                        reader.flush()
                        store.add_failures(failures)
                        failures = []
                        store.save_file(key, source.path, log.name, offset, line, records,
                                        skipped, head)
                        store.commit()
        finally:
            fingerprinter.close()
        stats.records += records - (saved[2] if saved else 0)
        stats.skipped += skipped - (saved[3] if saved else 0)
        stats.new_templates += len(reader.new)
        reader.flush()
        store.add_failures(failures)
        failures = []
        store.save_file(key, source.path, log.name, offset, line, records, skipped, head)
        store.commit()
    return stats


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
