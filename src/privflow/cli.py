"""Click commands only: parse options, call one function, print. Contract: cli-contract.md."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import click

from privflow import __version__
from privflow.errors import PrivflowError
from privflow.pipeline import ScanOptions, load_inventory, run_scan
from privflow.sanitize import json_text

DEFAULT_INVENTORY = "inventory"
# Set by `main`: this process is one command, which ends when it does (not a test's runner).
_WHOLE_PROCESS = [False]
# The scan results of such a process, kept to its end (`_end`): a command returning would
# otherwise free a large scan's tables, columns and memo object by object (~0.1 s of a
# 20,000-table re-run) just before the process ends without tearing its heap down.
_KEPT: list[object] = []


def _warn(message: str) -> None:
    from privflow.sanitize import message_text

    click.echo(f"privflow: warning: {message_text(message)}", err=True)


def _write_or_print(text: str, output: str | None) -> None:
    if output:
        from privflow.output import write_file

        write_file(output, text)
    else:
        click.echo(text)


def _inventory_for(directory: str | None, explicit: bool):
    """Load the inventory; a folder named explicitly must exist, the default may be absent."""
    if directory is None:
        return None
    if not explicit and not Path(directory).exists():
        return None
    return load_inventory(directory)


def _scan(paths, databases, dialect, inventory_dir, inventory_explicit, *, sample=True,
          only_files=None, include=(), exclude=(), allow_env=(), config_databases=True,
          sample_deadline_s=None, follow_symlinks=False, verbose=False, jobs=None,
          cache_dir=None, json_records=False):
    from privflow.notes import Notes

    if cache_dir is not None:
        # The classifier's vocabulary compiled once, kept in the same folder as the parse
        # cache (nothing is written anywhere else, and nothing with --no-cache).
        from privflow.classify.vocabulary import keep_compiled_in

        keep_compiled_in(cache_dir)
    notes = Notes(_warn, verbose)
    inventory = _inventory_for(inventory_dir, inventory_explicit)
    if not paths and not databases and inventory is None:
        paths = (DEFAULT_INVENTORY,)
    options = ScanOptions(
        paths=paths,
        databases=databases,
        dialect=dialect,
        inventory_dir=inventory_dir,
        sample=sample,
        include=include,
        exclude=exclude,
        progress=sys.stderr.isatty(),
        only_files=only_files,
        allow_env=allow_env,
        config_databases=config_databases,
        sample_deadline_s=sample_deadline_s,
        follow_symlinks=follow_symlinks,
        jobs=jobs,
        cache_dir=cache_dir,
        json_records=json_records,
        freeze_gc=_WHOLE_PROCESS[0],
        warn=lambda message: notes.add("", message),
    )
    result = run_scan(options, inventory)
    if _WHOLE_PROCESS[0]:
        _KEPT.append(result)
    for skipped in result.schema.skipped:
        # A table read tolerantly is in the scan: no skip, a note (an error when its
        # statement was broken, as an unclosed quote is).
        label = "skipped" if not skipped.kept else "error" if skipped.error else "note"
        notes.add(skipped.where(), f"{label}: {skipped.reason}")
    notes.flush()
    return result, inventory


def _exit_for_bad_input(result) -> None:
    """Bad input (a broken statement, an unreadable file) exits 2 once the rest is written."""
    errors = [s for s in result.schema.skipped if s.error]
    if errors:
        click.echo(f"privflow: {len(errors)} input error(s); everything else was scanned",
                   err=True)
        sys.exit(2)


def _allow_env(command):
    """`--allow-env NAME`: a `${NAME}` a URL in privflow.yaml may read (PRIVFLOW_* always)."""
    return click.option(
        "--allow-env", "allow_env", multiple=True, metavar="NAME",
        help="Environment variable that database URLs in privflow.yaml may read, besides "
             "PRIVFLOW_* (repeatable).")(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="privflow")
def cli() -> None:
    """Find personal data in SQL and databases, and show where it goes."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--db", "databases", multiple=True, help="SQLAlchemy URL of a live database.")
@click.option("--dialect", help="Force one SQL dialect (mysql, postgres, tsql, hive ...).")
@click.option("--inventory", "inventory_dir", type=click.Path(),
              help="Inventory folder with privflow.yaml (default: inventory/).")
@click.option("--format", "fmt", type=click.Choice(["json", "table", "sarif"]), default="json",
              show_default=True)
@click.option("--no-sample", is_flag=True, help="Do not read sample values from databases.")
@click.option("--include", multiple=True,
              help="Only database tables whose id matches this glob (e.g. 'public.*').")
@click.option("--exclude", multiple=True, help="Skip database tables whose id matches this glob.")
@click.option("--sample-deadline", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Stop sampling a database after this long; the tables left are listed "
                   "as not sampled (default 300).")
