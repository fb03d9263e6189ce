"""The classifier's vocabulary (`data/vocabulary.yaml`, `data/types.yaml`) compiled once, and the
identifier splitter every name-based signal shares."""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import yaml

from privflow.classify.taxonomy import load_taxonomy
from privflow.errors import PrivflowError


@dataclass(frozen=True)
class Term:
    text: str  # "real name" (name tokens joined by spaces) or "手机号" (comment substring)
    category: str
    strength: str  # sure | personal | people | weak
    weight: float


@dataclass(frozen=True)
class TopicRule:
    """How a topic table (table_column_terms) picks the columns it gives its category."""

    keys: frozenset[str] = frozenset()  # {word}_id columns: the item a history row is about
    kinds: frozenset[str] = frozenset()  # table kinds that have the topic (log), besides words
    types: frozenset[str] = frozenset()  # type families the column must have (text)
    bare: bool = False  # the name is the word alone, or the comment is nothing but it
    replaces: tuple[str, ...] = ()  # categories the topic reading overrules (identity.name)
    # The topic alone does not make the table a history of people (a table of tokens is
    # someone's only when a key says whose).
    keeps_context: bool = False


@dataclass
class Vocabulary:
    name_terms: dict[tuple[str, ...], Term]
    comment_terms: dict[str, Term]
    generic_heads: frozenset[str]
    attribute_heads: frozenset[str]
    prefix_tokens: frozenset[str]
    post_modifiers: frozenset[str]  # may follow a term without being the head (Romance order)
    head_initial: frozenset[tuple[str, ...]]  # terms of head-initial languages (languages/*)
    particles: frozenset[str]  # dropped inside a name (data_de_nascimento)
    count_prefixes: frozenset[str]
    range_words: frozenset[str]
    typed_heads: dict[str, dict[str, Any]]
    typed_head_measures: frozenset[str]
    range_categories: frozenset[str]
    person_modifiers: frozenset[tuple[str, ...]]
    thing_modifiers: frozenset[tuple[str, ...]]
    table_words: dict[str, dict[str, str]]  # kind -> word -> kind; see table_kind_of
    comment_neutral_heads: frozenset[str]
    things_have_too: frozenset[str]
    name_vetoes: dict[str, frozenset[str]]  # category -> words that rule it out
    table_column_terms: dict[str, tuple[frozenset[str], frozenset[str]]]  # category -> words
    topic_trailers: frozenset[str]  # mail_queue, privmsgs_text: the word before names the topic
    aggregate_tables: frozenset[str]  # event_statistics: totals over many people
    person_marks: frozenset[str]  # sure readings that only a person has (see the data file)
    demographic_marks: frozenset[str]  # of them, what names a thing-word table's people
    keyed_by_name: frozenset[str]  # dictionary categories a key names without its list
    glue_tails: frozenset[str]  # words that may close a glued name (see the data file)
    owned_table_heads: frozenset[str]  # profile, account: the word before decides
    owned_by_things: frozenset[str]  # device: its profile is no person's
    profile_marks: frozenset[str]  # what a person's profile holds besides person_marks
    bare_name_terms: frozenset[str]  # a name with no person's word: a thing's too
    document_ids: frozenset[str]  # categories whose `X_id` is the document's number
    organisation_marks: frozenset[tuple[str, ...]]  # company_name: an organisation's row
    own_row_terms: dict[str, frozenset[str]]  # category -> terms valid in a person's own row
    coded_attribute_heads: frozenset[str]
    topic_rules: dict[str, TopicRule]  # category -> how its topic tables pick their columns
    key_heads: frozenset[str]
    row_key_words: frozenset[str]  # a key to another row ends with one (order_id, encounter_nr)
    table_key_marks: frozenset[str]  # a table name's closing key mark (person_uuid)
    key_exempt: frozenset[str]
    coded_key_categories: frozenset[str]
    abbreviations: dict[str, tuple[str, ...]]
    address_parts: frozenset[str]
    # role (sender | conversation) -> column-name phrases; see message_columns in the YAML
    message_columns: dict[str, frozenset[tuple[str, ...]]]
    system_account_words: frozenset[str]
    system_client_words: frozenset[str]
    workplace_modifiers: frozenset[str]
    workplace_categories: frozenset[str]
    act_modifiers: frozenset[str]
    act_categories: frozenset[str]
    service_modifiers: frozenset[str]
    place_tables: frozenset[str]
    dictionary_categories: frozenset[str]
    needs_a_person: frozenset[str]
    password_tables: frozenset[str]
    session_words: frozenset[str]
    people_table_only: frozenset[str]
    dealings_hold: frozenset[str]
    recipient_marks: frozenset[str]
    bundles: dict[tuple[str, ...], tuple[str, ...]]  # name phrase -> categories
    comment_bundles: dict[str, tuple[str, ...]]
    comment_generic_heads: frozenset[str]
    comment_person_name_heads: tuple[str, ...]
    comment_storage_heads: frozenset[str]
    comment_thing_modifiers: tuple[str, ...]
    comment_person_modifiers: tuple[str, ...]
    comment_placeholder_words: frozenset[str]
    state_markers: dict[str, str]  # token or substring -> state
    person_keys: dict[str, Any]
    known_words: frozenset[str]
    # The known words a glued word may be cut into (not glue_never's function words).
    segment_words: frozenset[str]
    max_phrase: int
    types: dict[str, Any] = field(default_factory=dict)
    comment_index: dict[str, list[str]] = field(default_factory=dict)  # first char -> terms


