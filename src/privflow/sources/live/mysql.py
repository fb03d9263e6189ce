"""MySQL and MariaDB: information_schema queries, primary-key range sampling, read-only session.

MySQL has no TABLESAMPLE. A table with an integer primary key is sampled as a few short index
range reads that start at random keys between MIN and MAX (both answered from the index), so
the server reads about `rows` rows wherever they sit; any other table is read with a plain LIMIT.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from typing import Any, ClassVar

import sqlglot
from sqlalchemy.engine import Connection
from sqlglot import exp

from privflow.sources.live.engine import CatalogTable, ErrorKind, LiveEngine

# The database the URL names, or every user database when it names none.
_IN_SCOPE = ("(TABLE_SCHEMA = DATABASE() OR (DATABASE() IS NULL AND TABLE_SCHEMA NOT IN "
             "('mysql', 'information_schema', 'performance_schema', 'sys')))")


class MySQLEngine(LiveEngine):
    backend = "mysql"
    dialect = "mysql"
    PRODUCT = "MySQL/MariaDB"
    DRIVER_PACKAGES = ("pymysql",)
    SUPERUSER_SQL = """
        SELECT COUNT(*) > 0 FROM information_schema.USER_PRIVILEGES
        WHERE PRIVILEGE_TYPE = 'SUPER'
          AND GRANTEE = CONCAT(CHAR(39), SUBSTRING_INDEX(CURRENT_USER(), '@', 1), CHAR(39), '@',
                               CHAR(39), SUBSTRING_INDEX(CURRENT_USER(), '@', -1), CHAR(39))"""
    SAMPLE_AUTOCOMMIT = True  # the session's READ ONLY holds for each autocommit statement
    SESSION_SETUP = (
        "SET SESSION TRANSACTION READ ONLY",
        "SET SESSION lock_wait_timeout = {timeout_s:.0f}",
    )
    # MariaDB counts seconds in max_statement_time, MySQL milliseconds in max_execution_time.
    MARIADB_TIMEOUT: ClassVar[str] = "SET SESSION max_statement_time = {s:.3f}"
    MYSQL_TIMEOUT: ClassVar[str] = "SET SESSION max_execution_time = {ms}"
    TABLES_SQL = f"""
        SELECT t.TABLE_SCHEMA, t.TABLE_NAME,
               CASE WHEN t.TABLE_TYPE LIKE '%VIEW' THEN 'view' ELSE 'table' END,
               CASE WHEN t.TABLE_TYPE LIKE '%VIEW' THEN NULL ELSE t.TABLE_COMMENT END,
               v.VIEW_DEFINITION, 1, t.TABLE_ROWS, NULL
        FROM information_schema.TABLES t
        LEFT JOIN information_schema.VIEWS v
          ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
        WHERE t.TABLE_TYPE <> 'SEQUENCE' AND {_IN_SCOPE.replace('TABLE_SCHEMA', 't.TABLE_SCHEMA')}
        ORDER BY 1, 2"""
    # A generated column is never sampled: a VIRTUAL one is computed by the server on every
    # read, and its value only restates the columns it is made of.
    COLUMNS_SQL = f"""
        SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, COLUMN_COMMENT, 1,
               COALESCE(GENERATION_EXPRESSION, '') = ''
        FROM information_schema.COLUMNS WHERE {_IN_SCOPE}
        ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION"""
    KEYS_SQL = f"""
        SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME,
               CASE WHEN CONSTRAINT_NAME = 'PRIMARY' THEN 'p' ELSE 'f' END,
               REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME
        FROM information_schema.KEY_COLUMN_USAGE
        WHERE {_IN_SCOPE}
          AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL)"""
    ERROR_CODES: ClassVar[dict[Any, ErrorKind]] = {
        1142: "denied",  # SELECT command denied to user for table
        1143: "denied",  # column access denied
        1044: "login",  # access denied to database
        1045: "login",  # access denied for user (wrong password)
        1049: "missing",  # unknown database
        1969: "timeout",  # MariaDB: max_statement_time exceeded
        3024: "timeout",  # MySQL: max_execution_time exceeded
        1205: "timeout",  # lock wait timeout
        2003: "refused",  # can't connect
        2013: "timeout",  # lost connection during query (read timeout)
    }
    SAMPLE_VALUE = "LEFT({column}, {chars})"
    UNSAMPLED_TYPES = ("blob", "binary", "geometry", "point", "polygon", "linestring", "bit(")
    INTEGER_TYPES: ClassVar[tuple[str, ...]] = ("int", "bigint", "smallint", "mediumint",
                                                "tinyint")
    # Range reads per table: more start points spread the sample over the key space.
    RANGE_READS: ClassVar[int] = 4

    def read_catalog(self, conn: Connection) -> list[CatalogTable]:
        tables = super().read_catalog(conn)
        for table in tables:
            if table.definition:
                table.definition = self.plain_view_sql(table.definition)
        return tables

    def plain_view_sql(self, definition: str) -> str:
        """The server's stored view text with its parenthesised join tree unwrapped.

        MySQL stores `FROM a m JOIN b o ON ...` as `from (a m join b o on(...))`; the same
        query without the parentheses is what a person writes and what lineage walks best.
        """
        try:
            tree = sqlglot.parse_one(definition, read=self.dialect)
        except sqlglot.errors.ParseError:
            return definition
        changed = False
        for select in tree.find_all(exp.Select):
            source = select.args.get("from_")
            if isinstance(source, exp.From) and _join_tree(source.this):
                base, joins = _unwrap(source.this)
                select.set("from_", exp.From(this=base))
                select.set("joins", [*joins, *(select.args.get("joins") or [])])
                changed = True
        return tree.sql(dialect=self.dialect) if changed else definition

    def connect_args(self, timeout_s: float) -> dict[str, Any]:
        connect_s = max(1, round(min(timeout_s, self.CONNECT_TIMEOUT_S)))
        args: dict[str, Any] = {"connect_timeout": connect_s,
                                # PyMySQL reads the greeting and the login reply with the read
                                # timeout: while connecting it is the connect timeout, so a
                                # server that accepts and says nothing is given up on in time.
                                "read_timeout": connect_s,
                                # A rogue server may answer any query with "send me file X":
                                # never (whatever the URL says, client_flag has no LOCAL_FILES).
                                "local_infile": False}
        if "charset" not in self.url.query:
            args["charset"] = "utf8mb4"
        return args

    def statement_read_timeout(self, timeout_s: float) -> float:
        """A client-side guard should the server-side statement timeout not fire."""
        return max(1, round(timeout_s * 2))

    def set_statement_timeout(self, conn: Connection, seconds: float) -> None:
        template = self.MARIADB_TIMEOUT if conn.dialect.is_mariadb else self.MYSQL_TIMEOUT
        conn.exec_driver_sql(template.format(ms=max(1, int(seconds * 1000)),
                                             s=max(0.001, seconds)))
        conn.commit()

    def setup_session(self, conn: Connection, timeout_s: float) -> None:
        raw = conn.connection.dbapi_connection
        if raw is not None and hasattr(raw, "_read_timeout"):
            # Connected: statements may take up to the statement timeout, not the connect one.
            raw._read_timeout = self.statement_read_timeout(timeout_s)
        super().setup_session(conn, timeout_s)
        self.set_statement_timeout(conn, timeout_s)

    def error_code(self, error: BaseException) -> Any:
        args = getattr(error, "args", ())
        return args[0] if args and isinstance(args[0], int) else None

    def integer_key(self, table: CatalogTable) -> str | None:
        keys = [c for c in table.columns.values() if c.primary_key]
        if len(keys) != 1:
            return None
        kind = (keys[0].type or "").lower().split("(")[0].split()[0] if keys[0].type else ""
        return keys[0].name if kind in self.INTEGER_TYPES else None

    def sample(self, conn: Connection, table: CatalogTable, columns: Sequence[str], rows: int,
               deadline: float) -> list[Sequence[Any]]:
        name = self.quote(conn, table.schema, table.name)
        select = f"SELECT {self.select_list(conn, columns)} FROM {name}"
        key = self.integer_key(table)
        if key is None or key not in columns:
            return self.fetch(conn, f"{select} LIMIT {int(rows)}", rows)
        quoted_key = self.quote(conn, key)
        position = list(columns).index(key)
        # The first rows by key: the top-up below, read first, so that a table of at most
        # `rows` rows (most tables) is sampled by this one statement. What the range reads
        # would return from it is worked out here, the same rows in the same order.
        head = self.fetch(conn, f"{select} ORDER BY {quoted_key} LIMIT {int(rows) + 1}",
                          rows + 1)
        whole = len(head) <= rows
        if whole:
            if not head:
                return []
            keys = [int(row[position]) for row in head]
            low, high = keys[0], keys[-1]
        else:
            low, high = conn.exec_driver_sql(
                f"SELECT MIN({quoted_key}), MAX({quoted_key}) FROM {name}").one()
            if low is None:
                return []
        found: dict[Any, Sequence[Any]] = {}
        per_read = max(1, -(-rows // self.RANGE_READS))
        # Seeded by the table's name: unchanged data gives the same sample on every scan.
        chooser = random.Random(f"{table.schema}.{table.name}")
        starts = sorted(chooser.randint(int(low), int(high)) for _ in range(self.RANGE_READS))
        for start in starts:
            if len(found) >= rows or self.out_of_time(deadline):
                break
            if whole:
                first = bisect.bisect_left(keys, start)
                read: Sequence[Sequence[Any]] = head[first:first + per_read]
            else:
                read = self.fetch(conn, f"{select} WHERE {quoted_key} >= {int(start)} "
                                  f"ORDER BY {quoted_key} LIMIT {per_read}", per_read)
            for row in read:
                found.setdefault(row[position], row)
        if len(found) < rows and (whole or not self.out_of_time(deadline)):
            # Short of rows (random starts near the end, or a small table): top up from the
            # start of the key, still bounded by LIMIT.
            for row in head[:rows]:
                if len(found) >= rows:
                    break
                found.setdefault(row[position], row)
        return list(found.values())[:rows]


def _join_tree(node: exp.Expression | None) -> bool:
    """An unaliased parenthesised FROM item that is tables and joins, not a subquery."""
    return (isinstance(node, exp.Subquery) and not node.alias
            and isinstance(node.this, (exp.Table, exp.Subquery)))


def _unwrap(node: exp.Expression) -> tuple[exp.Expression, list[exp.Expression]]:
    """(first table, joins in order) of a parenthesised join tree."""
    if _join_tree(node):
        base, joins = _unwrap(node.this)
        return base, [*joins, *(node.args.get("joins") or [])]
    joins = list(node.args.get("joins") or [])
    node.set("joins", None)
    return node, joins