@_allow_env
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links that lead out of the scanned folders.")
@click.option("-v", "--verbose", is_flag=True,
              help="Every note on its own line (default: summarised by kind past 20).")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="Processes reading files, this one included (default: the usable CPUs, when it pays).")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Cache of parsed files (default: $XDG_CACHE_HOME/privflow).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
def scan(paths, databases, dialect, inventory_dir, fmt, no_sample, include, exclude,
         sample_deadline, allow_env, output, follow_symlinks, verbose, jobs, cache_dir,
         no_cache) -> None:
    """Inventory every table and column under PATHS and in each --db, classified, with lineage."""
    from privflow.sources.cache import default_dir

    result, _ = _scan(paths, databases, dialect, inventory_dir or DEFAULT_INVENTORY,
                      inventory_dir is not None, sample=not no_sample, include=include,
                      exclude=exclude, allow_env=allow_env, sample_deadline_s=sample_deadline,
                      follow_symlinks=follow_symlinks, verbose=verbose, jobs=jobs,
                      cache_dir=None if no_cache else (cache_dir or str(default_dir())),
                      json_records=fmt == "json")
    if result.memo is not None and fmt != "json":
        result.memo.save()
    if fmt == "json":
        from privflow.scanjson import write_scan_json

        write_scan_json(result, output)
    elif fmt == "sarif":
        from privflow.check import to_sarif

        _write_or_print(json_text(to_sarif(result.findings)), output)
    else:
        from privflow.terminal import render_scan_table

        render_scan_table(result, output)
    _exit_for_bad_input(result)


@cli.command()
@click.argument("file", required=False, type=click.Path())
@click.option("--query-log", "query_logs", multiple=True, type=click.Path(),
              help="A warehouse query log (CSV or JSON Lines export, PostgreSQL csvlog, MySQL "
                   "general log, Hive log, OpenLineage events); repeatable.")
@click.option("--log-format", help="Force the query-log format (detected from the header).")
@click.option("--dialect", help="SQL dialect of FILE (guessed when absent).")
@click.option("--schema", "schema_file", type=click.Path(),
              help="DDL describing the tables FILE reads.")
@click.option("--with-conditions", is_flag=True, help="Also list WHERE/JOIN/GROUP BY edges.")
@click.option("--state", type=click.Path(),
              help="Query-log state file (SQLite); default under the user's cache folder.")
@click.option("--no-state", is_flag=True, help="Keep query-log state in memory only.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True, help="Where query-log templates are processed.")
@click.option("--timeout", type=float, default=5.0, show_default=True,
              help="Seconds one query-log template may take to parse.")
@click.option("--format", "fmt", type=click.Choice(["json", "table", "openlineage"]),
              default="json", show_default=True)
@click.option("--namespace", default="privflow", show_default=True,
              help="OpenLineage namespace of jobs and datasets.")
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
def lineage(file, query_logs, log_format, dialect, schema_file, with_conditions, state,
            no_state, engine, timeout, fmt, namespace, output) -> None:
    """Column-level lineage of the statements in one SQL FILE, or of query logs."""
    from privflow.lineage import lineage_file, schema_columns

    if bool(file) == bool(query_logs):
        raise click.UsageError("give one SQL FILE or one or more --query-log")
    if query_logs:
        from privflow.querylog.command import lineage_from_logs

        if schema_file is not None and not Path(schema_file).exists():
            raise PrivflowError("no such file or folder", path=schema_file)
        schema = schema_columns(schema_file, dialect) if schema_file else None
        data = lineage_from_logs(query_logs, log_format=log_format, dialect=dialect,
                                 schema=schema, state=state, use_state=not no_state,
                                 engine=engine, timeout=timeout,
                                 with_conditions=with_conditions, warn=_warn)
        for skipped in data["skipped"][:20]:
            _warn(f"{skipped['source']}: skipped: {skipped['reason']}")
        if len(data["skipped"]) > 20:
            _warn(f"... and {len(data['skipped']) - 20} more skipped (see 'skipped' in the JSON)")
    else:
        data = lineage_file(file, dialect=dialect, schema_path=schema_file,
                            with_conditions=with_conditions)
    if fmt == "openlineage":
        from privflow.querylog.openlineage import to_events

        events = to_events(data, namespace)
        text = "".join(json_text(event, indent=None) + "\n" for event in events)
        _write_or_print(text.rstrip("\n") if output is None else text, output)
    elif fmt == "table":
        from privflow.terminal import render_lineage_table

        render_lineage_table(data, output)
    else:
        _write_or_print(json_text(data), output)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--db", "databases", multiple=True, help="SQLAlchemy URL of a live database.")
@click.option("--dialect", help="Force one SQL dialect (mysql, postgres, tsql, hive ...).")
@click.option("--inventory", "inventory_dir", type=click.Path(), default=DEFAULT_INVENTORY,
              show_default=True)
@click.option("-o", "--output", "out_dir", type=click.Path(), default="reports",
              show_default=True)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@click.option("--format", "formats", default="md,html,json,xlsx,csv", show_default=True,
              help="Comma-separated: md, html, json, xlsx, csv, pdf (pdf: the pdf extra).")
@click.option("--date", "report_date",
              help="Report date (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today.")
@click.option("--role", type=click.Choice(["controller", "processor"]), default="controller",
              show_default=True, help="processor: the GDPR Art. 30(2) record, per controller.")
@_allow_env
def report(paths, databases, dialect, inventory_dir, out_dir, lang, formats, report_date,
           role, allow_env) -> None:
    """Record of processing activities from the inventory plus a scan (of PATHS and each --db
    when given, else of the inventory's sources)."""
    from privflow.report import write_report

    result, inventory = _scan(paths, databases, dialect, inventory_dir, True,
                              allow_env=allow_env)
    if inventory is None:
        raise PrivflowError("no privflow.yaml in the inventory folder", path=inventory_dir)
    written = write_report(result, inventory, out_dir=out_dir, lang=lang,
                           formats=[f.strip() for f in formats.split(",") if f.strip()],
                           report_date=report_date, role=role)
    for path in written:
        click.echo(str(path))
    _exit_for_bad_input(result)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--db", "databases", multiple=True, help="SQLAlchemy URL of a live database.")
@click.option("--dialect", help="Force one SQL dialect (mysql, postgres, tsql, hive ...).")
@click.option("--inventory", "inventory_dir", type=click.Path(), default=DEFAULT_INVENTORY,
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["svg", "png", "dot"]), default="svg",
              show_default=True)
