"""`classify_schema`: run the combiner over every column of a schema, memoised by shape."""

from __future__ import annotations

import gc
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from privflow.classify.affix import reading_name, table_affix
from privflow.classify.combiner import (
    POINTS_IN_LEDGER,
    Outcome,
    Prepared,
    combine_prepared,
    prepare,
    prepare_full,
    typed_shape,
)
from privflow.classify.dictionaries import dictionary_category
from privflow.classify.facts import apply_facts, dictionary_lists, load_domains
from privflow.classify.linking import PersonKeyResolver, _plain_words
from privflow.classify.overrides import Override, apply_override, pragma_overrides
from privflow.classify.places import place_contexts
from privflow.classify.signals.comment import read_comment
from privflow.classify.signals.name import name_key, read_name
from privflow.classify.signals.table import (
    BY_COLUMNS,
    TableContext,
    head_words,
    kind_of_word,
    table_context,
)
from privflow.classify.taxonomy import sensitive_under
from privflow.classify.vocabulary import load_vocabulary
from privflow.schema import Column, Schema, Table

if TYPE_CHECKING:
    from privflow.classify.memo import ClassifyMemo


def classify_column(column: Column, context: TableContext,
                    cache: dict[tuple, Outcome] | None = None,
                    full: bool = False, name: str | None = None) -> Outcome:
    """The combined outcome for one column. Columns without samples are memoised by their
    normalised name, type, comment and table context (large schemas repeat shapes). `name`:
    the name to read, when the table tags its columns (see table_affix)."""
    name = name or column.name
    if column.samples or full:
        # Imported here: the validators are needed only when values were sampled.
        from privflow.classify.signals.values import read_values, silent

        values = read_values(column.samples) if column.samples else None
        column_type = (column.type or "").lower() or None
        prepared = prepare_full(name_key(name), column_type, column.comment or None)
        if values is not None and values.total and not full and cache is not None and silent(
                values, _value_categories(prepared, context)):
            # Samples that say nothing (ids, dates, amounts, free text): the column reads as
            # if unsampled, memoised by its shape and table.
            key = ("sampled", prepared, context)
            outcome = cache.get(key)
            if outcome is None:
                outcome = cache[key] = combine_prepared(prepared, context, sampled=True)
            return outcome
        return combine_prepared(prepared, context, values, full=full)
    prepared = prepare_column(name, column.type, column.comment)
    if cache is None:
        return combine_prepared(prepared, context)
    # The whole context (topics too: `content` of a messages table), hashed once per table.
    key = (prepared, context) if prepared.topic_hits & context.topics else (
        prepared, context.kind, context.of)
    outcome = cache.get(key)
    if outcome is None:
        outcome = cache[key] = combine_prepared(prepared, context)
    return outcome


def _value_categories(prepared: Prepared, context: TableContext) -> set[str]:
    """Every category combine_prepared may ask the samples about (value_factor) for this
    shape in this table: its readings', its topics' and points moved to a ledger."""
    categories = set(prepared.by_category) | (prepared.topic_hits & context.topics)
    if POINTS_IN_LEDGER[0] in categories:
        categories.add(POINTS_IN_LEDGER[1])
    return categories


_SHAPES: dict[tuple, Prepared] = {}
_EMPTY = Outcome()  # shared by every column that names nothing: never mutated


def prepare_column(name: str, column_type: str | None, comment: str | None) -> Prepared:
    """The column's shape as the combiner sees it, memoised on the normalised name (phone_2 and
    phone_3 are one shape) and the raw type and comment."""
    # Strings cache their hash; a tuple of words would be hashed again on every lookup.
    key = (_shape_name(name), column_type, comment)
    prepared = _SHAPES.get(key)
    if prepared is None:
        if len(_SHAPES) > 500_000:
            _SHAPES.clear()
        prepared = _SHAPES[key] = prepare(name_key(name), (column_type or "").lower() or None,
                                          comment or None)
    return prepared


