"""build_flows and propagate on a schema model: recipients, exports, categories downstream."""

from __future__ import annotations

from privflow.lineage import build_flows, propagate
from privflow.schema import Column, Recipient, Schema, SourceStatement, Table


def member_schema() -> Schema:
    schema = Schema()
    member = Table(id="shop.ums_member", name="ums_member", source="db/schema.sql:1")
    member.add_column(Column("id"))
    member.add_column(Column("phone", categories=["contact.phone"], confidence=0.9,
                             evidence=["name:phone"]))
    member.add_column(Column("id_card", categories=["identity.national_id"], sensitive=True,
                             confidence=0.95))
    schema.tables[member.id] = member
    wide = Table(id="dw.member_wide", name="member_wide", source="db/dw.sql:1")
    for name in ("id", "phone", "phone_md5", "idc"):
        wide.add_column(Column(name))
    schema.tables[wide.id] = wide
    return schema


def add(schema: Schema, sql: str, line: int, dialect: str = "mysql") -> None:
    schema.statements.append(SourceStatement(sql, "etl/jobs.sql", line, dialect))


def test_flows_between_columns_use_schema_ids_and_skip_unresolved():
    schema = member_schema()
    add(schema, "INSERT INTO dw.member_wide (id, phone, phone_md5, idc) "
                "SELECT id, phone, md5(phone), id_card FROM ums_member", 3)
    add(schema, "SELECT a, b FROM x JOIN y ON x.id = y.id", 9)
    flows, recipients = build_flows(schema, [])
    assert recipients == []
    assert {(f.source, f.target, f.via, f.transform) for f in flows} == {
        ("shop.ums_member.id", "dw.member_wide.id", "etl/jobs.sql:3", "identity"),
        ("shop.ums_member.phone", "dw.member_wide.phone", "etl/jobs.sql:3", "identity"),
        ("shop.ums_member.phone", "dw.member_wide.phone_md5", "etl/jobs.sql:3", "hash"),
        ("shop.ums_member.id_card", "dw.member_wide.idc", "etl/jobs.sql:3", "identity"),
    }


def test_recipient_tables_paths_and_receives():
    schema = member_schema()
    add(schema, "INSERT INTO vendor_sms.outbox (mobile) SELECT phone FROM ums_member", 5)
    add(schema, "SELECT id, md5(phone) INTO OUTFILE '/data/export/m.csv' FROM ums_member", 7)
    add(schema, "SELECT id_card INTO OUTFILE '/tmp/leak.csv' FROM ums_member", 8)
    sms = Recipient(id="sms", name="短信服务商", country="CN", tables=["vendor_sms.*"],
                    declared_in="inventory/recipients.yaml:2")
    bi = Recipient(id="bi_vendor", name="BI", country="SG", paths=["/data/export/*"],
                   receives=["shop.ums_member.id"], declared_in="inventory/recipients.yaml:9")
    flows, recipients = build_flows(schema, [sms, bi])
    got = {(f.source, f.target, f.via, f.transform) for f in flows}
    assert ("shop.ums_member.phone", "vendor_sms.outbox.mobile", "etl/jobs.sql:5",
            "identity") in got
    assert ("vendor_sms.outbox.mobile", "recipient:sms", "etl/jobs.sql:5", "identity") in got
    assert ("shop.ums_member.phone", "recipient:bi_vendor", "etl/jobs.sql:7", "hash") in got
    assert ("shop.ums_member.id", "recipient:bi_vendor", "etl/jobs.sql:7", "identity") in got
    assert ("shop.ums_member.id", "recipient:bi_vendor", "inventory/recipients.yaml:9",
            "identity") in got
    assert ("shop.ums_member.id_card", "recipient:outfile:/tmp/leak.csv", "etl/jobs.sql:8",
            "identity") in got
    assert [r.id for r in recipients] == ["sms", "bi_vendor", "outfile:/tmp/leak.csv"]
    undeclared = recipients[-1]
    assert (undeclared.declared, undeclared.kind, undeclared.name) == (
        False, "outfile", "/tmp/leak.csv")


def test_external_table_location_from_the_schema_model():
    schema = member_schema()
    share = Table(id="partner.share", name="share", source="ddl.sql:1",
                  location="s3://partner/share/")
    share.add_column(Column("p"))
    schema.tables[share.id] = share
    add(schema, "INSERT INTO partner.share SELECT phone FROM ums_member", 4, "hive")
    flows, recipients = build_flows(schema, [])
    got = {(f.source, f.target) for f in flows}
    assert ("partner.share.p", "recipient:external_table:s3://partner/share/") in got
    assert recipients[0].declared is False


