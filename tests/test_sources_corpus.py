"""The labelled dev corpus scans with every CREATE TABLE accounted for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from privflow.sources import load_paths

CORPUS = Path("/work/shared/corpus/dev")
FILES = sorted(CORPUS.glob("*.sql")) if CORPUS.is_dir() else []
# Dumps write each CREATE TABLE at the start of a line; indented ones live inside routine
# bodies (temporary tables of a procedure), which are not the schema.
CREATE_TABLE = re.compile(r"^CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
                          r"([\w\[\]`\".]+)", re.IGNORECASE | re.MULTILINE)


def declared(path: Path) -> dict[int, str]:
    """{line: table id} of every CREATE TABLE statement in the file, read independently."""
    text = path.read_text("utf-8")
    found = {}
    for m in CREATE_TABLE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        found[line] = re.sub(r"[\[\]`\"]", "", m.group(1)).lower()
    return found


@pytest.mark.skipif(not FILES, reason="dev corpus not present")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_create_table_is_a_table_of_the_scan(path):
    expected = declared(path)
    schema = load_paths([str(path)])
    tables = {int(t.source.rsplit(":", 1)[1]): t.id
              for t in schema.tables.values() if t.kind == "table"}
    assert len(expected) > 10
    assert tables == expected
    assert all(t.columns for t in schema.tables.values() if t.kind == "table")
    assert not [s for s in schema.skipped if "not understood" in s.reason]


@pytest.mark.skipif(not FILES, reason="dev corpus not present")
def test_the_whole_corpus_folder_scans_with_comments_and_keys():
    schema = load_paths([str(CORPUS)])
    assert len(schema.files) == len(FILES)
    assert sum(len(declared(p)) for p in FILES) == sum(
        1 for t in schema.tables.values() if t.kind == "table")
    member = schema.tables["ums_member"]
    assert member.column("phone").comment == "手机号码"
    assert member.column("id").primary_key
    assert member.column("phone").samples  # mall.sql carries INSERT rows
    assert schema.tables["public.rental"].column("customer_id").references == "public.customer"
    assert schema.tables["dbo.invoice"].column("customerid").references == "dbo.customer"
