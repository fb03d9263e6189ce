"""Korean romanised identifiers (data/languages/ko.yaml): Revised Romanization and the
abbreviations of the public-sector standard terms (flnm, brdt, telno, rrno, actno), scanned
through the real path, with the columns each must and must not tag."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

MEMBERS = """
CREATE TABLE tb_mbr (mbr_id varchar(20) PRIMARY KEY, flnm varchar(50), brdt char(8),
  sexdstn_cd char(1), mbl_telno varchar(15), telno varchar(15), eml_addr varchar(100),
  zip varchar(5), road_nm_addr varchar(200), dtl_addr varchar(200), rrno varchar(20),
  actno varchar(20), pswd varchar(64), occp_cd char(3), mrg_yn char(1),
  email_rcptn_agre_yn char(1), mail_yn char(1), use_yn char(1), frst_reg_dt datetime);
CREATE TABLE hoewon (id int PRIMARY KEY, ireum varchar(50), seongbyeol char(1),
  saengnyeonwoldil date, jeonhwa_beonho varchar(15), juso varchar(200), jumin_no varchar(14),
  gyejwa_beonho varchar(20), bimilbeonho varchar(64), jigeop varchar(50), yeonbong int);
CREATE TABLE tb_bzenty (bzenty_id int PRIMARY KEY, bzenty_nm varchar(100), brno varchar(10),
  telno varchar(15), addr varchar(200), rprsv_nm varchar(50));
CREATE TABLE jumun (id int PRIMARY KEY, hoewon_id int, geumaek decimal(10,0),
  baesong_juso varchar(200), suryeongin_ireum varchar(50));
CREATE TABLE sangpum (id int PRIMARY KEY, sangpum_ireum varchar(100), gagyeok int);
"""


def _categories(tmp_path: Path, ddl: str, expected: dict[tuple[str, str], list[str]]) -> None:
    schema = scan_ddl(tmp_path, ddl)
    for (table, column), categories in expected.items():
        assert column_of(schema, table, column).categories == categories, (table, column)


def test_korean_standard_terms_and_romanised_words_are_read(tmp_path: Path) -> None:
    name, phone, address = ["identity.name"], ["contact.phone"], ["contact.address"]
    _categories(tmp_path, MEMBERS, {
        ("tb_mbr", "flnm"): name, ("tb_mbr", "brdt"): ["identity.birth_date"],
        ("tb_mbr", "sexdstn_cd"): ["identity.gender"],
        ("tb_mbr", "mbl_telno"): phone, ("tb_mbr", "telno"): phone,
        ("tb_mbr", "eml_addr"): ["contact.email"], ("tb_mbr", "zip"): ["location.coarse"],
        ("tb_mbr", "road_nm_addr"): address, ("tb_mbr", "dtl_addr"): address,
        ("tb_mbr", "rrno"): ["identity.national_id"],
        ("tb_mbr", "actno"): ["financial.bank_account"],
        ("tb_mbr", "pswd"): ["account.credential"], ("tb_mbr", "occp_cd"): ["employment.info"],
        # a yes/no of marriage is the marital status
        ("tb_mbr", "mrg_yn"): ["special.marital"],
        ("hoewon", "ireum"): name, ("hoewon", "seongbyeol"): ["identity.gender"],
        ("hoewon", "saengnyeonwoldil"): ["identity.birth_date"],
        ("hoewon", "jeonhwa_beonho"): phone, ("hoewon", "juso"): address,
        ("hoewon", "jumin_no"): ["identity.national_id"],
        ("hoewon", "gyejwa_beonho"): ["financial.bank_account"],
        ("hoewon", "bimilbeonho"): ["account.credential"],
        ("hoewon", "jigeop"): ["employment.info"], ("hoewon", "yeonbong"): ["financial.property"],
        ("jumun", "geumaek"): ["financial.transaction"], ("jumun", "baesong_juso"): address,
        ("jumun", "suryeongin_ireum"): name,
        # the representative of a business is a person
        ("tb_bzenty", "rprsv_nm"): name,
    })


def test_korean_flags_businesses_and_products_are_no_ones(tmp_path: Path) -> None:
    _categories(tmp_path, MEMBERS, {
        # a consent to receive mail is no address; flags and audit dates are no one's
        ("tb_mbr", "email_rcptn_agre_yn"): [], ("tb_mbr", "mail_yn"): [], ("tb_mbr", "use_yn"): [],
        ("tb_mbr", "frst_reg_dt"): [],
        ("tb_bzenty", "bzenty_nm"): [], ("tb_bzenty", "brno"): [], ("tb_bzenty", "telno"): [],
        ("tb_bzenty", "addr"): [],
        ("sangpum", "sangpum_ireum"): [], ("sangpum", "gagyeok"): [],
    })


def test_korean_abbreviations_stay_out_of_english_names(tmp_path: Path) -> None:
    # yn makes a yes/no of a value only after a term; rrn is also a payment's retrieval
    # reference number and is left out.
    _categories(tmp_path, """
CREATE TABLE payment (id int PRIMARY KEY, user_id int, rrn varchar(12), amount decimal(10,2),
  status_cd char(2), refund_yn char(1));
CREATE TABLE users (id int PRIMARY KEY, active_yn char(1), lang_cd char(2));
CREATE TABLE product (id int PRIMARY KEY, name varchar(100), seong varchar(20), nai int,
  juso_url varchar(200));
""", {
        ("payment", "rrn"): [], ("payment", "amount"): ["financial.transaction"],
        ("payment", "status_cd"): [], ("payment", "refund_yn"): [],
        ("users", "active_yn"): [], ("users", "lang_cd"): [],
        ("product", "seong"): [], ("product", "nai"): [], ("product", "juso_url"): [],
    })


def test_public_sector_standard_abbreviations_of_members_and_staff(tmp_path: Path) -> None:
    # eGovFrame-style member and staff tables: mobile and fax numbers written MBTLNUM/FXNUM,
    # the login ids MBER_ID/EMPLYR_ID, the password answer, the certificate DN, an applicant's
    # and a representative's names.
    schema = scan_ddl(tmp_path, """
CREATE TABLE comtngnrlmber (MBER_ID varchar(20) PRIMARY KEY, PASSWORD varchar(200),
  PASSWORD_CNSR varchar(100), MBER_NM varchar(50), MBTLNUM varchar(20), MBER_FXNUM varchar(20),
  SEXDSTN_CODE char(1));
CREATE TABLE comtnemplyrinfo (EMPLYR_ID varchar(20) PRIMARY KEY, USER_NM varchar(60),
  FXNUM varchar(20), CRTFC_DN_VALUE varchar(100));
CREATE TABLE comtnentrprsmber (ENTRPRS_MBER_ID varchar(20) PRIMARY KEY, CMPNY_NM varchar(60),
  CXFC varchar(50), APPLCNT_NM varchar(50));
""")
    expected = {
        ("comtngnrlmber", "MBTLNUM"): "contact.phone",
        ("comtngnrlmber", "MBER_FXNUM"): "contact.phone",
        ("comtngnrlmber", "MBER_ID"): "account.username",
        ("comtngnrlmber", "PASSWORD_CNSR"): "account.credential",
        ("comtnemplyrinfo", "EMPLYR_ID"): "account.username",
        ("comtnemplyrinfo", "CRTFC_DN_VALUE"): "account.digital_certificate",
        ("comtnentrprsmber", "CXFC"): "identity.name",
        ("comtnentrprsmber", "APPLCNT_NM"): "identity.name",
    }
    for (table, column), category in expected.items():
        assert category in column_of(schema, table, column).categories, (table, column)
