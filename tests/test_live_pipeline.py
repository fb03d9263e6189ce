"""Pipelined sampling on the real PostgreSQL (127.0.0.1:5432): the statements of the next tables
are sent before this table's rows are read. It must give what sampling one table at a time
gives, and a table whose statement fails in the middle of the pipeline is skipped alone."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from privflow.errors import PrivflowError
from privflow.schema import Schema
from privflow.sources import live
from privflow.sources.live.engine import SamplingClock
from privflow.sources.live.postgres import PostgresEngine

psycopg = pytest.importorskip("psycopg")

HOST = "127.0.0.1"
ADMIN = f"host={HOST} port=5432 user=postgres dbname=postgres connect_timeout=3"

# Tables sort by name: the failing ones (c_kyc, d_locked) sit between tables that sample.
DDL = """
CREATE SCHEMA z;
CREATE TABLE public.a_small (id bigint PRIMARY KEY, mobile varchar(20), note text,
                             at timestamp, amount numeric(10, 2), blob bytea);
INSERT INTO public.a_small
    SELECT g, '13' || lpad((g * 7919 % 1000000000)::text, 9, '0'), repeat('n', g % 7),
           timestamp '2026-01-01' + g * interval '1 hour', g / 7.0, '\\x00'
    FROM generate_series(1, 60) g;
CREATE TABLE public.b_big (id bigint PRIMARY KEY, code varchar(32), payload text);
INSERT INTO public.b_big SELECT g, 'c' || g, repeat('p', 40 + g % 50)
    FROM generate_series(1, 20000) g;
CREATE TABLE public.c_kyc (id bigint PRIMARY KEY, mobile varchar(20));
INSERT INTO public.c_kyc SELECT g, '139' || lpad(g::text, 8, '0') FROM generate_series(1, 30) g;
ALTER TABLE public.c_kyc ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON public.c_kyc USING (true);
CREATE TABLE public.d_locked (id bigint PRIMARY KEY, name varchar(32));
INSERT INTO public.d_locked SELECT g, 'name ' || g FROM generate_series(1, 30) g;
CREATE TABLE public.e_empty (id bigint PRIMARY KEY, email varchar(64));
CREATE TABLE public.f_after (id bigint PRIMARY KEY, email varchar(64), tags text[]);
INSERT INTO public.f_after SELECT g, 'u' || g || '@example.com', ARRAY['t' || g]
    FROM generate_series(1, 300) g;
CREATE TABLE z.g_last (id bigint PRIMARY KEY, card varchar(32));
INSERT INTO z.g_last SELECT g, '6222' || lpad(g::text, 12, '0') FROM generate_series(1, 80) g;
CREATE VIEW public.v_view AS SELECT id, mobile FROM public.a_small;
ANALYZE;
"""
SAMPLED = {"public.a_small", "public.b_big", "public.d_locked", "public.f_after", "z.g_last"}


def _admin() -> Any:
    try:
        return psycopg.connect(ADMIN, autocommit=True)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL not reachable on {HOST}:5432 as postgres: "
                    f"{str(error).splitlines()[0]}")


@pytest.fixture(scope="module")
def pg() -> Iterator[tuple[str, str, str]]:
    """(superuser URL, URL of a role without BYPASSRLS, database name)."""
    token = secrets.token_hex(4)
    name, role = f"privflow_pipe_{token}", f"pf_pipe_{token}"
    with _admin() as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        with psycopg.connect(f"host={HOST} user=postgres dbname={name}", autocommit=True) as c:
            c.execute(DDL)
            c.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'Pw-{role}'")
            for schema in ("public", "z"):
                c.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
                c.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
        yield (f"postgresql://postgres@{HOST}:5432/{name}",
               f"postgresql://{role}:Pw-{role}@{HOST}:5432/{name}", name)
    finally:
        with _admin() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            admin.execute(f"DROP ROLE IF EXISTS {role}")


@pytest.fixture
def count_pipelined(monkeypatch) -> list[int]:
    """How many scans took the pipelined path (one entry per scan)."""
    calls: list[int] = []
    original = PostgresEngine.sample_pipelined

    def spy(self: PostgresEngine, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PostgresEngine, "sample_pipelined", spy)
    return calls


def _picture(schema: Schema) -> tuple[dict[str, dict[str, list[str]]], list[tuple[str, str]]]:
    """Every table's sampled values by column, and the skipped list, in order."""
    return ({tid: {c.name: c.samples for c in table.columns.values()}
             for tid, table in schema.tables.items()},
            [(s.path, s.reason) for s in schema.skipped])


def _both(monkeypatch, url: str, **options: Any) -> tuple[Schema, Schema]:
    """(pipelined scan, one-table-at-a-time scan) of `url`."""
    pipelined = live.load_database(url, **options)
    with monkeypatch.context() as m:
        m.setattr(PostgresEngine, "PIPELINE_DEPTH", 0)
        one_by_one = live.load_database(url, **options)
    return pipelined, one_by_one


