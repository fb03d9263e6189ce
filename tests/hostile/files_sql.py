"""Hostile SQL files and trees: each function writes one input under `folder` and returns
the path to scan. Sizes are parameters: the suite uses small ones, benchmarks/hostile_sizes.py
the large ones."""

from __future__ import annotations

import os
from pathlib import Path

ID_CARD_DDL = ("CREATE TABLE kyc (\n  id INT PRIMARY KEY,\n"
               "  id_card VARCHAR(18) COMMENT '身份证号'\n);\n")


def nul_migration(folder: Path) -> Path:
    """A migration adding an ID-card column, with one NUL byte in its first line."""
    path = folder / "V2__kyc.sql"
    path.write_bytes(b"-- generated\x00 by a tool\n" + ID_CARD_DDL.encode("utf-8"))
    return path


def binary_sql(folder: Path) -> Path:
    """A file named .sql that holds no text at all (an image saved under the wrong name)."""
    path = folder / "V3__blob.sql"
    path.write_bytes(bytes(range(256)) * 64)
    return path


def utf16_without_bom(folder: Path) -> Path:
    path = folder / "V4__utf16.sql"
    path.write_bytes(ID_CARD_DDL.replace("kyc", "kyc16").encode("utf-16-le"))
    return path


def deep_expression(folder: Path, depth: int = 5000, *, parens: bool = True) -> Path:
    """A view over a `depth`-deep expression next to a good table, in one file."""
    if parens:
        expression = "(" * depth + "a" + ")" * depth
    else:
        expression = "CASE WHEN a = 1 THEN " * depth + "a" + " END" * depth
    path = folder / "deep.sql"
    path.write_text(f"{ID_CARD_DDL}CREATE TABLE t (a INT);\n"
                    f"INSERT INTO t2 SELECT {expression} AS x FROM t;\n"
                    f"CREATE TABLE after_it (phone VARCHAR(11));\n", "utf-8")
    return path


def union_view(folder: Path, size: int = 2 << 20) -> Path:
    """One `CREATE VIEW ... UNION ALL ...` of about `size` characters (written in pieces, so
    that making a 41 MB one does not itself take the memory being measured)."""
    arm = "SELECT id, id_card FROM kyc UNION ALL "
    path = folder / "big_view.sql"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f"{ID_CARD_DDL}CREATE VIEW v AS ")
        left = size // len(arm)
        while left > 0:
            step = min(left, 10_000)
            handle.write(arm * step)
            left -= step
        handle.write("SELECT id, id_card FROM kyc;\nCREATE TABLE after_it (phone VARCHAR(11));\n")
    return path


def one_long_word(folder: Path, size: int = 4 << 20) -> Path:
    """A statement that is one word of `size` characters, on one line (no row or word to
    cut it at)."""
    path = folder / "word.sql"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f"{ID_CARD_DDL}CREATE VIEW v AS SELECT ")
        for _ in range(max(size >> 16, 1)):
            handle.write("x" * (1 << 16))
        handle.write(" FROM kyc;\nCREATE TABLE after_it (phone VARCHAR(11));\n")
    return path


def whitespace(folder: Path, size: int = 4 << 20) -> Path:
    """`size` bytes of blank lines, then one table."""
    path = folder / "blank.sql"
    with path.open("w", encoding="utf-8") as handle:
        block = " \n" * (1 << 19)
        for _ in range(max(size // len(block), 1)):
            handle.write(block)
        handle.write(ID_CARD_DDL)
    return path


def newline_name(folder: Path) -> Path:
    """A file whose name carries a newline and a GitHub workflow command."""
    path = folder / "x\n::stop-commands::abc\nx.sql"
    path.write_text("CREATE TABLE broken (a INT, 'open quote);\n", "utf-8")
    return path


def non_utf8_name(folder: Path) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), b"bad-\xff\xfe.sql")))
    path.write_text(ID_CARD_DDL.replace("kyc", "kyc_bytes"), "utf-8")
    return path


def non_decimal_digit_name(folder: Path) -> Path:
    path = folder / "img1①2.png"
    path.write_bytes(b"\x89PNG\r\n")
    return path


def symlinks_out(folder: Path, outside: Path) -> list[Path]:
    """`x.sql -> OUTSIDE/secret.sql` and `ext -> OUTSIDE/`: links out of the scanned tree."""
    (outside / "secret.sql").write_text("CREATE TABLE outside_secret (password TEXT);\n",
                                        "utf-8")
    links = [folder / "x.sql", folder / "ext"]
    links[0].symlink_to(outside / "secret.sql")
    links[1].symlink_to(outside, target_is_directory=True)
    return links


def dangling_link(folder: Path) -> Path:
    path = folder / "gone.sql"
    path.symlink_to(folder / "no-such-file.sql")
    return path


def fifo_sql(folder: Path) -> Path:
    path = folder / "pipe.sql"
    os.mkfifo(path)
    return path