def test_view_definitions_are_walked_once():
    schema = member_schema()
    view = Table(id="v_member", name="v_member", source="db/views.sql:4", kind="view",
                 definition="SELECT id, sha1(phone) AS ph FROM shop.ums_member")
    schema.tables[view.id] = view
    flows, _ = build_flows(schema, [])
    assert {(f.source, f.target, f.via, f.transform) for f in flows} == {
        ("shop.ums_member.id", "v_member.id", "db/views.sql:4", "identity"),
        ("shop.ums_member.phone", "v_member.ph", "db/views.sql:4", "hash"),
    }


def test_propagation_states_evidence_and_new_tables():
    schema = member_schema()
    add(schema, "INSERT INTO dw.member_wide (id, phone, phone_md5, idc) "
                "SELECT id, phone, md5(phone), id_card FROM ums_member", 3)
    add(schema, "CREATE TABLE dm.stats AS SELECT min(phone_md5) AS n, "
                "concat(left(phone, 3), '****') AS masked FROM dw.member_wide", 7)
    flows, _ = build_flows(schema, [])
    propagate(schema, flows)
    wide = schema.tables["dw.member_wide"]
    assert wide.column("phone").categories == ["contact.phone"]
    assert wide.column("phone").state == "raw"
    assert wide.column("phone_md5").state == "pseudonymized"
    assert wide.column("phone_md5").evidence == [
        "from shop.ums_member.phone via etl/jobs.sql:3"]
    assert wide.column("idc").sensitive is True
    assert wide.column("id").categories == []
    stats = schema.tables["dm.stats"]  # no DDL: created from the flows, still classified
    assert stats.column("n").categories == ["contact.phone"]
    assert stats.column("n").state == "pseudonymized"  # MIN of hashes is one of the hashes
    assert stats.column("masked").state == "masked"
    assert 0 < stats.column("n").confidence < wide.column("phone_md5").confidence


def test_propagation_weakest_path_wins_and_own_categories_are_kept():
    schema = member_schema()
    schema.tables["dw.member_wide"].column("phone").categories = ["contact.email"]
    add(schema, "INSERT INTO dw.member_wide (phone) SELECT md5(phone) FROM ums_member", 3)
    add(schema, "INSERT INTO dw.member_wide (phone) SELECT phone FROM ums_member", 4)
    flows, _ = build_flows(schema, [])
    propagate(schema, flows)
    column = schema.tables["dw.member_wide"].column("phone")
    assert column.categories == ["contact.email", "contact.phone"]
    assert column.state == "raw"


def test_propagation_through_a_cycle_terminates():
    schema = member_schema()
    add(schema, "INSERT INTO a (x) SELECT phone FROM ums_member", 1)
    add(schema, "INSERT INTO b (y) SELECT sha1(x) FROM a", 2)
    add(schema, "INSERT INTO a (x) SELECT y FROM b", 3)
    flows, _ = build_flows(schema, [])
    propagate(schema, flows)
    assert schema.tables["a"].column("x").state == "raw"
    assert schema.tables["b"].column("y").state == "pseudonymized"
    assert schema.tables["b"].column("y").categories == ["contact.phone"]


def test_unqualified_recipient_globs_match_qualified_tables():
    schema = member_schema()
    add(schema, "INSERT INTO vendor.outbox (mobile) SELECT phone FROM ums_member", 2)
    sdk = Recipient(id="sdk", name="SDK", receives=["ums_member.phone"],
                    declared_in="inventory/recipients.yaml:5")
    gateway = Recipient(id="gw", name="Gateway", tables=["outbox"])
    flows, _ = build_flows(schema, [sdk, gateway])
    got = {(f.source, f.target) for f in flows}
    assert ("shop.ums_member.phone", "recipient:sdk") in got
    assert ("vendor.outbox.mobile", "recipient:gw") in got
    assert ("shop.ums_member.id", "recipient:sdk") not in got


def test_evidence_names_the_upstream_column_even_when_the_category_is_known():
    schema = member_schema()
    schema.tables["dw.member_wide"].column("phone").categories = ["contact.phone"]
    add(schema, "INSERT INTO dw.member_wide (phone) SELECT phone FROM ums_member", 3)
    flows, _ = build_flows(schema, [])
    propagate(schema, flows)
    column = schema.tables["dw.member_wide"].column("phone")
    assert column.categories == ["contact.phone"]
    assert column.evidence == ["from shop.ums_member.phone via etl/jobs.sql:3"]


