"""libpq's pipeline mode on a psycopg connection: statements sent before the rows of the
earlier ones are read, so that the server runs one while privflow handles another's rows.

Each statement is followed by its own Sync, which makes it a transaction of its own, as an
autocommit statement is: it takes the session's read-only default, its snapshot and locks end
with it, an error aborts it alone (the next statement, after the Sync, runs normally) and
`statement_timeout` counts it alone. Results come back in the order the statements were sent.

psycopg's own `Connection.pipeline()` reports an error at the next sync or fetch of any
cursor, and fetching one cursor's rows waits for every statement sent; this reads one result
at a time and keeps each statement's error with the statement. Waits go through psycopg's
non-blocking generators (the GIL is free while the server works) under the client-side
watchdog, which no SQLAlchemy event arms here.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Any

import psycopg
from psycopg import generators, pq
from psycopg.adapt import Transformer
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from privflow.sources.live.watchdog import Watchdog

_TUPLES_OK = pq.ExecStatus.TUPLES_OK
_COMMAND_OK = pq.ExecStatus.COMMAND_OK
_PIPELINE_SYNC = pq.ExecStatus.PIPELINE_SYNC
_BAD = pq.ConnStatus.BAD


def supported(conn: Connection) -> bool:
    """A psycopg connection in autocommit whose libpq has pipeline mode (libpq 14+)."""
    raw = conn.connection.dbapi_connection
    return (isinstance(raw, psycopg.Connection) and bool(raw.autocommit)
            and psycopg.Pipeline.is_supported() and not raw.closed
            and raw.pgconn.pipeline_status == pq.PipelineStatus.OFF)


class Pipeline:
    """Statements in flight on one connection; use as a context manager."""

    def __init__(self, conn: Connection, watchdog: Watchdog | None) -> None:
        self._conn = conn
        raw = conn.connection.dbapi_connection
        if not isinstance(raw, psycopg.Connection):
            raise TypeError("pipelined sampling needs a psycopg connection")
        self._raw: psycopg.Connection[Any] = raw
        self._pg = raw.pgconn
        self._encoding = raw.info.encoding
        self._watchdog = watchdog
        self._load = Transformer.from_context(raw)  # as a cursor keeps one for its results
        self._sent: list[str] = []  # statements in flight, oldest first (for errors)
        self._first = 0  # index in _sent of the oldest statement in flight
        self._unflushed = False

    def __enter__(self) -> Pipeline:
        self._pg.enter_pipeline_mode()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.in_flight or self._raw.closed or self._pg.status == _BAD:
            # Left with statements unanswered (the scan stopped on an error): the connection
            # is in no state to reuse, and the scan is over anyway.
            self._conn.invalidate()
            return
        self._pg.exit_pipeline_mode()

    @property
    def in_flight(self) -> int:
        return len(self._sent) - self._first

    def send(self, sql: str) -> None:
        """Queue `sql` (no parameters: the same text the driver would send) and a Sync."""
        self._pg.send_query_params(sql.encode(self._encoding), None)
        self._pg.pipeline_sync()
        self._sent.append(sql)
        self._unflushed = True

    def flush(self) -> None:
        """Hand what was queued to the server now, so that it works while privflow does."""
        if self._unflushed:
            try:
                self._wait(generators.send(self._pg))
            except psycopg.Error as error:
                raise self._lost(self._sent[-1], error) from error
            self._unflushed = False

    def rows(self, limit: int) -> list[Sequence[Any]] | DBAPIError:
        """The oldest statement's rows (at most `limit`) as the driver's tuples, or its error
        as SQLAlchemy would raise it. A lost connection raises (invalidated)."""
        result = self._next_result()
        if isinstance(result, DBAPIError):
            return result
        self._load.set_pgresult(result)
        return list(self._load.load_rows(0, min(result.ntuples, limit), tuple))

    def command(self, sql: str) -> None:
        """Run a statement that returns no rows (a SET) in turn; its error raises."""
        if self.in_flight:
            raise RuntimeError("Pipeline.command with statements in flight")
        self.send(sql)
        result = self._next_result()
        if isinstance(result, DBAPIError):
            raise result

    def _next_result(self) -> pq.abc.PGresult | DBAPIError:
        self.flush()
        sql = self._sent[self._first]
        try:
            results = self._wait(generators.fetch_many(self._pg))
            sync = self._wait(generators.fetch_many(self._pg))
        except psycopg.Error as error:
            raise self._lost(sql, error) from error
        self._first += 1
        if self._first > 1024:
            del self._sent[:self._first]
            self._first = 0
        if len(sync) != 1 or sync[0].status != _PIPELINE_SYNC or not results:
            raise self._lost(sql, psycopg.OperationalError(
                "the server's replies are out of step with the statements sent"))
        result = results[-1]
        if result.status in (_TUPLES_OK, _COMMAND_OK):
            return result
        error = psycopg.errors.error_from_result(result, encoding=self._encoding)
        if self._pg.status == _BAD:
            raise self._lost(sql, error)
        return DBAPIError.instance(sql, None, error, psycopg.Error)

    def _wait(self, gen: Any) -> Any:
        if self._watchdog is not None:
            self._watchdog.arm(self._raw)
        try:
            return self._raw.wait(gen)
        finally:
            if self._watchdog is not None:
                self._watchdog.disarm()

    def _lost(self, sql: str, error: Exception) -> DBAPIError:
        """The connection failed under a statement: nothing more can be read from it."""
        self._conn.invalidate()
        return DBAPIError.instance(sql, None, error, psycopg.Error,
                                   connection_invalidated=True)
