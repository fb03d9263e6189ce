"""Live scan of the real PostgreSQL on 127.0.0.1:5432: each test module gets its own database.

The database has Chinese comments, a foreign key across schemas, a view, rows of synthetic
personal data (valid ID numbers, Luhn card numbers, IMEIs) and decoys of the same shapes.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Iterator

import pytest

from privflow.errors import PrivflowError
from privflow.sources import live
from test_live_synthetic import Dataset, dataset, leaked, pipeline_missing, run_cli, scan_json

psycopg = pytest.importorskip("psycopg")

HOST = "127.0.0.1"
ADMIN = f"host={HOST} port=5432 user=postgres dbname=postgres connect_timeout=3"

DDL = """
CREATE SCHEMA shop;
CREATE TABLE public.member (
    id bigint PRIMARY KEY,
    real_name varchar(32),
    mobile varchar(20),
    ext1 varchar(64),
    ext2 varchar(64),
    device_code varchar(32),
    sku_code varchar(32),
    remark text,
    avatar bytea
);
COMMENT ON TABLE public.member IS '会员信息表';
COMMENT ON COLUMN public.member.real_name IS '真实姓名';
COMMENT ON COLUMN public.member.ext1 IS '扩展字段1';
COMMENT ON COLUMN public.member.ext2 IS '扩展字段2';
COMMENT ON COLUMN public.member.remark IS '备注';
CREATE TABLE shop.orders (
    id bigint PRIMARY KEY,
    member_id bigint REFERENCES public.member(id),
    card_no varchar(32),
    amount numeric(10, 2)
);
COMMENT ON TABLE shop.orders IS '订单表';
COMMENT ON COLUMN shop.orders.card_no IS '支付卡号';
CREATE VIEW public.member_cards AS
    SELECT m.id AS member_id, m.real_name, o.card_no
    FROM public.member m JOIN shop.orders o ON o.member_id = m.id;
CREATE TABLE public.event_log (id bigint PRIMARY KEY, member_id bigint, payload text);
INSERT INTO public.event_log
    SELECT g, g % 60 + 1, repeat('x', 40) FROM generate_series(1, 40000) g;
CREATE TABLE public.login_log (member_id bigint, at date, ip inet) PARTITION BY RANGE (at);
CREATE TABLE public.login_log_2024 PARTITION OF public.login_log
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.login_log_2025 PARTITION OF public.login_log
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO public.login_log
    SELECT g % 60 + 1, date '2024-01-01' + g % 700, '10.0.0.1'::inet + g
    FROM generate_series(1, 3000) g;
