"""Person keys: `member_id`, `create_by`, a foreign key to a people table -> `linked_to`.

Such a column holds no category itself, but every row keyed by it is about that person, so
lineage can follow non-sensitive columns as personal data flows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from privflow.classify.affix import reading_name, table_affix
from privflow.classify.signals.table import BY_COLUMNS, TableContext
from privflow.classify.signals.table import FILLER as _TABLE_FILLER
from privflow.classify.vocabulary import load_vocabulary, split_identifier
from privflow.schema import Column, Schema, Table, table_id


def people_tables(schema: Schema, contexts: dict[str, TableContext]) -> list[Table]:
    """Tables about people as entities (members, users), not their addresses or logs, nor
    things named after people (customer_demographics: a people word, a thing's head)."""
    return [t for t in schema.tables.values()
            if contexts[t.id].kind == "people" and t.kind == "table"
            and _headed_by(t, contexts[t.id].word)]


def _headed_by(table: Table, word: str | None) -> bool:
    """Whether the word that made the table a people table is its head (last) word; a table
    named in Chinese or by its comment is taken at its word."""
    words = [w for w in _plain_words(table.name) if w not in _TABLE_FILLER]
    if not word or not words or not word.isascii() or not words[-1].isascii() \
            or word.startswith(BY_COLUMNS):
        return True
    return _singular(words[-1]) == _singular(word)


def _head(table: Table) -> str:
    return _name_head(table.name)


@lru_cache(maxsize=65536)
def _name_head(name: str) -> str:
    words = split_identifier(name)
    return words[-1] if words else name.lower()


@lru_cache(maxsize=65536)
def _plain_words(name: str) -> tuple[str, ...]:
    return tuple(split_identifier(name, known=None))


def _module(table: Table) -> str:
    """The module prefix of a table name (system_users -> system), or ''."""
    words = _plain_words(table.name)
    return words[0] if len(words) > 1 else ""


def natural_keys(schema: Schema, people: frozenset[str],
                 own_keys: dict[str, int] | None = None) -> dict[str, str]:
    """A people table's own one-column key with a name of its own (a `login`, an `ine`,
    `cli_id` of `clientes`), by its words joined: the same name elsewhere keys a row to that
    person. Not a name every table's key has (ROW_ID, record_id), nor a bare generic one.
    `own_keys`: own_key_counts(schema), when the caller has it."""
    vocab = load_vocabulary()
    generic = vocab.generic_heads | vocab.key_heads
    if own_keys is None:
        own_keys = own_key_counts(schema)
    out: dict[str, str] = {}
    for person in sorted(people):
        keys = [c for c in schema.tables[person].columns.values() if c.primary_key]
        words = _plain_words(keys[0].name) if len(keys) == 1 else ()
        name = "_".join(words)
        if words and own_keys.get(name) == 1 and not all(w in generic for w in words):
            out.setdefault(name, person)
    return out


def own_key_counts(schema: Schema) -> dict[str, int]:
    """How many tables have each one-column primary key name (natural_keys), by its words."""
    own_keys: dict[str, int] = {}
    for table in schema.tables.values():
        for column in table.columns.values():
            if column.primary_key:
                name = "_".join(_plain_words(column.name))
                own_keys[name] = own_keys.get(name, 0) + 1
    return own_keys


def has_own_column(table: Table, words: tuple[str, ...]) -> bool:
    """Whether one of the table's columns is named by these words (accounts.record_id for
    account_record_id)."""
    return any(_plain_words(c.name) == words for c in table.columns.values())


def natural_name(name: str) -> str:
    """A column's name as natural_keys keys it."""
    return "_".join(_plain_words(name))


def _key_last(words: tuple[str, ...]) -> tuple[str, ...]:
    """id_paciente, id_usuario: a key written key-first, as Romance-language schemas do,
    read as paciente_id."""
    if len(words) == 2 and words[0] == "id" and words[1] != "id":
        return (words[1], words[0])
    return words


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


class PersonKeyResolver:
    """Resolves person-key columns of one schema to the people table they identify."""

    def __init__(self, schema: Schema, contexts: dict[str, TableContext]) -> None:
        self.schema = schema
        self._index_people(people_tables(schema, contexts))
        keys = load_vocabulary().person_keys
        self.suffixes = frozenset(keys["suffixes"])
        self.creators = frozenset(tuple(split_identifier(c, known=None)) for c in keys["creators"])
        comments = [re.escape(str(c)) for c in keys.get("creator_comments", ())]
        self._creator_comment = re.compile("|".join(comments)) if comments else None
        self.creator_comments: dict[str, bool] = {}
        self._creator_names: dict[str, bool] = {}
        self.person_tails = frozenset(str(w) for w in keys.get("person_tails", ()))
        self.user_words = frozenset(keys["user_words"])
        self.main_order = [str(w) for w in keys["main_user_tables"]]
        self.creator_order = [str(w) for w in keys.get("creator_tables", self.main_order)]
        self.abbreviations = {str(k): str(v) for k, v in keys["abbreviations"].items()}
        self.known_links: dict[str, bool] = {}
        self.main_user = self._main_user(self.main_order)
        self._affixes: dict[str, tuple[int, str] | None] = {}
        self._own_keys = own_key_counts(schema)
        self.natural = natural_keys(schema, self.people_ids, self._own_keys)

    def _index_people(self, people: list[Table]) -> None:
        self.people = people
        self.people_ids = frozenset(t.id for t in people)
        self._by_word_cache: dict[tuple[str, str, str], Table | None] = {}
        self.by_head: dict[str, list[Table]] = {}
        for table in people:
            self.by_head.setdefault(_singular(_head(table)), []).append(table)

    def add_people(self, tables: list[Table]) -> None:
        """Count these tables (people by their columns, not named so: see run.py) among the
        people tables, as a resolver built with them would (the same order: the schema's),
        without going over every table of the schema again."""
        added = [t for t in tables if t.id not in self.people_ids]
        if not added:
            return
        if self.people:
            order = {table_id: index for index, table_id in enumerate(self.schema.tables)}
            people = sorted([*self.people, *added], key=lambda t: order[t.id])
        else:
            people = added
        self._index_people(people)
        self.known_links = {}
        self.main_user = self._main_user(self.main_order)
        self.natural = natural_keys(self.schema, self.people_ids, self._own_keys)

    def _main_user(self, order: list[str]) -> Table | None:
        for word in order:
            tables = self.by_head.get(_singular(word))
            if tables:
                return sorted(tables, key=lambda t: (-len(t.columns), len(t.id)))[0]
        return None

    def _by_word(self, word: str, owner: Table) -> Table | None:
        owner_schema = owner.id.rsplit(".", 1)[0] if "." in owner.id else ""
        key = (word, owner_schema, _module(owner))
        if key not in self._by_word_cache:
            tables = self.by_head.get(_singular(word)) or self.by_head.get(
                _singular(self.abbreviations.get(word, word)))
            # Prefer a table in the owner's schema, then one of the owner's module (system_*
            # for system_oauth2_token.user_id), then the main entity (the widest table), then
            # the shortest name.
            module = _module(owner)
            self._by_word_cache[key] = sorted(tables, key=lambda t: (
                not t.id.startswith(owner_schema), _module(t) != module, -len(t.columns),
                len(t.id)))[0] if tables else None
        return self._by_word_cache[key]

    def owner_key(self, table: Table, column: Column) -> str | None:
        """The people table a column keys its row to: a declared foreign key, or a plain
        `{person}_id` (user_id, emp_no), not a role (contact_user_id, owner_user_id)."""
        words = _plain_words(column.name)
        # create_by/update_by say who edited a row, not whom the row is about (a page, a
        # menu): audit columns do not make a table about a person, declared keys included
        # (a `creator` foreign key to the users of a table of places or drugs).
        if words in self.creators or self._creator_by_comment(column):
            return None
        if column.references:
            return self.resolve(table, column)
        if not self.may_link(column.name) or (
                len(words) != 2 and len(self.read_words(table, column)) != 2
                and self.by_own_key(words, table) is None):
            return None
        return self.resolve(table, column)

    def affix(self, table: Table) -> tuple[int, str] | None:
        """table_affix(table), worked out once per table of the schema."""
        try:
            return self._affixes[table.id]
        except KeyError:
            affix = self._affixes[table.id] = table_affix(table)
            return affix

    def read_words(self, table: Table, column: Column) -> tuple[str, ...]:
        """The column's words without the table's tag on its names (`ADM_PAT_ID` of
        `admission` is a plain `pat_id`, the patient the row is about)."""
        return _plain_words(reading_name(column.name, self.affix(table)))

    def may_link(self, name: str) -> bool:
        """Whether a column so named can be a person key in this schema at all: most names
        are ruled out once, by a dictionary lookup, before `resolve` looks at the table."""
        known = self.known_links.get(name)
        if known is None:
            known = self.known_links[name] = self._name_may_link(_plain_words(name))
        return known

    def _name_may_link(self, words: tuple[str, ...]) -> bool:
        if not words or not self.people:
            return False
        if "_".join(words) in self.natural:
            return True
        words = _key_last(words)
        if words in self.creators or words[0] in ("uid", "userid"):
            return True
        if len(words) < 2 or words[-1] not in self.suffixes:
            return False
        word = _singular(words[-2])
        return word in self.by_head or _singular(self.abbreviations.get(words[-2], word)) \
            in self.by_head or (words[-2] in self.user_words and self.main_user is not None) \
            or (len(words) == 3 and _singular(words[0]) in self.by_head)

    def by_own_key(self, words: tuple[str, ...], owner: Table) -> Table | None:
        """account_record_id, user_uuid_key: a people table's name, then the name of one of its
        own key columns (accounts.record_id)."""
        if len(words) != 3 or words[-1] not in self.suffixes:
            return None
        target = self._by_word(words[0], owner)
        if target is None:
            return None
        return target if has_own_column(target, words[1:]) else None

    def is_creator(self, column: Column) -> bool:
        """create_by, updated_by, approver: an audit key to whoever wrote the row; also a
        name of the schema's own habit whose comment says so (datains_usr, 资料新增人)."""
        name = column.name
        creator = self._creator_names.get(name)
        if creator is None:
            creator = self._creator_names[name] = _plain_words(name) in self.creators
        return creator or self._creator_by_comment(column)

    def may_be_creator_comment(self, comment: str) -> bool:
        """Whether a comment names an audit role at all (one lookup per distinct comment)."""
        found = self.creator_comments.get(comment)
        if found is None:
            found = self.creator_comments[comment] = bool(
                self._creator_comment is not None and self._creator_comment.search(comment))
        return found

    def _creator_by_comment(self, column: Column) -> bool:
        comment = column.comment
        if not comment or not self.may_be_creator_comment(comment):
            return False
        words = _plain_words(column.name)
        return bool(words) and words[-1] in self.person_tails

    def resolve(self, table: Table, column: Column) -> str | None:
        target = self._resolve(table, column)
        if target is None and not column.references:
            natural = self.natural.get(natural_name(column.name))
            if natural is not None and natural != table.id:
                return natural  # cli_id of an address: the clients table's own key
        return target

    def _resolve(self, table: Table, column: Column) -> str | None:
        if column.references:
            target = self.schema.find(column.references) or self.schema.tables.get(
                table_id(column.references))
            if target is not None and target.id in self.people_ids and not (
                    target is table and column.primary_key):
                return target.id
            return None
        words = _key_last(_plain_words(column.name))
        if not words:
            return None
        if words in self.creators or self._creator_by_comment(column):
            # The user table of the owner's module first (system_dept.creator -> system_users).
            for word in self.creator_order:
                target = self._by_word(word, table)
                if target is not None:
                    return target.id
            return None
        if len(words) < 2 and words[0] not in ("uid", "userid"):
            return None
        if words[0] in ("uid", "userid"):
            word = "user"
            target = self.main_user
        elif words[-1] in self.suffixes:
            word = words[-2]
            target = self._by_word(word, table)
            if target is None and word in self.user_words:
                target = self.main_user
            if target is None:
                target = self.by_own_key(words, table)
                word = words[0]
        else:
            return None
        if target is None or (target is table and (
                column.primary_key or _singular(word) == _singular(_head(table)))):
            return None
        return target.id
