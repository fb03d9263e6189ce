"""The one pipeline: sources -> schema -> classifier -> lineage -> graph -> findings.

Every command (`scan`, `report`, `graph`, `check`) calls `run_scan`, so that they all see the
same inventory of columns and flows.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from privflow import __version__
from privflow.errors import PrivflowError
from privflow.schema import ScanResult, Schema, Skipped

# The standard of sensitive categories a scan classifies under (classify_schema's default).
STANDARD = "GB/T 35273-2020"


@dataclass
class ScanOptions:
    paths: Sequence[str] = ()
    databases: Sequence[str] = ()
    dialect: str | None = None
    inventory_dir: str | None = None
    sample: bool = True
    sample_rows: int = 100
    # Live-database globs over table ids (`--include/--exclude`; else privflow.yaml's).
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    progress: bool = False
    # Worker processes reading files (`--jobs`; None: the usable CPUs when it pays).
    jobs: int | None = None
    # Folder of the parsed-file cache (`--cache-dir`); None: no cache.
    cache_dir: str | None = None
    # The caller writes the scan's JSON records (`scanjson.write_scan_json`), which keeps them
    # in the classification memo and saves it; otherwise `run_scan` saves the memo itself.
    json_records: bool = False
    # The process ends with this scan (the CLI): what is alive once the sources are read and
    # once they are classified (the schema, mostly) is moved out of the cyclic collector's
    # sight (`gc.freeze`), which would otherwise walk all of it again at every full
    # collection. Left off in a process that goes on (tests, an embedding program).
    freeze_gc: bool = False
    # Only files under these paths are scanned (`check --since`); None scans everything.
    only_files: set[str] | None = None
    # Warehouse query logs (`lineage --query-log`; else privflow.yaml's `query_logs:`) and
    # where their state lives (None: under the user's cache folder).
    query_logs: Sequence[str] = ()
    query_log_state: str | None = None
    # Live databases: connect to those privflow.yaml lists (`check` asks for it explicitly),
    # the environment variables their URLs may read beyond PRIVFLOW_*, the sampling deadline.
    config_databases: bool = True
    allow_env: Sequence[str] = ()
    sample_deadline_s: float | None = None
    # Follow symbolic links that lead out of the scanned folders (`--follow-symlinks`).
    follow_symlinks: bool = False
    warn: Callable[[str], None] = field(default=lambda message: None)


def load_inventory(directory: str | None):  # -> privflow.inventory.Inventory | None
    """The declarations in DIR, or None when DIR has no `privflow.yaml`."""
    from privflow.inventory import load_inventory as load

    if directory is None:
        return None
    if not Path(directory).exists():
        raise PrivflowError("inventory folder does not exist", path=directory)
    if not (Path(directory) / "privflow.yaml").exists():
        return None
    return load(directory)


def _parse_cache(directory: str | None):  # -> privflow.sources.cache.ParseCache | None
    if directory is None:
        return None
    from privflow.sources.cache import ParseCache

    return ParseCache(directory)


def run_scan(options: ScanOptions, inventory=None) -> ScanResult:
    from privflow import check, classify, lineage, sources

    paths = list(options.paths)
    databases = list(options.databases)
    dialect_overrides: dict[str, str] = {}
    if inventory is not None:
        if not paths:
            paths = list(inventory.source_paths)
        if not databases and options.config_databases:
            databases = list(inventory.databases)
        dialect_overrides = dict(inventory.dialects)

    for path in paths:
        if not Path(path).exists():
            raise PrivflowError("no such file or folder", path=path)

    schema: Schema = sources.load_paths(
        paths,
        dialect=options.dialect,
        dialect_overrides=dialect_overrides,
        sample_rows=options.sample_rows if options.sample else 0,
        progress=options.progress,
        only_files=options.only_files,
        follow_symlinks=options.follow_symlinks,
        jobs_requested=options.jobs,
        cache=_parse_cache(options.cache_dir),
        freeze_gc=options.freeze_gc,
    )
    if options.freeze_gc:
        gc.freeze()

    from privflow.sources import code

    code_scan = code.scan_code(paths, only_files=options.only_files)
    drift = code.merge_into(schema, code_scan)  # ORM models and mappers (issue 18)
    if databases:
        from privflow.sources import live

        include = list(options.include) or (list(inventory.include) if inventory else [])
        exclude = list(options.exclude) or (list(inventory.exclude) if inventory else [])
        # A SQLite path in privflow.yaml is relative to the inventory folder, like `sources:`.
        base_dir = inventory.root if inventory is not None and not options.databases else None
        # A URL in privflow.yaml is code anyone with a pull request writes: it reads only the
        # environment variables the user allowed. One typed on the command line reads any.
        policy = (live.UrlPolicy(any_env=True) if options.databases
                  else live.UrlPolicy(allow_env=frozenset(options.allow_env)))
        limits = ({"deadline_s": options.sample_deadline_s}
                  if options.sample_deadline_s is not None else {})

        for url in databases:
            try:
                db_schema = live.load_database(
                    url,
                    sample_rows=options.sample_rows if options.sample else 0,
                    include=include,
                    exclude=exclude,
                    base_dir=base_dir,
                    policy=policy,
                    warn=options.warn,
                    **limits,
                )
            except PrivflowError as error:
                if not paths and len(databases) == 1:
                    raise
                options.warn(str(error))
                # Issue 7: with other sources, a dead database is a warning, not exit 2; a
                # URL privflow refuses is bad input (exit 2 once the rest is written).
                schema.skipped.append(Skipped(path=error.path or live.shown(url), line=None,
                                              reason=error.message,
                                              error=isinstance(error, live.UrlError)))
                continue
            drift.extend(live.merge(schema, db_schema))

    access: list[dict] = []
    logs = [(path, None, None) for path in options.query_logs] or (
        list(inventory.query_logs) if inventory is not None else [])
    if logs:
        from privflow.querylog.scan import add_query_logs

        access = add_query_logs(schema, logs, state=options.query_log_state,
                                dialect=options.dialect, warn=options.warn)

    recipients = list(inventory.lineage_recipients()) if inventory is not None else []
    overrides = list(inventory.classification) if inventory is not None else []

    memo = None
    if options.cache_dir is not None and not overrides:
        from privflow.classify.memo import ClassifyMemo

        memo = ClassifyMemo(options.cache_dir, STANDARD)
    classify.classify_schema(schema, overrides=overrides, standard=STANDARD, memo=memo)
    if options.freeze_gc:
        gc.freeze()
    flows, found_recipients = lineage.build_flows(schema, recipients)
    lineage.classify_lineage_columns(schema, flows, overrides)  # their own evidence first
    code.sdk_recipients(code_scan, inventory, flows, found_recipients)
    lineage.propagate(schema, flows)

    result = ScanResult(schema=schema, flows=flows, recipients=found_recipients,
                        version=__version__, access=access, sdks=code_scan.sdks)
    result.findings = drift + check.scan_findings(result, inventory)
    if memo is not None:
        # Lineage may tag the columns of a table a flow starts or ends in, and of views and
        # query tables: their JSON records are written afresh every time.
        memo.touched(_flow_tables(flows))
        memo.touched(t.id for t in schema.tables.values() if t.definition)
        if options.json_records:
            result.memo = memo
        else:
            memo.save()
    return result


def _flow_tables(flows: list) -> set[str]:
    tables = set()
    for flow in flows:
        for end in (flow.source, flow.target):
            tables.add(end.rpartition(".")[0])
            tables.add(end)  # a recipient end, or a table named without a column
    return tables