def _data(name: str, strings: bool = False) -> tuple[Any, str]:
    # Vocabulary words are read as plain strings: YAML 1.1 would turn `no`, `on`, `off` into
    # booleans.
    path = resources.files("privflow.classify") / "data" / name
    # libyaml's loaders when PyYAML was built with it: the vocabulary is read on every scan.
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader) if strings else getattr(
        yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader), str(path)


# Sections a language file (data/languages/*.yaml) may extend, and how.
_LANGUAGE_LISTS = ("person_modifiers", "thing_modifiers", "generic_heads", "attribute_heads",
                   "post_modifiers", "particles", "prefix_tokens", "glue_tails")


@cache
def language_files() -> tuple[tuple[str, dict[str, Any]], ...]:
    """(path, data) of every language file, in name order (data/languages/README.md)."""
    folder = resources.files("privflow.classify") / "data" / "languages"
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            out.append((str(entry), yaml.load(entry.read_text(encoding="utf-8"), Loader=loader)))
    return tuple(out)


def _merge_languages(data: dict[str, Any]) -> None:
    """Append every language file's terms to the main vocabulary (the main file's terms win
    where both name the same phrase: they are read first)."""
    for key in _LANGUAGE_LISTS:
        data.setdefault(key, [])
    data.setdefault("head_initial_terms", [])
    for path, lang in language_files():
        if str(lang.get("order", "")) == "head-initial":
            data["head_initial_terms"] = [
                *data["head_initial_terms"],
                *(w for by_class in (lang.get("name_terms") or {}).values()
                  for words in by_class.values() for w in words)]
        for section in ("name_terms", "comment_terms"):
            for category, by_class in (lang.get(section) or {}).items():
                target = data[section].setdefault(category, {})
                for strength, words in by_class.items():
                    target.setdefault(strength, [])
                    target[strength] = [*target[strength], *words]
        for kind, words in (lang.get("table_words") or {}).items():
            if kind not in data["table_words"]:
                raise PrivflowError(f"table_words: unknown kind {kind}", path=path)
            data["table_words"][kind] = [*data["table_words"][kind], *words]
        for key in _LANGUAGE_LISTS:
            data[key] = [*data.get(key, []), *(lang.get(key) or [])]
        data["abbreviations"] = {**(lang.get("abbreviations") or {}), **data["abbreviations"]}
        for category, words in (lang.get("name_vetoes") or {}).items():
            data["name_vetoes"][category] = [*data["name_vetoes"].get(category, []), *words]
        for category, spec in (lang.get("table_column_terms") or {}).items():
            if category not in data["table_column_terms"]:
                raise PrivflowError(f"table_column_terms: unknown topic {category}", path=path)
            target = data["table_column_terms"][category]
            for key in ("tables", "columns"):
                target[key] = [*target[key], *((spec or {}).get(key) or [])]


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(split_identifier(str(text), known=None))


# Where the compiled vocabulary is kept between processes: a cache folder (the CLI's, see
# keep_compiled_in), or None (the default: compiled from the data files every time).
_KEPT_IN: list[Path | None] = [None]
_KEPT_FORMAT = "compiled-1"
# The modules that compile data files into what `compiled` keeps.
_COMPILERS = ("vocabulary.py", "taxonomy.py", "facts.py")
T = TypeVar("T")


