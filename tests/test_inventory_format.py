"""The format description (inventory/data/format.yaml) agrees with the model and the docs.

A field name misspelt in format.yaml would silently switch its validation off, and a field the
docs do not mention is a field nobody knows to fill in; both are caught here.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from privflow.inventory.loader import OBJECT_KINDS, format_spec, glob_problem
from privflow.inventory.model import ENUMS

DOC = Path(__file__).resolve().parents[1] / "docs" / "inventory-format.md"


def _fields(kind: str) -> set[str]:
    cls = next(c for c, k in OBJECT_KINDS.items() if k == kind)
    return {f.name for f in dataclasses.fields(cls)} - {"declared_in"}


def test_every_object_of_the_format_has_a_model_class() -> None:
    assert set(format_spec().objects) == set(OBJECT_KINDS.values())


@pytest.mark.parametrize("kind", sorted(set(OBJECT_KINDS.values())))
def test_format_names_only_real_fields_and_enums(kind: str) -> None:
    spec = format_spec().objects[kind]
    fields = _fields(kind)
    named = (set(spec.required) | set(spec.enums) | set(spec.categories) | set(spec.globs)
             | set(spec.dates) | set(spec.patterns))
    assert named <= fields, named - fields
    assert set(spec.enums.values()) <= set(ENUMS), set(spec.enums.values()) - set(ENUMS)
    assert set(spec.patterns.values()) <= set(format_spec().patterns)
    assert set(spec.globs.values()) <= {"table", "column", "path"}


@pytest.mark.parametrize("kind", ["organisation", "activity", "retention", "recipient",
                                  "override", "audit", "cross_border", "pipia", "contact"])
def test_docs_mention_every_key(kind: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [name for name in _fields(kind) if f"`{name}`" not in text
               and not re.search(rf"[`.]{re.escape(name)}[`,]", text)]
    assert not missing, f"docs/inventory-format.md does not describe {kind} keys {missing}"


@pytest.mark.parametrize("enum", sorted(ENUMS))
def test_docs_list_every_enum_value(enum: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    if enum in ("gdpr_art6_basis", "gdpr_art9_condition"):
        return  # documented as letter ranges a–f / a–j
    missing = [v for v in ENUMS[enum] if f"`{v}`" not in text]
    assert not missing, f"docs/inventory-format.md does not list {enum} values {missing}"


@pytest.mark.parametrize(("glob", "over", "problem"), [
    ("uc_member", "table", None),
    ("dw.dwd_member_wide.mobile", "table", None),
    ("oms_order.receiver_*", "table", None),
    ("log_[!a]*", "table", None),
    ("sms_mt.*", "table", None),
    ("*_hash", "column", None),
    ("oss://bucket/ads/*", "path", None),
    ("", "table", "is empty"),
    ("a b", "path", "contains white space"),
    ("log_[search", "table", "has an unclosed '['"),
    ("log_[]", "table", "has an unclosed '['"),
    ("log_[!]", "table", "has an unclosed '['"),
    ("db/member", "table", "has '/', which cannot occur in table ids"),
    ("face.feature", "column", "names a column, so it cannot contain '.'"),
    ("a..b", "table", "has an empty part between dots"),
    (".a", "table", "has an empty part between dots"),
])
def test_glob_problem(glob: str, over: str, problem: str | None) -> None:
    assert glob_problem(glob, over) == problem


@pytest.mark.parametrize("glob", ["log_[]x]", "log_[!]x]", "a[bc]d[!e]"])
def test_glob_classes_with_literal_brackets(glob: str) -> None:
    assert glob_problem(glob, "path") is None
