"""A whole `privflow scan` of a generated dbt project: time and memory (issue 14).

Usage: python benchmarks/dbt_scan.py [--models 3000] [--keep DIR]

The project is generated deterministically (no download) the way teams lay theirs out: sources
with documented columns (some with `meta: {sensitive: true}`, some described through `{{ doc() }}`
blocks), staging models (`with source as (select * from {{ source() }}) , renamed as (...)
select * from renamed`, Snowflake casts and QUALIFY), intermediate models joining staging
models, and marts with counts, flags (`is_...`), SUM/AVG, MIN/MAX and hashed keys through a
project macro. It prints the wall time of the scan (sources -> classifier -> lineage ->
propagation -> findings), the peak resident memory of the process, and what came out: tables,
columns, tagged columns, flows, skipped entries, and how many tagged columns are flags or
counts (which should carry no person category).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from privflow.pipeline import ScanOptions, run_scan

PERSON = [("email", "varchar"), ("first_name", "varchar"), ("last_name", "varchar"),
          ("phone_number", "varchar"), ("birth_date", "date"), ("ip_address", "varchar"),
          ("street_address", "varchar")]
PLAIN = [("status", "varchar"), ("created_at", "timestamp"), ("updated_at", "timestamp"),
         ("amount", "number"), ("plan_name", "varchar"), ("is_deleted", "boolean")]
FLAG = re.compile(r"^(is|has)_|_count$")


def generate(root: Path, models: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    (root / "models" / "staging").mkdir(parents=True)
    (root / "models" / "intermediate").mkdir(parents=True)
    (root / "models" / "marts").mkdir(parents=True)
    (root / "macros").mkdir()
    (root / "dbt_project.yml").write_text(
        "name: bench\nprofile: bench\nmodel-paths: [models]\n"
        "models:\n  bench:\n    staging:\n      +materialized: view\n"
        "    marts:\n      +materialized: table\n", encoding="utf-8")
    (root / "profiles.yml").write_text(
        "bench:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n",
        encoding="utf-8")
    (root / "macros" / "hash.sql").write_text(
        "{% macro hash_pii(col) %}sha2(cast({{ col }} as varchar), 256){% endmacro %}\n",
        encoding="utf-8")
    (root / "models" / "docs.md").write_text(
        "{% docs email_doc %}The customer's e-mail address.{% enddocs %}\n", encoding="utf-8")
    n_sources = max(1, models // 10)
    n_staging = n_sources
    n_inter = max(1, models * 3 // 10)
    n_marts = max(1, models - n_staging - n_inter)
    source_yaml = ["version: 2", "sources:", "  - name: app", "    schema: raw_app",
                   "    tables:"]
    for i in range(n_sources):
        source_yaml.append(f"      - name: entity_{i}")
        source_yaml.append("        columns:")
        for name, _ in [("id", "number"), *PERSON, *PLAIN]:
            source_yaml.append(f"          - name: {name}")
            if name == "email":
                source_yaml.append("            description: '{{ doc(\"email_doc\") }}'")
            if name in ("phone_number", "ip_address"):
                source_yaml.append("            meta: {sensitive: true}")
    (root / "models" / "staging" / "sources.yml").write_text("\n".join(source_yaml) + "\n",
                                                             encoding="utf-8")
    for i in range(n_staging):
        cols = ",\n      ".join(f"{n}::{t.upper()} AS {n}" for n, t in [*PERSON, *PLAIN])
        (root / "models" / "staging" / f"stg_entity_{i}.sql").write_text(
            "WITH source AS (\n\n    SELECT *\n"
            f"    FROM {{{{ source('app', 'entity_{i}') }}}}\n"
            "    QUALIFY ROW_NUMBER() OVER (PARTITION BY id ORDER BY updated_at DESC) = 1\n\n"
            "), renamed AS (\n\n    SELECT\n      id::NUMBER AS entity_id,\n"
            f"      {cols}\n    FROM source\n\n)\n\nSELECT *\nFROM renamed\n",
            encoding="utf-8")
    for i in range(n_inter):
        a, b = rng.randrange(n_staging), rng.randrange(n_staging)
        (root / "models" / "intermediate" / f"int_entity_{i}.sql").write_text(
            f"select a.entity_id, a.email, trim(lower(a.first_name)) as first_name,\n"
            f"  a.first_name || ' ' || a.last_name as full_name, a.birth_date,\n"
            f"  b.amount, b.status, a.created_at\n"
            f"from {{{{ ref('stg_entity_{a}') }}}} a\n"
            f"left join {{{{ ref('stg_entity_{b}') }}}} b on a.entity_id = b.entity_id\n",
            encoding="utf-8")
    for i in range(n_marts):
        src = rng.randrange(n_inter)
        (root / "models" / "marts" / f"fct_entity_{i}.sql").write_text(
            "{{ config(materialized='table') }}\n"
            "select\n  entity_id,\n  {{ hash_pii('email') }} as email_key,\n"
            "  min(first_name) as first_name,\n"
            "  count(distinct email) as email_count,\n"
            "  count(*) as row_count,\n"
            "  sum(amount) as total_amount,\n"
            "  avg(amount) as avg_amount,\n"
            "  max(case when status = 'open' then true else false end) as is_open,\n"
            "  bool_or(email is not null) as has_email,\n"
            "  year(min(birth_date)) as birth_year\n"
            f"from {{{{ ref('int_entity_{src}') }}}}\n"
            "group by 1, 2\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="write the project here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp) / "bench"
        root.mkdir(parents=True, exist_ok=True)
        generate(root, args.models)
        files = sum(1 for _ in root.rglob("*.sql"))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        result = run_scan(ScanOptions(paths=[str(root)]))
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    columns = [c for t in result.schema.tables.values() for c in t.columns.values()]
    tagged = [c for c in columns if c.categories]
    flags = [c for c in tagged if FLAG.search(c.name.lower())]
    print(f"dbt project: {args.models} models requested, {files} .sql files")
    print(f"scan: {elapsed:.2f} s, {args.models / elapsed:.0f} models/s")
    print(f"peak RSS: {peak / 1024:.0f} MB (before the scan {before / 1024:.0f} MB)")
    print(f"tables {len(result.schema.tables)}, columns {len(columns)}, tagged {len(tagged)}, "
          f"flows {len(result.flows)}, skipped {len(result.schema.skipped)}")
    print(f"flags/counts among tagged columns: {len(flags)} "
          f"({100 * len(flags) / max(1, len(tagged)):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