def keep_compiled_in(folder: str | os.PathLike[str] | None) -> None:
    """Keep the compiled vocabulary (and the domains of facts.py) under the cache folder
    `folder` (`v1/vocabulary/`), and take them from there while the data files and the code
    that compiles them are unchanged (None: neither read nor write). Only what is not loaded
    yet is affected."""
    _KEPT_IN[0] = Path(folder) if folder is not None else None


@cache
def _kept_key() -> str | None:
    """What the compiled data is made of: the bytes of every data file (language files
    included) and of the modules that compile them, privflow's version and Python's (the
    pickle); None when they cannot be read (a package not on the file system)."""
    import hashlib
    import sys

    from privflow import __version__

    here = Path(__file__).parent
    digest = hashlib.sha256(f"{_KEPT_FORMAT}\0{__version__}\0{sys.version}\n".encode())
    try:
        files = [here / name for name in _COMPILERS]
        for folder, dirs, names in sorted(os.walk(here / "data")):
            dirs.sort()
            files.extend(Path(folder) / name for name in sorted(names))
        if len(files) <= len(_COMPILERS):
            return None
        for file in files:
            data = file.read_bytes()
            digest.update(f"{file.relative_to(here)}\0{len(data)}\n".encode(
                "utf-8", "surrogatepass"))
            digest.update(data)
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def compiled(name: str, build: Callable[[], T], kind: type[T]) -> T:
    """build(), or what it gave an earlier process with the same data files and code, kept
    in the folder of keep_compiled_in (an object of type `kind`, pickled)."""
    folder = _KEPT_IN[0]
    key = _kept_key() if folder is not None else None
    if folder is None or key is None:
        return build()
    target = folder / "v1" / "vocabulary" / f"{name}-{key}"
    try:
        kept = pickle.loads(target.read_bytes())
        if type(kept) is kind:
            return kept  # type: ignore[no-any-return]
    except Exception:  # absent, damaged or foreign: compiled again and written
        pass
    value = build()
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return value
    from privflow.sources.cache import write_entry

    write_entry(folder / "v1", target, data)
    with contextlib.suppress(OSError):
        for other in target.parent.iterdir():
            if other.name.startswith(f"{name}-") and other.name != target.name:
                other.unlink()  # compiled from data files or code that changed since
    return value


@cache
def load_vocabulary() -> Vocabulary:
    return compiled("vocabulary", _compile_vocabulary, Vocabulary)


