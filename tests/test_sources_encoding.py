"""GBK/GB18030, UTF-8 with and without BOM, UTF-16 with a BOM; binary files are skipped."""

from __future__ import annotations

import codecs

import pytest

from privflow.sources import load_paths
from privflow.sources.encoding import detect_encoding, iter_text

DDL = ("-- 会员表\nCREATE TABLE `member` (\n  `phone` varchar(20) COMMENT '手机号码',\n"
       "  `name` varchar(20) COMMENT '真实姓名'\n) ENGINE=InnoDB COMMENT='会员';\n"
       "INSERT INTO `member` VALUES ('13800138000','张三');\n")


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gbk", b""), ("gb18030", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_chinese_comments_and_values_survive_every_encoding(tmp_path, encoding, prefix):
    path = tmp_path / "dump.sql"
    path.write_bytes(prefix + DDL.encode(encoding))
    schema = load_paths([str(path)])
    member = schema.tables["member"]
    assert member.comment == "会员"
    assert [(c.name, c.comment) for c in member.columns.values()] == [
        ("phone", "手机号码"), ("name", "真实姓名")]
    assert member.column("name").samples == ["张三"]
    assert member.source.endswith("dump.sql:2")  # the BOM is not a line of its own
    assert schema.files[0].dialect == "mysql"


def test_windows_line_endings_keep_line_numbers(tmp_path):
    path = tmp_path / "crlf.sql"
    path.write_bytes(DDL.replace("\n", "\r\n").encode("utf-8"))
    member = load_paths([str(path)]).tables["member"]
    assert member.source.endswith(":2") and member.column("phone").comment == "手机号码"


def test_gbk_is_told_from_utf8_and_binary_is_refused():
    assert detect_encoding("手机".encode())[0] == "utf-8"
    assert detect_encoding("手机号码".encode("gbk"))[0] == "gb18030"
    assert detect_encoding(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") is None


def test_streaming_decoder_joins_characters_split_across_chunks(tmp_path):
    path = tmp_path / "x.sql"
    text = "注释" * 1000
    path.write_bytes(text.encode("utf-8"))
    assert "".join(iter_text(path, "utf-8", 0, chunk_bytes=7)) == text


def test_binary_sql_file_is_an_input_error_and_the_scan_goes_on(tmp_path):
    # Issue 15: a .sql file privflow cannot read must not pass the gate silently.
    (tmp_path / "a.sql").write_text("CREATE TABLE a (x INT);", "utf-8")
    (tmp_path / "b.sql").write_bytes(b"\x00\x01\x02SQLite format 3\x00" * 10)
    schema = load_paths([str(tmp_path)])
    assert list(schema.tables) == ["a"]
    assert [(s.path.endswith("b.sql"), s.error, s.reason.split(" (")[0])
            for s in schema.skipped] == [(True, True, "binary content")]


def test_gbk_after_a_long_ascii_head_switches_decoder(tmp_path, monkeypatch):
    import privflow.sources.encoding as encoding

    monkeypatch.setattr(encoding, "CHUNK_BYTES", 4096)
    head = "-- " + "x" * 100 + "\n"
    text = head * 1000 + DDL  # the GBK starts after 100 KB of ASCII
    (tmp_path / "late.sql").write_bytes(text.encode("gbk"))
    schema = load_paths([str(tmp_path / "late.sql")], dialect="mysql")
    assert schema.tables["member"].column("phone").comment == "手机号码"
    assert schema.tables["member"].source.endswith(":1002")
