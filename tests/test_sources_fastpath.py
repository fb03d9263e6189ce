"""The CREATE TABLE fast path is a shortcut, never a different answer: where it reads a
statement, sqlglot's path must read the same table."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import CORPUS_FILES
from privflow.sources import load_paths, ops
from privflow.sources.ddl import StatementReader
from privflow.sources.fastddl import read_plain_create
from privflow.sources.splitter import split_text

CORPUS_DIALECTS = {"chinook.sql": "tsql", "pagila.sql": "postgres"}
FILES = [(p, d) for p, d in [
    *((p, CORPUS_DIALECTS.get(p.name, "mysql")) for p in CORPUS_FILES),
    (Path(__file__).parent / "fixtures/sources/mysqldump.sql", "mysql"),
    (Path(__file__).parent / "fixtures/sources/navicat_mssql.sql", "tsql"),
] if p.exists()]


def described(op: ops.CreateTable):
    table = op.table
    return (table.id, table.comment,
            [(c.name, c.type, c.comment, c.primary_key, c.pragmas)
             for c in table.columns.values()],
            sorted(op.pk), sorted(op.fks))


@pytest.mark.parametrize("path, dialect", FILES, ids=[p.name for p, _ in FILES])
def test_fast_path_agrees_with_sqlglot(path, dialect):
    fast = StatementReader("x", dialect, 0, fast=True)
    slow = StatementReader("x", dialect, 0, fast=False)
    taken = 0
    for statement in split_text(path.read_text("utf-8"), dialect):
        if read_plain_create(statement.text, "x", dialect) is None:
            continue
        taken += 1
        by_fast = [o for o in fast.read(statement) if isinstance(o, ops.CreateTable)]
        by_sqlglot = [o for o in slow.read(statement) if isinstance(o, ops.CreateTable)]
        assert [described(o) for o in by_fast] == [described(o) for o in by_sqlglot]
    assert taken > 0


def test_fast_path_declines_what_it_does_not_know():
    assert read_plain_create("CREATE TABLE t (a INT) PARTITION BY HASH (a)", "x", None) is None
    assert read_plain_create("CREATE TABLE t (a INT VENDOR_OPTION)", "x", None) is None
    assert read_plain_create("CREATE TABLE t AS SELECT 1 AS a", "x", None) is None
    assert read_plain_create("CREATE TABLE t (a public.mytype)", "x", None) is None
    op = read_plain_create("CREATE TABLE `s`.`t` (`a` int(11) unsigned NOT NULL COMMENT 'it''s',"
                           " KEY `k` (`a`(10)) USING BTREE) ENGINE=InnoDB COMMENT='表'", "x", None)
    assert op is not None and op.table.id == "s.t" and op.table.comment == "表"
    assert [(c.name, c.type, c.comment) for c in op.table.columns.values()] == [
        ("a", "int(11) unsigned", "it's")]


def test_a_comment_before_the_table_name_is_no_part_of_it(tmp_path: Path) -> None:
    # An installer's placeholder (OSClass: CREATE TABLE /*TABLE_PREFIX*/t_admin) is a comment:
    # the fast path leaves such a head to sqlglot, which reads the name after it.
    sql = ("CREATE TABLE /*TABLE_PREFIX*/t_admin (\n  pk_i_id INT UNSIGNED NOT NULL "
           "AUTO_INCREMENT,\n  s_name VARCHAR(100) NOT NULL,\n  PRIMARY KEY (pk_i_id)\n"
           ") ENGINE=InnoDB DEFAULT CHARACTER SET utf8;\n")
    assert read_plain_create(sql.rstrip(";\n"), "x", "mysql") is None
    path = tmp_path / "struct.sql"
    path.write_text(sql, encoding="utf-8")
    schema = load_paths([str(path)])
    assert list(schema.tables) == ["t_admin"]
    assert list(schema.tables["t_admin"].columns) == ["pk_i_id", "s_name"]
