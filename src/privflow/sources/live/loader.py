"""`load_database`: one live database -> privflow's Schema, as a careful DBA would read it.

Order of work: connect (read-only session, statement timeout), read the whole catalog in a few
queries, then sample each readable base table in short read-only transactions (on PostgreSQL
and MySQL each sampling statement is one, in autocommit: no BEGIN/ROLLBACK round trips) with a
per-table time budget, all of it within an overall sampling deadline. Sampled values go only
into `Column.samples`; no value, and no driver message that could quote one, ever reaches an
error, a warning or a skipped entry.
"""

from __future__ import annotations

import datetime
import fnmatch
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from privflow.errors import PrivflowError
from privflow.schema import Column, Schema, Skipped, Table, table_id
from privflow.sources.live.engine import (
    CatalogTable,
    ErrorKind,
    LiveEngine,
    SampleJob,
    SamplingClock,
)
from privflow.sources.live.mysql import MySQLEngine
from privflow.sources.live.postgres import PostgresEngine
from privflow.sources.live.sqlite import SQLiteEngine
from privflow.sources.live.urls import COMMAND_LINE, UrlPolicy, display, parse, scrub

ENGINES: dict[str, type[LiveEngine]] = {
    "postgresql": PostgresEngine,
    "mysql": MySQLEngine,
    "mariadb": MySQLEngine,
    "sqlite": SQLiteEngine,
}

DEFAULT_TIMEOUT_S = 30.0  # connect and catalog statements
DEFAULT_TABLE_BUDGET_S = 5.0  # all sampling statements of one table together
DEFAULT_SAMPLE_DEADLINE_S = 300.0  # all tables of one database together

# What the user reads for each kind of failure: fixed words, never a driver message.
CONNECT_REASONS: dict[ErrorKind, str] = {
    "refused": "cannot connect: connection refused (is the server running on that port?)",
    "timeout": "cannot connect: timed out",
    "login": "login refused: wrong user or password, or no permission to connect",
    "missing": "cannot connect: no such database",
    "denied": "cannot read the catalog: permission denied",
    "policy": "cannot read the catalog: permission denied",
    "other": "cannot connect",
}

# Why a table was not sampled, by what went wrong (the table itself stays in the scan).
NOT_SAMPLED: dict[str, str] = {
    "timeout": "not sampled: time budget of {budget:g}s per table spent",
    "deadline": "not sampled: the sampling deadline of {deadline:g}s for this database was "
                "spent (--sample-deadline)",
    "policy": "not sampled: row-level security is on for this table, and privflow does not "
              "run its policies (grant BYPASSRLS to the scanning role to sample it)",
}


def engine_for(url: str, base_dir: str | None = None,
               policy: UrlPolicy = COMMAND_LINE) -> LiveEngine:
    parsed = parse(url, base_dir=base_dir, policy=policy)
    backend = parsed.get_backend_name()
    return ENGINES[backend](parsed, display(parsed))


def load_database(url: str, *, sample_rows: int = 100, include: Sequence[str] = (),
                  exclude: Sequence[str] = (), timeout_s: float = DEFAULT_TIMEOUT_S,
                  table_budget_s: float = DEFAULT_TABLE_BUDGET_S,
                  deadline_s: float = DEFAULT_SAMPLE_DEADLINE_S,
                  base_dir: str | None = None, policy: UrlPolicy = COMMAND_LINE,
                  warn: Callable[[str], None] | None = None) -> Schema:
    """Tables, views, columns, comments, keys and (unless `sample_rows` is 0) sampled values.

    `base_dir`: the folder a relative SQLite path is relative to (the inventory folder for
    URLs from privflow.yaml); the working directory when None. `policy`: what the URL may
    read from the environment (URLs from privflow.yaml get `urls.CONFIG`). `deadline_s`: once
    this long has gone on sampling, the remaining tables are listed as not sampled. `warn`
    receives one-line warnings (connected as a superuser).
    """
    engine = engine_for(url, base_dir, policy)
    schema = Schema()
    with _connected(engine, timeout_s, warn) as conn:
        catalog = [t for t in engine.read_catalog(conn)
                   if _selected(_id(engine, t), include, exclude)]
        ids = {t.key: _id(engine, t) for t in catalog}
        for entry in catalog:
            if not entry.readable:
                schema.skipped.append(_skip(engine, ids[entry.key],
                                            "permission denied: no SELECT privilege"))
                continue
            table = _table(engine, entry, ids)
            schema.tables[table.id] = table
            if entry.unread:
                schema.skipped.append(_skip(engine, table.id, entry.unread))
        clock = SamplingClock(deadline=0.0, statement_s=min(timeout_s, table_budget_s),
                              table_budget_s=table_budget_s)
        engine.set_statement_timeout(conn, clock.statement_s)
        if engine.SAMPLE_AUTOCOMMIT:
            conn.execution_options(isolation_level="AUTOCOMMIT")
        clock.deadline = time.monotonic() + max(0.0, deadline_s)
        # Views are never sampled: reading one runs the functions it calls.
        work = [(entry, table) for entry in catalog
                if (table := schema.tables.get(ids[entry.key])) is not None
                and (entry.kind == "table" or entry.materialized)]
        if sample_rows > 0 and engine.PRIVILEGES_IN_CATALOG and engine.pipelined(conn):
            outcomes = _pipelined(engine, conn, work, sample_rows, clock)
        else:
            outcomes = _one_by_one(engine, conn, work, sample_rows, clock)
        with closing(outcomes):
            for table, problem in outcomes:
                if problem == "denied":
                    del schema.tables[table.id]
                    schema.skipped.append(_skip(engine, table.id, "permission denied"))
                elif problem in NOT_SAMPLED:
                    schema.skipped.append(_skip(engine, table.id, NOT_SAMPLED[problem].format(
                        budget=table_budget_s, deadline=deadline_s)))
                elif problem is not None:
                    schema.skipped.append(_skip(engine, table.id, f"not sampled: {problem}"))
    return schema


