"""Table subject and domain, and the facts a person's row holds under generic column names.

After the name/comment/type/value signals have run, every table gets:
- a subject: the person its rows are about, found from structure: the table is a people table
  itself ("self"), or a column keys each row to a person (a declared foreign key, a resolved
  person key, or an undeclared subject key such as `patient_id`; see data/domains.yaml);
- a domain (clinical, hr, education, finance) from the words of its name, comment and columns,
  or the schema's dominant domain when the table's own words say nothing.

In a table with both, a column no signal tagged (or tagged only by a generic term the domain
reinterprets: a drug `route` is no trajectory) is scored by a logistic model whose weights are
fitted on labelled schemas (data/fact_weights.json, written by benchmarks/fit_facts.py): is it a
fact about the subject (`valuenum`, 成绩, `appResult`) or bookkeeping (keys, dates, units)?
A fact gets its domain's category (clinical -> health.medical).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from privflow.classify.affix import reading_name, table_affix
from privflow.classify.dictionaries import (
    attribute_named,
    dictionary_category,
    holds_no_one,
    singular_forms,
)
from privflow.classify.linking import (
    has_own_column,
    headed_by,
    natural_keys,
    natural_name,
    tables_by_words,
)
from privflow.classify.signals.name import name_key, read_name
from privflow.classify.signals.table import FILLER, TableContext, head_words
from privflow.classify.vocabulary import (
    compiled,
    glued_edges,
    language_files,
    load_vocabulary,
    split_name,
    type_family,
)
from privflow.schema import Column, Schema, Table

FACT_THRESHOLD = 0.5
# A table's own words place it in a domain at this score; a column's words count a quarter.
DOMAIN_MIN = 1.0
COLUMN_SHARE = 0.25
TABLE_SCORE = 2.0  # a table word of a domain in the table's name or comment
HEAD_BONUS = 1.0  # ... when it is the name's last such word (its head)
COLUMN_CAP = 2.0
# The schema's dominant domain is lent to subject tables that say nothing when it holds at least
# this share of the tables about someone.
SCHEMA_SHARE = 0.5
# ... or this share, when nearly every table placed in a domain is placed in that one (a school
# register whose glued Italian table names mostly say nothing).
SCHEMA_SHARE_ALONE = 0.25
SCHEMA_UNRIVALLED = 0.75
# Links of a chain of `X_id` keys followed to a table about someone.
VIA_PASSES = 3
# A glued table name this long is searched for a domain's table words of 5 letters or more.
GLUED_MIN = 8


@dataclass(frozen=True)
class Domain:
    name: str
    category: str
    table: frozenset[str]  # ASCII identifier words
    table_zh: tuple[str, ...]  # substrings
    facts: frozenset[str]
    facts_zh: tuple[str, ...]
    replaceable: frozenset[str] = frozenset()
    coded_keys: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()  # type families a fact may have (empty: any)
    yields: bool = False  # gives way to the schema's dominant domain (a hospital's orders)
    money_only: bool = False  # a measure (total_score, weight) is no fact of this domain
    # Words of a thing's value (a product's price), no fact unless a word of what was paid
    # is there too (total_price, pay_price).
    thing_values: frozenset[str] = frozenset()
    paid: frozenset[str] = frozenset()
    # People tables whose own rows are no subject of this domain (a doctor's row holds no
    # clinical facts about the doctor: it is staff data).
    not_subjects: frozenset[str] = frozenset()
    staff_domain: str | None = None  # the domain such a table's facts belong to instead (hr)
    # Table words of other meanings too (a blog's page `visit`, a `note`, a `plan`): they place
    # a table in the domain only in a schema where another table is placed by a word of its
    # own (admissions, diagnoses).
    weak: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DomainData:
    domains: tuple[Domain, ...]
    structure: dict[str, frozenset[str]]
    structure_zh: dict[str, tuple[str, ...]]
    subject_keys: frozenset[tuple[str, ...]]
    subject_keys_zh: tuple[str, ...]
    known: frozenset[str]  # words the splitter may cut glued names into
    settings: frozenset[str] = frozenset()  # see not_facts in data/domains.yaml
    settings_zh: tuple[str, ...] = ()
    attribute_families: frozenset[str] = frozenset()


def _split(words: list[Any]) -> tuple[frozenset[str], tuple[str, ...]]:
    ascii_words = frozenset(str(w).lower() for w in words if str(w).isascii())
    other = tuple(str(w) for w in words if not str(w).isascii())
    return ascii_words, other


@cache
def load_domains() -> DomainData:
    return compiled("domains", _compile_domains, DomainData)


def _compile_domains() -> DomainData:
    path = resources.files("privflow.classify") / "data" / "domains.yaml"
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    for _, lang in language_files():
        # Other languages' domain words (data/languages/*.yaml) extend the domains.
        for name, spec in (lang.get("domains") or {}).items():
            target = data["domains"][name]
            for key in ("table", "facts"):
                target[key] = [*target[key], *(spec.get(key) or [])]
        data["subject_keys"] = [*data["subject_keys"], *(lang.get("subject_keys") or [])]
    domains = []
    known = set(load_vocabulary().known_words)
    # A table word of two domains (a `transfer` of a patient between wards, of an employee
    # between posts, of money) places a table in neither: its columns or the schema decide.
    seen: Counter[str] = Counter()
    for spec in data["domains"].values():
        seen.update(set(_split(spec["table"])[0]))
    shared = {w for w, n in seen.items() if n > 1}
    for name, spec in data["domains"].items():
        table, table_zh = _split(spec["table"])
        table = table - shared
        facts, facts_zh = _split(spec["facts"])
        domains.append(Domain(name, spec["category"], table, table_zh, facts, facts_zh,
                              frozenset(spec.get("replaceable", ())),
                              frozenset(spec.get("coded_keys", ())),
                              frozenset(spec.get("types", ())),
                              str(spec.get("yields", "false")).lower() == "true",
                              str(spec.get("money_only", "false")).lower() == "true",
                              frozenset(spec.get("thing_values", ())),
                              frozenset(spec.get("paid", ())),
                              frozenset(spec.get("not_subjects", ())),
                              spec.get("staff_domain"),
                              frozenset(str(w) for w in spec.get("weak_table", ()))))
        known |= table | facts
    structure: dict[str, frozenset[str]] = {}
    structure_zh: dict[str, tuple[str, ...]] = {}
    for cls, words in data["structure"].items():
        structure[cls], structure_zh[cls] = _split(words)
        known |= structure[cls]
    keys, keys_zh = _split(data["subject_keys"])
    settings, settings_zh = _split(data["not_facts"]["settings"])
    known |= settings
    return DomainData(tuple(domains), structure, structure_zh,
                      frozenset(tuple(k.split()) for k in keys), keys_zh,
                      frozenset(w for w in known if len(w) >= 2),
                      settings, settings_zh,
                      frozenset(data["not_facts"]["attributes_of"]))


@lru_cache(maxsize=262144)
def words_of(name: str) -> tuple[str, ...]:
    """An identifier's words, glued ones cut with the domain words too (labevents)."""
    out = []
    known = load_domains().known
    for word in split_name(name, known):
        # labevents -> lab event; a word known as it is stays (diagnosis is no `diagnosi`).
        out.append(word[:-1] if word.endswith("s") and len(word) > 3 and word not in known
                   and word[:-1] in known else word)
        if word not in known and len(word) >= GLUED_MIN:
            out.extend(_glued_table_words(word))
    return tuple(out)


