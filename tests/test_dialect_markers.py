"""The dialect ranking's shortcuts (`needles` looked for among distinct words, `at_needle`
markers tried only where a needle starts, `any:` markers) rank every file as plain searches
of every pattern over the whole head do."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import CORPUS_FILES
from privflow.sources import dialects
from privflow.sources.dialects import (
    AT_NEEDLE_TRIES,
    GUESS_CHARS,
    Vote,
    code_only,
    rank_dialects,
    rules,
)

REPO = Path(__file__).resolve().parents[1]
SQL_FILES = sorted({*REPO.glob("tests/fixtures/**/*.sql"), *REPO.glob("examples/**/*.sql"),
                    *REPO.glob("inventory/**/*.sql"), *CORPUS_FILES})


def plain_ranking(text: str) -> list[Vote]:
    """What the rules say with no shortcut: a marker's pattern searched over the whole head
    whenever one of its needles occurs in it."""
    head = code_only(text[:GUESS_CHARS])
    lowered = head.lower()
    votes: dict[str, Vote] = {}
    for rule in rules():
        if any((not m.needles or any(n in lowered for n in m.needles))
               and m.pattern.search(head) for m in rule.markers):
            vote = votes.setdefault(rule.dialect, Vote(rule.dialect))
            vote.score += rule.weight
            vote.reasons.append(rule.reason)
    return sorted(votes.values(), key=lambda v: -v.score)


def text_of(path: Path) -> str:
    raw = path.read_bytes()
    for codec in ("utf-8", "utf-16", "gb18030"):
        try:
            return raw.decode(codec).replace("\x00", "")
        except UnicodeError:
            continue
    return raw.decode("utf-8", "replace")


def test_there_are_files_to_compare():
    assert len(SQL_FILES) > 30


@pytest.mark.parametrize("path", SQL_FILES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_every_file_is_ranked_as_plain_searches_rank_it(path):
    text = text_of(path)
    assert rank_dialects(text) == plain_ranking(text)


@pytest.mark.parametrize("text", [
    # a needle at more places than are tried one by one: the whole head is searched
    "CREATE TABLE t (\n" + "".join(f"  c{i} int COMMENT 'x' ENGINE,\n" for i in range(
        AT_NEEDLE_TRIES + 5)) + "  d int\n) ENGINE = ReplacingMergeTree ORDER BY d;",
    # the dotted capital I lowers to two characters: places in the lowered head are not the
    # head's places, so the pattern is searched
    "CREATE TABLE İİİ (a int) ENGINE=InnoDB AUTO_INCREMENT=3;",
    # a match right after a word character is no match (\b), at a needle or not
    "CREATE TABLE t (xengine int, number(3) x, xnumber(3) y);",
    # `^` at a needle in mid-line does not match; at a line start it does
    "x SET ECHO OFF\nSET ECHO OFF\n",
    "x SET ECHO OFF\n",
    "EXPORT DATA OPTIONS(uri='gs://b/*.csv') AS SELECT 1;\nSELECT `p.d.t`",
])
def test_shortcuts_on_edge_cases(text):
    assert rank_dialects(text) == plain_ranking(text)


def test_an_any_rule_votes_once_however_many_of_its_markers_match():
    text = "EXPORT DATA OPTIONS(description = 'x') AS SELECT * FROM `proj.ds.tbl`;"
    ranked = {v.dialect: v for v in rank_dialects(text)}
    assert ranked["bigquery"].reasons.count("BigQuery syntax") == 1
    assert any(len(rule.markers) > 1 for rule in rules())


def test_needles_are_lower_case():
    with pytest.raises(ValueError):
        dialects._marker({"pattern": "x", "needles": ["X"]}, 0)


def test_code_only_blanks_what_the_one_character_at_a_time_pattern_blanked():
    import random
    import re

    stepwise = re.compile(r"--[^\n]*|/\*(?!!)[\s\S]*?(?:\*/|$)|'(?:[^'\\]|\\[\s\S])*(?:'|$)")
    rng = random.Random(2)
    pieces = list("ab'\\-/*\n!é手") + ["--", "/*", "*/", "/*!", "''", "\\'"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
             for _ in range(20_000)] + [text_of(path) for path in SQL_FILES]
    for text in texts:
        expected = stepwise.sub(lambda m: "''" if m.group().startswith("'") else " ", text)
        assert code_only(text) == expected, repr(text[:200])
