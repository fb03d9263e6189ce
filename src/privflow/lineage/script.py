"""From statement text to parsed statements the walker can follow.

Three kinds of text need work before sqlglot sees them:

- procedural blocks (T-SQL, PL/SQL, PL/pgSQL, MySQL and BigQuery scripting): sqlglot parses few
  of them, so `block_statements` cuts the INSERT/UPDATE/MERGE/SELECT statements out of the body
  with sqlglot's tokenizer and a small boundary table (below), and each is parsed alone;
- exports sqlglot cannot read: MySQL `SELECT ... INTO OUTFILE` and Redshift `UNLOAD ('...')`;
- everything else is parsed as is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from privflow.lazy import Lazy
from privflow.lineage.walker import StatementLineage, Walker

# sqlglot is imported when a statement is first walked, not for a scan without any.
sqlglot = Lazy("sqlglot")
exp = Lazy("sqlglot.expressions")
errors = Lazy("sqlglot.errors")
Dialect = Lazy("sqlglot.dialects.dialect:Dialect")
TokenType = Lazy("sqlglot.tokens:TokenType")

# A statement whose body holds other statements.
_BLOCK_HEAD = re.compile(
    r"^\s*(?:(?:CREATE|ALTER)\s+(?:OR\s+(?:REPLACE|ALTER)\s+)?(?:DEFINER\s*=\s*\S+\s+)?"
    r"(?:(?:NON)?EDITIONABLE\s+)?(?:TEMP(?:ORARY)?\s+)?"
    r"(?:PROC|PROCEDURE|FUNCTION|TRIGGER|PACKAGE\s+BODY|EVENT)\b|DO\b|BEGIN\b|DECLARE\b"
    r"|IF\b|WHILE\b|LOOP\b|FOR\b|REPEAT\b"
    # pieces of a block that a `;` splitter cut off: ELSE INSERT ..., END IF, WHEN ... THEN
    r"|ELSE\b|ELSEIF\b|ELSIF\b|END\b|EXCEPTION\b|WHEN\b|CASE\b)",
    re.IGNORECASE,
)
_OUTFILE = re.compile(
    r"\bINTO\s+(OUTFILE|DUMPFILE)\s+'((?:[^'\\]|\\.|'')*)'"
    r"(?:\s+CHARACTER\s+SET\s+\w+)?"
    r"(?:\s+(?:FIELDS|COLUMNS|LINES)(?:\s+(?:OPTIONALLY\s+)?(?:TERMINATED|ENCLOSED|ESCAPED|"
    r"STARTING)\s+BY\s+'(?:[^'\\]|\\.|'')*')+)*",
    re.IGNORECASE,
)
# MySQL REPLACE INTO ... SELECT writes like INSERT (sqlglot reads it as an opaque command).
_REPLACE_INTO = re.compile(r"^\s*REPLACE(?=\s+INTO\b)", re.IGNORECASE)
_UNLOAD = re.compile(
    r"^\s*UNLOAD\s*\(\s*'((?:[^'\\]|\\.|'')*)'\s*\)\s*TO\s*'([^']*)'", re.IGNORECASE | re.DOTALL
)

_IMMEDIATE = re.compile(r"^\s*IMMEDIATE\s+'((?:[^']|'')*)'", re.IGNORECASE)
# Words that start a data statement inside a block.
_STARTS = {"INSERT", "UPDATE", "MERGE", "DELETE", "SELECT", "WITH", "CREATE", "EXPORT", "COPY",
           "REPLACE", "UPSERT"}
# `AFTER INSERT OR UPDATE ON t` names trigger events, not statements.
_TRIGGER_EVENTS = {"INSERT", "UPDATE", "DELETE"}
_TRIGGER_EVENT_BEFORE = {"AFTER", "BEFORE", "OR", "OF", "INSTEAD", "FOR", ","}
# CREATE TRIGGER name {BEFORE|AFTER|INSTEAD OF|FOR} events ON table: NEW/OLD (and T-SQL's
# inserted/deleted) in the body are rows of that table.
_TRIGGER_HEAD = re.compile(
    r"^\s*CREATE\s+(?:OR\s+(?:REPLACE|ALTER)\s+)?(?:DEFINER\s*=\s*\S+\s+)?TRIGGER\s+\S+"
    r"(?:\s+(?:BEFORE|AFTER|INSTEAD\s+OF|FOR)\s+[\w\s,]+?)?\s+ON\s+(?P<table>[\w.`\"\[\]]+)",
    re.IGNORECASE)
_ORACLE_ROW_REFERENCE = re.compile(r":(NEW|OLD)\.", re.IGNORECASE)
# MyBatis-style `#{param}` bind parameters left in SQL exported from mapper files: a value.
_BIND_PARAMETER = re.compile(r"#\{[^{}]*\}")
# MySQL `SELECT ... INTO var1, @var2` at the end of a query assigns variables.
_INTO_VARIABLES = re.compile(r"\s+INTO\s+@?\w+(?:\s*,\s*@?\w+)*\s*$", re.IGNORECASE)
# Words that end the statement being collected when met at depth 0 ...
_ENDS = {"END", "ELSE", "ELSIF", "ELSEIF", "EXCEPTION", "LOOP", "INSERT", "DELETE", "MERGE",
         "DECLARE", "IF", "WHILE", "RETURN", "EXEC", "EXECUTE", "PRINT", "COMMIT", "ROLLBACK",
         "OPEN", "FETCH", "CLOSE", "RAISERROR", "THROW", "BEGIN", "GO", "UPDATE", "SET",
         "SELECT", "CALL", "RAISE", "LEAVE", "ITERATE", "TRUNCATE", "DROP", "CREATE"}
# ... unless preceded by one of these (MERGE's THEN UPDATE, ON DUPLICATE KEY UPDATE ...).
_NOT_AFTER = {
    "INSERT": {"THEN"}, "DELETE": {"THEN", "ON"}, "UPDATE": {"THEN", "KEY", "FOR", "ON"},
    "SELECT": {"UNION", "ALL", "INTERSECT", "EXCEPT", "MINUS", "DISTINCT", "AS"},
    "IF": {"EXISTS", "NOT"}, "CREATE": set(), "SET": set(), "END": set(),
}
# Statements in which these words belong to the statement itself.
_OWN_WORDS = {
    "UPDATE": {"SET"}, "MERGE": {"SET", "INSERT", "UPDATE", "DELETE"}, "INSERT": {"SET", "SELECT"},
    "REPLACE": {"SET", "SELECT"}, "CREATE": {"SELECT"}, "EXPORT": {"SELECT"},
    "COPY": {"SELECT"}, "WITH": {"SELECT", "INSERT", "UPDATE", "DELETE", "MERGE"},
}


@dataclass
class Piece:
    sql: str
    line: int
    in_block: bool = False


def _line_at(text: str, offset: int, base: int) -> int:
    return base + text.count("\n", 0, offset)


def block_statements(sql: str, dialect: str | None, line: int) -> Iterator[Piece]:
    """The data statements inside a procedural block, each with its own line."""
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(sql)
    except (errors.SqlglotError, ValueError):
        return
    start: int | None = None
    head = ""
    depth = 0
    case_depth = 0

    def piece(first: int, last: int) -> Piece:
        begin, end = tokens[first].start, tokens[last].end + 1
        return Piece(sql[begin:end], _line_at(sql, begin, line), in_block=True)

    previous = ""
    outer_depth = 0  # parentheses outside statements: IF EXISTS (SELECT ...), FOR r IN (...)
    command = False
    for index, token in enumerate(tokens):
        word = token.text.upper() if token.token_type != TokenType.STRING else ""
        nested = token.token_type == TokenType.HEREDOC_STRING or (
            token.token_type in (TokenType.STRING, TokenType.RAW_STRING)
            and (command or (previous in ("AS", "DO") and ";" in token.text)))
        command = token.token_type == TokenType.COMMAND
        if nested:
            # A dollar-quoted body, or the text sqlglot's tokenizer keeps whole after a
            # command word (BigQuery BEGIN ...): statements of their own.
            offset = sql.find(token.text, tokens[index - 1].end if index else 0)
            yield from block_statements(token.text, dialect,
                                        _line_at(sql, max(offset, 0), line))
            previous = ""
            continue
        if start is None and word in ("EXECUTE", "EXEC"):
            # Dynamic SQL given as one literal: EXECUTE IMMEDIATE '...' (PL/SQL, BigQuery),
            # EXEC('...') and EXEC sp_executesql N'...' (T-SQL). Concatenated strings are not
            # statements until run time, and stay unread.
            for ahead in tokens[index + 1:index + 4]:
                if ahead.token_type in (TokenType.STRING, TokenType.NATIONAL_STRING):
                    text = ahead.text
                    immediate = _IMMEDIATE.match(text)
                    if immediate:
                        text = immediate.group(1).replace("''", "'")
                    yield from block_statements(text, dialect, _line_at(
                        sql, tokens[index].start, line))
                    break
            previous = word
            continue
        if start is None:
            if token.token_type == TokenType.L_PAREN:
                outer_depth += 1
            elif token.token_type == TokenType.R_PAREN:
                outer_depth = max(outer_depth - 1, 0)
            elif outer_depth == 0 and word in _STARTS and token.token_type != TokenType.STRING:
                if (word == "CREATE" and not _creates_relation(tokens, index)) or (
                        word == "REPLACE" and not _next_is(tokens, index, "INTO")) or (
                        word in _TRIGGER_EVENTS and (previous in _TRIGGER_EVENT_BEFORE or any(
                            _next_is(tokens, index, w) for w in ("ON", "OR", "OF")))):
                    previous = word
                    continue
                start, head, depth, case_depth = index, word, 0, 0
            previous = word
            continue
        # Inside a statement: find where it ends.
        if token.token_type == TokenType.L_PAREN:
            depth += 1
        elif token.token_type == TokenType.R_PAREN:
            depth -= 1
        elif token.token_type == TokenType.SEMICOLON and depth <= 0:
            yield piece(start, index - 1)
            start = None
            previous = ";"
            continue
        elif depth <= 0 and word == "CASE":
            case_depth += 1
        elif depth <= 0 and word == "END" and case_depth > 0:
            case_depth -= 1
        elif depth <= 0 and case_depth == 0 and word in _ENDS and \
                _ends_here(word, previous, head, tokens, index):
            yield piece(start, index - 1)
            start = None
            if word in _STARTS and (word != "CREATE" or _creates_relation(tokens, index)):
                start, head, depth, case_depth = index, word, 0, 0
        previous = word
    if start is not None and start < len(tokens):
        yield piece(start, len(tokens) - 1)


def _ends_here(word: str, previous: str, head: str, tokens: list, index: int) -> bool:
    if previous in _NOT_AFTER.get(word, ()):
        return False
    if word in _OWN_WORDS.get(head, ()):
        # T-SQL `SET @x = ...` after an UPDATE is a statement of its own.
        return word == "SET" and index + 1 < len(tokens) and tokens[index + 1].text.startswith("@")
    if word == "IF" and index + 1 < len(tokens) and \
            tokens[index + 1].token_type == TokenType.L_PAREN:
        return False  # MySQL IF(a, b, c)
    if word == "SELECT" and head not in ("SELECT", "UPDATE", "DELETE", "MERGE"):
        return False
    return not (word == "SET" and head in ("UPDATE", "MERGE"))


def _loop_records(walker: Walker, sql: str, dialect: str | None) -> dict:
    """Cursor loop records of a block (`FOR r IN (SELECT ...) LOOP`, `FOR r IN c LOOP` over
    `CURSOR c IS SELECT ...`, PL/pgSQL `FOR r IN SELECT ... LOOP`): r.col inside the loop
    reads that query's column."""
    queries = _loop_queries(sql, dialect)
    records = {}
    for record, text in queries.items():
        try:
            parsed = sqlglot.parse_one(text, read=dialect)
            records[record] = walker.query(parsed, None)
        except (errors.SqlglotError, ValueError, TypeError, AttributeError, KeyError, IndexError,
                RecursionError):
            continue
    return records


