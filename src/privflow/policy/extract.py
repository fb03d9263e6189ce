"""What a privacy notice declares, each item with its evidence.

The extractor reads sentence by sentence (text.py), finds data-type words and vendor names
with the lexicons (catalogue.py) and decides from cue phrases (data/phrases.yaml) whether a
sentence declares anything: a data word counts unless its sentence is a definition (or under
a definitions heading), a question answered "No", or its clause is negated
("我们不会收集您的通讯录" declares nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from privflow.classify.taxonomy import load_taxonomy
from privflow.policy.catalogue import (
    category_matcher,
    phrases,
    role_matcher,
    roles,
    vendor_matcher,
    vendors,
)
from privflow.policy.reader import Notice, read_notice
from privflow.policy.text import Sentence, sentences

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9, "十": 10, "半": 0.5}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "thirty": 30,
               "sixty": 60, "ninety": 90}
_NUMBER = r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十半百]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|thirty|sixty|ninety)"
_PERIOD = re.compile(_NUMBER + r"\s*(?:个)?\s*(年|月|周|星期|天|日|小时|years?|months?|weeks?|days?|hours?)(?![a-z])",
                     re.IGNORECASE)
_UNITS = {"年": "Y", "月": "M", "周": "W", "星期": "W", "天": "D", "日": "D", "小时": "H",
          "year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H"}
_AGE = re.compile(r"(?:未满|不满|低于|小于|under(?: the age of)?|younger than|below(?: the age of)?)\s*"
                  r"(\d+|[一二三四五六七八九十]+)\s*(?:周岁|岁|years?)?", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?|"
                   r"(January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)\s+(\d{1,2}),?\s+(\d{4})|"
                   r"(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|"
                   r"October|November|December),?\s+(\d{4})", re.IGNORECASE)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![\d-])(?:\+?86[- ]?)?(?:400[- ]?\d{3}[- ]?\d{4}|0\d{2,3}[- ]?\d{7,8}|"
                    r"1[3-9]\d{9}|\d{3,4}-\d{3,4}-\d{4})(?![\d-])")
_HEADING = re.compile(r"^(#{1,6}\s|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[条章部分]|"
                      r"\d+(\.\d+)*[、.．]\s*\S|[（(][一二三四五六七八九十\d]+[)）]|[A-Z][A-Za-z ,&/'-]{2,60}$)")


@cache
def _cues() -> dict[str, Any]:
    """data/phrases.yaml compiled: folded YAML lines join alternatives with blanks; drop them."""
    def compile_(pattern: str) -> re.Pattern[str]:
        return re.compile(re.sub(r"\s*\|\s*", "|", pattern.strip()), re.IGNORECASE)

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return compile_(str(value))

    return walk(phrases())


@dataclass
class Evidence:
    file: str
    line: int
    start: int  # character offsets in the notice's text
    end: int
    sentence: str
    section: str = ""  # the heading the sentence is under

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "start": self.start, "end": self.end,
                "sentence": self.sentence, "section": self.section}


@dataclass
class CategoryItem:
    category: str  # taxonomy id, or unmapped:<name>
    terms: list[str]
    sensitive: bool
    conditional: bool  # only when the user chooses a feature ("如您使用…")
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"category": self.category, "terms": self.terms, "sensitive": self.sensitive,
                "conditional": self.conditional,
                "evidence": [e.to_json() for e in self.evidence]}


@dataclass
class RecipientItem:
    vendor: str  # vendor id of the catalogue
    name: str
    names: list[str]  # as the notice writes them
    kind: str  # entrusted | provided | joint
    function: str
    country: str
    categories: list[str]
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"vendor": self.vendor, "name": self.name, "names": self.names, "kind": self.kind,
                "function": self.function, "country": self.country,
                "categories": self.categories, "evidence": [e.to_json() for e in self.evidence]}


@dataclass
class Statement:
    """A retention, cross-border, minors, contact, update or purpose statement."""

    kind: str
    fields: dict[str, Any]
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {**self.fields, "evidence": self.evidence.to_json()}


@dataclass
class PolicyExtraction:
    files: list[str]
    categories: list[CategoryItem] = field(default_factory=list)
    negated: list[CategoryItem] = field(default_factory=list)
    recipients: list[RecipientItem] = field(default_factory=list)
    purposes: list[Statement] = field(default_factory=list)
    retention: list[Statement] = field(default_factory=list)
    cross_border: list[Statement] = field(default_factory=list)
    minors: list[Statement] = field(default_factory=list)
    contacts: list[Statement] = field(default_factory=list)
    updated: list[Statement] = field(default_factory=list)
    separate_notice: list[Statement] = field(default_factory=list)
    roles: list[Statement] = field(default_factory=list)  # recipients named only by role
    texts: dict[str, str] = field(default_factory=dict, repr=False)  # file -> its text

    def category_ids(self) -> set[str]:
        return {c.category for c in self.categories if not c.category.startswith("unmapped:")}

    def vendor_ids(self) -> set[str]:
        return {r.vendor for r in self.recipients}

    def category(self, cid: str) -> CategoryItem | None:
        return next((c for c in self.categories if c.category == cid), None)

    def recipient(self, vendor: str) -> RecipientItem | None:
        return next((r for r in self.recipients if r.vendor == vendor), None)

    def separately_noticed(self) -> set[str]:
        found: set[str] = set()
        for statement in self.separate_notice:
            found.update(statement.fields.get("categories", []))
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "categories": [c.to_json() for c in self.categories],
            "not_collected": [c.to_json() for c in self.negated],
            "recipients": [r.to_json() for r in self.recipients],
            "purposes": [p.to_json() for p in self.purposes],
            "retention": [s.to_json() for s in self.retention],
            "cross_border": [s.to_json() for s in self.cross_border],
            "minors": [s.to_json() for s in self.minors],
            "contacts": [s.to_json() for s in self.contacts],
            "updated": [s.to_json() for s in self.updated],
            "separate_notice": [s.to_json() for s in self.separate_notice],
            "recipient_roles": [s.to_json() for s in self.roles],
        }


def _number(text: str) -> float | None:
    text = text.lower()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    if text in _EN_NUMBERS:
        return float(_EN_NUMBERS[text])
    if text == "百":
        return 100.0
    if all(ch in _CN_DIGITS for ch in text):
        if "十" in text:
            tens, _, units = text.partition("十")
            return float((_CN_DIGITS.get(tens, 1) if tens else 1) * 10
                         + (_CN_DIGITS.get(units, 0) if units else 0))
        if len(text) == 1:
            return float(_CN_DIGITS[text])
    return None


def iso_period(amount: float, unit: str) -> str:
    unit_key = unit.lower().rstrip("s") if unit.isascii() else unit
    code = _UNITS[unit_key]
    if amount != int(amount):  # 半年 -> P6M
        if code == "Y":
            return f"P{int(amount * 12)}M"
        return f"P{int(amount * 30)}D" if code == "M" else f"P{int(amount * 24)}H"
    if code == "H":
        return f"PT{int(amount)}H"
    return f"P{int(amount)}{code}"


class _Reader:
    def __init__(self, notice: Notice) -> None:
        self.notice = notice
        self.sentences = sentences(notice.text)
        self.cues = _cues()
        self.declaring = [bool(self.cues["declaration"].search(s.text)) for s in self.sentences]

    def evidence(self, sentence: Sentence, section: str = "") -> Evidence:
        return Evidence(self.notice.path, sentence.line, sentence.start, sentence.end,
                        sentence.text, section)

    def processing(self) -> list[bool]:
        """Per sentence: may its data words declare anything? Not in a definition (是指,
        means), not under a definitions heading (名词解释, Definitions), not a question that the
        next line answers No (a data-safety form)."""
        flags: list[bool] = []
        in_definitions = False
        for index, sentence in enumerate(self.sentences):
            text = sentence.text
            if _is_heading(self.notice.text, sentence):
                in_definitions = bool(self.cues["definition_section"].search(text))
            answer = self.sentences[index + 1].text if index + 1 < len(self.sentences) else ""
            answered_no = text.endswith(("?", "？")) and bool(
                self.cues["answer_no"].match(answer))
            defining = in_definitions or bool(self.cues["definition"].search(text))
            flags.append(not answered_no and (self.declaring[index] or not defining))
        return flags

    def negated(self, sentence: Sentence, start: int) -> bool:
        before = sentence.text[:start]
        cut = 0
        for match in self.cues["clause_break"].finditer(before):
            cut = match.end()
        return bool(self.cues["negation"].search(before[cut:]))


def _is_heading(whole: str, sentence: Sentence) -> bool:
    """A short line of its own without sentence punctuation: 名词解释, 1、注册账号, ## Cookies."""
    text = sentence.text
    alone = ((sentence.start == 0 or whole[sentence.start - 1] == "\n")
             and (sentence.end >= len(whole) or whole[sentence.end] == "\n"))
    return (alone and len(text) <= 40 and not re.search(r"[。，,；;！？!?]|[.:：]$", text)
            and not text.startswith(("|", "-", "*", "•")) or text.startswith("#"))