@lru_cache(maxsize=262144)
def _shape_name(name: str) -> str:
    return " ".join(name_key(name))


# create_by with comment 创建人 (or 登录名称: the writer's login) is the same audit key as
# create_by without one: a link to the user who wrote the row, not a name held in this table.
_CREATOR_READINGS = frozenset({"identity.name", "account.username"})
# A dictionary of an attribute's values is a code, a name and a little bookkeeping.
DICTIONARY_WIDTH = 6
# Person-only categories (vocabulary person_marks) that make an unnamed table one of people.
PERSON_MARKS = 2
# A profile's modifier this long is a word (sharing), not a tag (c_profile, wp_profile).
MODIFIER_LETTERS = 4


def schema_contexts(schema: Schema) -> tuple[dict[str, TableContext], PersonKeyResolver]:
    """Every table's context, and the resolver of person keys that needs them."""
    contexts = {t.id: table_context(t) for t in schema.tables.values()}
    place_contexts(schema, contexts)
    _unowned_profiles(schema, contexts)
    resolver = PersonKeyResolver(schema, contexts)
    may_link, owner_key = resolver.may_link, resolver.owner_key
    marks = load_vocabulary().person_marks
    subject_keys = load_domains().subject_keys
    promoted: list[Table] = []
    affix = resolver.affix
    name_marks: dict[str, frozenset[str]] = {}
    comment_marks: dict[str | None, frozenset[str]] = {}
    # Column names that can neither be a person key nor a subject's key (most): one lookup.
    quiet: dict[str, bool] = {}

    def keyed(table: Table) -> bool:
        for column in table.columns.values():
            name = column.name
            plain = quiet.get(name)
            if plain is None:
                plain = quiet[name] = not may_link(name) and \
                    _plain_words(name) not in subject_keys
            if plain and not column.references:
                continue
            if (column.references or may_link(name)) and owner_key(table, column) \
                    or _plain_words(name) in subject_keys:
                return True
        return False

    demographic = load_vocabulary().demographic_marks
    for table in schema.tables.values():
        context = contexts[table.id]
        if context.kind not in ("neutral", "thing") or table.kind != "table":
            continue
        found = _person_marks(table, marks, affix(table), name_marks, comment_marks)
        if context.kind == "thing":
            own = _own_marks(table, affix(table)) if found & demographic and \
                "identity.name" in found else frozenset()
            if len(found & demographic) >= PERSON_MARKS or (
                    "identity.name" in own and not own.isdisjoint(demographic)):
                # A research `subject` with a birth date and a gender, a donor CRM's
                # `partner` with its own surname and gender (not a company's contact
                # person's): the word names a thing in most schemas, a person here.
                contexts[table.id] = replace(context, kind="people", word=f"{BY_COLUMNS} ("
                                             f"{', '.join(sorted(found))}, not {context.word})")
                promoted.append(table)
            continue
        if len(found) >= PERSON_MARKS and not keyed(table):
            # Who they are, whatever the table is called: a table of people (one keyed to
            # a person, as admissions with the patient's marital status, is that person's).
            # (Built directly: dataclasses.replace costs twice as much, on most tables of
            # a large schema of unnamed tables.)
            contexts[table.id] = TableContext(
                "people", f"{BY_COLUMNS} ({', '.join(sorted(found))})", context.of,
                context.minors, context.topics)
            promoted.append(table)
        elif not found and (mark := next((m for c in table.columns.values()
                                          if (m := _organisation_mark(c.name))), None)):
            # A shop's or a company's own record (its name, licence, contact lines): its
            # address and phone are the organisation's.
            contexts[table.id] = replace(context, kind="thing", word=f"{BY_COLUMNS} ({mark})")
    if promoted:
        # The same resolver as one built on the new contexts (people_tables of them: the
        # promoted tables are people tables headed by their columns).
        resolver.add_people(promoted)
    address_names: dict[str, bool] = {}
    aggregates = load_vocabulary().aggregate_tables
    needs_a_person = load_vocabulary().needs_a_person
    row_marks = marks | load_vocabulary().recipient_marks
    row_name_marks: dict[str, frozenset[str]] = {}
    row_comment_marks: dict[str | None, frozenset[str]] = {}
    for table in schema.tables.values():
        found = 0
        roles: set[str] = set()
        for column in table.columns.values():
            part = address_names.get(column.name)
            if part is None:
                part = address_names[column.name] = _address_part(column.name)
            found += part
            role = _message_role(column.name)
            if role:
                roles.add(role)
        context = contexts[table.id]
        if found >= 2:
            # City, country, postcode ... around it: `state` is a place, not a status.
            context = contexts[table.id] = replace(
                context, topics=context.topics | {"location.coarse"})
        if len(roles) == 2 and "behavior.communication" not in context.topics:
            # Someone sends it into a conversation: a message, whatever the table is called.
            context = contexts[table.id] = replace(
                context, topics=context.topics | {"behavior.communication"})
        if aggregates and not aggregates.isdisjoint(_plain_words(table.name)) and not any(
                (column.references or may_link(column.name)) and owner_key(table, column)
                for column in table.columns.values()) and not _person_marks(
                    table, row_marks, affix(table), row_name_marks, row_comment_marks):
            # event_statistics, sales_daily_summary: totals over many people, no one's own
            # (a member_statistics keyed to a member stays that member's, and so do the
            # statistics of a mailing by recipient, whose e-mail is in every row).
            contexts[table.id] = replace(context, kind="thing",
                                         word=f"{context.word or table.name} (totals)")
            continue
        if context.kind == "people" and len(table.columns) <= DICTIONARY_WIDTH and \
                dictionary_category(table) and not any(
                    column.references or may_link(column.name)
                    for column in table.columns.values()):
            # tweb_penduduk_agama(id, nama): named for people, it lists an attribute's values
            # (religions) and holds no one.
            contexts[table.id] = replace(context, kind="thing",
                                         word=f"{context.word} (list of values)")
            continue
        held = context.kind == "thing" and not context.topics.isdisjoint(needs_a_person) \
            and _plain_words(table.name)[-1:] != (context.word,)
        if context.kind == "neutral" or held or (
                context.kind == "transaction" and context.of in (None, "transaction")):
            # A table keyed by a person (salaries.emp_no, titles.emp_no) is about that person;
            # an order keyed to its customer is that customer's dealing (the orderer's name
            # in it is the customer's); an application's tokens keyed to a user are the
            # user's (the table's head names what a person holds, its thing word only where).
            owner = next((target for column in table.columns.values()
                          if (column.references or may_link(column.name))
                          and (target := owner_key(table, column))), None)
            if owner is not None and context.kind in ("neutral", "thing"):
                contexts[table.id] = replace(context, kind="personal", of="people",
                                             word=f"key to {owner}")
            elif owner is not None:
                contexts[table.id] = replace(context, of="personal",
                                             word=f"{context.word}, key to {owner}")
    return contexts, resolver