def _loop_queries(sql: str, dialect: str | None) -> dict[str, str]:
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(sql)
    except (errors.SqlglotError, ValueError):
        return {}
    words = [t.text.upper() if t.token_type != TokenType.STRING else "" for t in tokens]

    def until(start: int, stop: set[str], closing_paren: bool = False) -> str:
        depth = 0
        for end in range(start, len(tokens)):
            kind = tokens[end].token_type
            if kind == TokenType.L_PAREN:
                depth += 1
            elif kind == TokenType.R_PAREN:
                depth -= 1
                if closing_paren and depth < 0:
                    break
            elif depth == 0 and (words[end] in stop or kind == TokenType.SEMICOLON):
                break
        else:
            end = len(tokens)
        if end <= start:
            return ""
        return sql[tokens[start].start:tokens[end - 1].end + 1]

    cursors: dict[str, str] = {}
    loops: dict[str, str] = {}
    for i, word in enumerate(words):
        if tokens[i].token_type == TokenType.HEREDOC_STRING:
            loops.update(_loop_queries(tokens[i].text, dialect))
        elif word == "CURSOR" and i + 2 < len(words):
            # Oracle `CURSOR c IS SELECT`; PL/pgSQL `c CURSOR FOR SELECT`
            if words[i + 2] in ("IS", "FOR") and words[i + 3:i + 4] in (["SELECT"], ["WITH"]):
                cursors[words[i + 1].lower()] = until(i + 3, set())
            elif i > 0 and words[i + 1] in ("FOR", "IS"):
                cursors[words[i - 1].lower()] = until(i + 2, set())
        elif word == "FOR" and i + 3 < len(words) and words[i + 2] == "IN":
            record, body = words[i + 1].lower(), i + 3
            if tokens[body].token_type == TokenType.L_PAREN and words[body + 1:body + 2] in (
                    ["SELECT"], ["WITH"]):
                loops[record] = until(body + 1, set(), closing_paren=True)
            elif words[body] in ("SELECT", "WITH"):
                loops[record] = until(body, {"LOOP"})
            elif words[body].lower() in cursors:
                loops[record] = cursors[words[body].lower()]
    return {record: text for record, text in loops.items() if text}


