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


def _warn(message: str) -> None:
    from privflow.sanitize import terminal_text

    click.echo(f"privflow: warning: {terminal_text(message)}", err=True)


def _write_or_print(text: str, output: str | None) -> None:
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
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
          only_files=None, include=(), exclude=(), jobs=None, cache_dir=None):
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
        jobs=jobs,
        cache_dir=cache_dir,
        warn=_warn,
    )
    result = run_scan(options, inventory)
    for skipped in result.schema.skipped:
        _warn(f"{skipped.where()}: skipped: {skipped.reason}")
    return result, inventory


def _exit_for_bad_input(result) -> None:
    """Bad input (a broken statement, an unreadable file) exits 2 once the rest is written."""
    errors = [s for s in result.schema.skipped if s.error]
    if errors:
        click.echo(f"privflow: {len(errors)} input error(s); everything else was scanned",
                   err=True)
        sys.exit(2)


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
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="Worker processes reading files (default: the usable CPUs, when it pays).")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Cache of parsed files (default: $XDG_CACHE_HOME/privflow).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
def scan(paths, databases, dialect, inventory_dir, fmt, no_sample, include, exclude,
         output, jobs, cache_dir, no_cache) -> None:
    """Inventory every table and column under PATHS and in each --db, classified, with lineage."""
    from privflow.sources.cache import default_dir

    result, _ = _scan(paths, databases, dialect, inventory_dir or DEFAULT_INVENTORY,
                      inventory_dir is not None, sample=not no_sample, include=include,
                      exclude=exclude, jobs=jobs,
                      cache_dir=None if no_cache else (cache_dir or str(default_dir())))
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
@click.argument("file", type=click.Path())
@click.option("--dialect", help="SQL dialect of FILE (guessed when absent).")
@click.option("--schema", "schema_file", type=click.Path(),
              help="DDL describing the tables FILE reads.")
@click.option("--with-conditions", is_flag=True, help="Also list WHERE/JOIN/GROUP BY edges.")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json")
def lineage(file, dialect, schema_file, with_conditions, fmt) -> None:
    """Column-level lineage of the statements in one SQL FILE."""
    from privflow.lineage import lineage_file

    data = lineage_file(file, dialect=dialect, schema_path=schema_file,
                        with_conditions=with_conditions)
    click.echo(json_text(data))


@cli.command()
@click.option("--inventory", "inventory_dir", type=click.Path(), default=DEFAULT_INVENTORY,
              show_default=True)
@click.option("-o", "--output", "out_dir", type=click.Path(), default="reports",
              show_default=True)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@click.option("--format", "formats", default="md,html,json,xlsx,csv", show_default=True,
              help="Comma-separated: md, html, json, xlsx, csv.")
@click.option("--date", "report_date", help="Report date (YYYY-MM-DD); none by default so "
              "that the same input gives the same bytes.")
def report(inventory_dir, out_dir, lang, formats, report_date) -> None:
    """Record of processing activities from the inventory plus a scan."""
    from privflow.report import write_report

    result, inventory = _scan((), (), None, inventory_dir, True)
    if inventory is None:
        raise PrivflowError("no privflow.yaml in the inventory folder", path=inventory_dir)
    written = write_report(result, inventory, out_dir=out_dir, lang=lang,
                           formats=[f.strip() for f in formats.split(",") if f.strip()],
                           report_date=report_date)
    for path in written:
        click.echo(str(path))
    _exit_for_bad_input(result)


@cli.command()
@click.option("--inventory", "inventory_dir", type=click.Path(), default=DEFAULT_INVENTORY,
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["svg", "png", "dot"]), default="svg",
              show_default=True)
@click.option("--focus", help="A table id, an activity id or a category id.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the diagram's labels.")
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
def graph(inventory_dir, fmt, focus, lang, output) -> None:
    """Data-flow diagram from source tables to third-party recipients."""
    from privflow.report.diagrams import render_graph

    result, inventory = _scan((), (), None, inventory_dir, True)
    data = render_graph(result, inventory, fmt=fmt, focus=focus, lang=lang)
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_bytes(data)
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
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
def check(paths, inventory_dir, baseline, write_baseline, fmt, since, fail_on, output) -> None:
    """CI gate: exit 1 on sensitive data or flows the inventory does not declare."""
    from privflow.check import run_check

    code = run_check(paths=paths, inventory_dir=inventory_dir, baseline=baseline,
                     write_baseline=write_baseline, fmt=fmt, since=since, output=output,
                     scan=_scan, fail_on=fail_on)
    sys.exit(code)


@cli.command()
@click.argument("target")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--inventory", "inventory_dir", type=click.Path(), default=DEFAULT_INVENTORY,
              show_default=True)
@click.option("--dialect", help="Force one SQL dialect.")
def explain(target, paths, inventory_dir, dialect) -> None:
    """Every signal and its weight behind one column's tags: TARGET is TABLE.COLUMN."""
    from privflow.classify import explain_column

    result, _ = _scan(paths, (), dialect, inventory_dir, False)
    click.echo(explain_column(result.schema, target))


def main() -> None:
    # A scan keeps millions of small objects alive to the end and frees few: collecting the
    # young generation every 700 allocations walked them again and again (a quarter of a
    # large scan). Short-lived cycles (sqlglot trees) are still collected, just less often.
    gc.set_threshold(20000, 50, 100)
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("privflow: aborted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(2)
    except PrivflowError as error:
        from privflow.sanitize import terminal_text

        click.echo(f"privflow: error: {terminal_text(str(error))}", err=True)
        sys.exit(error.exit_code)
    except OSError as error:
        where = getattr(error, "filename", None) or ""
        click.echo(f"privflow: error: {where}: {error.strerror or error}", err=True)
        sys.exit(2)
    except Exception as error:  # a bug, not bad input: still one line unless asked
        if os.environ.get("PRIVFLOW_DEBUG"):
            raise
        click.echo(f"privflow: internal error: {type(error).__name__}: {error} "
                   "(set PRIVFLOW_DEBUG=1 for a traceback)", err=True)
        sys.exit(3)
    sys.exit(0)


if __name__ == "__main__":
    main()
