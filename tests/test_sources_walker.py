"""Walking a repository: what is read, what is skipped, and that it always ends."""

from __future__ import annotations

import os

import pytest

from privflow.sources import load_paths


def write(path, text="CREATE TABLE t (a INT);\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def table_names(schema):
    return sorted(schema.tables)


def test_vcs_virtualenv_node_modules_and_gitignored_files_are_skipped(tmp_path):
    write(tmp_path / "db" / "schema.sql", "CREATE TABLE kept (a INT);")
    write(tmp_path / ".git" / "x.sql", "CREATE TABLE in_git (a INT);")
    write(tmp_path / "node_modules" / "pkg" / "x.sql", "CREATE TABLE in_node (a INT);")
    write(tmp_path / "env" / "pyvenv.cfg", "home = /usr")
    write(tmp_path / "env" / "lib" / "x.sql", "CREATE TABLE in_venv (a INT);")
    write(tmp_path / ".gitignore", "build/\n*.local.sql\n")
    write(tmp_path / "build" / "x.sql", "CREATE TABLE in_build (a INT);")
    write(tmp_path / "db" / "dev.local.sql", "CREATE TABLE local_only (a INT);")
    write(tmp_path / "db" / ".gitignore", "scratch.sql\n")
    write(tmp_path / "db" / "scratch.sql", "CREATE TABLE scratch (a INT);")
    write(tmp_path / "inventory" / "privflow.yaml", "CREATE TABLE not_sql (a INT);")
    write(tmp_path / "README.md", "CREATE TABLE in_readme (a INT);")
    schema = load_paths([str(tmp_path)])
    assert table_names(schema) == ["kept"]
    assert [f.path for f in schema.files] == [f"{tmp_path}/db/schema.sql"]
    assert not schema.skipped  # yml and other files are skipped silently


def test_display_paths_join_the_given_path_and_relative_file(tmp_path, monkeypatch):
    write(tmp_path / "inventory" / "db" / "schema.sql", "\n\nCREATE TABLE m (a INT);")
    monkeypatch.chdir(tmp_path)
    schema = load_paths(["inventory"])
    assert schema.tables["m"].source == "inventory/db/schema.sql:3"
    assert schema.tables["m"].column("a").source == "inventory/db/schema.sql:3"
    single = load_paths(["inventory/db/schema.sql"])
    assert single.tables["m"].source == "inventory/db/schema.sql:3"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_symlink_loops_end_and_linked_folders_are_read_once(tmp_path):
    write(tmp_path / "a" / "one.sql", "CREATE TABLE one (a INT);")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    os.symlink(tmp_path / "a", tmp_path / "again")
    schema = load_paths([str(tmp_path)])
    assert table_names(schema) == ["one"]
    assert len(schema.files) == 1


def test_only_files_limits_what_is_read(tmp_path):
    write(tmp_path / "a.sql", "CREATE TABLE a (x INT);")
    write(tmp_path / "b.sql", "CREATE TABLE b (x INT);")
    schema = load_paths([str(tmp_path)], only_files={str(tmp_path / "b.sql")})
    assert table_names(schema) == ["b"]


def test_dbt_project_folder_is_delegated_not_read_as_sql(tmp_path, monkeypatch):
    import privflow.sources.dbt as dbt

    calls = []

    def fake_loader(root, display_root, schema, **options):
        calls.append((root, display_root))

    monkeypatch.setattr(dbt, "load_dbt_project", fake_loader)
    write(tmp_path / "warehouse" / "dbt_project.yml", "name: w\n")
    write(tmp_path / "warehouse" / "models" / "m.sql", "select 1 as x")
    write(tmp_path / "db" / "schema.sql", "CREATE TABLE src (a INT);")
    schema = load_paths([str(tmp_path)])
    assert calls == [(tmp_path / "warehouse", f"{tmp_path}/warehouse")]
    assert table_names(schema) == ["src"]
    assert [f.path for f in schema.files] == [f"{tmp_path}/db/schema.sql"]


def test_a_file_given_by_name_is_read_whatever_its_suffix(tmp_path):
    write(tmp_path / "schema.txt", "CREATE TABLE t (a INT);")
    assert table_names(load_paths([str(tmp_path / "schema.txt")])) == ["t"]


def test_many_files_read_in_parallel_give_the_serial_result(tmp_path, monkeypatch):
    import privflow.sources as sources

    monkeypatch.delenv("PRIVFLOW_SERIAL", raising=False)
    for i in range(12):
        write(tmp_path / f"V{i + 1}__t.sql",
              f"CREATE TABLE t{i} (a INT COMMENT 'c{i}');\nALTER TABLE t{max(i - 1, 0)} "
              f"ADD COLUMN b{i} INT;\n")
    serial = load_paths([str(tmp_path)])
    found = list(sources.Walker().walk(tmp_path, str(tmp_path)))
    plan = sources._plan([(f, None, None) for f in found], 3)
    # Three readers: two workers for the first files, this process for at most the last
    # third of the bytes.
    assert plan.workers == 2 and plan.here and plan.here[-1] == 11
    assert [i for batch in plan.batches for i in batch] + plan.here == list(range(12))
    sizes = [f.path.stat().st_size for f in found]
    assert sum(sizes[i] for i in plan.here) <= sum(sizes) // 3
    parallel = load_paths([str(tmp_path)], jobs_requested=2)
    assert [t.to_json() for t in parallel.tables.values()] == [
        t.to_json() for t in serial.tables.values()]
    assert [f.path for f in parallel.files] == [f.path for f in serial.files]
    assert list(serial.tables["t0"].columns) == ["a", "b0", "b1"]


def test_yaml_given_by_name_is_not_sql_and_unreadable_folders_are_reported(tmp_path):
    write(tmp_path / "privflow.yaml", "CREATE TABLE nope (a INT);")
    assert not load_paths([str(tmp_path / "privflow.yaml")]).tables
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    locked = tmp_path / "locked"
    write(locked / "a.sql")
    locked.chmod(0)
    try:
        schema = load_paths([str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert [s.reason.startswith("unreadable") for s in schema.skipped] == [True]


def test_overlapping_paths_read_each_file_once(tmp_path):
    write(tmp_path / "db" / "V1__a.sql", "CREATE TABLE a (x INT);")
    write(tmp_path / "db" / "V2__b.sql", "ALTER TABLE a ADD COLUMN y INT;")
    schema = load_paths([str(tmp_path), str(tmp_path / "db"), str(tmp_path / "db" / "V2__b.sql")])
    assert len(schema.files) == 2
    assert list(schema.tables["a"].columns) == ["x", "y"]
    assert not schema.skipped


def test_suffix_names_the_dialect_of_a_file_without_markers(tmp_path):
    write(tmp_path / "etl" / "load.hql", "INSERT INTO TABLE dw.t SELECT a FROM ods.s;")
    write(tmp_path / "etl" / "next.sql", "INSERT INTO dw.u SELECT a FROM dw.t;")
    schema = load_paths([str(tmp_path)])
    assert [(f.dialect, f.dialect_reason) for f in schema.files] == [
        ("hive", "guessed: .hql file"), ("hive", "guessed: like load.hql")]
