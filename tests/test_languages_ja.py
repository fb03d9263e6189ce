"""Japanese romanised identifiers (data/languages/ja.yaml): Hepburn, kunrei and mixed spellings
as Japanese business systems name them, scanned through the real path, with the columns each
must and must not tag."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

MEMBERS = """
CREATE TABLE m_kokyaku (kokyaku_id int PRIMARY KEY, shimei varchar(50), simei_kana varchar(50),
  sei varchar(20), mei varchar(20), sei_kana varchar(20), mei_kana varchar(20),
  seibetsu char(1), seibetu_kbn char(1), seinengappi date, nenrei int, yubin_bango char(7),
  yuubin_bangou char(7), todofuken varchar(10), shikuchoson varchar(50), jusho varchar(200),
  jyusho2 varchar(200), zyusyo varchar(200), denwa_bango varchar(15), keitai_bango varchar(15),
  kouza_bango varchar(10), ginko_mei varchar(50), shokugyo varchar(50), kinmusaki varchar(100),
  kekkon_umu char(1), ketsuekigata varchar(2), my_number char(12), pasuwado varchar(64),
  nikkunemu varchar(50), toroku_bi date, kaiin_rank int, koshin_nichiji datetime);
CREATE TABLE m_shohin (shohin_cd varchar(10) PRIMARY KEY, shohin_mei varchar(100),
  tanka decimal(10,0), kategori_cd varchar(5));
CREATE TABLE m_torihikisaki (torihikisaki_cd varchar(10) PRIMARY KEY,
  torihikisaki_mei varchar(100), jusho varchar(200), denwa_bango varchar(15),
  tantosha_mei varchar(50));
CREATE TABLE t_yoyaku (yoyaku_id int PRIMARY KEY, kaiin_id int, yoyaku_bi date, ninzu int,
  ryokin decimal(10,0), daihyosha_mei varchar(50), shiharai_keitai varchar(10));
CREATE TABLE m_shain (shain_no int PRIMARY KEY, shain_mei varchar(50), yakushoku varchar(20),
  kyuyo decimal(10,0), koyo_keitai varchar(10));
CREATE TABLE t_karute (karute_id int PRIMARY KEY, kanja_id int, shindan varchar(200),
  byomei varchar(100), arerugi text);
"""


def _categories(tmp_path: Path, ddl: str, expected: dict[tuple[str, str], list[str]]) -> None:
    schema = scan_ddl(tmp_path, ddl)
    for (table, column), categories in expected.items():
        assert column_of(schema, table, column).categories == categories, (table, column)


def test_a_japanese_member_master_is_read_in_every_spelling(tmp_path: Path) -> None:
    name, address, coarse = ["identity.name"], ["contact.address"], ["location.coarse"]
    _categories(tmp_path, MEMBERS, {
        ("m_kokyaku", "shimei"): name, ("m_kokyaku", "simei_kana"): name,
        ("m_kokyaku", "sei"): name, ("m_kokyaku", "mei"): name,
        ("m_kokyaku", "sei_kana"): name, ("m_kokyaku", "mei_kana"): name,
        ("m_kokyaku", "seibetsu"): ["identity.gender"],
        # a classification code of the sex is the sex
        ("m_kokyaku", "seibetu_kbn"): ["identity.gender"],
        ("m_kokyaku", "seinengappi"): ["identity.birth_date"],
        ("m_kokyaku", "nenrei"): ["identity.age"],
        ("m_kokyaku", "yubin_bango"): coarse, ("m_kokyaku", "yuubin_bangou"): coarse,
        ("m_kokyaku", "todofuken"): coarse, ("m_kokyaku", "shikuchoson"): coarse,
        ("m_kokyaku", "jusho"): address, ("m_kokyaku", "jyusho2"): address,
        ("m_kokyaku", "zyusyo"): address,
        ("m_kokyaku", "denwa_bango"): ["contact.phone"],
        ("m_kokyaku", "keitai_bango"): ["contact.phone"],
        ("m_kokyaku", "kouza_bango"): ["financial.bank_account"],
        ("m_kokyaku", "ginko_mei"): ["financial.bank_account"],
        ("m_kokyaku", "shokugyo"): ["employment.info"],
        ("m_kokyaku", "kinmusaki"): ["employment.info"],
        ("m_kokyaku", "kekkon_umu"): ["special.marital"],
        ("m_kokyaku", "ketsuekigata"): ["health.physiological"],
        ("m_kokyaku", "my_number"): ["identity.national_id"],
        ("m_kokyaku", "pasuwado"): ["account.credential"],
        ("m_kokyaku", "nikkunemu"): ["account.nickname"],
        ("t_yoyaku", "ryokin"): ["financial.transaction"],
        ("t_yoyaku", "daihyosha_mei"): name,
        ("m_torihikisaki", "tantosha_mei"): name,
        ("m_shain", "shain_mei"): name, ("m_shain", "yakushoku"): ["employment.info"],
        ("m_shain", "kyuyo"): ["financial.property"],
        ("t_karute", "shindan"): ["health.medical"], ("t_karute", "byomei"): ["health.medical"],
        ("t_karute", "arerugi"): ["health.medical"],
    })


def test_japanese_products_partners_and_forms_are_no_ones(tmp_path: Path) -> None:
    _categories(tmp_path, MEMBERS, {
        ("m_kokyaku", "toroku_bi"): [], ("m_kokyaku", "kaiin_rank"): [],
        ("m_kokyaku", "koshin_nichiji"): [],
        # mei after a thing's word is the thing's name
        ("m_shohin", "shohin_mei"): [], ("m_shohin", "tanka"): [],
        ("m_torihikisaki", "torihikisaki_mei"): [], ("m_torihikisaki", "jusho"): [],
        ("m_torihikisaki", "denwa_bango"): [],
        # 形態, the form of payment, is no mobile (携帯), though both are keitai
        ("t_yoyaku", "shiharai_keitai"): [], ("t_yoyaku", "ninzu"): [],
    })


def test_japanese_short_words_stay_out_of_english_names(tmp_path: Path) -> None:
    # sei and mei are a name only in a table of persons; kbn, umu and bango read only after a
    # term.
    _categories(tmp_path, """
