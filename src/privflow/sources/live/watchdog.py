"""A client-side guard for drivers that wait forever on a server that stopped answering.

libpq (psycopg) has a connect timeout, but none for a reply: a server that completes the
handshake and then says nothing (a rogue server ignores `statement_timeout`) would hang the
scan. The watchdog times every statement, and the driver's own start-up queries, and when one
runs past its limit it shuts the connection's socket down: the driver sees the connection
closed and raises an ordinary error, which the loader reports in one line.
"""

from __future__ import annotations

import math
import os
import socket
import threading
import time
from contextlib import suppress
from typing import Any

import sqlalchemy
from sqlalchemy import event


class Watchdog:
    """One guard thread per scanned database, started on the first statement: arming it for a
    statement is setting a deadline under a lock (a new thread per statement, as a
    threading.Timer is, cost more than the sampling query of a small table)."""

    def __init__(self, limit_s: float) -> None:
        self.limit_s = limit_s
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._thread: threading.Thread | None = None
        self._deadline: float | None = None  # monotonic time the armed statement must end by
        self._raw: Any = None  # the DBAPI connection the armed statement runs on
        self._until = math.inf  # when the guard wakes next by itself
        self._stopped = False
        self.fired = False  # a connection was cut: its error means "timed out"

    def attach(self, engine: sqlalchemy.Engine) -> None:
        event.listen(engine, "do_connect", self._connect)
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)
        event.listen(engine, "handle_error", self._error)

    def stop(self) -> None:
        """No guard outlives the scan (the connection's file descriptor could be reused)."""
        with self._lock:
            self._stopped = True
            self._cancel()
            self._wake.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=1.0)

    def arm(self, raw: Any) -> None:
        """Time a wait on `raw` that fires no SQLAlchemy event (a pipelined statement's
        result): cut the connection should it last longer than the limit."""
        self._arm(raw)

    def disarm(self) -> None:
        with self._lock:
            self._cancel()

    # -- events -----------------------------------------------------------------------------

    def _connect(self, dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        raw = dialect.loaded_dbapi.connect(*cargs, **cparams)
        self._arm(raw)  # covers SQLAlchemy's own first queries, which fire no cursor events
        return raw

    def _before(self, _conn: Any, cursor: Any, *_args: Any) -> None:
        self._arm(getattr(cursor, "connection", None))

    def _after(self, *_args: Any) -> None:
        with self._lock:
            self._cancel()

    def _error(self, _context: Any) -> None:
        with self._lock:
            self._cancel()

    # -- the guard --------------------------------------------------------------------------

    def _arm(self, raw: Any) -> None:
        with self._lock:
            self._cancel()
            if self._stopped or raw is None:
                return
            self._deadline = time.monotonic() + self.limit_s
            self._raw = raw
            if self._thread is None:
                self._thread = threading.Thread(target=self._guard, name="privflow-watchdog",
                                                daemon=True)
                self._thread.start()
            elif self._deadline < self._until:
                # The guard wakes by itself before a later deadline and finds it then; only
                # an earlier one (the guard idle, or a shorter limit) needs waking it now.
                self._wake.notify()

    def _cancel(self) -> None:
        self._deadline = None
        self._raw = None

    def _guard(self) -> None:
        with self._lock:
            while not self._stopped:
                if self._deadline is None:
                    self._until = math.inf
                    self._wake.wait()
                    continue
                left = self._deadline - time.monotonic()
                if left > 0:
                    self._until = self._deadline
                    self._wake.wait(left)
                    continue
                raw = self._raw
                self._cancel()
                self._cut(raw)

    def _cut(self, raw: Any) -> None:
        """Shut the armed connection's socket down (called with the lock held)."""
        if self._stopped or getattr(raw, "closed", True):
            return
        with suppress(OSError, ValueError, AttributeError):
            self.fired = True
            copy = socket.socket(fileno=os.dup(raw.fileno()))
            try:
                copy.shutdown(socket.SHUT_RDWR)
            finally:
                copy.close()
