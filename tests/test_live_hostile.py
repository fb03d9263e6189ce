"""Hostile databases, rogue servers and hostile URLs (issue 15, live half).

Nothing the database's owner wrote runs while privflow reads it; a URL in privflow.yaml can
neither read arbitrary environment variables nor switch on dangerous driver options; a server
that says nothing, garbage, or "send me a file" gets one line and exit 2. The rogue servers
listen on 127.0.0.1 only and give up by themselves (tests/hostile/live_servers.py).
"""

from __future__ import annotations

import glob
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import suppress

import pytest

from hostile.live_databases import PHONES, mysql_traps, postgres_traps
from hostile.live_servers import (
    GARBAGE,
    LOCAL_FILES,
    RogueServer,
    garbage,
    mysql_bogus_greeting,
    mysql_local_infile,
    silent,
)
from hostile.urls_malformed import PASSWORD, malformed_urls
from privflow.errors import PrivflowError
from privflow.sources import live
from privflow.sources.live.engine import LiveEngine
from privflow.sources.live.urls import COMMAND_LINE, CONFIG, UrlError, UrlPolicy, parse, shown
from test_live_synthetic import run_cli

HOST = "127.0.0.1"


# -- URLs -------------------------------------------------------------------------------------


def test_malformed_urls_give_one_line_and_never_the_password():
    seen = 0
    for url in malformed_urls():
        seen += 1
        try:
            parsed = parse(url, policy=CONFIG)
        except PrivflowError as error:  # anything else is a crash: the test fails on it
            text = str(error)
        else:
            text = f"{shown(url)} {live.loader.display(parsed)}"
        assert PASSWORD not in text, url
        assert "\n" not in text and "\x1b" not in text, url
    assert seen > 3000


