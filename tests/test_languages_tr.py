"""Turkish identifiers (data/languages/tr.yaml): small schemas as Turkish developers name them,
scanned through the real path, with the columns each must and must not tag."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SHOP = """
CREATE TABLE musteriler (musteri_id int PRIMARY KEY, ad varchar(50), soyad varchar(50),
  adi_soyadi varchar(100), tc_kimlik_no char(11), TCKimlikNo char(11), tckn char(11),
  dogum_tarihi date, DogumTarihi date, dgm_tarihi date, dogum_yeri varchar(50), cinsiyet char(1),
  yas int, telefon varchar(20), cep_telefonu varchar(20), CepTel varchar(20),
  eposta varchar(100), adres varchar(255), il varchar(30), ilce varchar(30),
  posta_kodu varchar(5), medeni_hali varchar(10), meslek varchar(50),
  kullanici_adi varchar(50), sifre varchar(64), iban varchar(34), hesap_no varchar(20),
  baba_adi varchar(50), yakini varchar(50), uyruk varchar(30), pasaport_no varchar(20), ehliyet_no varchar(20),
  kayit_tarihi datetime, aktif boolean, durum int, telefon_onay boolean, adres_tipi int);
CREATE TABLE urunler (urun_id int PRIMARY KEY, urun_adi varchar(100), fiyat decimal(10,2),
  kategori_id int, stok int, aciklama text, ad varchar(50));
CREATE TABLE firmalar (id int PRIMARY KEY, firma_adi varchar(100), unvan varchar(100),
  vergi_no varchar(10), telefon varchar(20), adres varchar(255), il varchar(30),
  yetkili_adi varchar(50));
CREATE TABLE siparisler (id int PRIMARY KEY, musteri_id int, toplam_tutar decimal(10,2),
  siparis_tarihi datetime, teslimat_adresi varchar(255), durum int);
"""

CLINIC = """
CREATE TABLE hastalar (id int PRIMARY KEY, adi varchar(50), soyadi varchar(50), teshis text,
  alerjiler text, kan_grubu varchar(5), kilo decimal(5,2), sigorta_sicil_no varchar(20),
  yakini_adi varchar(50), yakin_tel varchar(20));
CREATE TABLE ogrenciler (id int PRIMARY KEY, ogrenci_no varchar(10), adi varchar(50),
  soyadi varchar(50), veli_adi varchar(50), veli_tel varchar(20), sinif varchar(5));
CREATE TABLE cari_hareket (id int PRIMARY KEY, firma_id int, borc decimal(12,2),
  alacak decimal(12,2), bakiye decimal(12,2), aciklama varchar(200));
