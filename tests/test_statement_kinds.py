"""A statement's kind from one combined pattern is the kind the patterns of
data/statements.yaml give when tried one by one, first match first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from privflow.datafiles import load_yaml
from privflow.sources.splitter import split_text
from privflow.sources.statements import statement_kind

REPO = Path(__file__).resolve().parents[1]


def kind_one_by_one(text: str) -> str:
    for item in load_yaml("privflow.sources", "data/statements.yaml")["kinds"]:
        if re.match(item["pattern"], text, re.IGNORECASE):
            return item["kind"]
    return "unknown"


def fixture_statements() -> list[str]:
    texts = []
    for path in sorted(REPO.glob("tests/fixtures/**/*.sql")):
        try:
            texts.extend(s.text for s in split_text(path.read_text("utf-8"), ""))
        except UnicodeDecodeError:
            continue
    return texts


def test_every_fixture_statement_has_the_kind_of_its_first_matching_pattern():
    texts = fixture_statements()
    assert len(texts) > 100
    assert [statement_kind(t) for t in texts] == [kind_one_by_one(t) for t in texts]


@pytest.mark.parametrize("text", [
    "IF OBJECT_ID('t') IS NULL CREATE TABLE t (a int)", "BEGIN", "BEGIN TRANSACTION",
    "BEGIN\n  UPDATE t SET a = 1;\nEND", "DELETE FROM t", "TRUNCATE TABLE t",
    "ALTER TABLE t DROP PARTITION p1", "ALTER TABLE t ADD c int", "DROP INDEX i",
    "DROP TABLE IF EXISTS t", "CREATE OR REPLACE TEMP VIEW v AS SELECT 1", "RENAME TABLE a TO b",
    "EXEC sp_rename 'a.b', 'c'", "WITH x AS (SELECT 1) SELECT * FROM x", "frobnicate", "",
])
def test_edge_cases(text):
    assert statement_kind(text) == kind_one_by_one(text)