def _conditional(text: str) -> bool:
    return bool(re.search(r"^(如果|如|若|当|在您)|如您|若您|如果您|当您|\bif you\b|\bwhen you\b|"
                          r"\bshould you\b|\bwhere you\b", text, re.IGNORECASE))


def extract(paths: Iterable[str]) -> PolicyExtraction:
    """Read every notice in `paths` and extract what they declare, together."""
    notices = [read_notice(p) for p in paths]
    return extract_notices(notices)


def extract_notices(notices: list[Notice]) -> PolicyExtraction:
    result = PolicyExtraction(files=[n.path for n in notices],
                              texts={n.path: n.text for n in notices})
    categories: dict[str, CategoryItem] = {}
    negated: dict[str, CategoryItem] = {}
    recipients: dict[str, RecipientItem] = {}
    taxonomy = load_taxonomy()
    catalogue = vendors()
    for notice in notices:
        reader = _Reader(notice)
        cues = reader.cues
        flags = reader.processing()
        heading = ""
        for sentence, processing in zip(reader.sentences, flags, strict=True):
            text = sentence.text
            if _is_heading(notice.text, sentence):
                heading = text.lstrip("#").strip()
            evidence = reader.evidence(sentence, heading)
            hits = category_matcher().hits(text)
            found_here: list[str] = []
            for hit in hits:
                is_negated = reader.negated(sentence, hit.start)
                target = negated if is_negated else categories
                if not processing and not is_negated:
                    continue
                cid = hit.value
                sensitive = bool(cid in taxonomy and taxonomy[cid].sensitive)
                item = target.setdefault(cid, CategoryItem(cid, [], sensitive, True))
                if hit.term not in item.terms:
                    item.terms.append(hit.term)
                if not item.evidence or item.evidence[-1].start != evidence.start:
                    item.evidence.append(evidence)
                if not is_negated:
                    item.conditional = item.conditional and _conditional(text)
                    found_here.append(cid)
            for hit in vendor_matcher().hits(text):
                if reader.negated(sentence, hit.start) and not processing:
                    continue
                vendor = catalogue[hit.value]
                kind = _recipient_kind(text, vendor.kind, cues)
                item_r = recipients.setdefault(vendor.id, RecipientItem(
                    vendor.id, vendor.name, [], kind, vendor.function, vendor.country, []))
                if hit.term not in item_r.names:
                    item_r.names.append(hit.term)
                for cid in found_here:
                    if cid not in item_r.categories and not cid.startswith("unmapped:"):
                        item_r.categories.append(cid)
                if not item_r.evidence or item_r.evidence[-1].start != evidence.start:
                    item_r.evidence.append(evidence)
            for hit in role_matcher().hits(text):
                if reader.negated(sentence, hit.start):
                    continue
                role = roles()[hit.value]
                if not any(r.fields["role"] == role.id for r in result.roles):
                    result.roles.append(Statement("role", {
                        "role": role.id, "function": role.function, "term": hit.term},
                        evidence))
            _statements(result, reader, sentence, evidence, heading, found_here, processing)
    result.categories = sorted(categories.values(),
                               key=lambda c: (c.evidence[0].file, c.evidence[0].start))
    result.negated = [n for cid, n in negated.items() if cid not in categories]
    result.recipients = sorted(recipients.values(),
                               key=lambda r: (r.evidence[0].file, r.evidence[0].start))
    return result


