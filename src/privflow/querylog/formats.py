"""Readers of query-log exports: each yields `LogRecord`s with the byte offset after it, so a
re-run resumes where the last one stopped.

Header formats (CSV and JSON Lines exports of Snowflake, BigQuery, pg_stat_statements, MySQL's
general_log table, Spark) are one data table (`data/formats.yaml`) read by `MappedFormat`; the
formats without a header are small classes below, one per log.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from privflow.errors import PrivflowError

# A CSV field may hold a statement of many lines; one record is bounded so that a broken quote
# cannot swallow the rest of a 10 GB log.
MAX_RECORD_BYTES = 4 * 1024 * 1024
SNIFF_RECORDS = 200


@dataclass(slots=True)
class LogRecord:
    line: int  # first line of the record in its file
    text: str | None = None
    id: str | None = None
    user: str | None = None
    role: str | None = None
    time: str | None = None
    database: str | None = None
    count: int = 1
    # Snowflake ACCESS_HISTORY: columns read and (target column, [source columns]) written.
    reads: list[tuple[str, str]] = field(default_factory=list)
    writes: list[tuple[str, str, list[tuple[str, str]]]] = field(default_factory=list)


# A row the export holds that is not a statement to read (a failed query, a `Quit` command):
# passed over, not counted as a malformed record.
FILTERED = LogRecord(line=0)


@cache
def _catalogue() -> dict[str, Any]:
    text = resources.files("privflow.querylog").joinpath("data/formats.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def format_names() -> list[str]:
    data = _catalogue()
    return [*data["formats"], *data["text_formats"]]


def format_dialect(name: str) -> str | None:
    data = _catalogue()
    spec = data["formats"].get(name) or data["text_formats"].get(name) or {}
    return spec.get("dialect")


def _lower_keys(row: dict[str, Any]) -> dict[str, Any]:
    return {str(k).strip().lower(): v for k, v in row.items() if k is not None}


def _pick(row: dict[str, Any], names: list[str]) -> Any:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            return value
    return None


def _json_list(value: Any) -> list:
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else []
        except ValueError:
            return []
    return value if isinstance(value, list) else []


def _object_columns(objects: Any) -> Iterator[tuple[str, dict]]:
    for obj in _json_list(objects):
        if not isinstance(obj, dict):
            continue
        name = str(obj.get("objectName") or "")
        if not name or str(obj.get("objectDomain", "Table")).lower() not in (
                "table", "view", "materialized view", "external table", "stream"):
            continue
        for column in obj.get("columns") or []:
            if isinstance(column, dict) and column.get("columnName"):
                yield name, column


class MappedFormat:
    """A CSV or JSON Lines export whose columns `formats.yaml` names."""

    def __init__(self, name: str, spec: dict[str, Any]) -> None:
        self.name = name
        self.dialect: str | None = spec.get("dialect")
        self.fields: dict[str, list[str]] = spec["fields"]
        self.detect: list[str] = spec.get("detect", [])
        self.detect_any: list[str] = spec.get("detect_any", [])
        self.keep: dict[str, set[str]] = {k: {str(v).lower() for v in values}
                                          for k, values in (spec.get("keep") or {}).items()}

    def matches(self, keys: set[str]) -> bool:
        if self.detect and not all(k in keys for k in self.detect):
            return False
        return not self.detect_any or any(k in keys for k in self.detect_any)

    def record(self, row: dict[str, Any], line: int) -> LogRecord | None:
        """One row of the export (keys already lower-case) as a record; None to pass over."""
        return self.reader(list(row))(list(row.values()), line)

    def reader(self, header: list[str], strings: bool = False
               ) -> Callable[[list[Any], int], LogRecord | None]:
        """A function from one row's values (in `header`'s order) to a record, with every
        field's position looked up once: the hot loop of a 10-million-line log. `strings`:
        every value is a str (a CSV row), which a plain export's rows are read by in one go."""
        position = {name: index for index, name in reversed(list(enumerate(header)))}

        def places(key: str) -> list[int]:
            return [position[n] for n in self.fields.get(key, []) if n in position]

        # Most exports have one column per field: read it directly, fall back to `pick`.
        simple = [(key, places(key)) for key in ("text", "id", "user", "role", "time",
                                                 "database") if places(key)]
        single = [(key, at[0]) for key, at in simple if len(at) == 1]
        several = [(key, at) for key, at in simple if len(at) > 1]
        count_at = places("count")
        reads_at, writes_at = places("reads"), places("writes")
        keep = [(places(key), allowed) for key, allowed in self.keep.items()]
        width = len(header)

        def pick(values: list[Any], at: list[int]) -> Any:
            for index in at:
                value = values[index] if index < len(values) else None
                if value not in (None, ""):
                    return value
            return None

        def read(values: list[Any], line: int) -> LogRecord | None:
            if len(values) != width and len(values) < width - 1:
                return None
            for at, allowed in keep:
                if str(pick(values, at) or "").lower() not in allowed:
                    return FILTERED
            record = LogRecord(line=line)
            if len(values) == width:
                for key, index in single:
                    value = values[index]
                    if value:
                        setattr(record, key, value if isinstance(value, str) else str(value))
            else:
                several_now = [(key, [index]) for key, index in single] + several
                for key, at in several_now:
                    value = pick(values, at)
                    if value is not None:
                        setattr(record, key, str(value))
            for key, at in several if len(values) == width else ():
                value = pick(values, at)
                if value is not None:
                    setattr(record, key, str(value))
            if count_at:
                try:
                    record.count = max(1, int(float(pick(values, count_at) or 1)))
                except (TypeError, ValueError):
                    record.count = 1
            if reads_at or writes_at:
                record.reads = [(name, str(c["columnName"]))
                                for name, c in _object_columns(pick(values, reads_at))]
                for name, column in _object_columns(pick(values, writes_at)):
                    sources = [(str(s.get("objectName")), str(s.get("columnName")))
                               for s in column.get("directSources") or []
                               if isinstance(s, dict) and s.get("objectName")
                               and s.get("columnName")]
                    record.writes.append((name, str(column["columnName"]), sources))
            if record.text is None and not record.reads and not record.writes:
                return FILTERED
            return record

        if not strings or count_at or reads_at or writes_at:
            return read
        # A CSV export of statements: a complete row becomes a record in one call, each field
        # from its first column (`width`: the empty value appended to the row, for a field the
        # export lacks); a field with more columns falls back to them when the first is empty.
        order = ("text", "id", "user", "role", "time", "database")
        first = [places(key)[0] if places(key) else width for key in order]
        more = [(key, at[1:]) for key, at in several]
        text_at, id_at, user_at, role_at, time_at, database_at = first

        keep_one = [(at[0], allowed) for at, allowed in keep if len(at) == 1]
        keep_more = [(at, allowed) for at, allowed in keep if len(at) != 1]

        def read_row(values: list[str], line: int) -> LogRecord | None:
            if len(values) != width:
                return read(values, line)
            for index, allowed in keep_one:
                if values[index].lower() not in allowed:
                    return FILTERED
            for at, allowed in keep_more:
                if (pick(values, at) or "").lower() not in allowed:
                    return FILTERED
            values.append("")
            record = LogRecord(line, values[text_at] or None, values[id_at] or None,
                               values[user_at] or None, values[role_at] or None,
                               values[time_at] or None, values[database_at] or None)
            for key, at in more:
                if getattr(record, key) is None:
                    setattr(record, key, pick(values, at))
            return FILTERED if record.text is None else record

        return read_row


