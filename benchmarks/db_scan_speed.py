"""Live-scan speed on PostgreSQL or MariaDB: 2,000 tables, 200,000 rows; catalog vs sampling.

Builds a throw-away database on 127.0.0.1:5432 (user postgres) or, with `--engine mariadb`,
127.0.0.1:3306 (user root), scans it with `privflow.sources.live.load_database`, prints the
times, then the whole `privflow scan --db` process sampled against `--no-sample` (wall and CPU,
best of `--rounds`, the two alternating). On PostgreSQL it also shows that sampling does not
read whole tables: the rows each large table returned to its scans (pg_stat_user_tables)
against its size, and the EXPLAIN (ANALYZE, BUFFERS) of one sampling statement against the
table's pages.

    python benchmarks/db_scan_speed.py [--engine postgres|mariadb] [--tables 2000]
        [--rows 200000] [--rounds 3] [--keep]
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from privflow.sources import live

sys.path.insert(0, str(Path(__file__).parent))
from proc_measure import privflow, run  # noqa: E402

HOST = "127.0.0.1"
LARGE_TABLES = 4  # they hold half of the rows; the rest is spread over the small tables
BATCH = 100  # tables per transaction (each new table takes a few locks until commit)

TABLE = """CREATE TABLE {name} (
    id bigint PRIMARY KEY,
    member_id bigint,
    real_name varchar(32),
    mobile varchar(20),
    id_card varchar(18),
    amount numeric(10, 2),
    remark text,
    created_at timestamp
)"""
ROWS = """INSERT INTO {name}
    SELECT g, g % 977, 'n' || g, '13' || lpad((g * 7919 % 1000000000)::text, 9, '0'),
           '110105' || (19500101 + g % 500000)::text || lpad((g % 1000)::text, 4, '0'),
           (g % 10000) / 100.0, repeat('r', 20 + g % 40), now() - g * interval '1 minute'
    FROM generate_series(1, {rows}) g"""


def build(dsn: str, tables: int, rows: int) -> dict[str, int]:
    """Create the tables; returns {table id: rows} of the large ones."""
    large_rows = rows // 2 // LARGE_TABLES
    small_rows = (rows - large_rows * LARGE_TABLES) // (tables - LARGE_TABLES)
    extra = (rows - large_rows * LARGE_TABLES) - small_rows * (tables - LARGE_TABLES)
    large: dict[str, int] = {}
    with psycopg.connect(dsn) as conn:
        for index in range(tables):
            name = f"t_{index:04d}"
            if index < LARGE_TABLES:
                count = large_rows
                large[f"public.{name}"] = count
            else:
                count = small_rows + (1 if index - LARGE_TABLES < extra else 0)
            conn.execute(TABLE.format(name=name))
            conn.execute(f"COMMENT ON TABLE {name} IS '业务表 {index}'")
            conn.execute(ROWS.format(name=name, rows=count))
            if index % BATCH == BATCH - 1:
                conn.commit()
        conn.commit()
        conn.autocommit = True
        conn.execute("ANALYZE")
    return large


MARIADB_TABLE = """CREATE TABLE {name} (
    id bigint PRIMARY KEY,
    member_id bigint,
    real_name varchar(32),
    mobile varchar(20),
    id_card varchar(18),
    amount decimal(10, 2),
    remark text,
    created_at datetime(6)
) COMMENT = '业务表 {index}'"""
MARIADB_ROWS = """INSERT INTO {name}
    SELECT seq, seq % 977, CONCAT('n', seq), CONCAT('13', LPAD((seq * 7919) % 1000000000, 9, '0')),
           CONCAT('110105', 19500101 + seq % 500000, LPAD(seq % 1000, 4, '0')),
           (seq % 10000) / 100.0, REPEAT('r', 20 + seq % 40),
           TIMESTAMP '2026-12-01 00:00:00' - INTERVAL seq MINUTE
    FROM seq_1_to_{rows}"""


def build_mariadb(database: str, tables: int, rows: int) -> None:
    """The same tables and rows as `build`, in MariaDB (its seq_1_to_N sequence tables)."""
    import pymysql

    large_rows = rows // 2 // LARGE_TABLES
    small_rows = (rows - large_rows * LARGE_TABLES) // (tables - LARGE_TABLES)
    extra = (rows - large_rows * LARGE_TABLES) - small_rows * (tables - LARGE_TABLES)
    conn = pymysql.connect(host=HOST, user="root", database=database, autocommit=False,
                           charset="utf8mb4")
    try:
        with conn.cursor() as cursor:
            for index in range(tables):
                name = f"t_{index:04d}"
                count = large_rows if index < LARGE_TABLES else \
                    small_rows + (1 if index - LARGE_TABLES < extra else 0)
                cursor.execute(MARIADB_TABLE.format(name=name, index=index))
                cursor.execute(MARIADB_ROWS.format(name=name, rows=count))
                if index % BATCH == BATCH - 1:
                    conn.commit()
            conn.commit()
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("postgres", "mariadb"), default="postgres")
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--sample-rows", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="Do not drop the database.")
    parser.add_argument("--rounds", type=int, default=2,
                        help="Rounds of the whole-CLI comparison, sampled and not, alternating.")
    args = parser.parse_args()

    database = f"privflow_bench_{secrets.token_hex(4)}"
    if args.engine == "mariadb":
        return mariadb_main(args, database)
    admin_dsn = f"host={HOST} user=postgres dbname=postgres connect_timeout=5"
    dsn = f"host={HOST} user=postgres dbname={database}"
    url = f"postgresql://postgres@{HOST}:5432/{database}"
    try:
        admin = psycopg.connect(admin_dsn, autocommit=True)
    except psycopg.OperationalError as error:
        print(f"PostgreSQL not reachable on {HOST}:5432: {str(error).splitlines()[0]}")
        return 2
    admin.execute(f"CREATE DATABASE {database}")
    try:
        started = time.perf_counter()
        large = build(dsn, args.tables, args.rows)
        print(f"built {args.tables} tables, {args.rows} rows in "
              f"{time.perf_counter() - started:.1f}s ({database})")

        engine = live.engine_for(url)
        started = time.perf_counter()
        with engine.create_engine(30).connect() as conn:
            engine.setup_session(conn, 30)
            catalog = engine.read_catalog(conn)
        catalog_s = time.perf_counter() - started
        columns = sum(len(t.columns) for t in catalog)
        print(f"catalog: {len(catalog)} tables, {columns} columns in {catalog_s:.2f}s")

        started = time.perf_counter()
        bare = live.load_database(url, sample_rows=0)
        print(f"load_database --no-sample (connect + catalog; privileges come from it): "
              f"{time.perf_counter() - started:.2f}s, {len(bare.tables)} tables")

        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("SELECT pg_stat_reset()")
        started = time.perf_counter()
        sampled = live.load_database(url, sample_rows=args.sample_rows)
        total_s = time.perf_counter() - started
        values = sum(len(c.samples) for t in sampled.tables.values()
                     for c in t.columns.values())
        print(f"load_database with sampling: {total_s:.2f}s total, sampling "
              f"{total_s - catalog_s:.2f}s ({(total_s - catalog_s) / len(catalog) * 1000:.1f} "
              f"ms/table), {values} values held in memory, {len(sampled.skipped)} skipped")

        compare_cli(url, args.rounds, "PostgreSQL")

        time.sleep(1.5)  # the scanning backend has exited; its statistics are flushed
        with psycopg.connect(dsn, autocommit=True) as conn:
            stats = {f"{s}.{t}": (int(seq or 0), int(idx or 0))
                     for s, t, seq, idx in conn.execute(
                         "SELECT schemaname, relname, seq_tup_read, idx_tup_fetch "
                         "FROM pg_stat_user_tables").fetchall()}
            total_read = sum(seq + idx for seq, idx in stats.values())
            print(f"rows read by all scans: {total_read} of {args.rows} rows in the database")
            for tid, size in large.items():
                seq, idx = stats.get(tid, (0, 0))
                print(f"  {tid}: {seq + idx} rows read by the sample of {size} rows "
                      f"({100.0 * (seq + idx) / size:.1f}%)")
            first = next(iter(large))
            entry = next(t for t in catalog if f"{t.schema}.{t.name}" == first)
            with engine.create_engine(30).connect() as sa_conn:
                sql = engine.sample_statements(sa_conn, entry, list(entry.columns),
                                               args.sample_rows)[0]
            plan = conn.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}").fetchone()[0]
            node = plan[0]["Plan"]
            while node.get("Plans"):
                node = node["Plans"][0]
            pages = conn.execute("SELECT relpages FROM pg_class WHERE oid = %s::regclass",
                                 (first,)).fetchone()[0]
            blocks = node.get("Shared Hit Blocks", 0) + node.get("Shared Read Blocks", 0)
            print(f"EXPLAIN {first}: {node['Node Type']} read {blocks} of {pages} pages, "
                  f"{node['Actual Rows']} rows\n  {sql}")
        return 0
    finally:
        if args.keep:
            print(f"kept database {database}")
        else:
            admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        admin.close()


def compare_cli(url: str, rounds: int, product: str) -> None:
    """The whole `privflow scan` as a user runs it (classifier included), sampled and not."""
    with tempfile.TemporaryDirectory() as temp:
        sampled_runs, bare_runs = [], []
        for _ in range(rounds):
            # JSON to stdout, which `run` discards: `-o /dev/null` is refused (not a regular
            # file), so a scan told to write there would time an exit 2.
            bare_runs.append(run(privflow("scan", "--db", url, "--no-sample"), cwd=temp))
            sampled_runs.append(run(privflow("scan", "--db", url), cwd=temp))
    bare_run = min(bare_runs, key=lambda r: r.cpu)
    sampled_run = min(sampled_runs, key=lambda r: r.cpu)
    print(bare_run.line("privflow scan --db --no-sample"))
    print(sampled_run.line("privflow scan --db (sampled)"))
    print(f"sampled / unsampled: {sampled_run.wall / bare_run.wall:.2f}x wall, "
          f"{sampled_run.cpu / bare_run.cpu:.2f}x cpu of privflow's process (target <= 3x; "
          f"{product}'s own time for the samples is outside it)")


def mariadb_main(args: argparse.Namespace, database: str) -> int:
    import pymysql

    try:
        admin = pymysql.connect(host=HOST, user="root", autocommit=True, connect_timeout=5)
    except pymysql.err.OperationalError as error:
        print(f"MariaDB not reachable on {HOST}:3306: {error}")
        return 2
    url = f"mysql://root@{HOST}:3306/{database}"
    with admin.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {database} CHARACTER SET utf8mb4")
    try:
        started = time.perf_counter()
        build_mariadb(database, args.tables, args.rows)
        print(f"built {args.tables} tables, {args.rows} rows in "
              f"{time.perf_counter() - started:.1f}s ({database})")
        started = time.perf_counter()
        bare = live.load_database(url, sample_rows=0)
        print(f"load_database --no-sample: {time.perf_counter() - started:.2f}s, "
              f"{len(bare.tables)} tables")
        started = time.perf_counter()
        sampled = live.load_database(url, sample_rows=args.sample_rows)
        values = sum(len(c.samples) for t in sampled.tables.values()
                     for c in t.columns.values())
        print(f"load_database with sampling: {time.perf_counter() - started:.2f}s, "
              f"{values} values held in memory, {len(sampled.skipped)} skipped")
        compare_cli(url, args.rounds, "MariaDB")
        return 0
    finally:
        if args.keep:
            print(f"kept database {database}")
        else:
            with admin.cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {database}")
        admin.close()


if __name__ == "__main__":
    sys.exit(main())
