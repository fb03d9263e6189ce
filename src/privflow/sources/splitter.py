"""A streaming statement splitter: SQL text in, statements with their first line out.

It never parses: one compiled regex per dialect consumes ordinary text, quoted strings,
identifiers and comments at C speed and stops only where a statement may end (`;`, a custom
`DELIMITER`, T-SQL `GO`, Oracle's `/`). Because statements are cut before anything is parsed,
a statement sqlglot cannot read costs only itself: the scan resumes at the next one. A quote
left open resynchronises at the next `;` that ends a line followed by a statement keyword.

Dialect quirks are data (`LEXES`), like sqlglot's per-dialect tokenizer settings.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Lexis:
    """How a dialect quotes, comments and batches, as far as cutting statements needs."""

    backslash_escapes: bool = False  # 'it\'s' (MySQL, Hive, BigQuery ...)
    hash_comments: bool = False  # `# comment` (MySQL)
    dollar_quotes: bool = False  # $$ ... $$, $tag$ ... $tag$ (PostgreSQL, Snowflake)
    brackets: bool = False  # [identifier] (T-SQL)
    go_batches: bool = False  # a line `GO` ends a batch (T-SQL)
    slash_blocks: bool = False  # a line `/` ends a PL/SQL block (Oracle)
    delimiter_command: bool = False  # `DELIMITER $$` (MySQL client)
    copy_stdin: bool = False  # `COPY ... FROM stdin;` followed by data rows (pg_dump)
    psql_meta: bool = False  # `\connect db` lines: psql commands that end at the newline
    sqlplus_meta: bool = False  # `rem`, `Prompt ...`, `SET ECHO OFF`: SQL*Plus line commands


LEXES: dict[str, Lexis] = {
    "mysql": Lexis(backslash_escapes=True, hash_comments=True, delimiter_command=True),
    "postgres": Lexis(dollar_quotes=True, copy_stdin=True, psql_meta=True),
    "sqlite": Lexis(brackets=True),
    "tsql": Lexis(brackets=True, go_batches=True),
    "oracle": Lexis(slash_blocks=True, sqlplus_meta=True),
    "hive": Lexis(backslash_escapes=True),
    "spark": Lexis(backslash_escapes=True),
    "databricks": Lexis(backslash_escapes=True),
    "clickhouse": Lexis(backslash_escapes=True),
    "snowflake": Lexis(backslash_escapes=True, dollar_quotes=True),
    "bigquery": Lexis(backslash_escapes=True),
    "": Lexis(dollar_quotes=True, delimiter_command=True),
}
# Dialects that quote and comment like another one.
LEXES.update({"doris": LEXES["mysql"], "starrocks": LEXES["mysql"], "singlestore": LEXES["mysql"],
              "redshift": Lexis(dollar_quotes=True), "materialize": LEXES["postgres"],
              "risingwave": LEXES["postgres"]})

# Words that start a statement: where a quote left open is given up on.
_RESYNC_WORDS = (
    r"CREATE|ALTER|DROP|INSERT|REPLACE|UPDATE|DELETE|SELECT|COMMENT|GRANT|REVOKE|SET|USE|"
    r"WITH|MERGE|TRUNCATE|LOCK|UNLOCK|BEGIN|COMMIT|EXEC|EXECUTE|RENAME"
)
_RESYNC_AFTER = (
    rf"[ \t]*(?:--[^\n]*)?\n(?:[ \t]*(?:--[^\n]*)?\n)*[ \t]*(?:{_RESYNC_WORDS})\b"
)
_RESYNC = re.compile(rf";(?={_RESYNC_AFTER})", re.IGNORECASE)

# SQL*Plus commands: a whole line at the start of a line, no `;` (rem, Prompt, SET ECHO OFF ...).
# SET only with SQL*Plus's own settings: `SET a = 1` of an UPDATE is SQL.
_SQLPLUS = (
    r"(?:(?:REM(?:ARK)?|PRO(?:MPT)?|SPO(?:OL)?|WHENEVER\s+(?:SQL|OS)ERROR|UNDEF(?:INE)?|ACC(?:EPT)?"
    r"|SET\s+(?:ECHO|FEEDBACK|DEFINE|SERVEROUTPUT|LINESIZE|PAGESIZE|TRIMSPOOL|TAB|NUMWIDTH|"
    r"VERIFY|HEADING|TERMOUT|SQLBLANKLINES|SCAN|TIMING|LONG|WRAP|ESCAPE|CONCAT|AUTOCOMMIT|"
    r"SQLPROMPT|COLSEP|NEWPAGE|TRIMOUT|ARRAYSIZE)\b)(?=[ \t]|\n|$)"
    r"|DEF(?:INE)?\s+\w+\s*=|@@?[\w./$&]|(?:EXIT|QUIT)[ \t]*;?[ \t]*(?=\n|$))"
)

# Statement heads whose body contains `;` and ends only at the batch or block terminator.
_ORACLE_BLOCK = re.compile(
    r"(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:NON)?EDITIONABLE\s+)?"
    r"(?:PROCEDURE|FUNCTION|TRIGGER|PACKAGE|TYPE\s+BODY)|DECLARE|BEGIN)\b",
    re.IGNORECASE,
)
_TSQL_BLOCK = re.compile(
    r"CREATE\s+(?:OR\s+ALTER\s+)?(?:PROC|PROCEDURE|FUNCTION|TRIGGER)\b", re.IGNORECASE
)
# T-SQL batches often hold several statements without `;`: cut before these line starts.
_TSQL_LINE_STARTS = re.compile(
    r"\n(?=[ \t]*(?:CREATE|ALTER|DROP|EXEC|EXECUTE|USE|GRANT|PRINT|"
    r"INSERT\s+(?:INTO\s+)?(?!VALUES\b)[\w\[\"][^\s(]*\s*(?:\(|VALUES\b))\b)",
    re.IGNORECASE,
)
# Constructs that may close in a chunk not read yet; given up on after MAX_PENDING chars.
_OPENERS = re.compile(r"/\*|`|\[|\$[A-Za-z_]?\w*\$")
MAX_PENDING = 16 << 20
_TSQL_IF_BEGIN = re.compile(r"^\s*IF\b[\s\S]*\bBEGIN\s*$", re.IGNORECASE)
_TSQL_END = re.compile(r"\n\s*END\s*$", re.IGNORECASE)
# An INSERT ... VALUES longer than MAX_HELD characters is not held whole: its first HEAD_HELD
# characters are enough for the sampled rows, so memory follows columns, not INSERT bytes.
MAX_HELD = 4 << 20
LONG_LINE = 1 << 20
HEAD_HELD = 1 << 20
# Any other statement longer than this is stepped over (sources/guards.py skips far shorter
# ones before parsing; this only bounds what the splitter holds).
MAX_HELD_OTHER = MAX_HELD
_SPACES = re.compile(r"\s+")
_INSERT_VALUES = re.compile(r"(?:INSERT|REPLACE)\b[^;]*?\bVALUES?\s*\(", re.IGNORECASE)
_COPY_STDIN = re.compile(r"COPY\b[^;]*?\bFROM\s+stdin\b", re.IGNORECASE)
_COPY_END = re.compile(r"^\\\.[ \t]*$", re.MULTILINE)


_POSSESSIVE = "*+" if sys.version_info >= (3, 11) else "*"


@dataclass(slots=True)
class RawStatement:
    """One statement's text (terminator and leading comments removed) and where it starts."""

    text: str
    line: int  # 1-based line of the first token
    leading: str = ""  # the comments just before it (its last lines), for `-- privflow:` pragmas
    broken: str | None = None  # why the splitter had to cut it short
    block: bool = False  # a procedure, function, trigger or DELIMITER block
    unterminated: bool = False  # a block the file ended in before its `/`, GO or delimiter
    data: list[str] | None = field(default=None, repr=False)  # COPY FROM stdin rows (bounded)
    oversize: str | None = None  # too long to hold: only its head was kept, the reader skips it