def _glued_table_words(word: str) -> tuple[str, ...]:
    """valutazionifinali, presenzeforzate: a glued name whose other half privflow does not
    know still starts (head-initial languages) or ends with a domain's table word."""
    return tuple(glued_edges(word, _long_table_words(), 3))


@cache
def _long_table_words() -> tuple[str, ...]:
    return tuple(sorted({w for d in load_domains().domains for w in d.table
                         if len(w) >= GLUED_MIN - 3 and w.isalpha()}))


@dataclass(frozen=True)
class TableFacts:
    domain: str | None = None
    domain_how: str = ""  # "table (labevents)", "columns", "schema"
    subject: str | None = None  # "self" | "key"
    subject_how: str = ""  # "people table", "key subject_id -> patients"

    def label(self) -> str:
        subject = f"subject {self.subject} ({self.subject_how})" if self.subject else "no subject"
        domain = f"domain {self.domain} ({self.domain_how})" if self.domain else "no domain"
        return f"{subject}; {domain}"


@cache
def _zh_patterns() -> dict[str, re.Pattern[str] | None]:
    return {d.name: re.compile("|".join(map(re.escape, d.table_zh))) if d.table_zh else None
            for d in load_domains().domains}


@lru_cache(maxsize=262144)
def _hits(name: str, comment: str | None, glued: bool = True) -> tuple[tuple[str, str], ...]:
    """(domain, word) for every domain whose table words a name or comment holds (`glued`:
    cut glued words too, as table names need: labevents)."""
    words = frozenset(words_of(name) if glued else _plain(name))
    out = []
    if name.isascii() and _zh_alone():
        # No Chinese word lies in an ASCII name or across the space: the first match in
        # `name comment` is the first in the comment, memoised per comment.
        for domain, said in zip(load_domains().domains, _comment_hits(comment), strict=True):
            hit = words & domain.table
            if hit:
                out.append((domain.name, _telling(hit, domain.weak)))
            elif said is not None:
                out.append((domain.name, said))
        return tuple(out)
    text = f"{name} {comment or ''}"
    patterns = _zh_patterns()
    for domain in load_domains().domains:
        hit = words & domain.table
        if hit:
            out.append((domain.name, _telling(hit, domain.weak)))
            continue
        pattern = patterns[domain.name]
        found = pattern.search(text) if pattern is not None and not text.isascii() else None
        if found:
            out.append((domain.name, found.group(0)))
    return tuple(out)


def _telling(hit: frozenset[str], weak: frozenset[str]) -> str:
    """The word that places a table, a strong one before a weak one (care_encounter is
    placed by `encounter`, not by `care`)."""
    strong = hit - weak
    return min(strong or hit)


@lru_cache(maxsize=65536)
def _comment_hits(comment: str | None) -> tuple[str | None, ...]:
    """Per domain (in their order), the first of its Chinese table words in the comment."""
    patterns = _zh_patterns()
    if not comment or comment.isascii():
        return (None,) * len(load_domains().domains)
    out = []
    for domain in load_domains().domains:
        pattern = patterns[domain.name]
        found = pattern.search(comment) if pattern is not None else None
        out.append(found.group(0) if found else None)
    return tuple(out)


@cache
def _zh_alone() -> bool:
    """Whether every Chinese table word is free of ASCII: then a match in `name comment`
    lies in the name or in the comment (the space between is ASCII), never across both."""
    return all(not any(c.isascii() for c in w) for d in load_domains().domains
               for w in d.table_zh)


