"""The schema model every stage shares: tables, columns, flows, findings, and the scan result.

One column is followed from `sources/` (which fills name, type, comment, samples) through
`classify/` (categories, state, evidence), `lineage/` (flows) and `check.py` (findings) to the
report. Sampled values live only in `Column.samples`, in memory: `to_json` never writes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from privflow import __version__

SCHEMA_VERSION = 1

State = Literal["raw", "encrypted", "pseudonymized", "masked", "aggregated"]
Transform = Literal[
    "identity", "cast", "hash", "encrypt", "mask", "aggregate", "derive", "condition",
    "count", "predicate", "date_part",
]


def table_id(*parts: str | None) -> str:
    """`[catalog.][schema.]table`, lower-case, unquoted: the id the contract prescribes."""
    return ".".join(p.strip().strip('`"[]').lower() for p in parts if p)


# Unset list fields of `Column.__init__` (a fresh list each, as a dataclass default_factory).
_NEW: Any = object()


@dataclass(init=False, slots=True)
class Column:
    name: str
    type: str | None = None
    comment: str | None = None
    source: str | None = None  # "path:line" of the statement that defined or last changed it
    primary_key: bool = False
    references: str | None = None  # table id of a declared foreign key target
    pragmas: list[str] = field(default_factory=list)  # inline `-- privflow: ...` directives
    # Sampled values, in memory only, never serialised (dump rows, live databases).
    samples: list[Any] = field(default_factory=list, repr=False, compare=False)
    # Filled by the classifier.
    categories: list[str] = field(default_factory=list)
    sensitive: bool = False
    state: State = "raw"
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)
    linked_to: str | None = None

    # Written out rather than generated: a large schema's parse cache rebuilds every column
    # (220,000 of 20,000 tables) on a re-run, and dataclass's __init__ (a call of `list` per
    # unset list field) with an instance dict cost about twice this slotted one. Same
    # parameters, defaults and fresh lists.
    def __init__(self, name: str, type: str | None = None, comment: str | None = None,
                 source: str | None = None, primary_key: bool = False,
                 references: str | None = None, pragmas: list[str] = _NEW,
                 samples: list[Any] = _NEW, categories: list[str] = _NEW,
                 sensitive: bool = False, state: State = "raw", confidence: float = 0.0,
                 evidence: list[str] = _NEW, linked_to: str | None = None) -> None:
        self.name = name
        self.type = type
        self.comment = comment
        self.source = source
        self.primary_key = primary_key
        self.references = references
        self.pragmas = [] if pragmas is _NEW else pragmas
        self.samples = [] if samples is _NEW else samples
        self.categories = [] if categories is _NEW else categories
        self.sensitive = sensitive
        self.state = state
        self.confidence = confidence
        self.evidence = [] if evidence is _NEW else evidence
        self.linked_to = linked_to

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "comment": self.comment,
            "categories": list(self.categories),
            "sensitive": self.sensitive,
            "state": self.state,
            "confidence": round(self.confidence, 2),
            "evidence": list(self.evidence),
            "linked_to": self.linked_to,
        }


@dataclass
class Table:
    id: str
    name: str
    source: str  # "path:line" of the CREATE statement, or "db:<redacted url>"
    columns: dict[str, Column] = field(default_factory=dict)  # keyed by lower-case name
    comment: str | None = None
    kind: Literal["table", "view"] = "table"
    dialect: str | None = None
    definition: str | None = None  # a view's SELECT, for lineage
    evidence: list[str] = field(default_factory=list)  # e.g. "parse:tolerant"
    origins: list[str] = field(default_factory=list)  # "file" and/or "db" (drift checks)
    # An external table's LOCATION ('s3://...'): lineage treats writes into it as an export.
    location: str | None = None

    def column(self, name: str) -> Column | None:
        return self.columns.get(name.lower())

    def add_column(self, column: Column) -> None:
        self.columns[column.name.lower()] = column

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "comment": self.comment,
            "source": self.source,
            "dialect": self.dialect,
            "evidence": list(self.evidence),
            "columns": [c.to_json() for c in self.columns.values()],
        }


@dataclass
class SourceStatement:
    """A statement that is not plain DDL (INSERT ... SELECT, CTAS, MERGE ...), kept for lineage."""

    sql: str
    path: str
    line: int
    dialect: str | None


@dataclass
class Skipped:
    """Something the scan passed over. `error` is bad input (a broken statement, an unreadable
    file): the scan still completes but exits 2. A note (error=False) is a limit of privflow or
    a normal part of a repository (a procedure body kept for lineage, a table read tolerantly,
    a binary file met while walking a folder) and only warns."""

    path: str
    line: int | None
    reason: str
    error: bool = True
    # The statement's table or view is in the scan all the same (read tolerantly): told to the
    # user as a note, not as a skip.
    kept: bool = False

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def to_json(self) -> dict[str, Any]:
        return {"source": self.where(), "reason": self.reason, "error": self.error}


@dataclass
class Flow:
    source: str  # "table.column" or "recipient:<id>"
    target: str
    via: str  # "path:line" or declaring file
    transform: Transform = "identity"

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "via": self.via,
                "transform": self.transform}


@dataclass
class Finding:
    rule: str
    severity: Literal["high", "medium", "low"]
    subject: str
    message: str
    location: str | None = None  # "path:line"
    fingerprint: str | None = None
    # The values the rule's message template (check/data/rules.yaml `message`) is filled with;
    # `variant` picks the template when a rule has several. `message` is the English rendering.
    params: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "subject": self.subject,
                "message": self.message, "location": self.location,
                "fingerprint": self.fingerprint, "params": self.params}


@dataclass
class SourceFile:
    path: str
    dialect: str | None
    dialect_reason: str  # "forced", "guessed: backticks", "inventory"
    statements: int = 0
    # The completeness check (sources/census.py): every marker's score, the CREATE TABLE/VIEW
    # heads seen, the tables and views read, and the dialects the file was read in.
    dialect_scores: dict[str, int] = field(default_factory=dict)
    create_heads: int = 0
    tables: int = 0
    dialects_tried: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "dialect": self.dialect, "dialect_reason": self.dialect_reason,
                "statements": self.statements, "dialect_scores": self.dialect_scores,
                "create_heads": self.create_heads, "tables": self.tables,
                "dialects_tried": self.dialects_tried}


@dataclass
class Schema:
    """The final schema after every source is applied, plus what lineage needs."""

    tables: dict[str, Table] = field(default_factory=dict)  # keyed by table id
    statements: list[SourceStatement] = field(default_factory=list)
    files: list[SourceFile] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def find(self, name: str) -> Table | None:
        """A table by id, or by its bare name when exactly one table has it."""
        key = table_id(name)
        if key in self.tables:
            return self.tables[key]
        bare = key.rsplit(".", 1)[-1]
        hits = [t for t in self.tables.values() if t.name.lower() == bare]
        return hits[0] if len(hits) == 1 else None

    def columns(self) -> dict[str, list[str]]:
        """{table id: [column names]} for sqlglot's schema argument."""
        return {tid: [c.name for c in t.columns.values()] for tid, t in self.tables.items()}


