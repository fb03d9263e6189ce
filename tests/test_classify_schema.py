"""classify_schema end to end: through the real scan path, person keys, overrides, pragmas,
minors, views and `explain`."""

from __future__ import annotations

from pathlib import Path

import pytest

from privflow.classify import Override, classify_schema, explain_column
from privflow.errors import PrivflowError
from privflow.schema import Column, Schema, Table
from privflow.sources import load_paths

DDL = """
CREATE TABLE `ums_member` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `username` varchar(64) DEFAULT NULL COMMENT '用户名',
  `phone` varchar(64) DEFAULT NULL COMMENT '手机号码',
  `id_card` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `password` varchar(64) DEFAULT NULL COMMENT '密码',
  `phone_md5` char(32) DEFAULT NULL,
  `remark` varchar(200) DEFAULT NULL COMMENT '备注', -- privflow: ignore
  `nick` varchar(64) DEFAULT NULL, -- privflow: add account.nickname
  PRIMARY KEY (`id`)
) COMMENT='会员表';
CREATE TABLE `pms_product` (
  `id` bigint NOT NULL,
  `name` varchar(64) DEFAULT NULL COMMENT '商品名称',
  `price` decimal(10,2) DEFAULT NULL COMMENT '价格'
) COMMENT='商品表';
CREATE TABLE `oms_order` (
  `id` bigint NOT NULL,
  `member_id` bigint NOT NULL,
  `create_by` varchar(64) DEFAULT NULL,
  `receiver_name` varchar(100) NOT NULL COMMENT '收货人姓名',
  `pay_amount` decimal(10,2) DEFAULT NULL COMMENT '实际支付金额'
) COMMENT='订单表';
CREATE TABLE `child_profile` (
  `id` bigint NOT NULL,
  `nickname` varchar(64) DEFAULT NULL COMMENT '昵称'
) COMMENT='儿童档案';
INSERT INTO `ums_member` VALUES (1, 'u1', '13812345678', '11010519491231002X', 'x', NULL, NULL, NULL);
"""


@pytest.fixture()
def scanned(tmp_path: Path) -> Schema:
    path = tmp_path / "shop.sql"
    path.write_text(DDL, encoding="utf-8")
    schema = load_paths([str(path)])
    classify_schema(schema)
    return schema


def col(schema: Schema, table: str, column: str) -> Column:
    found = schema.find(table)
    assert found is not None
    result = found.column(column)
    assert result is not None
    return result


def test_scan_path_tags_people_columns_and_not_things(scanned: Schema) -> None:
    phone = col(scanned, "ums_member", "phone")
    assert phone.categories == ["contact.phone"] and not phone.sensitive
    assert "comment:手机号码" in phone.evidence and phone.confidence >= 0.9
    id_card = col(scanned, "ums_member", "id_card")
    assert id_card.categories == ["identity.national_id"] and id_card.sensitive
    assert col(scanned, "ums_member", "password").categories == ["account.credential"]
    assert col(scanned, "pms_product", "name").categories == []
    assert col(scanned, "pms_product", "price").categories == []
    assert col(scanned, "oms_order", "receiver_name").categories == ["identity.name"]
    amount = col(scanned, "oms_order", "pay_amount")
    assert amount.categories == ["financial.transaction"] and amount.sensitive


def test_state_from_name_markers(scanned: Schema) -> None:
    hashed = col(scanned, "ums_member", "phone_md5")
    assert hashed.categories == ["contact.phone"] and hashed.state == "pseudonymized"
    assert col(scanned, "ums_member", "phone").state == "raw"


def test_person_keys_are_linked_not_tagged(scanned: Schema) -> None:
    member_id = col(scanned, "oms_order", "member_id")
    assert member_id.categories == [] and member_id.linked_to == "ums_member"
    assert "link:ums_member" in member_id.evidence
    assert col(scanned, "oms_order", "create_by").linked_to == "ums_member"
    assert col(scanned, "ums_member", "id").linked_to is None


def test_declared_foreign_key_to_a_people_table() -> None:
    schema = Schema()
    people = Table(id="crm.client", name="client", source="x")
    people.add_column(Column("client_no", "int", primary_key=True))
    visits = Table(id="crm.visit", name="visit", source="x")
    visits.add_column(Column("who", "int", references="crm.client"))
    visits.add_column(Column("room", "int", references="crm.room"))
    rooms = Table(id="crm.room", name="room", source="x")
    for table in (people, visits, rooms):
        schema.tables[table.id] = table
    classify_schema(schema)
    assert visits.column("who").linked_to == "crm.client"
    assert visits.column("room").linked_to is None


def test_pragmas_show_in_evidence(scanned: Schema) -> None:
    remark = col(scanned, "ums_member", "remark")
    assert remark.categories == [] and "pragma:ignore" in remark.evidence
    nick = col(scanned, "ums_member", "nick")
    assert "account.nickname" in nick.categories
    assert "pragma:add account.nickname" in nick.evidence