@click.option("--focus", help="A table id, an activity id or a category id.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the diagram's labels.")
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
@_allow_env
def graph(paths, databases, dialect, inventory_dir, fmt, focus, lang, output, allow_env) -> None:
    """Data-flow diagram from source tables to third-party recipients (of PATHS and each --db
    when given, else of the inventory's sources)."""
    from privflow.report.diagrams import render_graph

    explicit = inventory_dir != DEFAULT_INVENTORY or not (paths or databases)
    result, inventory = _scan(paths, databases, dialect, inventory_dir, explicit,
                              allow_env=allow_env)
    data = render_graph(result, inventory, fmt=fmt, focus=focus, lang=lang)
    if output:
        from privflow.output import write_file

        write_file(output, data)
    elif fmt == "png":
        sys.stdout.buffer.write(data)
    else:
        click.echo(data.decode("utf-8"))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--inventory", "inventory_dir", type=click.Path(), default=DEFAULT_INVENTORY,
              show_default=True)
@click.option("--baseline", type=click.Path(), help="Accepted findings; fail only on new ones.")
@click.option("--write-baseline", type=click.Path(), help="Accept today's findings into FILE.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]),
              default="text", show_default=True)
@click.option("--since", help="Only files changed since this git ref.")
@click.option("--fail-on", type=click.Choice(["high", "medium", "low"]), default="medium",
              show_default=True, help="Lowest severity of a new finding that fails the check.")
@click.option("--policy", "policies", multiple=True, type=click.Path(),
              help="A privacy notice to hold against the scan (repeatable).")
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
@click.option("--connect-databases", is_flag=True,
              help="Also connect to the databases privflow.yaml lists (off by default: on a "
                   "pull request, that file is the author's code).")
@_allow_env
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links that lead out of the scanned folders.")
@click.option("--show-baselined", is_flag=True,
              help="Also list the findings the baseline accepts, as found today (text format).")
def check(paths, inventory_dir, baseline, write_baseline, fmt, since, fail_on, policies,
          output, connect_databases, allow_env, follow_symlinks, show_baselined) -> None:
    """CI gate: exit 1 on sensitive data or flows the inventory does not declare."""
    from functools import partial

    from privflow.check import run_check

    scan = partial(_scan, config_databases=connect_databases, allow_env=allow_env,
                   follow_symlinks=follow_symlinks)
    code = run_check(paths=paths, inventory_dir=inventory_dir, baseline=baseline,
                     write_baseline=write_baseline, fmt=fmt, since=since, output=output,
                     scan=scan, fail_on=fail_on, policies=policies,
                     show_baselined=show_baselined)
    sys.exit(code)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table",
              show_default=True)
