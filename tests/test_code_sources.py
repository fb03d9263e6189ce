"""Application code as a source (issue 18): Java entities, mapper XML, SDK manifests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from privflow.pipeline import ScanOptions, run_scan
from privflow.sources.code import mybatis, scan_code
from privflow.sources.code.catalogue import catalogue
from privflow.sources.code.manifests import read as read_manifest
from privflow.sources.code.model import snake_case

FIXTURES = Path(__file__).parent / "fixtures" / "code"
MYBATIS_PLUS = FIXTURES / "mybatis_plus"
SDK_APP = FIXTURES / "sdk_app"


def needs(module: str):
    return pytest.importorskip(module, reason=f"{module} not installed: pip install 'privflow[code]'")


@pytest.mark.parametrize("name, column", [
    ("userName", "user_name"), ("registerIP", "register_ip"), ("idCard", "id_card"),
    ("IDCard", "id_card"), ("mobile", "mobile"), ("createTime", "create_time"),
])
def test_snake_case_is_what_mybatis_plus_maps(name, column):
    assert snake_case(name) == column


# -- Java -------------------------------------------------------------------------------------


def java_tables():
    needs("tree_sitter_java")
    return scan_code([MYBATIS_PLUS / "module-system", MYBATIS_PLUS / "framework"]).schema.tables


def test_mybatis_plus_entity_with_base_classes_across_files():
    tables = java_tables()
    member = tables["member_user"]
    assert member.comment == "会员用户 DO"
    names = list(member.columns)
    # Base classes first (BaseDO, then TenantBaseDO), in another folder of the tree.
    assert names[:4] == ["create_time", "creator", "deleted", "tenant_id"]
    assert {"id", "mobile", "id_card", "nickname", "register_ip"} <= set(names)
    assert "ignored" not in names  # @TableField(exist = false)
    assert "serial_version_uid" not in names and "tag_ids" not in names  # static, a List
    assert member.columns["register_ip"].source.endswith("MemberUserDO.java:17")
    assert member.columns["create_time"].source.endswith("BaseDO.java:6")


def test_comments_come_from_swagger_then_javadoc():
    member = java_tables()["member_user"]
    assert member.columns["id_card"].comment == "身份证号"  # @ApiModelProperty("…")
    assert member.columns["nickname"].comment == "用户昵称"  # @Schema(description = …)
    assert member.columns["mobile"].comment == "手机"  # Javadoc
    assert member.columns["tenant_id"].comment == "多租户编号"


def test_class_mapped_by_a_base_mapper_is_a_table_without_table_name():
    admin = java_tables()["admin_user_do"]
    assert {"username", "password", "email", "mobile", "login_ip", "tenant_id"} <= set(admin.columns)


def test_jpa_entity():
    order = java_tables()["shop.t_order"]
    assert list(order.columns) == ["id", "receiver_phone", "customer_id", "receiver_address"]
    assert order.columns["id"].primary_key
    assert order.columns["customer_id"].references == "customer"


# -- mapper XML -----------------------------------------------------------------------------


def test_mapper_xml_dynamic_sql_is_rendered_parseable():
    data = (MYBATIS_PLUS / "module-system/src/main/resources/mapper/UserMapper.xml").read_bytes()
    code = mybatis.read("UserMapper.xml", data)
    by_line = {s.line: s.sql for s in code.statements}
    assert by_line[10] == ("select id, username, phone from ums_member WHERE username = ? "
                           "and id in (?) order by orderBy")
    assert by_line[24] == "update ums_member SET username = ?, phone = ? where id = ?"
    [result_map] = code.entities
    assert result_map.table == "ums_member"  # the table its <insert> writes
    assert [f.name for f in result_map.fields] == ["id", "username", "phone"]


def test_broken_mapper_xml_is_skipped_with_its_line(tmp_path):
    bad = tmp_path / "BadMapper.xml"
    bad.write_text('<?xml version="1.0"?>\n<!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" '
                   '"http://mybatis.org/dtd/mybatis-3-mapper.dtd">\n<mapper>\n<select id="a">\n'
                   '</mapper>\n')
    scan = scan_code([tmp_path])
    [skipped] = scan.schema.skipped
    assert skipped.path.endswith("BadMapper.xml") and "line 5" in skipped.reason


def test_code_and_sql_are_one_table_and_drift_is_reported():
    needs("tree_sitter_java")
    result = run_scan(ScanOptions(paths=[str(MYBATIS_PLUS)]))
    member = result.schema.tables["member_user"]
    assert member.origins == ["file", "code"]
    assert member.columns["mobile"].comment == "手机号"  # the SQL comment wins
    assert "contact.phone" in member.columns["mobile"].categories
    assert "identity.national_id" in member.columns["id_card"].categories
    drift = {(f.params.get("variant"), f.params.get("column") or f.params.get("table"))
             for f in result.findings if f.rule == "schema-drift"}
    assert ("column-only-in-sql", "avatar") in drift
    assert ("table-only-in-code", "admin_user_do") in drift
    # The mapper's INSERT … SELECT is lineage.
    assert any(f.source == "ums_member.phone" and f.target == "ums_member_archive.phone"
               for f in result.flows)


# -- SDK catalogue and manifests ----------------------------------------------------------


def test_catalogue_is_large_and_consistent():
    counts = catalogue().counts()
    assert counts["vendors"] >= 150
    assert counts["cn_vendors"] >= 50
    from privflow.classify.taxonomy import load_taxonomy

    known = set(load_taxonomy())
    table = catalogue()
    for vendor in table.vendors.values():
        assert vendor.source.startswith("https://"), vendor.id
        for sdk in vendor.sdks:
            assert set(sdk.categories) <= known, (vendor.id, sdk.name)
            assert sdk.purpose in table.purposes


@pytest.mark.parametrize("ecosystem, name, vendor", [
    ("maven", "com.umeng.umsdk:push", "umeng"),
    ("maven", "com.umeng.umsdk:common", "umeng"),
    ("maven", "com.squareup.okhttp3:okhttp", None),
    ("pypi", "Sentry_SDK", "sentry"),
    ("go", "github.com/aws/aws-sdk-go-v2/service/s3", "aws"),
    ("npm", "@sentry/browser", "sentry"),
    ("npm", "left-pad", None),
])
def test_packages_are_named_only_from_the_catalogue(ecosystem, name, vendor):
    sdk = catalogue().package(ecosystem, name)
    assert (sdk.vendor if sdk else None) == vendor


def test_umeng_push_is_the_push_sdk():
    assert catalogue().package("maven", "com.umeng.umsdk:push").purpose == "push"


def test_hosts_match_subdomains_only():
    assert catalogue().host("oss-cn-hangzhou.aliyuncs.com").vendor == "aliyun"
    assert catalogue().host("notaliyuncs.com") is None


def test_sample_app_manifests_name_every_expected_vendor():
    expected = yaml.safe_load((SDK_APP / "expected.yaml").read_text("utf-8"))
    scan = scan_code([SDK_APP])
    found: dict[str, set[str]] = {}
    for hit in scan.sdks:
        found.setdefault(hit.vendor, set()).add(Path(hit.path).relative_to(SDK_APP).as_posix())
    for vendor, manifest in expected.items():
        assert manifest in found.get(vendor, set()), vendor
    assert set(found) == set(expected)  # okhttp, react, left-pad … are not recipients
    assert scan.schema.skipped == []


def test_gradle_comment_and_line_numbers():
    hits = read_manifest("build.gradle", b"dependencies {\n  // implementation 'com.tencent.bugly:crashreport:4'\n"
                                         b"  implementation('io.sentry:sentry-android:7.0.0')\n}\n").sdks
    assert [(h.vendor, h.line) for h in hits] == [("sentry", 3)]


def test_broken_package_json_is_skipped_not_fatal(tmp_path):
    (tmp_path / "package.json").write_text('{"dependencies": {"@sentry/node": "7"', "utf-8")
    (tmp_path / "requirements.txt").write_text("stripe==7\n", "utf-8")
    scan = scan_code([tmp_path])
    assert [h.vendor for h in scan.sdks] == ["stripe"]
    [skipped] = scan.schema.skipped
    assert skipped.path.endswith("package.json") and not skipped.error


def test_sdks_are_recipients_with_flows_and_undeclared_findings(tmp_path):
    (tmp_path / "schema.sql").write_text(
        "CREATE TABLE member (id bigint primary key, mobile varchar(11) COMMENT '手机号',\n"
        "  last_login_ip varchar(45) COMMENT '最后登录IP');\n", "utf-8")
    (tmp_path / "requirements.txt").write_text("twilio==8.0\n", "utf-8")
    (tmp_path / "build.gradle").write_text("implementation 'com.umeng.umsdk:common:9.6'\n", "utf-8")
    result = run_scan(ScanOptions(paths=[str(tmp_path)]))
    recipients = {r.id: r for r in result.recipients}
    assert recipients["sdk:twilio"].kind == "sdk" and not recipients["sdk:twilio"].declared
    assert recipients["sdk:twilio"].declared_in.endswith("requirements.txt:1")
    assert recipients["sdk:umeng"].country == "CN"
    flows = {(f.source, f.target) for f in result.flows}
    assert ("member.mobile", "recipient:sdk:twilio") in flows
    assert ("member.last_login_ip", "recipient:sdk:umeng") in flows
    assert ("member.mobile", "recipient:sdk:umeng") not in flows  # Umeng does not disclose it
    undeclared = {f.subject: f for f in result.findings if f.rule == "undeclared-sdk"}
    assert set(undeclared) == {"recipient:sdk:twilio", "recipient:sdk:umeng"}
    assert undeclared["recipient:sdk:umeng"].location.endswith("build.gradle:1")


def test_report_lists_sdks_and_shares_with_them():
    from privflow.pipeline import load_inventory
    from privflow.report import build_report

    inventory = load_inventory(str(Path(__file__).parent.parent / "inventory"))
    result = run_scan(ScanOptions(paths=[str(SDK_APP)]), inventory)
    report = build_report(result, inventory, "zh")
    sdks = report.register("sdks")
    assert sdks.title.endswith(". 第三方SDK清单")  # numbered after the registers before it
    rows = {r["sdk"].text(): r for r in sdks.rows}
    umeng = rows["友盟+统计 SDK"]
    assert umeng["recipient_id"].text() == "umeng_analytics"  # declared by package
    assert umeng["status"].text() == "一致"
    assert umeng["country"].text() == "CN"
    assert any(e.endswith("android/app/build.gradle:7") for e in umeng["evidence"].value)
    jpush = rows["极光推送 JPush"]
    assert jpush["recipient_id"].text() == "sdk:jiguang" and jpush["status"].text() == "仅发现"
    assert "设备标识 (device.id)" in jpush["pi_categories"].value
    sharing = {r["recipient_id"].text() for r in report.register("sharing").rows}
    assert {"sdk:jiguang", "sdk:stripe"} <= sharing
    # Without SDKs there is no such register (the example's notice section stays, before the
    # gaps like every section a scan adds).
    plain = run_scan(ScanOptions(paths=[str(MYBATIS_PLUS / "sql")]), inventory)
    keys = [r.key for r in build_report(plain, inventory, "zh").registers]
    assert "sdks" not in keys and keys[-2:] == ["notice", "gaps"]
    assert [r.key for r in report.registers][-3:] == ["sdks", "notice", "gaps"]


# -- Python (ast) and Prisma ----------------------------------------------------------------


def tables_of(folder: str):
    scan = scan_code([FIXTURES / folder])
    assert scan.schema.skipped == []
    return scan.schema.tables


def test_django_models():
    tables = tables_of("django_app")
    member = tables["shop_member"]  # Meta.db_table
    assert list(member.columns) == ["created_at", "updated_at", "id", "mobile", "real_name",
                                    "id_card_no", "invited_by_id"]  # abstract base first
    assert member.comment == "会员"
    assert member.columns["mobile"].comment == "手机号"  # _("…") positional verbose_name
    assert member.columns["id_card_no"].comment == "身份证号码"  # db_column, help_text
    address = tables["members_address"]  # <app label>_<model>
    assert list(address.columns) == ["id", "member_id", "detail"]
    assert address.columns["member_id"].references == "member"
    assert "groups" not in member.columns and "groups_id" not in member.columns
    # A DRF serializer's CharField is not a model field.
    assert not any("serializer" in t for t in tables)


def test_sqlalchemy_declarative_and_imperative():
    tables = tables_of("sqlalchemy_app")
    users = tables["app.users"]
    assert users.comment == "用户表"
    assert list(users.columns) == ["created_by", "id", "email", "phone_number", "bio"]
    assert users.columns["phone_number"].comment == "手机号"
    assert users.columns["id"].primary_key and users.columns["email"].type == "varchar"
    orders = tables["orders"]
    assert orders.columns["user_id"].references == "users"
    assert orders.columns["shipping_address"].comment == "收货地址"
    assert list(tables["login_log"].columns) == ["id", "ip"]


def test_python_syntax_error_is_a_note_with_its_line(tmp_path):
    (tmp_path / "models.py").write_text("from django.db import models\nclass A(models.Model:\n",
                                        "utf-8")
    [skipped] = scan_code([tmp_path]).schema.skipped
    assert skipped.line == 2 and not skipped.error and "python" in skipped.reason


def test_prisma_schema():
    tables = tables_of("prisma_app")
    users = tables["users"]  # @@map
    assert users.comment == "会员"
    assert list(users.columns) == ["id", "mobile", "email", "name", "role", "id_card_no",
                                   "note", "created_at"]  # relations and lists left out
    assert users.columns["mobile"].comment == "手机号" and users.columns["mobile"].type == "varchar(11)"
    assert users.columns["name"].comment == "姓名"  # trailing ///
    assert users.columns["email"].comment is None  # // is not documentation
    assert list(tables["profile"].columns) == ["id", "bio", "user_id"]


# -- tree-sitter readers: Rails, GORM, TypeORM, Laravel, Kotlin ---------------------------


def test_rails_schema_rb():
    needs("tree_sitter_ruby")
    tables = tables_of("rails_app")
    accounts = tables["accounts"]
    assert accounts.comment == "账户"
    assert list(accounts.columns) == [
        "id", "email", "encrypted_password", "mobile", "organization_id", "owner_id",
        "owner_type", "current_sign_in_ip", "created_at", "updated_at"]
    assert accounts.columns["email"].comment == "登录邮箱"
    assert list(tables["audit_events"].columns) == ["account_id", "payload", "created_at"]
    assert tables["audit_events"].columns["payload"].type == "jsonb"  # t.column "…", :jsonb
    assert tables["profiles"].columns["id"].type == "uuid"


def test_gorm_structs():
    needs("tree_sitter_go")
    tables = tables_of("gorm_app")
    user = tables["sys_user"]  # TableName()
    assert user.comment == "会员"
    assert list(user.columns) == ["id", "created_at", "user_name", "mobile", "id_card",
                                  "company_id"]  # embedded Base first; gorm:"-" and associations left out
    assert user.columns["user_name"].type == "varchar(64)"
    assert user.columns["mobile"].comment == "手机号"
    assert user.columns["id_card"].comment == "身份证号"  # the field's // comment
    assert list(tables["orders"].columns) == ["id", "created_at", "updated_at", "deleted_at",
                                              "user_id", "address"]  # gorm.Model
    assert "companies" in tables  # an association's struct is a model (plural name)
    assert "bases" not in tables and "login_requests" not in tables


def test_typeorm_entities():
    needs("tree_sitter_typescript")
    tables = tables_of("typeorm_app")
    customers = tables["customers"]
    assert customers.comment == "客户表"
    assert list(customers.columns) == ["created_at", "id", "phone", "email_address",
                                       "firstname", "org_id"]
    assert customers.columns["phone"].comment == "手机号码"
    assert list(tables["login_event"].columns) == ["id", "ipaddress", "customerid"]
    assert tables["login_event"].columns["ipaddress"].type == "inet"


def test_laravel_migrations_in_order():
    needs("tree_sitter_php")
    customers = tables_of("laravel_app")["customers"]
    assert customers.comment == "客户"
    assert list(customers.columns) == [
        "id", "name", "mobile", "team_id", "owner_type", "owner_id", "last_login_ip",
        "remember_token", "created_at", "updated_at", "deleted_at", "birthday"]
    assert "legacy_code" not in customers.columns  # dropped by the later migration
    assert customers.columns["mobile"].comment == "手机号"
    assert customers.columns["birthday"].source.endswith("alter_customers_table.php:12")


def test_kotlin_entities():
    needs("tree_sitter_kotlin")
    tables = tables_of("kotlin_app")
    member = tables["crm.member"]
    assert member.comment == "会员"
    assert list(member.columns) == ["created_at", "id", "mobile_no", "real_name", "org_id"]
    assert member.columns["mobile_no"].comment == "手机号"
    assert member.columns["real_name"].comment == "真实姓名"
    assert list(tables["t_order"].columns) == ["id", "receiver_address"]


def test_missing_grammar_is_one_note_per_language(tmp_path, monkeypatch):
    from privflow.sources.code import treesitter

    def missing(language):
        raise treesitter.GrammarMissing(language)

    monkeypatch.setattr(treesitter, "parser", missing)
    for name in ("A.java", "B.java"):
        (tmp_path / name).write_text("@Entity class A { private String phone; }", "utf-8")
    (tmp_path / "models.py").write_text(
        "from django.db import models\nclass M(models.Model):\n    phone = models.CharField()\n",
        "utf-8")
    scan = scan_code([tmp_path])
    [table] = scan.schema.tables  # the Python model; the Java files are skipped
    assert table.endswith("_m")
    [note] = scan.schema.skipped
    assert "privflow[code]" in note.reason and not note.error


def test_django_model_that_only_inherits_fields(tmp_path):
    app = tmp_path / "accounts"
    app.mkdir()
    (app / "models.py").write_text(
        "from django.db import models\n"
        "class AbstractUser(models.Model):\n"
        "    phonenumber = models.CharField('手机号码', max_length=11)\n"
        "    class Meta:\n        abstract = True\n"
        "class User(AbstractUser):\n"
        "    class Meta(AbstractUser.Meta):\n        swappable = 'AUTH_USER_MODEL'\n"
        "class UserSerializer(Serializer):\n"
        "    class Meta:\n        model = User\n        fields = '__all__'\n", "utf-8")
    tables = scan_code([tmp_path]).schema.tables
    assert list(tables) == ["accounts_user"]
    assert list(tables["accounts_user"].columns) == ["phonenumber", "id"]


def test_prisma_one_line_enums_and_enums_of_other_files(tmp_path):
    (tmp_path / "schema.prisma").write_text(
        'enum Gender { MALE FEMALE @@map("gender") }\n'
        "model Staff {\n"
        "  id     Int          @id\n"
        "  gender Gender\n"
        '  kind   EmployeeType @map("employee_type")\n'
        "  team   Team?\n"
        '  @@map("staffs")\n'
        "}\n", "utf-8")
    assert list(scan_code([tmp_path]).schema.tables["staffs"].columns) == [
        "id", "gender", "employee_type"]


def test_an_undeclared_sdk_is_one_finding_not_one_per_flow(tmp_path):
    (tmp_path / "schema.sql").write_text("CREATE TABLE member (mobile varchar(11) COMMENT '手机号');\n",
                                         "utf-8")
    (tmp_path / "requirements.txt").write_text("twilio==8.0\n", "utf-8")
    result = run_scan(ScanOptions(paths=[str(tmp_path)]))
    assert ("member.mobile", "recipient:sdk:twilio") in {(f.source, f.target) for f in result.flows}
    about_twilio = [f.rule for f in result.findings if "twilio" in f.subject]
    assert about_twilio == ["undeclared-sdk"]


def test_sample_app_columns_flow_to_the_sdks_that_collect_them():
    result = run_scan(ScanOptions(paths=[str(SDK_APP)]))
    into = {}
    for flow in result.flows:
        into.setdefault(flow.target, set()).add(flow.source)
    assert "app_user.mobile" in into["recipient:sdk:twilio"]  # SMS
    assert "app_user.email" in into["recipient:sdk:sendgrid"]  # e-mail
    assert "app_user.device_id" in into["recipient:sdk:umeng"]  # analytics
    assert "app_user.real_name" not in into["recipient:sdk:umeng"]
    via = next(f.via for f in result.flows if f.target == "recipient:sdk:twilio")
    assert via.endswith("ml/requirements.txt:3")


def test_vendored_and_generated_folders_are_not_the_project(tmp_path):
    (tmp_path / "vendor" / "acme").mkdir(parents=True)
    (tmp_path / "vendor" / "acme" / "composer.json").write_text(
        '{"require": {"stripe/stripe-php": "^10"}}', "utf-8")
    (tmp_path / "composer.json").write_text('{"require": {"twilio/sdk": "^7"}}', "utf-8")
    assert [h.vendor for h in scan_code([tmp_path]).sdks] == ["twilio"]
