"""The query log's state on disk (SQLite): one row per template with its parsed result, run
counts per template and user, access facts, and how far each log file has been read.

Memory stays bounded whatever the log's length: runs are counted in a dictionary that is
written out every `FLUSH_EVERY` distinct keys, and only templates are kept, never statements
with their literals.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from privflow.errors import PrivflowError

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS templates (
  fp TEXT PRIMARY KEY, sql TEXT NOT NULL, dialect TEXT, file TEXT, line INTEGER,
  query_id TEXT, status TEXT NOT NULL DEFAULT 'new', result TEXT, error TEXT);
CREATE TABLE IF NOT EXISTS runs (
  fp TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL, runs INTEGER NOT NULL,
  first_seen TEXT, last_seen TEXT, PRIMARY KEY (fp, user, role));
CREATE TABLE IF NOT EXISTS direct_reads (
  tbl TEXT NOT NULL, col TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL,
  runs INTEGER NOT NULL, first_seen TEXT, last_seen TEXT, PRIMARY KEY (tbl, col, user, role));
CREATE TABLE IF NOT EXISTS direct_edges (
  source TEXT NOT NULL, target TEXT NOT NULL, file TEXT, line INTEGER, runs INTEGER NOT NULL,
  first_seen TEXT, last_seen TEXT, PRIMARY KEY (source, target));
CREATE TABLE IF NOT EXISTS files (
  key TEXT PRIMARY KEY, path TEXT NOT NULL, format TEXT, offset INTEGER NOT NULL,
  line INTEGER NOT NULL, records INTEGER NOT NULL, skipped INTEGER NOT NULL,
  head_length INTEGER NOT NULL DEFAULT 0, head_digest TEXT);
CREATE TABLE IF NOT EXISTS failures (
  file TEXT, line INTEGER, query_id TEXT, fp TEXT, reason TEXT);
"""

_MIN = "CASE WHEN {a} IS NULL THEN {b} WHEN {b} IS NULL THEN {a} WHEN {a} < {b} THEN {a} ELSE {b} END"
_MAX = "CASE WHEN {a} IS NULL THEN {b} WHEN {b} IS NULL THEN {a} WHEN {a} > {b} THEN {a} ELSE {b} END"


def _span(table: str) -> str:
    first = _MIN.format(a=f"{table}.first_seen", b="excluded.first_seen")
    last = _MAX.format(a=f"{table}.last_seen", b="excluded.last_seen")
    return f"runs = {table}.runs + excluded.runs, first_seen = {first}, last_seen = {last}"