def _unowned_profiles(schema: Schema, contexts: dict[str, TableContext]) -> None:
    """A profile or account named for something that is no person (sharing_profile,
    routing_account) whose columns name nothing of a person is that thing's settings: a
    `*_profile_name` in it is no one's name, its keys no person's."""
    vocab = load_vocabulary()
    marks = vocab.person_marks | vocab.profile_marks
    for table in schema.tables.values():
        context = contexts[table.id]
        if context.kind != "people" or context.word not in vocab.owned_table_heads:
            continue
        modifier = _owning_modifier(table.name, context.word)
        if modifier and not _person_marks(table, marks, table_affix(table), {}, {}):
            contexts[table.id] = replace(context, kind="thing", word=f"{modifier} {context.word}")


@lru_cache(maxsize=16384)
def _owning_modifier(name: str, head: str) -> str | None:
    """The word before a table's head when it is a word of its own that names no person
    (`sharing` of sharing_profile; not `user` of user_profile, nor a tag such as `c_`)."""
    words = head_words(name)
    if len(words) < 2 or words[-1] != head:
        return None
    modifier = words[-2]
    if len(modifier) < MODIFIER_LETTERS or not modifier.isalpha() or any(
            kind_of_word(w) == "people" for w in words[:-1]):
        return None
    return modifier


