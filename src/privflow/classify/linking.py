"""Person keys: `member_id`, `create_by`, a foreign key to a people table -> `linked_to`.

Such a column holds no category itself, but every row keyed by it is about that person, so
lineage can follow non-sensitive columns as personal data flows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, cached_property, lru_cache
from typing import Any

from privflow.classify.affix import reading_name, table_affix
from privflow.classify.signals.name import name_key
from privflow.classify.signals.table import (
    BY_COLUMNS,
    FILLER,
    TAG_LETTERS,
    TableContext,
    head_words,
    is_tag_of,
    name_words,
)
from privflow.classify.vocabulary import (
    load_vocabulary,
    plain_words,
    split_identifier,
    type_family,
)
from privflow.schema import Column, Schema, Table, table_id


def people_tables(schema: Schema, contexts: dict[str, TableContext]) -> list[Table]:
    """Tables about people as entities (members, users), not their addresses or logs, nor
    things named after people (customer_demographics: a people word, a thing's head)."""
    found = [t for t in schema.tables.values()
             if contexts[t.id].kind == "people" and t.kind == "table"
             and headed_by(t, contexts[t.id].word)]
    memberships = {t.id for t in found if _links_to_its_head(t)}
    if memberships:
        # Only where the persons themselves are another table of that word (users beside
        # group_user): uc_member with its own member_no stays the table of members.
        heads = {_singular(_name_head(t.name)) for t in found if t.id not in memberships}
        memberships = {t.id for t in found
                       if t.id in memberships and _singular(_name_head(t.name)) in heads}
    return [t for t in found if t.id not in memberships]


def _links_to_its_head(table: Table) -> bool:
    """group_user(group_id, user_id), notealunno(idalunno, ...): a table named by a compound
    whose rows key to a person of its head word is about that person (a membership, a note),
    not a table of such persons."""
    head = _singular(_name_head(table.name))
    if len(head_words(table.name)) < 2:
        return False
    for column in table.columns.values():
        if column.primary_key:
            continue
        words = key_words(_plain_words(column.name), lambda word: _singular(word) == head)
        if len(words) == 2 and words[1] in ("id", "no") and _singular(words[0]) == head:
            return True
    return False


def headed_by(table: Table, word: str | None) -> bool:
    """Whether the word that made the table a people table is its head (last) word; a table
    named in Chinese or by its comment is taken at its word."""
    head = _name_head(table.name)
    if not word or not word.isascii() or not head.isascii() or word.startswith(BY_COLUMNS):
        return True
    return _singular(head) == _singular(word)


def _head(table: Table) -> str:
    return _name_head(table.name)


@lru_cache(maxsize=65536)
def _name_head(name: str) -> str:
    """The last word of a table's name that is not filler: iam_user_info, mxk_userinfo and
    contactinfo are tables of users and contacts (glued words cut where the vocabulary knows
    them), tbl_alunni one of alunni."""
    kept = head_words(name)
    return (kept or name_words(name) or (name.lower(),))[-1]


@lru_cache(maxsize=65536)
def _name_tag(name: str) -> str | None:
    """The tag a table's name closes with (per of person_per), when it has one."""
    words = name_words(name)
    return words[-1] if len(words) > 1 and is_tag_of(words[-1], words[-2]) else None


@lru_cache(maxsize=65536)
def _bareness(name: str, word: str) -> int:
    """How plainly a table's name is the person word: 0 alone (users, tbl_user), 1 with a
    filler after it (user_info, customers_info), 2 in a compound (customer_user)."""
    words, kept = name_words(name), head_words(name)
    if len(kept) != 1 or _singular(kept[0]) != _singular(word):
        return 2
    return 0 if words[-1] == kept[0] else 1


@lru_cache(maxsize=65536)
def _plain_words(name: str) -> tuple[str, ...]:
    return plain_words(name)


def _module(table: Table) -> str:
    """The module prefix of a table name (system_users -> system), or ''."""
    words = _plain_words(table.name)
    return words[0] if len(words) > 1 else ""


def natural_keys(schema: Schema, people: frozenset[str],
                 own_keys: OwnKeys | None = None) -> dict[str, str]:
    """A people table's own one-column key with a name of its own (a `login`, an `ine`,
    `cli_id` of `clientes`), by its words joined: the same name elsewhere keys a row to that
    person. Not a name every table's key has (ROW_ID, record_id), nor a bare generic one.
    `own_keys`: own_key_counts(schema), when the caller has it."""
    vocab = load_vocabulary()
    generic = vocab.generic_heads | vocab.key_heads
    if own_keys is None:
        own_keys = own_key_counts(schema)
    out: dict[str, str] = {}
    guessed: set[str] = set()  # names in `out` from a first column, not a declared key
    firsts: dict[str, int] | None = None
    logins: dict[str, list[tuple[str, bool]]] = {}  # name -> (people table, its key?)
    for person in sorted(people):
        columns = schema.tables[person].columns.values()
        keys = [c for c in columns if c.primary_key]
        if not keys:
            # identite(etudid text UNIQUE NOT NULL, nom, ...): no primary key declared, its
            # first column named as an id is its key, unless a quarter of the tables start
            # with it too (MIMIC's row_id starts every table).
            first = next(iter(columns), None)
            if first is not None and not any(_name_says(c.name, *_NAME)
                                             and not _ends_as_key(c.name) for c in columns):
                first = None  # a pairing (biblio_author(biblio_id, author_id)) names no one
            if first is not None and _ends_as_key(first.name) and firsts is None:
                firsts = _first_columns(schema)
            keys = [first] if first is not None and firsts is not None and firsts.get(
                natural_name(first.name), 0) <= max(2, ROW_ID_SHARE * len(schema.tables)) \
                else []
        words = _plain_words(keys[0].name) if len(keys) == 1 else ()
        name = "_".join(words)
        if words and (own_keys.get(name, 0) <= 1 or own_keys.shared_with(
                name, schema.tables[person])) and not all(w in generic for w in words):
            if keys[0].primary_key and name in guessed:
                # A declared key wins over a first column taken for one (subject.subject_id
                # over the subject_id that starts an export table).
                out[name] = person
                guessed.discard(name)
            elif name not in out:
                out[name] = person
                if not keys[0].primary_key:
                    guessed.add(name)
        for column in columns:
            if _says_login(column.name):
                logins.setdefault(natural_name(column.name), []).append(
                    (person, len(keys) == 1 and keys[0] is column))
    # The login name of a people table (users.login, ofuser.username) is how other tables of
    # the schema key their rows to that person. A name several people tables hold (a group's
    # members by login) keys to the one table whose primary key it is, if any.
    for name, owners in sorted(logins.items()):
        keyed = [person for person, is_key in owners if is_key]
        if len(owners) == 1 or len(keyed) == 1:
            out.setdefault(name, owners[0][0] if len(owners) == 1 else keyed[0])
    return out


_LOGIN = ("account.username", frozenset({"sure", "people"}))  # login, username
_NAME = ("identity.name", frozenset({"sure", "people"}))  # nom, surname, first_name
_SECRET = ("account.credential", frozenset({"sure"}))  # password, pwd, pw


@lru_cache(maxsize=65536)
def _says_login(name: str) -> bool:
    # _name_says(name, *_LOGIN) by the name alone: asked of every column of every people
    # table, twice when tables are promoted to people by their columns.
    return _name_says(name, *_LOGIN)


@lru_cache(maxsize=65536)
def _name_says(name: str, category: str, strengths: frozenset[str]) -> bool:
    """Whether a column's name alone names the category with a term of these strengths."""
    from privflow.classify.signals.name import read_name

    return any(e.category == category and e.strength in strengths
               for e in read_name(name).supports)


# A first column named by this share of a schema's tables or more is its habit for row ids.
ROW_ID_SHARE = 0.25


def _first_columns(schema: Schema) -> dict[str, int]:
    """How many tables start with each column name (natural_name)."""
    out: dict[str, int] = {}
    for table in schema.tables.values():
        first = next(iter(table.columns.values()), None)
        if first is not None:
            name = natural_name(first.name)
            out[name] = out.get(name, 0) + 1
    return out


@lru_cache(maxsize=65536)
def _ends_as_key(name: str) -> bool:
    """Whether a name ends with a key word, apart or glued (etudid, patient_id)."""
    words = _plain_words(name)
    keys = load_vocabulary().key_heads
    return bool(words) and (words[-1] in keys and len(words) > 1 or any(
        words[-1].endswith(k) and len(words[-1]) > len(k) + 2 for k in keys))


class OwnKeys(dict[str, int]):
    """How many tables have each one-column primary key name (natural_keys), by its words (a
    part of a wider key, care_phone's (item_nr, pid), is a key to another table's row), and,
    in `extends`, the tables that such keys declare they reference: a person's 1:1 extension
    tables (person_details, person_deceased) share the key of the table they extend."""

    def __init__(self) -> None:
        super().__init__()
        self.extends: dict[str, set[str]] = {}

    def shared_with(self, name: str, table: Table) -> bool:
        """Whether the other tables keyed by `name` are extensions of `table`: its key is
        then its own (p_uuid of person_uuid), not every table's row-id habit."""
        return table.id in self.extends.get(name, ())


def own_key_counts(schema: Schema) -> OwnKeys:
    own_keys = OwnKeys()
    for table in schema.tables.values():
        keys = [c for c in table.columns.values() if c.primary_key]
        if len(keys) == 1:
            name = "_".join(_plain_words(keys[0].name))
            own_keys[name] = own_keys.get(name, 0) + 1
            if keys[0].references:
                target = schema.find(keys[0].references)
                if target is not None:
                    own_keys.extends.setdefault(name, set()).add(target.id)
    return own_keys


def has_own_column(table: Table, words: tuple[str, ...]) -> bool:
    """Whether one of the table's columns is named by these words (accounts.record_id for
    account_record_id)."""
    return any(_plain_words(c.name) == words for c in table.columns.values())


def natural_name(name: str) -> str:
    """A column's name as natural_keys keys it."""
    return "_".join(_plain_words(name))


@cache
def _key_first() -> frozenset[str]:
    return frozenset(str(w) for w in load_vocabulary().person_keys.get("key_first", ("id",)))


def key_words(words: tuple[str, ...],
              names_people: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """A key's words as person word + key word: id_paciente, id_usuario (key-first, as
    Romance-language schemas write them) read as paciente_id; with `names_people`, a glued
    idalunno or employeeid as alunno_id, employee_id when the word names people."""
    if len(words) == 2 and words[0] in _key_first() and words[1] not in _key_first():
        return (words[1], words[0])
    if len(words) == 1 and names_people is not None and len(words[0]) >= 5:
        word = words[0]
        if word.startswith("id") and word[2:].isalpha() and names_people(word[2:]):
            return (word[2:], "id")
        if word.endswith("id") and word[:-2].isalpha() and names_people(word[:-2]):
            return (word[:-2], "id")
    return words


def tables_by_words(schema: Schema) -> dict[tuple[str, ...], str | tuple[str, ...]]:
    """Tables by their words, by the words after a namespace prefix (`m_loan` is also `loan`,
    `hs_hr_employee` also `employee`) and without a trailing filler (`dms_prescription_record`
    is also `prescription`): a `loan_id` names `m_loan`. A full name wins, then the name with
    the fewest words dropped (`m_loan` over `m_product_loan`); tables as near as each other
    are all kept (a tuple), for the key's own table to choose among (`via_target`)."""
    full = {name_key(t.name): t.id for t in schema.tables.values()}
    trailers = FILLER | load_vocabulary().topic_trailers
    short: dict[tuple[str, ...], tuple[int, list[str]]] = {}
    for words, owner_id in full.items():
        stem = words
        dropped = 0
        while len(stem) > 1 and stem[-1] in trailers:
            stem, dropped = stem[:-1], dropped + 1
        forms = [(words, 0)] + ([(stem, dropped)] if stem != words else [])
        for form, cost in forms:
            for i in range(len(form)):
                rest, distance = form[i:], cost + i
                if distance == 0 or rest in full:
                    continue
                near = short.get(rest)
                if near is None or distance < near[0]:
                    short[rest] = (distance, [owner_id])
                elif distance == near[0] and owner_id not in near[1]:
                    near[1].append(owner_id)
    out: dict[tuple[str, ...], str | tuple[str, ...]] = {
        k: (v[1][0] if len(v[1]) == 1 else tuple(v[1])) for k, v in short.items()}
    return {**out, **full}


def _singular(word: str) -> str:
    """One form for a person word's singular and plural, in English and Romance languages
    (users/user, alunni/alunno, clientes/cliente, pessoas/pessoa): the plural `s`, then a
    final vowel of a long word, is dropped."""
    if word.endswith("s") and len(word) > 3:
        word = word[:-1]
    if len(word) >= 5 and word[-1] in "aeio":
        word = word[:-1]
    return word


_NOT_YET: Any = object()


class PersonKeyResolver:
    """Resolves person-key columns of one schema to the people table they identify."""

    def __init__(self, schema: Schema, contexts: dict[str, TableContext]) -> None:
        self.schema = schema
        self._index_people(people_tables(schema, contexts))
        keys = load_vocabulary().person_keys
        self.suffixes = frozenset(keys["suffixes"])
        self.direction_tails = frozenset(str(w) for w in keys.get("direction_tails", ()))
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
        comparisons = keys.get("comparisons") or {}
        self.comparison_words = frozenset(str(w) for w in comparisons.get("words", ()))
        self.compared = frozenset(str(w) for w in comparisons.get("beside", ()))
        self.known_links: dict[str, bool] = {}
        self._signing: dict[str, bool] = {}  # people table id -> holds a login secret
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
            tag = _name_tag(table.name)
            if tag:
                # person_per: other tables key a person by the table's tag (nte_per_ID).
                self.by_head.setdefault(tag, []).append(table)

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
                return sorted(tables, key=lambda t: (
                    _bareness(t.name, word), -len(t.columns), len(t.id)))[0]
        return self.login_table()

    def _signs_in(self, table: Table) -> bool:
        """Whether a people table holds a login secret (memoised per table)."""
        found = self._signing.get(table.id)
        if found is None:
            found = self._signing[table.id] = any(
                _name_says(c.name, *_SECRET) for c in table.columns.values())
        return found

    def login_table(self) -> Table | None:
        """The first people table that holds a login secret: whoever signs in to the system
        (grr_utilisateurs, m_staff), where no table has a name of creator_tables."""
        return next((table for table in self.people if self._signs_in(table)), None)

    def _by_word(self, word: str, owner: Table) -> Table | None:
        owner_schema = owner.id.rsplit(".", 1)[0] if "." in owner.id else ""
        key = (word, owner_schema, _module(owner))
        if key not in self._by_word_cache:
            tables = self.by_head.get(_singular(word)) or self.by_head.get(
                _singular(self.abbreviations.get(word, word)))
            # Prefer a table in the owner's schema, then one named by the word alone (users),
            # then one of the owner's module (system_* for system_oauth2_token.user_id), then
            # the plainest name (user_info before customer_user), then the main entity (the
            # widest table), then the shortest name.
            module = _module(owner)
            self._by_word_cache[key] = sorted(tables, key=lambda t: (
                not t.id.startswith(owner_schema), _bareness(t.name, word) > 0,
                _module(t) != module, _bareness(t.name, word), -len(t.columns),
                len(t.id)))[0] if tables else None
        return self._by_word_cache[key]

    def owner_key(self, table: Table, column: Column) -> str | None:
        """The people table a column keys its row to: a declared foreign key, or a plain
        `{person}_id` (user_id, emp_no), not a role (contact_user_id, owner_user_id)."""
        words = _plain_words(column.name)
        # create_by/update_by say who edited a row, not whom the row is about (a page, a
        # menu): audit columns do not make a table about a person, declared keys included
        # (a `creator` foreign key to the users of a table of places or drugs).
        if self.creator_words(words) or self._creator_by_comment(column):
            return None
        if column.references:
            return self.resolve(table, column)
        key = self.key_words(words)
        if not self.may_link(column.name) or (
                len(key) != 2 and key not in (("uid",), ("userid",))
                and not self._single_person_word(key)
                and len(self.read_words(table, column)) != 2
                and self.by_own_key(words, table) is None):
            return None
        return self.resolve(table, column)

    def key_words(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """key_words(words), glued keys cut where the word names a people table here, and
        a direction after the key word dropped (c_member_id_from: the member a friendship
        starts from)."""
        if len(words) >= 3 and words[-1] in self.direction_tails and words[-2] in self.suffixes:
            words = words[:-1]
        return key_words(words, self._names_people)

    def _single_person_word(self, words: tuple[str, ...]) -> bool:
        """user, owner, sender, employee: a column named by a person word alone holds that
        person's key (the schema's own habit), when the word names a people table or a user."""
        return len(words) == 1 and (self._names_people(words[0]) or (
            words[0] in self.user_words and self.main_user is not None))

    def _names_people(self, word: str) -> bool:
        return _singular(word) in self.by_head or _singular(
            self.abbreviations.get(word, word)) in self.by_head

    def affix(self, table: Table) -> tuple[int, str] | None:
        """table_affix(table), worked out once per table of the schema."""
        affix = self._affixes.get(table.id, _NOT_YET)
        if affix is _NOT_YET:  # (not a KeyError caught: the first ask is for every table)
            affix = self._affixes[table.id] = table_affix(table)
        return affix  # type: ignore[return-value]

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
        words = self.key_words(words)
        if self.creator_words(words) or words[0] in ("uid", "userid") \
                or self._single_person_word(words):
            return True
        if len(words) < 2 or words[-1] not in self.suffixes:
            return False
        word = _singular(words[-2])
        return word in self.by_head or _singular(self.abbreviations.get(words[-2], word)) \
            in self.by_head or (words[-2] in self.user_words and self.main_user is not None) \
            or (len(words) == 3 and _singular(words[0]) in self.by_head)

    @cached_property
    def _tables_by_words(self) -> dict[tuple[str, ...], str | tuple[str, ...]]:
        return tables_by_words(self.schema)

    def _names_a_thing(self, words: tuple[str, ...]) -> bool:
        """Whether these words (of a key, before its `id`) name tables of the schema that
        are no people tables."""
        found = self._tables_by_words.get(words)
        if found is None:
            return False
        return all(t not in self.people_ids for t in ((found,) if isinstance(found, str) else found))

    def by_own_key(self, words: tuple[str, ...], owner: Table) -> Table | None:
        """account_record_id, user_uuid_key: a people table's name, then the name of one of its
        own key columns (accounts.record_id)."""
        if len(words) != 3 or words[-1] not in self.suffixes:
            return None
        target = self._by_word(words[0], owner)
        if target is None:
            return None
        return target if has_own_column(target, words[1:]) else None

    def creator_words(self, words: tuple[str, ...]) -> bool:
        """Whether a name's words are an audit habit (created_by), also behind a table's
        short tag (dep_EnteredBy of deposit_dep)."""
        return words in self.creators or (len(words) > 2 and len(words[0]) <= TAG_LETTERS + 1
                                          and words[1:] in self.creators)

    def is_creator(self, column: Column) -> bool:
        """create_by, updated_by, approver: an audit key to whoever wrote the row; also a
        name of the schema's own habit whose comment says so (datains_usr, 资料新增人)."""
        name = column.name
        creator = self._creator_names.get(name)
        if creator is None:
            creator = self._creator_names[name] = self.creator_words(_plain_words(name))
        if creator:
            return True
        # _creator_by_comment, its first lookups inline (asked of every column of a schema)
        comment = column.comment
        if not comment:
            return False
        found = self.creator_comments.get(comment)
        if found is None:
            found = self.may_be_creator_comment(comment)
        return found and self._creator_by_comment(column)

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
        target = self._resolve(table, column, _plain_words(column.name))
        if target is None and not column.references:
            natural = self.natural.get(natural_name(column.name))
            if natural is not None and natural != table.id:
                return natural  # cli_id of an address: the clients table's own key
            read = self.read_words(table, column)
            if read != _plain_words(column.name):
                # wl_user of `watchlist`: a person word under the table's tag
                target = self._resolve(table, column, read)
        return target

    def _resolve(self, table: Table, column: Column, plain: tuple[str, ...]) -> str | None:
        if column.references:
            target = self.schema.find(column.references) or self.schema.tables.get(
                table_id(column.references))
            if target is not None and target.id in self.people_ids and not (
                    target is table and column.primary_key):
                return target.id
            return None
        words = self.key_words(plain)
        if not words:
            return None
        if self.creator_words(words) or self._creator_by_comment(column):
            # The user table of the owner's module first (system_dept.creator -> system_users);
            # of the tables named so, one whose persons sign in (operators with a password
            # before a subscribers' userinfo without one).
            found = [t for word in self.creator_order if (t := self._by_word(word, table))]
            signing = [t for t in found if self._signs_in(t)]
            target = (signing or found or [self.login_table()])[0]
            return target.id if target is not None else None
        if len(words) < 2 and words[0] not in ("uid", "userid") \
                and not self._single_person_word(words):
            return None
        if words[0] in ("uid", "userid"):
            if words == ("uid",) and (column.primary_key or self._own_keys.get("uid", 0) > 1):
                return None  # TYPO3 and others: `uid` is every table's own row id
            word = "user"
            target = self.main_user
        elif len(words) == 1:
            # Only a whole number is a key under a bare person word (an `admin` flag, a
            # `publisher` string or a `profile` name is not).
            if type_family(column.type) != "int":
                return None
            if words[0] in self.comparison_words and any(
                    c.name.lower() in self.compared for c in table.columns.values()):
                return None  # a condition's operator (=, <>, like) beside the value it tests
            word = words[0]
            target = self._by_word(word, table) or (
                self.main_user if word in self.user_words else None)
        elif words[-1] in self.suffixes:
            if len(words) > 2 and self._names_a_thing(words[:-1]):
                return None  # sharing_profile_id: the key of a sharing_profile, no person's
            word = words[-2]
            if column.primary_key and _singular(word) == _singular(_head(table)) and sum(
                    c.primary_key for c in table.columns.values()) == 1:
                # UsrCod of usr_data: the table's own key, whatever else is users (not a part
                # of a membership's key: class_user.user_id)
                return None
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