@contextmanager
def _connected(engine: LiveEngine, timeout_s: float,
               warn: Callable[[str], None] | None = None) -> Iterator[Connection]:
    """A configured read-only connection; any database failure becomes one PrivflowError."""
    sa_engine = engine.create_engine(timeout_s)
    stage = "connect"
    try:
        with sa_engine.connect() as conn:
            engine.setup_session(conn, timeout_s)
            if warn is not None and engine.is_superuser(conn):
                warn(f"{engine.shown}: connected as a superuser: privflow needs only SELECT "
                     "on the tables it scans; use a role that has nothing more")
            stage = "scan"
            yield conn
    except DBAPIError as error:
        kind = engine.error_kind(error)
        if stage == "connect":
            reason = CONNECT_REASONS[kind]
            if kind == "other":
                # No value has been read yet, so the driver's own words are safe to show once
                # the password is scrubbed from them.
                detail = scrub(str(getattr(error, "orig", None) or error), engine.url)
                reason = f"{reason}: {detail}" if detail else reason
        elif kind == "timeout":
            reason = f"timed out after {timeout_s:g}s reading the catalog"
        elif kind == "denied":
            reason = CONNECT_REASONS["denied"]
        elif kind == "missing":
            reason = "cannot read: not a database, or it no longer exists"
        else:
            reason = "connection lost or the catalog could not be read"
        raise PrivflowError(reason, path=engine.shown) from None
    except SQLAlchemyError:
        raise PrivflowError("cannot connect", path=engine.shown) from None
    except PrivflowError:
        raise
    except Exception as error:
        # The driver choked on what the server sent (garbage, a bogus handshake, a LOAD DATA
        # LOCAL request it refuses): the server is not one to scan. After connecting, only
        # errors raised inside the driver are the server's doing; others are privflow bugs.
        if stage == "connect":
            raise PrivflowError(f"cannot connect: the server's reply is not what a "
                                f"{engine.PRODUCT} server sends", path=engine.shown) from None
        if engine.from_driver(error):
            raise PrivflowError("connection lost: the server's reply could not be read",
                                path=engine.shown) from None
        raise
    finally:
        engine.close()
        sa_engine.dispose()


def _one_by_one(engine: LiveEngine, conn: Connection, work: list[tuple[CatalogTable, Table]],
                rows: int, clock: SamplingClock) -> Iterator[tuple[Table, str | None]]:
    """Each table sampled in turn: (table, what went wrong), in catalog order."""
    for entry, table in work:
        left = clock.left()
        if left <= 0:
            yield table, "deadline"
            continue
        if left < clock.statement_s:
            clock.statement_s = left
            engine.set_statement_timeout(conn, left)
        yield table, _sample_table(engine, conn, entry, table, rows,
                                   min(clock.table_budget_s, left))


def _pipelined(engine: LiveEngine, conn: Connection, work: list[tuple[CatalogTable, Table]],
               rows: int, clock: SamplingClock) -> Iterator[tuple[Table, str | None]]:
    """What `_one_by_one` gives, the engine sending the next tables' statements ahead."""
    tables = {entry.key: table for entry, table in work}
    jobs = (SampleJob(entry, _sampled_columns(engine, entry), rows) for entry, _ in work)
    with closing(engine.sample_pipelined(conn, jobs, clock)) as done:
        for job in done:
            table = tables[job.entry.key]
            if job.problem is not None:
                yield table, job.problem
            elif job.error is not None:
                yield table, _failure(engine, job.error)
            else:
                if job.columns:
                    _store(table, job.columns, job.found)
                yield table, None


def _sampled_columns(engine: LiveEngine, entry: CatalogTable) -> list[str]:
    """The columns to read (none of a foreign table: it lives on another server)."""
    if entry.remote:
        return []
    return [c.name for c in entry.columns.values() if engine.sampleable(c)]