@pytest.mark.parametrize("url", [
    "postgresql://postgres:Pw9Secret7Zq/shop",  # no host: the password reads as a port
    "postgresql://postgres:Pw9Secret7Zq@[::1/x",  # unclosed IPv6 bracket
    "mysql://root:Pw9Secret7Zq@h:port/x",
])
def test_cli_malformed_url_is_one_line_exit_2(url, tmp_path):
    done = run_cli("scan", "--db", url, "--inventory", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "not a database URL" in done.stderr
    assert PASSWORD not in done.stderr + done.stdout and "internal error" not in done.stderr


@pytest.mark.parametrize(("url", "param"), [
    ("mysql://u@h/x?init_command=DELETE%20FROM%20member", "init_command"),
    ("mysql://u@h/x?local_infile=1", "local_infile"),
    ("mariadb://u@h/x?client_flag=128", "client_flag"),
    ("mysql://u@h/x?read_default_file=/tmp/my.cnf", "read_default_file"),
    ("mysql://u@h/x?sql_mode=ANSI", "sql_mode"),
    ("postgresql://u@h/x?options=-c%20row_security%3Don", "options"),
    ("postgresql://u@h/x?passfile=/tmp/pgpass", "passfile"),
    ("postgresql://u@h/x?plugin=evil", "plugin"),
    ("sqlite:///x.db?mode=rw", "mode"),
])
def test_url_parameters_outside_the_allow_list_are_refused(url, param):
    with pytest.raises(UrlError) as error:
        parse(url, policy=COMMAND_LINE)
    assert f"URL parameter '{param}' is not allowed" in str(error.value)


def test_allowed_url_parameters_pass():
    assert parse("postgresql://u@h/x?sslmode=verify-full&sslrootcert=/ca.pem").query == {
        "sslmode": "verify-full", "sslrootcert": "/ca.pem"}
    assert parse("mysql://u@h/x?charset=utf8mb4&ssl_ca=/ca.pem").drivername == "mysql+pymysql"


def test_config_urls_read_only_allowed_environment_variables(monkeypatch):
    monkeypatch.setenv("PF_I15_SECRET", "from-env")
    monkeypatch.setenv("PRIVFLOW_I15_PASSWORD", "prefixed")
    url = "postgresql://u:${PF_I15_SECRET}@h/x"
    with pytest.raises(UrlError, match="--allow-env PF_I15_SECRET"):
        parse(url, policy=CONFIG)
    with pytest.raises(UrlError, match="may not be read"):
        parse("postgresql://u@${PF_I15_SECRET}/x", policy=CONFIG)  # the host too
    assert parse(url, policy=UrlPolicy(allow_env=frozenset({"PF_I15_SECRET"}))).password == \
        "from-env"
    assert parse("postgresql://u:${PRIVFLOW_I15_PASSWORD}@h/x", policy=CONFIG).password == \
        "prefixed"
    assert parse(url, policy=COMMAND_LINE).password == "from-env"  # typed by the user


def _inventory(tmp_path, url: str) -> str:
    folder = tmp_path / "inventory"
    folder.mkdir()
    (folder / "db").mkdir()
    (folder / "db" / "t.sql").write_text("CREATE TABLE t (id int);\n", encoding="utf-8")
    (folder / "privflow.yaml").write_text(
        f"version: 1\norganisation:\n  name: T\nsources:\n  - db\ndatabases:\n  - {url}\n",
        encoding="utf-8")
    return str(folder)


def test_check_connects_to_config_databases_only_when_asked(tmp_path):
    with RogueServer(garbage(GARBAGE["http"]), hold_s=5) as server:
        inventory = _inventory(tmp_path, f"postgresql://ci@{HOST}:{server.port}/shop")
        done = run_cli("check", "--inventory", inventory, cwd=tmp_path)
        assert server.seen.connections == 0, done.stderr
        assert done.returncode in (0, 1), done.stderr
        asked = run_cli("check", "--inventory", inventory, "--connect-databases", cwd=tmp_path)
        assert server.seen.connections == 1
        assert "cannot connect" in asked.stderr


def test_refused_config_url_is_an_error_on_its_line_even_for_check(tmp_path):
    with RogueServer(garbage(GARBAGE["http"]), hold_s=2) as server:
        inventory = _inventory(
            tmp_path,
            f"mysql://u:{PASSWORD}@127.0.0.1:{server.port}/x?init_command=DELETE%20FROM%20t")
        done = run_cli("check", "--inventory", inventory, cwd=tmp_path)
        assert server.seen.connections == 0
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "privflow.yaml:7: databases entry" in done.stderr
    assert "URL parameter 'init_command' is not allowed" in done.stderr
    assert PASSWORD not in done.stderr


def test_unallowed_variable_is_an_input_error_after_the_scan(tmp_path, monkeypatch):
    monkeypatch.setenv("PF_I15_CI_SECRET", "ci-secret-value")
    inventory = _inventory(tmp_path, "postgresql://u:${PF_I15_CI_SECRET}@127.0.0.1:1/x")
    done = run_cli("scan", "--inventory", inventory, cwd=tmp_path)
    assert done.returncode == 2
    assert "may not be read by a URL from privflow.yaml" in done.stderr
    assert '"id": "t"' in done.stdout  # the files were still scanned and written
    assert "ci-secret-value" not in done.stdout + done.stderr


# -- rogue servers ----------------------------------------------------------------------------


@pytest.fixture
def fast_connect(monkeypatch) -> None:
    """Give up on a silent server after 1 s instead of 10 (libpq counts at least 2)."""
    monkeypatch.setattr(LiveEngine, "CONNECT_TIMEOUT_S", 1.0)


ROGUE_URLS = {
    "postgresql": "postgresql://u:{pw}@127.0.0.1:{port}/x",
    "postgresql-no-tls": "postgresql://u:{pw}@127.0.0.1:{port}/x?sslmode=disable",
    "mysql": "mysql://u:{pw}@127.0.0.1:{port}/x",
}


@pytest.mark.parametrize("payload", sorted(GARBAGE))
@pytest.mark.parametrize("kind", sorted(ROGUE_URLS))
def test_garbage_from_the_server_is_one_line(kind, payload, fast_connect):
    with RogueServer(garbage(GARBAGE[payload]), hold_s=2) as server, \
            pytest.raises(PrivflowError) as error:
        live.load_database(ROGUE_URLS[kind].format(pw=PASSWORD, port=server.port))
    text = str(error.value)
    assert text.startswith(f"{kind.split('-')[0]}://u:***@127.0.0.1:{server.port}/x")
    assert "cannot connect" in text and "\n" not in text and PASSWORD not in text


def test_bogus_mysql_greeting_exits_2(tmp_path):
    with RogueServer(mysql_bogus_greeting, hold_s=2) as server:
        done = run_cli("scan", "--inventory", str(tmp_path), "--db",
                       f"mysql://u:{PASSWORD}@127.0.0.1:{server.port}/x", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "not what a MySQL/MariaDB server sends" in done.stderr


def test_silent_mysql_server_is_given_up_on_at_the_connect_timeout(fast_connect):
    """The client hangs up first: before, PyMySQL waited its 60 s read timeout for a greeting,
    longer than this server (20 s) stays. (libpq's connect_timeout already covers the whole
    PostgreSQL handshake.)"""
    with RogueServer(silent, hold_s=20) as server:
        with pytest.raises(PrivflowError, match="cannot connect: timed out"):
            live.load_database(f"mysql://u@127.0.0.1:{server.port}/x", timeout_s=30)
        assert server.seen.done.wait(25)
    assert server.seen.client_closed_first


def test_postgres_server_silent_after_the_handshake_is_cut_off(fast_connect):
    """libpq waits forever for a reply; the client-side watchdog hangs up at the connect
    timeout (here 1 s), long before this server (20 s) would give up."""
    with RogueServer(garbage(GARBAGE["postgres-auth"]), hold_s=20) as server:
        with pytest.raises(PrivflowError, match="cannot connect: timed out"):
            live.load_database(f"postgresql://u@127.0.0.1:{server.port}/x?sslmode=disable",
                               timeout_s=30)
        assert server.seen.done.wait(25)
    assert server.seen.client_closed_first


def test_rogue_mysql_server_gets_no_local_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("local-file-" + secrets.token_hex(8), encoding="utf-8")
    with RogueServer(mysql_local_infile(str(secret)), hold_s=5) as server:
        url = f"mysql://u@127.0.0.1:{server.port}/x"
        with pytest.raises(UrlError, match="local_infile"):
            live.load_database(url + "?local_infile=1")
        assert server.seen.connections == 0  # refused before connecting
        with pytest.raises(PrivflowError, match="cannot connect"):
            live.load_database(url)
        assert server.seen.done.wait(10)
    assert server.seen.client_flags is not None
    assert not server.seen.client_flags & LOCAL_FILES
    assert secret.read_bytes() not in server.seen.after_file_request


# -- sampling deadline ------------------------------------------------------------------------


def test_sampling_deadline_lists_the_tables_not_sampled(tmp_path):
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as db:
        for name in ("member", "orders", "kyc"):
            db.execute(f"CREATE TABLE {name} (id integer PRIMARY KEY, mobile text)")
            db.executemany(f"INSERT INTO {name} (mobile) VALUES (?)", [(p,) for p in PHONES])
    url = f"sqlite:///{path}"
    schema = live.load_database(url, deadline_s=0)
    assert {s.path.rsplit("#", 1)[-1] for s in schema.skipped
            if "sampling deadline of 0s" in s.reason} == {"member", "orders", "kyc"}
    assert set(schema.tables) == {"member", "orders", "kyc"}  # catalog still read
    assert all(not t.column("mobile").samples for t in schema.tables.values())
    assert live.load_database(url).tables["kyc"].column("mobile").samples
    done = run_cli("scan", "--db", url, "--sample-deadline", "0", "--inventory", str(tmp_path),
                   cwd=tmp_path)
    assert done.returncode == 0
    assert done.stderr.count("not sampled: the sampling deadline of 0s") == 3


# -- PostgreSQL: no code of the database runs -------------------------------------------------


@pytest.fixture(scope="module")
def hostile_pg() -> Iterator[tuple[str, str, str]]:
    """(superuser URL, limited-role URL, marker prefix of the side-effect files)."""
    psycopg = pytest.importorskip("psycopg")
    try:
        admin = psycopg.connect(f"host={HOST} user=postgres dbname=postgres connect_timeout=3",
                                autocommit=True)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL not reachable on {HOST}:5432: {str(error).splitlines()[0]}")
    token = secrets.token_hex(4)
    name, role = f"i15_live_{token}", f"i15_live_ro_{token}"
    marker = f"/tmp/privflow-i15-live-{token}-"
    admin.execute(f"CREATE DATABASE {name}")
    try:
        with psycopg.connect(f"host={HOST} user=postgres dbname={name}", autocommit=True) as c:
            c.execute(postgres_traps(marker))
            c.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'Pw-{role}'")
            c.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
            c.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
        yield (f"postgresql://postgres@{HOST}:5432/{name}",
               f"postgresql://{role}:Pw-{role}@{HOST}:5432/{name}", marker)
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"DROP ROLE IF EXISTS {role}")
        admin.close()
        for path in glob.glob(f"{marker}*"):
            with suppress(OSError):
                os.remove(path)


def _traps_that_ran(marker: str) -> list[str]:
    """Side-effect files the server wrote, asked of the server (it may not share our /tmp)."""
    import psycopg

    with psycopg.connect(f"host={HOST} user=postgres dbname=postgres") as c:
        return [tag for tag in ("cast", "enum", "policy", "view")
                if c.execute("SELECT pg_stat_file(%s, true)", (marker + tag,)).fetchone()[0]]


@pytest.mark.parametrize("who", ["superuser", "role"])
def test_pg_sampling_runs_no_user_defined_cast(hostile_pg, who):
    url = hostile_pg[0] if who == "superuser" else hostile_pg[1]
    schema = live.load_database(url, sample_rows=50)
    assert _traps_that_ran(hostile_pg[2]) == []
    member = schema.tables["public.member"]
    sampled = {c.name for c in member.columns.values() if c.samples}
    # Built-in types, a domain over one, arrays of them and citext (binary cast to text) are
    # sampled; the composite and the enum with their own casts, and the generated column, not.
    assert sampled == {"id", "mobile", "email", "email_ci", "phones"}
    assert sorted(member.column("mobile").samples) == sorted(PHONES)
    assert "public.member_view" in schema.tables  # views are read from the catalog only


def test_pg_row_level_security_policies_never_run(hostile_pg):
    _, role_url, marker = hostile_pg
    schema = live.load_database(role_url)
    assert _traps_that_ran(marker) == []
    assert "public.kyc" in schema.tables  # the table and its columns are still scanned
    reasons = [s.reason for s in schema.skipped if s.path.endswith("#public.kyc")]
    assert len(reasons) == 1 and "row-level security" in reasons[0]
    assert not schema.tables["public.kyc"].column("mobile").samples


def test_pg_superuser_connection_is_warned_about(hostile_pg):
    admin_url, role_url, _ = hostile_pg
    warnings: list[str] = []
    live.load_database(admin_url, sample_rows=0, warn=warnings.append)
    assert len(warnings) == 1 and "connected as a superuser" in warnings[0]
    warnings.clear()
    live.load_database(role_url, sample_rows=0, warn=warnings.append)
    assert warnings == []


# -- MySQL / MariaDB --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_mysql() -> Iterator[tuple[str, str]]:
    pymysql = pytest.importorskip("pymysql")
    try:
        admin = pymysql.connect(host=HOST, port=3306, user="root", password="",
                                autocommit=True, connect_timeout=3)
    except pymysql.err.OperationalError as error:
        pytest.skip(f"MariaDB not reachable on {HOST}:3306 as root: {error.args[-1]}")
    name = f"i15_live_{secrets.token_hex(4)}"
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name} DEFAULT CHARSET utf8mb4")
        cur.execute(f"USE {name}")
        for statement in mysql_traps():
            cur.execute(statement)
    try:
        yield f"mysql://root@{HOST}:3306/{name}", name
    finally:
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.close()


