"""Live scan of a SQLite file: catalog, keys, view, bounded read-only sampling, errors, leaks."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from privflow.errors import PrivflowError
from privflow.sources import live
from test_live_synthetic import dataset, leaked, pipeline_missing, run_cli, scan_json

DDL = """
CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    real_name VARCHAR(32),
    mobile VARCHAR(20),
    ext1 VARCHAR(64),
    ext2 VARCHAR(64),
    device_code VARCHAR(32),
    sku_code VARCHAR(32),
    remark TEXT,
    avatar BLOB
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES member(id),
    card_no VARCHAR(32),
    amount NUMERIC(10, 2)
);
CREATE VIEW member_cards AS
    SELECT m.id AS member_id, m.real_name, o.card_no FROM member m JOIN orders o
    ON o.member_id = m.id;
"""


def build(path: Path, rows: int = 60) -> object:
    data = dataset(rows)
    with sqlite3.connect(path) as conn:
        conn.executescript(DDL)
        conn.executemany(
            "INSERT INTO member VALUES (:id, :real_name, :mobile, :ext1, :ext2, :device_code, "
            ":sku_code, :remark, x'89504e47')", data.members)
        conn.executemany("INSERT INTO orders VALUES (:id, :member_id, :card_no, :amount)",
                         data.orders)
    return data


@pytest.fixture
def db(tmp_path: Path):
    path = tmp_path / "shop.db"
    data = build(path)
    return f"sqlite:///{path}", path, data


def test_catalog_tables_view_types_and_keys(db):
    url, path, _ = db
    schema = live.load_database(url, sample_rows=0)
    assert set(schema.tables) == {"member", "orders", "member_cards"}
    member, orders, view = (schema.tables[t] for t in ("member", "orders", "member_cards"))
    assert member.kind == "table" and view.kind == "view"
    assert member.origins == ["db"] and member.dialect == "sqlite"
    assert member.source == f"db:sqlite:///{path}#member"
    assert member.column("id").primary_key and not member.column("mobile").primary_key
    assert member.column("real_name").type == "VARCHAR(32)"
    assert orders.column("member_id").references == "member"
    assert orders.column("card_no").references is None
    assert view.definition is not None and "JOIN orders" in view.definition
    assert view.definition.startswith("SELECT m.id AS member_id")
    assert schema.statements == []  # lineage walks views from their definition
    assert all(not c.samples for t in schema.tables.values() for c in t.columns.values())


def test_samples_are_bounded_stringified_and_skip_binary(db):
    url, _, data = db
    schema = live.load_database(url, sample_rows=10)
    member = schema.tables["member"]
    ext1 = member.column("ext1").samples
    assert len(ext1) == 10
    assert set(ext1) <= {m["ext1"] for m in data.members}
    assert member.column("id").samples[0].isdigit()
    assert member.column("avatar").samples == []  # BLOB: never sampled
    assert schema.tables["member_cards"].column("card_no").samples == []  # views not sampled
    full = live.load_database(url, sample_rows=1000)
    assert len(full.tables["member"].column("ext1").samples) == len(data.members)


def test_scan_never_writes_the_file(db, tmp_path):
    url, path, _ = db
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    live.load_database(url)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.db"]  # no journal, no WAL
    engine = live.engine_for(url)
    with engine.create_engine(5).connect() as conn, pytest.raises(DBAPIError):
        conn.exec_driver_sql("DELETE FROM member")


def test_include_and_exclude_globs(db):
    url, _, _ = db
    assert set(live.load_database(url, include=["mem*"], sample_rows=0).tables) == {
        "member", "member_cards"}
    assert set(live.load_database(url, exclude=["*_cards", "ORDERS"], sample_rows=0).tables) \
        == {"member"}


def test_time_budget_stops_sampling_and_lists_the_table(db):
    url, _, _ = db
    schema = live.load_database(url, sample_rows=100_000, table_budget_s=1e-9)
    reasons = {s.path.rsplit("#", 1)[-1]: s.reason for s in schema.skipped}
    assert "time budget" in reasons["member"]
    assert "member" in schema.tables  # the catalog is kept, only the values are missing


def test_missing_file_and_non_database_are_one_line_errors(tmp_path):
    with pytest.raises(PrivflowError) as missing:
        live.load_database(f"sqlite:///{tmp_path}/absent.db")
    assert "no such database file" in str(missing.value)
    assert not (tmp_path / "absent.db").exists()  # not created by the attempt
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all " * 100)
    with pytest.raises(PrivflowError) as wrong:
        live.load_database(f"sqlite:///{junk}")
    assert str(wrong.value).startswith(f"sqlite:///{junk}: ")


def test_cli_only_source_down_exits_2_with_one_line(tmp_path, pipeline):
    done = run_cli("scan", "--db", f"sqlite:///{tmp_path}/absent.db", cwd=tmp_path,
                   subprocess_=True)  # the real console entry point, in a child process
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "absent.db" in lines[0] and "Traceback" not in done.stderr


@pytest.fixture
def pipeline():
    reason = pipeline_missing()
    if reason:
        pytest.skip(reason)


def test_cli_scan_classifies_by_values_links_keys_and_never_leaks(db, tmp_path, pipeline):
    url, _, data = db
    stdout = {}
    for fmt in ("json", "table", "sarif"):
        done = run_cli("scan", "--db", url, "--format", fmt, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        stdout[fmt] = done.stdout
        assert leaked(done.stdout + done.stderr, data.secrets) == [], fmt
    result = json.loads(stdout["json"])
    columns = {(t["id"], c["name"]): c for t in result["tables"] for c in t["columns"]}
    assert "identity.national_id" in columns[("member", "ext1")]["categories"]
    assert "identity.national_id" not in columns[("member", "ext2")]["categories"]
    assert "device.id" in columns[("member", "device_code")]["categories"]
    card = columns[("orders", "card_no")]["categories"]
    assert {"financial.bank_account", "financial.payment_card"} & set(card)
    assert not {"financial.bank_account", "financial.payment_card"} & set(
        columns[("member", "sku_code")]["categories"])
    assert columns[("orders", "member_id")]["linked_to"] == "member"
    evidence = " ".join(columns[("member", "ext1")]["evidence"])
    assert "/" in evidence  # a count such as 60/60, never a value
    flows = {(f["source"], f["target"]) for f in result["flows"]}
    assert ("orders.card_no", "member_cards.card_no") in flows
    assert ("member.real_name", "member_cards.real_name") in flows


def test_cli_no_sample_reads_no_values(db, tmp_path, pipeline):
    url, _, _ = db
    result, _ = scan_json("--db", url, "--no-sample", cwd=tmp_path)
    ext1 = next(c for t in result["tables"] if t["id"] == "member"
                for c in t["columns"] if c["name"] == "ext1")
    assert "identity.national_id" not in ext1["categories"]  # only values could tell


def test_cli_merges_repo_ddl_with_live_catalog_and_reports_drift(db, tmp_path, pipeline):
    url, _, _ = db
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "schema.sql").write_text(
        "CREATE TABLE member (\n  id INTEGER PRIMARY KEY,\n  real_name VARCHAR(32),\n"
        "  mobile VARCHAR(20),\n  ext1 VARCHAR(64),\n  ext2 VARCHAR(64),\n"
        "  device_code VARCHAR(32),\n  sku_code VARCHAR(32),\n  remark TEXT,\n"
        "  avatar BLOB,\n  nickname VARCHAR(32)\n);\n"
        "CREATE TABLE orders (\n  id INTEGER PRIMARY KEY,\n  member_id INTEGER,\n"
        "  amount NUMERIC(12, 2)\n);\n", encoding="utf-8")
    result, _ = scan_json(str(repo), "--db", url, "--dialect", "sqlite", cwd=tmp_path)
    ids = [t["id"] for t in result["tables"]]
    assert ids.count("member") == 1 and ids.count("orders") == 1
    drift = {(f["subject"], f["severity"]) for f in result["findings"]
             if f["rule"] == "schema-drift"}
    assert ("orders.card_no", "medium") in drift  # only in the database
    assert ("member.nickname", "low") in drift  # only in the repo
    assert ("orders.amount", "low") in drift  # NUMERIC(12, 2) vs NUMERIC(10, 2)
    assert not any(s.startswith("member.ext1") for s, _ in drift)


def test_long_values_are_cut_by_the_server(db):
    url, path, _ = db
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE member SET remark = ? WHERE id = 1", ("长" * 10_000,))
    remarks = live.load_database(url, sample_rows=1000).tables["member"].column("remark").samples
    assert max(len(r) for r in remarks) == live.ENGINES["sqlite"].MAX_VALUE_CHARS


def test_privflow_yaml_databases_are_relative_to_the_inventory_folder(tmp_path, pipeline):
    inventory = tmp_path / "inventory"
    inventory.mkdir()
    build(inventory / "app.db")
    (inventory / "privflow.yaml").write_text(
        "version: 1\norganisation:\n  name: 测试公司\nsources: []\n"
        "databases:\n  - sqlite:///app.db\nexclude:\n  - orders\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result, _ = scan_json("--inventory", str(inventory), cwd=elsewhere)
    sources = {t["id"]: t["source"] for t in result["tables"]}
    assert sources["member"] == f"db:sqlite:///{inventory / 'app.db'}#member"
    assert not any(s.endswith("#orders") for s in sources.values())
