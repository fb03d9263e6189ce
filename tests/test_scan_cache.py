"""The parse cache, worker batches and the streamed JSON: a re-run, a run with a shared or
damaged cache, and any number of workers give the output of a plain serial run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import privflow
from privflow.sanitize import json_safe
from privflow.scanjson import scan_records, write_document
from privflow.schema import Column, ScanResult, Schema, Skipped, Table
from privflow.sources import cache as cache_module
from privflow.sources import load_paths
from privflow.sources.cache import ParseCache

MYSQL = (Path(__file__).parent / "fixtures" / "sources" / "dialects" / "mysql.sql")


def _tree(root: Path, files: int = 6) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        (root / f"V{i + 1}__t.sql").write_text(
            f"CREATE TABLE t{i} (id INT PRIMARY KEY, phone VARCHAR(20) COMMENT '手机号{i}');\n"
            f"ALTER TABLE t{max(i - 1, 0)} ADD COLUMN email{i} VARCHAR(64);\n"
            f"INSERT INTO t_copy{i} SELECT id, phone FROM t{i};\n", "utf-8")
    return root


def _tables(schema: Schema) -> list[dict]:
    return [t.to_json() for t in schema.tables.values()]


def _entries(folder: Path) -> list[Path]:
    """The parse cache's entries (not the dialect rankings nor the classification memo)."""
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not {"dialects", "classify"} & set(p.relative_to(folder).parts))


def test_a_rerun_reads_only_the_changed_file(tmp_path):
    tree = _tree(tmp_path / "repo")
    cache = ParseCache(tmp_path / "cache")
    first = load_paths([str(tree)], cache=cache)
    assert (cache.hits, cache.misses) == (0, 6)
    assert len(_entries(tmp_path / "cache")) == 6

    (tree / "V3__t.sql").write_text("CREATE TABLE t2 (id INT, mobile VARCHAR(20));\n", "utf-8")
    again = ParseCache(tmp_path / "cache")
    second = load_paths([str(tree)], cache=again)
    assert (again.hits, again.misses) == (5, 1)
    assert list(second.tables["t2"].columns) == ["id", "mobile", "email3"]
    uncached = load_paths([str(tree)])
    assert _tables(second) == _tables(uncached) != _tables(first)
    assert [f.path for f in second.files] == [f.path for f in uncached.files]
    assert [s.sql for s in second.statements] == [s.sql for s in uncached.statements]


def test_options_and_privflow_itself_are_part_of_the_key(tmp_path, monkeypatch):
    tree = _tree(tmp_path / "repo", files=2)
    folder = tmp_path / "cache"
    load_paths([str(tree)], cache=ParseCache(folder))
    for options in ({"dialect": "postgres"}, {"sample_rows": 5}):
        probe = ParseCache(folder)
        load_paths([str(tree)], cache=probe, **options)
        assert probe.hits == 0, options
    same = ParseCache(folder)
    load_paths([str(tree)], cache=same)
    assert same.hits == 2

    monkeypatch.setattr(privflow, "__version__", "999.0")
    cache_module.code_fingerprint.cache_clear()
    try:
        newer = ParseCache(folder)
        load_paths([str(tree)], cache=newer)
        assert newer.hits == 0
    finally:
        cache_module.code_fingerprint.cache_clear()