@pytest.mark.parametrize("depth", [1, 2, 16])
def test_pipelined_samples_are_the_one_by_one_samples(pg, monkeypatch, count_pipelined, depth):
    url = pg[0]
    monkeypatch.setattr(PostgresEngine, "PIPELINE_DEPTH", depth)
    pipelined, one_by_one = _both(monkeypatch, url, sample_rows=25)
    assert count_pipelined == [1]  # only the first scan was pipelined
    assert _picture(pipelined) == _picture(one_by_one)
    tables = pipelined.tables
    assert {tid for tid, t in tables.items() if any(c.samples for c in t.columns.values())} \
        == SAMPLED | {"public.c_kyc"}  # the superuser bypasses row-level security
    assert len(tables["public.a_small"].column("mobile").samples) == 25
    assert tables["public.a_small"].column("blob").samples == []
    assert tables["public.e_empty"].column("email").samples == []
    assert tables["public.v_view"].column("mobile").samples == []
    assert pipelined.skipped == []


def test_fallback_statements_run_inside_the_pipeline(pg, monkeypatch, count_pipelined):
    """A page sample that comes back short is followed by the plain LIMIT, as one by one."""
    url = pg[0]
    monkeypatch.setattr(PostgresEngine, "OVERSAMPLE", 0.0001)  # the page sample finds ~nothing
    pipelined, one_by_one = _both(monkeypatch, url, sample_rows=25)
    assert count_pipelined == [1]
    assert _picture(pipelined) == _picture(one_by_one)
    assert len(pipelined.tables["public.b_big"].column("code").samples) == 25
    assert len(pipelined.tables["z.g_last"].column("card").samples) == 25  # the one after it


def test_a_table_failing_mid_pipeline_is_skipped_alone(pg, monkeypatch, count_pipelined):
    """Row-level security (an error) and a lock (a statement timeout) in the middle: every
    other table is sampled, and the reasons are the one-by-one ones."""
    _, role_url, name = pg
    locked, release = threading.Event(), threading.Event()

    def hold_lock() -> None:
        with psycopg.connect(f"host={HOST} user=postgres dbname={name}") as c:
            c.execute("LOCK TABLE public.d_locked IN ACCESS EXCLUSIVE MODE")
            locked.set()
            release.wait(30)
            c.rollback()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(10)
        pipelined, one_by_one = _both(monkeypatch, role_url, sample_rows=25,
                                      table_budget_s=0.5, timeout_s=10)
    finally:
        release.set()
        holder.join()
    assert count_pipelined == [1]
    assert _picture(pipelined) == _picture(one_by_one)
    reasons = {s.path.rsplit("#", 1)[-1]: s.reason for s in pipelined.skipped}
    assert set(reasons) == {"public.c_kyc", "public.d_locked"}
    assert "row-level security" in reasons["public.c_kyc"]
    assert "time budget" in reasons["public.d_locked"]
    sampled = {tid for tid, t in pipelined.tables.items()
               if any(c.samples for c in t.columns.values())}
    assert sampled == SAMPLED - {"public.d_locked"}
    assert {"public.c_kyc", "public.d_locked"} <= set(pipelined.tables)  # still scanned


def test_the_deadline_is_kept_in_the_pipeline(pg, monkeypatch, count_pipelined):
    pipelined, one_by_one = _both(monkeypatch, pg[0], sample_rows=25, deadline_s=0)
    assert _picture(pipelined) == _picture(one_by_one)
    assert {s.path.rsplit("#", 1)[-1] for s in pipelined.skipped} == \
        SAMPLED | {"public.c_kyc", "public.e_empty"}
    assert all("sampling deadline" in s.reason for s in pipelined.skipped)


def test_statements_in_flight_can_all_end_by_the_deadline():
    """Sending ahead never lets sampling outlast its deadline: at most as many statements are
    in flight as could each run to the statement timeout before it."""
    import time

    engine = live.engine_for("postgresql://u@h/x")
    assert isinstance(engine, PostgresEngine)
    now = time.monotonic()
    assert engine._depth(SamplingClock(now + 300, 5.0, 5.0)) == engine.PIPELINE_DEPTH
    assert engine._depth(SamplingClock(now + 12, 5.0, 5.0)) == 2
    assert engine._depth(SamplingClock(now + 3, 5.0, 5.0)) == 1


def test_a_connection_lost_mid_pipeline_is_one_error(pg, monkeypatch, count_pipelined):
    """The server ends the session under a statement (here the statement asks it to): the
    scan stops with one PrivflowError, not a hang or a traceback."""
    url = pg[0]
    original = PostgresEngine.sample_statements

    def statements(self: PostgresEngine, conn: Any, table: Any, columns: Any,
                   rows: int) -> list[str]:
        if table.name == "d_locked":
            return ["SELECT pg_catalog.pg_terminate_backend(pg_catalog.pg_backend_pid())"]
        return original(self, conn, table, columns, rows)

    monkeypatch.setattr(PostgresEngine, "sample_statements", statements)
    with pytest.raises(PrivflowError) as error:
        live.load_database(url, sample_rows=25)
    assert count_pipelined == [1]
    assert "connection lost" in str(error.value) and "\n" not in str(error.value)
