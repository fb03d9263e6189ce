"""Table context: is the table about people (members, users, patients), their dealings (orders,
payments), their events (logs), or about things (products, configuration)?

The head word of the table name decides, so that `ums_member_tag` is about tags while
`ums_member` is about members; modifiers before a place word decide whose place it is
(`company_address` is a thing's, `member_receive_address` a person's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from privflow.classify.vocabulary import (
    fold_han,
    glued_edges,
    identifier_words,
    load_vocabulary,
    split_identifier,
)
from privflow.schema import Table

# Words a table name ends with that say nothing about what it holds (ums_member_statistics_info).
FILLER = frozenset({
    "info", "infos", "information", "detail", "details", "relation", "relations", "rel", "map",
    "mapping", "ext", "extend", "extra", "data", "list", "tbl", "tb", "t", "new", "old", "bak",
    "backup", "copy", "tmp", "temp", "main", "base", "basic", "all", "dim", "dwd", "ods", "dws",
    "ads", "fact", "f", "d", "v", "vw", "view", "p", "statistics", "stat", "stats", "summary",
    "daily", "monthly", "snapshot", "apply", "item", "items", "line", "lines", "change", "operate",
    "operation",
})
_PLACE = frozenset({"address", "addresses", "地址"})
# The word of a people table told by its columns, not its name (classify/run.py).
BY_COLUMNS = "its columns"

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # Han, kana, Hangul
_ZH_TABLE_SUFFIX = re.compile(r"(表|信息表|信息|数据表|记录表)$")


@dataclass(frozen=True)
class TableContext:
    kind: str  # people | personal | transaction | log | thing | neutral
    # The word that decided; shown by `explain`, left out of equality so that every table of
    # one kind shares the classifier's memo (the evidence says the kind, not the word).
    word: str | None = field(compare=False)
    of: str | None = None  # for log/personal tables: the kind of what it is about
    minors: bool = False
    # Categories the table is about by its very name (a `messages` table: communication).
    topics: frozenset[str] = frozenset()

    def __hash__(self) -> int:
        # Hashed for every memo lookup of the hot loop: computed once, not field by field.
        try:
            return self._hash  # type: ignore[has-type]
        except AttributeError:
            value = hash((self.kind, self.of, self.minors, self.topics))
            object.__setattr__(self, "_hash", value)
            return value

    @property
    def about_people(self) -> bool:
        return self.kind in ("people", "personal") or self.of in ("people", "personal")

    def kind_label(self) -> str:
        return self.kind if not self.of or self.of == self.kind else f"{self.kind} of {self.of}"

    def label(self) -> str:
        text = self.kind_label()
        return f"{text} ({self.word})" if self.word else text


_KINDS = ("people", "transaction", "log", "thing")
# The kinds a glued compound is read by its end (a log's or a thing's words end too many
# English compounds: MIMIC's inputevents are a patient's records, not a log).
_GLUED_KINDS = ("people", "transaction")
# A glued word this long is searched for a table word of at least GLUED_TAIL letters at its end.
GLUED_WORD = 8
GLUED_TAIL = 5


@lru_cache(maxsize=65536)
def kind_of_word(word: str) -> str | None:
    """The kind of table a word of a table name makes (people, transaction, log, thing)."""
    words = load_vocabulary().table_words
    singular = word[:-1] if word.endswith("s") and len(word) > 3 else word
    for kind in _KINDS:
        if word in words[kind] or singular in words[kind]:
            return kind
    if len(word) >= GLUED_WORD and word.isalpha():
        # sepaslastbuchung, aueberweisung: a compound of a Germanic language ends with its
        # head noun (buchung, ueberweisung), whatever the words before it.
        for kind, tails in _glued_tails():
            if glued_edges(word, tails, 1, starts=False):
                return kind
    return None


@cache
def _glued_tails() -> tuple[tuple[str, tuple[str, ...]], ...]:
    words = load_vocabulary().table_words
    return tuple((kind, tuple(sorted((w for w in words[kind] if len(w) >= GLUED_TAIL
                                      and w.isascii() and w.isalpha()), key=len, reverse=True)))
                 for kind in _GLUED_KINDS)


def _decide(words: list[str]) -> TableContext | None:
    """Scan from the head word back to the first decisive word."""
    found: tuple[str, str] | None = None
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if index > 0 and (word in ("account", "accounts") and words[index - 1] in
                          load_vocabulary().system_account_words or word in ("client", "clients")
                          and words[index - 1] in load_vocabulary().system_client_words):
            # mail_account, oauth_clients: a system's account or client, not a person
            return TableContext("thing", f"{words[index - 1]} {word}")
        if index > 0 and word in load_vocabulary().owned_table_heads and (
                kind_of_word(words[index - 1]) == "thing"
                or words[index - 1] in load_vocabulary().owned_by_things):
            # device_profile, tenant_profile: a thing's profile, not a person's
            return TableContext("thing", f"{words[index - 1]} {word}")
        if word in _PLACE:
            before = [kind_of_word(w) for w in words[:index]]
            if "thing" in before and "people" not in before:
                return TableContext("thing", word)
            return TableContext("personal", word)
        kind = kind_of_word(word)
        if kind is None or (word in FILLER and kind != "people"):
            continue
        if found is None:
            found = (kind, word)
            if kind in ("people", "thing"):
                return TableContext(kind, word)
            continue
        # A log or transaction table: what is it a log of?
        first_kind, first_word = found
        if first_kind == "log":
            return TableContext("log", first_word, of=kind)
        return TableContext(first_kind, first_word, of=kind)
    if found is not None:
        return TableContext(found[0], found[1], of=found[0])
    return None


@cache
def _chinese_table_words() -> tuple[str, ...]:
    words = load_vocabulary().table_words
    return tuple(sorted({w for kind in words.values() for w in kind if not w.isascii()},
                        key=len, reverse=True))


@lru_cache(maxsize=16384)
def _comment_words(comment: str) -> list[str]:
    """Known table words of a Chinese table comment, in order of appearance."""
    vocabulary = _chinese_table_words()
    text = _ZH_TABLE_SUFFIX.sub("", comment.strip())
    if not _CJK.search(text):
        return []
    out: list[tuple[int, str]] = []
    for word in vocabulary:
        start = text.find(word)
        while start >= 0:
            if not any(s <= start < s + len(w) for s, w in out):
                out.append((start, word))
            start = text.find(word, start + 1)
    return [w for _, w in sorted(out)]


_NUMBERED = re.compile(r"_\d+$")


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """A table name's words (split_identifier), read once for the several readings of a
    table that need them (its head, its person word, its places)."""
    return identifier_words(name).known


@lru_cache(maxsize=65536)
def head_words(name: str) -> tuple[str, ...]:
    """A table name's words without filler (tbl_, _info, _list ...), a closing mark of
    letters and digits (md5, v2) nor a closing tag of the word before it (person_per,
    user_usr, pledge_plg): its last is the head."""
    words = tuple(w for w in name_words(name) if w not in FILLER)
    while len(words) > 1 and (not words[-1].isdigit() and not words[-1].isalpha()
                              or words[-1] in load_vocabulary().table_key_marks):
        # auth_user_md5, users_v2: a format's or a version's mark; person_uuid: the
        # persons keyed by their uuid
        words = words[:-1]
    if len(words) > 1 and is_tag_of(words[-1], words[-2]):
        return words[:-1]
    return words


# A table's tag is a few letters of its word (per, usr, fam); a longer one is a word.
TAG_LETTERS = 3


def is_tag_of(tag: str, word: str) -> bool:
    """Whether `tag` is a short abbreviation of `word`: its letters, the first one first, in
    order (usr of user, fam of family, plg of pledge), and shorter than the word."""
    if not tag.isalpha() or len(tag) > TAG_LETTERS or len(tag) >= len(word) or tag[0] != word[0]:
        return False
    rest = iter(word)
    return all(letter in rest for letter in tag)


def table_context(table: Table) -> TableContext:
    # A numbered table (order_07, a shard; t_19800) is read as its stem: one memo entry.
    return _table_context(_NUMBERED.sub("", table.name), table.comment or None)


@lru_cache(maxsize=16384)
def _comment_facts(comment: str) -> tuple[TableContext | None, bool, frozenset[str]]:
    """What a table comment says: a context, whether it is about children, its topics."""
    comment = fold_han(comment)
    vocabulary = load_vocabulary()
    minors_words = vocabulary.table_words["minors"]
    comment_words = _comment_words(comment)
    minors = any(w in minors_words for w in comment_words) or any(
        w in comment for w in minors_words if not w.isascii())
    topics = frozenset(
        category for category, (tables, _) in vocabulary.table_column_terms.items()
        if any(w in comment for w in tables if not w.isascii()))
    return _decide(comment_words), minors, topics


@lru_cache(maxsize=65536)
def _table_context(name: str, comment: str | None) -> TableContext:
    vocabulary = load_vocabulary()
    words = split_identifier(name)
    minors = any(w in vocabulary.table_words["minors"] for w in words)
    context = _decide(words)
    if _CJK.search(name):
        # A Chinese table name (会员信息) reads like a table comment.
        from_name, name_minors, _ = _comment_facts(name)
        context = context or from_name
        minors = minors or name_minors
    comment_topics: frozenset[str] = frozenset()
    if comment:
        from_comment, comment_minors, comment_topics = _comment_facts(comment)
        minors = minors or comment_minors
        if (context is None or context.kind == "log" and context.of == "log") \
                and from_comment is not None:
            context = from_comment
    if context is None:
        context = TableContext("neutral", None)
    # The head word names the topic (im_message, chat_record), not a module prefix (sms_coupon).
    heads = set(words[-1:]) | ({words[-2]} if len(words) > 1 and (
        words[-1] in FILLER or words[-1] in vocabulary.topic_trailers
        or kind_of_word(words[-1]) == "log") else set())
    # Two-word table topics (search_queries): the last two words as one phrase.
    heads |= {" ".join(words[-2:])} if len(words) > 1 else set()
    named = frozenset(category for category, (tables, _) in
                      vocabulary.table_column_terms.items() if tables & heads)
    if context.kind in ("thing", "neutral") and any(
            not vocabulary.topic_rules[c].keeps_context for c in named):
        # product_views, goods_footprint: a history of what people did with things.
        context = TableContext("log", " ".join(words[-2:]), of="people")
    topics = comment_topics | named | frozenset(
        category for category, rule in vocabulary.topic_rules.items()
        if context.kind in rule.kinds)
    if (minors and context.about_people) or topics:
        context = TableContext(context.kind, context.word, context.of,
                               minors=minors and context.about_people, topics=topics)
    return context
