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
