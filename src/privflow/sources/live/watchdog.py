"""A client-side guard for drivers that wait forever on a server that stopped answering.

libpq (psycopg) has a connect timeout, but none for a reply: a server that completes the
handshake and then says nothing (a rogue server ignores `statement_timeout`) would hang the
scan. The watchdog times every statement, and the driver's own start-up queries, and when one
runs past its limit it shuts the connection's socket down: the driver sees the connection
closed and raises an ordinary error, which the loader reports in one line.
"""

from __future__ import annotations

import os
import socket
import threading
from contextlib import suppress
from typing import Any

import sqlalchemy
from sqlalchemy import event


class Watchdog:
    def __init__(self, limit_s: float) -> None:
        self.limit_s = limit_s
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self.fired = False  # a connection was cut: its error means "timed out"

    def attach(self, engine: sqlalchemy.Engine) -> None:
        event.listen(engine, "do_connect", self._connect)
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)
        event.listen(engine, "handle_error", self._error)

    def stop(self) -> None:
        """No timer outlives the scan (its file descriptor could be reused by then)."""
        with self._lock:
            self._stopped = True
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

    # -- timers -----------------------------------------------------------------------------

    def _arm(self, raw: Any) -> None:
        with self._lock:
            self._cancel()
            if self._stopped or raw is None:
                return
            self._timer = threading.Timer(self.limit_s, self._cut, (raw,))
            self._timer.daemon = True
            self._timer.start()

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _cut(self, raw: Any) -> None:
        with self._lock:
            if self._stopped or getattr(raw, "closed", True):
                return
            with suppress(OSError, ValueError, AttributeError):
                self.fired = True
                copy = socket.socket(fileno=os.dup(raw.fileno()))
                try:
                    copy.shutdown(socket.SHUT_RDWR)
                finally:
                    copy.close()