def _mapped_formats() -> list[MappedFormat]:
    return [MappedFormat(name, spec) for name, spec in _catalogue()["formats"].items()]


# --------------------------------------------------------------------------------------------
# Reading records out of bytes, with offsets


def _csv_records(stream: BinaryIO, offset: int, line: int
                 ) -> Iterator[tuple[list[str], int, int, int]]:
    """(fields, first line, offset after, lines consumed) of each CSV record from `offset`.

    The csv module pulls exactly the lines one record needs and no more, so the bytes handed
    to it so far end where the record ends: an exact offset to resume from, at C speed."""
    stream.seek(offset)
    consumed = [offset, line]

    def lines() -> Iterator[str]:
        for raw in stream:
            consumed[0] += len(raw)
            consumed[1] += 1
            if len(raw) > MAX_RECORD_BYTES:
                raw = raw[:MAX_RECORD_BYTES]
            yield raw.decode("utf-8", "replace")

    reader = csv.reader(lines())
    first = line
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error:
            fields = []
        if fields or consumed[1] - first > 1:
            yield fields, first, consumed[0], consumed[1]
        first = consumed[1]


def _lines(stream: BinaryIO, offset: int, line: int) -> Iterator[tuple[bytes, int, int]]:
    """(raw line, its number, offset after it) from `offset`; `line` lines came before."""
    stream.seek(offset)
    for raw in stream:
        offset += len(raw)
        line += 1
        yield raw, line, offset