def _compile_vocabulary() -> Vocabulary:
    data, path = _data("vocabulary.yaml", strings=True)
    _merge_languages(data)
    types, _ = _data("types.yaml")
    taxonomy = load_taxonomy()
    classes = {name: float(weight) for name, weight in data["classes"].items()}

    def terms(section: str) -> list[Term]:
        out = []
        for category, by_class in data[section].items():
            if category not in taxonomy:
                raise PrivflowError(f"{section}: unknown category {category}", path=path)
            for strength, words in by_class.items():
                if strength not in classes:
                    raise PrivflowError(f"{section}.{category}: unknown class {strength}", path=path)
                for word in words:
                    out.append(Term(str(word).lower(), category, strength, classes[strength]))
        return out

    name_terms: dict[tuple[str, ...], Term] = {}
    for term in terms("name_terms"):
        name_terms.setdefault(_phrase(term.text), term)
    comment_terms: dict[str, Term] = {}
    for term in terms("comment_terms"):
        # Every term is a substring term of Chinese comments (评价的ip); ASCII ones are also
        # phrases of English comments, which are read with the name terms.
        comment_terms.setdefault(fold_han(term.text.replace("的", "")), term)
        if term.text.isascii():
            name_terms.setdefault(_phrase(term.text), term)
    index: dict[str, list[str]] = {}
    for text in (list(comment_terms) + [str(w).replace("的", "") for w in
                                        data["comment_neutral_heads"]]
                 + list(data["comment_generic_heads"])):
        index.setdefault(str(text)[0], []).append(str(text))
    for first in index:
        index[first] = sorted(set(index[first]), key=len, reverse=True)

    table_words: dict[str, dict[str, str]] = {}
    for kind, words in data["table_words"].items():
        table_words[kind] = {fold_han(str(w).lower()): kind for w in words}

    state_markers = {str(m).lower(): state for state, marks in data["state_markers"].items()
                     for m in marks}
    known = {tok for phrase in name_terms for tok in phrase}
    for key in ("generic_heads", "attribute_heads"):
        known.update(str(w) for w in data[key])
    for key in ("person_modifiers", "thing_modifiers"):
        for w in data[key]:
            known.update(_phrase(w))
    for words in data["table_words"].values():
        known.update(str(w).lower() for w in words if str(w).isascii())
    known.update(types.get("glue_words", []))
    known.update(str(w) for w in data.get("whole_words", []))
    known.update(str(w) for w in data.get("short_heads", []))
    # sesskey, usrpwd: an abbreviation glued to a word is cut like the word it stands for.
    known.update(str(k).lower() for k in data["abbreviations"] if len(str(k)) >= 3
                 and str(k).isalpha())
    known.update(str(w) for w in data["post_modifiers"])
    # a state word is whole (encrypted is no `en` + `crypted`)
    known.update(str(m).lower() for marks in data["state_markers"].values() for m in marks
                 if str(m).isascii() and " " not in str(m))
    known = {w for w in known if len(w) >= 2 or w in ("s",)}
    never = {str(w) for w in data.get("glue_never", [])}

    return Vocabulary(
        name_terms=name_terms,
        comment_terms=comment_terms,
        generic_heads=frozenset(str(w) for w in data["generic_heads"]),
        attribute_heads=frozenset(str(w) for w in data["attribute_heads"]),
        prefix_tokens=frozenset(str(w) for w in data["prefix_tokens"]),
        count_prefixes=frozenset(str(w) for w in data["count_prefixes"]),
        post_modifiers=frozenset(str(w) for w in data["post_modifiers"]),
        head_initial=frozenset(_phrase(w) for w in data["head_initial_terms"]),
        particles=frozenset(str(w) for w in data["particles"]),
        range_words=frozenset(str(w) for w in data["ranges"]["words"]),
        typed_heads={str(w): {"category": str(v["category"]), "score": float(v["score"]),
                              "types": frozenset(str(t) for t in v["types"])}
                     for w, v in data["typed_heads"].items()},
        typed_head_measures=frozenset(str(w) for w in data["typed_head_measures"]),
        range_categories=frozenset(str(w) for w in data["ranges"]["categories"]),
        person_modifiers=frozenset(_phrase(w) for w in data["person_modifiers"]),
        thing_modifiers=frozenset(_phrase(w) for w in data["thing_modifiers"]),
        table_words=table_words,
        comment_neutral_heads=frozenset(str(w) for w in data["comment_neutral_heads"]),
        things_have_too=frozenset(str(w) for w in data["things_have_too"]),
        name_vetoes={c: frozenset(str(w) for w in words)
                     for c, words in data["name_vetoes"].items()},
        table_column_terms={c: (frozenset(str(w).lower() for w in v["tables"]),
                                frozenset(str(w).lower() for w in v["columns"]))
                            for c, v in data["table_column_terms"].items()},
        topic_trailers=frozenset(str(w) for w in data["topic_trailers"]),
        aggregate_tables=frozenset(str(w) for w in data["aggregate_tables"]),
        person_marks=frozenset(str(w) for w in data.get("person_marks", ())),
        demographic_marks=frozenset(str(w) for w in data.get("demographic_marks", ())),
        keyed_by_name=frozenset(str(w) for w in data.get("keyed_by_name", ())),
        glue_tails=frozenset(str(w) for w in data.get("glue_tails", ())),
        owned_table_heads=frozenset(str(w) for w in data.get("owned_table_heads", ())),
        owned_by_things=frozenset(str(w) for w in data.get("owned_by_things", ())),
        profile_marks=frozenset(str(w) for w in data.get("profile_marks", ())),
        bare_name_terms=frozenset(str(w) for w in data.get("bare_name_terms", ())),
        document_ids=frozenset(str(w) for w in data.get("document_ids", ())),
        organisation_marks=frozenset(_phrase(w) for w in data.get("organisation_marks", ())),
        own_row_terms={str(c): frozenset(str(w) for w in words)
                       for c, words in data["own_row_terms"].items()},
        topic_rules={c: TopicRule(keys=frozenset(str(w).lower() for w in v.get("keys", ())),
                                  kinds=frozenset(str(w) for w in v.get("kinds", ())),
                                  types=frozenset(str(w) for w in v.get("types", ())),
                                  bare=str(v.get("bare", "false")).lower() == "true",
                                  replaces=tuple(str(w) for w in v.get("replaces", ())),
                                  keeps_context=str(v.get("keeps_context", "false")).lower()
                                  == "true")
                     for c, v in data["table_column_terms"].items()},
        coded_attribute_heads=frozenset(str(w) for w in data["coded_attribute_heads"]),
        key_heads=frozenset(str(w) for w in data["key_heads"]),
        row_key_words=frozenset(str(w) for w in data.get("row_key_words", ())),
        table_key_marks=frozenset(str(w) for w in data.get("table_key_marks", ())),
        key_exempt=frozenset(str(w) for w in data["key_exempt"]),
        coded_key_categories=frozenset(str(w) for w in data["coded_key_categories"]),
        abbreviations={str(k).lower(): tuple(str(v).lower().split())
                       for k, v in data["abbreviations"].items()},
        address_parts=frozenset(str(w) for w in data["address_parts"]),
        message_columns={str(role): frozenset(_phrase(w) for w in words)
                         for role, words in data.get("message_columns", {}).items()},
        system_account_words=frozenset(str(w) for w in data["system_account_words"]),
        system_client_words=frozenset(str(w) for w in data["system_client_words"]),
        workplace_modifiers=frozenset(str(w) for w in data["workplace_modifiers"]),
        workplace_categories=frozenset(str(w) for w in data["workplace_categories"]),
        act_modifiers=frozenset(str(w) for w in data["act_modifiers"]),
        act_categories=frozenset(str(w) for w in data["act_categories"]),
        service_modifiers=frozenset(str(w) for w in data["service_modifiers"]),
        place_tables=frozenset(str(w) for w in data["place_tables"]),
        dictionary_categories=frozenset(str(w) for w in data["dictionary_categories"]),
        needs_a_person=frozenset(str(w) for w in data["needs_a_person"]),
        password_tables=frozenset(str(w) for w in data["password_tables"]),
        session_words=frozenset(str(w) for w in data["session_words"]),
        people_table_only=frozenset(str(w) for w in data["people_table_only"]),
        dealings_hold=frozenset(str(w) for w in data["dealings_hold"]),
        recipient_marks=frozenset(str(w) for w in data["recipient_marks"]),
        bundles={_phrase(k): tuple(v) for k, v in data["bundles"].items() if str(k).isascii()},
        comment_bundles={str(k): tuple(v) for k, v in data["bundles"].items()
                         if not str(k).isascii()},
        comment_generic_heads=frozenset(str(w) for w in data["comment_generic_heads"]),
        comment_person_name_heads=tuple(str(w) for w in data["comment_person_name_heads"]),
        comment_storage_heads=frozenset(str(w) for w in data["comment_storage_heads"]),
        comment_thing_modifiers=tuple(str(w) for w in data["comment_thing_modifiers"]),
        comment_person_modifiers=tuple(str(w) for w in data["comment_person_modifiers"]),
        comment_placeholder_words=frozenset(str(w) for w in data["comment_placeholder_words"]),
        state_markers=state_markers,
        person_keys=data["person_key_names"],
        known_words=frozenset(known),
        segment_words=frozenset(known - never),
        max_phrase=max(len(p) for p in name_terms),
        types=types,
        comment_index=index,
    )


