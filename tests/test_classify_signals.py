"""Each signal on its own: name, comment, table context, type, values."""

from __future__ import annotations

from privflow.classify.combiner import _typed_head_supports, combine, prepare_full, typed_shape
from privflow.classify.signals.comment import read_comment
from privflow.classify.signals.name import name_key, read_name
from privflow.classify.signals.table import TableContext, table_context
from privflow.classify.signals.type import type_factor, type_supports
from privflow.classify.signals.values import read_values, value_factor, value_supports
from privflow.schema import Table

PEOPLE = TableContext("people", "member")
THINGS = TableContext("thing", "product")
NEUTRAL = TableContext("neutral", None)


def strong(reading) -> set[str]:
    return {e.category for e in reading.supports if e.score >= 0.8}


def categories(name, type_=None, comment=None, context=PEOPLE, samples=None):
    values = read_values(samples) if samples is not None else None
    return combine(name, type_, comment, context, values).categories


# -- name ------------------------------------------------------------------------------------

def test_name_head_word_decides() -> None:
    assert strong(read_name("receiver_phone")) == {"contact.phone"}
    assert strong(read_name("phone_number")) == {"contact.phone"}
    assert strong(read_name("email_domain")) == set()  # email only qualifies "domain"
    email = read_name("email_verified")
    assert strong(email) == set()
    assert [f.category for f in email.factors] == ["contact.email"]


def test_name_false_positives_of_peers() -> None:
    assert categories("email_verified", "tinyint(1)") == []
    assert categories("academic_year_code", "varchar(10)") == []
    assert categories("track_id", "int", context=NEUTRAL) == []
    assert categories("city_id", "int") == []


def test_name_modifiers() -> None:
    assert read_name("store_phone").thing_modifier == "store"
    assert read_name("bill_receiver_phone").person_modifier == "bill receiver"
    # The modifier nearest the head decides: a member level's name is a level's.
    assert read_name("member_level_name").thing_modifier == "level"
    assert categories("store_phone", "varchar(20)") == []
    assert categories("receiver_phone", "varchar(20)", context=THINGS) == ["contact.phone"]


def test_name_prefixes_and_pinyin() -> None:
    assert categories("f_sfzh", "varchar(18)") == ["identity.national_id"]
    assert categories("strName", "varchar(20)") == ["identity.name"]
    assert categories("c_sjh", "varchar(11)") == ["contact.phone"]


# -- comment ---------------------------------------------------------------------------------

def test_comment_head_noun_decides() -> None:
    assert categories("name", "varchar(64)", "商品名称", NEUTRAL) == []
    assert categories("name", "varchar(64)", "收货人姓名", THINGS) == ["identity.name"]
    assert categories("phone", "varchar(20)", "门店电话") == []
    assert categories("phone", "varchar(20)", "手机号") == ["contact.phone"]
    assert categories("create_time", "datetime", "注册时间") == []


def test_comment_overrides_an_opaque_name() -> None:
    assert categories("c1", "varchar(18)", "身份证号码") == ["identity.national_id"]
    assert categories("user_name", "varchar(30)", "用户昵称") == ["account.nickname"]


def test_comment_coded_values() -> None:
    reading = read_comment("性别：0->未知；1->男；2->女")
    assert reading.enumeration and strong(reading) == {"identity.gender"}
    assert categories("gender", "int(1)", "性别：0->未知；1->男；2->女") == ["identity.gender"]
    # A name cannot be one of three coded values.
    assert categories("operate_man", "varchar(100)", "操作人：用户；系统；后台管理员",
                      TableContext("log", "history", of="transaction")) == []
    # A bracketed list explains, it does not code.
    assert not read_comment("促销金额（促销价、满减、阶梯价）").enumeration


def test_comment_alternatives_and_trailing_words() -> None:
    assert strong(read_comment("用户昵称或网络名称")) == {"account.nickname"}
    assert strong(read_comment("微信付款编号")) == set()  # 微信 qualifies 付款编号
    assert strong(read_comment("图片地址")) == set()  # a URL, not a postal address


