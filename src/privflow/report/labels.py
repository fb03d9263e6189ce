"""Report labels in one language, from `data/labels.<lang>.yaml`; category names from the taxonomy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from privflow.errors import PrivflowError

LANGUAGES = ("zh", "en")
_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


@cache
def _load(lang: str) -> dict[str, Any]:
    if lang not in LANGUAGES:
        raise PrivflowError(f"unknown report language {lang!r}; use one of {', '.join(LANGUAGES)}")
    path = resources.files("privflow.report") / "data" / f"labels.{lang}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def _taxonomy() -> dict[str, Any]:
    try:
        from privflow.classify.taxonomy import load_taxonomy
    except ImportError:  # the classifier is optional for rendering: ids then stand for names
        return {}
    return load_taxonomy()


@dataclass(frozen=True)
class Labels:
    """Look-ups into one language's label file; a missing key shows as the key itself."""

    lang: str
    # "handler" (PIPL: 个人信息处理者, 受托人) or "controller" (GDPR: controller, processor):
    # the `wording.controller` block of the label file overrides the handler words.
    wording: str = "handler"

    @property
    def data(self) -> dict[str, Any]:
        return _load(self.lang)

    def _lookup(self, node: Any, path: tuple[str, ...]) -> Any:
        for key in path:
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return node

    def get(self, *path: str) -> str:
        if self.wording != "handler":
            found = self._lookup(self.data.get("wording", {}).get(self.wording, {}), path)
            if found is not None and not isinstance(found, dict):
                return str(found)
        found = self._lookup(self.data, path)
        return path[-1] if found is None or isinstance(found, dict) else str(found)

    def section(self, key: str) -> str:
        return self.get("sections", key)

    def column(self, register: str, key: str) -> str:
        return self.get("columns", register, key)

    def word(self, key: str) -> str:
        return self.get("words", key)

    def enum(self, enum: str, value: str | None) -> str:
        """The label of an enum value; an unknown value is shown as written, never dropped."""
        if value is None or value == "":
            return ""
        return self.get("enums", enum, value)

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.word("unknown")
        return self.word("yes" if value else "no")

    def category(self, category_id: str) -> str:
        """`手机号/电话 (contact.phone)`: the taxonomy name in this language plus the id."""
        category = _taxonomy().get(category_id)
        if category is None:
            return category_id
        return f"{category.label(self.lang)} ({category_id})"

    def category_name(self, category_id: str) -> str:
        category = _taxonomy().get(category_id)
        return category.label(self.lang) if category is not None else category_id

    def duration(self, iso: str | None) -> str:
        """`P3Y` -> `3年` / `3 years`; anything else is shown as written."""
        if not iso:
            return ""
        match = _DURATION.match(iso.strip().upper())
        if not match or not any(match.groups()):
            return iso
        units = ("years", "months", "weeks", "days")
        return " ".join(f"{n}{self.word(u)}" for n, u in zip(match.groups(), units, strict=True) if n)


def category_info(category_id: str) -> Any:
    """The taxonomy entry of a category id (None when unknown or the taxonomy is absent)."""
    return _taxonomy().get(category_id)


def is_sensitive(category_id: str) -> bool:
    info = category_info(category_id)
    return bool(info is not None and info.sensitive)


def gdpr_flag(category_id: str) -> str | None:
    info = category_info(category_id)
    return None if info is None else info.gdpr
