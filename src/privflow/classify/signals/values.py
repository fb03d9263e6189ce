"""Value signal: run the validators over a column's samples (dump rows, live databases).

Evidence says how many samples were valid, never what they were. A column whose name says
phone but whose values are not phones gets a low factor; values that are organisation codes
count against personal identifiers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from privflow.classify.evidence import Evidence
from privflow.classify.validators import (
    VALIDATORS,
    Validator,
    ValueSet,
    distinct,
    least_share,
)
from privflow.classify.vocabulary import load_vocabulary

MIN_SAMPLES = 3  # fewer non-empty samples prove nothing either way
MIN_TO_CONTRADICT = 5
VALID_SHARE = 0.8
CONTRADICTED_SHARE = 0.2
CONTRADICTED = 0.25
# When two readings (name, comment, type) agree on a category, a few sampled values that fail its
# check (made-up demo ID numbers) weaken it less: they do not veto it.
CONTRADICTED_AGREEING = 0.6
ORGANISATION = 0.1
# Categories whose values the validators can check; a name saying one of these is contradicted
# when the values fail.
CHECKABLE = frozenset(v.category for v in VALIDATORS if v.category) - {"identity.passport"}
# Positions in VALIDATORS of each personal category's validators (in VALIDATORS order), and of
# the organisation ones.
_BY_CATEGORY: dict[str, tuple[int, ...]] = {}
for _index, _item in enumerate(VALIDATORS):
    if not _item.organisation and _item.category:
        _BY_CATEGORY[_item.category] = (*_BY_CATEGORY.get(_item.category, ()), _index)
_ORGANISATION = tuple(i for i, v in enumerate(VALIDATORS) if v.organisation)


@dataclass
class ValueReport:
    total: int = 0
    json_keys: list[str] = field(default_factory=list)  # keys or element names of documents
    documents: int = 0  # samples that are JSON or XML documents
    embedded: dict[str, int] = field(default_factory=dict)  # category -> documents holding it
    masked: int = 0  # 138****5678, 4111********1111: a masked value of some identifier
    hashed: int = 0  # hex digests, bcrypt/argon strings: one-way transformed values
    # The distinct values with their validators' tallies: counted only as far as the
    # classifier's questions (value_supports, value_factor) need.
    values: ValueSet | None = None

    def best(self, category: str, needed: int = 1) -> tuple[int, Validator] | None:
        """(count, validator) of the category's validator with the most valid values (the
        first on a tie), among those with at least `needed`; None when none has."""
        found = None
        if self.values is None:
            return None
        values = self.values
        for index in _BY_CATEGORY.get(category, ()):
            if values.reaches(index, max(1, needed)):
                valid = values.exact(index)
                if found is None or valid > found[0]:
                    found = (valid, VALIDATORS[index])
        return found

    @property
    def valid(self) -> dict[str, tuple[int, Validator]]:
        """Best (count, validator) per category with any valid value (all counted exactly)."""
        found = {}
        for category in _BY_CATEGORY:
            best = self.best(category)
            if best is not None:
                found[category] = best
        return found

    @property
    def organisation(self) -> tuple[int, Validator] | None:
        found = None
        if self.values is not None:
            for index in _ORGANISATION:
                valid = self.values.exact(index)
                if valid:
                    found = (valid, VALIDATORS[index])
        return found

    def transformed_state(self) -> tuple[str, str] | None:
        """(state, evidence label) when most samples are masked or hashed."""
        if self.total >= MIN_SAMPLES and self.masked / self.total >= 0.5:
            return "masked", f"{self.masked}/{self.total} masked"
        if self.total >= MIN_SAMPLES and self.hashed / self.total >= 0.5:
            return "pseudonymized", f"{self.hashed}/{self.total} hashed"
        return None


_MASKED = re.compile(r"[\w@.+\- ]*\*{2,}[\w@.+\- ]*")
_HASHED = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}|"
                     r"\$(2[abxy]?|argon2(id|i|d)|pbkdf2[\w-]*|[156])\$.{8,}|\{(SHA|SSHA|MD5)\}.+")


_DIGEST_LENGTHS = frozenset({32, 40, 64, 128})
_DOCUMENT_STARTS = frozenset("<{[")
_DOCUMENT_START = re.compile(r"(?:^|\n)[<{\[]")  # in distinct values joined by newlines


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        return None
    text = str(value).strip()
    return text or None


_XML_TAG = re.compile(r"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_HTML = frozenset({"p", "div", "span", "img", "a", "br", "table", "tr", "td", "ul", "li", "strong",
                   "em", "b", "i", "h1", "h2", "h3", "h4", "font", "section", "video", "iframe",
                   "html", "body", "head", "style", "script"})
_XML_TEXT = re.compile(r">([^<>]{1,200})<")


def _document(text: str, keys: set[str], leaves: list[str]) -> None:
    """Keys (or element names) and leaf strings of a JSON or XML sample."""
    if text.startswith("<"):
        tags = {m.group(2).lower() for m in _XML_TAG.finditer(text[:20000])}
        if tags & _HTML:
            return  # rich text (a product description), not a record of named fields
        keys.update(m.group(2)[:64] for m in _XML_TAG.finditer(text[:20000]))
        leaves.extend(m.group(1).strip() for m in _XML_TEXT.finditer(text[:20000]))
        return
    if not text.startswith(("{", "[")):
        return
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    while stack and len(keys) < 200 and len(leaves) < 200:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                keys.add(str(key)[:64])
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item[:20])
        elif isinstance(item, str | int) and not isinstance(item, bool):
            leaves.append(str(item))


def read_values(samples: list[object]) -> ValueReport:
    report = ValueReport()
    if set(map(type, samples)) == {str}:  # the common case, at C speed
        texts = list(filter(None, map(str.strip, samples)))
    else:
        texts = [t for t in (_text(v) for v in samples) if t is not None]
    report.total = len(texts)
    if report.total < MIN_SAMPLES:
        return report
    keys: set[str] = set()
    documents = 0
    embedded: dict[str, set[int]] = {}
    counts = distinct(texts)
    values = ValueSet(counts)
    # The distinct values joined: a column none of whose values starts as a document does
    # (most columns) is not looked at value by value.
    text = values.text
    if ("<" in text or "{" in text or "[" in text) and _DOCUMENT_START.search(text) is not None:
        for number, text in enumerate(texts[:50]):
            if text[:1] not in _DOCUMENT_STARTS:
                continue  # neither JSON nor XML: no keys, no leaves, not a document
            leaves: list[str] = []
            _document(text, keys, leaves)
            documents += bool(leaves) or text.startswith(("{", "[", "<"))
            for leaf in leaves:
                for validator in VALIDATORS:
                    if validator.standalone and validator.category and validator(leaf):
                        embedded.setdefault(validator.category, set()).add(number)
    report.json_keys = sorted(keys)
    # Masks hold "**"; digests are 32/40/64/128 hex digits or start with `$` or `{`: a column
    # whose joined values hold neither is not looked at value by value.
    if "**" in values.text:
        report.masked = sum(n for t, n in counts.items()
                            if len(t) < 64 and "**" in t and _MASKED.fullmatch(t))
    if "$" in values.text or "{" in values.text or not _DIGEST_LENGTHS.isdisjoint(
            map(len, counts)):
        report.hashed = sum(n for t, n in counts.items() if (
            len(t) in _DIGEST_LENGTHS or t[:1] in "${") and _HASHED.fullmatch(t))
    if documents >= MIN_SAMPLES:
        report.documents = documents
        report.embedded = {c: len(found) for c, found in embedded.items()}
    report.values = values
    return report


def value_supports(report: ValueReport) -> list[Evidence]:
    out: list[Evidence] = []
    if report.total < MIN_SAMPLES:
        return out
    values = report.values
    if values is None or values.none_valid:
        return out
    # Only a validator that can still reach the share is counted to the end.
    needed = least_share(report.total, VALID_SHARE)
    for category, indices in _BY_CATEGORY.items():
        best = None
        for index in indices:
            if values.reaches(index, needed):
                valid = values.exact(index)
                if best is None or valid > best[0]:
                    best = (valid, VALIDATORS[index])
        if best is not None:
            valid, validator = best
            share = valid / report.total
            score = 0.95 if report.total >= 10 and share >= 0.95 else 0.85
            if not validator.standalone:
                score = 0.4
            out.append(Evidence("values", f"{valid}/{report.total} {validator.label}", category,
                                score, why=validator.name))
    return out


def silent(report: ValueReport, categories: Iterable[str]) -> bool:
    """True when the samples say nothing about a column whose readings name `categories`
    (or fewer): no validator reaches its share, no documents or keys, not mostly masked or
    hashed, and no category contradicted. Such a column is classified as if unsampled."""
    if report.documents or report.json_keys or report.transformed_state() is not None:
        return False
    if value_supports(report):
        return False
    return all(value_factor(report, category) is None for category in categories)


def embedded_supports(report: ValueReport) -> list[Evidence]:
    """Categories whose valid values sit inside sampled documents (a phone in a JSON)."""
    out = []
    for category, found in report.embedded.items():
        if found / report.documents >= 0.3:
            label = next(v.label for v in VALIDATORS if v.category == category)
            out.append(Evidence("values", f"{found}/{report.documents} documents with {label}",
                                category, 0.85, why="inside sampled documents"))
    return out


def value_factor(report: ValueReport, category: str, agreeing: int = 1) -> Evidence | None:
    """A factor when sampled values contradict a category; `agreeing`: how many readings
    (name, comment, type) name it."""
    if report.total < MIN_TO_CONTRADICT:
        return None
    total = report.total
    if category.startswith("identity.") and report.values is not None:
        needed = least_share(total, 0.5)
        for index in _ORGANISATION:
            if report.values.reaches(index, max(1, needed)):
                valid, validator = report.values.exact(index), VALIDATORS[index]
                return Evidence("values", f"{valid}/{total} {validator.label}", category,
                                ORGANISATION, "factor", why="organisation identifiers")
    if category not in CHECKABLE or report.documents:
        return None  # a document's values are checked inside it (embedded_supports)
    others = load_vocabulary().types.get("value_compatible", {}).get(category, ())
    # Values fit once the category's best validator plus its compatible ones reach the share:
    # any one validator reaching it alone settles that without counting the rest.
    needed = least_share(total, CONTRADICTED_SHARE, report.masked + report.hashed)
    if report.values is not None:
        for other in (category, *others):
            for index in _BY_CATEGORY.get(other, ()):
                if report.values.reaches(index, needed):
                    return None
    best = report.best(category)
    valid, validator = best if best is not None else (0, None)
    for other in others:
        valid += (report.best(other) or (0, None))[0]
    if (valid + report.masked + report.hashed) / total >= CONTRADICTED_SHARE:
        return None  # masked or hashed phones are still phones, in another state
    label = validator.label if validator else next(
        v.label for v in VALIDATORS if v.category == category)
    if agreeing >= 2:
        return Evidence("values", f"{valid}/{total} {label}", category,
                        CONTRADICTED_AGREEING, "factor",
                        why="values do not fit, but the readings agree")
    return Evidence("values", f"{valid}/{total} {label}", category, CONTRADICTED,
                    "factor", why="values do not fit")
