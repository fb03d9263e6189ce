"""Query-log lineage (issue 19): each export format, templates and literals, the resumable
state, per-template failures, OpenLineage both ways, Spark agreement, and the scan/check path."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from privflow.lineage import schema_columns
from privflow.querylog import LogSource, Store, fingerprint, normalise, process, read_logs
from privflow.querylog.engine import resolve_templates, summarise

FIXTURES = Path(__file__).parent / "fixtures" / "querylog"
SCHEMA = schema_columns(str(FIXTURES / "schema.sql"), None)
WIDE = {("ods.member", "id", "dw.member_wide", "member_id", "identity"),
        ("ods.member", "phone", "dw.member_wide", "phone_hash", "hash"),
        ("ods.member", "city", "dw.member_wide", "city", "identity")}


def edges(document) -> set[tuple]:
    return {(e["source_table"], e["source_column"], e["target_table"], e["target_column"],
             e["transform"]) for e in document["edges"]}


def access(document) -> dict[tuple, int]:
    return {(a["table"], a["column"], a["user"], a["role"]): a["runs"]
            for a in document["access"]}


def run(name: str, **options):
    return process([LogSource(str(FIXTURES / name))], schema=SCHEMA, **options)


# -- templates ---------------------------------------------------------------------------------

def test_runs_differing_only_in_literals_lists_comments_and_space_are_one_template():
    runs = [
        "SELECT phone FROM ods.member WHERE id IN (1, 2, 3) AND city = 'Hangzhou'",
        "select phone from ods.member where id in (7) and city = 'O''Hare' -- ad hoc",
        "SELECT phone\n  FROM ods.member /* dashboard */ WHERE id IN (4,5) AND city = 'x'",
    ]
    assert len({fingerprint(normalise(sql)) for sql in runs}) == 1
    other = "SELECT id_card FROM ods.member WHERE id IN (1) AND city = 'x'"
    assert fingerprint(normalise(other)) != fingerprint(normalise(runs[0]))


def test_identifiers_with_digits_and_quoted_names_are_not_literals():
    text = normalise('SELECT "Col 1", t1.c2 FROM sales_2024 t1 WHERE t1.c3 > 10.5')
    assert text == 'SELECT "Col 1", t1.c2 FROM sales_2024 t1 WHERE t1.c3 > 0'
    assert normalise("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y')") == \
        "INSERT INTO t (a, b) VALUES (0, '?')"


def test_export_destinations_stay_literal_values_do_not():
    text = normalise("COPY (SELECT phone FROM m WHERE id = 13800138000) TO '/data/p.csv'")
    assert "'/data/p.csv'" in text and "13800138000" not in text


def test_literals_never_reach_the_state_or_the_output(tmp_path):
    state = tmp_path / "state.sqlite"
    document = run("snowflake_query_history.csv", state=state)
    blob = json.dumps(document) + state.read_bytes().decode("latin-1")
    for literal in ("1001", "2026-11-01", "13800138000", "Your code"):
        assert literal not in blob


# -- formats -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, log_format, user", [
    ("snowflake_query_history.csv", "snowflake_query_history", "ETL_SVC"),
    ("bigquery_jobs.jsonl", "bigquery_jobs", "etl@shop-dw.iam.gserviceaccount.com"),
    ("pg_stat_statements.csv", "pg_stat_statements", "etl"),
    ("postgres.csv", "postgres_csvlog", "etl"),
    ("mysql_general.log", "mysql_general_log", "etl"),
    ("hive.log", "hive_log", None),
    ("spark_events.jsonl", "spark_sql_history", None),
])
def test_each_format_gives_the_wide_table_lineage_and_who_ran_it(name, log_format, user):
    document = run(name)
    assert document["logs"][0]["format"] == log_format
    assert edges(document) >= WIDE
    assert document["skipped"] == []
    readers = {(a["user"]) for a in document["access"]
               if (a["table"], a["column"]) == ("ods.member", "phone")}
    assert user in readers


def test_snowflake_query_history_counts_runs_users_and_roles_and_skips_failed_queries():
    document = run("snowflake_query_history.csv")
    wide = [e for e in document["edges"] if e["target_table"] == "dw.member_wide"]
    assert {e["runs"] for e in wide} == {2}
    assert wide[0]["first_seen"].startswith("2026-11-02") and \
        wide[0]["last_seen"].startswith("2026-11-03")
    assert wide[0]["via"].endswith("snowflake_query_history.csv:2")  # the multi-line record
    seen = access(document)
    assert seen[("ods.member", "id_card", "ALICE", "ANALYST")] == 1
    assert seen[("ods.member", "id_card", "BOB", "MARKETING")] == 1
    assert not any(user == "MALLORY" for (_, _, user, _) in seen)  # FAILED_WITH_ERROR
    assert ("ods.member", "phone", "vendor_sms.outbox", "mobile", "identity") in edges(document)


def test_pg_stat_statements_calls_are_runs_and_copy_to_is_an_export():
    document = run("pg_stat_statements.csv")
    assert access(document)[("ods.member", "id_card", "support_app", None)] == 1200
    assert ("ods.member", "phone", "copy:/data/export/phones.csv", "phone", "identity") \
        in edges(document)


def test_snowflake_access_history_is_read_without_parsing():
    document = run("snowflake_access_history.csv")
    assert edges(document) == {("analytics.ods.member", "phone", "analytics.dw.member_wide",
                                "phone_hash", "derive")}
    assert access(document)[("analytics.ods.member", "id_card", "ALICE", None)] == 1


def test_hive_export_directory_and_entries_ending_at_the_next_log_line():
    document = run("hive.log")
    assert ("ods.member", "phone", "directory:hdfs:///export/ads/phones", "phone",
            "identity") in edges(document)
    assert document["templates"][0]["status"] == "done"


def test_an_unknown_file_is_one_clear_error(tmp_path):
    from privflow.errors import PrivflowError

    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    with pytest.raises(PrivflowError, match=r"notes.txt:1: not a query log privflow knows"):
        process([LogSource(str(path))])


# -- state: bounded, resumable, invalidated by the schema ----------------------------------------

def _append(path: Path, rows: list[list[str]]) -> None:
    with path.open("a", newline="") as stream:
        csv.writer(stream).writerows(rows)


def test_a_rerun_reads_only_appended_records(tmp_path):
    log = tmp_path / "qh.csv"
    shutil.copy(FIXTURES / "snowflake_query_history.csv", log)
    state = tmp_path / "state.sqlite"
    first = process([LogSource(str(log))], schema=SCHEMA, state=state)
    _append(log, [["q9", "SELECT id_card FROM ods.member WHERE id = 9", "A", "ODS", "SELECT",
                   "CAROL", "ANALYST", "SUCCESS", "2026-11-09 00:00:00", "2026-11-09 00:00:01"]])
    store = Store(state)
    stats = read_logs(store, [LogSource(str(log))])
    store.close()
    assert stats.records == 1 and stats.new_templates == 1
    second = process([LogSource(str(log))], schema=SCHEMA, state=state)
    assert second["statements"] == first["statements"] + 1
    assert access(second)[("ods.member", "id_card", "CAROL", "ANALYST")] == 1
    assert edges(second) == edges(first)


def test_templates_are_parsed_again_when_the_schema_changes(tmp_path):
    state = tmp_path / "state.sqlite"
    log = str(FIXTURES / "snowflake_query_history.csv")
    store = Store(state)
    read_logs(store, [LogSource(log)])
    assert resolve_templates(store, SCHEMA) == 4
    assert resolve_templates(store, SCHEMA) == 0  # nothing new
    assert resolve_templates(store, {**SCHEMA, "ods.extra": ["x"]}) == 4
    store.close()


def test_a_template_that_fails_or_hangs_is_recorded_with_its_query_id(tmp_path, monkeypatch):
    import privflow.querylog.templates as templates

    log = tmp_path / "qh.csv"
    shutil.copy(FIXTURES / "snowflake_query_history.csv", log)
    _append(log, [["q-bad", "INSERT INTO dw.x SELECT FROM WHERE (((", "A", "DW", "INSERT",
                   "ETL_SVC", "ETL", "SUCCESS", "2026-11-09 00:00:00", "2026-11-09 00:00:01"]])
    real = templates.walk_text

    def slow(walker, sql, line, dialect):
        if "city_counts" in sql:
            import time
            time.sleep(5)
        return real(walker, sql, line, dialect)

    monkeypatch.setattr(templates, "walk_text", slow)
    document = process([LogSource(str(log))], schema=SCHEMA, timeout=0.2)
    reasons = {s["query_id"]: s["reason"] for s in document["skipped"]}
    assert "took longer than 0.2 s" in reasons["01b2c3d4-0007"]
    assert "q-bad" in reasons
    assert edges(document) >= WIDE  # the rest of the log still counts


# -- OpenLineage -------------------------------------------------------------------------------

def test_openlineage_export_marks_masking_and_round_trips(tmp_path):
    pytest.importorskip("openlineage.client", reason="openlineage-python not installed")
    from privflow.querylog.openlineage import to_events

    document = run("snowflake_query_history.csv")
    events = to_events(document, namespace="snowflake://acme")
    wide = next(e for e in events
                if any(o["name"] == "dw.member_wide" for o in e["outputs"]))
    fields = wide["outputs"][0]["facets"]["columnLineage"]["fields"]
    phone = fields["phone_hash"]["inputFields"][0]
    assert (phone["name"], phone["field"]) == ("ods.member", "phone")
    assert phone["transformations"][0]["masking"] is True
    assert fields["city"]["inputFields"][0]["transformations"][0]["subtype"] == "IDENTITY"
    assert wide["eventType"] == "COMPLETE" and wide["job"]["namespace"] == "snowflake://acme"
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    back = process([LogSource(str(path))])
    assert back["logs"][0]["format"] == "openlineage"
    assert edges(back) == edges(document)


def test_openlineage_events_of_other_producers_are_edges(tmp_path):
    event = {"eventType": "COMPLETE", "eventTime": "2026-11-02T01:00:00Z",
             "run": {"runId": "0195e1d0-0000-7000-8000-000000000001"},
             "job": {"namespace": "airflow", "name": "nightly.member_wide"},
             "outputs": [{"namespace": "postgres://db", "name": "dw.member_wide", "facets": {
                 "columnLineage": {"fields": {
                     "phone_hash": {"inputFields": [{
                         "namespace": "postgres://db", "name": "ods.member", "field": "phone",
                         "transformations": [{"type": "DIRECT", "subtype": "TRANSFORMATION",
                                              "description": "md5(phone)", "masking": True}]}]},
                     "city": {"inputFields": [{"namespace": "postgres://db",
                                               "name": "ods.member", "field": "city"}],
                              "transformationType": "IDENTITY"}}}}}]}
    path = tmp_path / "airflow.jsonl"
    path.write_text(json.dumps(event) + "\n")
    assert edges(process([LogSource(str(path))])) == {
        ("ods.member", "phone", "dw.member_wide", "phone_hash", "hash"),
        ("ods.member", "city", "dw.member_wide", "city", "identity")}


# -- Spark ---------------------------------------------------------------------------------------

def _java() -> bool:
    return shutil.which("java") is not None


@pytest.mark.skipif(not _java(), reason="Spark needs Java (java not on PATH)")
def test_spark_local_mode_gives_the_same_document(tmp_path):
    pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'privflow[spark]')")
    from privflow.querylog.spark import process_spark, spark_session

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    import random

    import querylog_speed as generator
    rng = random.Random(7)
    templates = generator.make_templates(60, rng)
    log = tmp_path / "qh.csv"
    with log.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["QUERY_ID", "QUERY_TEXT", "USER_NAME", "ROLE_NAME", "START_TIME",
                         "EXECUTION_STATUS"])
        for i in range(2000):
            writer.writerow([f"q{i}", generator.instance(templates[i % 60], rng),
                             f"user{i % 7}", "ANALYST", f"2026-11-{1 + i % 28:02d} 00:00:00",
                             "SUCCESS"])
        writer.writerow(["q-broken", "INSERT INTO x SELECT FROM (((", "u", "r",
                         "2026-11-30 00:00:00", "SUCCESS"])
    sources = [LogSource(str(log)), LogSource(str(FIXTURES / "mysql_general.log")),
               LogSource(str(FIXTURES / "snowflake_access_history.csv"))]
    schema = {**generator.TABLES, **SCHEMA}
    local = process(sources, schema=schema, dialect="snowflake")
    spark = spark_session("local[2]")
    try:
        distributed = process_spark(sources, schema=schema, dialect="snowflake", spark=spark,
                                    partitions=2)
    finally:
        spark.stop()
    distributed.pop("engine")
    assert len(local["edges"]) > 100 and local["skipped"]
    assert distributed == local


# -- the CLI, the scan and the gate ----------------------------------------------------------------

def privflow(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "privflow", *args], capture_output=True,
                          text=True, cwd=cwd, env={"PATH": "/usr/bin:/bin",
                                                   "XDG_CACHE_HOME": str(cwd or "/tmp")})


def test_cli_lineage_query_log_json_and_openlineage(tmp_path):
    result = privflow("lineage", "--query-log", str(FIXTURES / "pg_stat_statements.csv"),
                      "--schema", str(FIXTURES / "schema.sql"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert WIDE - {("ods.member", "phone", "dw.member_wide", "phone_hash", "identity")} <= \
        edges(json.loads(result.stdout))
    assert list((tmp_path / "privflow" / "querylog").glob("*.sqlite"))  # state in the cache
    out = tmp_path / "ol.jsonl"
    result = privflow("lineage", "--query-log", str(FIXTURES / "pg_stat_statements.csv"),
                      "--schema", str(FIXTURES / "schema.sql"), "--format", "openlineage",
                      "-o", str(out), "--no-state", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert all(json.loads(line)["eventType"] == "COMPLETE"
               for line in out.read_text().splitlines())


def test_cli_bad_log_and_bad_usage_exit_2_in_one_line(tmp_path):
    missing = privflow("lineage", "--query-log", str(tmp_path / "none.csv"), cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "none.csv: no such file" in missing.stderr
    both = privflow("lineage", cwd=tmp_path)
    assert both.returncode == 2 and "Traceback" not in both.stderr


INVENTORY = """\
version: 1
organisation: {name: 示例公司, jurisdictions: [PIPL]}
sources: [db]
query_logs:
  - path: logs/query_history.csv