def _body_pattern(lexis: Lexis, terminator: str) -> re.Pattern[str]:
    return _compiled_body(lexis, terminator)


@lru_cache(maxsize=64)
def _compiled_body(lexis: Lexis, terminator: str) -> re.Pattern[str]:
    stops = set("'\"`-/\n")
    if lexis.hash_comments:
        stops.add("#")
    if lexis.dollar_quotes:
        stops.add("$")
    if lexis.brackets:
        stops.add("[")
    stops.add(terminator[0])
    plain = "[^" + "".join(re.escape(c) for c in sorted(stops)) + "]+"
    term = re.escape(terminator)
    # A string stops short of `;` + newline + statement keyword so an open quote resyncs there.
    semi = rf";(?!{_RESYNC_AFTER})"
    if lexis.backslash_escapes:
        single = rf"'[^'\\;]*(?:(?:\\[\s\S]|{semi})[^'\\;]*)*'"
        double = rf'"[^"\\;]*(?:(?:\\[\s\S]|{semi})[^"\\;]*)*"'
    else:
        single = rf"'[^';]*(?:{semi}[^';]*)*'"
        double = r'"[^"]*"'
    # Nothing but the terminator itself may consume the terminator's characters.
    guard = rf"(?!{term})"
    parts = [plain, single, double, r"`[^`]*`", guard + r"--[^\n]*", guard + r"/\*[\s\S]*?\*/"]
    if lexis.hash_comments:
        parts.append(guard + r"#[^\n]*")
    if lexis.dollar_quotes:
        parts.append(guard + r"\$(?P<tag>(?:[A-Za-z_]\w*)?)\$[\s\S]*?\$(?P=tag)\$")
        parts.append(guard + r"\$(?![A-Za-z_]?\w*\$)")
    if lexis.brackets:
        parts.append(r"\[[^\]\n]*\]")
    directives = []
    if lexis.go_batches:
        directives.append(r"[ \t]*GO[ \t]*(?:\n|$)")
    if lexis.delimiter_command:
        directives.append(r"[ \t]*DELIMITER[ \t]+\S")
    if lexis.slash_blocks:
        directives.append(r"[ \t]*/[ \t]*(?:\n|$)")
    if lexis.psql_meta:
        directives.append(r"[ \t]*\\[A-Za-z!?]")
    if lexis.sqlplus_meta:
        directives.append(_SQLPLUS)
    # Blank lines in one step (a blank line is never a directive); the last newline is left
    # for the alternative below, which checks the line after it.
    parts.append(r"\n\s*(?=\n)")
    parts.append(r"\n(?!" + "|".join(directives) + ")" if directives else r"\n")
    parts.append(guard + r"-(?!-)")
    parts.append(guard + r"/(?!\*)")
    if terminator != ";":
        parts.append(guard + ";")
    if terminator[0] not in "-/;":
        parts.append(guard + re.escape(terminator[0]))
    # Possessive (3.11+): nothing is ever given back, so the regex keeps no backtracking stack
    # (which otherwise grows with the length of the match, i.e. with INSERT bytes).
    return re.compile("(?:" + "|".join(parts) + ")" + _POSSESSIVE, re.IGNORECASE)