def _person_marks(table: Table, marks: frozenset[str], affix: tuple[int, str] | None,
                  names: dict[str, frozenset[str]],
                  comments: dict[str | None, frozenset[str]]) -> set[str]:
    """The person-only categories the table's columns name as sure terms (`affix`: the
    table's, table_affix; `names`, `comments`: this scan's memos of the two readings)."""
    found: set[str] = set()
    for column in table.columns.values():
        # What prepare_column(...).strength says is "sure" and .named, read off the name's
        # and the comment's readings alone: only those carry sure terms (a type's evidence
        # is "personal" at most), and a sure term names its category. Two lookups per
        # column, no shape prepared for a table that may be taken from the memo.
        name = reading_name(column.name, affix) if affix else column.name
        named = names.get(name)
        if named is None:
            named = names[name] = _name_marks(name, marks)
        if named:
            found |= named
        comment = column.comment
        said = comments.get(comment)
        if said is None:
            said = comments[comment] = _comment_marks(comment or None, marks)
        if said:
            found |= said
    return found


def _own_marks(table: Table, affix: tuple[int, str] | None) -> frozenset[str]:
    """The person-only categories the table's columns name as sure terms of the row itself,
    not of a person a modifier names (a company's contact_naam)."""
    return frozenset(c for column in table.columns.values()
                     for c in _unmodified_marks(reading_name(column.name, affix)
                                                if affix else column.name))


@lru_cache(maxsize=65536)
def _unmodified_marks(name: str) -> frozenset[str]:
    reading = read_name(name)
    if reading.person_modifier is not None:
        return frozenset()
    return frozenset(e.category for e in reading.supports if e.strength == "sure")


@lru_cache(maxsize=65536)
def _name_marks(name: str, marks: frozenset[str]) -> frozenset[str]:
    return frozenset(e.category for e in read_name(name).supports
                     if e.strength == "sure" and e.category in marks)


@lru_cache(maxsize=65536)
def _comment_marks(comment: str | None, marks: frozenset[str]) -> frozenset[str]:
    return frozenset(e.category for e in read_comment(comment).supports
                     if e.strength == "sure" and e.category in marks)


@lru_cache(maxsize=65536)
def _organisation_mark(name: str) -> str | None:
    words = _plain_words(name)
    return "_".join(words) if words in load_vocabulary().organisation_marks else None


@lru_cache(maxsize=65536)
def _message_role(name: str) -> str | None:
    words = _plain_words(name)
    for role, phrases in load_vocabulary().message_columns.items():
        if words in phrases:
            return role
    return None


@lru_cache(maxsize=65536)
def _address_part(name: str) -> bool:
    return not load_vocabulary().address_parts.isdisjoint(_plain_words(name))


