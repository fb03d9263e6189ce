"""A scan's classification kept whole, replayed when the changed tables read as they did.

Classifying one table reads the rest of the schema: the person-key resolver is built over every
people table, a table's context depends on other tables' keys, subjects follow keys from table
to table, the schema's dominant domain is counted over all of them. So a re-run that changed
one file cannot, in general, take the other tables' results as they were: the memo (memo.py)
checks every table's key, which holds its context and its links, after the schema-wide passes
have been run again over every table.

This module keeps, with the memo, a summary of each table: everything the classifier reads of
it (`TABLE_FIELDS`, `COLUMN_FIELDS`: every field of the table and of its columns as the sources
gave them, before classifying), with each column's comment apart. All schema-wide state is a
function of these summaries, whatever pass computes it and whichever table it is computed for.
When every table's summary equals the last run's (same tables, in the same order, the same
text), every output of the classifier equals the last run's: each table's columns as they were
after classifying (`Kept.final`), its subject and domain, the dictionary lists, and its JSON
record when nothing it reads changed. `replay` writes those back without running any pass.

The text is not kept: the scan's file holds a digest of each source file's tables' text
(`_digest`: pickled without a memo, so equal values give equal bytes, types included), and a
digest of what classifying gave them (`_result_rows`). A scan that is not replayed works out
both without loading any summary, and writes again only the source files' summaries whose
digests changed (a column added in one file: that file's, and those of the files whose tables'
results it changed); the others' files stay as they are, under the tokens the new scan's file
names again.

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
source file plus one per set of source files (the scan's tables in order, the dictionary lists,
each source file's token and digests).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
from collections.abc import Callable, Iterable
from functools import cache
from itertools import chain
from operator import attrgetter
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
from privflow.classify.memo import Written, write_column
from privflow.classify.signals.comment import read_comment
from privflow.classify.signals.name import name_key
from privflow.schema import Column, Schema, Table
from privflow.sources.cache import write_entry

# What a column holds after classifying: categories, confidence, state, evidence, linked_to,
# sensitive (memo.Written); None where that is a column's state before classifying (_DEFAULT).
Final = Written


class Kept(NamedTuple):
    """One table of the last run: what classifying it gave. (A tuple: the summaries of 20,000
    tables pickle and load in C, not object by object.) What the classifier read of it is
    not kept: the scan's file holds a digest of it per source file (`_text_rows`)."""

    comments: tuple[str | None, ...]  # its columns' comments, in order
    final: list[Final | None]  # each column after classify_schema
    facts: Any  # facts.TableFacts
    record_inputs: tuple[Any, ...] | None = None  # memo._record_inputs of the record below
    record: bytes | None = None  # its JSON record, when the scan wrote one


# Every field of a table and of its columns but the columns' comments (read through
# `comment_readings`) and samples (a table with samples is never summarised); the test of
# the summary keeps these equal to Table's and Column's fields.
TABLE_FIELDS = ("id", "name", "source", "comment", "kind", "dialect", "definition", "evidence",
                "origins", "location")
COLUMN_FIELDS = ("name", "type", "source", "primary_key", "references", "pragmas",
                 "categories", "confidence", "state", "evidence", "linked_to", "sensitive")
_table_fields = attrgetter(*TABLE_FIELDS)
_column_fields = attrgetter(*COLUMN_FIELDS)
# What classifying writes into a column, and its comment (results and comments decide
# whether a source file's summaries are written again).
_results = attrgetter("comment", "categories", "confidence", "state", "evidence", "linked_to",
                      "sensitive")
_state = attrgetter("categories", "confidence", "state", "evidence", "linked_to", "sensitive")
_confidence = attrgetter("confidence")
_samples = attrgetter("samples")
_sensitive = attrgetter("sensitive")
_facts = attrgetter("domain", "domain_how", "subject", "subject_how")
# A column's state as the sources leave it (nearly all columns), before and after classifying.
_DEFAULT = ([], 0.0, "raw", [], None, False)


# A source file's summaries: a token of this many ASCII characters, then the pickled Kept.
_TOKEN = 32


