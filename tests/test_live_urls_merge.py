"""Database URLs (redaction, ${ENV}, drivers) and the merge of a live schema into file schemas."""

from __future__ import annotations

import pytest

from privflow.errors import PrivflowError
from privflow.schema import Column, Schema, Table
from privflow.sources import live
from privflow.sources.live.urls import parse, scrub


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://app:s3cr3t@db.example:5432/shop", "postgresql://app:***@db.example:5432/shop"),
    ("postgresql://app:p@ss@db/shop", "postgresql://app:***@db/shop"),
    ("mysql+pymysql://ro:pa/ss@10.0.0.1/qh?charset=utf8mb4",
     "mysql+pymysql://ro:***@10.0.0.1/qh?charset=utf8mb4"),
    ("postgresql://app@db/shop?password=s3cr3t&sslmode=require",
     "postgresql://app@db/shop?password=***&sslmode=require"),
    ("postgresql://app:${PG_PASSWORD}@db/shop", "postgresql://app:***@db/shop"),
    ("sqlite:///data/app.db", "sqlite:///data/app.db"),
])
def test_redact_hides_every_password_form(url, shown):
    assert live.redact(url) == shown


def test_env_expansion_quotes_the_value_and_never_shows_it(monkeypatch):
    monkeypatch.setenv("PF_UNIT_PASSWORD", "p@ss/w:rd")
    parsed = parse("postgres://app:${PF_UNIT_PASSWORD}@db:5432/shop")
    assert parsed.password == "p@ss/w:rd" and parsed.host == "db"
    assert parsed.drivername == "postgresql+psycopg"
    assert parse("mysql://root@h/x").drivername == "mysql+pymysql"
    with pytest.raises(PrivflowError, match="unsupported driver 'mysql\\+mysqldb'"):
        parse("mysql+mysqldb://root@h/x")  # only the drivers privflow installs and tests
    assert scrub("FATAL: password p@ss/w:rd rejected\nmore", parsed) == \
        "FATAL: password *** rejected"
    monkeypatch.delenv("PF_UNIT_PASSWORD")
    with pytest.raises(PrivflowError) as error:
        parse("postgres://app:${PF_UNIT_PASSWORD}@db/shop")
    assert str(error.value) == ("postgres://app:***@db/shop: environment variable "
                                "PF_UNIT_PASSWORD is not set")


@pytest.mark.parametrize(("url", "message"), [
    ("oracle://scott:tiger@h/orcl", "unsupported database kind 'oracle'"),
    ("not a url", "not a database URL"),
])
def test_unsupported_urls_are_input_errors(url, message):
    with pytest.raises(PrivflowError) as error:
        live.load_database(url)
    assert message in str(error.value) and "tiger" not in str(error.value)


def _table(tid: str, columns: dict[str, str], source: str, origin: str,
           kind: str = "table") -> Table:
    table = Table(id=tid, name=tid.rsplit(".", 1)[-1], source=source, origins=[origin],
                  kind=kind)  # type: ignore[arg-type]
    for name, type_ in columns.items():
        table.add_column(Column(name=name, type=type_, source=source))
    return table


def _db(*tables: Table) -> Schema:
    return Schema(tables={t.id: t for t in tables})


def test_bare_file_table_merges_into_qualified_db_table_with_drift():
    files = _db(_table("ums_member", {"id": "bigint(20)", "phone": "varchar(64)",
                                      "nickname": "varchar(32)"}, "db/mall.sql:10", "file"),
                _table("oms_order", {"id": "bigint", "member_id": "bigint"}, "db/mall.sql:30",
                       "file"))
    member = _table("shop.ums_member", {"id": "bigint", "phone": "varchar(32)",
                                        "ext1": "varchar(64)"}, "db:mysql://h/shop#x", "db")
    member.comment = "会员表"
    member.column("phone").comment = "手机号"
    member.column("ext1").samples = ["x"]
    order = _table("shop.oms_order", {"id": "bigint", "member_id": "bigint"},
                   "db:mysql://h/shop#y", "db")
    order.column("member_id").references = "shop.ums_member"
    findings = live.merge(files, _db(member, order))
    assert set(files.tables) == {"ums_member", "oms_order"}
    merged = files.tables["ums_member"]
    assert merged.origins == ["file", "db"] and merged.comment == "会员表"
    assert merged.column("phone").comment == "手机号"
    assert merged.column("ext1").samples == ["x"]  # a column only the database has
    assert files.tables["oms_order"].column("member_id").references == "ums_member"
    drift = {(f.subject, f.severity): f.message for f in findings}
    assert "exists in the live database but not in the repo" in drift[
        ("ums_member.ext1", "medium")]
    assert "does not exist in the live database" in drift[("ums_member.nickname", "low")]
    assert "varchar(64) in the repo but varchar(32)" in drift[("ums_member.phone", "low")]
    assert {f.rule for f in findings} == {"schema-drift"}
    assert len(findings) == 3  # bigint(20) and bigint differ only in display width
    assert all(f.fingerprint for f in findings)