"""
ACTIVITIES = """\
activities:
  - id: member-analytics
    name: 会员分析
    purpose: 会员运营分析
    lawful_basis: contract
    categories: [contact.phone, identity.national_id, location.coarse]
    systems: [ods.member, dw.member_wide, dw.city_counts, vendor_sms.*]
    roles: [ETL, ETL_SVC, analyst]
"""


def test_query_log_flows_and_access_reach_scan_and_check(tmp_path):
    inventory = tmp_path / "inv"
    (inventory / "db").mkdir(parents=True)
    (inventory / "logs").mkdir()
    shutil.copy(FIXTURES / "schema.sql", inventory / "db" / "schema.sql")
    shutil.copy(FIXTURES / "snowflake_query_history.csv", inventory / "logs" / "query_history.csv")
    (inventory / "privflow.yaml").write_text(INVENTORY)
    (inventory / "activities.yaml").write_text(ACTIVITIES)
    result = privflow("scan", "--inventory", str(inventory), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    scan = json.loads(result.stdout)
    flows = {(f["source"], f["target"]) for f in scan["flows"]}
    assert ("ods.member.phone", "vendor_sms.outbox.mobile") in flows
    via = next(f["via"] for f in scan["flows"] if f["target"] == "vendor_sms.outbox.mobile")
    assert via.endswith("query_history.csv:10")
    assert any(a["user"] == "BOB" and a["column"] == "id_card" for a in scan["access"])

    check = privflow("check", "--inventory", str(inventory), "--format", "json", cwd=tmp_path)
    findings = [f for f in json.loads(check.stdout)["findings"]
                if f["rule"] == "access-undeclared-role"]
    subjects = {f["subject"] for f in findings}
    # BOB/MARKETING and CAMPAIGN_SVC/MARKETING read sensitive id_card/phone; ALICE is an analyst.
    assert "ods.member.id_card:BOB/MARKETING" in subjects
    assert not any("ALICE" in s or "ETL_SVC" in s for s in subjects)
    assert all(f["location"].split(":")[0].endswith("query_history.csv") for f in findings)


def test_inventory_rejects_an_unknown_query_log_format(tmp_path):
    inventory = tmp_path / "inv"
    (inventory / "logs").mkdir(parents=True)
    (inventory / "logs" / "q.csv").write_text("query\nselect 1\n")
    (inventory / "privflow.yaml").write_text(
        INVENTORY.replace("sources: [db]\n", "").replace(
            "  - path: logs/query_history.csv",
            "  - path: logs/q.csv\n    format: snowflak_query_history"))
    result = privflow("scan", "--inventory", str(inventory), cwd=tmp_path)
    assert result.returncode == 2
    assert "privflow.yaml:5: format 'snowflak_query_history' is not one of" in result.stderr
    assert "did you mean 'snowflake_query_history'" in result.stderr


def test_state_file_is_sqlite_with_one_row_per_template(tmp_path):
    state = tmp_path / "s.sqlite"
    run("snowflake_query_history.csv", state=state)
    count = sqlite3.connect(state).execute("SELECT COUNT(*) FROM templates").fetchone()[0]
    assert count == 4
    store = Store(state)
    assert len(summarise(store)["templates"]) == 4
    store.close()


def test_the_fast_path_normalises_like_the_full_scan():
    """Statements without comments or quoted names take per-token patterns; they must give
    exactly what the combined pattern gives."""
    import importlib
    import random

    module = importlib.import_module("privflow.querylog.fingerprint")
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    import querylog_speed as generator

    rng = random.Random(11)
    templates = generator.make_templates(200, rng)
    statements = [generator.instance(t, rng) for t in templates for _ in range(3)] + [
        "SELECT .5, 1.5e3, 0x1F, a1, t.c2, 3 FROM x WHERE y=-4 AND z>.25",
        "SELECT a FROM t WHERE x = :name AND y = %s AND z = @v AND w = @@version",
        "SELECT a::text, 'it''s' FROM t WHERE d = DATE '2026-01-01' LIMIT 10",
        "SELECT  a,\tb\f FROM t\r\n WHERE x = 'é'   AND y = 1 ;",
        "SELECT 名,\u00a0\n\x1c b FROM t WHERE x IN ( 1 ,\n 2 )",
        "INSERT OVERWRITE DIRECTORY 'hdfs:///x/2026' SELECT phone FROM m WHERE id = 3",
    ]
    for sql in statements:
        expected = module._normalise_full(sql)
        assert module.normalise(sql) == expected, sql
        for tagged in ("-- c\n" + sql, f"/* job 7 */ {sql}", f" /* a */\n-- b\n{sql}\n"):
            assert module.normalise(tagged) == module._normalise_full(tagged) == expected
    assert module.normalise("/* unclosed SELECT 1") == module._normalise_full("/* unclosed SELECT 1")
    assert "'hdfs:///x/2026'" in module.normalise(statements[-1])


def test_worker_processes_and_chunks_give_the_same_document(tmp_path, monkeypatch):
    """A log cut into many small chunks (multi-line CSV records across the cuts) and read by
    two worker processes, whose sums are gathered at the end or whenever they pile up, adds
    up to what one process reading it whole finds."""
    import random

    import privflow.querylog.engine as engine

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    import querylog_speed as generator

    rng = random.Random(3)
    templates = generator.make_templates(40, rng)
    log = tmp_path / "qh.csv"
    with log.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["QUERY_ID", "QUERY_TEXT", "USER_NAME", "ROLE_NAME", "START_TIME",
                         "EXECUTION_STATUS"])
        for i in range(1500):
            sql = generator.instance(templates[i % 40], rng).replace(" WHERE ", '\n WHERE "x"=1 AND ')
            writer.writerow([f"q{i}", sql, f"u{i % 5}", "R", f"2026-11-{1 + i % 28:02d}",
                             "SUCCESS"])
    whole = process([LogSource(str(log))], schema=generator.TABLES, workers=1)
    monkeypatch.setattr(engine, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(engine, "CHUNK_BYTES", 4096)
    monkeypatch.setattr(engine, "PARALLEL_TEMPLATES", 0)  # templates resolved by workers too
    state = tmp_path / "state.sqlite"
    chunked = process([LogSource(str(log))], schema=generator.TABLES, workers=2, state=state)
    assert chunked["logs"][0]["records"] == 1500
    assert chunked == whole and len(whole["templates"]) == 40
    store = Store(state)
    offset = store.file_state(str(log.resolve()))[0]
    store.close()
    assert offset == log.stat().st_size  # resumes after the last whole record
    # Workers asked for their sums (and the state saved) every few chunks, not only at the end.
    monkeypatch.setattr(engine, "FLUSH_EVERY", 30)
    assert process([LogSource(str(log))], schema=generator.TABLES, workers=2) == whole


def test_a_query_log_outside_the_repository_is_refused(tmp_path):
    inventory = tmp_path / "repo" / "inv"
    inventory.mkdir(parents=True)
    outside = tmp_path / "elsewhere.csv"
    shutil.copy(FIXTURES / "snowflake_query_history.csv", outside)
    (inventory / "privflow.yaml").write_text(
        INVENTORY.replace("sources: [db]\n", "").replace("logs/query_history.csv", str(outside)))
    result = privflow("scan", "--inventory", "inv", cwd=tmp_path / "repo")
    assert result.returncode == 2
    assert "query_logs path" in result.stderr and "outside the inventory folder" in result.stderr


def test_the_report_lists_who_read_personal_columns(tmp_path):
    from privflow.pipeline import ScanOptions, load_inventory, run_scan
    from privflow.report import build_report

    inventory_dir = tmp_path / "inv"
    (inventory_dir / "db").mkdir(parents=True)
    (inventory_dir / "logs").mkdir()
    shutil.copy(FIXTURES / "schema.sql", inventory_dir / "db" / "schema.sql")
    shutil.copy(FIXTURES / "snowflake_query_history.csv",
                inventory_dir / "logs" / "query_history.csv")
    (inventory_dir / "privflow.yaml").write_text(INVENTORY)
    (inventory_dir / "activities.yaml").write_text(ACTIVITIES)
    inventory = load_inventory(str(inventory_dir))
    result = run_scan(ScanOptions(inventory_dir=str(inventory_dir),
                                  query_log_state=str(tmp_path / "s.sqlite")), inventory)
    for lang, undeclared in (("en", "reader not declared"), ("zh", "未申报的读取者")):
        report = build_report(result, inventory, lang, "2026-12-01")
        access = report.register("access")
        keys = [r.key for r in report.registers]
        assert keys.index("access") == len(keys) - 2  # before the gaps
        rows = {(r["column"].text(), r["reader"].text()): r for r in access.rows}
        bob = rows[("ods.member.id_card", "BOB/MARKETING")]
        assert bob["status"].text() == undeclared and bob["runs"].text() == "1"
        # the template's first run in the log (ALICE's, line 8): BOB ran the same template
        assert bob["evidence"].text().endswith("query_history.csv:8")
        assert access.rows[0]["status"].text() == undeclared  # the readers to look at first
        assert ("ods.member.city", "ETL_SVC/ETL") in rows  # personal, read by a declared role
    assert ("ods.member.id", "ETL_SVC/ETL") not in rows  # a key, no personal category
