"""The kept summary (classify/summary.py): a cached re-run writes the bytes a scan without the
cache writes, after every kind of change, on real schemas split into several files; the whole
scan's results are replayed only when no table reads otherwise, the memo's path is taken for
anything else; and no function of the classifier reads a comment except through the readings
the summary compares."""

from __future__ import annotations

import ast
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from corpus import CORPUS
from privflow.pipeline import ScanOptions, run_scan
from privflow.scanjson import write_scan_json

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from scan_speed import generate_ddl  # noqa: E402

PARTS = 4
_CREATE = re.compile(r"^\s*CREATE\s+(?:TABLE|VIEW)\b", re.I | re.M)
_COLUMN = re.compile(r"^(\s+)[`\"\[]?([A-Za-z_][A-Za-z0-9_]*)[`\"\]]?\s+"
                     r"(?:varchar|int|bigint|char|text|datetime|integer|decimal|timestamp|date|"
                     r"smallint|tinyint|numeric|boolean|serial|nvarchar)\b[^\n]*,[ \t]*$",
                     re.I | re.M)
_TABLE_NAME = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
                         r"(?:[`\"\[]?\w+[`\"\]]?\.)?[`\"\[]?(\w+)[`\"\]]?", re.I)
_PEOPLE = re.compile(r"user|member|customer|employee|patient|staff|student|person|actor", re.I)