def test_mysql_generated_columns_and_views_are_not_sampled(hostile_mysql):
    url, name = hostile_mysql
    warnings: list[str] = []
    schema = live.load_database(url, warn=warnings.append)
    member = schema.tables[f"{name}.member"]
    assert sorted(member.column("mobile").samples) == sorted(PHONES)
    assert member.column("mobile_virtual").samples == []
    assert member.column("mobile_stored").samples == []
    # The view's function would fail the read had it run: no table is reported unread.
    assert f"{name}.member_view" in schema.tables and schema.skipped == []
    assert len(warnings) == 1 and "connected as a superuser" in warnings[0]


def test_mysql_statements_outlast_the_connect_timeout(hostile_mysql, fast_connect):
    """PyMySQL reads the handshake with its read timeout, set to the (here 1 s) connect
    timeout; once connected, statements get the longer statement guard back."""
    url, _ = hostile_mysql
    engine = live.engine_for(url)
    sa_engine = engine.create_engine(30)
    try:
        with sa_engine.connect() as conn:
            engine.setup_session(conn, 30)
            assert conn.exec_driver_sql("SELECT SLEEP(1.5)").scalar() == 0
    finally:
        sa_engine.dispose()


def test_only_errors_raised_inside_the_driver_count_as_the_servers_doing():
    """After connecting, a driver's parser failing on a reply is the server's doing (one line,
    exit 2); the same exception raised in privflow's own code stays a bug (exit 3)."""
    from privflow.sources.live.mysql import MySQLEngine

    engine = live.engine_for("mysql://u@h/x")
    assert isinstance(engine, MySQLEngine)
    driver_code: dict = {}
    exec(compile("def parse_reply():\n    return b''[0]\n",  # noqa: S102 - a fake module
                 os.path.join(os.sep, "venv", "pymysql", "protocol.py"), "exec"), driver_code)
    with pytest.raises(IndexError) as inside:
        driver_code["parse_reply"]()
    with pytest.raises(IndexError) as outside:
        b""[0]  # noqa: B018
    assert engine.from_driver(inside.value)
    assert not engine.from_driver(outside.value)
