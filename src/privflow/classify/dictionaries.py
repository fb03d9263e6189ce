"""Tables about no one. Dictionaries of a sensitive attribute: a table named for the attribute (ethnic_race, 民族,
marital_status) whose rows are about no one is the list of its values. Its code and
description columns are reference data; only a person's key to it carries the category.
A secret in a table that holds no one (an invitation code, a job's lease token) is no one's
credential."""

from __future__ import annotations

from functools import lru_cache

from privflow.classify.combiner import THRESHOLD
from privflow.classify.signals.comment import read_comment
from privflow.classify.signals.name import name_key, read_name_tokens
from privflow.classify.vocabulary import load_vocabulary
from privflow.schema import Table


def singular_forms(word: str) -> tuple[str, ...]:
    """The singulars an English or Romance plural may have (cities, statuses, municipios)."""
    if len(word) <= 3 or not word.endswith("s"):
        return ()
    forms = [word[:-1]]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.endswith("es"):
        forms.append(word[:-2])
    return tuple(forms)


@lru_cache(maxsize=16384)
def _named_category(name: str, comment: str | None) -> str | None:
    wanted = load_vocabulary().dictionary_categories
    words = name_key(name)
    readings = [read_name_tokens(words)]
    # cities, nationalities: a list is named by its items' plural. Only the -ies one: the
    # names read without their s (provinces) already, and more forms turn lists of things
    # into lists of an attribute.
    readings += [read_name_tokens((*words[:-1], form))
                 for form in (singular_forms(words[-1]) if words else ())
                 if form.endswith("y") and words[-1].endswith("ies")]
    if comment:
        readings.append(read_comment(comment))
    # (A name for several kinds of data at once, vcard or gedcom, lists none of them.)
    found = [(e.score, e.category) for reading in readings if not reading.composite
             for e in reading.supports if e.category in wanted and e.score >= THRESHOLD]
    return max(found)[1] if found else None


@lru_cache(maxsize=16384)
def _names_a_secret(name: str) -> bool:
    # Passwords are always someone's; tokens and codes may be a job's or an invitation's.
    return not load_vocabulary().password_tables.isdisjoint(name_key(name))


def attribute_named(name: str) -> str | None:
    """The attribute a list so named would list (`country` -> location.coarse), or None."""
    return _named_category(name, None)


def dictionary_category(table: Table) -> str | None:
    """The attribute a table is the dictionary of, by its name or comment (callers check that
    its rows are about no one). A table that also holds readings of other personal categories
    is a record, not a list of values (a location table with address lines and coordinates:
    where persons are, keyed from their rows)."""
    category = _named_category(table.name, table.comment or None)
    if category is None:
        return None
    listed = load_vocabulary().dictionary_categories
    for column in table.columns.values():
        # (A list may give each value's other coded attributes: a countries table its
        # nationality.)
        if column.categories and not listed.issuperset(column.categories):
            return None
    return category


def holds_no_one(table: Table) -> bool:
    """Whether nothing in a table (already classified) points at a person: no column with a
    category that does not need one, and no key to a session or a login of someone
    (`session_id`: a validation token of a person's session is that person's)."""
    vocab = load_vocabulary()
    if _names_a_secret(table.name):
        # A table named for the secret itself (Person.Password, user_credentials) keeps
        # someone's, whatever key it is stored under.
        return False
    for column in table.columns.values():
        if set(column.categories) - vocab.needs_a_person or column.linked_to:
            return False
        words = name_key(column.name)
        if len(words) >= 2 and words[-1] in vocab.key_heads and words[-2] in vocab.session_words:
            return False
    return True