class Store:
    """One SQLite file (or memory) holding the state of one or more query logs."""

    def __init__(self, path: str | Path | None) -> None:
        target = ":memory:" if path is None else str(path)
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(target, timeout=30)
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as error:
            raise PrivflowError(f"query-log state is not a privflow state file ({error})",
                                path=str(path)) from None
        self.db.execute("PRAGMA journal_mode = WAL" if path is not None else "PRAGMA cache_size=-65536")
        self.db.execute("PRAGMA synchronous = NORMAL")

    # ---- meta: what the template results were computed against
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def invalidate_results(self) -> None:
        """The schema, dialect or privflow changed: parse every template again."""
        self.db.execute("UPDATE templates SET status = 'new', result = NULL, error = NULL")
        self.db.execute("DELETE FROM failures WHERE fp IS NOT NULL")

    # ---- files
    def file_state(self, key: str) -> tuple[int, int, int, int, int, str | None] | None:
        return self.db.execute("SELECT offset, line, records, skipped, head_length, "
                               "head_digest FROM files WHERE key = ?", (key,)).fetchone()

    def save_file(self, key: str, path: str, fmt: str, offset: int, line: int,
                  records: int, skipped: int, head: tuple[int, str | None] = (0, None)
                  ) -> None:
        self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (key, path, fmt, offset, line, records, skipped, *head))

    def files(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT path, format, records, skipped FROM files ORDER BY path")
        return [{"path": p, "format": f, "records": r, "skipped": s} for p, f, r, s in rows]

    # ---- templates
    def known_templates(self) -> set[str]:
        return {fp for (fp,) in self.db.execute("SELECT fp FROM templates")}

    def add_templates(self, rows: list[tuple[str, str, str | None, str, int, str | None]]
                      ) -> None:
        self.db.executemany("INSERT OR IGNORE INTO templates (fp, sql, dialect, file, line, "
                            "query_id) VALUES (?, ?, ?, ?, ?, ?)", rows)

    def pending_templates(self) -> list[tuple[str, str, str | None, str, int, str | None]]:
        return self.db.execute("SELECT fp, sql, dialect, file, line, query_id FROM templates "
                               "WHERE status = 'new' ORDER BY fp").fetchall()

    def save_results(self, rows: list[tuple[str, dict | None, str | None]]) -> None:
        self.db.executemany(
            "UPDATE templates SET status = ?, result = ?, error = ? WHERE fp = ?",
            [("failed" if error else "done", json.dumps(result) if result is not None else None,
              error, fp) for fp, result, error in rows])

    def templates(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT t.fp, t.sql, t.dialect, t.file, t.line, t.query_id, t.status, t.result, "
            "t.error, COALESCE(SUM(r.runs), 0), MIN(r.first_seen), MAX(r.last_seen), "
            "COUNT(DISTINCT r.user) FROM templates t LEFT JOIN runs r ON r.fp = t.fp "
            "GROUP BY t.fp ORDER BY t.fp")
        out = []
        for fp, sql, dialect, file, line, qid, status, result, error, runs, first, last, users \
                in rows:
            out.append({"fingerprint": fp, "sql": sql, "dialect": dialect, "file": file,
                        "line": line, "query_id": qid, "status": status,
                        "result": json.loads(result) if result else None, "error": error,
                        "runs": runs, "first_seen": first, "last_seen": last, "users": users})
        return out

    # ---- counts
    def add_runs(self, counts: dict[tuple[str, str, str], list]) -> None:
        self.db.executemany(
            f"INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (fp, user, role) DO UPDATE "
            f"SET {_span('runs')}",
            [(fp, user, role, n, first, last)
             for (fp, user, role), (n, first, last) in counts.items()])

    def runs(self) -> list[tuple[str, str, str, int, str | None, str | None]]:
        return self.db.execute("SELECT fp, user, role, runs, first_seen, last_seen FROM runs "
                               "ORDER BY fp, user, role").fetchall()

    def add_direct_reads(self, counts: dict[tuple[str, str, str, str], list]) -> None:
        self.db.executemany(
            f"INSERT INTO direct_reads VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
            f"(tbl, col, user, role) DO UPDATE SET {_span('direct_reads')}",
            [(*key, n, first, last) for key, (n, first, last) in counts.items()])

    def direct_reads(self) -> list[tuple]:
        return self.db.execute("SELECT tbl, col, user, role, runs, first_seen, last_seen "
                               "FROM direct_reads ORDER BY tbl, col, user, role").fetchall()

    def add_direct_edges(self, counts: dict[tuple[str, str], list]) -> None:
        self.db.executemany(
            f"INSERT INTO direct_edges VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, target) "
            f"DO UPDATE SET {_span('direct_edges')}",
            [(source, target, file, line, n, first, last)
             for (source, target), (n, first, last, file, line) in counts.items()])

    def direct_edges(self) -> list[tuple]:
        return self.db.execute("SELECT source, target, file, line, runs, first_seen, last_seen "
                               "FROM direct_edges ORDER BY source, target").fetchall()

    def add_failures(self, rows: list[tuple[str, int, str | None, str | None, str]]) -> None:
        self.db.executemany("INSERT INTO failures VALUES (?, ?, ?, ?, ?)", rows)

    def failures(self) -> list[tuple]:
        return self.db.execute("SELECT file, line, query_id, fp, reason FROM failures "
                               "ORDER BY file, line").fetchall()

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()
