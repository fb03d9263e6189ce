"""PostgreSQL: pg_catalog queries, TABLESAMPLE SYSTEM sampling, read-only session."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import sqlalchemy
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from privflow.sources.live.engine import (
    CatalogTable,
    ErrorKind,
    LiveEngine,
    SampleJob,
    SamplingClock,
)
from privflow.sources.live.watchdog import Watchdog

# Schemas of the server itself, never scanned.
_USER_SCHEMAS = ("n.nspname NOT IN ('pg_catalog', 'information_schema') "
                 "AND n.nspname !~ '^pg_(toast|temp_)'")
# A column whose value can be read without running code a database user wrote: its type (a
# domain's base type) is built in (oid below FirstNormalObjectId; arrays of built-in types
# too) or has a binary-coercible cast to text (citext: only a superuser can create those), and
# it is not a generated column. A user-defined type's cast to text, and its output function,
# are the database's code: `::text` on such a column runs whatever its owner wrote.
_FIRST_NORMAL_OID = 16384
_INERT_COLUMN = f"""
               (a.attgenerated = ''
                AND (COALESCE(NULLIF(t.typbasetype, 0), t.oid) < {_FIRST_NORMAL_OID}
                     OR EXISTS (SELECT 1 FROM pg_catalog.pg_cast k
                                WHERE k.castsource = COALESCE(NULLIF(t.typbasetype, 0), t.oid)
                                  AND k.casttarget = 'pg_catalog.text'::pg_catalog.regtype
                                  AND k.castmethod = 'b')))"""
# Ordinary, partitioned, foreign tables, views and materialized views; partitions are read
# through their parent.
_RELATIONS = "c.relkind IN ('r', 'p', 'f', 'v', 'm') AND NOT c.relispartition"


class PostgresEngine(LiveEngine):
    backend = "postgresql"
    dialect = "postgres"
    PRODUCT = "PostgreSQL"
    DRIVER_PACKAGES = ("psycopg", "psycopg_binary")
    SUPERUSER_SQL = "SELECT pg_catalog.current_setting('is_superuser') = 'on'"
    # An empty search_path makes pg_get_viewdef qualify every table with its schema, so that
    # view lineage names `public.member`, not a bare `member`. With row_security off, reading a
    # table that has row-level security policies fails instead of running the policies'
    # functions (the database's code); such a table is reported not sampled.
    SESSION_SETUP = (
        "SET row_security = off",
        "SET default_transaction_read_only = on",
        "SET statement_timeout = {timeout_ms}",
        "SET lock_timeout = {timeout_ms}",
        "SET idle_in_transaction_session_timeout = {timeout_ms}",
        "SET search_path = ''",
        "SET application_name = 'privflow'",
    )
    STATEMENT_TIMEOUT = "SET statement_timeout = {ms}"
    PRIVILEGES_IN_CATALOG = True
    SAMPLE_AUTOCOMMIT = True  # default_transaction_read_only holds for each statement
    SAMPLE_VALUE = "left({column}::text, {chars})"
    TABLES_SQL = f"""
        -- Only catalog columns and functions that take no lock on the table: a table locked
        -- by a long ALTER must not stall the catalog read (its sampling times out instead).
        SELECT n.nspname, c.relname,
               CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized'
                              WHEN 'f' THEN 'foreign' ELSE 'table' END,
               obj_description(c.oid, 'pg_class'),
               NULL,
               has_schema_privilege(n.oid, 'USAGE')
                   AND has_any_column_privilege(c.oid, 'SELECT'),
               c.reltuples,
               CASE WHEN c.relkind IN ('r', 'm') AND c.reltuples >= 0 THEN c.relpages END
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {_RELATIONS} AND {_USER_SCHEMAS}
        ORDER BY 1, 2"""
    # pg_get_viewdef locks the tables a view reads, so definitions are read apart from the
    # rest of the catalog, under a short lock_timeout.
    VIEW_DEFINITIONS_SQL = f"""
        SELECT n.nspname, c.relname, pg_get_viewdef(c.oid, true)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('v', 'm') AND {_USER_SCHEMAS}"""
    VIEW_DEFINITION_SQL = "SELECT pg_get_viewdef(CAST(%(name)s AS regclass), true)"
    LOCK_TIMEOUT: ClassVar[str] = "SET LOCAL lock_timeout = {ms}"
    COLUMNS_SQL = f"""
        -- Only catalog columns and functions that take no lock on the table: a table locked
        -- by a long ALTER must not stall the catalog read (its sampling times out instead).
        SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
               col_description(c.oid, a.attnum), has_column_privilege(c.oid, a.attnum, 'SELECT'),
               {_INERT_COLUMN}
        FROM pg_attribute a
        JOIN pg_type t ON t.oid = a.atttypid
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE a.attnum > 0 AND NOT a.attisdropped AND {_RELATIONS} AND {_USER_SCHEMAS}
        ORDER BY 1, 2, a.attnum"""
    KEYS_SQL = f"""
        -- Only catalog columns and functions that take no lock on the table: a table locked
        -- by a long ALTER must not stall the catalog read (its sampling times out instead).
        SELECT n.nspname, c.relname, a.attname, k.contype, fn.nspname, fc.relname
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL unnest(k.conkey) AS ck(attnum)
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ck.attnum
        LEFT JOIN pg_class fc ON fc.oid = k.confrelid
        LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
        WHERE k.contype IN ('p', 'f') AND k.conparentid = 0 AND {_RELATIONS}
              AND {_USER_SCHEMAS}"""
    ERROR_CODES: ClassVar[dict[Any, ErrorKind]] = {
        "42501": "denied",  # insufficient_privilege
        "57014": "timeout",  # query_canceled (statement_timeout)
        "55P03": "timeout",  # lock_not_available (lock_timeout)
        "28P01": "login",  # invalid_password
        "28000": "login",  # invalid_authorization_specification (incl. NOLOGIN roles)
        "3D000": "missing",  # invalid_catalog_name: no such database
    }
    # libpq reports login failures as text only (no SQLSTATE before the session exists).
    ERROR_TEXT = (
        (r"password authentication failed|no pg_hba\.conf entry|role \".*\" does not exist"
         r"|not permitted to log in|permission denied for database", "login"),
        (r"database \".*\" does not exist", "missing"),
    )
    UNSAMPLED_TYPES = ("bytea", "geometry", "geography", "tsvector", "raster")
    # Tables up to this many pages are small enough to read whole in random order.
    SMALL_TABLE_PAGES: ClassVar[int] = 16
    # A table the statistics call small is read up to this many times `rows`, then shuffled.
    SMALL_TABLE_CAP: ClassVar[int] = 10
    # How many times more rows than wanted the page sample aims at, for the LIMIT to bite.
    OVERSAMPLE: ClassVar[float] = 3.0
    ROWS_PER_PAGE_GUESS: ClassVar[int] = 60
    VIEW_LOCK_TIMEOUT_MS: ClassVar[int] = 1000
    SEED: ClassVar[int] = 20201001  # GB/T 35273-2020 took effect on 2020-10-01
    # libpq waits forever for a reply: a statement still unanswered after this many times
    # its server-side timeout has the connection cut by the client (a rogue server).
    CLIENT_GUARD_FACTOR: ClassVar[float] = 2.0
    # Sampling statements sent ahead of the one whose rows are being read (libpq's pipeline
    # mode): the server runs them while privflow handles the rows before. 0: one at a time.
    PIPELINE_DEPTH: ClassVar[int] = 16

    def __init__(self, url: URL, shown: str) -> None:
        super().__init__(url, shown)
        self.watchdog: Watchdog | None = None

    def create_engine(self, timeout_s: float) -> sqlalchemy.Engine:
        engine = super().create_engine(timeout_s)
        # Until the session is set up, only trivial statements run (the driver's and
        # SESSION_SETUP): a server has the connect timeout to answer them.
        self.watchdog = Watchdog(min(timeout_s, self.CONNECT_TIMEOUT_S))
        self.watchdog.attach(engine)
        return engine

    def setup_session(self, conn: Connection, timeout_s: float) -> None:
        super().setup_session(conn, timeout_s)
        if self.watchdog is not None:
            self.watchdog.limit_s = max(1.0, timeout_s * self.CLIENT_GUARD_FACTOR)

    def set_statement_timeout(self, conn: Connection, seconds: float) -> None:
        super().set_statement_timeout(conn, seconds)
        self._guard(seconds)

    def _guard(self, seconds: float) -> None:
        if self.watchdog is not None:
            self.watchdog.limit_s = max(1.0, seconds * self.CLIENT_GUARD_FACTOR)

    def close(self) -> None:
        if self.watchdog is not None:
            self.watchdog.stop()

    def read_catalog(self, conn: Connection) -> list[CatalogTable]:
        tables = super().read_catalog(conn)
        views = {t.key: t for t in tables if t.kind == "view"}
        if not views:
            return tables
        try:
            conn.exec_driver_sql(self.LOCK_TIMEOUT.format(ms=self.VIEW_LOCK_TIMEOUT_MS))
            for schema, name, definition in conn.exec_driver_sql(self.VIEW_DEFINITIONS_SQL):
                if (schema, name) in views:
                    views[(schema, name)].definition = definition
        except DBAPIError as error:
            conn.rollback()
            if self.error_kind(error) != "timeout":
                raise
            # One locked table: read the views one by one and leave out only those it blocks.
            for view in views.values():
                view.definition = self._view_definition(conn, view)
        conn.rollback()
        return tables

    def _view_definition(self, conn: Connection, view: CatalogTable) -> str | None:
        try:
            conn.exec_driver_sql(self.LOCK_TIMEOUT.format(ms=self.VIEW_LOCK_TIMEOUT_MS))
            return conn.exec_driver_sql(
                self.VIEW_DEFINITION_SQL,
                {"name": self.quote(conn, view.schema, view.name)}).scalar()
        except DBAPIError as error:
            if self.error_kind(error) != "timeout":
                raise
            view.unread = "definition not read: a table it reads is locked"
            return None
        finally:
            conn.rollback()

    def connect_args(self, timeout_s: float) -> dict[str, Any]:
        return {"connect_timeout": max(1, round(min(timeout_s, self.CONNECT_TIMEOUT_S)))}

    def error_code(self, error: BaseException) -> Any:
        return getattr(error, "sqlstate", None)

    def error_kind(self, error: BaseException) -> ErrorKind:
        # 42501 is also "permission denied"; this one means: the table has RLS policies.
        if "row-level security" in str(getattr(error, "orig", None) or error):
            return "policy"
        if self.watchdog is not None and self.watchdog.fired:
            return "timeout"
        return super().error_kind(error)

    def sample_statements(self, conn: Connection, table: CatalogTable, columns: Sequence[str],
                          rows: int) -> list[str]:
        """The SQL tried in turn: a random page sample first, a plain LIMIT when it came short.

        The sample is repeatable (a fixed seed): scanning unchanged data twice gives the same
        values, the same evidence counts and so the same report bytes.

        TABLESAMPLE SYSTEM reads only the chosen pages, so a large table costs a few pages, not
        a scan; a small table (or one the sample missed) is read up to `rows` rows and no more.
        """
        select = (f"SELECT {self.select_list(conn, columns)} "
                  f"FROM {self.quote(conn, table.schema, table.name)}")
        if table.pages is not None and table.pages <= self.SMALL_TABLE_PAGES:
            # Statistics say small; the inner LIMIT keeps the read bounded should they be stale.
            # Shuffled by a hash of each row rather than random(): same data, same sample.
            return [f"SELECT * FROM ({select} LIMIT {int(rows) * self.SMALL_TABLE_CAP}) AS s "
                    f"ORDER BY md5(s::text) LIMIT {int(rows)}"]
        estimate = table.estimated_rows or (table.pages or 0) * self.ROWS_PER_PAGE_GUESS
        percent = 100.0 * self.OVERSAMPLE * rows / estimate if estimate else 1.0
        percent = min(100.0, max(0.0001, percent))
        return [f"{select} TABLESAMPLE SYSTEM ({percent:.4f}) REPEATABLE ({self.SEED}) "
                f"LIMIT {int(rows)}",
                f"{select} LIMIT {int(rows)}"]

    def sample(self, conn: Connection, table: CatalogTable, columns: Sequence[str], rows: int,
               deadline: float) -> list[Sequence[Any]]:
        found: list[Sequence[Any]] = []
        for sql in self.sample_statements(conn, table, columns, rows):
            found = self.fetch(conn, sql, rows)
            if len(found) * 2 >= rows or self.out_of_time(deadline):
                break
        return found

    # -- pipelined sampling ---------------------------------------------------------------------

    def pipelined(self, conn: Connection) -> bool:
        if self.PIPELINE_DEPTH <= 0:
            return False
        from privflow.sources.live import pipeline

        return pipeline.supported(conn)

    def _depth(self, clock: SamplingClock) -> int:
        """Statements that may be in flight: only as many as could each run to their timeout
        one after another and still end by the deadline (so sending ahead never makes the
        sampling outlast it), and always one."""
        return max(1, min(self.PIPELINE_DEPTH, int(clock.left() // clock.statement_s)))

    def sample_pipelined(self, conn: Connection, jobs: Iterable[SampleJob],
                         clock: SamplingClock) -> Iterator[SampleJob]:
        """`sample` for table after table, with up to PIPELINE_DEPTH statements in flight.

        A table is sent when its turn comes (the deadline checked then, as the loader does),
        its fallback statement when its first one came short and its own budget is not
        spent; jobs are handed back in the order they came, each once its last statement is
        answered, so that the tables behind it wait (at most a pipeline's worth of rows)."""
        from privflow.sources.live.pipeline import Pipeline

        queue: deque[_Turn] = deque()  # every job taken, in order, until handed back
        flight: deque[_Turn] = deque()  # jobs with a statement in flight, in sending order
        source = iter(jobs)
        more = True
        answered = time.monotonic()  # when the server last finished a statement
        with Pipeline(conn, self.watchdog) as pipe:
            while True:
                while more and (not flight or len(flight) < self._depth(clock)):
                    job = next(source, None)
                    if job is None:
                        more = False
                        break
                    turn = _Turn(job)
                    queue.append(turn)
                    left = clock.left()
                    if left <= 0:
                        job.problem = "deadline"
                    elif job.columns and not job.entry.remote:
                        if left < clock.statement_s:  # _depth is 1 then: nothing in flight
                            clock.statement_s = left
                            pipe.command(self.STATEMENT_TIMEOUT.format(
                                ms=max(1, int(left * 1000)), s=left))
                            self._guard(left)
                        turn.statements = self.sample_statements(conn, job.entry,
                                                                 job.columns, job.rows)
                        turn.budget_s = min(clock.table_budget_s, left)
                        turn.sent = time.monotonic()
                        pipe.send(turn.statements[0])
                        flight.append(turn)
                        continue
                    turn.done = True
                pipe.flush()
                while queue and queue[0].done:
                    yield queue.popleft().job
                if not flight:
                    if more:
                        continue
                    return
                turn = flight.popleft()
                found = pipe.rows(turn.job.rows)
                now = time.monotonic()
                if turn.step == 0:
                    # The server began the table when it had answered the statement before.
                    turn.deadline = max(turn.sent, answered) + turn.budget_s
                answered = now
                turn.step += 1
                if isinstance(found, DBAPIError):
                    turn.job.error = found
                    turn.done = True
                    continue
                turn.job.found = found
                if (len(found) * 2 >= turn.job.rows or turn.step >= len(turn.statements)
                        or now >= turn.deadline):
                    turn.done = True
                else:
                    pipe.send(turn.statements[turn.step])
                    flight.append(turn)


@dataclass
class _Turn:
    """A job's progress through the pipeline."""

    job: SampleJob
    statements: list[str] = field(default_factory=list)
    step: int = 0  # statements answered
    budget_s: float = 0.0
    sent: float = 0.0
    deadline: float = 0.0
    done: bool = False
