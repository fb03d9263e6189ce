"""The data behind the extractor: the data-type lexicon, the recipient catalogue and the
phrase tables (data/*.yaml), loaded once, with the matchers built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from privflow.policy.text import Hit, TermMatcher, key

_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")


def _data(name: str) -> Any:
    text = (resources.files("privflow.policy") / "data" / name).read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass(frozen=True)
class Vendor:
    id: str
    name: str
    name_en: str
    kind: str
    function: str
    country: str
    aliases: tuple[str, ...]
    not_after: tuple[str, ...] = field(default=(), hash=False)


@cache
def vendors() -> dict[str, Vendor]:
    """The recipient catalogue by vendor id."""
    found: dict[str, Vendor] = {}
    for entry in _data("recipients.yaml")["vendors"]:
        found[entry["id"]] = Vendor(
            id=entry["id"], name=entry["name"], name_en=entry.get("name_en", entry["name"]),
            kind=entry.get("kind", "handler"), function=entry.get("function", "other"),
            country=entry.get("country", "CN"),
            aliases=tuple(str(a) for a in entry.get("aliases", [])),
            not_after=tuple(str(a) for a in entry.get("not_after", [])))
    return found


@dataclass(frozen=True)
class Role:
    """A recipient a notice names only by what it does (通信运营商, advertising partners)."""

    id: str
    function: str
    kind: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    hints: tuple[str, ...]


@cache
def roles() -> dict[str, Role]:
    return {rid: Role(rid, entry["function"], entry.get("kind", "handler"), entry["zh"],
                      entry["en"], tuple(map(str, entry.get("aliases", []))),
                      tuple(map(str, entry.get("hints", []))))
            for rid, entry in _data("recipients.yaml").get("roles", {}).items()}


def _all_words() -> list[str]:
    """Terms of the matchers: one jieba dictionary cuts a sentence the same way for all."""
    data = lexicon()
    words = [str(t) for terms in data["categories"].values()
             for t in terms.get("zh", []) + terms.get("en", [])]
    words += [str(t) for terms in data.get("unmapped", {}).values()
              for t in terms.get("zh", []) + terms.get("en", [])]
    words += [str(t) for t in data["ignore"]["zh"] + data["ignore"]["en"]]
    words += [a for v in vendors().values() for a in v.aliases]
    # Role aliases stay out: they match as runs of tokens, and as words they would swallow
    # a vendor's name (华为消息推送服务 is Huawei's push, not a push service by role).
    return words


@cache
def phrases() -> dict[str, Any]:
    """Cue phrases (negation, collection, purpose, recipient kinds ...) as compiled patterns."""
    return _data("phrases.yaml")


@cache
def lexicon() -> dict[str, Any]:
    return _data("lexicon.yaml")


class CategoryMatcher:
    """Data-type words -> taxonomy ids (or `unmapped:<name>`)."""

    def __init__(self) -> None:
        data = lexicon()
        table: dict[str, str | None] = {}
        for cid, terms in data["categories"].items():
            for term in terms.get("zh", []) + terms.get("en", []):
                table.setdefault(key(str(term)), cid)
        for name, terms in data.get("unmapped", {}).items():
            for term in terms.get("zh", []) + terms.get("en", []):
                table.setdefault(key(str(term)), f"unmapped:{name}")
        for term in data["ignore"]["zh"] + data["ignore"]["en"]:
            table[key(str(term))] = None
        self.matcher = TermMatcher(table, _all_words())

    def hits(self, text: str) -> list[Hit]:
        return list(self.matcher.hits(text))


class VendorMatcher:
    """Names of companies and SDKs -> vendor ids of the catalogue."""

    def __init__(self) -> None:
        table: dict[str, str | None] = {}
        self.spellings: dict[str, list[str]] = {}
        for vendor in vendors().values():
            for alias in vendor.aliases:
                table.setdefault(key(alias), vendor.id)
                self.spellings.setdefault(key(alias), []).append(alias)
        self.matcher = TermMatcher(table, _all_words())

    def hits(self, text: str) -> list[Hit]:
        found = []
        for hit in self.matcher.hits(text):
            if not self._case_ok(hit):
                continue
            after = text[hit.end:]
            if any(after.startswith(v) for v in vendors()[hit.value].not_after):
                continue
            found.append(hit)
        return found

    def _case_ok(self, hit: Hit) -> bool:
        """A brand that is also an English word (one Capitalised word: Adjust, Square, Crisp)
        matches only as written; other spellings match in any case (Umeng+, UMENG, umeng+)."""
        written = "".join(hit.term.split())
        spellings = self.spellings.get(key(hit.term))
        if not spellings:
            return True
        for alias in spellings:
            if not _CAPITALISED_WORD.fullmatch(alias) or alias == written:
                return True
            if written.isupper() and len(written) > 3:  # A HEADING IN CAPITALS
                return True
        return False


class RoleMatcher:
    """Recipients named by role -> role ids."""

    def __init__(self) -> None:
        table: dict[str, str | None] = {key(a): r.id for r in roles().values() for a in r.aliases}
        self.matcher = TermMatcher(table, _all_words())

    def hits(self, text: str) -> list[Hit]:
        return list(self.matcher.hits(text))


@cache
def role_matcher() -> RoleMatcher:
    return RoleMatcher()


@cache
def category_matcher() -> CategoryMatcher:
    return CategoryMatcher()


@cache
def vendor_matcher() -> VendorMatcher:
    return VendorMatcher()
