"""A table's own tag on its column names, taken off before the names are read.

One place for it: the classifier reads `ADM_PAT_ID` of `admission` as `pat_id`, and so do
the person-key resolver, the subject of a table's facts and lineage's own-column reading.
"""

from __future__ import annotations

from privflow.classify.signals.name import name_key
from privflow.classify.vocabulary import load_vocabulary
from privflow.schema import Table

# A table's own tag on its column names (galette_adherents: nom_adh, tel_adh, email_adh;
# galette_logs: ip_log, date_log) is taken off before the names are read.
AFFIX_SHARE = 0.5
AFFIX_MIN_COLUMNS = 3
# A tag this short may be the table name's initials rather than the start of one of its words.
ABBREVIATION_LETTERS = 4


def table_affix(table: Table) -> tuple[int, str] | None:
    """(position 0 or -1, word) of a tag most column names of the table carry, when the word
    is the start of a word of the table's name and says nothing itself (not a person's or a
    thing's modifier: `store_phone` of `store` keeps `store`)."""
    if len(table.columns) < AFFIX_MIN_COLUMNS:
        return None
    table_words = [w for w in name_key(table.name) if len(w) >= 2 and w.isalpha()]
    if not table_words:
        return None
    names = [name_key(c.name) for c in table.columns.values()]
    vocab = load_vocabulary()
    for position in (-1, 0):
        counts: dict[str, int] = {}
        for words in names:
            if len(words) > 1:
                counts[words[position]] = counts.get(words[position], 0) + 1
        if not counts:
            return None
        word, count = max(counts.items(), key=lambda item: (item[1], item[0]))
        # A one-letter tag (d_name, d_phn of `donor_data`) must be the table's initial.
        if len(word) == 1 and word != table_words[0][0]:
            continue
        if count < max(AFFIX_MIN_COLUMNS, AFFIX_SHARE * len(names)) or word.isdigit() \
                or (word,) in vocab.person_modifiers or (word,) in vocab.thing_modifiers:
            continue
        if any(t.startswith(word) for t in table_words):
            return position, word
        if position == 0 and _abbreviates(word, "".join(table_words)) \
                and word not in vocab.key_heads:
            # wl_user of `watchlist`, rc_actor of `recentchanges`: the table's initials
            return position, word
    return None


def _abbreviates(word: str, name: str) -> bool:
    """Whether a short word is the name's first letter and then some of its letters in
    order (wl: watchlist, rc: recentchanges, ug: usergroups)."""
    if not 2 <= len(word) <= ABBREVIATION_LETTERS or not word.isalpha() or word[0] != name[:1]:
        return False
    at = 1
    for letter in word[1:]:
        at = name.find(letter, at) + 1
        if at == 0:
            return False
    return True


def reading_name(name: str, affix: tuple[int, str] | None) -> str:
    """The column name as the classifier reads it: without the table's tag."""
    if affix is None:
        return name
    words = name_key(name)
    position, word = affix
    if len(words) < 2 or words[position] != word:
        return name
    pair = words[-2:] if position == -1 else words[:2]
    if pair in load_vocabulary().name_terms:
        return name  # the tag is part of a phrase here (access_token of `access`)
    return "_".join(words[:-1] if position == -1 else words[1:])