def _json_lines(stream: BinaryIO, offset: int, line: int
                ) -> Iterator[tuple[dict | None, int, int]]:
    """(object, or None for a line that is not a JSON object, its line, offset after) of a
    JSON Lines log from `offset`; blank lines are passed over."""
    for raw, at, after in _lines(stream, offset, line):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            value = None
        yield (value if isinstance(value, dict) else None), at, after


class LogFile:
    """One log file in one format. `records(offset, line)` resumes after a previous run."""

    name = "base"
    header: list[str] | None = None
    # Records can be cut at a byte boundary and read apart (by worker processes): the reader
    # keeps no state from one record to the next.
    splittable = False

    def __init__(self, path: Path, dialect: str | None) -> None:
        self.path = path
        self.dialect = dialect

    def start(self) -> tuple[int, int]:
        """Offset and line number of the first record (after a header)."""
        return 0, 0

    def chunk_records(self, data: bytes, line: int) -> Iterator[tuple[LogRecord | None, int]]:
        """(record or None, its first line) of a chunk of whole records (`_chunks`), where
        `line` lines came before it."""
        for record, at, _, _ in self.records(io.BytesIO(data), 0, line):
            yield record, at

    def boundary(self, data: bytes) -> int:
        """Where whole records end in `data` (a split point), 0 when none does: after the last
        line break, for one-record-a-line formats."""
        return data.rfind(b"\n") + 1

    def records(self, stream: BinaryIO, offset: int, line: int
                ) -> Iterator[tuple[LogRecord | None, int, int, int]]:
        """(record or None for a line that is not one, its first line, the offset and the
        number of lines after it) from `offset`, where `line` lines came before."""
        raise NotImplementedError


def csv_rows(data: bytes, line: int) -> Iterator[tuple[list[str], int]]:
    """(fields, first line) of each CSV record of a chunk: decoded once and read by the csv
    module's C reader, which counts the lines it consumed."""
    reader = csv.reader(io.StringIO(data.decode("utf-8", "replace"), newline=""))
    before = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error:
            fields = []
        if fields:
            yield fields, line + before + 1
        before = reader.line_num


def csv_boundary(data: bytes) -> int:
    """After the last line break outside a quoted field: an even number of quotes before it
    (RFC 4180 doubles a quote inside a field)."""
    end = data.rfind(b"\n")
    for _ in range(64):  # a multi-line field at the very end: step back a few lines
        if end < 0:
            return 0
        if data.count(b'"', 0, end) % 2 == 0:
            return end + 1
        end = data.rfind(b"\n", 0, end)
    return 0


class MappedCsv(LogFile):
    def __init__(self, path: Path, fmt: MappedFormat, header: list[str], header_end: int,
                 dialect: str | None) -> None:
        super().__init__(path, dialect or fmt.dialect)
        self.name = fmt.name
        self.format = fmt
        self.header = header
        self.header_end = header_end

    splittable = True
    boundary = staticmethod(csv_boundary)

    def start(self) -> tuple[int, int]:
        return self.header_end, 1

    def chunk_records(self, data, line):
        read = self.format.reader(self.header or [], strings=True)
        for fields, at in csv_rows(data, line):
            record = read(fields, at)
            if record is not FILTERED:
                yield record, at

    def records(self, stream, offset, line):
        read = self.format.reader(self.header or [], strings=True)
        for fields, first, after, lines in _csv_records(stream, offset, line):
            record = read(fields, first + 1)
            if record is not FILTERED:
                yield record, first + 1, after, lines


class MappedJsonLines(LogFile):
    splittable = True

    def __init__(self, path: Path, fmt: MappedFormat, dialect: str | None) -> None:
        super().__init__(path, dialect or fmt.dialect)
        self.name = fmt.name
        self.format = fmt

    def records(self, stream, offset, line):
        for row, at, after in _json_lines(stream, offset, line):
            record = self.format.record(_lower_keys(row), at) if row is not None else None
            if record is not FILTERED:
                yield record, at, after, at