@lru_cache(maxsize=262144)
def _name_domains(name: str) -> int:
    """The domains (a bit per index) whose table words the column name holds, as words or,
    when not ASCII, as Chinese words (see _zh_alone)."""
    words = frozenset(_plain(name))
    patterns = _zh_patterns()
    mask = 0
    for i, domain in enumerate(load_domains().domains):
        pattern = patterns[domain.name]
        if words & domain.table or (pattern is not None and not name.isascii()
                                    and pattern.search(name)):
            mask |= 1 << i
    return mask


@lru_cache(maxsize=65536)
def _comment_domains(comment: str | None) -> int:
    """The domains whose Chinese table words the comment holds (from _comment_hits)."""
    return sum(1 << i for i, said in enumerate(_comment_hits(comment)) if said is not None)


@lru_cache(maxsize=1024)
def _mask_domains(mask: int) -> tuple[str, ...]:
    return tuple(d.name for i, d in enumerate(load_domains().domains) if mask >> i & 1)


def _domain_scores(table: Table) -> dict[str, tuple[float, str]]:
    scores: dict[str, tuple[float, str]] = {}
    hits = _hits(table.name, table.comment)
    for domain, word in hits:
        scores[domain] = (TABLE_SCORE, f"table ({word})")
    if len(hits) > 1:
        # student_medical_visits: the person it is about is a modifier, the head says what
        # the rows are (medical visits, not a student's schooling).
        head = _head_domain(table.name)
        if head is not None and head in scores:
            scores[head] = (TABLE_SCORE + HEAD_BONUS, scores[head][1])
    # The domains a column's words name, as _hits(name, comment, False) finds them (in the
    # domains' order), from a memo of its name and one of its comment: a schema has far
    # fewer of each than of their pairs.
    columns: dict[str, int] = {}
    if _zh_alone():
        # Counted per distinct mask (most columns name no domain: mask 0), in the order the
        # masks first show, which is the order their domains first show.
        masks: dict[int, int] = {}
        for column in table.columns.values():
            mask = _name_domains(column.name) | _comment_domains(column.comment)
            if mask:
                masks[mask] = masks.get(mask, 0) + 1
        for mask, count in masks.items():
            for domain in _mask_domains(mask):
                columns[domain] = columns.get(domain, 0) + count
    else:
        for column in table.columns.values():
            for domain, _ in _hits(column.name, column.comment, False):
                columns[domain] = columns.get(domain, 0) + 1
    for domain, count in columns.items():
        score, how = scores.get(domain, (0.0, "columns"))
        scores[domain] = (score + min(COLUMN_CAP, COLUMN_SHARE * count), how)
    return scores


@lru_cache(maxsize=65536)
def _head_domain(name: str) -> str | None:
    """The domain of the last word of a table's name that places it in one."""
    for word in reversed(words_of(name)):
        for domain in load_domains().domains:
            if word in domain.table:
                return domain.name
    return None


def _plain(name: str) -> tuple[str, ...]:
    # The classifier's own memoised reading of the name (every column was read already).
    return name_key(name)


