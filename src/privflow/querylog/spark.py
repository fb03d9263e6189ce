"""`--engine spark`: the same per-record and per-template functions as the single-machine path,
run on Apache Spark for logs that outgrow one machine.

Spark reads the log (CSV exports through its own reader, one partition a file at least; JSON
Lines split by line; text logs one task a file), each partition fingerprints its records
(`fingerprint_batch`), runs are reduced by (template, user, role), each distinct template is
resolved once (`TemplateResolver`) on an executor, and the driver writes the reduced facts into
an in-memory state and asks `summarise` for the document: the code that shapes the answer is
the single-machine path's own, so both engines give the same edges.

A cluster is configured as Spark usually is: `spark-submit --master yarn …`, or the
`PRIVFLOW_SPARK_MASTER` environment variable (default `local[*]`), or a SparkSession the
caller builds and passes in.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from privflow.errors import PrivflowError
from privflow.querylog.engine import LogSource, fingerprint_batch, summarise
from privflow.querylog.formats import LogRecord, open_log
from privflow.querylog.store import Store
from privflow.querylog.templates import DEFAULT_TIMEOUT, TemplateResolver


def spark_session(master: str | None = None):
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise PrivflowError("--engine spark needs pyspark: pip install 'privflow[spark]'") \
            from None
    master = master or os.environ.get("PRIVFLOW_SPARK_MASTER", "local[*]")
    builder = (SparkSession.builder.appName("privflow-querylog").master(master)
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "8"))
    if master.startswith("local"):
        # Workers run this interpreter (where privflow is installed), on loopback only.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        builder = (builder.config("spark.pyspark.python", sys.executable)
                   .config("spark.pyspark.driver.python", sys.executable)
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1"))
    try:
        session = builder.getOrCreate()
        session.sparkContext.setLogLevel("ERROR")
        return session
    except Exception as error:  # noqa: BLE001 - no Java, no cluster: one line, not a trace
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise PrivflowError(f"Spark could not start: {first}") from None


# ---- per partition: records -> keyed facts (plain tuples: they cross the wire)

def _facts(index: int, path: str, dialect: str | None,
           records: Iterator[tuple[LogRecord | None, int]]) -> Iterator[tuple]:
    everything = list(records)
    batch = [r for r, _ in everything if r is not None]
    yield ("file", index, (len(everything), len(everything) - len(batch)))
    for record, at in everything:
        if record is None:
            yield ("failure", (index, at), (path, at, None, None, "not a record of this log"))
    texts = [r.text for r in batch if r.text and not r.text.isspace()]
    fps, firsts = fingerprint_batch(texts)
    position = 0
    for record in batch:
        user, role = record.user or "", record.role or ""
        for table, column in record.reads:
            yield ("read", (table.lower(), column.lower(), user, role),
                   (record.count, record.time, record.time))
        for table, column, sources in record.writes:
            target = f"{table.lower()}.{column.lower()}"
            for source_table, source_column, *rest in sources:
                transform = rest[0] if rest else "derive"
                yield ("edge", (f"{source_table.lower()}.{source_column.lower()}|{transform}",
                                target),
                       (record.count, record.time, record.time, (index, record.line), path))
        if record.text and not record.text.isspace():
            fp = fps[position]
            position += 1
            yield ("run", (fp, user, role), (record.count, record.time, record.time))
            yield ("template", fp, ((index, record.line), firsts.get(fp) or "", dialect, path,
                                    record.id))


def _low(a, b):
    return b if a is None else a if b is None else min(a, b)


def _high(a, b):
    return b if a is None else a if b is None else max(a, b)


def _reduce(kind: str):
    def runs(a, b):
        return (a[0] + b[0], _low(a[1], b[1]), _high(a[2], b[2]))

    def edges(a, b):
        first = a if a[3] <= b[3] else b
        return (a[0] + b[0], _low(a[1], b[1]), _high(a[2], b[2]), first[3], first[4])

    def templates(a, b):
        return a if a[0] <= b[0] else b

    def files(a, b):
        return (a[0] + b[0], a[1] + b[1])

    return {"run": runs, "read": runs, "edge": edges, "template": templates,
            "file": files, "failure": templates}[kind]


def _read_source(item: tuple[int, LogSource]) -> Iterator[tuple]:
    """Every record of one log file, read by the single-machine path's own reader, so that
    records carry the same line numbers (a CSV record may span lines: Spark's CSV reader would
    number rows, not lines)."""
    index, source = item
    log = open_log(Path(source.path), source.log_format, source.dialect)
    with Path(source.path).open("rb") as stream:
        offset, line = log.start()
        for record, at, *_ in log.records(stream, offset, line):
            yield index, source.path, log.dialect, record, at


def _record_partitions(spark, sources: Sequence[LogSource], partitions: int):
    """An RDD of (source index, path, dialect, record) over every log: one reading task a
    file (a partitioned log is many files), then spread over `partitions` for the work."""
    items = list(enumerate(sources))
    files = spark.sparkContext.parallelize(items, max(1, len(items)))
    return files.flatMap(_read_source).repartition(partitions)


def process_spark(sources: Sequence[LogSource], *, schema: dict[str, list[str]] | None = None,
                  dialect: str | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                  with_conditions: bool = False, spark=None,
                  partitions: int | None = None) -> dict[str, Any]:
    """The `lineage --query-log … --engine spark` document."""
    logs = [open_log(Path(s.path), s.log_format, s.dialect) for s in sources]  # fail early
    spark = spark or spark_session()
    sc = spark.sparkContext
    partitions = partitions or max(2, sc.defaultParallelism)
    records = _record_partitions(spark, list(sources), partitions)

    def partition_facts(items):
        grouped: dict[tuple, list[LogRecord]] = {}
        for index, path, log_dialect, record, at in items:
            grouped.setdefault((index, path, log_dialect), []).append((record, at))
        for (index, path, log_dialect), found in grouped.items():
            yield from _facts(index, path, log_dialect, iter(found))

    reducers = {kind: _reduce(kind) for kind in
                ("run", "read", "edge", "template", "file", "failure")}
    schema_broadcast = sc.broadcast(schema or {})

    def resolve(items):
        """Each distinct template is resolved where its reduced row lands; other facts pass."""
        resolvers: dict[str | None, TemplateResolver] = {}
        for (kind, key), value in items:
            if kind == "template":
                _, sql, template_dialect, _path, _id = value
                chosen = dialect or template_dialect
                if chosen not in resolvers:
                    resolvers[chosen] = TemplateResolver(schema_broadcast.value, chosen,
                                                         timeout)
                yield (kind, key), (value, resolvers[chosen].resolve(sql))
            else:
                yield (kind, key), value

    # One shuffle: every fact keyed by (kind, key), reduced by its kind's function.
    collected = (records.mapPartitions(partition_facts)
                 .map(lambda fact: ((fact[0], fact[1]), (fact[0], fact[2])))
                 .reduceByKey(lambda a, b: (a[0], reducers[a[0]](a[1], b[1])))
                 .map(lambda item: (item[0], item[1][1]))
                 .mapPartitions(resolve)
                 .collect())
    reduced: dict[str, list] = {kind: [] for kind in reducers}
    for (kind, key), value in collected:
        reduced[kind].append((key, value))

    store = Store(None)
    rows = []
    results = []
    failures = []
    for fp, (((_, line), sql, template_dialect, path, query_id), (result, error)) in sorted(
            reduced["template"]):
        rows.append((fp, sql, template_dialect, path, line, query_id))
        results.append((fp, result, error))
        if error:
            failures.append((path, line, query_id, fp, error))
    store.add_templates(rows)
    store.save_results(results)
    store.add_failures([failure for _, failure in sorted(reduced["failure"])])
    store.add_failures(failures)
    store.add_runs({key: list(value) for key, value in reduced["run"]})
    store.add_direct_reads({key: list(value) for key, value in reduced["read"]})
    store.add_direct_edges({key: [n, first, last, path, line]
                            for key, (n, first, last, (_, line), path) in reduced["edge"]})
    for index, (records_read, skipped) in sorted(reduced["file"]):
        store.save_file(str(index), sources[index].path, logs[index].name, 0, 0, records_read,
                        skipped)
    try:
        document = summarise(store, with_conditions=with_conditions)
    finally:
        store.close()
    document["engine"] = "spark"
    return document