def test_a_corrupt_entry_is_a_miss_and_is_rewritten(tmp_path):
    tree = _tree(tmp_path / "repo", files=3)
    folder = tmp_path / "cache"
    expected = _tables(load_paths([str(tree)], cache=ParseCache(folder)))
    entries = _entries(folder)
    entries[0].write_bytes(b"\x80\x05not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:20])  # truncated
    damaged = ParseCache(folder)
    assert _tables(load_paths([str(tree)], cache=damaged)) == expected
    assert (damaged.hits, damaged.misses) == (1, 2)
    healed = ParseCache(folder)
    load_paths([str(tree)], cache=healed)
    assert healed.hits == 3


def test_sampled_rows_never_reach_the_cache(tmp_path):
    (tmp_path / "dump.sql").write_text(
        "CREATE TABLE m (phone VARCHAR(20));\n"
        "INSERT INTO m VALUES ('13800138000'),('13900139000'),('13700137000');\n", "utf-8")
    folder = tmp_path / "cache"
    schema = load_paths([str(tmp_path / "dump.sql")], cache=ParseCache(folder))
    assert schema.tables["m"].columns["phone"].samples
    assert not folder.exists() or not _entries(folder)
    assert not [p for p in folder.rglob("*") if p.is_file() and b"1380013" in p.read_bytes()]
    # Without sampling there are no values, and the file is cached.
    load_paths([str(tmp_path / "dump.sql")], sample_rows=0, cache=ParseCache(folder))
    assert len(_entries(folder)) == 1
    assert b"13800138000" not in _entries(folder)[0].read_bytes()


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cwd / "xdg")}
    env.pop("PRIVFLOW_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "privflow", "scan", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=300)


def test_two_runs_sharing_a_cache_write_what_a_run_without_it_writes(tmp_path):
    tree = _tree(tmp_path / "repo", files=8)
    (tree / "V9__mysql.sql").write_bytes(MYSQL.read_bytes())
    plain = _cli("repo", "--no-cache", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    runs = [subprocess.Popen([sys.executable, "-m", "privflow", "scan", "repo", "--cache-dir",
                              "shared", "-o", f"out{i}.json"], cwd=tmp_path, env=env,
                             stderr=subprocess.PIPE) for i in range(3)]
    for run in runs:
        assert run.wait(timeout=300) == 0, run.stderr.read() if run.stderr else ""
    for i in range(3):
        assert (tmp_path / f"out{i}.json").read_bytes() == plain.stdout
    warm = _cli("repo", "--cache-dir", "shared", cwd=tmp_path)
    assert warm.stdout == plain.stdout
    assert not [p for p in (tmp_path / "shared").rglob("*.tmp")]
    assert not (tmp_path / "xdg").exists()  # --cache-dir replaces the default folder
    default = _cli("repo", cwd=tmp_path)
    assert default.stdout == plain.stdout and (tmp_path / "xdg" / "privflow").is_dir()


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_the_same_bytes_whatever_the_number_of_workers(tmp_path, jobs):
    tree = _tree(tmp_path / "repo", files=10)
    (tree / "V11__mysql.sql").write_bytes(MYSQL.read_bytes())
    serial = _cli("repo", "--no-cache", "--jobs", "1", cwd=tmp_path)
    pooled = _cli("repo", "--no-cache", "--jobs", jobs, cwd=tmp_path)
    assert serial.returncode == pooled.returncode == 0, pooled.stderr
    assert pooled.stdout == serial.stdout
    assert len(json.loads(serial.stdout)["tables"]) > 10


def test_the_streamed_document_is_the_contract_value_made_safe():
    table = Table(id="t\x00", name="t\ud800", source="a.sql:1", comment="注释 \ufffe\\u0000")
    table.add_column(Column(name="phone", type="varchar(20)", comment="手机\x00号",
                            categories=["contact.phone"], confidence=0.971))
    schema = Schema(tables={table.id: table},
                    skipped=[Skipped("b.sql", 3, "bad \udcff byte")])
    result = ScanResult(schema=schema)

    class Out:
        parts: list[str] = []

        def write(self, text: str) -> None:
            self.parts.append(text)

    out = Out()
    write_document(scan_records(result), out)  # type: ignore[arg-type]
    text = "".join(out.parts)
    text.encode("utf-8")  # no lone surrogate left
    assert json.loads(text) == json_safe(result.to_json())
    assert "\\u0000" not in text.replace("\\\\u0000", "")
    empty = Out()
    empty.parts = []
    write_document(scan_records(ScanResult(schema=Schema())), empty)  # type: ignore[arg-type]
    assert json.loads("".join(empty.parts)) == ScanResult(schema=Schema()).to_json()


@pytest.mark.parametrize("column", [
    Column(name="phone", type="varchar(20)", comment="手机号 \"引号\" \\ \t",
           categories=["contact.phone", "identity.name"], confidence=0.966, sensitive=True,
           state="masked", evidence=["name:phone", "comment:手机"], linked_to="users"),
    Column(name="id"),  # None type and comment, no categories, confidence 0.0
    Column(name="n", confidence=1),  # an int confidence stays an int
    Column(name="big", confidence=float("nan")),
    Column(name="c\x00", comment="\ud800 lone", evidence=["\ufffe"]),
])
def test_a_table_record_is_the_generic_encoding_byte_for_byte(column):
    from privflow.sanitize import json_record
    from privflow.scanjson import table_record

    table = Table(id="s.t", name="T", source="a.sql:1", comment=None, dialect="mysql",
                  evidence=["parse:tolerant"])
    table.add_column(column)
    table.add_column(Column(name="email", type="text", categories=["contact.email"],
                            confidence=0.9))
    assert table_record(table) == json_record(table.to_json())
    assert table_record(Table(id="e", name="e", source="x")) == json_record(
        Table(id="e", name="e", source="x").to_json())


def test_kept_column_tails_are_never_lent_to_a_value_of_another_type():
    # A column's encoded tail is kept by its values: an equal value of another type (1 and
    # 1.0, 1 and True), an unhashable one or one that is no list takes its own way.
    from privflow.sanitize import json_record
    from privflow.scanjson import table_record

    table = Table(id="s.t", name="T", source="a.sql:1")
    for index, (confidence, sensitive, categories, evidence) in enumerate([
            (1.0, True, ["contact.phone"], ["name:phone"]),
            (1, True, ["contact.phone"], ["name:phone"]),
            (1.0, 1, ["contact.phone"], ["name:phone"]),
            (1.0, True, ("contact.phone",), ["name:phone"]),
            (1.0, True, ["contact.phone"], [["name:phone"]]),
            (1.0, True, [1], ["name:phone"])]):
        table.add_column(Column(name=f"c{index}", confidence=confidence,  # type: ignore[arg-type]
                                sensitive=sensitive, categories=categories,  # type: ignore[arg-type]
                                evidence=evidence))  # type: ignore[arg-type]
    for _ in range(2):  # the second time with every tail kept
        assert table_record(table) == json_record(table.to_json())


# --- the classification memo (classify/memo.py) ---------------------------------------------

def _people_tree(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "V1__orders.sql").write_text(
        "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT, receiver_phone VARCHAR(20),"
        " note VARCHAR(64) COMMENT '备注');\n", "utf-8")
    (root / "V2__misc.sql").write_text(
        "CREATE TABLE product (id INT, name VARCHAR(64), price DECIMAL(10,2));\n", "utf-8")
    for i in range(3, 7):
        (root / f"V{i}__t.sql").write_text(
            f"CREATE TABLE t{i} (id INT, email VARCHAR(64) COMMENT '邮箱', member_id INT);\n",
            "utf-8")
    return root


def _classified(tree: Path, cache_dir: Path | None):
    from privflow.classify import classify_schema
    from privflow.classify.memo import ClassifyMemo

    schema = load_paths([str(tree)])
    seen: dict[str, ClassifyMemo] = {}
    original = ClassifyMemo.save

    def save(self: ClassifyMemo) -> None:
        seen["memo"] = self
        original(self)

    ClassifyMemo.save = save  # type: ignore[method-assign]
    try:
        classify_schema(schema, cache_dir=str(cache_dir) if cache_dir else None)
    finally:
        ClassifyMemo.save = original  # type: ignore[method-assign]
    return _tables(schema), seen.get("memo")


def test_a_rerun_classifies_only_the_tables_whose_inputs_changed(tmp_path):
    tree = _people_tree(tmp_path / "repo")
    folder = tmp_path / "cache"
    first, memo = _classified(tree, folder)
    assert memo is not None and (memo.hits, memo.misses) == (0, 6)
    again, memo = _classified(tree, folder)
    # Nothing changed: the kept summary is replayed whole (classify/summary.py), no key made.
    assert again == first and memo.replayed and (memo.hits, memo.misses) == (0, 0)
    shutil.rmtree(next(folder.rglob("summary")))
    again, memo = _classified(tree, folder)
    assert again == first and not memo.replayed and (memo.hits, memo.misses) == (6, 0)

    # One file changes: its table is classified again, the others are reused.
    (tree / "V4__t.sql").write_text(
        "CREATE TABLE t4 (id INT, mobile VARCHAR(20) COMMENT '手机号', member_id INT);\n", "utf-8")
    changed, memo = _classified(tree, folder)
    assert (memo.hits, memo.misses) == (5, 1)
    assert changed == _classified(tree, None)[0] != first

    # A people table appears in another file: every table keyed to it changes its links and
    # context, though none of their own text changed.
    (tree / "V2__misc.sql").write_text(
        "CREATE TABLE product (id INT, name VARCHAR(64), price DECIMAL(10,2));\n"
        "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(64), phone VARCHAR(20));\n"
        "CREATE TABLE member (id INT PRIMARY KEY, nickname VARCHAR(64));\n", "utf-8")
    linked, memo = _classified(tree, folder)
    plain = _classified(tree, None)[0]
    assert linked == plain
    links = {c["name"]: c["linked_to"] for t in plain for c in t["columns"]}
    assert links["user_id"] == "users" and links["member_id"] == "member"
    assert memo.misses >= 6  # orders, t3..t6 and the two new tables


def test_the_memo_ignores_damaged_entries_and_other_privflows(tmp_path, monkeypatch):
    tree = _people_tree(tmp_path / "repo")
    folder = tmp_path / "cache"
    expected, _ = _classified(tree, folder)
    entries = sorted((folder / "v1" / "classify").rglob("*"))
    files = [p for p in entries if p.is_file() and "summary" not in p.parts]
    files[0].write_bytes(b"\x80\x05garbage")
    # The memo's own entries are asked (the kept summary would replay the whole scan).
    shutil.rmtree(next(folder.rglob("summary")))
    again, memo = _classified(tree, folder)
    assert again == expected and memo.misses == 1 and memo.hits == 5
    monkeypatch.setattr(privflow, "__version__", "999.0")
    cache_module.code_fingerprint.cache_clear()
    try:
        newer, memo = _classified(tree, folder)
        assert newer == expected and memo.hits == 0
    finally:
        cache_module.code_fingerprint.cache_clear()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cached_reruns_after_a_change_write_the_bytes_of_an_uncached_scan(tmp_path, jobs):
    tree = _people_tree(tmp_path / "repo")
    for i in range(7, 12):
        (tree / f"V{i}__mysql.sql").write_bytes(MYSQL.read_bytes().replace(
            b"CREATE TABLE ", f"CREATE TABLE f{i}_".encode()))
    first = _cli("repo", "--cache-dir", "c", "--jobs", jobs, cwd=tmp_path)
    second = _cli("repo", "--cache-dir", "c", "--jobs", jobs, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert second.stdout == first.stdout == _cli("repo", "--no-cache", cwd=tmp_path).stdout
    (tree / "V2__misc.sql").write_text(
        "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(64) COMMENT '姓名');\n", "utf-8")
    changed = _cli("repo", "--cache-dir", "c", "--jobs", jobs, cwd=tmp_path)
    plain = _cli("repo", "--no-cache", "--jobs", jobs, cwd=tmp_path)
    assert changed.returncode == plain.returncode == 0, changed.stderr
    assert changed.stdout == plain.stdout != first.stdout
    assert (tmp_path / "c" / "v1" / "classify").is_dir()


def test_dialect_rankings_are_kept_by_the_head_of_each_file(tmp_path, monkeypatch):
    import privflow.sources as sources_module

    tree = _tree(tmp_path / "repo", files=3)
    (tree / "V9__mysql.sql").write_bytes(MYSQL.read_bytes())
    folder = tmp_path / "cache"
    calls: list[str] = []
    real = sources_module.rank_dialects

    def counting(text: str):
        calls.append(text[:40])
        return real(text)

    monkeypatch.setattr(sources_module, "rank_dialects", counting)
    first = load_paths([str(tree)], cache=ParseCache(folder))
    assert len(calls) == 4
    calls.clear()
    again = load_paths([str(tree)], cache=ParseCache(folder))
    assert calls == [] and _tables(again) == _tables(first)
    assert [f.dialect_scores for f in again.files] == [f.dialect_scores for f in first.files]

    (tree / "V2__t.sql").write_text("CREATE TABLE x (a INT) ENGINE=InnoDB;\n", "utf-8")
    rankings = next((folder / "v1" / "dialects").iterdir())
    rankings.write_bytes(rankings.read_bytes()[:10])  # damaged: ranked again
    changed = load_paths([str(tree)], cache=ParseCache(folder))
    assert len(calls) == 4
    uncached = load_paths([str(tree)])
    assert _tables(changed) == _tables(uncached)
    assert [f.dialect_scores for f in changed.files] == [f.dialect_scores for f in uncached.files]


# --- JSON records kept in the memo (classify/memo.py, scanjson.py) ---------------------------

def _json_scan(tree: Path, cache_dir: Path | None, out: Path) -> tuple[bytes, int]:
    """The `scan --format json` bytes of TREE, and how many table records came from the memo."""
    from privflow.pipeline import ScanOptions, run_scan
    from privflow.scanjson import write_scan_json

    result = run_scan(ScanOptions(paths=[str(tree)], jobs=1, json_records=True,
                                  cache_dir=str(cache_dir) if cache_dir else None))
    memo = result.memo
    write_scan_json(result, str(out))
    return out.read_bytes(), memo.records_reused if memo is not None else 0


def test_kept_records_are_written_again_only_while_what_they_read_is_unchanged(tmp_path):
    tree = _people_tree(tmp_path / "repo")
    cache, out = tmp_path / "cache", tmp_path / "out.json"
    first, reused = _json_scan(tree, cache, out)
    assert reused == 0
    again, reused = _json_scan(tree, cache, out)
    assert again == first and reused == 6

    # People tables appear in another file: the records of the tables keyed to them change
    # (their links), though none of those tables' own files changed.
    (tree / "V2__misc.sql").write_text(
        "CREATE TABLE product (id INT, name VARCHAR(64), price DECIMAL(10,2));\n"
        "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(64), phone VARCHAR(20));\n"
        "CREATE TABLE member (id INT PRIMARY KEY, nickname VARCHAR(64));\n", "utf-8")
    linked, reused = _json_scan(tree, cache, out)
    plain, _ = _json_scan(tree, None, out)
    assert linked == plain != first
    assert b'"linked_to": "member"' in linked and b'"linked_to": "users"' in linked
    assert reused == 1  # product alone: same text, same line, same context
    assert _json_scan(tree, cache, out) == (plain, 8)


def test_a_record_follows_the_subject_and_domain_the_rest_of_the_schema_lends(tmp_path):
    # `readings` says nothing of a domain: it takes the schema's dominant one, which another
    # file decides. Its own classification (text, context, links) is the same either way.
    tree = tmp_path / "repo"
    tree.mkdir()
    (tree / "V1__x.sql").write_text(
        "CREATE TABLE readings (id INT PRIMARY KEY, subject_id INT, reading_value "
        "DECIMAL(10,2), recorded_at TIMESTAMP);\n", "utf-8")
    (tree / "V2__more.sql").write_text(
        "CREATE TABLE product (id INT PRIMARY KEY, name VARCHAR(64));\n", "utf-8")
    cache, out = tmp_path / "cache", tmp_path / "out.json"
    first, _ = _json_scan(tree, cache, out)
    assert b"health.medical" not in first
    (tree / "V2__more.sql").write_text(
        "CREATE TABLE labevents (row_id INT PRIMARY KEY, subject_id INT, itemid INT, "
        "valuenum DECIMAL(10,2), valueuom VARCHAR(20), charttime TIMESTAMP);\n"
        "CREATE TABLE diagnoses_icd (row_id INT PRIMARY KEY, subject_id INT, "
        "icd9_code VARCHAR(10), seq_num INT);\n", "utf-8")
    clinical, reused = _json_scan(tree, cache, out)
    assert clinical == _json_scan(tree, None, out)[0]
    readings = json.loads(clinical)["tables"][0]
    assert readings["id"] == "readings" and reused == 0
    assert "health.medical" in readings["columns"][2]["categories"]


def test_a_key_into_a_list_of_values_follows_the_list_another_file_adds(tmp_path):
    # `pekerjaan_id` of a resident is an occupation only while a list of occupations exists;
    # that list is in another file, so the resident's record is not reused when it appears.
    tree = tmp_path / "repo"
    tree.mkdir()
    (tree / "V1__x.sql").write_text(
        "CREATE TABLE resident (id INT PRIMARY KEY, full_name VARCHAR(100), pekerjaan_id INT);\n",
        "utf-8")
    (tree / "V2__more.sql").write_text(
        "CREATE TABLE product (id INT PRIMARY KEY, title VARCHAR(64));\n", "utf-8")
    cache, out = tmp_path / "cache", tmp_path / "out.json"
    first, _ = _json_scan(tree, cache, out)
    assert b"employment.info" not in first
    (tree / "V2__more.sql").write_text(
        "CREATE TABLE pekerjaan (id INT PRIMARY KEY, nama VARCHAR(100));\n", "utf-8")
    listed, reused = _json_scan(tree, cache, out)
    assert listed == _json_scan(tree, None, out)[0]
    resident = next(t for t in json.loads(listed)["tables"] if t["id"] == "resident")
    assert reused == 0 and "employment.info" in resident["columns"][2]["categories"]


def test_tables_lineage_writes_into_are_encoded_every_time(tmp_path):
    tree = _tree(tmp_path / "repo", files=3)  # INSERT ... SELECT from each t{i}
    cache, out = tmp_path / "cache", tmp_path / "out.json"
    first, _ = _json_scan(tree, cache, out)
    again, reused = _json_scan(tree, cache, out)
    assert again == first == _json_scan(tree, None, out)[0]
    assert reused == 0  # every table is a flow's source or target
    (tree / "V4__plain.sql").write_text("CREATE TABLE plain (id INT, note TEXT);\n", "utf-8")
    _json_scan(tree, cache, out)
    assert _json_scan(tree, cache, out)[1] == 1


def test_a_table_fed_by_a_changed_table_gets_the_categories_that_now_flow_in(tmp_path):
    tree = tmp_path / "repo"
    tree.mkdir()
    (tree / "V1__target.sql").write_text(
        "CREATE TABLE archive (id INT PRIMARY KEY, c1 VARCHAR(20));\n", "utf-8")
    (tree / "V2__source.sql").write_text(
        "CREATE TABLE member (id INT PRIMARY KEY, c1 VARCHAR(20) COMMENT '备注');\n"
        "INSERT INTO archive (id, c1) SELECT id, c1 FROM member;\n", "utf-8")
    cache, out = tmp_path / "cache", tmp_path / "out.json"
    first, _ = _json_scan(tree, cache, out)
    (tree / "V2__source.sql").write_text(
        "CREATE TABLE member (id INT PRIMARY KEY, c1 VARCHAR(20) COMMENT '手机号码');\n"
        "INSERT INTO archive (id, c1) SELECT id, c1 FROM member;\n", "utf-8")
    changed, _ = _json_scan(tree, cache, out)
    assert changed == _json_scan(tree, None, out)[0] != first
    archive = json.loads(changed)["tables"][0]
    assert archive["id"] == "archive" and archive["columns"][1]["categories"] == ["contact.phone"]


def test_the_document_is_the_same_bytes_through_a_buffer_or_as_text():
    import io

    table = Table(id="t", name="t", source="a.sql:1", comment="注释")
    table.add_column(Column(name="phone", type="varchar(20)", comment="手机号",
                            categories=["contact.phone"], confidence=0.97))
    kept = Table(id="k", name="k", source="a.sql:2", comment="保留")
    result = ScanResult(schema=Schema(tables={"t": table, "k": kept},
                                      skipped=[Skipped("b.sql", 3, "bad \udcff byte")]))

    class Memo:  # `k` comes from an earlier scan, as UTF-8 bytes; `t` is encoded now
        def record(self, t: Table) -> bytes | None:
            return ('{"kept": "' + t.comment + '"}').encode() if t.id == "k" else None

        def keep_record(self, t: Table, record: bytes) -> None:
            assert type(record) is bytes

    result.memo = Memo()

    class Out:
        parts: list[str] = []

        def write(self, text: str) -> None:
            self.parts.append(text)

    text = Out()
    write_document(scan_records(result), text)  # type: ignore[arg-type]
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    stream.write("")  # the buffer path starts after whatever the stream holds
    write_document(scan_records(result), stream)
    stream.flush()
    assert raw.getvalue() == "".join(text.parts).encode("utf-8")
    assert '"kept": "保留"' in "".join(text.parts)
    latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="replace")
    from privflow.scanjson import _utf8_buffer

    assert _utf8_buffer(latin) is None and _utf8_buffer(stream) is raw


def test_the_program_runs_exit_functions_and_keeps_its_exit_code(tmp_path):
    (tmp_path / "bad.sql").write_text(
        "CREATE TABLE t (phone VARCHAR(20));\nCREATE TABLE (;\n", "utf-8")
    script = ("import atexit, sys\n"
              "atexit.register(lambda: sys.stderr.write('exit functions ran\\n'))\n"
              "sys.argv = ['privflow', 'scan', 'bad.sql', '--no-cache']\n"
              "from privflow.cli import entry\n"
              "entry()\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          timeout=300)
    assert done.returncode == 2, done.stderr
    assert done.stderr.decode().endswith("exit functions ran\n")
    assert json.loads(done.stdout)["tables"][0]["id"] == "t"
    usage = subprocess.run([sys.executable, "-m", "privflow", "scan", "--no-such-option"],
                           cwd=tmp_path, capture_output=True, timeout=300)
    assert usage.returncode == 2 and b"no-such-option" in usage.stderr


def test_domain_scores_are_kept_for_tables_whose_text_is_unchanged(tmp_path, monkeypatch):
    from privflow.classify import facts

    tree = tmp_path / "repo"
    tree.mkdir()
    (tree / "V1__x.sql").write_text(
        "CREATE TABLE readings (id INT PRIMARY KEY, subject_id INT, reading_value "
        "DECIMAL(10,2), recorded_at TIMESTAMP);\n", "utf-8")
    (tree / "V2__more.sql").write_text(
        "CREATE TABLE labevents (row_id INT PRIMARY KEY, subject_id INT, itemid INT, "
        "valuenum DECIMAL(10,2), valueuom VARCHAR(20), charttime TIMESTAMP);\n"
        "CREATE TABLE patients (subject_id INT PRIMARY KEY, gender VARCHAR(5), dob DATE);\n",
        "utf-8")
    scored: list[str] = []
    real = facts._domain_scores

    def counting(table):
        scored.append(table.id)
        return real(table)

    monkeypatch.setattr(facts, "_domain_scores", counting)
    cache, out = tmp_path / "cache", tmp_path / "out.json"
    first, _ = _json_scan(tree, cache, out)
    assert "labevents" in scored
    scored.clear()
    assert _json_scan(tree, cache, out)[0] == first and scored == []

    # labevents' own text changes: its scores are worked out again, the others' are kept.
    (tree / "V2__more.sql").write_text(
        (tree / "V2__more.sql").read_text("utf-8").replace("itemid INT,", "itemid INT, "
                                                           "icd9_code VARCHAR(10),"), "utf-8")
    changed, _ = _json_scan(tree, cache, out)
    assert scored == ["labevents"]
    assert changed == _json_scan(tree, None, out)[0] != first