def test_spellings_of_one_type_are_not_drift():
    files = _db(_table("public.member", {"name": "VARCHAR(64)", "n": "INT", "t": "TIMESTAMP",
                                         "flag": "BOOLEAN"}, "a.sql:1", "file"))
    db = _db(_table("public.member", {"name": "character varying(64)", "n": "integer",
                                      "t": "timestamp without time zone", "flag": "boolean"},
                    "db:pg#public.member", "db"))
    db.tables["public.member"].dialect = "postgres"
    assert live.merge(files, db) == []


def test_ambiguous_bare_name_is_not_merged_and_tables_only_in_db_are_added():
    files = _db(_table("member", {"id": "int"}, "a.sql:1", "file"))
    db = _db(_table("crm.member", {"id": "int"}, "db:x#crm.member", "db"),
             _table("shop.member", {"id": "int"}, "db:x#shop.member", "db"))
    findings = live.merge(files, db)
    assert set(files.tables) == {"member", "crm.member", "shop.member"}
    assert findings == []  # nothing matched: the repo may describe another database


def test_a_view_in_both_keeps_the_repo_definition_and_a_db_only_view_is_added():
    known = _table("v_known", {"id": "int"}, "views.sql:1", "file", kind="view")
    known.definition = "SELECT id FROM member"
    files = _db(known, _table("member", {"id": "int"}, "a.sql:1", "file"))
    db = _db(_table("public.v_known", {"id": "int"}, "db:x", "db", kind="view"),
             _table("public.v_new", {"id": "int"}, "db:x", "db", kind="view"),
             _table("public.member", {"id": "int"}, "db:x", "db"))
    db.tables["public.v_known"].definition = "SELECT member.id FROM public.member"
    db.tables["public.v_new"].definition = "SELECT member.id FROM public.member"
    findings = live.merge(files, db)
    assert files.tables["v_known"].definition == "SELECT id FROM member"
    assert files.tables["public.v_new"].definition == "SELECT member.id FROM public.member"
    assert files.statements == []
    assert [f.subject for f in findings] == ["public.v_new"]  # a view only the database has


def test_differently_named_schemas_match_by_a_bare_name_unique_on_both_sides():
    files = _db(_table("mall.ums_member", {"id": "bigint"}, "a.sql:1", "file"),
                _table("mall.member", {"id": "int"}, "a.sql:9", "file"),
                _table("crm.member", {"id": "int"}, "b.sql:1", "file"))
    db = _db(_table("mall_prod.ums_member", {"id": "bigint", "phone": "varchar(20)"}, "db:x",
                    "db"),
             _table("mall_prod.member", {"id": "int"}, "db:x", "db"))
    findings = live.merge(files, db)
    assert "phone" in files.tables["mall.ums_member"].columns
    assert "mall_prod.ums_member" not in files.tables
    # `member` is in two file schemas: which one the database holds is not guessed.
    assert "mall_prod.member" in files.tables
    fingerprints = [f.fingerprint for f in findings]
    assert len(set(fingerprints)) == len(fingerprints) == 2


def test_drift_fingerprints_differ_by_kind_for_one_column():
    def drift(file_type: str | None) -> str:
        columns = {"id": "int"} | ({"phone": file_type} if file_type else {})
        files = _db(_table("member", columns, "a.sql:1", "file"))
        db_columns = {"id": "int"} | ({"phone": "varchar(20)"} if file_type else {})
        db = _db(_table("member", db_columns, "db:x", "db"),
                 _table("other", {"id": "int"}, "db:x", "db"))
        if not file_type:
            files.tables["member"].add_column(Column("phone", "varchar(20)"))
        [finding] = [f for f in live.merge(files, db) if f.subject == "member.phone"]
        return finding.fingerprint or ""

    assert drift("varchar(64)") != drift(None)