_DIRECTIVE_GO = re.compile(r"[ \t]*GO[ \t]*(?=\n|$)", re.IGNORECASE)
_DIRECTIVE_DELIMITER = re.compile(r"[ \t]*DELIMITER[ \t]+(\S+)[^\n]*(?=\n|$)", re.IGNORECASE)
_DIRECTIVE_SLASH = re.compile(r"[ \t]*/[ \t]*(?=\n|$)")
_DIRECTIVE_PSQL = re.compile(r"[ \t]*\\[A-Za-z!?][^\n]*(?=\n|$)")
_DIRECTIVE_SQLPLUS = re.compile(_SQLPLUS + r"[^\n]*(?=\n|$)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _leading_pattern(mysql: bool) -> re.Pattern[str]:
    if mysql:  # `/*!40101 SET ... */` is MySQL's versioned code, not a comment
        return re.compile(r"(?:\s+|--[^\n]*|/\*(?!!)[\s\S]*?\*/|#[^\n]*)*")
    return re.compile(r"(?:\s+|--[^\n]*|/\*[\s\S]*?\*/)*")


# mysqldump wraps views and triggers in versioned comments: /*!50001 CREATE VIEW ... */
_VERSIONED = re.compile(r"/\*!\d*\s?([\s\S]*?)\*/")


# A run of text longer than this that ends at `;` is checked for `skip_to_terminator` (shorter
# runs are left to the body regex: the checks would cost more than they save).
SKIP_AT_LEAST = 2048


@lru_cache(maxsize=64)
def _skip_stops(lexis: Lexis) -> tuple[str, ...]:
    """What the body regex (terminator `;`) treats specially in a run of text other than `'`
    strings, quoted names and lone `-` and `/`: comments, escapes, other quotes."""
    stops = ["--", "/*"]
    if lexis.backslash_escapes:
        stops.append("\\")
    if lexis.hash_comments:
        stops.append("#")
    if lexis.dollar_quotes:
        stops.append("$")
    if lexis.brackets:
        stops.append("[")
    return tuple(stops)


class StatementSplitter:
    """Cuts a stream of text chunks into `RawStatement`s, holding one statement at a time."""

    # Step over long runs of INSERT rows by `skip_to_terminator` (False: the body regex alone;
    # the statements are the same, tests/test_sources_splitter.py compares the two).
    skip_runs = True

    def __init__(self, lexis: Lexis, *, copy_rows: int = 100) -> None:
        self.lexis = lexis
        self.copy_rows = copy_rows
        self.terminator = ";"
        self._stops = _skip_stops(lexis)
        self._leading = _leading_pattern(lexis.hash_comments)
        self._block_head = (
            _ORACLE_BLOCK if lexis.slash_blocks else _TSQL_BLOCK if lexis.go_batches else None
        )

    def split(self, chunks: Iterable[str]) -> Iterator[RawStatement]:
        # A virtual newline in front lets directives on the first line match like any other.
        buf = "\n"
        line_base = 0  # line number of buf[0]
        count_pos, count_line = 0, 0
        stmt_start = 0
        pos = 0
        block: bool | None = None  # is the current statement a block (None: not decided)
        copy: list[str] | None = None  # rows of a COPY FROM stdin being read
        copy_stmt: RawStatement | None = None
        # (head, line, why) of a statement too big to hold: an INSERT (why None: its head is
        # sampled) or anything else (skipped with `why`).
        truncated: tuple[str, int, str | None] | None = None
        source = iter(chunks)
        eof = False
        body = _body_pattern(self.lexis, self.terminator)
        skip = self.skip_runs

        def line_at(index: int) -> int:
            nonlocal count_pos, count_line
            count_line += buf.count("\n", count_pos, index)
            count_pos = index
            return line_base + count_line

        def make(start: int, end: int, broken: str | None = None,
                 is_block: bool = False) -> Iterator[RawStatement]:
            nonlocal truncated
            if truncated is not None:
                # A huge INSERT: its head was kept for sampling, the rest was stepped over.
                yield RawStatement(truncated[0], truncated[1], broken=broken,
                                   oversize=truncated[2])
                truncated = None
                return
            lead = self._leading.match(buf, start, end)
            first = lead.end() if lead else start
            if first >= end:
                return
            text = buf[first:end].rstrip()
            if self.lexis.hash_comments and text.startswith("/*!"):
                text = _VERSIONED.sub(r"\1", text).strip()
            if not text:
                return
            leading = buf[start:first]
            line = line_at(first)
            leading = leading[-400:]
            if self.lexis.go_batches and not is_block and "\n" in text:
                # Several statements in one batch without `;`.
                offset = 0
                pieces = _TSQL_LINE_STARTS.split(text)
                if len(pieces) > 1 and _TSQL_IF_BEGIN.search(pieces[0]):
                    # IF NOT EXISTS (...) BEGIN CREATE TABLE ... END: the END is the IF's.
                    pieces[-1] = _TSQL_END.sub("", pieces[-1])
                for piece in pieces:
                    stripped = piece.strip()
                    if stripped:
                        skip = len(piece) - len(piece.lstrip())
                        yield RawStatement(
                            stripped, line + text.count("\n", 0, offset + skip),
                            leading if offset == 0 else "", broken, is_block)
                    offset += len(piece) + 1
                return
            yield RawStatement(text, line, leading, broken, is_block)

        while True:
            window = len(buf) if eof else buf.rfind("\n")
            if not eof and window <= pos and len(buf) - pos > LONG_LINE:
                # One very long line (an INSERT with all rows on it): cut between two rows
                # rather than hold the whole line.
                cut = buf.rfind("),(", pos, len(buf) - 1024)
                if cut <= pos:  # not rows: any other long line is cut between two words
                    cut = buf.rfind(" ", pos, len(buf) - 1024)
                if cut <= pos:  # one word of megabytes: cut it anyway, it is no SQL to keep
                    cut = len(buf) - 1025
                if cut > pos:
                    window = cut + 1
            if window < 0:
                window = 0
            while pos < window or (eof and pos < len(buf) and copy is None):
                if copy is not None:
                    end = _COPY_END.search(buf, pos, window)
                    stop = end.start() if end else window
                    if len(copy) < self.copy_rows:
                        rows = buf[pos:stop].split("\n")
                        copy.extend(r for r in rows[: self.copy_rows - len(copy)] if r)
                    if end is None:
                        pos = window
                        break
                    assert copy_stmt is not None
                    copy_stmt.data = copy
                    yield copy_stmt
                    copy, copy_stmt = None, None
                    pos = end.end()
                    stmt_start = pos
                    continue
                if skip and self.terminator == ";":
                    pos = self._skip_to_terminator(buf, pos, window, body)
                m = body.match(buf, pos, window)
                pos = m.end()
                if pos >= window:
                    break
                char = buf[pos]
                if buf.startswith(self.terminator, pos):
                    if block is None:
                        block = self._is_block_head(buf, stmt_start, pos)
                    if block and self.terminator == ";":
                        pos += 1
                        continue
                    yielded = list(make(stmt_start, pos, is_block=self.terminator != ";"))
                    pos += len(self.terminator)
                    stmt_start = pos
                    block = None
                    if (self.lexis.copy_stdin and yielded
                            and _COPY_STDIN.match(yielded[-1].text)):
                        copy_stmt = yielded.pop()
                        copy = []
                        nl = buf.find("\n", pos)
                        pos = stmt_start = (nl + 1) if nl >= 0 else len(buf)
                    yield from yielded
                    continue
                if char == "\n":
                    directive_end, new_terminator = self._directive(buf, pos + 1)
                    if directive_end is None:
                        pos += 1
                        continue
                    yield from make(stmt_start, pos, is_block=bool(block))
                    block = None
                    if new_terminator is not None:
                        self.terminator = new_terminator
                        body = _body_pattern(self.lexis, self.terminator)
                    pos = stmt_start = directive_end
                    continue
                if char in "'\"":
                    resync = _RESYNC.search(buf, pos, window)
                    if resync is not None:
                        yield from make(stmt_start, resync.start(), broken="unclosed quote")
                        pos = stmt_start = resync.end()
                        block = None
                        continue
                    if not eof and len(buf) - stmt_start < MAX_PENDING:
                        break  # the quote may close in a later chunk
                    yield from make(stmt_start, len(buf), broken="unclosed quote")
                    pos = stmt_start = len(buf)
                    break
                if (not eof and window - pos < MAX_PENDING
                        and _OPENERS.match(buf, pos) is not None):
                    # a comment or quote that may close in a later chunk
                    break
                pos += 1  # a stray character, or a comment or quote that never closes

            if eof:
                if copy is not None and copy_stmt is not None:
                    copy_stmt.data = copy
                    yield copy_stmt
                elif stmt_start < len(buf):
                    for last in make(stmt_start, len(buf), is_block=bool(block)):
                        last.unterminated = last.block
                        yield last
                return
            # Drop what is done, then read on.
            if copy is None and truncated is None:
                # Blank lines between statements are not held (500 MB of them took minutes).
                space = _SPACES.match(buf, stmt_start, pos)
                if space is not None:
                    stmt_start = space.end()
            keep_from = pos if copy is not None else stmt_start
            if truncated is None and copy is None and pos - stmt_start > MAX_HELD:
                lead = self._leading.match(buf, stmt_start, pos)
                first = lead.end() if lead else stmt_start
                if _INSERT_VALUES.match(buf, first, first + 4096):
                    truncated = (buf[first:first + HEAD_HELD], line_at(first), None)
                elif pos - first > MAX_HELD_OTHER:
                    truncated = (buf[first:first + 4096], line_at(first),
                                 f"statement longer than {MAX_HELD_OTHER:,} characters; "
                                 "skipped")
            if truncated is not None:
                keep_from = pos
            line_at(keep_from)
            line_base += count_line
            buf = buf[keep_from:]
            pos -= keep_from
            stmt_start = max(stmt_start - keep_from, 0)
            count_pos, count_line = 0, 0
            chunk = next(source, None)
            if chunk is None:
                eof = True
            else:
                buf += chunk

    def _skip_to_terminator(self, buf: str, pos: int, window: int,
                            body: re.Pattern[str]) -> int:
        """Where the body regex (terminator `;`) would stop, found by a few C-speed scans when
        the next line is a long run of plain text and `'` strings (the rows of an INSERT) up to
        a `;` outside quotes, after a head (`INSERT INTO `t` (...) VALUES (`); else `pos`
        itself, and the regex does the work.

        That `;` ends the statement exactly when it follows an even number of `'` on its line
        and nothing in between comments or escapes (`_skip_stops`) and, from the first `'` on,
        nothing quotes another way: then every `'` opens or closes a string (a doubled `''` is
        two of them), so a `;` after an odd count is inside one and is passed over, as the
        regex passes it (a `;` in a string stops it only before a line break, and there is
        none in the run). Line breaks before the line are passed as the regex passes them
        unless a directive follows the last; the head, up to the first `'`, is matched by the
        regex itself and must end there."""
        text = pos
        space = _SPACES.match(buf, pos, window)
        if space is not None:
            text = space.end()
            newline = buf.rfind("\n", pos, text)
            if newline >= 0 and self._directive(buf, newline + 1)[0] is not None:
                return pos
        line_end = buf.find("\n", text, window)
        end = window if line_end < 0 else line_end
        start = text
        quotes = 0
        while True:
            semi = buf.find(";", start, end)
            if semi < 0 or semi - text < SKIP_AT_LEAST:
                return pos
            quotes += buf.count("'", start, semi)
            if not quotes % 2:
                break
            start = semi + 1
        for stop in self._stops:
            if buf.find(stop, text, semi) >= 0:
                return pos
        head = buf.find("'", text, semi)
        if head < 0:
            head = semi
        if buf.find("`", head, semi) >= 0 or buf.find('"', head, semi) >= 0:
            return pos
        if head > text and body.match(buf, text, head).end() != head:
            return pos  # the head holds a quote that does not close before the first `'`
        return semi

    def _is_block_head(self, buf: str, start: int, end: int) -> bool:
        if self._block_head is None:
            return False
        lead = self._leading.match(buf, start, end)
        return bool(self._block_head.match(buf, lead.end() if lead else start, end))

    def _directive(self, buf: str, at: int) -> tuple[int | None, str | None]:
        """(end of a directive line starting at `at`, new terminator) or (None, None)."""
        if self.lexis.go_batches and (m := _DIRECTIVE_GO.match(buf, at)):
            return m.end(), None
        if self.lexis.delimiter_command and (m := _DIRECTIVE_DELIMITER.match(buf, at)):
            return m.end(), m.group(1)
        if self.lexis.slash_blocks and (m := _DIRECTIVE_SLASH.match(buf, at)):
            return m.end(), None
        if self.lexis.psql_meta and (m := _DIRECTIVE_PSQL.match(buf, at)):
            return m.end(), None
        if self.lexis.sqlplus_meta and (m := _DIRECTIVE_SQLPLUS.match(buf, at)):
            return m.end(), None
        return None, None


def split_text(text: str, dialect: str = "", *, copy_rows: int = 100) -> list[RawStatement]:
    """Every statement of `text` (a convenience for tests and single statements)."""
    lexis = LEXES.get(dialect, LEXES[""])
    return list(StatementSplitter(lexis, copy_rows=copy_rows).split([text]))
