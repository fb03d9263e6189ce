"""Vietnamese identifiers (data/languages/vi.yaml): small schemas as Vietnamese developers name
them (PascalCase textbook schemas, snake_case, glued lower case), scanned through the real
path, with the columns each must and must not tag."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl

SALES = """
CREATE TABLE KhachHang (MaKH int PRIMARY KEY, HoTenKH nvarchar(50), TenKH nvarchar(50),
  SoDienThoai varchar(15), DiaChiKH nvarchar(100), NgaySinh date, GioiTinh bit,
  CMND varchar(12), Email varchar(50), DiemTichLuy int, TinhTrang int, LoaiKH int,
  NgayDangKy datetime);
CREATE TABLE SanPham (MaSP int PRIMARY KEY, TenSP nvarchar(100), Gia decimal(10,2),
  SoLuong int, MoTa ntext, TenHang nvarchar(50));
CREATE TABLE HoaDon (MaHD int PRIMARY KEY, MaKH int, NgayLap datetime, TongTien decimal(12,2),
  DiaChiGiaoHang nvarchar(200), SdtNguoiNhan varchar(15), TenNguoiNhan nvarchar(50));
CREATE TABLE ChiTietHoaDon (MaHD int, MaSP int, TenSanPham nvarchar(100), SoLuong int,
  DonGia decimal(10,2), ThanhTien decimal(12,2));
CREATE TABLE nha_cung_cap (id int PRIMARY KEY, ten_ncc varchar(100), dia_chi varchar(100),
  so_dien_thoai varchar(15), ma_so_thue varchar(15));
CREATE TABLE NhanVien (MaNV int PRIMARY KEY, HoNV nvarchar(20), TenLot nvarchar(20),
  TenNV nvarchar(20), Phai nvarchar(3), DiaChi nvarchar(100), Luong decimal(10,2),
  ChucVu nvarchar(50), SoBHXH varchar(20));
"""

CITIZENS = """
CREATE TABLE khachhang (id int PRIMARY KEY, hoten varchar(50), ngaysinh date, gioitinh int,
  sodienthoai varchar(15), diachi varchar(100), sdt varchar(15), tai_khoan varchar(50),
  mat_khau varchar(64), ten_dang_nhap varchar(50), quoc_tich varchar(20), dan_toc varchar(20),
  ton_giao varchar(20), so_ho_chieu varchar(20), cccd varchar(12), tinh_thanh varchar(30),
  quan_huyen varchar(30), phuong_xa varchar(30), tinh varchar(30), tinh_trang int,
  phuong_thuc_lien_lac int, so_tai_khoan varchar(20), ngan_hang varchar(50),
  nghe_nghiep varchar(50), tinh_trang_hon_nhan int, dia_chi_thuong_tru varchar(200),
  que_quan varchar(100), noi_sinh varchar(100), sdt_xac_thuc bit, so_du decimal(12,2),
  so_luong int);
CREATE TABLE benh_nhan (id int PRIMARY KEY, ho_ten varchar(50), ngay_sinh date,
  so_bhyt varchar(20), chan_doan text, tien_su_benh text, di_ung text, nhom_mau varchar(3),
  chieu_cao int);
CREATE TABLE hoc_sinh (id int PRIMARY KEY, ho_ten varchar(50), lop varchar(10),
  ho_ten_cha varchar(50), sdt_phu_huynh varchar(15));
CREATE TABLE don_vi (id int PRIMARY KEY, ten_don_vi varchar(100), dia_chi varchar(100));
CREATE TABLE lich_kham (id int PRIMARY KEY, ma_benh_nhan varchar(16), ten_benh_nhan varchar(50),
  so_dt_benh_nhan char(10), ngay_kham date, ly_do_kham text, tinh_trang int);
CREATE TABLE tai_khoan (ma_tai_khoan varchar(16) PRIMARY KEY, ten_nguoi_dung varchar(100),
  so_dt_nv char(10), mat_khau varchar(100));
