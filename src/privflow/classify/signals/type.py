"""Type signal: what a column's SQL type allows. A boolean is not an e-mail; inet is an IP."""

from __future__ import annotations

from functools import lru_cache

from privflow.classify.evidence import Evidence
from privflow.classify.vocabulary import load_vocabulary, type_family, type_length

MISFIT = 0.15


@lru_cache(maxsize=4096)
def type_supports(column_type: str | None) -> tuple[Evidence, ...]:
    """Categories a type points at by itself (inet, macaddr) or hints at (varchar(18))."""
    types = load_vocabulary().types
    family = type_family(column_type)
    out = []
    hint = types["type_hints"].get(family or "")
    if hint:
        out.append(Evidence("type", str(column_type).lower(), hint["category"], hint["score"],
                            why=f"{family} type", strength="personal"))
    length = type_length(column_type)
    if family == "text" and length in types["length_hints"]:
        hint = types["length_hints"][length]
        out.append(Evidence("type", str(column_type).lower(), hint["category"], hint["score"],
                            why=f"width {length}"))
    return tuple(out)


@lru_cache(maxsize=65536)
def type_factor(column_type: str | None, category: str) -> Evidence | None:
    """A low factor when the type cannot hold the category's values."""
    family = type_family(column_type)
    if family is None:
        return None
    if family in load_vocabulary().types["composite"]:
        return None  # JSON, XML and blobs can hold anything
    types = load_vocabulary().types
    if category not in types["enumerable"] and is_flag_width(column_type):
        # char(1) 'N': a flag (ipaddr, htmlemail: whether to record them), not the value.
        return Evidence("type", str(column_type).lower(), category, MISFIT, "factor",
                        why=f"{column_type} holds a flag or a code, not {category}")
    fits = types["fits"].get(category)
    if fits is None or family in fits:
        return None
    narrow = types.get("narrow_int_fits", {}).get(category)
    if narrow and family == "int" and (type_length(column_type) or narrow + 1) <= narrow:
        return None
    return Evidence("type", str(column_type).lower(), category, MISFIT, "factor",
                    why=f"{family} cannot hold {category}")


@lru_cache(maxsize=4096)
def is_flag_width(column_type: str | None) -> bool:
    """Whether a text type is too narrow for anything but a flag or a code (char(1))."""
    width = load_vocabulary().types["flag_width"]
    return type_family(column_type) == "text" and (type_length(column_type) or width + 1) <= width


@lru_cache(maxsize=4096)
def is_composite(column_type: str | None) -> bool:
    return type_family(column_type) in load_vocabulary().types["composite"]
