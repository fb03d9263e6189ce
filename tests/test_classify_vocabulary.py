"""The vocabulary data files load, name only real categories, and each term does its job.

Adding a term is one line in classify/data/vocabulary.yaml plus a line in TERMS below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from privflow.classify.signals.comment import read_comment
from privflow.classify.signals.name import read_name
from privflow.classify.taxonomy import load_taxonomy
from privflow.classify.vocabulary import load_vocabulary, split_identifier, type_family

# (column name, category the name alone points at)
TERMS = [
    ("sfzh", "identity.national_id"), ("f_sjh", "contact.phone"), ("xm", "identity.name"),
    ("xb", "identity.gender"), ("csrq", "identity.birth_date"), ("dz", "contact.address"),
    ("yhk", "financial.bank_account"), ("msisdn", "contact.phone"), ("dob", "identity.birth_date"),
    ("ssn", "identity.national_id"), ("addr", "contact.address"), ("tel", "contact.phone"),
    ("shouji", "contact.phone"), ("wx_openid", "account.third_party_id"), ("imei", "device.id"),
    ("idfa", "device.advertising_id"), ("macAddress", "device.mac"), ("login_ip", "network.ip"),
    ("face_embedding", "biometric.face"), ("blood_type", "health.physiological"),
    ("passport_no", "identity.passport"), ("id_card_front", "identity.document_image"),
    ("strRealName", "identity.name"), ("zzmm", "special.political"), ("pwd_hash", "account.credential"),
]

# (comment, category)
COMMENT_TERMS = [
    ("手机号码", "contact.phone"), ("身份证号", "identity.national_id"), ("收货人姓名", "identity.name"),
    ("详细地址", "contact.address"), ("民族", "identity.ethnicity"), ("银行卡号", "financial.bank_account"),
    ("人脸特征", "biometric.face"), ("病史", "health.medical"), ("昵称", "account.nickname"),
    ("登录IP地址", "network.ip"), ("婚姻状况", "special.marital"), ("Email address", "contact.email"),
]


@pytest.mark.parametrize(("name", "category"), TERMS)
def test_name_terms(name: str, category: str) -> None:
    assert category in {e.category for e in read_name(name).supports if e.score >= 0.8}


@pytest.mark.parametrize(("comment", "category"), COMMENT_TERMS)
def test_comment_terms(comment: str, category: str) -> None:
    assert category in {e.category for e in read_comment(comment).supports if e.score >= 0.8}


def test_every_vocabulary_category_is_a_taxonomy_id() -> None:
    vocab = load_vocabulary()
    ids = set(load_taxonomy())
    terms = list(vocab.name_terms.values()) + list(vocab.comment_terms.values())
    assert terms and all(t.category in ids for t in terms)
    assert all(set(b) <= ids for b in vocab.bundles.values())
    assert vocab.things_have_too <= ids
    assert set(vocab.types["enumerable"]) <= ids and set(vocab.types["fits"]) <= ids


def test_yaml_words_stay_strings() -> None:
    # `no`, `on`, `off` would be booleans under YAML 1.1.
    vocab = load_vocabulary()
    assert "no" in vocab.generic_heads
    assert all(isinstance(w, str) for w in vocab.known_words)


def test_split_identifier() -> None:
    assert split_identifier("receiverPhone") == ["receiver", "phone"]
    assert split_identifier("RECEIVER_PHONE") == ["receiver", "phone"]
    assert split_identifier("BillingPostalCode") == ["billing", "postal", "code"]
    assert split_identifier("receiverphone") == ["receiver", "phone"]
    assert split_identifier("phone_md5") == ["phone", "md5"]
    assert split_identifier("address2") == ["address2"]
    assert split_identifier("sessionId") == ["session", "id"]


@pytest.mark.parametrize("name", [
    "receiverPhone", "RECEIVER_PHONE", "receiverphone", "phone_md5", "address2", "t_12345",
    "shisetsufee", "nasipaddress", "cards", "labevents", "Endereço", "Фамилия", "手机号码",
    "iam_user_info", "mxk_userinfo", "contactinfo", "phone_2", "", "___", "ums_member_tag",
    "labevents", "inputevents_cv", "valutazionifinali"])
def test_identifier_words_are_split_identifiers_readings(name: str) -> None:
    # One memoised split serves the resolver, the table context and the name reading: each of
    # its readings is the one split_identifier gives with that reading's arguments.
    from privflow.classify.facts import load_domains
    from privflow.classify.vocabulary import identifier_words, plain_words, split_name

    words = identifier_words(name)
    assert words.plain == plain_words(name) == tuple(split_identifier(name, known=None))
    assert words.known == tuple(split_identifier(name))
    assert words.glued == tuple(split_identifier(name, glue=True))
    domain_words = load_domains().known  # facts.words_of's vocabulary
    assert split_name(name, domain_words) == split_identifier(name, known=domain_words)


def test_type_families() -> None:
    assert type_family("varchar(18)") == "text"
    assert type_family("tinyint(1)") == "smallint"
    assert type_family("int(1)") == "smallint"
    assert type_family("BOOLEAN") == "bool"
    assert type_family("decimal(10, 2)") == "decimal"
    assert type_family("float4[]") == "vector"
    assert type_family("inet") == "inet"
    assert type_family("jsonb") == "json"
    assert type_family(None) is None


def test_every_language_file_loads_with_known_categories_and_kinds() -> None:
    from privflow.classify.taxonomy import load_taxonomy
    from privflow.classify.vocabulary import language_files, load_vocabulary

    files = language_files()
    assert {Path(path).stem for path, _ in files} >= {"pt", "es", "fr", "de", "it"}
    taxonomy = load_taxonomy()
    vocab = load_vocabulary()
    for path, data in files:
        for category in data.get("name_terms", {}):
            assert category in taxonomy, (path, category)
        for kind in data.get("table_words", {}):
            assert kind in vocab.table_words, (path, kind)
    # The merged vocabulary holds them, folded to the words identifiers use.
    assert vocab.name_terms[("data", "nascimento")].category == "identity.birth_date"
    assert "clientes" in vocab.table_words["people"]


def test_a_form_name_is_no_middle_name() -> None:
    from privflow.classify.vocabulary import identifier_words

    # formname: form + name, not for + mname (a middle name's short form)
    assert identifier_words("formname").glued == ("form", "name")
    assert identifier_words("platformname").glued == ("platform", "name")
