"""Decoding SQL files: UTF-8 (with or without BOM), GBK/GB18030 and BOM-marked UTF-16.

Chinese dumps are often GBK; SQL Server Management Studio writes UTF-16 with a BOM. The
encoding is decided once per file from its first bytes, then the file is decoded as a stream
so that a large dump never sits in memory whole.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

# (BOM, codec). UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SNIFF_BYTES = 64 << 10
CHUNK_BYTES = 1 << 20


def detect_encoding(head: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) for the file that starts with `head`; None when it looks binary."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    if b"\x00" in head[:8192]:
        return None
    # A cut multi-byte character at the end of the sniffed bytes is not an error.
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8", 0
    except UnicodeDecodeError:
        pass
    try:
        codecs.getincrementaldecoder("gb18030")().decode(head, final=False)
        return "gb18030", 0
    except UnicodeDecodeError:
        return "utf-8", 0  # undecodable bytes become U+FFFD rather than losing the file


def iter_text(path: Path, codec: str, skip: int, chunk_bytes: int | None = None) -> Iterator[str]:
    """The file's text in chunks; bytes that do not decode become U+FFFD.

    UTF-8 is only a guess from the head: a dump that is ASCII for its first 64 KB and GBK
    after that switches to GB18030 at its first non-UTF-8 byte (the two agree on ASCII).
    """
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    strict = codec == "utf-8"
    decoder = codecs.getincrementaldecoder(codec)("strict" if strict else "replace")
    ascii_so_far = True
    with path.open("rb") as handle:
        handle.seek(skip)
        while True:
            block = handle.read(chunk_bytes)
            final = not block
            if strict:
                pending = decoder.getstate()[0]
                try:
                    text = decoder.decode(block, final=final)
                except UnicodeDecodeError:
                    fallback = "gb18030" if ascii_so_far else "utf-8"
                    decoder = codecs.getincrementaldecoder(fallback)("replace")
                    strict = False
                    text = decoder.decode(pending + block, final=final)
                else:
                    ascii_so_far = ascii_so_far and text.isascii()
            else:
                text = decoder.decode(block, final=final)
            if text:
                yield text.replace("\r\n", "\n") if "\r" in text else text
            if final:
                return
def read_head(path: Path, size: int = SNIFF_BYTES) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)
