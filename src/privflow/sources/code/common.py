"""Small helpers every code reader shares: the type table and doc-comment cleaning."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def _types() -> dict[str, dict[str, str]]:
    text = resources.files("privflow.sources.code").joinpath("data/types.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def sql_type(language: str, type_name: str | None) -> str | None:
    """The SQL type an ORM stores `type_name` as, or None when the table does not say."""
    if not type_name:
        return None
    key = type_name.strip().split("<", 1)[0].rsplit(".", 1)[-1].lower().rstrip("?")
    if language == "kotlin":
        language = "java"  # the same JVM types
    if language == "go":
        key = type_name.strip().lstrip("*").lower()
    return _types().get(language, {}).get(key)


_DOC_MARKS = re.compile(r"^\s*(/\*\*+|\*/|\*|///|//|#)\s?")
_TAG = re.compile(r"^\s*@\w+")


def doc_text(comment: str | None) -> str | None:
    """The prose of a Javadoc / `///` / `#` comment: markers and `@tags` dropped, lines joined."""
    if not comment:
        return None
    lines = []
    for raw in comment.replace("*/", "\n").splitlines():
        line = _DOC_MARKS.sub("", raw).strip().strip("*").strip()
        if not line:
            continue
        if _TAG.match(line):
            break
        lines.append(line)
    text = " ".join(lines).strip()
    return text or None
