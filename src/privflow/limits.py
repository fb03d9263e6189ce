"""One way to bound how long a piece of work on untrusted input may run.

Parsing a hostile statement, rendering a hostile dbt model, walking a query-log template: each
is a pure-Python loop that a thread cannot interrupt, so the bound is an interval timer that
raises in the main thread. Elsewhere (a worker thread, a platform without `setitimer`) the
work runs unbounded and the callers' size limits are what holds.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any


@contextlib.contextmanager
def time_limit(seconds: float | None, expired: Callable[[], BaseException]) -> Iterator[None]:
    """Raise `expired()` inside the block once `seconds` have passed (None or 0: no limit)."""
    if not seconds or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum: int, frame: Any) -> None:  # noqa: ARG001 - the signal handler's shape
        raise expired()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
