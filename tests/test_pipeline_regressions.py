"""Regressions found while joining the stages: each one crashed or mislabelled a real input."""

from __future__ import annotations

from pathlib import Path

from privflow.classify import classify_schema
from privflow.lineage import build_flows
from privflow.schema import Column, Schema, Table
from privflow.sources import load_paths


def test_one_word_person_key_in_the_people_table_itself(tmp_path: Path) -> None:
    # `uid` in `users` once raised IndexError (words[-2] of a one-word name): exit 3, no scan.
    ddl = tmp_path / "users.sql"
    ddl.write_text("CREATE TABLE users (uid int, nick varchar(20), phone varchar(11));\n")
    schema = load_paths([str(ddl)])
    classify_schema(schema)
    users = schema.tables["users"]
    assert users.column("phone").categories == ["contact.phone"]
    assert users.column("uid").linked_to is None


def test_view_from_a_live_database_keeps_its_whole_source_as_via() -> None:
    # A database source has colons (port, redacted password) and no line number; cutting it at
    # the last colon once gave "via: db:postgresql://postgres:***@127.0.0.1".
    source = "db:postgresql://postgres:***@127.0.0.1:5432/shop#public.member_v"
    schema = Schema()
    member = Table(id="public.member", name="member", source="db:x#public.member")
    member.add_column(Column(name="mobile", type="varchar(11)"))
    schema.tables[member.id] = member
    view = Table(id="public.member_v", name="member_v", source=source, kind="view",
                 definition="SELECT mobile FROM public.member", dialect="postgres")
    view.add_column(Column(name="mobile"))
    schema.tables[view.id] = view
    flows, _ = build_flows(schema, [])
    edge = next(f for f in flows if f.target == "public.member_v.mobile")
    assert edge.source == "public.member.mobile"
    assert edge.via.startswith(source)


def test_deletion_code_reaches_the_retention_check(tmp_path: Path) -> None:
    # DELETE and dropped partitions were once thrown away by the splitter's "ignore" kinds, so
    # `retention-exceeds` fired for tables that a clean-up job does purge.
    sql = tmp_path / "cleanup.sql"
    sql.write_text(
        "CREATE TABLE log_access (member_id bigint, client_ip varchar(64));\n"
        "DELETE FROM log_access WHERE 1 = 1;\n"
        "ALTER TABLE ods.ods_log DROP IF EXISTS PARTITION (dt='2020-01-01');\n"
        "TRUNCATE TABLE tmp_export;\n")
    schema = load_paths([str(sql)], dialect="hive")
    kept = [s.sql.split()[0].upper() for s in schema.statements]
    assert kept == ["DELETE", "ALTER", "TRUNCATE"]
    assert not schema.skipped


def test_check_json_and_sarif_stay_valid_utf8_whatever_the_scanned_bytes(tmp_path: Path) -> None:
    # `check --format json|sarif` once wrote lone surrogates from scanned names straight out.
    import json

    from privflow.check.formats import render_sarif
    from privflow.schema import Finding

    finding = Finding(rule="unused-sensitive", severity="high", subject="t.\udce9id_card\x00",
                      message="t.\udce9id_card holds identity.national_id", location="a.sql:1",
                      fingerprint="f" * 16)
    text = render_sarif([finding], {}, [finding])
    text.encode("utf-8")  # would raise on a lone surrogate
    assert "\x00" not in text
    assert json.loads(text)["runs"][0]["results"][0]["ruleId"] == "unused-sensitive"