def _failure(engine: LiveEngine, error: DBAPIError) -> ErrorKind | str:
    """What a failed sampling statement means for its table; a lost connection raises."""
    if error.connection_invalidated:
        raise error
    kind = engine.error_kind(error)
    if kind in ("denied", "timeout", "policy"):
        return kind
    return "the database refused the query"


def _sample_table(engine: LiveEngine, conn: Connection, entry: CatalogTable, table: Table,
                  rows: int, budget_s: float) -> ErrorKind | str | None:
    """Fill `Column.samples`; probe readability when not sampling. Returns what went wrong."""
    if entry.remote:
        return None  # a foreign table lives on another server: not this scan's to read
    columns = _sampled_columns(engine, entry)
    if (rows <= 0 or not columns) and engine.PRIVILEGES_IN_CATALOG:
        return None
    deadline = time.monotonic() + budget_s
    # In autocommit each statement ended its own transaction: after a clean read there is
    # nothing to roll back (and a ROLLBACK would be a round trip per table).
    ended = False
    try:
        if rows <= 0 or not columns:
            # Not sampling: still learn whether the user may read the table (no row is read).
            probe = ", ".join(engine.quote(conn, c) for c in list(entry.columns)[:1]) or "1"
            conn.exec_driver_sql(f"SELECT {probe} FROM "
                                 f"{engine.quote(conn, entry.schema, entry.name)} WHERE 1 = 0")
            ended = engine.SAMPLE_AUTOCOMMIT
            return None
        found = engine.sample(conn, entry, columns, rows, deadline)
        ended = engine.SAMPLE_AUTOCOMMIT
    except DBAPIError as error:
        return _failure(engine, error)
    finally:
        if not ended:
            with suppress(DBAPIError):
                conn.rollback()  # end the read-only transaction: no snapshot or lock outlives it
    _store(table, columns, found)
    return None


def _store(table: Table, columns: list[str], found: Sequence[Sequence[Any]]) -> None:
    """Each column's sampled values as the validators read them."""
    limit = LiveEngine.MAX_VALUE_CHARS
    by_column = list(zip(*found, strict=True)) if found else [()] * len(columns)
    for name, values in zip(columns, by_column, strict=True):
        column = table.column(name)
        if column is not None:
            if set(map(type, values)) <= _TEXT_OR_NULL:
                # Most drivers hand back text already (samples are read as text): strip it
                # without the conversions other types need, at C speed.
                texts = list(map(str.strip, filter(None, values)))  # NULL and '' are no sample
                if max(map(len, texts), default=0) > limit:
                    texts = [t[:limit] for t in texts]
                column.samples = list(filter(None, texts))
            else:
                column.samples = [v for v in (
                    value.strip()[:limit] if type(value) is str else _text(value)
                    for value in values) if v]


_TEXT_OR_NULL = frozenset({str, type(None)})


def _text(value: Any) -> str | None:
    """A sampled value as the validators read it; None for empty and binary values."""
    if value is None or isinstance(value, (bytes, bytearray, memoryview)):
        return None
    if isinstance(value, bool):
        return str(value).lower()
    text = value.isoformat() if isinstance(value, (datetime.date, datetime.time)) else str(value)
    text = text.strip()
    return text[:LiveEngine.MAX_VALUE_CHARS] or None


def _id(engine: LiveEngine, table: CatalogTable) -> str:
    return table_id(*engine.table_id_parts(table))


def _selected(tid: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Include/exclude globs match the table id or its bare name, case-insensitively."""
    names = (tid, tid.rsplit(".", 1)[-1])

    def hit(globs: Sequence[str]) -> bool:
        return any(fnmatch.fnmatchcase(n, g.lower()) for g in globs for n in names)

    return (not include or hit(include)) and not hit(exclude)


def _skip(engine: LiveEngine, tid: str, reason: str) -> Skipped:
    return Skipped(path=f"db:{engine.shown}#{tid}", line=None, reason=reason, error=False)


def _table(engine: LiveEngine, entry: CatalogTable,
           ids: dict[tuple[str | None, str], str]) -> Table:
    tid = ids[entry.key]
    source = f"db:{engine.shown}#{tid}"
    definition = (entry.definition or "").strip().rstrip(";").strip() or None
    table = Table(id=tid, name=entry.name, source=source, comment=entry.comment,
                  kind=entry.kind, dialect=engine.dialect, definition=definition,
                  origins=["db"])
    for found in entry.columns.values():
        references = None
        if found.references is not None:
            target_schema, target_name = found.references
            references = ids.get((target_schema, target_name)) or table_id(
                *engine.table_id_parts(CatalogTable(target_schema, target_name, "table")))
        table.add_column(Column(name=found.name, type=found.type, comment=found.comment,
                                source=source, primary_key=found.primary_key,
                                references=references))
    return table