def _sing(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


class _Subjects:
    """Finds the subject of each table of one schema; per-name memos keep the walk over every
    column of a large schema to a dictionary lookup per column."""

    def __init__(self, schema: Schema, people: frozenset[str],
                 local: dict[str, list[Any]] | None = None,
                 natural: dict[str, str] | None = None) -> None:
        data = load_domains()
        self.people = people
        self.keys = data.subject_keys
        if local is None:
            heads = {t.id: _sing(w[-1]) for t in schema.tables.values() if (w := _plain(t.name))}
        else:
            heads = {}
            for t in schema.tables.values():
                kept = local.get(t.id)
                if kept is None:
                    w = _plain(t.name)
                    kept = local[t.id] = [_sing(w[-1]) if w else None, None]
                if kept[0] is not None:
                    heads[t.id] = kept[0]
        self.person_words = frozenset(heads[t] for t in people if t in heads) | frozenset(
            k[0] for k in data.subject_keys)
        self.thing_heads = frozenset(h for t, h in heads.items() if t not in people)
        self.zh = re.compile("|".join(map(re.escape, data.subject_keys_zh))) \
            if data.subject_keys_zh else None
        self.undeclared: dict[str, bool] = {}
        self.by_name = tables_by_words(schema)
        self.via: dict[str, str | tuple[str, ...] | None] = {}
        self.names = {t.id: t.name for t in schema.tables.values()}
        self.tables = schema.tables
        # A people table's own one-column key with a name of its own (a `login`, an `ine`
        # student number) keys the rows of any other table that holds it to that person
        # (linking.natural_keys, shared with the resolver).
        self.natural = natural if natural is not None else natural_keys(schema, people)
        # pat_id is a patient's key as patient_id is (the resolver's abbreviations).
        self.short = {str(k): str(v) for k, v in
                      load_vocabulary().person_keys["abbreviations"].items()}

    def _own_key(self, target: str, words: tuple[str, ...]) -> bool:
        # account_record_id: the person's table by its head word, then one of its own key
        # columns (accounts.record_id).
        table = self.tables.get(target)
        head = _plain(table.name) if table is not None else ()
        return bool(head) and _sing(head[-1]) == _sing(words[0]) \
            and has_own_column(table, words[1:])  # type: ignore[arg-type]

    def _undeclared(self, name: str) -> bool:
        words = _plain(name)
        if len(words) == 2 and words[0] in load_vocabulary().row_key_words:
            words = (words[1], words[0])  # id_patient, id_user: a key written key-first
        found = (words in self.keys and _sing(words[0]) not in self.thing_heads) or bool(
            self.zh and self.zh.search(name))
        self.undeclared[name] = found
        return found

    def subject(self, table: Table, context: TableContext) -> tuple[str | None, str]:
        """("self" | "key" | "role", how). A plain key names whom the row is about
        (patient_id, eid); a role key (teacher_id of a course, sender_id) names someone the
        row concerns."""
        if context.kind == "people" and table.kind == "table":
            if headed_by(table, context.word):
                return "self", f"people table ({context.word or table.name})"
            # child_health, patient_diagnosis: named for a person, headed by what it holds
            # about them: its rows are facts about that person, not who the person is.
            return "key", f"named for people ({context.word})"
        role: tuple[str | None, str] = (None, "")
        people, undeclared, zh = self.people, self.undeclared, self.zh
        affix: object = _UNSEEN
        for column in table.columns.values():
            target = column.linked_to or (
                column.references if column.references in people else None)
            if target:
                words = _plain(column.name)
                if len(words) > 2:
                    # ADM_PAT_ID of `admission` is a plain patient key under the table's tag.
                    if affix is _UNSEEN:
                        affix = table_affix(table)
                    words = _plain(reading_name(column.name, affix))  # type: ignore[arg-type]
                if words in self.keys or (len(words) <= 2 and _sing(
                        self.short.get(words[0], words[0])) in self.person_words) or (
                        self.natural.get(natural_name(column.name)) == target) or (
                        len(words) == 3 and self._own_key(target, words)) or (
                        # elderly_id into elderly_profile: the key names its table's person
                        len(words) == 2 and words[0] in _plain(self.names[target])[:-1]):
                    return "key", f"key {column.name} -> {target}"
                if role[0] is None and not _is_audit(words):
                    role = ("role", f"key {column.name} -> {target}")
                continue
            owner = self.natural.get(natural_name(column.name))
            if owner is not None and owner != table.id:
                return "key", f"key {column.name} -> {owner} (its own key)"
            hit = undeclared.get(column.name)
            if hit is None:
                hit = self._undeclared(column.name)
            comment = column.comment
            if hit or (zh is not None and comment and not comment.isascii()
                       and zh.search(comment)):
                return "key", f"key {column.name}"
        return role

    def via_target(self, name: str, table: Table) -> str | None:
        """The table an `X_id` column names, if any; among tables named alike
        (`dms_herbal_prescription_record`, `dms_medicine_prescription_record`), the one whose
        name shares most words with the key's own table (`dms_medicine_item_record`)."""
        target = self.via.get(name, _UNSEEN)
        if target is _UNSEEN:
            words = _plain(name)
            target = None
            if len(words) > 1 and words[-1] in load_vocabulary().row_key_words:
                # order_id names `order` or, written in the plural, `orders`; a table named so
                # in full before one that only reads so without its tail (course_id names
                # `courses`, not `course_stats`)
                plural = (*words[:-2], words[-2] + "s")
                target = self.by_name.get(words[:-1])
                whole = self.by_name.get(plural)
                if isinstance(whole, str) and _plain(self.names[whole]) == plural and not (
                        isinstance(target, str) and _plain(self.names[target]) == words[:-1]):
                    target = whole
                target = target or whole
            self.via[name] = target
        if not isinstance(target, tuple):
            return target
        own = set(_plain(table.name))
        shared = sorted(((len(own.intersection(_plain(self.names[t]))), t) for t in target),
                        reverse=True)
        return shared[0][1] if shared[0][0] > shared[1][0] else None


_UNSEEN: Any = object()


@cache
def _staff_domain(name: str) -> str | None:
    return next(d.staff_domain for d in load_domains().domains if d.name == name)


@cache
def _barred_names() -> frozenset[str]:
    return frozenset(d.name for d in load_domains().domains if d.not_subjects)


def _barred(table: Table, context: TableContext) -> frozenset[str]:
    """Domains whose facts a people table's own rows cannot hold (a doctor's, a nurse's)."""
    return _barred_by(context.word, _plain(table.name)[-1:])


@lru_cache(maxsize=65536)
def _barred_by(word: str | None, head: tuple[str, ...]) -> frozenset[str]:
    """_barred by the context's word and the table name's last word (one per shape)."""
    words = {w for w in (word or "").lower().split()} | set(head)
    return frozenset(d.name for d in load_domains().domains
                     if d.not_subjects and (words & d.not_subjects or any(
                         w in (word or "") for w in d.not_subjects if not w.isascii())))


def _is_audit(words: tuple[str, ...]) -> bool:
    audit = load_domains().structure["audit"]
    return bool(audit.intersection(words))


def table_facts(schema: Schema, contexts: dict[str, TableContext],
                people: frozenset[str], local: dict[str, list[Any]] | None = None,
                natural: dict[str, str] | None = None) -> dict[str, TableFacts]:
    """Subject and domain of every table (after the other signals: links are known).

    `local`, by table id: [the head word of its name, its domain scores or None], what reads
    the table's own text alone (names and comments); used where given, filled in where not
    (the classification memo keeps them for tables whose text is unchanged)."""
    found: dict[str, tuple[str | None, str, str | None, str]] = {}
    share: Counter[str] = Counter()
    staff: set[str] = set()  # people tables barred from a domain (see Domain.not_subjects)
    subjects = _Subjects(schema, people, local, natural)
    for table in schema.tables.values():
        subject, how = subjects.subject(table, contexts[table.id])
        # Only a table about someone can hold facts about them: the others need no domain,
        # except reference data (a code list), told by its name below.
        scores = _own_scores(table, local) if subject else {}
        if subject == "self":
            barred = _barred(table, contexts[table.id])
            if barred:
                # A doctor's row in a clinical schema: the staff domain's facts, not clinical
                # (a copy: the kept scores serve the next run as they were read).
                staff.add(table.id)
                scores = dict(scores)
                for name in barred & scores.keys():
                    instead = _staff_domain(name)
                    score = scores.pop(name)
                    if instead and scores.get(instead, (0.0, ""))[0] < score[0]:
                        scores[instead] = (score[0], f"staff ({score[1]})")
        domain, domain_how = _best_domain(scores) or (None, "")
        if domain is not None:
            share[domain] += 1
        found[table.id] = (subject, how, domain, domain_how)
    _drop_weak_domains(found, share)
    dominant = None
    if share:
        # The schema is of one domain when most of its tables about someone are: a single
        # staff table does not make a shop an HR system.
        name, count = share.most_common(1)[0]
        subjects_found = sum(1 for f in found.values() if f[0])
        if count >= SCHEMA_SHARE * subjects_found or (
                count >= SCHEMA_SHARE_ALONE * subjects_found
                and count >= SCHEMA_UNRIVALLED * sum(share.values())):
            dominant = name
    # A row keyed to a row about someone is about that someone too (a cost keyed to a payer
    # plan period of a person, an NLP term keyed to a note on a patient): `X_id` naming a
    # table X whose subject is a person.
    # (A key to a person's own table is a person key: the resolver links it.)
    via_target = subjects.via_target
    keyed = any(f[0] == "key" for f in found.values())
    needs_subject = {d.name for d in load_domains().domains if d.category.startswith("health.")}
    settings = load_domains().settings
    # A chain (drug_orders -> orders -> encounter -> patient) takes a pass per link.
    for _ in range(VIA_PASSES):
        changed = False
        for table in schema.tables.values():
            subject, how, domain, domain_how = found[table.id]
            if subject in ("self", "key") or not (keyed or share.keys() & needs_subject):
                continue
            if subject is None and share.keys() & needs_subject:
                # Reference data of a domain whose facts need a subject (a code list of a clinical
                # schema) is told by its name.
                hits = _hits(table.name, table.comment)
                if hits:
                    domain, domain_how = hits[0][0], f"table ({hits[0][1]})"
                    found[table.id] = (subject, how, domain, domain_how)
            if not keyed or settings.issuperset(_plain(table.name)[-1:]):
                # (A table named for settings, a system's one-row `config` with the key it
                # signs sessions with, is keyed to no one's row.)
                continue
            for column in table.columns.values():
                target = via_target(column.name, table)
                if target and target != table.id and found[target][0] == "key":
                    subject, how = "key", f"via {column.name} -> {target}"
                    if domain is None:
                        # Its own name's domain first (a grades table keyed to a pupil's
                        # enrolment in a group), else the domain of the row it is keyed to.
                        own = _best_domain(_own_scores(table, local))
                        if own is not None:
                            domain, domain_how = own
                        elif found[target][2]:
                            domain, domain_how = found[target][2], f"via {target}"
                    found[table.id] = (subject, how, domain, domain_how)
                    changed = True
                    break
        if not changed:
            break
    out = {}
    yielding = {d.name for d in load_domains().domains if d.yields} - {dominant}
    for table_id, (subject, how, domain, domain_how) in found.items():
        if subject and dominant and (domain is None or domain in yielding):
            if table_id in staff and dominant in _barred_names():
                domain, domain_how = _staff_domain(dominant), "staff (schema)"
            else:
                domain, domain_how = dominant, "schema"
        out[table_id] = TableFacts(domain, domain_how, subject, how)
    return out


def _own_scores(table: Table, local: dict[str, list[Any]] | None
                ) -> dict[str, tuple[float, str]]:
    """_domain_scores(table), kept in `local` (see table_facts) when given."""
    if local is None:
        return _domain_scores(table)
    kept = local[table.id]
    if kept[1] is None:
        kept[1] = _domain_scores(table)
    return kept[1]


def _best_domain(scores: dict[str, tuple[float, str]]) -> tuple[str, str] | None:
    """The domain scoring highest, with how it was found, if it scores DOMAIN_MIN."""
    if not scores:
        return None
    best = max(scores, key=lambda d: scores[d][0])
    return (best, scores[best][1]) if scores[best][0] >= DOMAIN_MIN else None


def _drop_weak_domains(found: dict[str, tuple[str | None, str, str | None, str]],
                       share: Counter[str]) -> None:
    """A domain placed by weak table words alone (Domain.weak) is no domain of the schema."""
    weak = {d.name: d.weak for d in load_domains().domains if d.weak}
    if not weak:
        return
    def _by_weak_word(domain: str, how: str) -> bool:
        return how.startswith("table (") and how[7:-1] in weak[domain]
    strong = {f[2] for f in found.values()
              if f[2] in weak and not _by_weak_word(f[2], f[3])}
    for table_id, (subject, how, domain, domain_how) in found.items():
        if domain in weak and domain not in strong and _by_weak_word(domain, domain_how):
            found[table_id] = (subject, how, None, "")
            share[domain] -= 1
    for domain in [d for d, n in share.items() if n <= 0]:
        del share[domain]


def _classes(words: tuple[str, ...], text: str) -> list[str]:
    data = load_domains()
    out = []
    for cls, vocab in data.structure.items():
        if vocab.intersection(words) or any(w in text for w in data.structure_zh[cls]):
            out.append(cls)
    return out


@lru_cache(maxsize=262144)
def column_features(domain: str, subject: str, domain_how: str, name: str,
                    column_type: str | None, comment: str | None, was: str | None
                    ) -> tuple[str, ...]:
    """The model's features of one column of a subject table in a domain."""
    data = load_domains()
    spec = next(d for d in data.domains if d.name == domain)
    words = words_of(name)
    plain = [w for w in words if not w.isdigit()] or list(words)
    head = plain[-1] if plain else ""
    comment = comment or ""
    d = f"d={domain}"
    # Every feature twice: within the domain, and across domains (what transfers to a domain
    # no labelled schema had: a fact word of the table's domain, the column's structure).
    local: list[str] = [f"s={subject}", f"src={domain_how.split(' ')[0]}"]
    local += [f"t={w}" for w in dict.fromkeys(plain)]
    local.append(f"head={head}")
    if spec.facts.intersection(plain):
        local.append("fact")
    if head in spec.facts:
        local.append("fact_head")
    if any(w in comment or w in name for w in spec.facts_zh):
        local.append("zh_fact")
    for cls in _classes(tuple(plain), comment + name):
        local.append(f"cls={cls}")
    head_cls = _classes((head,), "")
    local += [f"head_cls={c}" for c in head_cls]
    if "key" in head_cls and len(plain) > 1:
        # A key to a coded vocabulary of the domain (condition_concept_id, itemid) is the
        # coded fact itself; a key to a visit or an order is bookkeeping.
        # The type of a record (visit_type_concept_id) is its provenance, not a fact.
        coded = plain[-2] in spec.coded_keys and "type" not in plain
        local.append("fact_key" if coded else "other_key")
    local.append(f"ty={type_family(column_type) or 'none'}")
    local.append(f"c={'yes' if comment else 'no'}")
    if comment and comment.isascii():
        local += [f"ct={w}" for w in dict.fromkeys(words_of(comment)[:12])]
    feats = ["bias", d, *local, *(f"{d}|{f}" for f in local)]
    if was:
        feats.append(f"was={was}")
    return tuple(dict.fromkeys(feats))


@dataclass
class FactModel:
    weights: dict[str, float]

    def __post_init__(self) -> None:
        self._memo: dict[tuple[str, ...], float] = {}

    def probability(self, features: tuple[str, ...]) -> float:
        p = self._memo.get(features)
        if p is None:
            z = sum(self.weights.get(f, 0.0) for f in features)
            p = self._memo[features] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return p


_MODEL: list[FactModel | None] = [None]


def load_model() -> FactModel:
    if _MODEL[0] is None:
        path = resources.files("privflow.classify") / "data" / "fact_weights.json"
        try:
            weights = json.loads(path.read_text(encoding="utf-8"))["weights"]
        except FileNotFoundError:
            weights = {}
        _MODEL[0] = FactModel({str(k): float(v) for k, v in weights.items()})
    return _MODEL[0]


def use_model(model: FactModel | None) -> None:
    """Swap the fitted model (benchmarks fit one per left-out schema); None reloads the file."""
    _MODEL[0] = model


def _drop_subjectless(table: Table, category: str,
                      why: str = "no subject (reference data)") -> None:
    for column in table.columns.values():
        if column.categories == [category] and not any(
                e.startswith(("override:", "pragma:")) for e in column.evidence):
            column.categories, column.sensitive, column.confidence = [], False, 0.0
            column.evidence = [*column.evidence, f"table:{why}"]


@lru_cache(maxsize=65536)
def never_a_fact(name: str, comment: str | None) -> str | None:
    """Why a column of a subject table is no fact about its person whatever the model says
    (data/domains.yaml not_facts), or None."""
    data = load_domains()
    words = words_of(name)
    text = f"{name} {comment or ''}"
    if data.settings.intersection(words) or (
            not text.isascii() and any(w in text for w in data.settings_zh)):
        return "a setting"
    if any(f.category.split(".")[0] in data.attribute_families for f in read_name(name).factors):
        # phone_verified, email_count, login_count: an attribute of a contact or an account.
        return "an attribute of a contact or an account"
    return None


def _own_row_id(table: Table, column: Column) -> bool:
    """measurement.measurement_id, note_nlp.note_nlp_id: the row's own id (its primary key in
    all but declaration), bookkeeping whatever the table is about."""
    words = _plain(column.name)
    if len(words) < 2 or words[-1] not in _ROW_ID_TAILS:
        return False
    own = tuple(w for w in _plain(table.name) if w not in FILLER)
    return bool(own) and words[:-1] == own[-(len(words) - 1):]


_ROW_ID_TAILS = frozenset({"id", "key", "no", "uuid", "guid", "sn"})


def _names_a_fact(domain: Domain, column: Column) -> bool:
    words = words_of(column.name)
    if domain.facts.intersection(words):
        return True
    text = f"{column.name} {column.comment or ''}"
    if domain.facts_zh and not text.isascii() and any(w in text for w in domain.facts_zh):
        return True
    comment = column.comment or ""
    return bool(comment.isascii() and domain.facts.intersection(words_of(comment)[:12]))


def _a_things_value(domain: Domain, name: str) -> bool:
    words = words_of(name)
    return not domain.thing_values.isdisjoint(words) and domain.paid.isdisjoint(words)


@dataclass(frozen=True)
class Candidate:
    table: Table
    column: Column
    facts: TableFacts
    features: tuple[str, ...]


def candidates(schema: Schema, facts: dict[str, TableFacts]) -> list[Candidate]:
    """Columns the model decides on: in a subject table with a domain, not a key, untagged or
    tagged only by a category the domain reinterprets."""
    domains = {d.name: d for d in load_domains().domains}
    measures = load_vocabulary().typed_head_measures
    out = []
    for table in schema.tables.values():
        tf = facts[table.id]
        if not tf.domain or tf.subject not in ("self", "key") or table.kind != "table":
            continue
        replaceable, types = domains[tf.domain].replaceable, domains[tf.domain].types
        money_only = domains[tf.domain].money_only
        thing_values = domains[tf.domain].thing_values
        for column in table.columns.values():
            if column.linked_to or column.primary_key or column.references or any(
                    e.startswith(("override:", "pragma:")) for e in column.evidence):
                continue
            if types and type_family(column.type) not in types:
                continue
            if money_only and not measures.isdisjoint(words_of(column.name)):
                continue  # an order's total_score or weight is no payment
            if thing_values and _a_things_value(domains[tf.domain], column.name):
                continue  # an order line's product_price is the shop's price list
            if never_a_fact(column.name, column.comment) or _own_row_id(table, column):
                continue
            if tf.subject == "self" and not _names_a_fact(domains[tf.domain], column):
                # A person's own row holds who they are (names, contacts, documents) under
                # every naming habit; a fact of the domain there is named as one (blood_group,
                # medical_history, 学历), while an unknown word (nic, p_sq) is not one.
                continue
            was = None
            if column.categories:
                # A person's own table keeps its readings (a patient's city is a place);
                # an event row's generic reading may be the domain's fact (a drug's route).
                if tf.subject != "key" or len(column.categories) != 1 or column.categories[0] not in replaceable:
                    continue
                was = column.categories[0]
            out.append(Candidate(table, column, tf, column_features(
                tf.domain, tf.subject, tf.domain_how, column.name, column.type,
                column.comment, was)))
    return out


def _drop_things_names(schema: Schema, contexts: dict[str, TableContext],
                       facts: dict[str, TableFacts]) -> None:
    """A bare full name in a table of things (courses, departments, a realm's list) is the
    thing's name: the table is about no one (no subject, no person's context) and is headed
    by a thing's word or is a thing by its name (vocabulary bare_name_terms)."""
    vocab = load_vocabulary()
    bare, things = vocab.bare_name_terms, vocab.name_vetoes.get("identity.name", frozenset())
    for table in schema.tables.values():
        context = contexts[table.id]
        if facts[table.id].subject or context.about_people or context.kind not in (
                "thing", "neutral"):
            continue
        head = head_words(table.name)[-1:]
        if context.kind != "thing" and not (head and (head[0] in things
                                                     or _sing(head[0]) in things)):
            continue
        for column in _bare_names(table, bare):
            column.categories, column.sensitive, column.confidence = [], False, 0.0


def _bare_names(table: Table, bare: frozenset[str]) -> list[Column]:
    """The columns read as a name only by a bare name word (`name`, `FullName`; vocabulary
    bare_name_terms), with no comment to say more."""
    return [c for c in table.columns.values() if c.categories == ["identity.name"]
            and not c.comment and " ".join(_plain(c.name)) in bare]


def _drop_owned_things_names(schema: Schema, contexts: dict[str, TableContext],
                             facts: dict[str, TableFacts]) -> None:
    """A bare name in a table keyed to a person that holds nothing else of anyone's (a
    user's projects, a study's forms, a member's saved searches) is the row's own name: a
    person's name there comes with the person's other data (an address book's recipient,
    an order's buyer with a phone)."""
    bare = load_vocabulary().bare_name_terms
    for table in schema.tables.values():
        if contexts[table.id].kind == "people" or facts[table.id].subject != "key":
            continue
        named = _bare_names(table, bare)
        if len(named) != 1 or any(c.categories for c in table.columns.values()
                                  if c is not named[0]):
            continue
        column = named[0]
        column.categories, column.sensitive, column.confidence = [], False, 0.0
        column.evidence = [*column.evidence, "table:the name of a thing keyed to a person"]


def _drop_item_titles(schema: Schema, contexts: dict[str, TableContext],
                      facts: dict[str, TableFacts]) -> None:
    """A bare `title` or `position` is a person's job only in the person's own row or an HR
    table (titles of employees): a picture's, a ticket's or a note's title is the item's
    (vocabulary own_row_terms)."""
    terms = load_vocabulary().own_row_terms
    for table in schema.tables.values():
        if contexts[table.id].kind == "people" or facts[table.id].domain == "hr":
            continue
        named = set(words_of(table.name))
        for column in table.columns.values():
            if len(column.categories) != 1:
                continue
            own = terms.get(column.categories[0])
            if not own:
                continue
            said = [e.split(":", 1)[1] for e in column.evidence
                    if e.startswith(("name:", "comment:"))]
            if said and all(w in own and w not in named for w in said):
                column.categories, column.sensitive, column.confidence = [], False, 0.0
                column.evidence = [*column.evidence,
                                   "table:an item's title, not a person's (own_row_terms)"]


def dictionary_lists(schema: Schema, facts: dict[str, TableFacts]) -> dict[str, str]:
    """The tables that list an attribute's values (no subject, named for the attribute), by
    id, with the attribute: what a person's key elsewhere can point into."""
    return {t.id: c for t in schema.tables.values()
            if not facts[t.id].subject and (c := dictionary_category(t))}


def _keys_to_dictionaries(schema: Schema, facts: dict[str, TableFacts],
                          sensitive: frozenset[str]) -> None:
    """A person's key to the list of an attribute's values is that attribute: pekerjaan_id
    into tweb_penduduk_pekerjaan (occupations), religion_id into religions."""
    lists = dictionary_lists(schema, facts)
    by_name = tables_by_words(schema)
    # city_id into `cities`, municipio_id into `municipios`: a key names its list's item.
    by_item: dict[tuple[str, ...], str] = {}
    for list_id in lists:
        words = name_key(schema.tables[list_id].name)
        for item in singular_forms(words[-1]) if words else ():
            by_item.setdefault((*words[:-1], item), list_id)
    key_words = load_vocabulary().row_key_words
    places = load_vocabulary().place_tables
    keyed_by_name = load_vocabulary().keyed_by_name
    for table in schema.tables.values():
        if facts[table.id].subject not in ("self", "key"):
            continue
        for column in table.columns.values():
            if column.categories or column.linked_to or column.primary_key:
                continue
            target = column.references
            if target is None or target not in schema.tables:
                words = _plain(column.name)
                # country_id, or key first: fk_state, id_departamento
                if len(words) >= 2 and words[-1] in key_words:
                    item = words[:-1]
                elif len(words) >= 2 and words[0] in key_words:
                    item = words[1:]
                else:
                    continue
                found = by_name.get(item)
                if target is None:
                    target = found if isinstance(found, str) else by_item.get(item)
                if (found is None and target is None) or (target is not None
                                                          and target not in schema.tables):
                    # country_id, fk_state of a person's row whose list is kept elsewhere
                    # (another file, another service; a declared reference to a table the
                    # scan does not hold): the attribute its name says. (Not a
                    # `location_id`: a ward's or a shelf's as often as a person's place.)
                    category = attribute_named("_".join(item))
                    if category in keyed_by_name and places.isdisjoint(words):
                        _tag_key(column, category, "a list not in this schema", sensitive)
                    continue
            category = lists.get(target or "")
            if category is None or target == table.id:
                continue
            _tag_key(column, category, target or "", sensitive)


def _tag_key(column: Column, category: str, target: str, sensitive: frozenset[str]) -> None:
    column.categories = [category]
    column.state = column.state or "raw"
    column.confidence = 0.9
    column.evidence = [*column.evidence, f"table:key to the list of {category} ({target})"]
    column.sensitive = column.sensitive or category in sensitive


def apply_facts(schema: Schema, contexts: dict[str, TableContext], people: frozenset[str],
                sensitive: frozenset[str], local: dict[str, list[Any]] | None = None,
                natural: dict[str, str] | None = None) -> dict[str, TableFacts]:
    """Tag the facts of subject tables; returns every table's subject and domain.
    `natural`: linking.natural_keys of these people, when the caller has it (the resolver)."""
    facts = table_facts(schema, contexts, people, local, natural)
    model = load_model()
    if not model.weights:
        return facts
    categories = {d.name: d.category for d in load_domains().domains}
    for table in schema.tables.values():
        tf = facts[table.id]
        if tf.domain and not tf.subject and categories[tf.domain].startswith("health."):
            # Reference data (a code list, a dictionary of diagnoses) is about no one: the
            # domain's own category needs a person the row is about.
            _drop_subjectless(table, categories[tf.domain])
        elif not tf.subject and not contexts[table.id].about_people:
            attribute = dictionary_category(table)
            if attribute:
                # ethnic_race(code, desc): the list of an attribute's values, about no one;
                # and so are the other coded attributes it gives them (a citizenship's country).
                for listed in {attribute, *(c for column in table.columns.values()
                                            for c in column.categories)}:
                    _drop_subjectless(table, listed, f"no subject (dictionary of {attribute})")
            if holds_no_one(table):
                for category in load_vocabulary().needs_a_person:
                    # An invitation code or a worker's lock token: a secret, no one's login.
                    _drop_subjectless(table, category, f"no subject ({category} needs a person)")
    _keys_to_dictionaries(schema, facts, sensitive)
    _drop_item_titles(schema, contexts, facts)
    _drop_things_names(schema, contexts, facts)
    _drop_owned_things_names(schema, contexts, facts)
    for cand in candidates(schema, facts):
        p = model.probability(cand.features)
        if p < FACT_THRESHOLD:
            continue
        column, tf = cand.column, cand.facts
        category = categories[tf.domain or ""]
        # A health reading (patientweight) stays beside the domain's; a generic one goes.
        kept = [c for c in column.categories if c.split(".")[0] == category.split(".")[0]]
        column.categories = sorted({category, *kept})
        column.state = column.state or "raw"
        column.confidence = round(p, 3)
        column.evidence = [*column.evidence, f"table:subject {tf.subject_how}",
                           f"table:domain {tf.domain}", f"model:fact {p:.2f}"]
        column.sensitive = column.sensitive or category in sensitive
    return facts
