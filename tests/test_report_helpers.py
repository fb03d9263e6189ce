"""A small shop scan and inventory built in code, shared by the report, diagram and safety tests.

It does not depend on the classifier or lineage engineers' work: columns carry their categories
and flows are written out, as the pipeline would leave them.
"""

from __future__ import annotations

from privflow.inventory.model import (
    Activity,
    Audit,
    Contact,
    CrossBorder,
    Inventory,
    Organisation,
    Pipia,
    RecipientDeclaration,
    Retention,
)
from privflow.schema import (
    Column,
    Finding,
    Flow,
    Recipient,
    ScanResult,
    Schema,
    SourceFile,
    Table,
)


def column(name: str, *categories: str, state: str = "raw", comment: str | None = None,
           source: str = "db/schema.sql:1", sensitive: bool = False) -> Column:
    return Column(name=name, type="varchar(64)", comment=comment, source=source,
                  categories=list(categories), sensitive=sensitive, state=state)  # type: ignore[arg-type]


def table(table_id: str, source: str, *columns: Column, comment: str | None = None) -> Table:
    result = Table(id=table_id, name=table_id.rsplit(".", 1)[-1], source=source, comment=comment)
    for c in columns:
        result.add_column(c)
    return result


def shop_scan(findings: list[Finding] | None = None) -> ScanResult:
    tables = [
        table("shop.ums_member", "db/schema.sql:10",
              column("id", source="db/schema.sql:11"),
              column("phone", "contact.phone", comment="手机号", source="db/schema.sql:12"),
              column("id_card", "identity.national_id", comment="身份证号",
                     source="db/schema.sql:13", sensitive=True),
              column("face_feature", "biometric.face", source="db/schema.sql:14",
                     sensitive=True),
              column("nickname", "account.nickname", source="db/schema.sql:15")),
        table("shop.oms_order", "db/schema.sql:30",
              column("member_id", source="db/schema.sql:31"),
              column("receiver_address", "contact.address", comment="收货地址",
                     source="db/schema.sql:32"),
              column("pay_amount", "financial.transaction", source="db/schema.sql:33",
                     sensitive=True)),
        table("dw.member_wide", "etl/member_wide.sql:1",
              column("phone_hash", "contact.phone", state="pseudonymized",
                     source="etl/member_wide.sql:3"),
              column("city", "location.coarse", source="etl/member_wide.sql:4")),
    ]
    schema = Schema(tables={t.id: t for t in tables},
                    files=[SourceFile("db/schema.sql", "mysql", "guessed: backticks", 3),
                           SourceFile("etl/member_wide.sql", "mysql", "guessed: backticks", 1)])
    flows = [
        Flow("shop.ums_member.phone", "dw.member_wide.phone_hash", "etl/member_wide.sql:3",
             "hash"),
        Flow("shop.ums_member.phone", "recipient:sms_gateway", "inventory/recipients.yaml:3"),
        Flow("dw.member_wide.phone_hash", "recipient:stats_sdk", "inventory/recipients.yaml:20",
             "hash"),
        Flow("shop.oms_order.receiver_address", "recipient:sf_express", "etl/export.sql:7"),
        Flow("shop.ums_member.id_card", "recipient:mystery_vendor", "etl/export.sql:12"),
    ]
    recipients = [
        Recipient("sms_gateway", "某短信服务有限公司", "CN", "processor",
                  tables=[], declared_in="inventory/recipients.yaml:1"),
        Recipient("mystery_vendor", "mystery_vendor", None, None, declared=False),
    ]
    return ScanResult(schema=schema, flows=flows, recipients=recipients,
                      findings=list(findings if findings is not None else shop_findings()))


