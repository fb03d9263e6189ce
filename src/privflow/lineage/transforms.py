"""What a SQL expression does to the values flowing through it: one of schema.Transform.

The vocabulary is data (`data/transforms.yaml`); this module only walks the expression. A value
that passes through several functions gets one transform for the whole path: the outermost
protective step (hash, encrypt, mask, aggregate) wins, because it decides what the downstream
column holds; without one, any other function makes it `derive`, casts alone make it `cast`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from privflow.lazy import Lazy
from privflow.schema import State, Transform

exp = Lazy("sqlglot.expressions")  # imported when a statement is first walked

PROTECTIVE: frozenset[str] = frozenset({"hash", "encrypt", "mask", "aggregate"})
# Results that are no longer the value (a count, a true/false): they absorb every step around
# them, `sum(case when email is null then 1 end)` is still a count of rows, nobody's e-mail.
OPAQUE: frozenset[str] = frozenset({"count", "predicate"})

STATE_OF: dict[str, State] = {
    "hash": "pseudonymized",
    "encrypt": "encrypted",
    "mask": "masked",
    "aggregate": "aggregated",
}



@lru_cache(maxsize=1)
def _transparent() -> tuple[type, ...]:
    """Nodes that hand their operand through untouched."""
    return (exp.Paren, exp.Alias, exp.Column, exp.Distinct, exp.Ordered, exp.Identifier,
            exp.Star, exp.Tuple)


class Vocabulary:
    """Function names per transform, loaded once from the package data."""

    def __init__(self, data: dict) -> None:
        self.by_name: dict[str, Transform] = {}
        for transform in ("cast", "aggregate", "mask", "encrypt", "hash", "derive", "count",
                          "predicate", "date_part"):
            for name in data.get(transform) or []:
                self.by_name[str(name).lower()] = transform  # type: ignore[assignment]
        self.masking_string_functions = {
            str(n).lower() for n in data.get("masking_string_functions") or []
        }
        self.mask_characters = tuple(data.get("mask_characters") or ["*"])
        self.person_key_categories = frozenset(data.get("person_key_categories") or [])
        self.date_part_units = frozenset(str(u).lower() for u in data.get("date_part_units")
                                         or [])
        # transform -> None (carries nothing), {} (keeps all) or {category: renamed category}
        self.carries: dict[str, dict[str, str] | None] = {}
        for transform, rule in (data.get("carries") or {}).items():
            self.carries[str(transform)] = None if rule == "none" else \
                {str(k): str(v) for k, v in rule.items()} if isinstance(rule, dict) else {}
        self.flag_or_count_names = tuple(re.compile(p) for p in
                                         data.get("flag_or_count_names") or [])

    def carried(self, transform: str, categories: set[str]) -> set[str]:
        """The categories a value keeps through `transform` (the `carries` table)."""
        rule = self.carries.get(transform, {})
        if rule is None:
            return set()
        return {rule.get(c, c) for c in categories}

    def carries_nothing(self, transform: str) -> bool:
        """A count or a true/false: no person's value reaches the target (or a recipient)."""
        return self.carries.get(transform, {}) is None

    def is_flag_or_count(self, column_name: str) -> bool:
        name = column_name.lower()
        return any(p.search(name) for p in self.flag_or_count_names)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    text = resources.files("privflow.lineage").joinpath("data/transforms.yaml").read_text(
        encoding="utf-8")
    return Vocabulary(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def compose(inner: str, outer: str) -> Transform:
    """The transform of `outer(inner(x))`. `relabel` is the context of a CASE/IF that writes a
    test's outcome out as text: a predicate under it is a derivation of the value."""
    if outer == "relabel":
        if inner == "predicate":
            return "derive"
        outer = "derive"
    if inner == "relabel":
        inner = "derive"
    if inner in OPAQUE:
        return inner  # type: ignore[return-value]
    if outer in OPAQUE:
        return outer  # type: ignore[return-value]
    if "date_part" in (inner, outer):
        other = outer if inner == "date_part" else inner
        return other if other in PROTECTIVE else "date_part"  # type: ignore[return-value]
    if outer in PROTECTIVE:
        return outer  # type: ignore[return-value]
    if inner in PROTECTIVE:
        return inner  # type: ignore[return-value]
    if "derive" in (inner, outer) or "condition" in (inner, outer):
        return "derive"
    if "cast" in (inner, outer):
        return "cast"
    return "identity"


def relabels(node: exp.Expression) -> bool:
    """A CASE or IF whose results are text literals (or NULL): `CASE WHEN age < 14 THEN 'child'
    ELSE 'adult' END` re-encodes the tested value; TRUE/FALSE or numbers only flag it."""
    if isinstance(node, exp.Case):
        results = [i.args.get("true") for i in node.args.get("ifs") or []]
        results.append(node.args.get("default"))
    elif isinstance(node, exp.If):
        results = [node.args.get("true"), node.args.get("false")]
    else:
        return False
    texts = 0
    for result in results:
        if result is None or isinstance(result, exp.Null):
            continue
        if isinstance(result, exp.Literal) and result.is_string:
            texts += 1
            continue
        return False
    return texts > 0


def function_names(node: exp.Expression) -> list[str]:
    """Names to look a function up by, most specific first."""
    if isinstance(node, exp.Dot) and isinstance(node.expression, exp.Func):
        bare = function_names(node.expression)
        qualifier = node.this.sql().lower().replace('"', "").replace("`", "")
        return [f"{qualifier}.{bare[0]}", *bare] if bare else []
    if isinstance(node, exp.Anonymous):
        return [str(node.this).lower()]
    if isinstance(node, exp.Func):
        names = [node.sql_name().lower(), node.key.lower()]
        return names
    return []


def _has_mask_literal(node: exp.Expression, characters: tuple[str, ...]) -> bool:
    for literal in node.find_all(exp.Literal):
        if literal.is_string and any(c in literal.this for c in characters):
            return True
    return False


# The transform of a node that depends on its class alone (most of them), so that the class's
# names are looked up once per run rather than once per node.
_BY_CLASS: dict[type, Transform | None] = {}


def node_transform(node: exp.Expression) -> Transform:
    """What this one node does to the values of its operands."""
    kind = type(node)
    cached = _BY_CLASS.get(kind)
    if cached is not None:
        return cached
    found = _node_transform(node)
    # Anonymous and qualified functions are known by name, masking by their literals.
    if kind not in (exp.Anonymous, exp.Dot, exp.Extract) and found != "mask" \
            and not _may_mask(node):
        _BY_CLASS[kind] = found
    return found


def _may_mask(node: exp.Expression) -> bool:
    names = ["dpipe"] if isinstance(node, (exp.DPipe, exp.Add)) else function_names(node)
    return any(n in vocabulary().masking_string_functions for n in names)


def _node_transform(node: exp.Expression) -> Transform:
    if isinstance(node, _transparent()):
        return "identity"
    if isinstance(node, (exp.Cast, exp.TryCast)):
        return "cast"
    vocab = vocabulary()
    if isinstance(node, exp.Extract):  # EXTRACT(YEAR FROM d) keeps the year only
        unit = node.this.name.lower() if isinstance(node.this, exp.Expression) else ""
        return "date_part" if unit in vocab.date_part_units else "derive"
    names = function_names(node) or [node.key.lower()]  # operators (=, IS, IN) by node name
    for name in names:
        found = vocab.by_name.get(name)
        if found:
            return found
    if isinstance(node, (exp.DPipe, exp.Add)):
        names = ["dpipe"]  # `a || '****'`, T-SQL `LEFT(a, 3) + '****'`
    if any(n in vocab.masking_string_functions for n in names) and _has_mask_literal(
            node, vocab.mask_characters):
        return "mask"
    if isinstance(node, exp.AggFunc):
        return "aggregate"
    return "derive"