"""


def _categories(tmp_path: Path, ddl: str, expected: dict[tuple[str, str], list[str]]) -> None:
    schema = scan_ddl(tmp_path, ddl)
    for (table, column), categories in expected.items():
        assert column_of(schema, table, column).categories == categories, (table, column)


def test_a_vietnamese_textbook_sales_schema_is_read(tmp_path: Path) -> None:
    name, phone = ["identity.name"], ["contact.phone"]
    _categories(tmp_path, SALES, {
        ("KhachHang", "HoTenKH"): name, ("KhachHang", "TenKH"): name,
        ("KhachHang", "SoDienThoai"): phone, ("KhachHang", "DiaChiKH"): ["contact.address"],
        ("KhachHang", "NgaySinh"): ["identity.birth_date"],
        ("KhachHang", "GioiTinh"): ["identity.gender"],
        ("KhachHang", "CMND"): ["identity.national_id"],
        ("KhachHang", "DiemTichLuy"): ["financial.property"],
        ("HoaDon", "TongTien"): ["financial.transaction"],
        ("HoaDon", "DiaChiGiaoHang"): ["contact.address"],
        ("HoaDon", "SdtNguoiNhan"): phone, ("HoaDon", "TenNguoiNhan"): name,
        ("ChiTietHoaDon", "ThanhTien"): ["financial.transaction"],
        ("NhanVien", "HoNV"): name, ("NhanVien", "TenLot"): name, ("NhanVien", "TenNV"): name,
        ("NhanVien", "Phai"): ["identity.gender"], ("NhanVien", "Luong"): ["financial.property"],
        ("NhanVien", "ChucVu"): ["employment.info"],
        ("NhanVien", "SoBHXH"): ["identity.other_document"],
    })


def test_vietnamese_codes_products_quantities_and_suppliers_are_no_ones(tmp_path: Path) -> None:
    _categories(tmp_path, SALES, {
        ("KhachHang", "MaKH"): [], ("KhachHang", "TinhTrang"): [], ("KhachHang", "LoaiKH"): [],
        ("KhachHang", "NgayDangKy"): [],
        ("SanPham", "TenSP"): [], ("SanPham", "Gia"): [], ("SanPham", "TenHang"): [],
        # so_luong is a quantity, not a wage (luong)
        ("SanPham", "SoLuong"): [], ("ChiTietHoaDon", "SoLuong"): [],
        ("ChiTietHoaDon", "TenSanPham"): [], ("ChiTietHoaDon", "DonGia"): [],
        ("nha_cung_cap", "ten_ncc"): [], ("nha_cung_cap", "dia_chi"): [],
        ("nha_cung_cap", "so_dien_thoai"): [], ("nha_cung_cap", "ma_so_thue"): [],
    })


def test_vietnamese_citizens_patients_and_pupils(tmp_path: Path) -> None:
    coarse, medical = ["location.coarse"], ["health.medical"]
    _categories(tmp_path, CITIZENS, {
        ("khachhang", "hoten"): ["identity.name"], ("khachhang", "ngaysinh"): ["identity.birth_date"],
        ("khachhang", "gioitinh"): ["identity.gender"], ("khachhang", "sodienthoai"): ["contact.phone"],
        ("khachhang", "diachi"): ["contact.address"], ("khachhang", "sdt"): ["contact.phone"],
        ("khachhang", "tai_khoan"): ["account.username"],
        ("khachhang", "mat_khau"): ["account.credential"],
        ("khachhang", "ten_dang_nhap"): ["account.username"],
        ("khachhang", "quoc_tich"): ["identity.nationality"],
        ("khachhang", "dan_toc"): ["identity.ethnicity"],
        ("khachhang", "ton_giao"): ["special.religion"],
        ("khachhang", "so_ho_chieu"): ["identity.passport"],
        ("khachhang", "cccd"): ["identity.national_id"],
        ("khachhang", "tinh_thanh"): coarse, ("khachhang", "quan_huyen"): coarse,
        ("khachhang", "phuong_xa"): coarse, ("khachhang", "tinh"): coarse,
        ("khachhang", "que_quan"): coarse, ("khachhang", "noi_sinh"): coarse,
        ("khachhang", "so_tai_khoan"): ["financial.bank_account"],
        ("khachhang", "ngan_hang"): ["financial.bank_account"],
        ("khachhang", "nghe_nghiep"): ["employment.info"],
        ("khachhang", "tinh_trang_hon_nhan"): ["special.marital"],
        ("khachhang", "dia_chi_thuong_tru"): ["contact.address"],
        ("khachhang", "so_du"): ["financial.property"],
        # a state (tinh_trang) and a way of contact (phuong_thuc) are no province or ward; a
        # phone's verification flag is no phone; a quantity is no wage
        ("khachhang", "tinh_trang"): [], ("khachhang", "phuong_thuc_lien_lac"): [],
        ("khachhang", "sdt_xac_thuc"): [], ("khachhang", "so_luong"): [],
        ("benh_nhan", "ho_ten"): ["identity.name"],
        ("benh_nhan", "so_bhyt"): ["identity.other_document"],
        ("benh_nhan", "chan_doan"): medical, ("benh_nhan", "tien_su_benh"): medical,
        ("benh_nhan", "di_ung"): medical, ("benh_nhan", "nhom_mau"): ["health.physiological"],
        ("benh_nhan", "chieu_cao"): ["health.physiological"],
        ("hoc_sinh", "ho_ten_cha"): ["identity.name"],
        ("hoc_sinh", "sdt_phu_huynh"): ["contact.phone"], ("hoc_sinh", "lop"): ["employment.info"],
        # a unit's name and address
        ("don_vi", "ten_don_vi"): [], ("don_vi", "dia_chi"): [],
        # ma_X is the code of X: the patient's and the account's keys are no disease and no
        # login; so_dt (dt is read as `date`) is a phone after a person's word
        ("lich_kham", "ma_benh_nhan"): [], ("lich_kham", "ten_benh_nhan"): ["identity.name"],
        ("lich_kham", "so_dt_benh_nhan"): ["contact.phone"], ("lich_kham", "tinh_trang"): [],
        ("tai_khoan", "ma_tai_khoan"): [], ("tai_khoan", "ten_nguoi_dung"): ["identity.name"],
        ("tai_khoan", "so_dt_nv"): ["contact.phone"],
        ("tai_khoan", "mat_khau"): ["account.credential"],
    })


def test_vietnamese_syllables_stay_out_of_english_names(tmp_path: Path) -> None:
    # ten, ho, so, ma are English or pinyin too; the, can, su, nam, do are kept out of the
    # vocabulary so that the glued-word splitter does not cut theme, cancel, suspend, names,
    # domain into them.
    _categories(tmp_path, """