class PostgresCsvlog(LogFile):
    """`log_destination = csvlog`: no header; user is field 2, the message field 14 holds
    `statement: …` or `duration: … ms  statement: …` (also `execute <name>: …`)."""

    name = "postgres_csvlog"
    splittable = True
    boundary = staticmethod(csv_boundary)
    _MESSAGE = re.compile(r"^(?:duration: [\d.]+ ms\s+)?(?:statement|execute [^:]*):\s*(.*)$",
                          re.DOTALL)

    def records(self, stream, offset, line):
        for fields, first, after, lines in _csv_records(stream, offset, line):
            record = self.record(fields, first + 1)
            if record is not FILTERED:
                yield record, first + 1, after, lines

    def chunk_records(self, data, line):
        for fields, at in csv_rows(data, line):
            record = self.record(fields, at)
            if record is not FILTERED:
                yield record, at

    def record(self, fields: list[str], line: int) -> LogRecord | None:
        if len(fields) < 14:
            return None
        match = self._MESSAGE.match(fields[13])
        if not match:
            return FILTERED  # connection and error lines carry no statement
        return LogRecord(line=line, text=match.group(1), user=fields[1] or None,
                         database=fields[2] or None, time=fields[0] or None,
                         id=fields[5] or None)


class _EntryLog(LogFile):
    """A text log whose entries start with a recognisable head and may run over lines."""

    HEAD: re.Pattern[bytes]
    # A line that starts any entry of the log (one we read or not) ends the one before it.
    BOUNDARY: re.Pattern[bytes] | None = None

    def entry(self, head: re.Match[bytes], text: str, line: int) -> LogRecord | None:
        raise NotImplementedError

    def records(self, stream, offset, line):
        current: tuple[re.Match[bytes], list[bytes], int] | None = None
        end, last = offset, line

        def finish(entry: tuple[re.Match[bytes], list[bytes], int]):
            head, parts, first = entry
            text = b"".join(parts).decode("utf-8", "replace").rstrip()
            return self.entry(head, text, first), first, end, last

        for raw, at, after in _lines(stream, offset, line):
            head = self.HEAD.match(raw)
            if head is None and current is not None and not (
                    self.BOUNDARY is not None and self.BOUNDARY.match(raw)):
                current[1].append(raw)
                end, last = after, at
                continue
            if current is not None:
                record = finish(current)
                if record[0] is not None:
                    yield record
            current = (head, [raw[head.end():]], at) if head is not None else None
            end, last = after, at
        if current is not None:
            record = finish(current)
            if record[0] is not None:
                yield record


class MysqlGeneralLog(_EntryLog):
    """`general_log_file`: `2024-05-01T10:00:00.123456Z   12 Query\tSELECT …` (MySQL 5.7+)
    or `240501 10:00:00\t   12 Query\t…` (older MySQL and MariaDB; the time only on the
    first entry of a second). The user is on the thread's `Connect` line."""

    name = "mysql_general_log"
    HEAD = re.compile(
        rb"^(?:(?P<time>\d{4}-\d\d-\d\dT\S+|\d{6}\s+\d?\d:\d\d:\d\d)\s+|\t\t\s*|\s+)"
        rb"(?P<thread>\d+)\s+(?P<command>[A-Z][A-Za-z ]*?)\t")
    _USER = re.compile(r"^(\S+?)@")

    def __init__(self, path: Path, dialect: str | None) -> None:
        super().__init__(path, dialect)
        self.users: dict[bytes, str] = {}

    def entry(self, head, text, line):
        command = head.group("command").decode().strip().lower()
        thread = head.group("thread")
        if command == "connect":
            user = self._USER.match(text)
            if user:
                self.users[thread] = user.group(1)
            return None
        if command not in ("query", "execute"):
            return None
        time = head.group("time")
        return LogRecord(line=line, text=text, user=self.users.get(thread),
                         time=time.decode() if time else None, id=thread.decode())


