"""What every live-database engine shares; each engine's own SQL lives in its module as data.

An engine class is a small table of behaviour, as sqlglot's dialects are: the catalog queries
(`TABLES_SQL`, `COLUMNS_SQL`, `KEYS_SQL`, each returning rows in the shapes below), the session
statements that make the connection read-only and time-limited, the error codes that mean
"permission denied" or "timed out", and a sampling method that never reads a whole large table.
"""

from __future__ import annotations

import os
import re
import time
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

import sqlalchemy
from sqlalchemy import text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

# "policy": the table has row-level security, whose policy functions privflow never runs.
ErrorKind = Literal["denied", "timeout", "refused", "login", "missing", "policy", "other"]


@dataclass
class CatalogColumn:
    name: str
    type: str | None
    comment: str | None
    primary_key: bool = False
    references: tuple[str | None, str] | None = None  # (schema, table) of a foreign key
    readable: bool = True  # the user may SELECT it (column privileges)
    # Reading its value runs no code the database's users wrote: a built-in type (so no
    # user-defined cast or output function) and not a generated column.
    inert: bool = True


@dataclass
class CatalogTable:
    """One table or view as the catalog describes it (rows of TABLES_SQL)."""

    schema: str | None
    name: str
    kind: Literal["table", "view"]
    comment: str | None = None
    definition: str | None = None
    readable: bool = True
    estimated_rows: float | None = None  # planner estimate; None when unknown
    pages: int | None = None  # size on disk in pages, where the engine knows it
    remote: bool = False  # a foreign table: reading it would query another server
    materialized: bool = False  # a view whose rows are stored, so sampled like a table
    columns: dict[str, CatalogColumn] = field(default_factory=dict)
    unread: str | None = None  # why part of the catalog entry could not be read

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.schema, self.name)


@dataclass
class SamplingClock:
    """The time limits sampling works under, kept by the loader and read by engines that send
    statements ahead (`LiveEngine.sample_pipelined`)."""

    deadline: float  # monotonic time by which all sampling of the database ends
    statement_s: float  # the session's statement timeout now
    table_budget_s: float  # all sampling statements of one table together

    def left(self) -> float:
        return self.deadline - time.monotonic()


@dataclass
class SampleJob:
    """One table to sample and, once the engine is done with it, what came of it."""

    entry: CatalogTable
    columns: list[str]  # the columns to sample; none: nothing to read
    rows: int
    found: list[Sequence[Any]] = field(default_factory=list)
    error: DBAPIError | None = None  # the table's statement failed (the connection did not)
    problem: Literal["deadline"] | None = None  # its turn came after the sampling deadline