def test_minors_make_every_category_sensitive(scanned: Schema) -> None:
    nickname = col(scanned, "child_profile", "nickname")
    assert nickname.categories == ["account.nickname"] and nickname.sensitive
    assert any(e.startswith("table:minors") for e in nickname.evidence)


def test_overrides_force_add_drop_ignore(tmp_path: Path) -> None:
    path = tmp_path / "shop.sql"
    path.write_text(DDL, encoding="utf-8")
    schema = load_paths([str(path)])
    overrides = [
        Override("pms_product", "name", "force", ["identity.name"], "products named after people",
                 "inventory/classification.yaml:3"),
        Override("*member", "username", "add", ["contact.email"], "logins are e-mails",
                 "inventory/classification.yaml:7"),
        Override("ums_member", "id_card", "drop", ["identity.national_id"], "test data only",
                 "inventory/classification.yaml:11"),
        Override("oms_*", "member_id", "ignore", [], "", "inventory/classification.yaml:15"),
    ]
    classify_schema(schema, overrides=overrides)
    forced = col(schema, "pms_product", "name")
    assert forced.categories == ["identity.name"]
    assert "override:inventory/classification.yaml:3 force identity.name " \
           "(products named after people)" in forced.evidence
    assert col(schema, "ums_member", "username").categories == ["account.username",
                                                                 "contact.email"]
    dropped = col(schema, "ums_member", "id_card")
    assert dropped.categories == [] and not dropped.sensitive
    ignored = col(schema, "oms_order", "member_id")
    assert ignored.linked_to is None and ignored.categories == []


def test_override_validation() -> None:
    with pytest.raises(PrivflowError, match="unknown category"):
        Override("t", "c", "add", ["contact.fax"], "", "inventory/classification.yaml:2")
    with pytest.raises(PrivflowError) as error:
        Override("t", "c", "paint", [], "", "inventory/classification.yaml:9")
    assert error.value.path == "inventory/classification.yaml" and error.value.line == 9


def test_undocumented_view_columns_are_left_to_lineage() -> None:
    schema = Schema()
    view = Table(id="v_member", name="v_member", source="x", kind="view",
                 definition="SELECT phone, email AS mail FROM member")
    view.add_column(Column("phone", None))
    view.add_column(Column("mail", None, comment="会员邮箱"))
    schema.tables[view.id] = view
    classify_schema(schema)
    assert view.column("phone").categories == []
    assert view.column("mail").categories == ["contact.email"]


def test_explain_lists_every_signal(scanned: Schema) -> None:
    text = explain_column(scanned, "ums_member.phone")
    assert "contact.phone" in text and "name:phone" in text and "comment:手机号码" in text
    assert "people" in text and "kept" in text
    assert "13812345678" not in text  # values are never shown
    vetoed = explain_column(scanned, "pms_product.name")
    assert "identity.name" in vetoed and "thing" in vetoed and "below threshold" in vetoed
    with pytest.raises(PrivflowError, match="no column"):
        explain_column(scanned, "ums_member.nope")
    with pytest.raises(PrivflowError, match="no table"):
        explain_column(scanned, "nope.phone")


def test_memoised_shapes_give_identical_results() -> None:
    schema = Schema()
    for index in range(3):
        table = Table(id=f"s{index}.user", name="user", source="x")
        table.add_column(Column("mobile", "varchar(20)", "手机号"))
        schema.tables[table.id] = table
    classify_schema(schema)
    results = [t.column("mobile").to_json() for t in schema.tables.values()]
    assert results[0]["categories"] == ["contact.phone"]
    assert all(r == results[0] for r in results)


def test_state_is_a_place_next_to_other_address_parts() -> None:
    schema = Schema()
    customers = Table(id="customer", name="customer", source="x")
    for name in ("City", "State", "Country"):
        customers.add_column(Column(name, "nvarchar(40)"))
    sessions = Table(id="social_user", name="social_user", source="x")
    sessions.add_column(Column("state", "varchar(256)", "最后一次的认证 state"))
    schema.tables = {customers.id: customers, sessions.id: sessions}
    classify_schema(schema)
    assert customers.column("State").categories == ["location.coarse"]
    assert sessions.column("state").categories == []


def test_keys_resolve_to_the_owners_module_then_the_main_entity() -> None:
    schema = Schema()
    tables = {
        "system_users": ["id", "username", "mobile", "email"],
        "member_user": ["id", "mobile", "nickname", "avatar", "birthday", "sex"],
        "mp_user": ["id", "openid"],
        "system_oauth2_token": ["user_id", "access_token"],
        "trade_order": ["user_id", "pay_price"],
        "system_dept": ["name", "creator"],
    }
    for name, columns in tables.items():
        table = Table(id=name, name=name, source="x")
        for column in columns:
            table.add_column(Column(column, "varchar(64)"))
        schema.tables[name] = table
    classify_schema(schema)
    assert schema.tables["system_oauth2_token"].column("user_id").linked_to == "system_users"
    assert schema.tables["trade_order"].column("user_id").linked_to == "member_user"
    assert schema.tables["system_dept"].column("creator").linked_to == "system_users"