"""


def _categories(tmp_path: Path, ddl: str, expected: dict[tuple[str, str], list[str]]) -> None:
    schema = scan_ddl(tmp_path, ddl)
    for (table, column), categories in expected.items():
        assert column_of(schema, table, column).categories == categories, (table, column)


def test_a_turkish_customer_table_is_read(tmp_path: Path) -> None:
    name, nid, birth = ["identity.name"], ["identity.national_id"], ["identity.birth_date"]
    phone, coarse = ["contact.phone"], ["location.coarse"]
    _categories(tmp_path, SHOP, {
        ("musteriler", "ad"): name, ("musteriler", "soyad"): name,
        ("musteriler", "adi_soyadi"): name, ("musteriler", "baba_adi"): name,
        ("musteriler", "yakini"): name,
        ("musteriler", "tc_kimlik_no"): nid, ("musteriler", "TCKimlikNo"): nid,
        ("musteriler", "tckn"): nid,
        ("musteriler", "dogum_tarihi"): birth, ("musteriler", "DogumTarihi"): birth,
        ("musteriler", "dgm_tarihi"): birth, ("musteriler", "dogum_yeri"): coarse,
        ("musteriler", "cinsiyet"): ["identity.gender"], ("musteriler", "yas"): ["identity.age"],
        ("musteriler", "telefon"): phone, ("musteriler", "cep_telefonu"): phone,
        ("musteriler", "CepTel"): phone, ("musteriler", "eposta"): ["contact.email"],
        ("musteriler", "adres"): ["contact.address"], ("musteriler", "il"): coarse,
        ("musteriler", "ilce"): coarse, ("musteriler", "posta_kodu"): coarse,
        ("musteriler", "medeni_hali"): ["special.marital"],
        ("musteriler", "meslek"): ["employment.info"],
        ("musteriler", "kullanici_adi"): ["account.username"],
        ("musteriler", "sifre"): ["account.credential"],
        ("musteriler", "iban"): ["financial.bank_account"],
        ("musteriler", "hesap_no"): ["financial.bank_account"],
        ("musteriler", "uyruk"): ["identity.nationality"],
        ("musteriler", "pasaport_no"): ["identity.passport"],
        ("musteriler", "ehliyet_no"): ["identity.other_document"],
        ("siparisler", "toplam_tutar"): ["financial.transaction"],
        ("siparisler", "teslimat_adresi"): ["contact.address"],
        # the company's contact person
        ("firmalar", "yetkili_adi"): name,
    })


def test_turkish_statuses_products_and_companies_are_no_ones(tmp_path: Path) -> None:
    _categories(tmp_path, SHOP, {
        ("musteriler", "kayit_tarihi"): [], ("musteriler", "aktif"): [],
        ("musteriler", "durum"): [],
        # the phone's confirmation flag and the address's type describe the value
        ("musteriler", "telefon_onay"): [], ("musteriler", "adres_tipi"): [],
        ("urunler", "urun_adi"): [], ("urunler", "fiyat"): [], ("urunler", "ad"): [],
        ("firmalar", "firma_adi"): [], ("firmalar", "unvan"): [], ("firmalar", "vergi_no"): [],
        ("firmalar", "telefon"): [], ("firmalar", "adres"): [], ("firmalar", "il"): [],
        ("siparisler", "durum"): [],
    })


def test_turkish_patients_pupils_and_a_companys_ledger(tmp_path: Path) -> None:
    name = ["identity.name"]
    _categories(tmp_path, CLINIC, {
        ("hastalar", "adi"): name, ("hastalar", "soyadi"): name,
        ("hastalar", "teshis"): ["health.medical"], ("hastalar", "alerjiler"): ["health.medical"],
        ("hastalar", "kan_grubu"): ["health.physiological"],
        ("hastalar", "kilo"): ["health.physiological"],
        ("hastalar", "sigorta_sicil_no"): ["identity.other_document"],
        ("hastalar", "yakini_adi"): name, ("hastalar", "yakin_tel"): ["contact.phone"],
        ("ogrenciler", "veli_adi"): name, ("ogrenciler", "veli_tel"): ["contact.phone"],
        ("ogrenciler", "sinif"): ["employment.info"],
        # a company's current-account debit and balance are no person's
        ("cari_hareket", "borc"): [], ("cari_hareket", "alacak"): [],
        ("cari_hareket", "bakiye"): [],
    })


def test_turkish_short_words_stay_out_of_english_names(tmp_path: Path) -> None:
    # `ad` (a name) and `il` (a province) are English and Italian too: people-class only.
    _categories(tmp_path, """
CREATE TABLE campaign (id int PRIMARY KEY, ad varchar(100), ad_title varchar(100),
  il varchar(10), budget decimal(10,2));
CREATE TABLE users (id int PRIMARY KEY, email varchar(100), ad_source varchar(30),
  ad_clicks int, tc_accepted tinyint, tc_version varchar(10), is_tel tinyint);
CREATE TABLE product (id int PRIMARY KEY, name varchar(100), ad_text varchar(200));
""", {
        ("campaign", "ad"): [], ("campaign", "ad_title"): [], ("campaign", "il"): [],
        ("users", "email"): ["contact.email"], ("users", "ad_source"): [],
        ("users", "ad_clicks"): [], ("users", "tc_accepted"): [], ("users", "tc_version"): [],
        ("users", "is_tel"): [], ("product", "ad_text"): [],
    })