def classify_schema(schema: Schema, overrides: list[Override] | None = None,
                    standard: str = "GB/T 35273-2020", cache_dir: str | None = None,
                    memo: ClassifyMemo | None = None) -> None:
    """Fill categories, sensitive, state, confidence, evidence and linked_to of every column.

    With `cache_dir`, tables whose classification inputs are unchanged since a scan that used
    the same folder take its results (memo.py); the results are the same either way. A `memo`
    given (made for the same `standard`) is used instead, and saved by the caller, which may
    add the tables' JSON records to it first; it is ignored when classifications are declared."""
    sensitive = sensitive_under(standard)
    cache: dict[tuple, Outcome] = {}
    declared = list(overrides or [])
    save = memo is None
    if declared:
        memo = None
    elif memo is None and cache_dir is not None:
        from privflow.classify.memo import ClassifyMemo

        memo = ClassifyMemo(cache_dir, standard)
    # The loop allocates small objects by the million and frees none of them: the cyclic
    # collector would walk the whole schema again and again for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # Every table reading as it did in the last scan: its results, with no pass run.
        summary = memo.summarise(schema) if memo is not None else None
        if summary is not None and summary.replay(schema):
            memo.facts = {table_id: kept.facts for table_id, kept in summary.tables.items()}
            memo.schema_inputs = summary.schema_inputs
            if save:
                memo.save()
            return
        contexts, resolver = schema_contexts(schema)
        _classify_tables(schema, contexts, resolver, cache, declared, sensitive, memo)
        facts = apply_facts(schema, contexts, resolver.people_ids, sensitive,
                            memo.local if memo is not None else None, resolver.natural)
        if memo is not None:
            memo.facts = facts
            # A person's key into a list of values elsewhere (agama_id) takes its category
            # from another table: a record is reused only while those lists are the same.
            memo.schema_inputs = tuple(sorted(dictionary_lists(schema, facts).items()))
            if summary is not None:
                summary.capture(schema, facts, memo.schema_inputs)
            if save:
                memo.save()
    finally:
        if collecting:
            gc.enable()


def _classify_tables(schema: Schema, contexts: dict[str, TableContext],
                     resolver: PersonKeyResolver, cache: dict[tuple, Outcome],
                     declared: list[Override], sensitive: frozenset[str],
                     memo: ClassifyMemo | None = None) -> None:
    # The hot loop of a large scan. A column's shape (name, type, comment) is read once per
    # scan, whatever table it is in; most shapes name no category and need no table context.
    # The others are combined once per shape and table kind, or per whole context when the
    # table's topics concern them.
    shapes: dict[tuple, Prepared] = {}
    words: dict[tuple, Prepared] = {}
    typed: dict[tuple, Prepared] = {}
    # Outcomes per shape, by table kind, or by whole context for a table with topics.
    outcomes: dict[object, dict[Prepared, Outcome]] = {}
    # Outcomes per (name, comment, type) key, by table kind (by whole context for a table
    # with topics): one lookup for a column whose shape a table of its kind had before.
    direct: dict[object, dict[tuple, Outcome]] = {}
    for table in schema.tables.values():
        context = contexts[table.id]
        kept = memo.key(table, context, resolver) if memo is not None else None
        if kept is not None and memo.reuse(table, kept):  # type: ignore[union-attr]
            continue
        _classify_table(table, context, outcomes, direct, shapes, words, typed, resolver,
                        cache, declared, sensitive)
        if kept is not None:
            memo.store(table, kept)  # type: ignore[union-attr]


def _shape(name: str, comment: str | None, column_type: str | None,
           words: dict[tuple, Prepared], typed: dict[tuple, Prepared]) -> Prepared:
    """The column's typed shape (typed_shape, lazy: NO_CONTEXT for one that names nothing
    in any table), by two memos: the name and comment read (shared by comments that read
    alike), then that reading with this type."""
    key = (_shape_name(name), comment)
    read = words.get(key)
    if read is None:
        read = words[key] = prepare_full(name_key(name), None, comment or None)
    key = (read, column_type)
    prepared = typed.get(key)
    if prepared is None:
        prepared = typed[key] = typed_shape(read, (column_type or "").lower() or None,
                                            lazy=True)
    return prepared