CREATE MATERIALIZED VIEW public.member_mobiles AS SELECT id, mobile FROM public.member;
"""
BIG_TABLE_ROWS = 40000


def _admin():
    try:
        return psycopg.connect(ADMIN, autocommit=True)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL not reachable on {HOST}:5432 as postgres: "
                    f"{str(error).splitlines()[0]}")


@pytest.fixture(scope="module")
def pg() -> Iterator[tuple[str, Dataset]]:
    name = f"privflow_test_{secrets.token_hex(4)}"
    with _admin() as admin:
        admin.execute(f"CREATE DATABASE {name}")
    data = dataset()
    try:
        with psycopg.connect(f"host={HOST} user=postgres dbname={name}", autocommit=True) as c:
            c.execute(DDL)
            with c.cursor() as cur:
                cur.executemany(
                    "INSERT INTO public.member VALUES (%(id)s, %(real_name)s, %(mobile)s, "
                    "%(ext1)s, %(ext2)s, %(device_code)s, %(sku_code)s, %(remark)s, "
                    "'\\x89504e47')", data.members)
                cur.executemany("INSERT INTO shop.orders VALUES (%(id)s, %(member_id)s, "
                                "%(card_no)s, %(amount)s)", data.orders)
            c.execute("REFRESH MATERIALIZED VIEW public.member_mobiles")
            c.execute("ANALYZE")
        yield f"postgresql://postgres@{HOST}:5432/{name}", data
    finally:
        with _admin() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def role(pg) -> Iterator[str]:
    """A login role with a password and SELECT on shop.orders only."""
    url, _ = pg
    name = f"pf_ro_{secrets.token_hex(4)}"
    database = url.rsplit("/", 1)[-1]
    with psycopg.connect(f"host={HOST} user=postgres dbname={database}", autocommit=True) as c:
        c.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'Pw-{name}'")
        c.execute(f"GRANT USAGE ON SCHEMA shop TO {name}")
        c.execute(f"GRANT SELECT ON shop.orders TO {name}")
        c.execute(f"GRANT SELECT (id, member_id) ON public.event_log TO {name}")
    try:
        yield name
    finally:
        with psycopg.connect(f"host={HOST} user=postgres dbname={database}",
                             autocommit=True) as c:
            c.execute(f"DROP OWNED BY {name}")
            c.execute(f"DROP ROLE {name}")


def test_catalog_comments_keys_and_view(pg):
    url, _ = pg
    schema = live.load_database(url, sample_rows=0)
    assert {"public.member", "shop.orders", "public.member_cards", "public.event_log",
            "public.login_log", "public.member_mobiles"} == set(schema.tables)  # no partitions
    member = schema.tables["public.member"]
    assert member.comment == "会员信息表" and member.column("real_name").comment == "真实姓名"
    assert member.column("ext1").comment == "扩展字段1"
    assert member.column("real_name").type == "character varying(32)"
    assert member.column("id").primary_key
    assert member.source == f"db:{url}#public.member" and member.dialect == "postgres"
    orders = schema.tables["shop.orders"]
    assert orders.comment == "订单表"
    assert orders.column("member_id").references == "public.member"
    view = schema.tables["public.member_cards"]
    assert view.kind == "view"
    # search_path is empty during the scan, so the definition names schema-qualified tables.
    assert "public.member" in view.definition and "shop.orders" in view.definition
    assert view.definition.lstrip().startswith("SELECT m.id AS member_id")
    assert not view.definition.endswith(";") and view.dialect == "postgres"


def test_samples_are_bounded_and_from_the_table(pg):
    url, data = pg
    schema = live.load_database(url, sample_rows=25)
    # A partitioned table is sampled through its parent; a materialized view holds rows too.
    assert len(schema.tables["public.login_log"].column("ip").samples) == 25
    mobiles = schema.tables["public.member_mobiles"]
    assert mobiles.kind == "view" and "public.member" in mobiles.definition
    assert len(mobiles.column("mobile").samples) == 25
    assert set(mobiles.column("mobile").samples) <= {m["mobile"] for m in data.members}
    assert schema.tables["public.member_cards"].column("card_no").samples == []
    ext1 = schema.tables["public.member"].column("ext1").samples
    assert len(ext1) == 25 and set(ext1) <= {m["ext1"] for m in data.members}
    assert schema.tables["public.member"].column("avatar").samples == []
    assert 0 < len(schema.tables["public.event_log"].column("id").samples) <= 25
    again = live.load_database(url, sample_rows=25)
    for tid in ("public.event_log", "public.member"):  # a page sample and a small table
        assert again.tables[tid].column("id").samples == schema.tables[tid].column("id").samples


def test_sampling_a_large_table_reads_a_few_pages_not_the_table(pg):
    url, _ = pg
    engine = live.engine_for(url)
    with engine.create_engine(10).connect() as conn:
        entry = next(t for t in engine.read_catalog(conn) if t.name == "event_log")
        statements = engine.sample_statements(conn, entry, ["id", "payload"], 100)
        assert "TABLESAMPLE SYSTEM" in statements[0]
        read = 0
        for sql in statements:
            plan = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}")
            node = plan.scalar()[0]["Plan"]
            while node.get("Plans"):
                node = node["Plans"][0]
            read += node["Actual Rows"]
        conn.rollback()
    assert read < BIG_TABLE_ROWS / 10


def test_session_is_read_only(pg):
    url, _ = pg
    engine = live.engine_for(url)
    with engine.create_engine(10).connect() as conn:
        engine.setup_session(conn, 10)
        with pytest.raises(Exception, match="read-only"):
            conn.exec_driver_sql("DELETE FROM public.event_log")
        conn.rollback()


def test_locked_table_hits_the_time_budget_and_is_listed(pg):
    url, _ = pg
    database = url.rsplit("/", 1)[-1]
    locked, release = threading.Event(), threading.Event()

    def hold_lock() -> None:
        with psycopg.connect(f"host={HOST} user=postgres dbname={database}") as c:
            c.execute("LOCK TABLE shop.orders IN ACCESS EXCLUSIVE MODE")
            locked.set()
            release.wait(30)
            c.rollback()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(10)
        schema = live.load_database(url, table_budget_s=0.5, timeout_s=10)
    finally:
        release.set()
        holder.join()
    reasons = {s.path.rsplit("#", 1)[-1]: s.reason for s in schema.skipped}
    assert "time budget" in reasons["shop.orders"]
    assert "locked" in reasons["public.member_cards"]  # its definition reads shop.orders
    assert "shop.orders" in schema.tables
    assert schema.tables["public.member"].column("ext1").samples  # the rest was sampled


def test_grant_restricted_user_skips_and_lists_unreadable_tables(pg, role, tmp_path):
    url, _ = pg
    restricted = url.replace("postgres@", f"{role}:Pw-{role}@")
    schema = live.load_database(restricted)
    assert "shop.orders" in schema.tables and "public.member" not in schema.tables
    skipped = {s.path: s.reason for s in schema.skipped}
    shown = restricted.replace(f":Pw-{role}@", ":***@")
    assert "permission denied" in skipped[f"db:{shown}#public.member"]
    # Column privileges: only the granted columns are sampled, the table is kept.
    log = schema.tables["public.event_log"]
    assert log.column("member_id").samples and log.column("payload").samples == []
    assert not any("event_log" in path for path in skipped)
    assert set(live.load_database(restricted, sample_rows=0).tables) == set(schema.tables)
    done = run_cli("scan", "--db", restricted, "--format", "json", cwd=tmp_path)
    if pipeline_missing() is None:
        assert done.returncode == 0, done.stderr
        assert f"{shown}#public.member: skipped: permission denied" in done.stderr
        assert f"Pw-{role}" not in done.stdout + done.stderr


def test_refused_login_dead_port_and_wrong_password_are_one_line_errors(pg, role, tmp_path):
    url, _ = pg
    database = url.rsplit("/", 1)[-1]
    with psycopg.connect(f"host={HOST} user=postgres dbname={database}", autocommit=True) as c:
        c.execute(f"ALTER ROLE {role} NOLOGIN")
        trusted = c.execute("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust' "
                            "AND type = 'host'").fetchone()[0]
    cases = [
        (f"postgresql://{role}:Pw-{role}@{HOST}:5432/{database}", "login refused"),
        (f"postgresql://postgres:Pw-{role}@{HOST}:1/{database}", "connection refused"),
        (f"postgresql://postgres:Pw-{role}@{HOST}:5432/no_such_{database}", "no such database"),
    ]
    for bad, expected in cases:
        with pytest.raises(PrivflowError) as error:
            live.load_database(bad)
        assert expected in str(error.value)
        assert f"Pw-{role}" not in str(error.value) and ":***@" in str(error.value)
        if pipeline_missing() is None:
            done = run_cli("scan", "--db", bad, cwd=tmp_path)
            assert done.returncode == 2
            assert done.stderr.count("\n") == 1 and expected in done.stderr
            assert f"Pw-{role}" not in done.stderr + done.stdout
    if trusted:
        pytest.skip("pg_hba trusts 127.0.0.1, so a wrong password cannot fail here "
                    "(covered on MariaDB)")


@pytest.fixture
def pipeline():
    reason = pipeline_missing()
    if reason:
        pytest.skip(reason)


def test_cli_scan_categories_links_view_lineage_and_no_leaks(pg, tmp_path, pipeline):
    url, data = pg
    texts = {}
    for fmt in ("json", "table", "sarif"):
        done = run_cli("scan", "--db", url, "--format", fmt, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        texts[fmt] = done.stdout
        assert leaked(done.stdout + done.stderr, data.secrets) == [], fmt
    result = json.loads(texts["json"])
    columns = {(t["id"], c["name"]): c for t in result["tables"] for c in t["columns"]}
    assert "identity.national_id" in columns[("public.member", "ext1")]["categories"]
    assert "identity.national_id" not in columns[("public.member", "ext2")]["categories"]
    assert "device.id" in columns[("public.member", "device_code")]["categories"]
    assert "identity.name" in columns[("public.member", "real_name")]["categories"]
    assert {"financial.payment_card", "financial.bank_account"} & set(
        columns[("shop.orders", "card_no")]["categories"])
    assert columns[("shop.orders", "member_id")]["linked_to"] == "public.member"
    flows = {(f["source"], f["target"]) for f in result["flows"]}
    assert ("public.member.real_name", "public.member_cards.real_name") in flows
    assert ("shop.orders.card_no", "public.member_cards.card_no") in flows


def test_cli_drift_between_repo_ddl_and_database(pg, tmp_path, pipeline):
    url, _ = pg
    repo = tmp_path / "db"
    repo.mkdir()
    (repo / "schema.sql").write_text(
        "CREATE TABLE member (\n  id bigint PRIMARY KEY,\n  real_name varchar(32),\n"
        "  mobile varchar(20),\n  ext1 varchar(18),\n  device_code varchar(32),\n"
        "  sku_code varchar(32),\n  remark text,\n  avatar bytea,\n  nickname varchar(32)\n);\n"
        "CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  member_id bigint,\n"
        "  card_no varchar(32),\n  amount numeric(10, 2)\n);\n", encoding="utf-8")
    result, _ = scan_json(str(repo), "--db", url, "--dialect", "postgres", cwd=tmp_path)
    ids = [t["id"] for t in result["tables"]]
    assert ids.count("member") + ids.count("public.member") == 1
    drift = {(f["subject"].rsplit(".", 1)[-1], f["severity"]) for f in result["findings"]
             if f["rule"] == "schema-drift" and "member." in f["subject"]}
    assert ("ext2", "medium") in drift and ("nickname", "low") in drift
    assert ("ext1", "low") in drift  # varchar(18) in the repo, varchar(64) live
    assert not any(name in ("real_name", "mobile", "id") for name, _ in drift)


def test_password_from_environment_in_privflow_yaml_is_never_printed(pg, tmp_path, pipeline):
    url, _ = pg
    inventory = tmp_path / "inventory"
    inventory.mkdir()
    with_password = url.replace("postgres@", "postgres:${PF_TEST_PG_PASSWORD}@")
    (inventory / "privflow.yaml").write_text(
        f"version: 1\norganisation:\n  name: 测试公司\nsources: []\ndatabases:\n  - {with_password}\ninclude:\n  - public.*\n",
        encoding="utf-8")
    secret = "Env-S3cret-" + secrets.token_hex(4)
    # privflow.yaml is code a pull request writes: it reads only the variables allowed.
    refused = run_cli("scan", "--inventory", str(inventory), cwd=tmp_path,
                      env={"PF_TEST_PG_PASSWORD": secret})
    assert refused.returncode == 2 and "--allow-env PF_TEST_PG_PASSWORD" in refused.stderr
    assert secret not in refused.stdout + refused.stderr
    result, done = scan_json("--inventory", str(inventory), "--allow-env", "PF_TEST_PG_PASSWORD",
                             cwd=tmp_path, env={"PF_TEST_PG_PASSWORD": secret})
    assert {t["id"] for t in result["tables"]} >= {"public.member", "public.event_log"}
    # Excluded by the include glob: not read from the catalog (lineage may still name it).
    assert not any("#shop." in t["source"] for t in result["tables"])
    assert secret not in done.stdout + done.stderr
    unset = run_cli("scan", "--inventory", str(inventory), "--allow-env", "PF_TEST_PG_PASSWORD",
                    cwd=tmp_path)
    assert unset.returncode == 2
    assert "environment variable PF_TEST_PG_PASSWORD is not set" in unset.stderr
