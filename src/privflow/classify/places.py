"""Place tables: is a table of locations an organisation's own (its offices, branches, sites)
or the places of persons? A table named for places is about things unless a table about
people keys its rows to it (a person's `location_id`): an office's phone, fax and address are
nobody's contact data."""

from __future__ import annotations

from dataclasses import replace

from privflow.classify.signals.table import TableContext, head_words
from privflow.classify.vocabulary import load_vocabulary
from privflow.schema import Schema, Table


def _head(table: Table) -> str | None:
    words = head_words(table.name)
    return words[-1] if words else None


def _key_names(word: str) -> set[str]:
    singular = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return {f"{w}{sep}{suffix}" for w in (word, singular) for sep in ("_", "")
            for suffix in ("id", "code", "no")}


def _people_keys(schema: Schema, contexts: dict[str, TableContext]
                 ) -> tuple[set[str], set[str]]:
    """Column names and foreign-key targets of the tables about people."""
    names: set[str] = set()
    targets: set[str] = set()
    for other in schema.tables.values():
        if contexts[other.id].about_people:
            for column in other.columns.values():
                names.add(column.name.lower())
                if column.references:
                    targets.add(column.references)
    return names, targets


def place_contexts(schema: Schema, contexts: dict[str, TableContext]) -> None:
    """Turn neutral tables named for places that no person is keyed to into thing tables."""
    words = load_vocabulary().place_tables
    people: tuple[set[str], set[str]] | None = None  # computed once, when a place table shows
    for table in schema.tables.values():
        context = contexts[table.id]
        if context.kind != "neutral":
            continue
        head = _head(table)
        if head not in words:
            continue
        if people is None:
            people = _people_keys(schema, contexts)
        names, targets = people
        keys = _key_names(head) | _key_names(table.name.lower())
        if table.id in targets or not names.isdisjoint(keys):
            continue  # a person's row points at it: a person's place
        contexts[table.id] = replace(context, kind="thing", word=f"{head} (no person keyed to it)")