def test_name_that_is_only_an_attribute_distrusts_a_copied_comment() -> None:
    assert categories("status", "tinyint(1)", "性别(1-正常,2-冻结)") == []


def test_comment_state_markers() -> None:
    assert read_comment("手机号(脱敏)").state == "masked"
    assert read_comment("银行卡号密文").state == "encrypted"
    assert read_comment("盐加密").state is None  # 盐加密 is the salt itself


# -- table context ---------------------------------------------------------------------------

def test_table_context_head_word() -> None:
    def kind(name: str, comment: str | None = None) -> str:
        return table_context(Table(id=name, name=name, source="x", comment=comment)).kind

    assert kind("ums_member") == "people"
    assert kind("ums_member_tag") == "thing"
    assert kind("pms_product") == "thing"
    assert kind("oms_order") == "transaction"
    assert kind("member_receive_address") == "personal"
    assert kind("oms_company_address") == "thing"
    assert kind("t_abc", "会员信息表") == "people"
    assert kind("t_abc", "商品表") == "thing"
    assert table_context(Table(id="c", name="child_info", source="x")).minors
    assert table_context(Table(id="c", name="t_x", source="x", comment="儿童档案")).minors
    assert not table_context(Table(id="c", name="ums_member", source="x")).minors


def test_same_name_in_people_and_thing_tables() -> None:
    assert categories("name", "varchar(64)", context=PEOPLE) == ["identity.name"]
    assert categories("name", "varchar(64)", context=THINGS) == []
    assert categories("amount", "decimal(10,2)", context=TableContext("transaction", "order")) \
        == ["financial.transaction"]
    assert categories("amount", "decimal(10,2)", context=TableContext("thing", "coupon")) == []


# -- type ------------------------------------------------------------------------------------

def test_type_fit() -> None:
    assert type_factor("boolean", "contact.email") is not None
    assert type_factor("tinyint(1)", "contact.phone") is not None
    assert type_factor("varchar(64)", "contact.phone") is None
    assert type_factor("jsonb", "contact.phone") is None  # a JSON can hold anything
    assert categories("email", "boolean") == []
    assert categories("is_mobile", "tinyint(1)") == []


def test_type_hints() -> None:
    assert {e.category for e in type_supports("inet")} == {"network.ip"}
    assert {e.category for e in type_supports("macaddr")} == {"device.mac"}
    assert categories("client_addr", "inet", context=NEUTRAL) == ["network.ip"]
    hint = type_supports("varchar(18)")
    assert [e.category for e in hint] == ["identity.national_id"] and hint[0].score < 0.5


SHAPE_FIELDS = ("column_type", "composite", "by_category", "factors", "static", "strength",
                "base", "texts", "named", "state", "state_label", "candidates", "sources",
                "topic_hits", "topic_keys", "needs_context")


def test_a_typed_shape_is_the_shape_read_with_its_type() -> None:
    # typed_shape takes what a type with its own hint (or a typed head's type) leaves alone
    # from the shape read without a type: the same as reading the column with its type.
    names = ["id_card", "idcard_no", "phone", "email", "client_addr", "remark", "status",
             "total", "total_products", "sum_amount", "name", "user_id", "address", "content"]
    comments = [None, "身份证号", "手机号码", "备注", "状态", "金额", "订单总额", "姓名"]
    types = ["char(18)", "varchar(18)", "inet", "macaddr", "geometry", "decimal(10,2)",
             "float", "char(18) binary"]
    compared = 0
    for name in names:
        for comment in comments:
            words = prepare_full(name_key(name), None, comment)
            for column_type in types:
                if not (type_supports(column_type) or _typed_head_supports(
                        words.name, column_type)):
                    continue
                typed = typed_shape(words, column_type)
                full = prepare_full(name_key(name), column_type, comment)
                for field in SHAPE_FIELDS:
                    mine, theirs = getattr(typed, field), getattr(full, field)
                    assert mine == theirs, (name, comment, column_type, field)
                    if isinstance(mine, dict):
                        assert list(mine) == list(theirs), (name, comment, column_type, field)
                compared += 1
    assert compared > 300


