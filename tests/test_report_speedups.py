"""The report's fast paths give what the slow ones gave: Markdown cells escaped in one
str.translate, spreadsheet column widths worked out only where they can matter, recipient
globs compiled into one pattern, and diagrams drawn in parallel."""

from __future__ import annotations

import random
import string
import unicodedata
from fnmatch import fnmatchcase

import pytest

from privflow import report as report_module
from privflow.lineage.flows import _matches, _matches_table
from privflow.report.diagrams import find_renderer
from privflow.report.renderers.xlsx import _column_width
from privflow.sanitize import _markdown_cell_slow, markdown_cell
from test_report_helpers import shop_inventory, shop_scan

ODD = "中文测试＠\u2060\u202e\u2028\x1b\x00\ud800\ufffe\u3000\xa0İWw:/.@&<>|*_~!#-+=>[]\\`"


def _slow_cell(text: object) -> str:
    text = _markdown_cell_slow(text)
    return "\\" + text if text[:1] in ("#", "-", "+", "=", ">") else text


def test_markdown_cells_read_as_through_every_regex():
    rng = random.Random(30)
    alphabet = string.printable + ODD
    texts = ["www.example.com", "WwW.x", "https://x", "a@b.cn", " - list", "#1", "a|b_c*d",
             "普通 文本 <b>&", None, b"bytes", 12, "\x1b[31mred\x1b[0m", "a\n\nb", "x\u202ey"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
              for _ in range(20000)]
    for text in texts:
        assert markdown_cell(text) == _slow_cell(text), repr(text)


def _naive_width(rows: list[list[str]], index: int) -> int:
    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    widest = max((width(line) for row in rows if index <= len(row)
                  for line in str(row[index - 1]).split("\n")), default=8)
    return min(max(widest + 2, 8), 60)


def test_column_widths_are_the_widest_line_as_before():
    rng = random.Random(31)
    pieces = ["a", "中", "ｗ", "\n", " ", "é", "x" * 30, "字" * 20]
    for _ in range(2000):
        rows = [[("".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))))
                 for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(1, 6))]
        for index in range(1, 6):
            assert _column_width(rows, index) == _naive_width(rows, index)


def test_recipient_globs_match_as_fnmatch_one_at_a_time():
    rng = random.Random(32)
    names = ["shop.t_1", "T_12", "dw.t_10.phone_no", "t_2", "a.b.c", "x[1]", "Phone"]
    globs = ["t_1*", "*.phone_*", "T_1?", "dw.*", "[st]_2", "x[[]1]", "*", "shop.t_1.phone*",
             "a.b", "PHONE"]
    for _ in range(3000):
        patterns = rng.sample(globs, rng.randint(1, 3))
        value = rng.choice(names)
        assert _matches(value, patterns) == any(
            fnmatchcase(value.lower(), p.lower()) for p in patterns)
        column = rng.choice([None, "phone_no", "Phone"])
        bare = value.rsplit(".", 1)[-1]
        tried = [value, bare] if bare != value else [value]
        if column is not None:
            tried = [f"{n}.{column.lower()}" for n in tried]
        assert _matches_table(value, patterns, column) == any(
            fnmatchcase(n.lower(), p.lower()) for n in tried for p in patterns)


@pytest.mark.skipif(find_renderer() is None, reason="no Graphviz renderer")
def test_diagrams_are_the_same_bytes_whatever_the_number_of_workers(monkeypatch):
    result, inventory = shop_scan(), shop_inventory()
    monkeypatch.setattr(report_module, "_cpus", lambda: 1)
    one = report_module._diagrams(result, inventory, "zh")
    monkeypatch.setattr(report_module, "_cpus", lambda: 4)
    four = report_module._diagrams(result, inventory, "zh")
    assert len(one) > 1
    assert [(d.key, d.title, d.svg, d.dot) for d in one] == [
        (d.key, d.title, d.svg, d.dot) for d in four]
