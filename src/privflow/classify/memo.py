"""Classification results kept between scans, so a re-run classifies only what may have changed.

A table's columns are classified from the table itself and from what the rest of the schema
tells about it: its context (people, log, thing ... with its topics and minors), the person
key each column resolves to, and whether a column is an audit key. The entry of a table holds
all of that as its key, compared in full (not by a digest), with what `_classify_tables` wrote
into each column; privflow's own code and data files (`code_fingerprint`) and the standard of
sensitive categories name the folder of entries. So an entry is used only when the table, its
context and its links are what they were, under the same privflow; a change in one file that
changes another table's context (a new people table its `user_id` now links to) is a miss for
that table too. The schema-wide passes after it (`apply_facts`, lineage, findings) run on
every scan.

An entry also keeps the table's JSON record (`scanjson.table_record`) once a scan wrote it, with
what the record reads beyond the classification's key: the table's subject and domain
(`apply_facts`, which may tag or untag its columns), its comment, source (path and line),
dialect and evidence. A later scan writes the kept record again, without encoding it, when the
table's key and all of those are equal, and no flow of lineage starts or ends in the table (nor
is it a view or a query's table: `lineage` may tag those columns); any other table's record is
encoded again and kept.

Not cached: tables with sampled values (they stay in memory only), and scans with declared
classifications (privflow.yaml `classification:`), which may name any table. Entries are
grouped by the file that defines the table (one cache file per source file, written only when
one of its tables changed); writes are atomic (`sources/cache.py`).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privflow.classify.linking import PersonKeyResolver
from privflow.classify.signals.table import TableContext
from privflow.schema import Column, Schema, Table
from privflow.sources.cache import FORMAT, code_fingerprint, write_entry

if TYPE_CHECKING:
    from privflow.classify.summary import SchemaSummary

Key = tuple[Any, ...]
# What `_classify_tables` writes into a column.
Written = tuple[tuple[str, ...], float, str, tuple[str, ...], str | None, bool]


def write_column(column: Column, written: Written) -> None:
    """Give a column the results `_classify_tables` wrote into it (kept by the memo or the
    scan's summary)."""
    categories, confidence, state, evidence, linked_to, sensitive = written
    column.categories = list(categories)
    column.confidence = confidence
    column.state = state  # type: ignore[assignment]
    column.evidence = list(evidence)
    column.linked_to = linked_to
    column.sensitive = sensitive
# (key, what was written into each column (None: nothing changed), what the record read
# besides the key, the JSON record as UTF-8 bytes: loaded without decoding and written as
# they are, what `facts.table_facts` reads of the table's own text alone).
Entry = tuple[Key, list[Written | None], Key | None, bytes | None, list[Any] | None]


class ClassifyMemo:
    """Per-table classification results under one cache folder."""

    def __init__(self, directory: str | os.PathLike[str], standard: str) -> None:
        scope = hashlib.sha256(f"{code_fingerprint()}\0{standard}".encode()).hexdigest()[:32]
        self.root = Path(directory) / FORMAT
        self.folder = self.root / "classify" / scope
        self._groups: dict[str, dict[str, Entry]] = {}
        self._changed: set[str] = set()
        self._seen: dict[str, dict[str, Entry]] = {}
        # Tables whose entry this scan reused or stored: (group, entry), by table id.
        self._kept: dict[str, tuple[str, Entry]] = {}
        # Each table's subject and domain (apply_facts), once classify_schema has them.
        self.facts: dict[str, Any] = {}
        # What every table's record also depends on, decided across tables (run.py).
        self.schema_inputs: tuple[Any, ...] = ()
        # What `facts.table_facts` reads of each table's own text alone (its name's head
        # word, its domain scores), by table id: taken from the entries of tables whose key
        # is unchanged (their names and comments are part of it), filled in by table_facts
        # for the others, and kept with their entries.
        self.local: dict[str, list[Any]] = {}
        self._written: dict[tuple[Written, type, type], Written] = {}
        self.hits = 0
        self.misses = 0
        self.records_reused = 0
        # The whole scan's results, replayed when no table reads otherwise (summary.py).
        self.summary: SchemaSummary | None = None

    def summarise(self, schema: Schema) -> SchemaSummary:
        """The kept summary of this scan's tables (summary.py), read when replayed."""
        from privflow.classify.summary import SchemaSummary

        self.summary = SchemaSummary(self.folder, self.root, self._group, schema)
        return self.summary

    @property
    def replayed(self) -> bool:
        """Whether classify_schema took every table's results from the kept summary."""
        return self.summary is not None and self.summary.replayed

    def _group(self, table: Table) -> str:
        path, _, line = table.source.rpartition(":")
        return path if line.isdigit() else table.source

    def _entries(self, group: str) -> dict[str, Entry]:
        entries = self._groups.get(group)
        if entries is None:
            name = hashlib.sha256(group.encode("utf-8", "surrogatepass")).hexdigest()
            try:
                entries = pickle.loads((self.folder / name[:2] / name).read_bytes())
                if not isinstance(entries, dict) or any(
                        type(e) is not tuple or len(e) != 5 for e in entries.values()):
                    entries = {}
            except Exception:  # absent, damaged or foreign: a miss, written again
                entries = {}
            self._groups[group] = entries
        return entries

    def key(self, table: Table, context: TableContext, resolver: PersonKeyResolver
            ) -> Key | None:
        """Everything the classification of `table` reads; None when it must not be kept."""
        columns = []
        is_creator, may_link, resolve = resolver.is_creator, resolver.may_link, resolver.resolve
        for column in table.columns.values():
            if column.samples:
                return None
            creator = is_creator(column)
            linkable = bool(column.references) or may_link(column.name) or creator
            pragmas, categories, evidence = column.pragmas, column.categories, column.evidence
            columns.append((
                column.name, column.type, column.comment, column.references,
                column.primary_key, tuple(pragmas) if pragmas else (),
                tuple(categories) if categories else (), column.confidence, column.state,
                tuple(evidence) if evidence else (), column.linked_to, column.sensitive,
                resolve(table, column) if linkable else None, linkable, creator))
        return (table.id, table.name, table.kind, bool(table.definition), context.kind,
                context.word, context.of, context.minors, tuple(sorted(context.topics)),
                tuple(columns))

    def reuse(self, table: Table, key: Key) -> bool:
        """Write the kept results into the table's columns when its key is unchanged."""
        group = self._group(table)
        entry = self._entries(group).get(table.id)
        if entry is None or entry[0] != key:
            self.misses += 1
            return False
        for column, written in zip(table.columns.values(), entry[1], strict=True):
            if written is not None:  # (None: the classifier left it as it was, see `store`)
                write_column(column, written)
        if type(entry[4]) is list and len(entry[4]) == 2:
            self.local[table.id] = entry[4]
        self._seen.setdefault(group, {})[table.id] = entry
        self._kept[table.id] = (group, entry)
        self.hits += 1
        return True

    def store(self, table: Table, key: Key) -> None:
        group = self._group(table)
        written: list[Written | None] = []
        for column, before in zip(table.columns.values(), key[-1], strict=True):
            now = (tuple(column.categories), column.confidence, column.state,
                   tuple(column.evidence), column.linked_to, column.sensitive)
            # None: what the key holds of the column before classifying (the same values of
            # the same types: 0 and 0.0 are written differently) is what it holds after.
            same = now == before[6:12] and type(now[1]) is type(before[7]) \
                and type(now[5]) is type(before[11])
            if not same:
                # Columns of one shape in one kind of table get the same results: one tuple
                # for all of them, which the memo's file then holds once.
                now = self._written.setdefault((now, type(now[1]), type(now[5])), now)
            written.append(None if same else now)
        entry: Entry = (key, written, None, None, None)  # type: ignore[assignment]
        self._seen.setdefault(group, {})[table.id] = entry
        self._kept[table.id] = (group, entry)
        self._changed.add(group)

    # -- JSON records ---------------------------------------------------------------------

    def touched(self, table_ids: Iterable[str]) -> None:
        """Tables changed after classification (lineage): their records are neither reused
        nor kept."""
        table_ids = list(table_ids)
        for table_id in table_ids:
            self._kept.pop(table_id, None)
        if self.summary is not None:
            self.summary.forget_records(table_ids)

    def _record_inputs(self, table: Table) -> Key | None:
        facts = self.facts.get(table.id)
        if facts is None:
            return None
        return (facts.domain, facts.domain_how, facts.subject, facts.subject_how,
                table.comment, table.source, table.dialect, tuple(table.evidence),
                self.schema_inputs)

    def record(self, table: Table) -> bytes | None:
        """The table's JSON record (UTF-8) kept by an earlier scan, when it reads what it
        read then."""
        summary = self.summary
        if summary is not None and summary.replayed:
            record = summary.record(table.id, self._record_inputs(table))
            self.records_reused += record is not None
            return record
        kept = self._kept.get(table.id)
        if kept is None or type(kept[1][3]) is not bytes:
            return None
        inputs = kept[1][2]
        if inputs != self._record_inputs(table):
            return None
        self.records_reused += 1
        if summary is not None:
            summary.keep_record(table.id, inputs, kept[1][3])
        return kept[1][3]

    def keep_record(self, table: Table, record: bytes) -> None:
        """Keep the record just written for a table whose classification entry is kept."""
        inputs = self._record_inputs(table)
        if inputs is None:
            return
        if self.summary is not None:
            self.summary.keep_record(table.id, inputs, bytes(record))
        kept = self._kept.get(table.id)
        if kept is None:
            return
        group, (key, written, _, _, local) = kept
        entry: Entry = (key, written, inputs, bytes(record), local)
        self._seen[group][table.id] = entry
        self._kept[table.id] = (group, entry)
        self._changed.add(group)

    def save(self) -> None:
        """Rewrite the groups with a new or changed table, or a table gone."""
        for group, entries in self._seen.items():
            if group not in self._changed and entries.keys() == self._entries(group).keys():
                continue
            name = hashlib.sha256(group.encode("utf-8", "surrogatepass")).hexdigest()
            local = self.local
            entries = {table_id: (*entry[:4], local.get(table_id))
                       for table_id, entry in entries.items()}
            write_entry(self.root, self.folder / name[:2] / name,
                        pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
        # What was loaded stays referenced: freeing every key one by one is the end of a
        # scan's business (or no one's: the CLI ends without tearing its heap down).
        self._changed.clear()
        if self.summary is not None:
            self.summary.save()