@click.option("--draft-inventory", "draft_dir", type=click.Path(),
              help="Write a draft activities.yaml and recipients.yaml into this folder.")
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
def policy(paths, fmt, draft_dir, output) -> None:
    """Read privacy notices (text, Markdown, HTML, PDF): what they declare, with evidence."""
    from privflow.policy.cli import run_policy

    _write_or_print(run_policy(paths, fmt, draft_dir, _warn), output)


@cli.command()
@click.argument("target")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--db", "databases", multiple=True, help="SQLAlchemy URL of a live database.")
@click.option("--inventory", "inventory_dir", type=click.Path(), default=DEFAULT_INVENTORY,
              show_default=True)
@click.option("--dialect", help="Force one SQL dialect.")
@_allow_env
def explain(target, paths, databases, inventory_dir, dialect, allow_env) -> None:
    """Every signal and its weight behind one column's tags: TARGET is TABLE.COLUMN, in PATHS
    and each --db (the inventory's sources when none is given)."""
    from privflow.classify import explain_column

    result, _ = _scan(paths, databases, dialect, inventory_dir, False, allow_env=allow_env)
    click.echo(explain_column(result.schema, target))


@cli.command()
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def categories(lang, fmt) -> None:
    """Every personal-data category id, with its names, flags and laws."""
    from privflow.classify.catalogue import category_rows, render_categories_table

    if fmt == "json":
        click.echo(json_text(category_rows()))
    else:
        render_categories_table(lang)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--db", "databases", multiple=True, help="SQLAlchemy URL of a live database.")
@click.option("--dialect", help="Force one SQL dialect (mysql, postgres, tsql, hive ...).")
@click.option("-o", "--output", "out_dir", type=click.Path(), default="inventory",
              show_default=True, help="Folder of the drafted inventory (must not hold one).")
def init(paths, databases, dialect, out_dir) -> None:
    """Draft an inventory from a scan of PATHS and each --db, with TODOs for the DPO."""
    from privflow.inventory.draft import draft_inventory

    target = Path(out_dir)
    if (target / "privflow.yaml").exists():
        raise PrivflowError("an inventory is already there; choose another -o", path=out_dir)
    result, _ = _scan(paths or (".",), databases, dialect, None, False)
    files = draft_inventory(result, list(paths or (".",)), out_dir)
    target.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (target / name).write_text(text, encoding="utf-8")
        click.echo(str(target / name))


def main() -> None:
    # A scan keeps millions of small objects alive to the end and frees few: collecting the
    # young generation every 700 allocations walked them again and again (a quarter of a
    # large scan). Short-lived cycles (sqlglot trees) are still collected, just less often.
    gc.set_threshold(20000, 50, 100)
    _WHOLE_PROCESS[0] = True
    sys.exit(_main())


def entry() -> None:
    """The `privflow` program (console script, `python -m privflow`): `main`, then the
    process ends at once (`_end`). Tests and embedding programs call `main`, which raises
    SystemExit as usual."""
    try:
        main()
    except SystemExit as stop:
        if stop.code is not None and not isinstance(stop.code, int):
            raise  # a message to print: the interpreter's own way
        _end(stop.code or 0)


def _end(code: int) -> None:
    """End the process with `code` without tearing the heap down object by object.

    Everything a command writes is written by now; what is left is the interpreter's
    finalisation, which frees every table, column and string one at a time (a tenth of a
    second and more for a large scan). The standard streams are flushed and the atexit
    functions run, as on a normal exit; with another thread still running, a profiler or a
    tracer attached, or a stream that cannot be flushed (a closed pipe), the normal exit
    decides."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    threading = sys.modules.get("threading")
    if (threading is not None and threading.active_count() > 1) or sys.getprofile() \
            or sys.gettrace():
        sys.exit(code)  # a profiler, coverage or a debugger writes its results at exit
    import atexit

    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_functions is None:
        sys.exit(code)
    run_exit_functions()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


def _main() -> int:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("privflow: aborted", err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return 2
    except PrivflowError as error:
        from privflow.sanitize import message_text

        click.echo(f"privflow: error: {message_text(error)}", err=True)
        return error.exit_code
    except OSError as error:
        from privflow.sanitize import path_text, terminal_text

        where = path_text(getattr(error, "filename", None) or "")
        click.echo(f"privflow: error: {where}: {terminal_text(str(error.strerror or error))}",
                   err=True)
        return 2
    except Exception as error:  # a bug, not bad input: still one line unless asked
        if os.environ.get("PRIVFLOW_DEBUG"):
            raise
        click.echo(f"privflow: internal error: {type(error).__name__}: {error} "
                   "(set PRIVFLOW_DEBUG=1 for a traceback)", err=True)
        return 3
    return 0


if __name__ == "__main__":
    main()