def test_aggregates_grouped_by_a_person_key_stay_personal():
    schema = member_schema()
    orders = Table(id="shop.orders", name="orders", source="db/schema.sql:9")
    orders.add_column(Column("member_id", linked_to="shop.ums_member"))
    orders.add_column(Column("city", categories=["location.coarse"]))
    orders.add_column(Column("amount", categories=["financial.transaction"], sensitive=True))
    schema.tables[orders.id] = orders
    add(schema, "INSERT INTO dm.spend (member_id, total) "
                "SELECT member_id, sum(amount) FROM orders GROUP BY member_id", 2)
    add(schema, "INSERT INTO dm.city_spend (city, total) "
                "SELECT city, sum(amount) FROM orders GROUP BY city", 3)
    add(schema, "INSERT INTO dm.top (member_id, total) SELECT member_id, total FROM "
                "(SELECT member_id, sum(amount) AS total FROM orders GROUP BY 1) t", 4)
    flows, _ = build_flows(schema, [])
    got = {(f.target, f.transform) for f in flows if f.source == "shop.orders.amount"}
    assert got == {("dm.spend.total", "derive"), ("dm.city_spend.total", "aggregate"),
                   ("dm.top.total", "derive")}
    propagate(schema, flows)
    assert schema.tables["dm.spend"].column("total").state == "raw"
    assert schema.tables["dm.city_spend"].column("total").state == "aggregated"


def test_person_keys_followed_through_copies():
    schema = member_schema()
    orders = Table(id="ods.orders", name="orders", source="db/schema.sql:9")
    orders.add_column(Column("member_id", linked_to="shop.ums_member"))
    orders.add_column(Column("amount", categories=["financial.transaction"]))
    schema.tables[orders.id] = orders
    add(schema, "CREATE VIEW stg_orders AS SELECT member_id, amount FROM ods.orders", 1)
    add(schema, "CREATE TABLE fct AS SELECT member_id, sum(amount) AS gmv FROM stg_orders "
                "GROUP BY member_id", 2)
    flows, _ = build_flows(schema, [])
    assert {(f.target, f.transform) for f in flows if f.target == "fct.gmv"} == {
        ("fct.gmv", "derive")}
    propagate(schema, flows)
    assert schema.tables["fct"].column("member_id").linked_to == "shop.ums_member"
    assert schema.tables["fct"].column("gmv").state == "raw"


def test_flows_run_through_temporary_tables():
    schema = member_schema()
    add(schema, "CREATE TEMPORARY TABLE tmp_m AS SELECT id, md5(phone) AS ph FROM ums_member", 1)
    add(schema, "INSERT INTO dw.member_wide (id, phone_md5) SELECT id, ph FROM tmp_m", 2)
    add(schema, "SELECT id_card INTO #x FROM ums_member", 3, "tsql")
    add(schema, "INSERT INTO dw.member_wide (idc) SELECT upper(id_card) FROM #x", 4, "tsql")
    flows, _ = build_flows(schema, [])
    assert {(f.source, f.target, f.via, f.transform) for f in flows} == {
        ("shop.ums_member.id", "dw.member_wide.id", "etl/jobs.sql:2", "identity"),
        ("shop.ums_member.phone", "dw.member_wide.phone_md5", "etl/jobs.sql:2", "hash"),
        ("shop.ums_member.id_card", "dw.member_wide.idc", "etl/jobs.sql:4", "derive"),
    }
    propagate(schema, flows)
    assert "tmp_m" not in schema.tables and "#x" not in schema.tables


def test_a_temporary_table_belongs_to_its_own_script():
    schema = member_schema()
    schema.statements.append(SourceStatement(
        "CREATE TEMPORARY TABLE stage AS SELECT phone FROM ums_member", "a.sql", 1, "mysql"))
    schema.statements.append(SourceStatement(
        "INSERT INTO dw.member_wide (phone) SELECT phone FROM stage", "b.sql", 1, "mysql"))
    flows, _ = build_flows(schema, [])
    # In b.sql `stage` is some real table: its flow is kept, not dropped as a temp table's.
    assert {(f.source, f.target) for f in flows} == {("stage.phone", "dw.member_wide.phone")}
