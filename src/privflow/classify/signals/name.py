"""Column-name signal: split the identifier, find vocabulary phrases, let the head word decide.

`receiver_phone` is a phone (head `phone`, person modifier `receiver`); `email_verified` is a
flag about an e-mail (head `verified`), `store_phone` a store's phone, `phone_number` a phone
(`number` is a generic head that keeps the term's meaning).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from privflow.classify.evidence import Evidence
from privflow.classify.vocabulary import (
    Term,
    Vocabulary,
    identifier_words,
    load_vocabulary,
)

# A term followed by a non-generic, non-attribute word is a modifier, not the head
# (`phone_area`): it keeps only this share of its weight.
NOT_HEAD = 0.4
# Unknown words after a term up to this long are tags, not heads (read_tokens).
UNKNOWN_TAG = 3


@dataclass(eq=False)  # memoised and shared: compared and hashed by identity
class Reading:
    """What a name or a comment says, before table context is applied."""

    supports: list[Evidence] = field(default_factory=list)
    factors: list[Evidence] = field(default_factory=list)
    # Words that rule a category out whichever signal names it (notify_url: no address).
    vetoes: list[Evidence] = field(default_factory=list)
    person_modifier: str | None = None
    thing_modifier: str | None = None
    state: str | None = None
    state_label: str | None = None
    neutral_head: str | None = None  # a comment head naming something else (注册时间)
    enumeration: bool = False  # a comment listing coded values (0->未知；1->男)
    composite: bool = False  # names several kinds of data at once (demographics)
    attribute_only: str | None = None  # a name that is only an attribute word (status, type)
    key_word: str | None = None  # dept_id, tag_ids: a key to another table, not a value
    person_word: bool = False  # a person's word in the name (bank_user_name): whose it is
    leading_key: str | None = None  # id_session: a key, even of a key-exempt category
    range_word: str | None = None  # min_salary, max_age: a bound of a range, not a value
    typed_head: str | None = None  # total_products: a head whose meaning its type decides


def _match_phrases(tokens: list[str], index: dict[tuple[str, ...], Term], longest: int
                   ) -> list[tuple[int, int, Term]]:
    """Longest non-overlapping phrase matches, anchored from the right: the head word's phrase
    wins (`login_user_name` is a user name, not a `login user` qualifying `name`)."""
    matches = []
    end = len(tokens)
    while end > 0:
        for start in range(max(0, end - longest), end):
            term = index.get(tuple(tokens[start:end]))
            if term is not None:
                matches.append((start, end, term))
                end = start
                break
        else:
            end -= 1
    matches.reverse()
    return matches


def _nearest_modifier(tokens: list[str], vocab: Vocabulary) -> tuple[str | None, str | None]:
    """(person modifier, thing modifier): the modifier nearest the head decides
    (`member_level_name` is a level's name, `store_member_name` a member's)."""
    for end in range(len(tokens), 0, -1):
        for size in (2, 1):
            phrase = tuple(tokens[max(0, end - size):end])
            if len(phrase) < size:
                continue
            if size == 1 and phrase[0].endswith("s") and len(phrase[0]) > 3 and (
                    phrase not in vocab.person_modifiers and phrase not in vocab.thing_modifiers):
                phrase = (phrase[0][:-1],)  # customers_name, products_price
            if phrase in vocab.person_modifiers:
                return " ".join(phrase), None
            if phrase in vocab.thing_modifiers:
                return None, " ".join(phrase)
    return None, None


def read_tokens(tokens: list[str], signal: str, vocabulary: Vocabulary | None = None) -> Reading:
    """Read a token sequence (a column name, an English comment, a JSON key)."""
    vocab = vocabulary or load_vocabulary()
    reading = Reading()
    # num_phones, count_emails: a leading counting word before a plural counts the things.
    counted = len(tokens) > 1 and tokens[0] in vocab.count_prefixes and tokens[-1] != (
        _singular(tokens[-1], vocab.known_words))
    tokens = [_singular(t, vocab.known_words) for t in tokens]
    if len(tokens) > 2 and not vocab.particles.isdisjoint(tokens[1:-1]):
        # data_de_nascimento, nom_d_usage: particles inside a name join its words.
        tokens = [tokens[0], *(t for t in tokens[1:-1] if t not in vocab.particles), tokens[-1]]
    if not vocab.abbreviations.keys().isdisjoint(tokens):
        # usr_nm -> user name, birth_dt -> birth date (data/vocabulary.yaml abbreviations).
        tokens = [w for t in tokens for w in vocab.abbreviations.get(t, (t,))]
    if len(tokens) > 1 and tokens[0] in vocab.prefix_tokens and tokens[1:]:
        tokens = tokens[1:]
    for token in tokens:
        state = vocab.state_markers.get(token)
        if state:
            reading.state, reading.state_label = state, token
    skip = vocab.generic_heads | set(vocab.state_markers)
    head = len(tokens) - 1
    while head > 0 and (tokens[head] in skip or tokens[head].isdigit()):
        head -= 1
    if any(t in vocab.attribute_heads for t in tokens) and all(
            t in vocab.attribute_heads or t.isdigit() for t in tokens):
        reading.attribute_only = "_".join(tokens)
    for size in range(min(len(tokens), 4), 0, -1):
        bundle = vocab.bundles.get(tuple(tokens[len(tokens) - size:]))
        if bundle:
            reading.composite = True
            label = "_".join(tokens[len(tokens) - size:])
            for category in bundle:
                reading.supports.append(Evidence(signal, label, category, 0.85,
                                                 why="names several kinds of data",
                                                 strength="personal"))
            return reading
    matches = _match_phrases(tokens, vocab.name_terms, vocab.max_phrase)
    head_start = 0
    for start, end, term in matches:
        label = " ".join(tokens[start:end])
        if start > 0 and tokens[start - 1] in vocab.key_heads and end == head + 1 \
                and term.category not in vocab.document_ids:
            # gas_id_organization, x_id_customer: a key written key-first in the middle of
            # a name (a table's tag before it) holds the key, not the value it names.
            reading.key_word = reading.leading_key = "_".join(tokens[start - 1:end])
            continue
        # A short word privflow does not know after the term (uon1, srv, cli) is a schema's
        # own tag on the column, not a head that makes the term a qualifier.
        trailing = [t for t in tokens[end:head + 1] if t not in skip and not t.isdigit()
                    and not (len(t) <= UNKNOWN_TAG and t not in vocab.known_words
                             and t.isalpha())]
        post = [t for t in trailing if t in vocab.post_modifiers]
        if post and len(post) == len(trailing):
            # nome_cliente, telefone_celular, endereco_entrega: the qualifier follows the noun.
            for word in post:
                if (word,) in vocab.person_modifiers and reading.person_modifier is None:
                    reading.person_modifier = word
            trailing = []
        elif trailing and start == 0 and tuple(tokens[:end]) in vocab.head_initial \
                and tuple(trailing) in vocab.person_modifiers:
            # nombre_jefe_hogar: a head-initial language's person phrase after its term says
            # whose it is, as a single post-modifier does (nome_cliente).
            reading.person_modifier = " ".join(trailing)
            trailing = []
        elif trailing and start == 0 and tokens[:end] and tuple(tokens[:end]) in \
                vocab.head_initial and not any((t,) in vocab.thing_modifiers for t in trailing):
            # doenca_caxumba, alergia_alimento: a head-initial language's noun comes first and
            # what follows says which (a thing word after it still makes it the thing's).
            trailing = []
        if trailing and term.category in vocab.coded_key_categories and trailing[-1] in \
                vocab.key_heads and all(t in vocab.key_heads or t in vocab.coded_attribute_heads
                                        for t in trailing):
            # gender_id, race_concept_id, ethnic_type_id: a key to the coded value is that
            # value.
            trailing = []
        if trailing and term.category in vocab.document_ids and all(
                t in vocab.key_heads for t in trailing):
            # drivers_license_id, passport_id: a document's id is its number.
            trailing = []
        if not trailing:
            reading.supports.append(Evidence(signal, label.replace(" ", "_"), term.category,
                                             term.weight, why=f"{term.strength} term",
                                             strength=term.strength))
            head_start = start
            continue
        attribute = next((t for t in trailing if t in vocab.attribute_heads), None)
        if attribute in vocab.coded_attribute_heads and \
                term.category in vocab.types["enumerable"] and len(trailing) == 1:
            # disability_status, marital_type: the status is the value itself.
            reading.supports.append(Evidence(signal, f"{label.replace(' ', '_')}_{attribute}",
                                             term.category, term.weight,
                                             why=f"{term.strength} term, coded",
                                             strength=term.strength))
            head_start = start
            continue
        if attribute is not None:
            reading.factors.append(Evidence(signal, f"{label.replace(' ', '_')}_{attribute}",
                                            term.category, 0.0, "factor",
                                            why=f"'{attribute}' makes it an attribute"))
            continue
        reading.supports.append(Evidence(signal, label.replace(" ", "_"), term.category,
                                         term.weight * NOT_HEAD,
                                         why=f"{term.strength} term, not the head word",
                                         strength=term.strength))
    if counted and reading.supports:
        reading.factors += [replace(e, score=0.0, kind="factor",
                                    why=f"'{tokens[0]}' counts them")
                            for e in reading.supports]
        reading.supports = []
    if len(tokens) > 1 and tokens[0] in vocab.typed_heads and vocab.typed_head_measures.isdisjoint(
            tokens[1:]):
        reading.typed_head = tokens[0]
    modifiers = tokens[:head_start]
    reading.range_word = next((t for t in modifiers if t in vocab.range_words), None)
    post_person = reading.person_modifier
    reading.person_modifier, reading.thing_modifier = _nearest_modifier(modifiers, vocab)
    reading.person_modifier = reading.person_modifier or post_person
    if len(tokens) > 1 and tokens[-1] in vocab.key_heads and not any(
            end == len(tokens) for _, end, _ in matches):
        reading.key_word = "_".join(tokens)
    elif len(tokens) > 1 and tokens[0] in vocab.key_heads and not any(
            start == 0 for start, _, _ in matches):  # id_card is a term, not a key
        # id_session, id_customer_session: a key written key-first (PrestaShop, SMF).
        reading.key_word = reading.leading_key = "_".join(tokens)
    words = set(tokens)
    reading.person_word = any((t,) in vocab.person_modifiers for t in tokens)
    if reading.person_modifier in words:
        # bank_user_name: a person word nearer the head than the veto word says whose it is.
        words = set(tokens[tokens.index(reading.person_modifier):])
    for category, vetoes in vocab.name_vetoes.items():
        veto = vetoes & words
        if veto and not any(e.category == category and e.label in veto
                            for e in reading.supports):
            word = sorted(veto)[0]
            reading.vetoes.append(Evidence(signal, "_".join(tokens), category, 0.0, "factor",
                                           why=f"'{word}' says it is not {category}"))
    return reading


def _singular(token: str, known: frozenset[str]) -> str:
    if token in known or len(token) < 4 or not token.endswith("s"):
        return token
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if token.endswith(cut) and token[: -len(cut)] + add in known:
            return token[: -len(cut)] + add
    return token


@lru_cache(maxsize=131072)
def name_key(name: str) -> tuple[str, ...]:
    """A column name as the words that decide what it means: a trailing counter (phone_2,
    addr3) does not change it. Memo key of the name reading."""
    tokens = identifier_words(name).glued
    end = len(tokens)
    while end > 1 and tokens[end - 1].isdigit():
        end -= 1
    return tokens if end == len(tokens) else tokens[:end]


def read_name(name: str) -> Reading:
    """The reading of a column name; memoised (large schemas repeat names). Read-only."""
    return read_name_tokens(name_key(name))


@lru_cache(maxsize=65536)
def read_name_tokens(tokens: tuple[str, ...]) -> Reading:
    if any(_CJK.search(t) for t in tokens):
        # A Chinese column name (手机号, 收货人姓名) reads like a comment.
        from privflow.classify.signals.comment import read_comment

        reading = read_comment("".join(tokens))
        return Reading(
            supports=[replace(e, signal="name") for e in reading.supports],
            factors=[replace(e, signal="name") for e in reading.factors],
            person_modifier=reading.person_modifier, thing_modifier=reading.thing_modifier,
            state=reading.state, state_label=reading.state_label,
            neutral_head=reading.neutral_head, enumeration=False,
            composite=reading.composite)
    return read_tokens(list(tokens), "name")


_CJK = re.compile(r"[\u4e00-\u9fff]")
