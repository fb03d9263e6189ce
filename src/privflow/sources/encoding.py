"""Decoding SQL files: UTF-8 (with or without BOM), GBK/GB18030 and UTF-16.

Chinese dumps are often GBK; SQL Server Management Studio writes UTF-16 with a BOM. The
encoding is decided once per file from its first bytes, then the file is decoded as a stream
so that a large dump never sits in memory whole.

A NUL byte does not make a file binary: MariaDB, PyMySQL and Flyway run a migration with a
stray NUL in a comment, so privflow reads it too (the NULs are dropped and counted, and the
scan notes it). UTF-16 without a BOM is recognised by its pattern of NULs. Only a head that
is mostly control bytes is binary, and a file the walker took for SQL that is binary is an
input error, never a silent pass.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
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


# Bytes a text file does not hold (C0 controls other than tab, newlines, form feed, ESC and
# SUB, which old DOS tools append); a head with more than BINARY_SHARE of them is binary.
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 26, 27))
_TEXT_TABLE = bytes.maketrans(b"", b"")
BINARY_SHARE = 0.10
UTF16_NUL_SHARE = 0.30


@dataclass
class DecodeStats:
    """What decoding had to change in one file (the scan reports it as a note)."""

    nuls: int = 0


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one parity of mostly-ASCII text."""
    sample = head[:8192]
    if len(sample) < 4 or sample.count(0) < UTF16_NUL_SHARE * len(sample):
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.9 * len(sample[1::2]) and even < 0.1 * len(sample[0::2]):
        return "utf-16-le"
    if even >= 0.9 * len(sample[0::2]) and odd < 0.1 * len(sample[1::2]):
        return "utf-16-be"
    return None


def looks_binary(head: bytes) -> bool:
    sample = head[:8192]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(_TEXT_TABLE, _BINARY_BYTES))
    return controls > BINARY_SHARE * len(sample)


def detect_encoding(head: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) for the file that starts with `head`; None when it is binary."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is not None:
            return utf16, 0
        if looks_binary(head):
            return None
        head = head.replace(b"\x00", b"")
    elif looks_binary(head):
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


def iter_text(path: Path, codec: str, skip: int, chunk_bytes: int | None = None,
              stats: DecodeStats | None = None) -> Iterator[str]:
    """The file's text in chunks; bytes that do not decode become U+FFFD, NULs are dropped
    (and counted in `stats`).

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
            if "\x00" in text:
                if stats is not None:
                    stats.nuls += text.count("\x00")
                text = text.replace("\x00", "")
            if text:
                yield text.replace("\r\n", "\n") if "\r" in text else text
            if final:
                return
def read_head(path: Path, size: int = SNIFF_BYTES) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)