_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+|[\u4e00-\u9fff]+")
# Words that end in digits and mean something only whole (md5, ipv4, sha256, address2).
_DIGIT_WORDS = frozenset({"md5", "sha1", "sha256", "sha512", "sm3", "sm4", "ipv4", "ipv6", "cvv2",
                          "base64", "aes256", "address1", "address2", "e164", "mp4", "mp3",
                          "utf8", "k8s", "oauth2", "s3"})


def split_identifier(name: str, known: frozenset[str] | None | bool = True,
                     glue: bool = False) -> list[str]:
    """`receiverPhone`, `RECEIVER_PHONE`, `receiver_phone2`, `receiverphone` -> words.

    Glued lower-case words (`phonenumber`, `ipaddr`) are cut into known vocabulary words when
    every piece is known, so that the vocabulary does not need every spelling; with `glue`
    (column names), also after an unknown word before a word of glue_tails (`shisetsufee`).
    Table and column names are better read with `identifier_words` or `split_name`
    (memoised: a name is split once for every reading of it).
    """
    words = _plain_split(name)
    if known is None:
        return words
    return _cut(words, known, glue)


def split_name(name: str, known: frozenset[str]) -> list[str]:
    """`split_identifier(name, known=known)` of a table or column name, from its memoised
    words (`plain_words`)."""
    return _cut(plain_words(name), known, False)