@dataclass
class Recipient:
    """A third party as lineage and the graph see it (the inventory holds the full declaration).

    `tables` are globs over table ids (`vendor_sms.*`) whose writes mean "sent to this recipient";
    `paths` are globs over export locations (OUTFILE, COPY TO, UNLOAD, LOCATION); `receives` are
    globs over `table.column` declared as sent by an SDK or API the SQL cannot show.
    """

    id: str
    name: str
    country: str | None = None
    kind: str | None = None
    tables: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    receives: list[str] = field(default_factory=list)
    declared_in: str | None = None  # "inventory/recipients.yaml:12"
    declared: bool = True  # False for a sink the scan found that no declaration matches

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country, "kind": self.kind,
                "declared": self.declared}


@dataclass
class ScanResult:
    schema: Schema
    flows: list[Flow] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    version: str = __version__
    # Query logs: who read which column how often ({table, column, user, role, runs, ...}).
    access: list[dict[str, Any]] = field(default_factory=list)
    # SDKs named by build manifests and configuration (sources/code/: SdkHit), for the
    # report's SDK list; each vendor is also one of `recipients`.
    sdks: list[Any] = field(default_factory=list)
    # The classification memo, when the caller writes the JSON records (scanjson.py) and
    # keeps them in it; never serialised.
    memo: Any = field(default=None, repr=False, compare=False)

    def records(self) -> Iterator[tuple[str, Any]]:
        """(key, value) of the scan document in order, list values as generators of records:
        what `to_json` builds whole and the streamed writer (scanjson.py) writes one by one."""
        yield "schema_version", SCHEMA_VERSION
        yield "tool", {"name": "privflow", "version": self.version}
        yield "tables", (t.to_json() for t in self.schema.tables.values())
        yield "flows", (f.to_json() for f in self.flows)
        yield "recipients", (r.to_json() for r in self.recipients)
        yield "findings", (f.to_json() for f in self.findings)
        yield "files", (f.to_json() for f in self.schema.files)
        yield "skipped", (s.to_json() for s in self.schema.skipped)
        if self.access:
            yield "access", iter(self.access)

    def to_json(self) -> dict[str, Any]:
        return {key: value if isinstance(value, (str, int, dict)) else list(value)
                for key, value in self.records()}
