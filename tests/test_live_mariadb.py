"""Live scan of the real MariaDB on 127.0.0.1:3306: each test module gets its own database.

MySQL-style ids: the database is the schema (`<db>.ums_member`). Chinese table and column
comments, a foreign key, a view, synthetic personal data and decoys, as for PostgreSQL.
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

pymysql = pytest.importorskip("pymysql")

HOST = "127.0.0.1"

DDL = [
    """CREATE TABLE ums_member (
        id BIGINT PRIMARY KEY COMMENT '主键',
        real_name VARCHAR(32) COMMENT '真实姓名',
        mobile VARCHAR(20) COMMENT '手机号',
        ext1 VARCHAR(64) COMMENT '扩展字段1',
        ext2 VARCHAR(64) COMMENT '扩展字段2',
        device_code VARCHAR(32),
        sku_code VARCHAR(32),
        remark TEXT COMMENT '备注',
        avatar BLOB
    ) COMMENT '会员表' DEFAULT CHARSET = utf8mb4""",
    """CREATE TABLE oms_order (
        id BIGINT PRIMARY KEY,
        member_id BIGINT COMMENT '会员id',
        card_no VARCHAR(32) COMMENT '支付卡号',
        amount DECIMAL(10, 2) COMMENT '订单金额',
        FOREIGN KEY (member_id) REFERENCES ums_member (id)
    ) COMMENT '订单表' DEFAULT CHARSET = utf8mb4""",
    """CREATE VIEW member_cards AS
        SELECT m.id AS member_id, m.real_name, o.card_no
        FROM ums_member m JOIN oms_order o ON o.member_id = m.id""",
    """CREATE TABLE event_log (id BIGINT PRIMARY KEY, member_id BIGINT, payload VARCHAR(64))""",
    """INSERT INTO event_log SELECT seq, seq % 60 + 1, REPEAT('x', 40) FROM seq_1_to_40000""",
]
BIG_TABLE_ROWS = 40000


def _admin(database: str | None = None):
    try:
        return pymysql.connect(host=HOST, port=3306, user="root", password="",
                               database=database, charset="utf8mb4", autocommit=True,
                               connect_timeout=3)
    except pymysql.err.OperationalError as error:
        pytest.skip(f"MariaDB not reachable on {HOST}:3306 as root: {error.args[-1]}")


@pytest.fixture(scope="module")
def maria() -> Iterator[tuple[str, str, Dataset]]:
    name = f"privflow_test_{secrets.token_hex(4)}"
    data = dataset()
    with _admin() as admin, admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name} CHARACTER SET utf8mb4")
    try:
        with _admin(name) as conn, conn.cursor() as cur:
            for statement in DDL:
                cur.execute(statement)
            cur.executemany(
                "INSERT INTO ums_member VALUES (%(id)s, %(real_name)s, %(mobile)s, %(ext1)s, "
                "%(ext2)s, %(device_code)s, %(sku_code)s, %(remark)s, X'89504e47')",
                data.members)
            cur.executemany("INSERT INTO oms_order VALUES (%(id)s, %(member_id)s, "
                            "%(card_no)s, %(amount)s)", data.orders)
        yield f"mysql://root@{HOST}:3306/{name}", name, data
    finally:
        with _admin() as admin, admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {name}")


@pytest.fixture
def user(maria) -> Iterator[tuple[str, str]]:
    """A user with a password, SELECT on oms_order and only INSERT on ums_member."""
    _, database, _ = maria
    name, password = f"pf_ro_{secrets.token_hex(4)}", f"Pw-{secrets.token_hex(6)}"
    with _admin() as admin, admin.cursor() as cur:
        cur.execute(f"CREATE USER '{name}'@'%' IDENTIFIED BY '{password}'")
        cur.execute(f"GRANT SELECT ON {database}.oms_order TO '{name}'@'%'")
        cur.execute(f"GRANT INSERT ON {database}.ums_member TO '{name}'@'%'")
    try:
        yield name, password
    finally:
        with _admin() as admin, admin.cursor() as cur:
            cur.execute(f"DROP USER IF EXISTS '{name}'@'%'")


def test_catalog_comments_keys_and_view(maria):
    url, db, _ = maria
    schema = live.load_database(url, sample_rows=0)
    assert set(schema.tables) == {f"{db}.ums_member", f"{db}.oms_order", f"{db}.member_cards",
                                  f"{db}.event_log"}
    member = schema.tables[f"{db}.ums_member"]
    assert member.comment == "会员表" and member.column("real_name").comment == "真实姓名"
    assert member.column("id").primary_key and member.column("real_name").type == "varchar(32)"
    assert member.dialect == "mysql" and member.source == f"db:{url}#{db}.ums_member"
    order = schema.tables[f"{db}.oms_order"]
    assert order.comment == "订单表"
    assert order.column("member_id").references == f"{db}.ums_member"
    view = schema.tables[f"{db}.member_cards"]
    assert view.kind == "view" and view.comment is None
    assert f"`{db}`.`ums_member`" in view.definition
    assert view.definition.startswith("SELECT `m`.`id` AS `member_id`")
    # The server's `from (a m join b o on(...))` is unwrapped into a plain join.
    assert f"FROM `{db}`.`ums_member` AS `m` JOIN `{db}`.`oms_order`" in view.definition


def test_samples_are_bounded_and_spread_over_the_key(maria):
    url, db, data = maria
    schema = live.load_database(url, sample_rows=20)
    ext1 = schema.tables[f"{db}.ums_member"].column("ext1").samples
    assert len(ext1) == 20 and set(ext1) <= {m["ext1"] for m in data.members}
    assert schema.tables[f"{db}.ums_member"].column("avatar").samples == []
    ids = [int(v) for v in schema.tables[f"{db}.event_log"].column("id").samples]
    assert len(ids) == len(set(ids)) == 20
    again = live.load_database(url, sample_rows=20).tables[f"{db}.event_log"].column("id")
    assert [int(v) for v in again.samples] == ids  # same data, same sample
    assert ids != list(range(1, 21))  # not simply the first rows


def test_sampling_a_large_table_reads_only_short_index_ranges(maria):
    url, db, _ = maria
    engine = live.engine_for(url)
    with engine.create_engine(10).connect() as conn:
        engine.setup_session(conn, 10)
        entry = next(t for t in engine.read_catalog(conn) if t.name == "event_log")
        conn.exec_driver_sql("FLUSH STATUS")  # session counters only
        rows = engine.sample(conn, entry, ["id", "payload"], 100, deadline=float("inf"))
        reads = dict(conn.exec_driver_sql(
            "SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_next', "
            "'Handler_read_rnd_next', 'Handler_read_key', 'Handler_read_first', "
            "'Handler_read_last')").fetchall())
        conn.rollback()
    assert len(rows) == 100
    assert sum(int(v) for v in reads.values()) < BIG_TABLE_ROWS / 10, reads


def _sample_statement_by_statement(engine, conn, table, columns, rows):
    """The sampling as it ran before a small table was read in one statement: MIN/MAX, a few
    range reads from seeded random keys, a top-up from the start of the key."""
    import random

    name = engine.quote(conn, table.schema, table.name)
    select = f"SELECT {engine.select_list(conn, columns)} FROM {name}"
    key = engine.quote(conn, "id")
    low, high = conn.exec_driver_sql(f"SELECT MIN({key}), MAX({key}) FROM {name}").one()
    if low is None:
        return []
    position = list(columns).index("id")
    found = {}
    per_read = max(1, -(-rows // engine.RANGE_READS))
    chooser = random.Random(f"{table.schema}.{table.name}")
    starts = sorted(chooser.randint(int(low), int(high)) for _ in range(engine.RANGE_READS))
    for start in starts:
        if len(found) >= rows:
            break
        for row in conn.exec_driver_sql(f"{select} WHERE {key} >= {int(start)} "
                                        f"ORDER BY {key} LIMIT {per_read}").fetchmany(per_read):
            found.setdefault(row[position], row)
    if len(found) < rows:
        for row in conn.exec_driver_sql(f"{select} ORDER BY {key} LIMIT {rows}").fetchmany(rows):
            if len(found) >= rows:
                break
            found.setdefault(row[position], row)
    return list(found.values())[:rows]


def test_a_small_table_read_in_one_statement_gives_the_same_sample(maria):
    url, _, data = maria
    engine = live.engine_for(url)
    with engine.create_engine(10).connect() as conn:
        engine.setup_session(conn, 10)
        tables = {t.name: t for t in engine.read_catalog(conn)}
        for name, columns in (("ums_member", ["id", "real_name", "ext1"]),
                              ("oms_order", ["id", "card_no"]),
                              ("event_log", ["id", "payload"])):
            for rows in (1, 5, 20, len(data.members) - 1, len(data.members),
                         len(data.members) + 7, 100, 500):
                got = engine.sample(conn, tables[name], columns, rows, deadline=float("inf"))
                want = _sample_statement_by_statement(engine, conn, tables[name], columns, rows)
                assert [tuple(r) for r in got] == [tuple(r) for r in want], (name, rows)
        conn.rollback()


def test_session_is_read_only(maria):
    url, _, _ = maria
    engine = live.engine_for(url)
    with engine.create_engine(10).connect() as conn:
        engine.setup_session(conn, 10)
        with pytest.raises(Exception, match="READ ONLY"):
            conn.exec_driver_sql("DELETE FROM event_log")
        conn.rollback()


def test_locked_table_hits_the_time_budget_and_is_listed(maria):
    url, db, _ = maria
    locked, release = threading.Event(), threading.Event()

    def hold_lock() -> None:
        with _admin(db) as conn, conn.cursor() as cur:
            cur.execute("LOCK TABLES oms_order WRITE")
            locked.set()
            release.wait(30)
            cur.execute("UNLOCK TABLES")

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(10)
        schema = live.load_database(url, table_budget_s=0.5, timeout_s=10)
    finally:
        release.set()
        holder.join()
    reasons = {s.path.rsplit("#", 1)[-1]: s.reason for s in schema.skipped}
    assert "time budget" in reasons[f"{db}.oms_order"]
    assert f"{db}.oms_order" in schema.tables
    assert schema.tables[f"{db}.ums_member"].column("ext1").samples


def test_grant_restricted_user_skips_and_lists_unreadable_tables(maria, user, tmp_path):
    _, db, _ = maria
    name, password = user
    url = f"mysql://{name}:{password}@{HOST}:3306/{db}"
    schema = live.load_database(url)
    assert f"{db}.oms_order" in schema.tables and f"{db}.ums_member" not in schema.tables
    shown = url.replace(password, "***")
    assert {s.path: s.reason for s in schema.skipped}[f"db:{shown}#{db}.ums_member"] == \
        "permission denied"
    if pipeline_missing() is None:
        done = run_cli("scan", "--db", url, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert f"{shown}#{db}.ums_member: skipped: permission denied" in done.stderr
        assert password not in done.stdout + done.stderr


def test_wrong_password_dead_port_and_missing_database_are_one_line_errors(maria, user,
                                                                           tmp_path):
    _, db, _ = maria
    name, password = user
    cases = [
        (f"mysql://{name}:{password}x@{HOST}:3306/{db}", "login refused", f"{password}x"),
        (f"mysql://{name}:{password}@{HOST}:1/{db}", "connection refused", password),
        (f"mysql://root:{password}@{HOST}:3306/{db}", "login refused", password),
        (f"mysql://root@{HOST}:3306/no_such_{db}", "no such database", None),
    ]
    for bad, expected, secret in cases:
        with pytest.raises(PrivflowError) as error:
            live.load_database(bad)
        assert expected in str(error.value)
        assert secret is None or (secret not in str(error.value) and ":***@" in str(error.value))
        if pipeline_missing() is None:
            done = run_cli("scan", "--db", bad, cwd=tmp_path)
            assert done.returncode == 2
            assert done.stderr.count("\n") == 1 and expected in done.stderr
            assert secret is None or secret not in done.stderr + done.stdout


def test_other_sources_turn_a_dead_database_into_a_warning(maria, tmp_path):
    if pipeline_missing():
        pytest.skip(pipeline_missing())
    url, db, _ = maria
    done = run_cli("scan", "--db", url, "--db", f"mysql://root:Secret-9@{HOST}:1/{db}",
                   "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "127.0.0.1:1" in done.stderr and "connection refused" in done.stderr
    assert "Secret-9" not in done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert f"{db}.ums_member" in {t["id"] for t in result["tables"]}


@pytest.fixture
def pipeline():
    reason = pipeline_missing()
    if reason:
        pytest.skip(reason)


def test_cli_scan_categories_links_view_lineage_and_no_leaks(maria, tmp_path, pipeline):
    url, db, data = maria
    texts = {}
    for fmt in ("json", "table", "sarif"):
        done = run_cli("scan", "--db", url, "--format", fmt, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        texts[fmt] = done.stdout
        assert leaked(done.stdout + done.stderr, data.secrets) == [], fmt
    result = json.loads(texts["json"])
    columns = {(t["id"], c["name"]): c for t in result["tables"] for c in t["columns"]}
    member, order, view = f"{db}.ums_member", f"{db}.oms_order", f"{db}.member_cards"
    assert "identity.national_id" in columns[(member, "ext1")]["categories"]
    assert "identity.national_id" not in columns[(member, "ext2")]["categories"]
    assert "device.id" in columns[(member, "device_code")]["categories"]
    assert {"financial.payment_card", "financial.bank_account"} & set(
        columns[(order, "card_no")]["categories"])
    assert columns[(order, "member_id")]["linked_to"] == member
    flows = {(f["source"], f["target"]) for f in result["flows"]}
    assert (f"{member}.real_name", f"{view}.real_name") in flows
    assert (f"{order}.card_no", f"{view}.card_no") in flows


def test_cli_repo_ddl_with_bare_names_merges_with_qualified_catalog(maria, tmp_path, pipeline):
    url, db, _ = maria
    repo = tmp_path / "sql"
    repo.mkdir()
    (repo / "mall.sql").write_text(
        "CREATE TABLE `ums_member` (\n  `id` bigint(20) NOT NULL AUTO_INCREMENT,\n"
        "  `real_name` varchar(32) DEFAULT NULL,\n  `mobile` varchar(20),\n"
        "  `ext1` varchar(64),\n  `ext2` varchar(64),\n  `device_code` varchar(32),\n"
        "  `sku_code` varchar(32),\n  `remark` text,\n  `avatar` blob,\n"
        "  `gender` int(1) COMMENT '性别',\n  PRIMARY KEY (`id`)\n"
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员表';\n"
        "CREATE TABLE `oms_order` (\n  `id` bigint(20) NOT NULL,\n  `member_id` bigint(20),\n"
        "  `card_no` varchar(19),\n  `amount` decimal(10,2),\n  PRIMARY KEY (`id`)\n);\n",
        encoding="utf-8")
    result, _ = scan_json(str(repo), "--db", url, "--dialect", "mysql", cwd=tmp_path)
    ids = [t["id"] for t in result["tables"]]
    assert ids.count("ums_member") + ids.count(f"{db}.ums_member") == 1
    drift = {(f["subject"].split(".")[-2:][0] + "." + f["subject"].rsplit(".", 1)[-1],
              f["severity"]) for f in result["findings"] if f["rule"] == "schema-drift"}
    assert ("ums_member.gender", "low") in drift
    assert ("oms_order.card_no", "low") in drift  # varchar(19) vs varchar(32)
    assert not any(s.startswith("ums_member.") and s != "ums_member.gender" for s, _ in drift)
    member = next(t for t in result["tables"] if t["id"] in ("ums_member", f"{db}.ums_member"))
    comments = {c["name"]: c["comment"] for c in member["columns"]}
    assert comments["ext1"] == "扩展字段1"  # filled from the live catalog