def _digest(rows: Any) -> bytes:
    """A digest of `rows` (tuples and lists of str, numbers, None) in which equal values give
    equal bytes: pickled with no memo (`fast`: an object seen twice is written twice, so which
    objects are shared does not show), with their types (0 and 0.0, True and 1 differ)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(rows)
    return hashlib.sha256(buffer.getbuffer()).digest()


def _text_rows(tables: list[Table]) -> list[Any]:
    """What the classifier reads of a source file's tables, comments apart, before
    classifying."""
    return [(_table_fields(table), list(table.columns), list(map(_column_fields,
                                                                table.columns.values())))
            for table in tables]


def _classified(tables: list[Table]) -> list[str]:
    """The tables some column of which does not hold _DEFAULT with its types, by C-level
    counts over a source file's columns (then each table's, when some column does not)."""
    def all_default(columns: list[Column]) -> bool:
        count = len(columns)
        return list(map(_state, columns)).count(_DEFAULT) == count \
            and list(map(type, map(_confidence, columns))).count(float) == count \
            and list(map(type, map(_sensitive, columns))).count(bool) == count

    if all_default([c for table in tables for c in table.columns.values()]):
        return []
    return [t.id for t in tables if not all_default(list(t.columns.values()))]


def _is_default(column: Column) -> bool:
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
        bool(comment),  # an undocumented view column; a bare name (facts._bare_names)
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
    """The kept summaries of one scan's tables under a memo folder (`folder`).

    Files: one per source file (`_group_file`: a token new each time it is written, and the
    Kept of each of its tables), and one per scan (its tables in order, the schema inputs, and
    for each source file the token of its summaries, the digest of its tables' text before
    classifying (`_text_rows`) and the digest of its results (`_result_rows`)). A scan that
    is not replayed writes a source file's summaries only when one of its digests changed:
    the others are what this scan would write again but for records (checked against what
    they read when reused)."""

    def __init__(self, folder: Path, root: Path, group_of: Callable[[Table], str],
                 schema: Schema) -> None:
        self.folder = folder / "summary"
        self.root = root
        self.groups: dict[str, str] = {}
        self.members: dict[str, list[Table]] = {}
        for table in schema.tables.values():
            group = self.groups[table.id] = group_of(table)
            self.members.setdefault(group, []).append(table)
        # One file per scan (set of source files, in order).
        self._schema_file = self.folder / f"scan-{_name(chr(0).join(self.members))}"
        self._loaded: dict[str, dict[str, Kept]] = {}
        self.tables: dict[str, Kept] = {}
        self.schema_inputs: tuple[Any, ...] = ()
        # What the scan's file held when read: (table ids in order, schema inputs, for each
        # source file (token, text digest, results digest)). A file's token is new each time
        # it is written: summaries are replayed only from the files the scan's file names, so
        # that files written by two scans (sharing the folder, or one stopped while saving)
        # are never taken together, as the results of a schema neither scan had.
        self._scan: tuple[Any, ...] | None = None
        self._kept_groups: dict[str, tuple[str, bytes, bytes]] = {}
        self._tokens: dict[str, str | None] = {}
        # This scan's digests, by source file.
        self._text: dict[str, bytes] = {}
        self._result: dict[str, bytes] = {}
        self._touched: set[str] = set()
        self.replayed = False
        # Tables read as before whose comments changed: their records are written afresh.
        self.rewritten: set[str] = set()
        self.usable = not any(map(_samples, chain.from_iterable(
            t.columns.values() for t in schema.tables.values())))

    def _group_file(self, group: str) -> Path:
        name = _name(group)
        return self.folder / name[:2] / name

    def _load_group(self, group: str) -> dict[str, Kept]:
        found = self._loaded.get(group)
        if found is None:
            try:
                data = self._group_file(group).read_bytes()
                token, found = data[:_TOKEN].decode("ascii"), pickle.loads(data[_TOKEN:])
                if not isinstance(found, dict) or any(type(k) is not Kept
                                                      for k in found.values()):
                    token, found = None, {}
            except Exception:  # absent, damaged or foreign: nothing kept
                token, found = None, {}
            self._loaded[group] = found
            self._tokens[group] = token
        return found

    def _token(self, group: str) -> str | None:
        """The token at the head of a source file's summaries, without loading them."""
        if group in self._tokens:
            return self._tokens[group]
        try:
            with self._group_file(group).open("rb") as handle:
                return handle.read(_TOKEN).decode("ascii")
        except (OSError, UnicodeDecodeError):
            return None

    def replay(self, schema: Schema) -> bool:
        """Write the last run's results into every table when every summary is the same;
        False (nothing written) otherwise. The digests worked out here serve `save`."""
        if not self.usable:
            return False
        try:
            self._scan = pickle.loads(self._schema_file.read_bytes())
            kept_ids, schema_inputs, kept_groups = self._scan  # type: ignore[misc]
            if not isinstance(kept_groups, dict) or any(
                    type(kept) is not tuple or len(kept) != 3 for kept in kept_groups.values()):
                raise TypeError
        except Exception:  # absent, damaged or foreign: nothing kept
            self._scan, kept_ids, schema_inputs, kept_groups = None, None, (), {}
        self._kept_groups = kept_groups
        same = kept_ids == tuple(schema.tables)
        for group, members in self.members.items():
            # Before classifying, whether or not replayed: a scan not replayed keeps these.
            digest = self._text[group] = _digest(_text_rows(members))
            kept = kept_groups.get(group)
            same = same and kept is not None and kept[1] == digest
        if not same:
            return False
        tables: dict[str, Kept] = {}
        for group, members in self.members.items():
            loaded = self._load_group(group)
            if self._tokens[group] != kept_groups[group][0]:
                return False
            for table in members:
                kept = loaded.get(table.id)
                if kept is None:
                    return False
                comments = tuple([c.comment for c in table.columns.values()])
                if kept.comments != comments:
                    if not _same_readings(table, kept.comments):
                        self.rewritten.clear()
                        return False
                    self.rewritten.add(table.id)
                    kept = Kept(comments, kept.final, kept.facts)
                tables[table.id] = kept
        # The columns' state before classifying is what it was in the last scan (in the text):
        # columns the sources left as _DEFAULT need nothing written where final is None.
        classified = {table_id for members in self.members.values()
                      for table_id in _classified(members)}
        for table in schema.tables.values():
            _write_back(table, tables[table.id].final, table.id in classified)
        for group in {self.groups[table_id] for table_id in self.rewritten}:
            self._result[group] = _digest(_result_rows(self.members[group],
                                                       {t.id: tables[t.id].facts
                                                        for t in self.members[group]}))
        self.tables = tables
        self.schema_inputs = schema_inputs
        self.replayed = True
        return True

    def capture(self, schema: Schema, facts: dict[str, Any],
                schema_inputs: tuple[Any, ...]) -> None:
        """Keep what classify_schema gave the tables of each source file whose text or results
        changed (after `replay` returned False)."""
        if not self.usable:
            return
        interned: dict[tuple[Final, type, type], Final] = {}
        tables: dict[str, Kept] = {}
        for group, members in self.members.items():
            result = self._result[group] = _digest(_result_rows(members, facts))
            kept = self._kept_groups.get(group)
            if kept is not None and kept[1] == self._text[group] and kept[2] == result \
                    and self._token(group) == kept[0]:
                continue  # its file holds these results: kept as it is
            for table in members:
                final: list[Final | None] = []
                for column in table.columns.values():
                    if _is_default(column):
                        final.append(None)
                        continue
                    now = (tuple(column.categories), column.confidence, column.state,
                           tuple(column.evidence), column.linked_to, column.sensitive)
                    final.append(interned.setdefault((now, type(now[1]), type(now[5])), now))
                tables[table.id] = Kept(tuple([c.comment for c in table.columns.values()]),
                                        final, facts[table.id])
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
        self.tables[table_id] = Kept(*kept[:3], inputs, record)

    def forget_records(self, table_ids: Iterable[str]) -> None:
        """Tables whose columns lineage may tag: their records are neither reused nor kept."""
        for table_id in table_ids:
            self._touched.add(table_id)
            kept = self.tables.get(table_id)
            if kept is not None and kept.record is not None:
                self.tables[table_id] = Kept(*kept[:3])

    def save(self) -> None:
        """Write the source files' summaries that changed, then the scan's file naming them."""
        if not self.usable or not self.members or not self.replayed and (
                len(self._result) < len(self.members)):
            return
        by_group: dict[str, dict[str, Kept]] = {}
        for table_id, kept in self.tables.items():
            by_group.setdefault(self.groups[table_id], {})[table_id] = kept
        groups: dict[str, tuple[str, bytes, bytes]] = {}
        for group in self.members:
            entries = by_group.get(group)
            kept = self._kept_groups.get(group)
            # Kept objects replayed as they were compare by identity: cheap.
            if entries is not None and (not self.replayed or entries != self._loaded[group]):
                token = os.urandom(_TOKEN // 2).hex()
                write_entry(self.root, self._group_file(group), token.encode("ascii")
                            + pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
                self._loaded[group] = entries
                groups[group] = (token, self._text[group], self._result[group])
            else:  # replayed unchanged, or not captured: the file holds this scan's results
                assert kept is not None
                groups[group] = (kept[0], self._text[group],
                                 self._result.get(group, kept[2]))
        # Written last, naming the files just written.
        scan = (tuple(self.groups), self.schema_inputs, groups)
        if scan != self._scan:
            write_entry(self.root, self._schema_file,
                        pickle.dumps(scan, protocol=pickle.HIGHEST_PROTOCOL))
            self._scan = scan
        self._kept_groups = groups


def _result_rows(tables: list[Table], facts: dict[str, Any]) -> list[Any]:
    """What classifying gave a source file's tables, with their columns' comments."""
    return [(_facts(facts[table.id]), list(map(_results, table.columns.values())))
            for table in tables]


def _write_back(table: Table, final: list[Final | None], classified: bool) -> None:
    """A table's results; `classified`: some column did not hold _DEFAULT before."""
    for column, written in zip(table.columns.values(), final, strict=True):
        if written is None:
            if not classified:
                continue  # _DEFAULT, as the sources left it
            written = ((), 0.0, "raw", (), None, False)
        write_column(column, written)