def _split(text: str, parts: int = PARTS) -> list[str]:
    """The schema in `parts` files cut before CREATE statements (a migration's files)."""
    starts = [m.start() for m in _CREATE.finditer(text)]
    if len(starts) < parts:
        return [text]
    cuts = [starts[len(starts) * i // parts] for i in range(1, parts)]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _schemas() -> list[tuple[str, Callable[[Path], list[str]]]]:
    def bench(folder: Path) -> list[str]:
        generate_ddl(folder / "gen", 120, per_file=20)
        return [p.read_text(encoding="utf-8") for p in sorted((folder / "gen").glob("*.sql"))]

    found: list[tuple[str, Callable[[Path], list[str]]]] = [("generated", bench)]
    files = [REPO / "benchmarks" / "heldout3" / "xzs_exam.sql",
             REPO / "benchmarks" / "heldout3" / "ubilling.sql"]
    if CORPUS is not None:
        files += [CORPUS / name for name in ("chinook.sql", "mimic3.sql", "ruoyi.sql")]
    for path in files:
        if path.exists():
            found.append((path.stem, lambda _folder, path=path: _split(
                path.read_text(encoding="utf-8", errors="surrogateescape"))))
    return found


def _scan(folder: Path, cache: Path | None, **options) -> tuple[bytes, bool | None]:
    """The scan's JSON as `privflow scan --format json` writes it, and whether the kept
    summary was replayed (None without the cache)."""
    result = run_scan(ScanOptions(paths=[str(folder)], cache_dir=str(cache) if cache else None,
                                  json_records=True, jobs=1, **options))
    out = folder.parent / "scan.json"
    write_scan_json(result, str(out))
    _SAMPLED[0] = any(c.samples for t in result.schema.tables.values()
                      for c in t.columns.values())
    return out.read_bytes(), result.memo.replayed if result.memo is not None else None


# Whether the last scan sampled values (INSERT rows): such a scan is never summarised.
_SAMPLED = [False]


# Each change: (name, edit of one file's text or None when it does not apply, the path the
# re-run must take: True replayed, False the memo's, None either).
def _appended_note(text: str) -> str:
    return text + "\n-- a note that changes no table\n"


def _benchmark_comment(text: str) -> str | None:
    # scan_speed.py's change: a character before the first comment ('主键' of an `id`).
    return text.replace("COMMENT '", "COMMENT '改", 1) if "COMMENT '" in text else None


def _comment_that_reads(text: str) -> str | None:
    match = re.search(r"COMMENT '([^']*)'", text)
    return text[:match.start()] + "COMMENT '手机号码'" + text[match.end():] if match else None


def _column_line(text: str, people: bool | None = None) -> re.Match[str] | None:
    for create in _TABLE_NAME.finditer(text):
        if people is not None and bool(_PEOPLE.search(create.group(1))) != people:
            continue
        match = _COLUMN.search(text, create.end())
        if match:
            return match
    return None


def _added_column(text: str) -> str | None:
    match = _column_line(text)
    return text[:match.start()] + f"{match.group(1)}extra_note varchar(20),\n" + \
        text[match.start():] if match else None


def _people_column(text: str) -> str | None:
    match = _column_line(text, people=True)
    return text[:match.start()] + f"{match.group(1)}login_name varchar(64),\n" + \
        text[match.start():] if match else None


def _domain_column(text: str) -> str | None:
    match = _column_line(text, people=False)
    return text[:match.start()] + f"{match.group(1)}diagnosis_code varchar(20),\n" + \
        text[match.start():] if match else None


def _removed_column(text: str) -> str | None:
    match = _column_line(text)
    return text[:match.start()] + text[match.end() + 1:] if match else None


def _renamed_column(text: str) -> str | None:
    for match in _COLUMN.finditer(text):
        name = match.group(2)
        if len(re.findall(rf"\b{name}\b", text)) == 1:
            start = match.start(2)
            return text[:start] + name + "_renamed" + text[match.end(2):]
    return None


def _pragma(text: str) -> str | None:
    match = _column_line(text)
    if not match:
        return None
    return text[:match.end()] + " -- privflow: add contact.phone" + text[match.end():]


def _added_table(text: str) -> str:
    return text + ("\nCREATE TABLE extra_member (id int primary key, mobile varchar(20), "
                   "real_name varchar(40), id_card varchar(18));\n")


def _removed_table(text: str) -> str | None:
    starts = [m.start() for m in _CREATE.finditer(text)]
    return text[:starts[-1]] if len(starts) > 1 else None


def _renamed_table(text: str) -> str | None:
    match = _TABLE_NAME.search(text)
    return text[:match.end(1)] + "_renamed" + text[match.end(1):] if match else None


def _foreign_key(text: str) -> str | None:
    tables = [m.group(1) for m in _TABLE_NAME.finditer(text)]
    people = [t for t in tables if _PEOPLE.search(t)]
    if len(tables) < 2:
        return None
    target = people[0] if people else tables[0]
    source = next(t for t in tables if t != target)
    return text + (f"\nALTER TABLE {source} ADD COLUMN owner_ref int REFERENCES {target}(id);\n")


CHANGES: list[tuple[str, Callable[[str], str | None], bool | None]] = [
    ("note", _appended_note, True),
    ("benchmark comment", _benchmark_comment, None),
    ("comment that reads", _comment_that_reads, None),
    ("column added", _added_column, False),
    ("people column added", _people_column, False),
    ("domain column added", _domain_column, False),
    ("column removed", _removed_column, False),
    ("column renamed", _renamed_column, False),
    ("pragma", _pragma, False),
    ("table added", _added_table, False),
    ("table removed", _removed_table, False),
    ("table renamed", _renamed_table, False),
    ("foreign key", _foreign_key, None),
]


@pytest.mark.parametrize(("label", "make"), _schemas(), ids=[s[0] for s in _schemas()])
def test_rerun_after_each_change_is_byte_identical(tmp_path: Path, label: str,
                                                   make: Callable[[Path], list[str]]) -> None:
    texts = make(tmp_path)
    folder = tmp_path / "schema"
    folder.mkdir()
    files = []
    for index, text in enumerate(texts):
        path = folder / f"V{index + 1}__part.sql"
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
        files.append(path)
    cache = tmp_path / "cache"
    first, replayed = _scan(folder, cache)
    assert replayed is False  # nothing kept yet
    assert first == _scan(folder, None)[0]
    again, replayed = _scan(folder, cache)
    sampled = _SAMPLED[0]
    # Nothing changed: the whole scan replayed, unless values were sampled.
    assert again == first and replayed is not sampled
    target = files[len(files) // 2]
    original = target.read_text(encoding="utf-8", errors="surrogateescape")
    seen = []
    for name, edit, expected in CHANGES:
        changed = edit(original)
        if changed is None or changed == original:
            continue
        target.write_text(changed, encoding="utf-8", errors="surrogateescape")
        cached, replayed = _scan(folder, cache)
        assert cached == _scan(folder, None)[0], f"{label}: {name}"
        if expected is not None or sampled:
            assert replayed is (expected is True and not sampled), f"{label}: {name}"
        seen.append((name, replayed))
        # Back to the original: the kept summary is of the changed files now.
        target.write_text(original, encoding="utf-8", errors="surrogateescape")
        restored, _ = _scan(folder, cache)
        assert restored == first, f"{label}: {name}, restored"
    assert len(seen) >= 8, seen
    if label == "generated":
        # '主键' and '改主键' read alike: the changed table is written afresh, every other
        # table's results replayed; a comment that names a phone is read again.
        assert dict(seen)["benchmark comment"] is True
        assert dict(seen)["comment that reads"] is False


def test_two_comment_edits_in_a_row(tmp_path: Path) -> None:
    """A replayed scan keeps the changed table's new comment and record: the next re-run
    (another table's comment) writes both tables as a scan without the cache does."""
    generate_ddl(tmp_path / "gen", 120, per_file=30)
    files = sorted((tmp_path / "gen").glob("*.sql"))
    cache = tmp_path / "cache"
    _scan(tmp_path / "gen", cache)
    for round_, path in enumerate(files[:3]):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("COMMENT '", f"COMMENT '改{round_}", 1), encoding="utf-8")
        cached, replayed = _scan(tmp_path / "gen", cache)
        assert replayed is True
        assert cached == _scan(tmp_path / "gen", None)[0]


def test_options_and_privflow_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A forced dialect, another sample size, another privflow: never the last scan's results
    unless they are what the scan gives."""
    generate_ddl(tmp_path / "gen", 90, per_file=30)
    folder, cache = tmp_path / "gen", tmp_path / "cache"
    first, _ = _scan(folder, cache)
    for options in ({"dialect": "postgres"}, {"dialect": "mysql"}, {"sample_rows": 5},
                    {"sample": False}):
        cached, _ = _scan(folder, cache, **options)
        assert cached == _scan(folder, None, **options)[0], options
    import privflow.classify.memo as memo

    monkeypatch.setattr(memo, "code_fingerprint", lambda: "another privflow")
    cached, replayed = _scan(folder, cache)
    assert replayed is False and cached == first


def test_declared_classifications_take_no_summary(tmp_path: Path) -> None:
    from privflow.inventory import load_inventory

    example = REPO / "inventory"
    if not (example / "privflow.yaml").exists():
        pytest.skip("no example inventory")
    inventory = load_inventory(str(example))
    assert inventory.classification  # the example declares some (classification.yaml)
    cache = tmp_path / "cache"
    runs = []
    for cache_dir in (cache, cache, None):
        result = run_scan(ScanOptions(cache_dir=str(cache_dir) if cache_dir else None,
                                      json_records=True, jobs=1,
                                      paths=[str(p) for p in inventory.source_paths]),
                          inventory)
        out = tmp_path / "scan.json"
        write_scan_json(result, str(out))
        runs.append(out.read_bytes())
        assert result.memo is None  # neither the memo nor the summary
    assert runs[0] == runs[1] == runs[2]


# Every function of classify/ that reads a `.comment`, and why the summary may leave it
# (summary.comment_readings calls it or what it reads through). A new one needs its reading
# in comment_readings first: until then a re-run could replay a table whose comment it reads.
COMMENT_READERS = {
    # A shape's comment reading (`prepared.comment`): prepare_full's, compared whole.
    "combiner.py": {"_fast", "_typed", "combine_prepared", "typed_shape"},
    "dictionaries.py": {"dictionary_category"},  # the table's comment: in table_text
    "signals/table.py": {"table_context"},  # the table's comment: in table_text
    "run.py": {"classify_column", "_person_marks", "_classify_table"},
    "facts.py": {"_domain_scores", "subject", "table_facts", "_names_a_fact", "candidates",
                 "_bare_names"},
    "linking.py": {"is_creator", "_creator_by_comment"},
    "memo.py": {"key", "_record_inputs"},  # the memo's own keys, compared in full
    "explain.py": None,  # `privflow explain`, no scan
}


def _comment_readers(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) \
                else function
            if isinstance(child, ast.Attribute) and child.attr == "comment" and function:
                found.add(function)
            visit(child, name)

    visit(tree, None)
    return found


def test_no_comment_is_read_outside_the_summarised_readings() -> None:
    classify = REPO / "src" / "privflow" / "classify"
    unknown = {}
    for path in sorted(classify.rglob("*.py")):
        relative = path.relative_to(classify).as_posix()
        if relative == "summary.py":
            continue
        readers = _comment_readers(path)
        allowed = COMMENT_READERS.get(relative, set())
        if allowed is None:
            continue
        extra = readers - allowed
        if extra:
            unknown[relative] = sorted(extra)
    assert not unknown, (
        "functions reading a comment that classify/summary.py's comment_readings does not "
        f"cover: {unknown}")


def test_readings_tell_comments_apart() -> None:
    from privflow.classify.summary import comment_readings
    from privflow.schema import Column, Table

    table = Table(id="t_member", name="t_member", source="a.sql:1")
    rng = random.Random(3)
    pairs = [("主键", "改主键", True), ("主键", "手机号码", False), (None, "创建人", False),
             ("备注", "身份证号", False)]
    for old, new, alike in pairs:
        name = rng.choice(["id", "remark", "create_by"])
        readings = [comment_readings(table, Column(name, "varchar(20)", c)) for c in (old, new)]
        assert (readings[0] == readings[1]) is alike, (old, new)


def test_files_of_two_scans_are_never_taken_together(tmp_path: Path) -> None:
    """A source file's summaries written by another scan (a shared folder, a scan stopped
    while saving) are not replayed with this scan's: the scan's file names each file's token.
    Here the orders file's summaries of a scan without a users table (its user_id linked to
    no one) come back after a scan with one: its text is the same, its results are not."""
    folder, cache = tmp_path / "repo", tmp_path / "cache"
    folder.mkdir()
    (folder / "V1__orders.sql").write_text(
        "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT, receiver_phone VARCHAR(20));\n",
        "utf-8")
    (folder / "V2__misc.sql").write_text("CREATE TABLE product (id INT, name VARCHAR(64));\n",
                                         "utf-8")
    _scan(folder, cache)
    summaries = next(cache.rglob("summary"))
    older = {p: p.read_bytes() for p in summaries.rglob("*")
             if p.is_file() and not p.name.startswith("scan-")}
    (folder / "V2__misc.sql").write_text(
        "CREATE TABLE product (id INT, name VARCHAR(64));\n"
        "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(64), phone VARCHAR(20));\n",
        "utf-8")
    linked, replayed = _scan(folder, cache)
    assert replayed is False and b'"linked_to": "users"' in linked
    source = json.loads(linked)["tables"][0]["source"]  # orders, "path:line"
    name = hashlib.sha256(source.rpartition(":")[0].encode()).hexdigest()
    orders = next(path for path in older if path.name == name)
    assert orders.read_bytes() != older[orders]  # its summaries changed with the users table
    orders.write_bytes(older[orders])
    cached, replayed = _scan(folder, cache)
    assert replayed is False and cached == linked == _scan(folder, None)[0]
    assert _scan(folder, cache) == (linked, True)  # written again whole: replayed from now on


def test_the_summary_holds_every_field_of_tables_and_columns() -> None:
    """table_text names every field (a column's comment by its readings, samples never
    summarised): a field added to Table or Column must be added there, or the classifier
    could read it while a re-run replays the last scan's results."""
    from dataclasses import fields

    from privflow.schema import Column, Table

    assert {f.name for f in fields(Table)} == {
        "id", "name", "source", "columns", "comment", "kind", "dialect", "definition",
        "evidence", "origins", "location"}
    assert {f.name for f in fields(Column)} == {
        "name", "type", "comment", "source", "primary_key", "references", "pragmas", "samples",
        "categories", "sensitive", "state", "confidence", "evidence", "linked_to"}
    # What the scan's file holds a digest of: every field but the columns (each its own
    # fields), a column's comment (kept apart, compared by its readings) and samples.
    from privflow.classify.summary import COLUMN_FIELDS, TABLE_FIELDS

    assert set(TABLE_FIELDS) == {f.name for f in fields(Table)} - {"columns"}
    assert set(COLUMN_FIELDS) == {f.name for f in fields(Column)} - {"comment", "samples"}