def _cut(words: Iterable[str], known: frozenset[str] | bool, glue: bool) -> list[str]:
    vocabulary = load_vocabulary()
    vocab = vocabulary.known_words if known is True else known
    pieces = vocabulary.segment_words if known is True else known
    out: list[str] = []
    for word in words:
        if _kept_whole(word, vocab):
            out.append(word)
        else:
            out.extend(_segment(word, pieces) or (
                _glued_tail(word, pieces, vocabulary.glue_tails) if glue else None)
                or [word])
    return out


def _kept_whole(word: str, vocab: frozenset[str]) -> bool:
    """Whether a word is read as it is, not cut into glued pieces: a known word, a short or
    not purely alphabetic one, or a known word's plural (cards is no car + ds)."""
    return word in vocab or not word.isalpha() or len(word) < 5 or (
        word[-1] == "s" and word[:-1] in vocab)


def _plain_split(name: str) -> list[str]:
    # split_identifier(name, known=None): camelCase, snake_case, digits and Han runs.
    if not name.isascii():
        name = fold_accents(name)
    words: list[str] = []
    for word in (w.lower() for w in _CAMEL.findall(name)):
        if word.isdigit() and words and (words[-1] + word) in _DIGIT_WORDS:
            words[-1] += word
        else:
            words.append(word)
    return words


@lru_cache(maxsize=262144)
def plain_words(name: str) -> tuple[str, ...]:
    """`split_identifier(name, known=None)` of a table or column name, memoised: the one
    split every reading of the name starts from (`identifier_words`, `split_name`)."""
    return tuple(_plain_split(name))


class IdentifierWords(NamedTuple):
    """A table's or column's name read three ways, from one split (see `identifier_words`)."""

    plain: tuple[str, ...]  # split_identifier(name, known=None): no glued word cut
    known: tuple[str, ...]  # split_identifier(name): glued words cut into known words
    glued: tuple[str, ...]  # split_identifier(name, glue=True): and before a glue tail


@lru_cache(maxsize=262144)
def identifier_words(name: str) -> IdentifierWords:
    """The words of a table or column name, memoised: one split serves the readings of the
    person-key resolver (`plain`), the table context (`known`) and the name reading, affixes
    and table facts (`glued`, through `signals.name.name_key`). Each is exactly what
    `split_identifier` gives with those arguments."""
    plain = plain_words(name)
    vocabulary = load_vocabulary()
    vocab, pieces = vocabulary.known_words, vocabulary.segment_words
    known: list[str] = []
    glued: list[str] = []
    cut_any = False
    for word in plain:
        if _kept_whole(word, vocab):
            known.append(word)
            glued.append(word)
            continue
        cut_any = True
        cut = _segment(word, pieces)
        if cut:
            known.extend(cut)
            glued.extend(cut)
        else:
            known.append(word)
            glued.extend(_glued_tail(word, pieces, vocabulary.glue_tails) or [word])
    if not cut_any:
        return IdentifierWords(plain, plain, plain)
    return IdentifierWords(plain, tuple(known), tuple(glued))


def glued_edges(word: str, words: Iterable[str], rest: int, starts: bool = True,
                ends: bool = True) -> list[str]:
    """The words a glued word starts (`starts`) or ends (`ends`) with, leaving at least `rest`
    letters besides: valutazionifinali starts with valutazioni, aueberweisung ends with
    ueberweisung (head-initial and Germanic compounds)."""
    return [w for w in words if len(word) - len(w) >= rest
            and (starts and word.startswith(w) or ends and word.endswith(w))]


def _glued_tail(word: str, vocab: frozenset[str], tails: frozenset[str]) -> list[str] | None:
    """`shisetsufee` -> shisetsu + fee: a glued name that ends with a word of glue_tails
    after at least three letters privflow does not know (the unknown part is cut into known
    words when it can be)."""
    for size in range(min(len(word) - 3, 9), 2, -1):
        tail = word[-size:]
        if tail in tails:
            head = word[:-size]
            return [*(_segment(head, vocab) or _known_tail(head, vocab) or [head]), tail]
    return None


