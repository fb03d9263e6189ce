"""A scan's classification kept whole, replayed when the changed tables read as they did.

Classifying one table reads the rest of the schema: the person-key resolver is built over every
people table, a table's context depends on other tables' keys, subjects follow keys from table
to table, the schema's dominant domain is counted over all of them. So a re-run that changed
one file cannot, in general, take the other tables' results as they were: the memo (memo.py)
checks every table's key, which holds its context and its links, after the schema-wide passes
have been run again over every table.

This module keeps, with the memo, a summary of each table: everything the classifier reads of
it (`table_text`: every field of the table and of its columns as the sources gave them, before
classifying), with each column's comment apart. All schema-wide state is a function of these
summaries, whatever pass computes it and whichever table it is computed for. When every
table's summary equals the last run's (same tables, in the same order, the same text), every
output of the classifier equals the last run's: each table's columns as they were after
classifying (`Kept.final`), its subject and domain, the dictionary lists, and its JSON record
when nothing it reads changed. `replay` writes those back without running any pass.

A column comment may differ and still give the same summary: the classifier reads a comment
only through the readings listed in `comment_readings` (tests/test_scan_summary.py checks that
no other function of `classify/` reads a comment), so two comments with equal readings give
the same results everywhere. That is the usual one-file edit of a migration's or a dump's
comment (`'主键'` -> `'改主键'`). The tables with such a comment are classified as before (their
readings say so), and only their JSON record is written afresh.

Anything else (a column, a table, a key, a type, a source line, an option that changes what the
sources give) is a different summary, and the scan takes the memo's path, which is correct for
any change; so does a scan with sampled values or declared classifications. Summaries are kept
in the memo's folder (privflow's code and data files and the standard name it), one file per
source file plus one per set of source files (the scan's tables in order, the dictionary lists).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from privflow.classify.affix import reading_name, table_affix
from privflow.classify.combiner import prepare_full
from privflow.classify.facts import (
    _comment_domains,
    _hits,
    _names_a_fact,
    _Subjects,
    column_features,
    load_domains,
    never_a_fact,
)
from privflow.classify.linking import PersonKeyResolver
from privflow.classify.signals.comment import read_comment
from privflow.classify.signals.name import name_key
from privflow.schema import Column, Schema, Table
from privflow.sources.cache import write_entry

# What a column holds after classifying: categories, confidence, state, evidence, linked_to,
# sensitive (memo.Written); None where that is what it held before.
Final = tuple[tuple[str, ...], float, str, tuple[str, ...], str | None, bool]
TableText = tuple[Any, ...]


class Kept(NamedTuple):
    """One table of the last run: what it was and what classifying it gave. (A tuple: the
    summaries of 20,000 tables pickle and load in C, not object by object.)"""

    text: TableText  # table_text: what the classifier reads of it, comments apart
    comments: tuple[str | None, ...]  # its columns' comments, in order
    final: list[Final | None]  # each column after classify_schema
    facts: Any  # facts.TableFacts
    record_inputs: tuple[Any, ...] | None = None  # memo._record_inputs of the record below
    record: bytes | None = None  # its JSON record, when the scan wrote one


def table_text(table: Table) -> TableText:
    """Every field of a table and of its columns but the columns' comments and samples (a
    table with samples is never summarised), before classifying. Types are kept where equal
    values are written differently (0 and 0.0, True and 1)."""
    return (table.id, table.name, table.source, table.comment, table.kind, table.dialect,
            table.definition, tuple(table.evidence), tuple(table.origins), table.location,
            tuple([(key, c.name, c.type, c.source, c.primary_key, c.references,
                    tuple(c.pragmas), _UNCLASSIFIED if _unclassified(c) else _state(c))
                   for key, c in table.columns.items()]))


# A column's state before classifying, as _state gives it, for the columns the sources left
# unclassified (nearly all): one tuple shared by all of them, pickled and loaded once a file.
_UNCLASSIFIED = ((), 0.0, float, "raw", (), None, False, bool)


def _state(column: Column) -> tuple[Any, ...]:
    """categories, confidence, state, evidence, linked_to, sensitive and the types of the two
    whose equal values are written differently (0 and 0.0, True and 1)."""
    state = (tuple(column.categories), column.confidence, type(column.confidence), column.state,
             tuple(column.evidence), column.linked_to, column.sensitive, type(column.sensitive))
    return _UNCLASSIFIED if state == _UNCLASSIFIED else state


def _unclassified(column: Column) -> bool:
    """Whether _state(column) is _UNCLASSIFIED, without building it (a test per column)."""
    return not column.categories and not column.evidence and column.linked_to is None \
        and column.sensitive is False and column.state == "raw" \
        and type(column.confidence) is float and column.confidence == 0.0


@cache
def _probes() -> tuple[PersonKeyResolver, Any]:
    """A resolver and a subject finder of no schema: their comment checks read the
    vocabulary alone (creator comments, Chinese subject keys)."""
    empty = Schema()
    return PersonKeyResolver(empty, {}), _Subjects(empty, frozenset()).zh


def comment_readings(table: Table, column: Column) -> tuple[Any, ...]:
    """Everything the classifier reads of a column's comment, by the functions that read it.
    Every function of `classify/` that reads `.comment` is one of these or reads through one
    of them (tests/test_scan_summary.py keeps the two lists equal)."""
    comment = column.comment
    affix = table_affix(table)
    name = reading_name(column.name, affix) if affix else column.name
    resolver, subject_zh = _probes()
    domains = load_domains().domains
    return (
        bool(comment),  # an undocumented view column; a thing's bare name (facts)
        read_comment(comment or None),  # person and row marks (run._person_marks)
        prepare_full(name_key(name), None, comment or None),  # the column's shape (run._shape)
        resolver.may_be_creator_comment(comment) if comment else None,
        resolver.is_creator(column),  # audit keys (linking, run._classify_table)
        _comment_domains(comment), _hits(column.name, comment, False),  # domain scores
        # _Subjects.subject: a Chinese subject key in the comment
        bool(comment and subject_zh is not None and not comment.isascii()
             and subject_zh.search(comment)),
        never_a_fact(column.name, comment),
        tuple(_names_a_fact(domain, column) for domain in domains),
        # The comment's features do not depend on the subject, its how or the former category.
        tuple(column_features(domain.name, "self", "", column.name, column.type, comment, None)
              for domain in domains),
    )


def _same_readings(table: Table, was: tuple[str | None, ...]) -> bool:
    """Whether each column whose comment differs from `was` reads as the old comment did."""
    for column, before in zip(table.columns.values(), was, strict=True):
        if column.comment == before:
            continue
        old = Column(column.name, column.type, before, column.source, column.primary_key,
                     column.references, column.pragmas, categories=column.categories,
                     sensitive=column.sensitive, state=column.state,
                     confidence=column.confidence, evidence=column.evidence,
                     linked_to=column.linked_to)
        if comment_readings(table, old) != comment_readings(table, column):
            return False
    return True


def _name(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class SchemaSummary:
    """The kept summaries of one scan's tables under a memo folder (`folder`)."""

    def __init__(self, folder: Path, root: Path, group_of: Callable[[Table], str],
                 schema: Schema) -> None:
        self.folder = folder / "summary"
        self.root = root
        self._group_of = group_of
        self.groups = {table.id: group_of(table) for table in schema.tables.values()}
        # One file per scan (set of source files, in order): its tables in order, and what
        # every table's record also reads (memo.schema_inputs).
        order = "\0".join(dict.fromkeys(self.groups.values()))
        self._schema_file = self.folder / f"scan-{_name(order)}"
        self._loaded: dict[str, dict[str, Kept]] = {}
        self.tables: dict[str, Kept] = {}
        self.schema_inputs: tuple[Any, ...] = ()
        self._texts: dict[str, tuple[TableText, tuple[str | None, ...]]] = {}
        # What the scan's file held when read: (table ids in order, schema inputs, the token
        # of each source file's summaries). A file's token is new each time it is written:
        # summaries are replayed only from the files the scan's file names, so that files
        # written by two scans (sharing the folder, or one stopped while saving) are never
        # taken together, as the results of a schema neither scan had.
        self._scan: tuple[Any, ...] | None = None
        self._tokens: dict[str, str | None] = {}
        self._touched: set[str] = set()
        self.replayed = False
        # Tables read as before whose comments changed: their records are written afresh.
        self.rewritten: set[str] = set()
        self.usable = not any(c.samples for t in schema.tables.values()
                              for c in t.columns.values())

    def _group_file(self, group: str) -> Path:
        name = _name(group)
        return self.folder / name[:2] / name

    def _load_group(self, group: str) -> dict[str, Kept]:
        found = self._loaded.get(group)
        if found is None:
            try:
                token, found = pickle.loads(self._group_file(group).read_bytes())
                if not isinstance(found, dict) or any(type(k) is not Kept
                                                      for k in found.values()):
                    token, found = None, {}
            except Exception:  # absent, damaged or foreign: nothing kept
                token, found = None, {}
            self._loaded[group] = found
            self._tokens[group] = token
        return found

    def replay(self, schema: Schema) -> bool:
        """Write the last run's results into every table when every summary is the same;
        False (nothing written) otherwise. Texts worked out here serve `capture`."""
        if not self.usable:
            return False
        try:
            self._scan = pickle.loads(self._schema_file.read_bytes())
            kept_ids, schema_inputs, tokens = self._scan  # type: ignore[misc]
        except Exception:  # absent, damaged or foreign: nothing kept
            self._scan, kept_ids, schema_inputs, tokens = None, None, (), {}
        same = kept_ids == tuple(schema.tables)
        tables: dict[str, Kept] = {}
        for table in schema.tables.values():
            text = table_text(table)
            comments = tuple([c.comment for c in table.columns.values()])
            self._texts[table.id] = (text, comments)
            if not same:
                continue
            group = self.groups[table.id]
            kept = self._load_group(group).get(table.id)
            if kept is None or kept.text != text or self._tokens[group] != tokens.get(group):
                same = False
                continue
            if kept.comments != comments:
                if not _same_readings(table, kept.comments):
                    same = False
                    continue
                self.rewritten.add(table.id)
            tables[table.id] = kept
        if not same:
            self.rewritten.clear()
            return False
        for table in schema.tables.values():
            _write_back(table, tables[table.id].final)
        for table_id in self.rewritten:
            text, comments = self._texts[table_id]
            tables[table_id] = Kept(text, comments, tables[table_id].final,
                                    tables[table_id].facts)
        self.tables = tables
        self.schema_inputs = schema_inputs
        self.replayed = True
        return True

    def capture(self, schema: Schema, facts: dict[str, Any],
                schema_inputs: tuple[Any, ...]) -> None:
        """Keep what classify_schema gave every table (after `replay` returned False)."""
        if not self.usable:
            return
        interned: dict[tuple[Final, type, type], Final] = {}
        tables: dict[str, Kept] = {}
        for table in schema.tables.values():
            text, comments = self._texts[table.id]
            final: list[Final | None] = []
            for column, before in zip(table.columns.values(), text[-1], strict=True):
                was = before[7]
                if was is _UNCLASSIFIED and _unclassified(column):
                    final.append(None)
                    continue
                now = (tuple(column.categories), column.confidence, column.state,
                       tuple(column.evidence), column.linked_to, column.sensitive)
                same = now == (was[0], was[1], was[3], was[4], was[5], was[6]) \
                    and type(now[1]) is was[2] and type(now[5]) is was[7]
                if not same:
                    now = interned.setdefault((now, type(now[1]), type(now[5])), now)
                final.append(None if same else now)
            tables[table.id] = Kept(text, comments, final, facts[table.id])
        self.tables = tables
        self.schema_inputs = schema_inputs

    def record(self, table_id: str, inputs: tuple[Any, ...]) -> bytes | None:
        """The record kept for a replayed table, when it reads what it read then."""
        kept = self.tables.get(table_id)
        if kept is None or kept.record is None or table_id in self.rewritten \
                or table_id in self._touched or kept.record_inputs != inputs:
            return None
        return kept.record

    def keep_record(self, table_id: str, inputs: tuple[Any, ...], record: bytes) -> None:
        """Keep a table's record as written (not one lineage may have changed)."""
        kept = self.tables.get(table_id)
        if kept is None or table_id in self._touched or (
                kept.record == record and kept.record_inputs == inputs):
            return
        # A new Kept: the one loaded is compared with it on saving.
        self.tables[table_id] = Kept(*kept[:4], inputs, record)

    def forget_records(self, table_ids: Iterable[str]) -> None:
        """Tables whose columns lineage may tag: their records are neither reused nor kept."""
        for table_id in table_ids:
            self._touched.add(table_id)
            kept = self.tables.get(table_id)
            if kept is not None and kept.record is not None:
                self.tables[table_id] = Kept(*kept[:4])

    def save(self) -> None:
        """Rewrite the files whose summaries changed."""
        if not self.tables:
            return
        by_group: dict[str, dict[str, Kept]] = {}
        for table_id, kept in self.tables.items():
            by_group.setdefault(self.groups[table_id], {})[table_id] = kept
        for group, entries in by_group.items():
            # Kept objects replayed as they were compare by identity: cheap.
            if entries != self._load_group(group) or self._tokens[group] is None:
                token = os.urandom(16).hex()
                write_entry(self.root, self._group_file(group),
                            pickle.dumps((token, entries), protocol=pickle.HIGHEST_PROTOCOL))
                self._loaded[group], self._tokens[group] = entries, token
        # Written last, naming the files just written.
        scan = (tuple(self.tables), self.schema_inputs,
                {group: self._tokens[group] for group in by_group})
        if scan != self._scan:
            write_entry(self.root, self._schema_file,
                        pickle.dumps(scan, protocol=pickle.HIGHEST_PROTOCOL))
            self._scan = scan


def _write_back(table: Table, final: list[Final | None]) -> None:
    for column, written in zip(table.columns.values(), final, strict=True):
        if written is None:
            continue
        categories, confidence, state, evidence, linked_to, sensitive = written
        column.categories = list(categories)
        column.confidence = confidence
        column.state = state  # type: ignore[assignment]
        column.evidence = list(evidence)
        column.linked_to = linked_to
        column.sensitive = sensitive
