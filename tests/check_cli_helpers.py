"""Shared by the `privflow check` end-to-end tests: run the real CLI in a folder."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from privflow.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "inventory"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def privflow(cwd: Path, *args: str) -> Run:
    """`privflow ARGS` in CWD through the real entry point (`cli.main`: option parsing, error
    handling, exit codes), in this process because a fresh interpreter per run costs more
    than the scan itself."""
    out, err = io.StringIO(), io.StringIO()
    previous, argv = Path.cwd(), sys.argv
    os.chdir(cwd)
    sys.argv = ["privflow", *args]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    finally:
        os.chdir(previous)
        sys.argv = argv
    return Run(code, out.getvalue(), err.getvalue())


def privflow_process(cwd: Path, *args: str) -> Run:
    """The same in a separate interpreter (`python -m privflow`), as a CI job runs it."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("PRIVFLOW_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "privflow", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    return Run(done.returncode, done.stdout, done.stderr)


def table_to_extend(project: Path, category: str) -> str:
    """A MySQL table of the example, named as a whole by some activity's `systems`, that no
    such activity declares CATEGORY for: adding a column of CATEGORY to it must be reported
    whatever the example declares today."""
    import pytest

    from privflow.check.context import CheckContext, system_glob, table_names
    from privflow.pipeline import ScanOptions, load_inventory, run_scan

    previous = Path.cwd()
    os.chdir(project)
    try:
        inventory = load_inventory("inventory")
        result = run_scan(ScanOptions(inventory_dir="inventory"), inventory)
    finally:
        os.chdir(previous)
    ctx = CheckContext(result=result, inventory=inventory)
    for table in sorted(result.schema.tables.values(), key=lambda t: t.id):
        if table.kind != "table" or not table.source.startswith(("inventory/db/",
                                                                 "inventory/migrations/")):
            continue
        names = table_names(table)
        covering = [a for a in ctx.activities
                    if any(system_glob(p).names_table(names) for p in a.systems)]
        if covering and all(category not in a.categories for a in covering):
            return table.name
    pytest.skip(f"every covered table of the example declares {category}")