def _next_is(tokens: list, index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].text.upper() == word


def _creates_relation(tokens: list, index: int) -> bool:
    """CREATE [OR REPLACE] [TEMP] TABLE/VIEW ... (not a procedure or an index)."""
    for token in tokens[index + 1:index + 6]:
        word = token.text.upper()
        if word in ("TABLE", "VIEW"):
            return True
        if word not in ("OR", "REPLACE", "TEMP", "TEMPORARY", "GLOBAL", "LOCAL", "MATERIALIZED",
                        "EXTERNAL", "TRANSIENT", "VOLATILE", "MULTISET", "SET", "IF", "NOT",
                        "EXISTS", "UNLOGGED"):
            return False
    return False


def is_block(sql: str) -> bool:
    return bool(_BLOCK_HEAD.match(sql))


def walk_text(walker: Walker, sql: str, line: int, dialect: str | None,
              in_block: bool = False) -> tuple[list[StatementLineage], list[tuple[int, str]]]:
    """Lineage of every statement in `sql` (one statement, or a block holding several)."""
    results: list[StatementLineage] = []
    problems: list[tuple[int, str]] = []
    if not in_block and is_block(sql):
        trigger = _TRIGGER_HEAD.match(sql)
        if trigger:
            from privflow.schema import table_id

            table = walker.catalog.resolve(table_id(*trigger.group("table").split(".")))
            walker.row_aliases = {"new": table, "old": table, "inserted": table,
                                  "deleted": table}
            sql = _ORACLE_ROW_REFERENCE.sub(r"\1.", sql)  # PL/SQL :NEW.col -> NEW.col
        walker.records = _loop_records(walker, sql, dialect)
        try:
            for piece in block_statements(sql, dialect, line):
                found, failed = walk_text(walker, piece.sql, piece.line, dialect, in_block=True)
                results.extend(found)
                problems.extend(failed)
        finally:
            walker.row_aliases = {}
            walker.records = {}
        return results, problems

    sql = _REPLACE_INTO.sub("INSERT", sql, count=1)
    if "#{" in sql:
        sql = _BIND_PARAMETER.sub("NULL", sql)
    if in_block and re.match(r"\s*(?:SELECT|WITH)\b", sql, re.IGNORECASE):
        sql = _INTO_VARIABLES.sub("", sql)
    unload = _UNLOAD.match(sql)
    if unload:
        query = unload.group(1).replace("''", "'").replace("\\'", "'")
        try:
            parsed = sqlglot.parse_one(query, read=dialect or "redshift")
        except errors.SqlglotError as error:
            return results, [(line, _reason(error))]
        result = StatementLineage(line=line)
        walker.query_export(parsed, "unload", unload.group(2), result)
        return [result], problems

    outfile = _OUTFILE.search(sql)
    if outfile:
        query = sql[:outfile.start()] + " " + sql[outfile.end():]
        try:
            parsed = sqlglot.parse_one(query, read=dialect)
        except errors.SqlglotError as error:
            return results, [(line, _reason(error))]
        result = StatementLineage(line=line)
        walker.query_export(parsed, "outfile", outfile.group(2), result)
        return [result], problems

    try:
        statements = _parse(sql, dialect)
    except errors.SqlglotError as error:
        if not in_block:
            # Several statements without `;` (T-SQL batches, a procedure cut short): walk the
            # data statements found in the text, if that finds more than the text itself.
            pieces = list(block_statements(sql, dialect, line))
            if pieces and not (len(pieces) == 1 and pieces[0].sql.strip() == sql.strip()):
                for piece in pieces:
                    found, failed = walk_text(walker, piece.sql, piece.line, dialect,
                                              in_block=True)
                    results.extend(found)
                    problems.extend(failed)
                return results, problems
        return results, [(line, _reason(error))]
    for statement in statements:
        if statement is None or isinstance(statement, exp.Command):
            continue
        if in_block:
            statement = _drop_variable_into(statement, dialect)
        try:
            results.append(walker.statement(statement, line))
        except (errors.SqlglotError, ValueError, TypeError, AttributeError, KeyError, IndexError,
                RecursionError) as error:
            # A tree shape the walker does not expect must cost this statement, not the scan;
            # it is reported like any statement that could not be read.
            problems.append((line, f"not followed: {type(error).__name__}: {error}"[:200]))
    return results, problems