def _recipient_kind(text: str, default: str, cues: dict[str, Any]) -> str:
    for kind in ("joint", "entrusted", "provided"):
        if cues["recipient_kind"][kind].search(text):
            return kind
    return "entrusted" if default == "processor" else "provided"


def _statements(result: PolicyExtraction, reader: _Reader, sentence: Sentence,
                evidence: Evidence, heading: str, found: list[str], processing: bool) -> None:
    cues = reader.cues
    text = sentence.text
    mapped = [c for c in dict.fromkeys(found) if not c.startswith("unmapped:")]
    if processing and cues["processing"].search(text) and cues["purpose"].search(text):
        result.purposes.append(Statement("purpose", {
            "business_function": heading or None, "purpose": text, "categories": mapped},
            evidence))
    if cues["retention"].search(text):
        periods = [iso_period(n, unit) for amount, unit in _PERIOD.findall(text)
                   if (n := _number(amount)) is not None and n > 0]
        minimum = bool(cues["retention_minimum"].search(text))
        triggers = [name for name, pattern in cues["triggers"].items() if pattern.search(text)]
        if periods or minimum:
            result.retention.append(Statement("retention", {
                "periods": periods, "minimum_necessary": minimum, "triggers": triggers,
                "categories": mapped}, evidence))
    destinations = [c for c, p in cues["destinations"].items() if p.search(text)]
    if cues["cross_border"].search(text) or (destinations and cues["transfer"].search(text)):
        mechanisms = [m for m, p in cues["mechanisms"].items() if p.search(text)]
        domestic_only = bool(cues["cross_border_negated"].search(text))
        result.cross_border.append(Statement("cross_border", {
            "domestic_only": domestic_only, "destinations": destinations,
            "mechanisms": mechanisms}, evidence))
    if cues["minors"].search(text):
        ages = sorted({int(n) for a in _AGE.findall(text) if (n := _number(a)) is not None})
        if ages or re.search(r"儿童|child", text, re.IGNORECASE):
            result.minors.append(Statement("minors", {"ages": ages}, evidence))
    emails = _EMAIL.findall(text)
    phones = _PHONE.findall(text)
    dpo = bool(cues["dpo"].search(text))
    if (emails or phones) and cues["contact"].search(text) or dpo:
        result.contacts.append(Statement("contact", {"dpo": dpo, "emails": emails,
                                                     "phones": phones}, evidence))
    if cues["update_date"].search(text) and sentence.index < 40:
        date = _date(text)
        if date:
            result.updated.append(Statement("updated", {"date": date}, evidence))
    if mapped and cues["separate_notice"].search(text):
        sensitive = [c for c in mapped if c in load_taxonomy() and load_taxonomy()[c].sensitive]
        if sensitive:
            result.separate_notice.append(Statement("separate_notice",
                                                    {"categories": sensitive}, evidence))


def _date(text: str) -> str | None:
    match = _DATE.search(text)
    if not match:
        return None
    groups = match.groups()
    if groups[0]:
        year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
    elif groups[3]:
        month, day, year = _MONTHS.index(groups[3].lower()) + 1, int(groups[4]), int(groups[5])
    else:
        day, month, year = int(groups[6]), _MONTHS.index(groups[7].lower()) + 1, int(groups[8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