# -- values ----------------------------------------------------------------------------------

MOBILES = ["13812345678", "15912345678", "18612345678", "13700001111", "17712345678"]


def test_values_alone_tag_a_column_with_a_strong_validator() -> None:
    assert categories("c7", "varchar(20)", samples=MOBILES) == ["contact.phone"]
    outcome = combine("c7", "varchar(20)", None, PEOPLE, read_values(MOBILES))
    assert outcome.kept_evidence == ["values:5/5 valid mainland mobile numbers"]
    assert not any(m in " ".join(outcome.kept_evidence) for m in MOBILES)


def test_values_contradict_the_name() -> None:
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    assert categories("phone", "varchar(20)", samples=words) == []
    report = read_values(words)
    factor = value_factor(report, "contact.phone")
    assert factor is not None and factor.score < 0.5 and factor.label.startswith("0/6")


def test_weak_validators_only_confirm() -> None:
    uuids = [f"6D92078A-8246-4BA4-AE5B-76104861E7D{i}" for i in range(6)]
    assert categories("row_key", "varchar(36)", samples=uuids) == []
    assert categories("idfa", "varchar(36)", samples=uuids) == ["device.advertising_id"]


def test_organisation_codes_count_against_personal_ids() -> None:
    codes = ["91350100M000100Y43"] * 6
    assert categories("id_no", "varchar(18)", samples=codes) == []
    assert value_supports(read_values(codes)) == []


def test_json_samples_give_every_category_their_keys_show() -> None:
    blobs = ['{"mobile": "x", "home_address": "y", "nickname": "z"}'] * 4
    got = categories("ext", "json", samples=blobs, context=NEUTRAL)
    assert set(got) == {"contact.phone", "contact.address", "account.nickname"}


def test_composite_names() -> None:
    got = categories("Demographics", "xml", context=PEOPLE)
    assert {"identity.birth_date", "identity.gender", "special.marital"} <= set(got)


def test_coded_status_of_a_special_category_is_its_value() -> None:
    assert categories("disability_status", "varchar(20)") == ["special.specific_identity"]
    assert categories("marital_status", "char(1)") == ["special.marital"]
    assert categories("phone_status", "tinyint") == []  # a phone's status is not a phone


def test_words_that_rule_a_category_out() -> None:
    assert categories("notify_url", "varchar(255)", "通知地址") == []
    assert categories("address_detail", "varchar(127)", "详细收货地址") == ["contact.address"]


def test_plurals_and_units() -> None:
    assert categories("medications", "text") == ["health.medical"]
    assert categories("weight_kg", "decimal(5,2)") == ["health.physiological"]
    assert categories("weight", "decimal(8,2)", context=THINGS) == []


def test_a_thing_modifier_only_speaks_against_its_own_reading() -> None:
    # `bank` qualifies the name, while the comment says the account's bank (开户行).
    assert categories("bank_name", "varchar(50)", "开户行") == ["financial.bank_account"]
    # Without a comment, a bank's name is its own in a table about things, and the bank of
    # the person's account (开户行, as the taxonomy lists it) in a table of persons.
    assert categories("bank_name", "varchar(50)", context=THINGS) == []
    assert categories("bank_name", "varchar(50)", context=PEOPLE) == ["financial.bank_account"]
    assert categories("bank_code", "varchar(50)", context=PEOPLE) == []


def test_topic_tables_give_their_content_columns_a_category() -> None:
    messages = table_context(Table(id="m", name="im_message", source="x"))
    assert categories("content", "text", context=messages) == ["behavior.communication"]
    coupons = table_context(Table(id="s", name="sms_coupon", source="x"))
    assert categories("content", "text", context=coupons) == []
    assert categories("content", "text", context=PEOPLE) == []


