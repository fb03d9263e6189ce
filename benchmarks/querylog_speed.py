"""Query-log lineage at warehouse scale (issue 19).

Generates a Snowflake QUERY_HISTORY-style CSV of N statements (default 200,000) drawn from 500
templates with varying literals, IN-list lengths, comments and white space, then prints:
statements/s of `privflow.querylog.process`, the per-statement rate of plain `sqlglot.parse`
measured in the same run on a sample of the same statements, their ratio, peak memory, and the
recall of the template edges (each template's own walk with its literals is the truth).

    python benchmarks/querylog_speed.py [N] [--templates 500] [--rerun] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import sqlglot

from privflow.querylog import LogSource, process
from privflow.querylog.templates import TemplateResolver

TABLES = {
    f"ods.t{i}": [f"c{j}" for j in range(12)] + ["phone", "email", "id_card", "amount", "uid"]
    for i in range(40)
}
FUNCS = ["{c}", "md5({c})", "upper({c})", "concat({c}, '-', {d})", "sha2({c}, 256)",
         "coalesce({c}, {d})", "substr({c}, 1, 3)", "cast({c} as varchar)"]


def make_templates(count: int, rng: random.Random) -> list[str]:
    """SQL with `{n}`/`{s}`/`{list}` holes for literals."""
    names = sorted(TABLES)
    out = []
    for i in range(count):
        src = rng.choice(names)
        cols = TABLES[src]
        kind = i % 5
        picked = rng.sample(cols, 4)
        if kind in (0, 1):
            tgt = f"dw.m{i}"
            exprs = [rng.choice(FUNCS).format(c=c, d=rng.choice(cols)) for c in picked]
            out.append(f"INSERT INTO {tgt} (a, b, x, y) SELECT {', '.join(exprs)} FROM {src} "
                       f"WHERE {rng.choice(cols)} > {{n}} AND {rng.choice(cols)} = {{s}}")
        elif kind == 2:
            other = rng.choice(names)
            out.append(f"INSERT INTO dw.agg{i} (k, total) SELECT s.uid, sum(o.amount) FROM {src} s "
                       f"JOIN {other} o ON s.uid = o.uid WHERE o.c1 IN {{list}} GROUP BY s.uid")
        elif kind == 3:
            out.append(f"SELECT {', '.join(picked)} FROM {src} WHERE {picked[0]} = {{s}} "
                       f"AND {picked[1]} IN {{list}} LIMIT {{n}}")
        else:
            out.append(f"UPDATE dw.m{i - 1} SET a = s.{picked[0]} FROM {src} s "
                       f"WHERE dw.m{i - 1}.b = s.{picked[1]} AND s.c2 > {{n}}")
    return out


def instance(template: str, rng: random.Random) -> str:
    text = template
    while "{n}" in text:
        text = text.replace("{n}", str(rng.randint(0, 10**6)), 1)
    while "{s}" in text:
        text = text.replace("{s}", f"'{rng.choice(['a', 'bb', 'O''Neil', '138'])}{rng.randint(0, 9999)}'", 1)
    while "{list}" in text:
        n = rng.randint(1, 30)
        text = text.replace("{list}", "(" + ", ".join(str(rng.randint(0, 999)) for _ in range(n)) + ")", 1)
    if rng.random() < 0.2:
        text = f"/* job {rng.randint(0, 99)} */ " + text
    if rng.random() < 0.2:
        text = text.replace(" FROM ", "\n  FROM ")
    return text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=200_000)
    parser.add_argument("--templates", type=int, default=500)
    parser.add_argument("--rerun", action="store_true", help="append 1%% and time a re-run")
    parser.add_argument("--keep", help="folder for the log and state (default: a temp folder)")
    parser.add_argument("--workers", type=int, help="reading processes (default: the CPUs)")
    parser.add_argument("--repeat", type=int, default=2, help="best of N runs, both sides")
    parser.add_argument("--spark", action="store_true",
                        help="also run --engine spark (local mode) and compare the documents")
    args = parser.parse_args()
    rng = random.Random(19)
    templates = make_templates(args.templates, rng)
    work = Path(args.keep or tempfile.mkdtemp(prefix="privflow-qlog-"))
    work.mkdir(parents=True, exist_ok=True)
    log = work / "query_history.csv"
    users = [f"user{i}" for i in range(50)]
    sample: list[str] = []
    started = time.perf_counter()
    with log.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["QUERY_ID", "QUERY_TEXT", "USER_NAME", "ROLE_NAME", "START_TIME",
                         "EXECUTION_STATUS"])
        for i in range(args.n):
            sql = instance(templates[i % len(templates)] if i < len(templates)
                           else rng.choice(templates), rng)
            if len(sample) < 4000 and rng.random() < 0.04:
                sample.append(sql)
            writer.writerow([f"q{i}", sql, rng.choice(users), "ANALYST",
                             f"2026-11-{1 + i * 28 // args.n:02d} 00:00:{i % 60:02d}", "SUCCESS"])
    print(f"log: {args.n:,} statements, {len(templates)} templates, "
          f"{log.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - started:.1f} s")

    # Both sides best of --repeat runs in this process, taken in turns (privflow, then the
    # parser on its sample, then privflow again...), so that both meet the same load on a
    # shared machine: its noise is not the tool's.
    state = work / "state.sqlite"
    best = None
    parse_wall = parse_cpu = float("inf")
    for _ in range(args.repeat):
        state.unlink(missing_ok=True)
        before = os.times()
        t0 = time.perf_counter()
        document = process([LogSource(str(log))], schema=TABLES, dialect="snowflake",
                           state=state, workers=args.workers)
        wall = time.perf_counter() - t0
        after = os.times()
        cpu = sum(after[:4]) - sum(before[:4])  # this process and its worker processes
        if best is None or wall < best[0]:
            best = (wall, cpu)
        t0 = time.perf_counter()
        c0 = time.process_time()
        for sql in sample:
            sqlglot.parse(sql, read="snowflake")
        parse_wall = min(parse_wall, (time.perf_counter() - t0) / len(sample))
        parse_cpu = min(parse_cpu, (time.process_time() - c0) / len(sample))
    wall, cpu = best
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rate = args.n / wall
    print(f"privflow (best of {args.repeat}): {wall:.2f} s wall, {cpu:.2f} s cpu with workers, "
          f"{rate:,.0f} statements/s, {len(document['templates'])} templates, "
          f"{len(document['edges'])} edges, peak RSS {peak_mb:.0f} MB "
          f"(largest worker {child_mb:.0f} MB)")
    print(f"sqlglot.parse (best of {args.repeat}): {1 / parse_wall:,.0f} statements/s on "
          f"{len(sample)} of the same statements; ratio {rate * parse_wall:.1f}x wall, "
          f"{args.n / cpu * parse_cpu:.1f}x cpu")

    resolver = TemplateResolver(TABLES, "snowflake", timeout=None)
    truth: set[tuple] = set()
    for template in templates:
        result, _ = resolver.resolve(instance(template, rng))
        if result:
            truth |= {tuple(e) for e in result["edges"]}
    found = {(e["source_table"], e["source_column"], e["target_table"], e["target_column"],
              e["transform"]) for e in document["edges"]}
    recall = len(truth & found) / len(truth) if truth else 1.0
    print(f"template edges: {len(truth)}; found {len(truth & found)}; recall {recall:.4f}; "
          f"extra {len(found - truth)}")

    if args.spark:
        from privflow.querylog.spark import process_spark, spark_session

        local = process([LogSource(str(log))], schema=TABLES, dialect="snowflake")
        spark = spark_session()
        t0 = time.perf_counter()
        distributed = process_spark([LogSource(str(log))], schema=TABLES, dialect="snowflake",
                                    spark=spark)
        spark_wall = time.perf_counter() - t0
        spark.stop()
        distributed.pop("engine")
        same = distributed == local
        print(f"spark local[*]: {spark_wall:.1f} s; document identical to the local engine: "
              f"{same} ({len(distributed['edges'])} edges, "
              f"{len(distributed['access'])} access facts)")

    if args.rerun:
        extra = max(1, args.n // 100)
        with log.open("a", newline="") as stream:
            writer = csv.writer(stream)
            for i in range(extra):
                writer.writerow([f"r{i}", instance(rng.choice(templates), rng), "user1",
                                 "ANALYST", "2026-12-01 00:00:00", "SUCCESS"])
        t0 = time.perf_counter()
        again = process([LogSource(str(log))], schema=TABLES, dialect="snowflake", state=state)
        print(f"re-run after {extra:,} appended statements: {time.perf_counter() - t0:.2f} s, "
              f"{again['statements']:,} statements counted")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