CREATE TABLE product (id int PRIMARY KEY, mei varchar(50), sei varchar(20), kbn char(1),
  umu char(1), bango varchar(10));
CREATE TABLE users (id int PRIMARY KEY, status_kbn char(1), email varchar(100),
  theme varchar(20), keitai_kbn char(1));
""", {
        ("product", "mei"): [], ("product", "sei"): [], ("product", "kbn"): [],
        ("product", "umu"): [], ("product", "bango"): [],
        ("users", "status_kbn"): [], ("users", "email"): ["contact.email"],
        ("users", "theme"): [],
    })


def test_a_japanese_resident_register_in_camel_case(tmp_path: Path) -> None:
    # Municipal systems write romaji in camelCase with English suffixes (seinengappiYMD).
    _categories(tmp_path, """
CREATE TABLE atena (shikibetsuCode varchar(15) PRIMARY KEY, kanjiShimei varchar(60),
  kanaShimei varchar(60), seinengappiYMD char(8), seibetsuCode char(1), yubinNo char(7),
  zenkokuJushoCode varchar(11), gyoseikuCode varchar(5), tsuzukigaraCode varchar(4),
  jusho varchar(200), katagaki varchar(100), juminShubetsuCode char(1));
""", {
        ("atena", "kanjiShimei"): ["identity.name"], ("atena", "kanaShimei"): ["identity.name"],
        ("atena", "seinengappiYMD"): ["identity.birth_date"],
        ("atena", "seibetsuCode"): ["identity.gender"],
        ("atena", "yubinNo"): ["location.coarse"],
        # a code of the address names its town; the ward is a coarse place too
        ("atena", "zenkokuJushoCode"): ["location.coarse"],
        ("atena", "gyoseikuCode"): ["location.coarse"],
        ("atena", "tsuzukigaraCode"): ["identity.family_relation"],
        ("atena", "jusho"): ["contact.address"], ("atena", "katagaki"): ["contact.address"],
        ("atena", "shikibetsuCode"): [], ("atena", "juminShubetsuCode"): [],
    })


def test_japanese_comments_of_a_members_points_and_purchases(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE member (MEMBER_ID int PRIMARY KEY, MEMBER_NAME varchar(180) COMMENT '会員名称');
CREATE TABLE member_service (MEMBER_SERVICE_ID int PRIMARY KEY, MEMBER_ID int,
  SERVICE_POINT_COUNT int COMMENT 'サービスポイント数 : 購入したら増えて使ったら減る。');
CREATE TABLE purchase (PURCHASE_ID bigint PRIMARY KEY, MEMBER_ID int, PRODUCT_ID int,
  PURCHASE_PRICE int COMMENT '購入価格 : 購入によって実際に会員が支払った価格。');
""")
    assert column_of(schema, "member_service", "SERVICE_POINT_COUNT").categories == [
        "financial.property"]
    assert column_of(schema, "purchase", "PURCHASE_PRICE").categories == [
        "financial.transaction"]


def test_a_names_reading_is_the_name(tmp_path: Path) -> None:
    # last_name_yomi: the reading (yomi, furigana) of a patient's name is the name.
    schema = scan_ddl(tmp_path, """
CREATE TABLE patient (patient_id int PRIMARY KEY, last_name varchar(40), first_name varchar(40),
  last_name_yomi varchar(40), first_name_furigana varchar(40), birth_day date);
""")
    for column in ("last_name_yomi", "first_name_furigana"):
        assert column_of(schema, "patient", column).categories == ["identity.name"], column