def _classify_table(table: Table, context: TableContext,
                    outcomes: dict[object, dict[Prepared, Outcome]],
                    direct: dict[object, dict[tuple, Outcome]],
                    shapes: dict[tuple, Prepared], words: dict[tuple, Prepared],
                    typed: dict[tuple, Prepared], resolver: PersonKeyResolver,
                    cache: dict[tuple, Outcome], declared: list[Override],
                    sensitive: frozenset[str]) -> None:
    resolve = resolver.resolve
    is_creator = resolver.is_creator
    may_be_creator_comment = resolver.may_be_creator_comment
    creator_comments = resolver.creator_comments
    may_link = resolver.may_link
    may_links = resolver.known_links
    shape_name = _shape_name
    minors, topics = context.minors, context.topics
    kind = (context.kind, context.of)
    by_kind = outcomes.setdefault(kind, {})
    by_context = outcomes.setdefault(context, {}) if topics else by_kind
    known = direct.setdefault(context if topics else kind, {})
    undocumented_view = table.kind == "view" and bool(table.definition)
    affix = resolver.affix(table)
    for column in table.columns.values():
        if undocumented_view and not column.comment and not column.pragmas:
            # An undocumented view column gets its categories, with the right state, from
            # the columns it selects (lineage.propagate); its name alone would double-count.
            # So does its link: a view has no foreign keys, and a key it copies from a
            # linked column points at the same person (actor_info.actor_id, copied from
            # the actor table's own primary key, points at nobody).
            continue
        name = reading_name(column.name, affix) if affix else column.name
        if column.samples:
            outcome = classify_column(column, context, cache, name=name)
        else:
            key = (shape_name(name), column.comment, column.type)
            outcome = known.get(key)  # type: ignore[assignment]
            if outcome is None:
                prepared = shapes.get(key)
                if prepared is None:
                    prepared = shapes[key] = _shape(name, column.comment, column.type, words,
                                                    typed)
                if prepared.needs_context:
                    memo = by_context if topics and not prepared.topic_hits.isdisjoint(
                        topics) else by_kind
                    outcome = memo.get(prepared)  # type: ignore[assignment]
                    if outcome is None:
                        outcome = memo[prepared] = combine_prepared(prepared, context)
                else:
                    outcome = _EMPTY
                known[key] = outcome
        categories = outcome.categories
        if categories and not (len(categories) == 1 and categories[0] in _CREATOR_READINGS
                               and is_creator(column)):
            column.categories = list(categories)
            column.confidence = outcome.confidence
            column.state = outcome.state  # type: ignore[assignment]
            column.evidence = list(outcome.kept_evidence)
            if minors:
                column.evidence.append(f"table:minors ({context.word or 'children'})")
            column.linked_to = None
            column.sensitive = minors or not sensitive.isdisjoint(categories)
        else:
            if column.categories or column.evidence or column.confidence:
                column.categories, column.evidence = [], []
                column.confidence, column.state = 0.0, "raw"
            maybe = may_links.get(column.name)
            if maybe is None:
                maybe = may_link(column.name)
            if not maybe and name is not column.name:
                maybe = may_link(name)  # wl_user of `watchlist`, read without the tag
            comment = column.comment
            if not maybe and comment:
                said = creator_comments.get(comment)
                if said is None:
                    said = may_be_creator_comment(comment)
                if said:
                    maybe = is_creator(column)  # datains_usr with comment 资料新增人
            link = resolve(table, column) if column.references or maybe else None
            column.linked_to = link
            if link:
                column.evidence = [f"link:{link}"]
            column.sensitive = False
        if declared or column.pragmas:
            _apply_declared(table, column, declared)
            column.sensitive = bool(column.categories) and (
                minors or not sensitive.isdisjoint(column.categories))


def _apply_declared(table: Table, column: Column, overrides: list[Override]) -> None:
    for override in overrides:
        if override.matches(table, column):
            apply_override(override, column)
    if column.pragmas:
        pragmas, notes = pragma_overrides(column)
        for pragma in pragmas:
            words = " ".join([pragma.action, *pragma.categories])
            apply_override(pragma, column, evidence=f"pragma:{words}")
        column.evidence.extend(f"pragma:{note}" for note in notes)