class LiveEngine:
    """Base class: subclasses set the class attributes and override what differs."""

    backend: ClassVar[str]  # SQLAlchemy backend name: "postgresql", "mysql", "sqlite"
    dialect: ClassVar[str]  # sqlglot dialect of view definitions
    # What the driver says it is talking to, for errors about a reply that makes no sense.
    PRODUCT: ClassVar[str] = ""
    # Python packages of the driver: a non-DBAPI exception raised inside them is the server's
    # reply failing to parse (a rogue or broken server), not a bug of privflow.
    DRIVER_PACKAGES: ClassVar[tuple[str, ...]] = ()
    # One row, one boolean: true when the session's user is a superuser.
    SUPERUSER_SQL: ClassVar[str | None] = None
    # Run once after connecting and committed, with {timeout_ms} / {timeout_s} filled in.
    SESSION_SETUP: ClassVar[tuple[str, ...]] = ()
    # Sampling statements each run as their own read-only transaction (the session's default
    # access mode), so that sampling a small table costs one round trip, not BEGIN (psycopg
    # sends one), SELECT and ROLLBACK.
    SAMPLE_AUTOCOMMIT: ClassVar[bool] = False
    # Changes the statement timeout of the session: {ms} / {s}.
    STATEMENT_TIMEOUT: ClassVar[str | None] = None
    # Catalog queries. TABLES_SQL rows: schema, name, kind (a key of KINDS), comment,
    # definition, readable, estimated_rows, pages. COLUMNS_SQL rows: schema, table, name, type,
    # comment[, readable[, inert]]. KEYS_SQL rows: schema, table, column, 'p'|'f',
    # ref_schema, ref_table.
    TABLES_SQL: ClassVar[str] = ""
    # Catalog kinds -> privflow's table kinds.
    KINDS: ClassVar[dict[str, Literal["table", "view"]]] = {
        "table": "table", "view": "view", "foreign": "table", "materialized": "view"}
    COLUMNS_SQL: ClassVar[str] = ""
    KEYS_SQL: ClassVar[str] = ""
    # Driver error codes (SQLSTATE or errno) -> what they mean for the scan.
    ERROR_CODES: ClassVar[dict[Any, ErrorKind]] = {}
    # True when TABLES_SQL's `readable` is the user's real SELECT right, so that a scan
    # without sampling need not probe each table.
    PRIVILEGES_IN_CATALOG: ClassVar[bool] = False
    # Patterns of driver messages for errors without a code (mostly connection failures);
    # engines put theirs first.
    ERROR_TEXT: ClassVar[tuple[tuple[str, ErrorKind], ...]] = ()
    COMMON_ERROR_TEXT: ClassVar[tuple[tuple[str, ErrorKind], ...]] = (
        (r"connection refused", "refused"),
        (r"timeout expired|timed out", "timeout"),
        (r"could not translate host name|name or service not known|no route to host",
         "refused"),
    )
    # Column types never sampled (binary, spatial): their bytes say nothing to a validator.
    UNSAMPLED_TYPES: ClassVar[tuple[str, ...]] = ("blob", "binary", "bytea", "geometry")
    # A server that does not answer within this long is reported down, however long the
    # statement timeout is.
    CONNECT_TIMEOUT_S: ClassVar[float] = 10.0
    # Longest sampled text read per value, and the expression that cuts it on the server.
    MAX_VALUE_CHARS: ClassVar[int] = 4096
    SAMPLE_VALUE: ClassVar[str] = "substr({column}, 1, {chars})"

    def __init__(self, url: URL, shown: str) -> None:
        self.url = url
        self.shown = shown  # the redacted URL, the only form ever printed
        self._select_items: dict[str, str] = {}

    # -- connecting ---------------------------------------------------------------------------

    def connect_args(self, timeout_s: float) -> dict[str, Any]:
        return {}

    def create_engine(self, timeout_s: float) -> sqlalchemy.Engine:
        return sqlalchemy.create_engine(self.url, poolclass=NullPool,
                                        connect_args=self.connect_args(timeout_s))

    def setup_session(self, conn: Connection, timeout_s: float) -> None:
        for statement in self.SESSION_SETUP:
            conn.exec_driver_sql(statement.format(timeout_ms=int(timeout_s * 1000),
                                                  timeout_s=timeout_s))
        conn.commit()

    def close(self) -> None:
        """Called once the scan of this database is over, connected or not."""

    def set_statement_timeout(self, conn: Connection, seconds: float) -> None:
        if self.STATEMENT_TIMEOUT:
            conn.exec_driver_sql(self.STATEMENT_TIMEOUT.format(ms=max(1, int(seconds * 1000)),
                                                               s=max(0.001, seconds)))
            conn.commit()

    def is_superuser(self, conn: Connection) -> bool:
        if not self.SUPERUSER_SQL:
            return False
        try:
            return bool(conn.exec_driver_sql(self.SUPERUSER_SQL).scalar())
        finally:
            conn.rollback()

    # -- catalog ------------------------------------------------------------------------------

    def read_catalog(self, conn: Connection) -> list[CatalogTable]:
        tables: dict[tuple[str | None, str], CatalogTable] = {}
        for row in conn.execute(text(self.TABLES_SQL)):
            schema, name, kind, comment, definition, readable, estimated, pages = row
            tables[(schema, name)] = CatalogTable(
                schema=schema, name=name, kind=self.KINDS.get(kind, kind),
                remote=kind == "foreign", materialized=kind == "materialized",
                comment=comment or None,
                definition=definition, readable=bool(readable),
                estimated_rows=float(estimated) if estimated is not None and estimated >= 0
                else None,
                pages=int(pages) if pages is not None else None)
        for schema, table, name, type_, comment, *flags in conn.execute(
                text(self.COLUMNS_SQL)):
            if (schema, table) in tables:
                readable, inert = (*(bool(f) for f in flags), True, True)[:2]
                tables[(schema, table)].columns[name] = CatalogColumn(
                    name, type_, comment or None, readable=readable, inert=inert)
        for schema, table, column, kind, ref_schema, ref_table in conn.execute(
                text(self.KEYS_SQL)):
            found = tables.get((schema, table))
            if found is None or column not in found.columns:
                continue
            if kind == "p":
                found.columns[column].primary_key = True
            elif ref_table:
                found.columns[column].references = (ref_schema, ref_table)
        conn.rollback()
        return list(tables.values())

    def table_id_parts(self, table: CatalogTable) -> tuple[str | None, ...]:
        return (table.schema, table.name)

    # -- sampling -----------------------------------------------------------------------------

    def quote(self, conn: Connection, *names: str | None) -> str:
        preparer = conn.dialect.identifier_preparer
        return ".".join(preparer.quote_identifier(n) for n in names if n)

    def sampleable(self, column: CatalogColumn) -> bool:
        if not (column.readable and column.inert):
            return False
        kind = (column.type or "").lower()
        return not any(word in kind for word in self.UNSAMPLED_TYPES)

    def sample(self, conn: Connection, table: CatalogTable, columns: Sequence[str], rows: int,
               deadline: float) -> list[Sequence[Any]]:
        """At most `rows` rows of `columns`, reading a bounded part of the table."""
        sql = (f"SELECT {self.select_list(conn, columns)} "
               f"FROM {self.quote(conn, table.schema, table.name)} LIMIT {int(rows)}")
        return self.fetch(conn, sql, rows)

    def pipelined(self, conn: Connection) -> bool:
        """True when `sample_pipelined` can sample on this connection."""
        return False

    def sample_pipelined(self, conn: Connection, jobs: Iterable[SampleJob],
                         clock: SamplingClock) -> Iterator[SampleJob]:
        """Each job, in order, sampled as `sample` would (the same statements and rows) but
        with the next tables' statements sent before this one's rows are read. A job whose
        turn comes after `clock.deadline` gets problem "deadline"; the statement timeout is
        cut to the time left, as the loader does."""
        raise NotImplementedError

    @staticmethod
    def fetch(conn: Connection, sql: str, rows: int) -> list[Sequence[Any]]:
        """At most `rows` rows of `sql` as the driver's own tuples (a sampled table's rows are
        only read by position: SQLAlchemy's Row objects would cost more than the reading).
        A driver error while fetching is raised as SQLAlchemy would raise it."""
        result = conn.exec_driver_sql(sql)
        dbapi = conn.dialect.loaded_dbapi
        try:
            return list(result.cursor.fetchmany(rows))
        except dbapi.Error as error:
            raise DBAPIError.instance(sql, None, error, dbapi.Error) from error
        finally:
            result.close()

    def select_list(self, conn: Connection, columns: Sequence[str]) -> str:
        """Each column cut to MAX_VALUE_CHARS by the server: a 10 MB text never travels."""
        item = self._select_item
        return ", ".join(f"{item(conn, c)} AS c{i}" for i, c in enumerate(columns))

    def _select_item(self, conn: Connection, column: str) -> str:
        """A column's sampled expression, kept per name (tables share most column names)."""
        found = self._select_items.get(column)
        if found is None:
            if len(self._select_items) > 100_000:
                self._select_items.clear()
            found = self._select_items[column] = self.SAMPLE_VALUE.format(
                column=self.quote(conn, column), chars=self.MAX_VALUE_CHARS)
        return found

    @staticmethod
    def out_of_time(deadline: float) -> bool:
        return time.monotonic() >= deadline

    # -- errors -------------------------------------------------------------------------------

    def error_code(self, error: BaseException) -> Any:
        return None

    def from_driver(self, error: BaseException) -> bool:
        """True when `error` was raised inside the driver (its reply parser gave up)."""
        frames = traceback.extract_tb(error.__traceback__)
        return bool(frames) and any(
            f"{os.sep}{package}{os.sep}" in frames[-1].filename
            for package in self.DRIVER_PACKAGES)

    def error_kind(self, error: BaseException) -> ErrorKind:
        original = getattr(error, "orig", None) or error
        code = self.error_code(original)
        if code in self.ERROR_CODES:
            return self.ERROR_CODES[code]
        message = str(original).lower()
        for pattern, kind in (*self.ERROR_TEXT, *self.COMMON_ERROR_TEXT):
            if re.search(pattern, message):
                return kind
        return "other"
