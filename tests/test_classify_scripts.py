"""Comments in Traditional Chinese, Japanese and Korean, and identifiers with Turkish letters,
read through the same vocabularies as Simplified Chinese and ASCII ones."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl
from privflow.classify.vocabulary import fold_han


def test_traditional_and_japanese_forms_fold_to_simplified() -> None:
    assert fold_han("手機號碼") == "手机号码"
    assert fold_han("携帯電話") == "携带电话"
    assert fold_han("既往歴") == "既往历"
    # Characters Chinese writes as they are stay (予 is no 豫), and ASCII is untouched.
    assert fold_han("予约") == "予约"
    assert fold_han("phone") == "phone"


def test_comments_in_traditional_chinese_japanese_and_korean(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE `會員` (`id` int PRIMARY KEY, `c1` varchar(20) COMMENT '手機號碼',
  `c2` varchar(20) COMMENT '身分證字號', `c3` varchar(200) COMMENT '通訊地址',
  `c4` varchar(100) COMMENT '商品名稱');
CREATE TABLE m_kaiin (kaiin_id int PRIMARY KEY, c1 varchar(50) COMMENT '氏名',
  c2 varchar(20) COMMENT '携帯電話', c3 date COMMENT '生年月日', c4 char(1) COMMENT '性別',
  c5 varchar(200) COMMENT '住所', c6 varchar(100) COMMENT 'メールアドレス',
  c7 varchar(100) COMMENT '商品コード');
CREATE TABLE hoewon (id int PRIMARY KEY, c1 varchar(50) COMMENT '회원 이름',
  c2 varchar(20) COMMENT '휴대폰 번호', c3 varchar(14) COMMENT '주민등록번호',
  c4 varchar(100) COMMENT '상품명');
""")
    expected = {
        ("會員", "c1"): ["contact.phone"], ("會員", "c2"): ["identity.national_id"],
        ("會員", "c3"): ["contact.address"], ("會員", "c4"): [],
        ("m_kaiin", "c1"): ["identity.name"], ("m_kaiin", "c2"): ["contact.phone"],
        ("m_kaiin", "c3"): ["identity.birth_date"], ("m_kaiin", "c4"): ["identity.gender"],
        ("m_kaiin", "c5"): ["contact.address"], ("m_kaiin", "c6"): ["contact.email"],
        ("m_kaiin", "c7"): [],
        ("hoewon", "c1"): ["identity.name"], ("hoewon", "c2"): ["contact.phone"],
        ("hoewon", "c3"): ["identity.national_id"], ("hoewon", "c4"): [],
    }
    for (table, column), categories in expected.items():
        assert column_of(schema, table, column).categories == categories, (table, column)
    assert column_of(schema, "hoewon", "c3").sensitive


def test_turkish_dotless_i_reads_as_i(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE musteri (id int PRIMARY KEY, soyadı varchar(50), kullanıcı_adı varchar(50));
""")
    assert column_of(schema, "musteri", "soyadı").categories == ["identity.name"]
    assert column_of(schema, "musteri", "kullanıcı_adı").categories == ["account.username"]


def test_cyrillic_names_and_comments_read_as_romanised_russian(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE sotrudniki (id int PRIMARY KEY, c1 varchar(50) COMMENT 'Фамилия',
  c2 date COMMENT 'Дата рождения', c3 varchar(100) COMMENT 'Название товара');
CREATE TABLE клиенты (id int PRIMARY KEY, ФАМИЛИЯ varchar(50), имя varchar(50),
  телефон varchar(20), адрес varchar(200));
""")
    assert column_of(schema, "sotrudniki", "c1").categories == ["identity.name"]
    assert column_of(schema, "sotrudniki", "c2").categories == ["identity.birth_date"]
    assert column_of(schema, "sotrudniki", "c3").categories == []
    for column, category in (("ФАМИЛИЯ", "identity.name"), ("имя", "identity.name"),
                             ("телефон", "contact.phone"), ("адрес", "contact.address")):
        assert column_of(schema, "клиенты", column).categories == [category], column