# When no dialect is known (none forced, no marker in the file), a statement sqlglot's
# default reader rejects is tried in these, most common first: `SELECT TOP 10 [x] INTO #t`
# alone in a file carries no marker the file-level guess could see.
FALLBACK_DIALECTS = ("mysql", "postgres", "tsql", "hive", "bigquery", "snowflake", "oracle")


# Statements a source reader already parsed (the dbt loader reads each model's output columns
# from the tree): (sql, dialect) -> trees, or the error the reader's parse raised, taken once
# by the walk, so that a model is parsed once per scan (a failed one too: with its dialect
# known the walk reports the same error without parsing again; without one, only the
# fallback dialects are left to try). build_flows forgets what is left; the bound only
# guards memory.
_PARSED: dict[tuple[str, str | None], list[exp.Expression | None] | errors.SqlglotError] = {}
MAX_PARSED = 50_000


def remember_parse(sql: str, dialect: str | None,
                   trees: list[exp.Expression | None] | errors.SqlglotError) -> None:
    if len(_PARSED) >= MAX_PARSED:
        _PARSED.pop(next(iter(_PARSED)))
    _PARSED[(sql, dialect)] = trees


def forget_parses() -> None:
    _PARSED.clear()


def _parse(sql: str, dialect: str | None) -> list[exp.Expression | None]:
    ready = _PARSED.pop((sql, dialect), None)
    if isinstance(ready, list):
        return ready
    try:
        if ready is not None:
            raise ready  # the reader's parse of this very text in this dialect failed
        return sqlglot.parse(sql, read=dialect)
    except errors.SqlglotError:
        if dialect:
            raise
        for fallback in FALLBACK_DIALECTS:
            try:
                parsed = sqlglot.parse(sql, read=fallback)
            except errors.SqlglotError:
                continue
            if not any(isinstance(tree, exp.Command) for tree in parsed):
                return parsed
        raise


def _drop_variable_into(statement: exp.Expression, dialect: str | None) -> exp.Expression:
    """Inside a procedure `SELECT ... INTO v_x` assigns variables (T-SQL `SELECT INTO` aside)."""
    into = statement.args.get("into")
    if isinstance(into, exp.Into) and dialect not in ("tsql", "fabric"):
        statement.set("into", None)
    return statement


def _reason(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    # sqlglot quotes the offending SQL with terminal colours; keep the message only.
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return f"cannot parse: {text[:160]}"