def shop_findings() -> list[Finding]:
    return [
        Finding("undeclared-sensitive", "high", "A01 shop.ums_member.face_feature",
                "biometric.face found in A01's systems but not declared",
                "db/schema.sql:14"),
        Finding("undeclared-recipient", "high", "recipient:mystery_vendor",
                "flow to a recipient the inventory does not declare", "etl/export.sql:12"),
        Finding("declared-not-found", "low", "A02 identity.name",
                "declared category with no column evidence", "inventory/activities.yaml:30"),
        Finding("missing-lawful-basis", "high", "A03",
                "activity without a PIPL lawful basis", "inventory/activities.yaml:50"),
    ]


def shop_inventory() -> Inventory:
    org = Organisation(
        name="示例商城科技有限公司", name_en="Example Mall Technology Co., Ltd.",
        contact=Contact(address="上海市", email="privacy@example.cn"),
        dpo=Contact(name="张三", email="dpo@example.cn"),
        audit=Audit(last_audit_date="2025-06-01", auditor="external", scale_band="1m-10m"),
        rights_channel="App 设置 > 隐私", response_sla="15 个工作日", country="CN",
        jurisdictions=["PIPL", "GDPR"],
        declared_in="inventory/privflow.yaml:1")
    activities = [
        Activity(id="A01", name="账号注册与登录", name_en="Account registration",
                 business_function="账号", purpose="创建和管理账号", purpose_en="Manage accounts",
                 method=["collect", "store", "use"], lawful_basis="contract",
                 consent_type="consent", gdpr_art6_basis="b", data_subjects=["users"],
                 categories=["contact.phone", "account.nickname", "identity.national_id"],
                 systems=["shop.ums_member"], recipients=["sms_gateway"],
                 retention=[Retention(category="*", period="P3Y", trigger="account_cancelled",
                                      on_expiry="delete")],
                 measures=["encryption", "access_control"], necessity="实名认证所必需",
                 pipia=Pipia(ref="PIPIA-2024-01", date="2024-01-10"), owner="用户中心",
                 created="2024-01-15", updated="2024-01-15",
                 declared_in="inventory/activities.yaml:1"),
        Activity(id="A02", name="订单配送", name_en="Order delivery", business_function="交易",
                 purpose="配送商品", method=["collect", "provide"], lawful_basis="contract",
                 data_subjects=["customers"],
                 categories=["contact.address", "financial.transaction", "identity.name"],
                 systems=["shop.oms_order"], recipients=["sf_express"],
                 retention=[Retention(category="financial.transaction", period="P3Y",
                                      legal_basis="电子商务法 第三十一条")],
                 declared_in="inventory/activities.yaml:30"),
        Activity(id="A03", name="统计分析", name_en="Analytics", purpose="改进产品",
                 systems=["dw.*"], recipients=["stats_sdk"], adm=True,
                 cross_border=CrossBorder(exists=False),
                 declared_in="inventory/activities.yaml:50"),
    ]
    recipients = [
        RecipientDeclaration(id="sms_gateway", name="某短信服务有限公司", kind="processor",
                             transfer_type="entrusted", mechanism="api", country="CN",
                             purpose="发送验证码短信", categories=["contact.phone"],
                             contract_ref="C-2023-7", contract_covers=["purpose", "duration"],
                             declared_in="inventory/recipients.yaml:1"),
        RecipientDeclaration(id="sf_express", name="顺丰速运有限公司", kind="handler",
                             transfer_type="provided", mechanism="api", country="CN",
                             categories=["contact.address", "identity.name"],
                             consent_type="separate",
                             declared_in="inventory/recipients.yaml:10"),
        RecipientDeclaration(id="stats_sdk", name="Example Analytics Inc.", kind="sdk",
                             transfer_type="entrusted", mechanism="sdk", sdk_name="StatsKit",
                             package="com.example.stats", country="US",
                             categories=["contact.phone"],
                             declared_in="inventory/recipients.yaml:20"),
        RecipientDeclaration(id="unionpay", name="中国银联股份有限公司", kind="handler",
                             transfer_type="provided", country="CN", onward_of="sf_express",
                             declared_in="inventory/recipients.yaml:30"),
    ]
    return Inventory(root="inventory", organisation=org, activities=activities,
                     recipients=recipients)