def _known_tail(word: str, vocab: frozenset[str]) -> list[str] | None:
    # nasip + address: the unknown part may itself end with a known word (ip).
    for size in range(len(word) - 3, 1, -1):
        if word[-size:] in vocab:
            return [word[:-size], word[-size:]]
    return None


@cache
def _han_fold() -> dict[int, str]:
    data = json.loads((resources.files("privflow.classify") / "data" / "han_fold.json")
                      .read_text(encoding="utf-8"))
    return str.maketrans(data["fold"])


def fold_han(text: str) -> str:
    """`電話號碼`, `携帯電話` -> `电话号码`, `携带电话`: comments in Traditional Chinese or
    Japanese kanji read the Simplified terms (data/han_fold.json, from OpenCC)."""
    return text if text.isascii() else text.translate(_han_fold())


_FOLD_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o",
                            "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                            # Turkish dotless i (soyadı, kullanıcı) has no decomposition
                            "ı": "i"})


# Cyrillic as Russian names are romanised in identifiers (familiya, data_rozhdeniya), the
# spelling languages/ru.yaml is written in; soft and hard signs are dropped.
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi",
     "ye", "g", "u"], strict=True))
_HAS_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _romanise(text: str) -> str:
    out = []
    for i, char in enumerate(text):
        lower = char.lower()
        latin = _CYRILLIC.get(lower)
        if latin is None:
            out.append(char)
        elif char == lower:
            out.append(latin)
        else:
            # ФАМИЛИЯ -> FAMILIYA, Жена -> Zhena: a capital spells its letters in the case of
            # what follows, so the camel-case splitter keeps the word whole.
            following = text[i + 1:i + 2]
            out.append(latin.upper() if not following.islower() else latin.capitalize())
    return "".join(out)


@lru_cache(maxsize=65536)
def fold_accents(text: str) -> str:
    """`Endereço`, `Straße`, `Données`, `Фамилия` -> `Endereco`, `Strasse`, `Donnees`,
    `Familiya`: identifiers and comments of other languages are read like their ASCII
    spellings (Chinese is untouched)."""
    text = text.translate(_FOLD_EXTRA)
    if _HAS_CYRILLIC.search(text):
        text = _romanise(text)
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


@cache
def _segment_cached(word: str, vocab: frozenset[str]) -> tuple[str, ...] | None:
    # Fewest pieces, every piece a known word of >= 2 letters; of as many pieces, the longest
    # first ones (contact + no, not cont + actno).
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(2, len(word) + 1):
        for start in range(max(0, end - 16), end - 1):
            prev = best[start]
            piece = word[start:end]
            if prev is not None and piece in vocab:
                cand = prev + (piece,)
                held = best[end]
                if held is None or len(cand) < len(held) or (
                        len(cand) == len(held)
                        and [len(p) for p in cand] > [len(p) for p in held]):
                    best[end] = cand
    result = best[len(word)]
    return result if result and len(result) > 1 else None


def _segment(word: str, vocab: frozenset[str]) -> list[str] | None:
    found = _segment_cached(word, vocab)
    return list(found) if found else None


@lru_cache(maxsize=4096)
def type_family(column_type: str | None) -> str | None:
    """The family of a SQL type: text, int, smallint, bool, decimal, float, date, datetime, blob,
    json, xml, inet, mac, uuid, vector, geometry, enum (see data/types.yaml)."""
    if not column_type:
        return None
    families = load_vocabulary().types["families"]
    lowered = column_type.lower().strip()
    base = re.split(r"[\s(\[]", lowered, maxsplit=1)[0]
    if lowered.endswith("[]") and base in ("float", "float4", "float8", "real", "double"):
        return "vector"
    if base in ("int", "integer", "tinyint", "smallint", "mediumint", "bit", "number", "numeric") \
            and re.search(r"\(\s*1\s*\)", lowered):
        return "smallint" if base != "bit" else "bool"
    for family, names in families.items():
        if base in names:
            return family
    return None


@lru_cache(maxsize=4096)
def type_length(column_type: str | None) -> int | None:
    if not column_type:
        return None
    m = re.search(r"\(\s*(\d+)", column_type)
    return int(m.group(1)) if m else None
