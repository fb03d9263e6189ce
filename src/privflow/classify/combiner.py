"""The combiner: every signal's evidence for one column -> categories, confidence, state.

Supports of one category combine as independent witnesses (1 - prod(1 - s)); factors multiply
(table context, modifiers, type fit, values that contradict the name). A category is kept at
THRESHOLD. A scalar column keeps its best category; a composite one (JSON, XML, blob) keeps all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from privflow.classify.evidence import Evidence
from privflow.classify.signals.comment import read_comment
from privflow.classify.signals.name import Reading, name_key, read_name_tokens, read_tokens
from privflow.classify.signals.table import TableContext
from privflow.classify.signals.type import (
    is_composite,
    is_flag_width,
    type_factor,
    type_supports,
)
from privflow.classify.vocabulary import load_vocabulary, split_identifier, type_family

if TYPE_CHECKING:  # the values' signals and validators are imported when values are sampled
    from privflow.classify.signals.values import ValueReport

THRESHOLD = 0.5
COMMENT_BONUS = 0.03  # a comment says what a column means more reliably than its name
STRENGTH_ORDER = ("sure", "personal", "people", "entity", "weak")

# Table-context factors by the strength of the best term: (thing table, neutral table).
CONTEXT = {"sure": (0.45, 1.0), "personal": (0.2, 1.0), "people": (0.2, 0.5),
           "entity": (0.2, 0.5), "weak": (0.5, 0.8)}
THING_MODIFIER = {"sure": 0.3, "personal": 0.15, "people": 0.15, "entity": 0.15, "weak": 0.3}
# An entity-class term (image, pic) is a person's only in a table of persons themselves: a
# return request's or an order's pictures show goods, though the row is a person's.
NOT_ENTITY_TABLE = 0.5
NEUTRAL_COMMENT = 0.3
ENUMERATION = 0.2
KEY = 0.3
KEY_WHY = "a key to another table, not the value itself"
SURE_COMMENT = 0.95  # a sure term heading a comment scores 0.98
NEUTRAL_COMMENT_WHY = "the comment names something else"
# Points are a balance on a member, a transaction in an order or a ledger.
POINTS_IN_LEDGER = ("financial.property", "financial.transaction")
POINTS_WHY = "points in an order or a ledger"


@dataclass
class Outcome:
    categories: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)  # every candidate, kept or not
    confidence: float = 0.0
    state: str = "raw"
    evidence: list[Evidence] = field(default_factory=list)  # every piece, for `explain`
    kept_evidence: list[str] = field(default_factory=list)  # the output strings
    composite: bool = False


_RANK = {s: i for i, s in enumerate(STRENGTH_ORDER)}
@cache
def _typed_topic_set() -> frozenset[str]:
    """Topics that hold only for some column types (a log's `admin` as text is a login name);
    read when first needed, not when the module is imported (vocabulary.keep_compiled_in)."""
    return frozenset(c for c, rule in load_vocabulary().topic_rules.items() if rule.types)


def _strongest(supports: list[Evidence]) -> str:
    weakest = len(STRENGTH_ORDER) - 1
    return STRENGTH_ORDER[min((_RANK.get(e.strength or "weak", weakest) for e in supports),
                              default=weakest)]


def _sources(items: list[Evidence]) -> str:
    signals = {e.signal for e in items} & {"name", "comment"}
    return "both" if len(signals) == 2 else next(iter(signals), "")


def _context_factors(category: str, strength: str, money: bool, context: TableContext,
                     name: Reading, comment: Reading, sources: str = "both") -> list[Evidence]:
    """Table context and modifiers. `money`: the category comes from a money term, not from
    points moved into a ledger. A reading's thing modifier only speaks against what that
    reading says (`bank_name` with comment 开户行: the comment is not about a bank's name)."""
    return list(_context_factors_of(
        category, strength, money, context.kind, context.of, name.person_modifier,
        comment.person_modifier, name.thing_modifier, comment.thing_modifier, name.range_word,
        sources))


@lru_cache(maxsize=65536)
def _context_factors_of(category: str, strength: str, money: bool, kind: str, of: str | None,
                        name_person: str | None, comment_person: str | None,
                        name_thing: str | None, comment_thing: str | None,
                        range_word: str | None, sources: str) -> tuple[Evidence, ...]:
    """_context_factors from the few things it reads of the table and the two readings, so
    that it is worked out once for them all: a large schema has tens of thousands of
    (shape, table kind) pairs and a few hundred of these."""
    context = TableContext(kind, None, of)  # its kind and what it is of: nothing else is read
    person = name_person or comment_person
    thing = (comment_thing if sources in ("comment", "both") else None) or (
        name_thing if sources in ("name", "both") else None)
    if sources == "both" and strength == "sure" and name_thing is None:
        # pwdreset "Password reset request token": the name says it plainly; the comment's
        # `request` qualifies its own words only.
        thing = None
    out: list[Evidence] = []
    if category == "financial.transaction" and money and "transaction" in (
            context.kind, context.of):
        # In an order or a log of payments, a coupon's or a product's amount is still what
        # this person paid.
        thing = None
    if thing and strength == "sure" and category not in load_vocabulary().things_have_too:
        thing = None  # 第三方平台openid: the platform's modifier, still a person's openid
    if thing and context.kind == "people" and category in load_vocabulary().workplace_categories \
            and thing in load_vocabulary().workplace_modifiers:
        thing = None  # office_phone of a user: where the person is reached, still theirs
    if thing and category in load_vocabulary().act_categories \
            and thing in load_vocabulary().act_modifiers:
        thing = None  # operate_ip: where whoever operated was, not a thing's address
    if thing and context.about_people and thing in load_vocabulary().service_modifiers:
        thing = None  # oauth_token, api_key of a user: the user's at that service
    if range_word and not person and context.kind != "people" and (
            category in load_vocabulary().range_categories):
        out.append(Evidence("name", f"{range_word} (range)", category,
                            THING_MODIFIER[strength], "factor",
                            why="a bound of a range, not one person's value"))
        return tuple(out)
    if thing and not person:
        signal = "comment" if thing == comment_thing else "name"
        out.append(Evidence(signal, f"{thing} (thing)", category, THING_MODIFIER[strength],
                            "factor", why="the value belongs to a thing"))
        return tuple(out)
    if person:
        return tuple(out)
    thing_factor, neutral_factor = CONTEXT[strength]
    if strength == "sure" and category not in load_vocabulary().things_have_too:
        thing_factor = 1.0  # a 姓名 or an ID number is a person's wherever it is kept
    if context.kind == "thing" and thing_factor < 1.0:
        out.append(Evidence("table", context.kind_label(), category, thing_factor, "factor",
                            why="table about things"))
    elif context.kind == "neutral" or (
            strength == "people" and context.kind == "log" and context.of == "thing") or (
            strength == "people" and category in load_vocabulary().people_table_only
            and not (context.about_people and (
                context.kind != "transaction" or category in load_vocabulary().dealings_hold))):
        if neutral_factor < 1.0:
            out.append(Evidence("table", context.kind_label(), category, neutral_factor, "factor",
                                why="not known to be about people"))
    elif strength == "entity" and context.kind != "people":
        out.append(Evidence("table", context.kind_label(), category, NOT_ENTITY_TABLE, "factor",
                            why="needs a table of persons or a person word"))
    elif strength in ("people", "entity"):
        out.append(Evidence("table", context.kind_label(), category, 1.0, "factor",
                            why="table about people or their dealings"))
    return tuple(out)


# Memoised and shared: compared and hashed by identity, and read-only by convention (as
# Reading): a frozen dataclass's __init__ took ~6 us, ten times a slotted one's, and a large
# schema builds tens of thousands of shapes.
@dataclass(eq=False, slots=True)
class Prepared:
    """Everything about a column that does not depend on its table or its values: computed
    once per (name, type, comment) shape and shared by every column of that shape."""

    name: Reading
    comment: Reading
    column_type: str | None
    composite: bool
    by_category: dict[str, list[Evidence]]
    factors: list[Evidence]  # vetoes from the readings (email_verified)
    static: dict[str, list[Evidence]]  # per category: comment, name, enumeration, type factors
    strength: dict[str, str]  # per category: strongest class of its name/comment terms
    # The context-free part of each category's score, and its evidence strings (fast path).
    base: dict[str, float] = field(default_factory=dict)
    texts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    named: frozenset[str] = frozenset()
    state: str | None = None
    state_label: str | None = None
    # Categories that can reach THRESHOLD (context factors only lower a score), best first:
    # (category, base score, strength of a name/comment term or None).
    candidates: tuple[tuple[str, float, str | None], ...] = ()
    # Per category: which readings name it ("name", "comment" or "both").
    sources: dict[str, str] = field(default_factory=dict)
    # Categories a topic table gives this column (content in a messages table), and those it
    # gives as an item key (goods_id in a browsing history: no key discount).
    topic_hits: frozenset[str] = frozenset()
    topic_keys: frozenset[str] = frozenset()
    # Whether the table can matter at all: a shape with no candidate, no topic and no points
    # is the same empty outcome in every table (most columns of a large schema).
    needs_context: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.needs_context = bool(
            self.candidates or self.topic_hits or POINTS_IN_LEDGER[0] in self.by_category)


def _candidates(base: dict[str, float], named: frozenset[str], strength: dict[str, str]
                ) -> tuple[tuple[str, float, str | None], ...]:
    found = [(c, b, strength[c] if c in named else None)
             for c, b in base.items() if b >= THRESHOLD]
    if len(found) < 2:  # most shapes: nothing to sort
        return tuple(found)
    return tuple(sorted(found, key=lambda t: -t[1]))


def _static_factors(category: str, items: list[Evidence], prepared_name: Reading,
                    comment: Reading, column_type: str | None) -> list[Evidence]:
    types = load_vocabulary().types
    local = []
    stored = comment.neutral_head in load_vocabulary().comment_storage_heads and any(
        e.signal == "comment" for e in items)  # 照片存储地址: where the photo is kept
    if comment.neutral_head and not stored and not any(
            e.signal == "comment" and e.score >= 0.5 for e in items):
        local.append(Evidence("comment", comment.neutral_head, category, NEUTRAL_COMMENT,
                              "factor", why=NEUTRAL_COMMENT_WHY))
    if prepared_name.attribute_only and not any(e.signal == "name" for e in items):
        local.append(Evidence("name", prepared_name.attribute_only, category, NEUTRAL_COMMENT,
                              "factor", why="the name says it is an attribute, not the value"))
    exempt = load_vocabulary().key_exempt
    # A comment that names the value as its head (IDCARDNO 证件号码) outranks a key-first
    # name's shape (`id_cardno` read as a key): the comment says what the column holds. (A
    # trailing key, tag_ids 用户标签编号数组, is a key whatever the comment's head.)
    said = bool(prepared_name.leading_key) and any(
        e.signal == "comment" and e.strength == "sure" and e.score >= SURE_COMMENT
        for e in items)
    if prepared_name.key_word and not said and (category not in exempt or (
            prepared_name.leading_key and category not in
            load_vocabulary().coded_key_categories)):
        local.append(Evidence("name", prepared_name.key_word, category, KEY, "factor",
                              why=KEY_WHY))
    if comment.enumeration and category not in types["enumerable"]:
        local.append(Evidence("comment", "coded values", category, ENUMERATION, "factor",
                              why="a coded list cannot hold this"))
    fit = type_factor(column_type, category)
    if fit is not None:
        local.append(fit)
    return local


def prepare(name_key: tuple[str, ...], column_type: str | None, comment: str | None) -> Prepared:
    """The shape of a column, for the fast path. Types only scale a few categories down, so the
    work on words is shared by every type (`phone varchar(20)`, `phone varchar(64)`) and a type
    that changes nothing returns the very same object (one memo entry for both)."""
    if column_type is None or type_supports(column_type):
        return prepare_full(name_key, column_type, comment)
    return typed_shape(prepare_full(name_key, None, comment), column_type)


def _typed_head_supports(name: Reading, column_type: str | None) -> tuple[Evidence, ...]:
    """total_products decimal: a money total (vocabulary typed_heads)."""
    if not name.typed_head or column_type is None:
        return ()
    rule = load_vocabulary().typed_heads[name.typed_head]
    family = type_family(column_type)
    if family not in rule["types"]:
        return ()
    return (Evidence("name", f"{name.typed_head}_", rule["category"], rule["score"],
                     why=f"a {family} {name.typed_head}", strength="people"),)


class _NoContext:
    """What `typed_shape(..., lazy=True)` gives for a shape that needs no table context once
    typed (a phone number's words in an int column): the empty outcome in every table."""

    needs_context = False
    topic_hits: frozenset[str] = frozenset()


NO_CONTEXT = _NoContext()


def typed_shape(words: Prepared, column_type: str | None, lazy: bool = False) -> Prepared:
    """A shape read without a type (prepare_full(..., None, ...)), given its (lower-case)
    type: everything a type changes depends on the readings, so one memo entry serves every
    column whose name and comment read alike. `lazy`: NO_CONTEXT instead of a shape whose
    type leaves it nothing to say in any table (no candidate, topic or points), without
    building that shape."""
    if column_type is None:
        return words
    if type_supports(column_type) or words.name.typed_head and _typed_head_supports(
            words.name, column_type):
        return _prepare_readings(words.name, words.comment, column_type,
                                 _type_topics(words.topic_hits, words.topic_keys, column_type),
                                 words)
    if not words.base:
        if words.topic_hits:
            return _typed_topics(words, column_type)
        return words  # nothing for a type to scale down
    # Most types fit every category a shape names: decided once per type family, whatever
    # the width (varchar(64), varchar(255)), before the per-type-string memo.
    if _fits(words, type_family(column_type)) and not is_flag_width(column_type):
        typed = words
    elif lazy and _typed_says_nothing(words, column_type):
        return NO_CONTEXT  # type: ignore[return-value]
    else:
        typed = _typed(words, column_type)
    if typed is words and words.topic_hits:
        return _typed_topics(words, column_type)
    return typed


@lru_cache(maxsize=131072)
def _fits(words: Prepared, family: str | None) -> bool:
    """Whether a type of this family changes nothing in the shape's scores."""
    if family is None:
        return True
    composite = family in load_vocabulary().types["composite"]
    if composite != words.composite:
        return False
    return composite or _misfits(family).isdisjoint(words.base)


@lru_cache(maxsize=1024)
def _misfits(family: str) -> frozenset[str]:
    """The categories whose fitting types (types.yaml fits) leave out this family."""
    return frozenset(c for c, families in load_vocabulary().types["fits"].items()
                     if families is not None and family not in families)


@lru_cache(maxsize=16384)
def _typed_topics(words: Prepared, column_type: str) -> Prepared:
    hits, keys = _type_topics(words.topic_hits, words.topic_keys, column_type)
    if hits == words.topic_hits and all(type_factor(column_type, c) is None for c in hits):
        return words
    # The type stays with the shape when it speaks against a topic's category (the date of a
    # message is no message: combine_prepared reads its misfit factor off column_type).
    return replace(words, column_type=column_type, topic_hits=hits, topic_keys=keys)


def _typed_says_nothing(words: Prepared, column_type: str) -> bool:
    """Whether _typed(words, column_type) would need no context: the same composite reading
    (else the shape is read again), no points, no topic hit left by the type, and no
    candidate left once its misfit factor (which only lowers a score) is applied."""
    if is_composite(column_type) != words.composite or POINTS_IN_LEDGER[0] in words.by_category:
        return False
    if words.topic_hits and _type_topics(words.topic_hits, words.topic_keys, column_type)[0]:
        return False
    for category, base, _ in words.candidates:
        factor = type_factor(column_type, category)
        if factor is None or base * factor.score >= THRESHOLD:
            return False
    return True


@lru_cache(maxsize=131072)
def _typed(words: Prepared, column_type: str) -> Prepared:
    misfits = {c: type_factor(column_type, c) for c in words.base}
    misfits = {c: f for c, f in misfits.items() if f is not None}
    composite = is_composite(column_type)
    if not misfits and composite == words.composite:
        return words
    if composite != words.composite:
        return _prepare_readings(words.name, words.comment, column_type,
                                 _type_topics(words.topic_hits, words.topic_keys, column_type))
    base = dict(words.base)
    texts = dict(words.texts)
    static = dict(words.static)
    for category, factor in misfits.items():
        base[category] *= factor.score
        texts[category] = (*texts[category], factor.text())
        static[category] = [*static.get(category, []), factor]
    return Prepared(words.name, words.comment, column_type, composite, words.by_category,
                    words.factors, static, words.strength, base, texts, words.named,
                    words.state, words.state_label,
                    _candidates(base, words.named, words.strength), words.sources,
                    *_type_topics(words.topic_hits, words.topic_keys, column_type))


@lru_cache(maxsize=65536)
def prepare_full(name_key: tuple[str, ...], column_type: str | None, comment: str | None
                 ) -> Prepared:
    """The shape of a column from its name, type and comment. Comments that read alike
    (生日密码, 积分密码: a password either way) share one reading, so the work is done once
    per pair of readings, type and topics."""
    return _prepare_readings(read_name_tokens(name_key), read_comment(comment), column_type,
                             _topic_hits(name_key, comment, column_type))


@lru_cache(maxsize=65536)
def _prepare_readings(name_reading: Reading, comment_reading: Reading, column_type: str | None,
                      topics: tuple[frozenset[str], frozenset[str]],
                      untyped: Prepared | None = None) -> Prepared:
    """The shape of these readings with this type. `untyped`: the same readings prepared
    without a type (typed_shape's words), whose categories the type's own supports leave
    alone are taken from it (see below) rather than read again."""
    typed = (*type_supports(column_type), *_typed_head_supports(name_reading, column_type))
    supports: list[Evidence] = [*name_reading.supports, *_comment_supports(comment_reading),
                                *typed]
    by_category: dict[str, list[Evidence]] = {}
    for e in supports:
        if e.category:
            by_category.setdefault(e.category, []).append(e)
    if untyped is not None and untyped.column_type is not None:
        untyped = None
    by_type = {e.category for e in typed}
    # A name's veto word yields to a comment whose sure term is its head (bank_user_name,
    # 银行开户名: the account holder's name, not the bank's).
    comment_sure = {e.category for e in comment_reading.supports if e.strength == "sure"} \
        if name_reading.person_word else set()  # dict_name 名字 stays a dictionary's
    vetoes = list(name_reading.factors) + list(comment_reading.factors) + [
        e for e in name_reading.vetoes if e.category in by_category
        and e.category not in comment_sure]
    # One pass per category for what the hot path reads of it (the shapes of a large schema
    # are prepared by the thousand).
    static: dict[str, list[Evidence]] = {}
    strength: dict[str, str] = {}
    base: dict[str, float] = {}
    texts: dict[str, tuple[str, ...]] = {}
    sources: dict[str, str] = {}
    named: list[str] = []
    weakest = len(STRENGTH_ORDER) - 1
    for category, items in by_category.items():
        if untyped is not None and category not in by_type and category in untyped.by_category:
            # Its evidence and vetoes are the untyped shape's; the type adds its fit factor
            # (type_factor: the only part of _static_factors that reads the type), last, so
            # the score is the untyped one times that factor, as _typed has it.
            fit = type_factor(column_type, category)
            static[category] = [*untyped.static[category], *((fit,) if fit else ())]
            strength[category] = untyped.strength[category]
            sources[category] = untyped.sources[category]
            if category in untyped.named:
                named.append(category)
            score = untyped.base[category]
            said = untyped.texts[category]
            if fit is not None:
                score *= fit.score
                if fit.text() not in said:
                    said = (*said, fit.text())
            base[category] = score
            texts[category] = said
            continue
        own = static[category] = _static_factors(category, items, name_reading,
                                                 comment_reading, column_type)
        # _strongest of the terms of the name or comment (or of a class), and _sources
        rank = weakest
        told = False
        score = 1.0
        signals: set[str] = set()
        for e in items:
            if e.signal in ("name", "comment"):
                signals.add(e.signal)
                told = True
                rank = min(rank, _RANK.get(e.strength or "weak", weakest))
            elif e.strength:
                told = True
                rank = min(rank, _RANK.get(e.strength, weakest))
            score *= 1.0 - e.score
        strength[category] = STRENGTH_ORDER[rank]
        sources[category] = "both" if len(signals) == 2 else next(iter(signals), "")
        if told:
            named.append(category)
        score = 1.0 - score
        local = [e for e in vetoes if e.category in (category, None)] + own
        for e in local:
            score *= e.score
        base[category] = score
        texts[category] = tuple(dict.fromkeys([e.text() for e in items + local]))
    for e in vetoes:
        if e.category and e.category not in base:
            base[e.category] = 0.0
            texts[e.category] = ()
    state = comment_reading.state or name_reading.state
    label = comment_reading.state_label if comment_reading.state else name_reading.state_label
    told_of = frozenset(named)
    topic_hits, topic_keys = topics
    return Prepared(name_reading, comment_reading, column_type,
                    is_composite(column_type) or name_reading.composite
                    or comment_reading.composite,
                    by_category, vetoes, static, strength, base, texts, told_of, state, label,
                    _candidates(base, told_of, strength), sources, topic_hits, topic_keys)


@lru_cache(maxsize=65536)
def _comment_supports(comment_reading: Reading) -> tuple[Evidence, ...]:
    """A comment's supports, each raised by COMMENT_BONUS (once per shared reading)."""
    return tuple(Evidence(e.signal, e.label, e.category, min(0.99, e.score + COMMENT_BONUS),
                          e.kind, e.why, e.strength) for e in comment_reading.supports)


def _topic_hits(name_key: tuple[str, ...], comment: str | None, column_type: str | None
                ) -> tuple[frozenset[str], frozenset[str]]:
    """The categories a topic table would give this column, and those of them it gets as the
    key of the item a history row is about (goods_id of a footprint)."""
    hits, keys = _untyped_topic_hits(name_key, comment)
    return _type_topics(hits, keys, column_type)


def _type_topics(hits: frozenset[str], keys: frozenset[str], column_type: str | None
                 ) -> tuple[frozenset[str], frozenset[str]]:
    """Topic hits without those the column's type rules out (an int `admin` holds no name)."""
    if column_type and hits & _typed_topic_set():
        rules = load_vocabulary().topic_rules
        family = type_family(column_type)
        misfits = {c for c in hits if rules[c].types and family not in rules[c].types}
        return hits - misfits, keys - misfits
    return hits, keys


_TOPIC_WORDS: dict[str, re.Pattern[str]] = {}


def _comment_topic_words(category: str, columns: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for a topic's Chinese column words (a substring test per word is slow)."""
    if category not in _TOPIC_WORDS:
        words = sorted((w for w in columns if not w.isascii()), key=len, reverse=True)
        _TOPIC_WORDS[category] = re.compile("|".join(map(re.escape, words))) if words \
            else re.compile(r"(?!)")
    return _TOPIC_WORDS[category]


@lru_cache(maxsize=65536)
def _untyped_topic_hits(name_key: tuple[str, ...], comment: str | None
                        ) -> tuple[frozenset[str], frozenset[str]]:
    # What the name says and what the comment says are read apart, once per name and once
    # per comment (a schema has far fewer of each than of their pairs), as bits per topic
    # in the order of table_column_terms: a topic is hit by either, and given as an item
    # key only by the name when neither hits it.
    by_name, as_key = _name_topic_bits(name_key)
    if by_name < 0:
        return _topic_sets(0, as_key) if as_key else _NO_TOPICS
    hit = by_name | _comment_topic_bits(comment)
    return _topic_sets(hit, as_key & ~hit)


_NO_TOPICS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


@lru_cache(maxsize=65536)
def _name_topic_bits(name_key: tuple[str, ...]) -> tuple[int, int]:
    """(topics the name hits, topics it would give as an item's key), a bit per topic;
    (-1, item keys) for a key written key-first (id_msg, id_customer_message: not the
    message; id_article of a like: the item's key)."""
    vocab = load_vocabulary()
    if len(name_key) > 1 and name_key[0] in vocab.key_heads:
        # ... but id_article of a thumbs-up is the item's key, as article_id is.
        as_key = 0
        for bit, category in enumerate(vocab.table_column_terms):
            rule = vocab.topic_rules[category]
            if rule.keys and len(name_key) == 2 and name_key[1] in rule.keys:
                as_key |= 1 << bit
        return -1, as_key
    head = name_key[-1:]  # the head word: `content`, not `subject_name`
    phrase = " ".join(name_key) if len(name_key) > 1 else None
    hit = as_key = 0
    for bit, (category, (_, columns)) in enumerate(vocab.table_column_terms.items()):
        rule = vocab.topic_rules[category]
        if rule.bare:
            named = len(name_key) == 1 and name_key[0] in columns
        else:
            # the head word, or the whole name as a phrase of the list (state_name)
            named = bool(columns.intersection(head)) or phrase is not None and phrase in columns
        if named:
            hit |= 1 << bit
        elif rule.keys and len(name_key) == 2 and name_key[1] in vocab.key_heads \
                and name_key[0] in rule.keys:
            as_key |= 1 << bit
    return hit, as_key


@lru_cache(maxsize=65536)
def _comment_topic_bits(comment: str | None) -> int:
    """The topics a column comment hits, a bit per topic: its main clause is a bare topic's
    word, or it holds one of a topic's Chinese column words."""
    vocab = load_vocabulary()
    main = _main_clause(comment)
    hit = 0
    for bit, (category, (_, columns)) in enumerate(vocab.table_column_terms.items()):
        if main in columns if vocab.topic_rules[category].bare else bool(comment) and bool(
                _comment_topic_words(category, columns).search(comment)):  # type: ignore[arg-type]
            hit |= 1 << bit
    return hit


@lru_cache(maxsize=4096)
def _topic_sets(hit: int, as_key: int) -> tuple[frozenset[str], frozenset[str]]:
    if not hit and not as_key:
        return _NO_TOPICS
    hits: set[str] = set()
    keys: set[str] = set()
    for bit, category in enumerate(load_vocabulary().table_column_terms):
        if hit >> bit & 1:
            hits.add(category)
        elif as_key >> bit & 1:
            hits.add(category)
            keys.add(category)
    return frozenset(hits), frozenset(keys)


_CLAUSE_END = re.compile(r"[:：(（,，;；。\s]")


def _main_clause(comment: str | None) -> str:
    return _CLAUSE_END.split(comment.strip(), maxsplit=1)[0].lower() if comment else ""


_EMPTY = Outcome()


def _fast(prepared: Prepared, context: TableContext) -> Outcome:
    """combine_prepared for a column without samples, from the precomputed base scores.
    Only categories that can still reach the threshold are scored."""
    candidates = prepared.candidates
    if not candidates:
        return _EMPTY
    scores: dict[str, float] = {}
    context_factors: dict[str, tuple[Evidence, ...]] = {}
    name, comment, sources = prepared.name, prepared.comment, prepared.sources
    for category, base, strength in candidates:
        if strength is not None:
            factors = _context_factors_of(
                category, strength, True, context.kind, context.of, name.person_modifier,
                comment.person_modifier, name.thing_modifier, comment.thing_modifier,
                name.range_word, sources[category])
            if factors:
                for e in factors:
                    base *= e.score
                context_factors[category] = factors
        if base >= THRESHOLD:
            scores[category] = base
    if not scores:
        return _EMPTY
    if len(scores) == 1:
        kept = list(scores)
    else:
        kept = sorted(scores, key=scores.__getitem__, reverse=True)
        if not prepared.composite:
            kept = kept[:1]
    texts = prepared.texts
    if len(kept) == 1 and not context_factors and not prepared.state_label:
        # One category, nothing from the table: its texts, already without repeats.
        strings = list(texts[kept[0]])
    else:
        strings = []
        for category in kept:
            strings.extend(texts[category])
            strings.extend(e.text() for e in context_factors.get(category, ()))
        if prepared.state and prepared.state_label:
            strings.append(f"state:{prepared.state_label}")
        strings = list(dict.fromkeys(strings))
    return Outcome(categories=kept, scores=scores, confidence=scores[kept[0]],
                   state=prepared.state or "raw", kept_evidence=strings,
                   composite=prepared.composite)


def combine(name: str, column_type: str | None, comment: str | None, context: TableContext,
            values: ValueReport | None = None) -> Outcome:
    key = name_key(name)
    prepared = prepare_full(key, column_type, comment) if values is not None else prepare(
        key, column_type, comment)
    return combine_prepared(prepared, context, values)


def combine_prepared(prepared: Prepared, context: TableContext,
                     values: ValueReport | None = None, full: bool = False,
                     sampled: bool = False) -> Outcome:
    """Categories for one column. `full` keeps every piece of evidence (for `explain`);
    `sampled`: as a column whose samples say nothing reads (the evidence in the order of its
    categories' readings, not of the kept categories)."""
    property_items = prepared.by_category.get(POINTS_IN_LEDGER[0])
    promoted = bool(property_items) and context.kind in ("transaction", "log") \
        and context.of != "people" and prepared.strength.get(POINTS_IN_LEDGER[0]) == "people"
    topics = prepared.topic_hits & context.topics
    if not full and not sampled and (values is None or not values.total) and not promoted \
            and not topics:
        return _fast(prepared, context)
    name_reading, comment_reading = prepared.name, prepared.comment
    outcome = Outcome(composite=prepared.composite)
    by_category = prepared.by_category
    static = prepared.static
    strength = prepared.strength
    if values is not None and values.total:
        by_category = {c: list(items) for c, items in by_category.items()}
        from privflow.classify.signals.values import embedded_supports, value_supports

        extra: list[Evidence] = list(value_supports(values))
        if values.documents:
            extra.extend(embedded_supports(values))
            outcome.composite = True
        if outcome.composite or values.json_keys:
            for key in values.json_keys:
                reading = read_tokens(split_identifier(key), "values")
                for e in reading.supports:
                    if e.score >= THRESHOLD:
                        extra.append(Evidence("values", f"key {e.label}", e.category,
                                              e.score * 0.9, why="key of the sampled JSON",
                                              strength=e.strength))
                outcome.composite = outcome.composite or bool(reading.supports)
        for e in extra:
            by_category.setdefault(e.category or "", []).append(e)
        static = {c: static.get(c) or _static_factors(c, items, name_reading, comment_reading,
                                                      prepared.column_type)
                  for c, items in by_category.items()}
        strength = {c: strength.get(c) or _strongest(
            [e for e in items if e.signal in ("name", "comment")]) for c, items in
            by_category.items()}

    rules = load_vocabulary().topic_rules
    for category in topics:
        # `content` of a messages table: the message one person sent another.
        items = [*by_category.get(category, []), Evidence(
            "table", f"topic {category}", category, 0.85,
            why="what this column holds in a table of that topic", strength="personal")]
        by_category = {**by_category, category: items}
        strength = {**strength, category: _strongest(items)}
        own = static.get(category) or _static_factors(
            category, items, name_reading, comment_reading, prepared.column_type)
        if category in prepared.topic_keys:
            # The key of the item a history row is about: the row's point, not a mere link,
            # and the comment naming that item (浏览商品ID) does not make it the item's.
            own = [e for e in own if e.why not in (KEY_WHY, NEUTRAL_COMMENT_WHY)
                   and not (e.signal == "type" and e.kind == "factor")]
        elif comment_reading.neutral_head in load_vocabulary().table_column_terms[category][1]:
            # 消息标题 in a table of messages: the comment names what the topic gives.
            own = [e for e in own if e.why != NEUTRAL_COMMENT_WHY]
        static = {**static, category: own}
        for replaced in rules[category].replaces:
            by_category[replaced] = []
    property_items = by_category.get(POINTS_IN_LEDGER[0])
    if property_items and context.kind in ("transaction", "log") and context.of != "people" \
            and strength.get(POINTS_IN_LEDGER[0]) == "people":
        # Points spent or earned in an order or a ledger are a transaction, not a balance.
        moved = list(by_category.get(POINTS_IN_LEDGER[1], [])) + [
            Evidence(e.signal, e.label, POINTS_IN_LEDGER[1], e.score, e.kind, POINTS_WHY,
                     e.strength) for e in property_items]
        by_category = {**by_category, POINTS_IN_LEDGER[1]: moved, POINTS_IN_LEDGER[0]: []}
        static = {**static, POINTS_IN_LEDGER[1]: _static_factors(
            POINTS_IN_LEDGER[1], moved, name_reading, comment_reading, prepared.column_type)}
        strength = {**strength, POINTS_IN_LEDGER[1]: _strongest(
            [e for e in moved if e.signal in ("name", "comment")])}

    if values is not None:
        from privflow.classify.signals.values import value_factor
    factors = prepared.factors
    for category, items in by_category.items():
        if not items:
            continue
        score = 1.0
        for e in items:
            score *= 1.0 - e.score
        score = 1.0 - score
        local = [e for e in factors if e.category in (category, None)]
        if category in strength and any(e.signal in ("name", "comment") or e.strength
                                        for e in items):
            money = any(e.why != POINTS_WHY for e in items)
            local += _context_factors(category, strength[category], money, context,
                                      name_reading, comment_reading, _sources(items))
        local += static.get(category, ())
        if values is not None:
            agreeing = len({e.signal for e in items} & {"name", "comment", "type"})
            contradiction = value_factor(values, category, agreeing)
            if contradiction is not None:
                local.append(contradiction)
        for e in local:
            score *= e.score
        outcome.scores[category] = score
        outcome.evidence.extend(items)
        outcome.evidence.extend(local)

    for e in factors:
        if e.category and e.category not in outcome.scores:
            # A vetoed reading (email_verified): shown by `explain`, never kept.
            outcome.scores[e.category] = 0.0
            outcome.evidence.append(e)
    kept = sorted((c for c, s in outcome.scores.items() if s >= THRESHOLD),
                  key=lambda c: -outcome.scores[c])
    if kept and not outcome.composite:
        kept = kept[:1]
    outcome.categories = kept
    if kept:
        outcome.confidence = max(outcome.scores[c] for c in kept)
        state = comment_reading.state or name_reading.state
        if state:
            outcome.state = state
        transformed = values.transformed_state() if values is not None else None
        if transformed and not state:
            outcome.state = transformed[0]
        strings: list[str] = []
        for e in outcome.evidence:
            if e.category in kept or e.category is None:
                text = e.text()
                if text not in strings:
                    strings.append(text)
        label = (comment_reading.state_label if comment_reading.state
                 else name_reading.state_label)
        if state and label:
            strings.append(f"state:{label}")
        elif transformed:
            strings.append(f"values:{transformed[1]}")
        outcome.kept_evidence = strings
    return outcome
