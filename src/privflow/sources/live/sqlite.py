"""SQLite: the file opened read-only, catalog from sqlite_master and PRAGMAs, LIMIT sampling."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

import sqlalchemy
import sqlglot
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool
from sqlglot import exp

from privflow.errors import PrivflowError
from privflow.sources.live.engine import CatalogColumn, CatalogTable, ErrorKind, LiveEngine

_VIEW_BODY = re.compile(r"(?is)^\s*CREATE\s+(?:TEMP(?:ORARY)?\s+)?VIEW\s+.*?\bAS\s+(.*)$")


class SQLiteEngine(LiveEngine):
    backend = "sqlite"
    dialect = "sqlite"
    SESSION_SETUP = ("PRAGMA query_only = ON",)
    TABLES_SQL = """
        SELECT type, name, sql FROM sqlite_master
        WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
        ORDER BY name"""
    ERROR_CODES: ClassVar[dict[Any, ErrorKind]] = {}
    ERROR_TEXT = ((r"interrupted|database is locked", "timeout"),
                  (r"unable to open|not a database", "missing"),
                  (r"authorization denied", "denied"))
    # Virtual machine steps between two deadline checks.
    PROGRESS_STEPS: ClassVar[int] = 200

    def __init__(self, url: sqlalchemy.URL, shown: str) -> None:
        super().__init__(url, shown)
        self.deadline: float | None = None

    @property
    def path(self) -> Path:
        return Path(self.url.database or "")

    def create_engine(self, timeout_s: float) -> sqlalchemy.Engine:
        path = self.path
        if not self.url.database or self.url.database == ":memory:":
            raise PrivflowError("a live SQLite scan needs a database file", path=self.shown)
        if not path.is_file():
            raise PrivflowError("cannot connect: no such database file", path=self.shown)

        def connect() -> sqlite3.Connection:
            # mode=ro: the scan can neither write nor create the file.
            connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                                         timeout=timeout_s, check_same_thread=False)
            connection.set_progress_handler(self._interrupt, self.PROGRESS_STEPS)
            return connection

        return sqlalchemy.create_engine("sqlite://", creator=connect, poolclass=NullPool)

    def _interrupt(self) -> int:
        """Non-zero aborts the running statement: SQLite's statement timeout."""
        return int(self.deadline is not None and time.monotonic() >= self.deadline)

    def setup_session(self, conn: Connection, timeout_s: float) -> None:
        super().setup_session(conn, timeout_s)
        self.set_statement_timeout(conn, timeout_s)

    def set_statement_timeout(self, conn: Connection, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def sample(self, conn: Connection, table: CatalogTable, columns: Sequence[str], rows: int,
               deadline: float) -> list[Sequence[Any]]:
        self.deadline = deadline
        return super().sample(conn, table, columns, rows, deadline)

    def read_catalog(self, conn: Connection) -> list[CatalogTable]:
        tables: list[CatalogTable] = []
        for kind, name, sql in conn.exec_driver_sql(self.TABLES_SQL):
            table = CatalogTable(schema=None, name=name, kind=kind,
                                 definition=self.view_body(sql) if kind == "view" else None)
            quoted = self.quote(conn, name)
            for _cid, column, type_, _notnull, _default, pk in conn.exec_driver_sql(
                    f"PRAGMA table_info({quoted})"):
                table.columns[column] = CatalogColumn(column, type_ or None, None,
                                                      primary_key=bool(pk))
            for row in conn.exec_driver_sql(f"PRAGMA foreign_key_list({quoted})"):
                target, source = row[2], row[3]
                if source in table.columns:
                    table.columns[source].references = (None, target)
            tables.append(table)
        conn.rollback()
        return tables

    def table_id_parts(self, table: CatalogTable) -> tuple[str | None, ...]:
        return (table.name,)

    def view_body(self, sql: str | None) -> str | None:
        """The SELECT of a `CREATE VIEW` statement as SQLite stored it."""
        if not sql:
            return None
        try:
            parsed = sqlglot.parse_one(sql, read="sqlite")
        except sqlglot.errors.ParseError:
            parsed = None
        if isinstance(parsed, exp.Create) and parsed.expression is not None:
            return parsed.expression.sql(dialect="sqlite")
        match = _VIEW_BODY.match(sql)
        return match.group(1).strip() if match else None
