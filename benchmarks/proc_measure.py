"""Measure one whole process as a user runs it: wall time, CPU time, peak memory.

`os.wait4` gives the child's own rusage (its CPU and its peak RSS), plus nothing of other
children; worker processes the child starts are counted in its CPU through RUSAGE_CHILDREN
only when it waits for them, which ProcessPoolExecutor does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    code: int
    err: str = ""

    def line(self, label: str) -> str:
        return (f"{label:<44} {self.wall:7.2f} s wall {self.cpu:7.2f} s cpu "
                f"peak {self.rss_mb:7.1f} MB")


def run(argv: list[str], cwd: str | None = None, env: dict[str, str] | None = None) -> Run:
    start = time.perf_counter()
    child = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if child.returncode not in (0, 1, 2):
        sys.stderr.write(err)
        raise SystemExit(f"{argv[:4]} exited {child.returncode}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode,
               err)


def privflow(*args: str) -> list[str]:
    """The CLI as a user runs it: a fresh interpreter, the console entry point."""
    return [sys.executable, "-m", "privflow", *args]