class HiveLog(_EntryLog):
    """HiveServer2 / Hive CLI log4j lines: `… Executing command(queryId=hive_2024…): SELECT …`."""

    name = "hive_log"
    BOUNDARY = re.compile(rb"^\d{4}-\d\d-\d\d[T ]\d")
    HEAD = re.compile(rb"^(?P<time>\d{4}-\d\d-\d\d[T ][\d:,.]+)?.*?"
                      rb"Executing command\(queryId=(?P<id>[^)]*)\):\s*")

    def entry(self, head, text, line):
        time = head.group("time")
        return LogRecord(line=line, text=text, id=head.group("id").decode(),
                         time=time.decode() if time else None)


class OpenLineageEvents(LogFile):
    """OpenLineage RunEvents, one JSON object a line: their `columnLineage` facets are edges."""

    name = "openlineage"
    splittable = True

    def records(self, stream, offset, line):
        from privflow.querylog.openlineage import edges_of_event

        for event, at, after in _json_lines(stream, offset, line):
            if event is None:
                yield None, at, after, at
                continue
            writes = edges_of_event(event)
            if writes:
                run = event.get("run") or {}
                job = event.get("job") or {}
                yield LogRecord(line=at, id=str(run.get("runId") or "") or None,
                                user=str(job.get("name") or "") or None,
                                time=event.get("eventTime"), writes=writes), at, after, at


TEXT_FORMATS: dict[str, type[LogFile]] = {
    OpenLineageEvents.name: OpenLineageEvents,
    PostgresCsvlog.name: PostgresCsvlog,
    MysqlGeneralLog.name: MysqlGeneralLog,
    HiveLog.name: HiveLog,
}


def _sniff_text(head: bytes) -> str | None:
    for line in head.splitlines()[:SNIFF_RECORDS]:
        if MysqlGeneralLog.HEAD.match(line + b"\n") and (b"Query\t" in line
                                                          or b"Connect\t" in line):
            return MysqlGeneralLog.name
        if HiveLog.HEAD.match(line):
            return HiveLog.name
        if re.match(rb"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \w+,", line):
            return PostgresCsvlog.name
    return None


def open_log(path: Path, log_format: str | None = None, dialect: str | None = None) -> LogFile:
    """The reader for one log file: `log_format` when given, else detected from its head."""
    if not path.is_file():
        raise PrivflowError("no such file", path=str(path))
    with path.open("rb") as stream:
        head = stream.read(256 * 1024)
    if head.startswith(b"\xef\xbb\xbf"):
        raise PrivflowError("a byte-order mark: export the log as UTF-8 without BOM",
                            path=str(path))
    names = format_names()
    if log_format is not None and log_format not in names:
        raise PrivflowError(f"--log-format '{log_format}' is not one of {', '.join(names)}",
                            path=str(path))
    if log_format in TEXT_FORMATS:
        return TEXT_FORMATS[log_format](path, dialect or format_dialect(log_format))
    formats = _mapped_formats()
    if log_format is not None:
        formats = [f for f in formats if f.name == log_format]

    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0]
        if log_format is None and b'"eventType"' in first and b'"job"' in first:
            return OpenLineageEvents(path, dialect)
        seen: set[str] = set()
        for raw in head.splitlines()[:SNIFF_RECORDS]:
            try:
                row = json.loads(raw)
            except ValueError:
                continue
            if isinstance(row, dict):
                seen |= {str(k).lower() for k in row}
            for fmt in formats:
                if fmt.matches(seen) and (fmt.name != "generic" or log_format):
                    return MappedJsonLines(path, fmt, dialect)
        generic = [f for f in formats if f.name == "generic" and f.matches(seen)]
        if generic:
            return MappedJsonLines(path, generic[0], dialect)
    else:
        first_line, _, _ = head.partition(b"\n")
        header = next(csv.reader([first_line.decode("utf-8", "replace").rstrip("\r")]), [])
        keys = [h.strip().lower() for h in header]
        for fmt in formats:
            if keys and fmt.matches(set(keys)):
                return MappedCsv(path, fmt, keys, len(first_line) + 1, dialect)
        text_format = log_format or _sniff_text(head)
        if text_format in TEXT_FORMATS:
            return TEXT_FORMATS[text_format](path, dialect or format_dialect(text_format))
    raise PrivflowError("not a query log privflow knows (use --log-format: "
                        f"{', '.join(names)})", path=str(path), line=1)