def test_company_tables_are_about_things() -> None:
    offices = table_context(Table(id="o", name="offices", source="x"))
    assert offices.kind == "thing"
    assert categories("phone", "varchar(50)", context=offices) == []
    assert categories("CompanyName", "nvarchar(40)", context=offices) == []
    assert categories("ContactName", "nvarchar(30)", context=offices) == ["identity.name"]


def test_geography_points_at_precise_location() -> None:
    assert categories("DeliveryLocation", "geography") == ["location.precise"]
    assert categories("geom", "geometry", context=THINGS) == []


def test_the_head_words_phrase_wins() -> None:
    assert categories("login_user_name", "varchar(50)") == ["account.username"]
    assert categories("comment_author_email", "varchar(100)") == ["contact.email"]
    assert categories("comment_author_url", "varchar(200)") == []
    assert categories("avatar_file_name", "varchar(255)") == []
    assert categories("credit_card_last4", "char(4)") == ["financial.payment_card"]


def test_keys_to_other_tables_are_not_values() -> None:
    assert categories("dept_id", "bigint", "部门ID") == []
    assert categories("tag_ids", "varchar(255)", "用户标签编号数组") == []
    assert categories("third_id", "varchar(100)", "第三方登录的唯一标识") == ["account.third_party_id"]
    assert categories("area_id", "int", "所在地") == ["location.coarse"]


def test_system_accounts_are_things() -> None:
    mail = table_context(Table(id="m", name="system_mail_account", source="x"))
    assert mail.kind == "thing"
    assert categories("password", "varchar(255)", "密码", context=mail) == []
    assert table_context(Table(id="u", name="user_account", source="x")).kind == "people"


def test_chinese_column_names_read_like_comments() -> None:
    assert categories("手机号", "varchar(11)") == ["contact.phone"]
    assert categories("收货人姓名", "varchar(20)", context=THINGS) == ["identity.name"]
    assert categories("商品名称", "varchar(20)") == []


def test_escape_sequences_in_comments_do_not_hide_terms() -> None:
    assert categories("c_1", None, "\x1b[31m手机号\x1b[0m") == ["contact.phone"]


def test_english_comments_head_clause_and_owner() -> None:
    assert categories("c1", "varchar(64)", "Customer email address", NEUTRAL) == ["contact.email"]
    assert categories("c2", "date", "The date of birth of the patient", NEUTRAL) \
        == ["identity.birth_date"]
    assert categories("c3", "varchar(20)", "Phone number of the store", NEUTRAL) == []
    assert categories("c4", "varchar(20)", "Mobile phone number of the user", NEUTRAL) \
        == ["contact.phone"]
    assert categories("c5", "varchar(64)", "Name of the product", NEUTRAL) == []
    assert categories("c6", "datetime", "When the email was verified", NEUTRAL) == []


def test_values_inside_sampled_documents() -> None:
    docs = ['{"a": "13812345678", "b": {"c": "zhang@example.com"}}'] * 5
    assert set(categories("ext", "json", samples=docs, context=NEUTRAL)) == {
        "contact.phone", "contact.email"}
    survey = ["<Survey><BirthDate>1970-01-01</BirthDate><Gender>M</Gender>"
              "<YearlyIncome>50000</YearlyIncome></Survey>"] * 4
    got = set(categories("extra_xml", "xml", samples=survey, context=NEUTRAL))
    assert {"identity.birth_date", "identity.gender", "financial.property"} <= got


def test_masked_and_hashed_samples_set_the_state_not_a_contradiction() -> None:
    masked = ["138****5678", "139****0001", "186****1234", "150****9999", "177****1111"]
    outcome = combine("mobile", "varchar(20)", None, PEOPLE, read_values(masked))
    assert outcome.categories == ["contact.phone"] and outcome.state == "masked"
    assert "values:5/5 masked" in outcome.kept_evidence
    digests = ["e10adc3949ba59abbe56e057f20f883e"] * 6
    outcome = combine("phone", "varchar(64)", None, PEOPLE, read_values(digests))
    assert outcome.categories == ["contact.phone"] and outcome.state == "pseudonymized"
