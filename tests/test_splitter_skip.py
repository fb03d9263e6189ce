"""The splitter's step over long runs of INSERT rows (`StatementSplitter.skip_runs`) cuts
exactly the statements the body regex alone cuts, whatever the text around the rows holds."""

from __future__ import annotations

import random

import pytest

from privflow.sources import splitter
from privflow.sources.splitter import LEXES, SKIP_AT_LEAST, StatementSplitter


def _split(sql: str, dialect: str, skip: bool, size: int | None = None) -> list[tuple]:
    cutter = StatementSplitter(LEXES[dialect])
    cutter.skip_runs = skip
    chunks = [sql] if size is None else [sql[i:i + size] for i in range(0, len(sql), size)]
    return [(s.line, s.text, s.leading, s.broken, s.block, s.unterminated, s.data, s.oversize)
            for s in cutter.split(chunks)]


def _rows(rng: random.Random, count: int, odd: list[str]) -> str:
    values = []
    for i in range(count):
        cells = [str(i), f"'user{i}'", f"'13{rng.randrange(10**9):09d}'", "NULL",
                 f"'2023-0{i % 9 + 1}-1{i % 9} 10:00:00'", "-1.5", "4/2"]
        if odd and rng.random() < 0.02:
            cells.insert(rng.randrange(len(cells) + 1), rng.choice(odd))
        values.append("(" + ",".join(cells) + ")")
    return ",".join(values)


# Pieces a row or its surroundings may hold that the regex treats specially: `;` in strings
# (with and without a line break after), doubled and escaped quotes, other quotes, comments.
ODD = ["'a;b'", "'x'';y'", "'it\\'s;'", "'a\\\\'", '"dq;"', "`bq`", "'`'", "'\"'", "'--x'",
       "'/*'", "'#h'", "'$1'", "'[b]'", "-- c\n", "/* c; */", "# h\n", "$$x;$$", "[br]",
       "';\nINSERT INTO t VALUES (1);'", "'\n'", "'unclosed", "';'", "'ab' 'cd'"]
HEADS = ["INSERT INTO `t` VALUES ", "INSERT INTO \"t\" (\"a\") VALUES ", "insert into t values",
         "REPLACE INTO t (`a`, `b`) VALUES ", "INSERT INTO `t;x` VALUES ", "INSERT INTO 't' VALUES ",
         "INSERT /* c */ INTO t VALUES ", "INSERT INTO [t] VALUES ", "INSERT INTO `a'b` VALUES "]
BEFORE = ["", "\n", "\n\n  \n", "-- lead\n", "DELIMITER ;\n", "\nGO\n", "\n/\n", "\\connect x\n",
          "rem note\n", "SET ECHO OFF\n", "DELIMITER $$\n"]


@pytest.mark.parametrize("dialect", sorted(d for d in LEXES if d))
def test_skipping_rows_cuts_the_same_statements_in_every_dialect(dialect):
    rng = random.Random(dialect)
    for round_ in range(40):
        parts = ["CREATE TABLE t (a INT);\n"]
        for _ in range(rng.randrange(1, 5)):
            parts.append(rng.choice(BEFORE) + rng.choice(HEADS)
                         + _rows(rng, rng.randrange(20, 90), ODD if round_ % 2 else [])
                         + rng.choice([";\n", ";", " ;\n", ";-- t\n", ";\n\n"]))
        sql = "".join(parts)
        assert _split(sql, dialect, True) == _split(sql, dialect, False)
        size = rng.choice([97, 1000, 4096])
        assert _split(sql, dialect, True, size) == _split(sql, dialect, False, size)


def test_rows_of_a_dump_are_stepped_over_not_tokenised(monkeypatch):
    """The skip is what reads them: with the regex barred from long runs, the dump still
    splits the same."""
    rng = random.Random(3)
    sql = "".join(f"INSERT INTO `t` VALUES {_rows(rng, 100, [])};\n" for _ in range(5))
    expected = _split(sql, "mysql", False)
    assert len(expected) == 5 and all(len(s[1]) > SKIP_AT_LEAST for s in expected)
    skips = []
    original = StatementSplitter._skip_to_terminator

    def counted(self, buf, pos, window, body):
        found = original(self, buf, pos, window, body)
        skips.append(found > pos)
        return found

    monkeypatch.setattr(StatementSplitter, "_skip_to_terminator", counted)
    assert _split(sql, "mysql", True) == expected
    assert skips.count(True) == 5


def test_a_semicolon_inside_a_string_of_a_long_row_does_not_end_it():
    rows = _rows(random.Random(5), 60, [])
    sql = f"INSERT INTO t VALUES (0,'a;b;c'),{rows};\nINSERT INTO t VALUES ('x;');\n"
    statements = _split(sql, "mysql", True)
    assert len(statements) == 2 and statements[0][1].endswith(rows)
    assert statements[1][1] == "INSERT INTO t VALUES ('x;')"
    assert statements == _split(sql, "mysql", False)


@pytest.mark.parametrize(("dialect", "directive"), [
    ("oracle", "rem "), ("oracle", "@@"), ("postgres", "\\echo "), ("tsql", "GO\n"),
    ("mysql", "DELIMITER "), ("", "DELIMITER ")])
def test_a_long_directive_line_is_a_directive_not_rows(dialect, directive):
    sql = (f"SELECT 1;\n{directive}" + "'x', " * 600 + "'y';\nSELECT 2;\n"
           f"SELECT 3;\n\n  \n{directive}" + "(1,'a');" * 300 + "\nSELECT 4;\n")
    assert _split(sql, dialect, True) == _split(sql, dialect, False)


def test_short_runs_are_left_to_the_regex():
    cutter = StatementSplitter(LEXES["mysql"])
    body = splitter._body_pattern(LEXES["mysql"], ";")
    short = "INSERT INTO t VALUES (1,'a');\n"
    assert cutter._skip_to_terminator(short, 0, len(short), body) == 0
    long_ = "INSERT INTO t VALUES " + ",".join(["(1,'a')"] * 400) + ";\n"
    assert cutter._skip_to_terminator(long_, 0, len(long_), body) == long_.index(";")
