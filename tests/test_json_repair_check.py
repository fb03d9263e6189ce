"""`needs_json_repair` answers as a search for what `json_safe` replaces would: NUL (or its
escape), a surrogate, U+FFFE or U+FFFF, in ASCII, Latin-1, CJK and astral text."""

from __future__ import annotations

import random

import pytest

from privflow.sanitize import _UNENCODABLE, needs_json_repair


def by_search(text: str) -> bool:
    return "\\u0000" in text or _UNENCODABLE.search(text) is not None


@pytest.mark.parametrize("text", [
    "", "plain", '{"a": "\\u0000"}', "nul \x00 raw", "é", "手机号", "emoji 😀",
    "lone \ud800", "low \udfff", "pair \ud83d\ude00", "\ufffe", "x\uffff", "\ufffd replaced",
    "\ud7ff\ue000", "\\\\u0000",
])
def test_edge_cases(text):
    assert needs_json_repair(text) == by_search(text)


def test_random_text_of_every_kind():
    rng = random.Random(5)
    pieces = ["a", "\\", "u0000", "\x00", "é", "手", "😀", "\ud800", "\udc00", "\ufffe",
              "\uffff", "\ufffd", "\ud7ff", "\ue000"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert needs_json_repair(text) == by_search(text), repr(text)