def test_columns_classified_before_the_scan(tmp_path: Path) -> None:
    """Columns that hold results before classify_schema (an API caller's schema): a replay
    writes back what the classifier left them, including a column it leaves unclassified."""
    from privflow.classify.memo import ClassifyMemo
    from privflow.classify.run import classify_schema
    from privflow.schema import Column, Schema, Table

    def schema(preset: bool) -> Schema:
        tables = {}
        for index, names in enumerate((("id", "mobile", "note"), ("id", "user_id", "remark"))):
            table = Table(f"t{index}", f"t{index}", f"a{index}.sql:1")
            for name in names:
                table.add_column(Column(name, "varchar(20)", "备注", source=f"a{index}.sql:2"))
            tables[table.id] = table
        if preset:
            tables["t0"].column("note").categories = ["contact.phone"]
            tables["t0"].column("note").evidence = ["set by the caller"]
            tables["t1"].column("remark").confidence = 0  # an int: written as 0, not 0.0
        return Schema(tables=tables)

    def results(preset: bool, cache: Path | None) -> tuple[list[tuple], bool | None]:
        found = schema(preset)
        memo = ClassifyMemo(cache, "GB/T 35273-2020") if cache else None
        classify_schema(found, memo=memo)
        if memo is not None:
            memo.save()
        return [(t.id, c.name, c.categories, c.confidence, type(c.confidence), c.state,
                 c.evidence, c.linked_to, c.sensitive)
                for t in found.tables.values() for c in t.columns.values()], \
            memo.replayed if memo is not None else None

    for preset in (True, False, True, True):
        expected, _ = results(preset, None)
        assert results(preset, tmp_path / "cache")[0] == expected
    assert results(True, tmp_path / "cache") == (expected, True)
