"""The personal-information taxonomy (docs/taxonomy.md) loaded from `data/taxonomy.yaml`.

The ids are a public contract; labels, sensitivity and the legal basis for it are data so that
the S flag can follow another standard without renaming anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

import yaml

from privflow.errors import PrivflowError

DEFAULT_STANDARD = "GB/T 35273-2020"

# A standard's name -> the `basis` tag that marks a category sensitive under it.
STANDARD_BASIS = {
    "GB/T 35273-2020": "35273-B",
    "35273": "35273-B",
    "PIPL": "PIPL-28",
    "GB/T 45574-2025": "45574",
    "45574": "45574",
}


@dataclass(frozen=True)
class Group:
    id: str
    zh: str
    en: str


@dataclass(frozen=True)
class Category:
    id: str
    zh: str
    en: str
    sensitive: bool
    basis: list[str] = field(default_factory=list, hash=False)
    gdpr: Literal["G9", "G10"] | None = None
    group: Group | None = None

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en


@cache
def load_taxonomy() -> dict[str, Category]:
    """Every category of taxonomy.md by id, in the data file's order."""
    path = resources.files("privflow.classify") / "data" / "taxonomy.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    groups = {gid: Group(gid, g["zh"], g["en"]) for gid, g in data["groups"].items()}
    categories: dict[str, Category] = {}
    for cid, entry in data["categories"].items():
        group_id = cid.split(".", 1)[0]
        if group_id not in groups:
            raise PrivflowError(f"category {cid} has no group {group_id}", path=str(path))
        gdpr = entry.get("gdpr")
        if gdpr not in (None, "G9", "G10"):
            raise PrivflowError(f"category {cid}: gdpr must be G9, G10 or null", path=str(path))
        categories[cid] = Category(
            id=cid,
            zh=entry["zh"],
            en=entry["en"],
            sensitive=bool(entry["sensitive"]),
            basis=[str(b) for b in entry.get("basis") or []],
            gdpr=gdpr,
            group=groups[group_id],
        )
    return categories


def sensitive_under(standard: str = DEFAULT_STANDARD) -> frozenset[str]:
    """Ids of the categories a standard lists as sensitive (default GB/T 35273-2020 Annex B)."""
    tag = STANDARD_BASIS.get(standard, standard)
    known = {t for c in load_taxonomy().values() for t in c.basis}
    if tag not in known:
        raise PrivflowError(f"unknown standard {standard!r}; known: {', '.join(STANDARD_BASIS)}")
    return frozenset(c.id for c in load_taxonomy().values() if tag in c.basis)


def is_sensitive(category_id: str) -> bool:
    category = load_taxonomy().get(category_id)
    return bool(category and category.sensitive)
