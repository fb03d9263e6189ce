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

_LATIN_UPPER = re.compile(r"[A-Z]")


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
        words: list[str] = []
        for cid, terms in data["categories"].items():
            for term in terms.get("zh", []) + terms.get("en", []):
                table.setdefault(key(str(term)), cid)
                words.append(str(term))
        for name, terms in data.get("unmapped", {}).items():
            for term in terms.get("zh", []) + terms.get("en", []):
                table.setdefault(key(str(term)), f"unmapped:{name}")
                words.append(str(term))
        for term in data["ignore"]["zh"] + data["ignore"]["en"]:
            table[key(str(term))] = None
            words.append(str(term))
        # Vendor names are words too: 微信号 must not be cut as 微信/号 for one matcher and
        # differently for the other.
        for vendor in vendors().values():
            words.extend(vendor.aliases)
        self.matcher = TermMatcher(table, words)

    def hits(self, text: str) -> list[Hit]:
        return list(self.matcher.hits(text))


class VendorMatcher:
    """Names of companies and SDKs -> vendor ids of the catalogue."""

    def __init__(self) -> None:
        table: dict[str, str | None] = {}
        self.spellings: dict[str, list[str]] = {}
        words: list[str] = []
        for vendor in vendors().values():
            for alias in vendor.aliases:
                table.setdefault(key(alias), vendor.id)
                self.spellings.setdefault(key(alias), []).append(alias)
                words.append(alias)
        data = lexicon()
        for terms in data["categories"].values():
            words.extend(str(t) for t in terms.get("zh", []))
        self.matcher = TermMatcher(table, words)

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
        """A Latin brand with capitals matches only as capitalised (Adjust, not adjust)."""
        written = "".join(hit.term.split())
        for alias in self.spellings.get(key(hit.term), []):
            if not _LATIN_UPPER.search(alias) or "".join(alias.split()) == written:
                return True
            if written.isupper() and len(written) > 3:  # A HEADING IN CAPITALS
                return True
        return not self.spellings.get(key(hit.term))


@cache
def category_matcher() -> CategoryMatcher:
    return CategoryMatcher()


@cache
def vendor_matcher() -> VendorMatcher:
    return VendorMatcher()