CREATE TABLE users (id int PRIMARY KEY, names varchar(100), theme varchar(20),
  theme_name varchar(50), domain_name varchar(100), cancel tinyint, suspend tinyint,
  often int, tenure_years int, hours int, housed tinyint);
CREATE TABLE sales_order (id int PRIMARY KEY, customer_id int, so_no varchar(20),
  so_date date, so_qty int);
CREATE TABLE product (id int PRIMARY KEY, name varchar(100), ten_pack_price decimal(10,2),
  ho_code varchar(10));
""", {
        ("users", "names"): ["identity.name"], ("users", "theme"): [],
        ("users", "theme_name"): [], ("users", "domain_name"): [], ("users", "cancel"): [],
        ("users", "suspend"): [], ("users", "often"): [], ("users", "tenure_years"): [],
        ("users", "hours"): [], ("users", "housed"): [],
        ("sales_order", "so_no"): [], ("sales_order", "so_date"): [],
        ("sales_order", "so_qty"): [], ("product", "ten_pack_price"): [],
        ("product", "ho_code"): [],
    })


def test_a_health_facilitys_and_a_committees_places_are_theirs(tmp_path: Path) -> None:
    # co so y te (a health facility), uy ban nhan dan (a people's committee): organisations,
    # whose province, district and ward are no one's.
    schema = scan_ddl(tmp_path, """
CREATE TABLE t_cosoyte (ID int PRIMARY KEY, TenCoSo varchar(256), TinhThanhTen varchar(256),
  QuanHuyenTen varchar(256), PhuongXaTen varchar(256));
CREATE TABLE t_uybannhandan (ID int PRIMARY KEY, TenDonVi varchar(256),
  TinhThanhTen varchar(256), DiaChiHoatDong varchar(512));
CREATE TABLE t_nguoitiemchung (ID int PRIMARY KEY, HoVaTen varchar(256), NgaySinh varchar(20),
  TinhThanhTen varchar(256));
""")
    for table in ("t_cosoyte", "t_uybannhandan"):
        assert column_of(schema, table, "TinhThanhTen").categories == [], table
    assert column_of(schema, "t_uybannhandan", "DiaChiHoatDong").categories == []
    assert column_of(schema, "t_nguoitiemchung", "TinhThanhTen").categories == [
        "location.coarse"]
