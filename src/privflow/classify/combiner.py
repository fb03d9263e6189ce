"""The combiner: every signal's evidence for one column -> categories, confidence, state.

Supports of one category combine as independent witnesses (1 - prod(1 - s)); factors multiply
(table context, modifiers, type fit, values that contradict the name). A category is kept at
THRESHOLD. A scalar column keeps its best category; a composite one (JSON, XML, blob) keeps all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from privflow.classify.evidence import Evidence
from privflow.classify.signals.comment import read_comment
from privflow.classify.signals.name import Reading, read_name, read_tokens
from privflow.classify.signals.table import TableContext
from privflow.classify.signals.type import is_composite, type_factor, type_supports
from privflow.classify.signals.values import ValueReport, value_factor, value_supports
from privflow.classify.vocabulary import load_vocabulary, split_identifier

THRESHOLD = 0.5
COMMENT_BONUS = 0.03  # a comment says what a column means more reliably than its name
STRENGTH_ORDER = ("sure", "personal", "people", "weak")

# Table-context factors by the strength of the best term: (thing table, neutral table).
CONTEXT = {"sure": (0.45, 1.0), "personal": (0.2, 1.0), "people": (0.2, 0.5), "weak": (0.5, 0.8)}
THING_MODIFIER = {"sure": 0.3, "personal": 0.15, "people": 0.15, "weak": 0.3}
NEUTRAL_COMMENT = 0.3
ENUMERATION = 0.2
# Points are a balance on a member, a transaction in an order or a ledger.
POINTS_IN_LEDGER = ("financial.property", "financial.transaction")
POINTS_WHY = "points in an order or a ledger"


@dataclass
class Outcome:
    categories: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)  # every candidate, kept or not
    confidence: float = 0.0
    state: str = "raw"
    evidence: list[Evidence] = field(default_factory=list)  # every piece, for `explain`
    kept_evidence: list[str] = field(default_factory=list)  # the output strings
    composite: bool = False


def _strongest(supports: list[Evidence]) -> str:
    strengths = {e.strength or "weak" for e in supports}
    return next((s for s in STRENGTH_ORDER if s in strengths), "weak")


def _context_factors(category: str, supports: list[Evidence], context: TableContext,
                     name: Reading, comment: Reading) -> list[Evidence]:
    strength = _strongest(supports)
    person = name.person_modifier or comment.person_modifier
    thing = comment.thing_modifier or name.thing_modifier
    out: list[Evidence] = []
    if category == "financial.transaction" and context.kind == "transaction" and any(
            e.why != POINTS_WHY for e in supports):
        # In an order, a coupon's or a product's amount is still what this person paid.
        thing = None
    if thing and not person:
        signal = "comment" if comment.thing_modifier else "name"
        out.append(Evidence(signal, f"{thing} (thing)", category, THING_MODIFIER[strength],
                            "factor", why="the value belongs to a thing"))
        return out
    if person:
        return out
    thing_factor, neutral_factor = CONTEXT[strength]
    if strength == "sure" and category not in load_vocabulary().things_have_too:
        thing_factor = 1.0  # a 姓名 or an ID number is a person's wherever it is kept
    if context.kind == "thing" and thing_factor < 1.0:
        out.append(Evidence("table", context.label(), category, thing_factor, "factor",
                            why="table about things"))
    elif context.kind == "neutral" or (
            strength == "people" and context.kind == "log" and context.of == "thing"):
        if neutral_factor < 1.0:
            out.append(Evidence("table", context.label(), category, neutral_factor, "factor",
                                why="not known to be about people"))
    elif strength == "people":
        out.append(Evidence("table", context.label(), category, 1.0, "factor",
                            why="table about people or their dealings"))
    return out


def combine(name: str, column_type: str | None, comment: str | None, context: TableContext,
            values: ValueReport | None = None) -> Outcome:
    types = load_vocabulary().types
    name_reading = read_name(name)
    comment_reading = read_comment(comment)
    outcome = Outcome(composite=is_composite(column_type) or name_reading.composite
                      or comment_reading.composite)

    supports: list[Evidence] = list(name_reading.supports)
    for e in comment_reading.supports:
        supports.append(Evidence(e.signal, e.label, e.category, min(0.99, e.score + COMMENT_BONUS),
                                 e.kind, e.why, e.strength))
    supports.extend(type_supports(column_type))
    if values is not None:
        supports.extend(value_supports(values))
        if outcome.composite or values.json_keys:
            for key in values.json_keys:
                reading = read_tokens(split_identifier(key), "values")
                for e in reading.supports:
                    if e.score >= THRESHOLD:
                        supports.append(Evidence("values", f"key {e.label}", e.category,
                                                 e.score * 0.9, why="key of the sampled JSON",
                                                 strength=e.strength))
                outcome.composite = outcome.composite or bool(reading.supports)
    factors: list[Evidence] = list(name_reading.factors) + list(comment_reading.factors)

    by_category: dict[str, list[Evidence]] = {}
    for e in supports:
        if e.category:
            by_category.setdefault(e.category, []).append(e)

    for category, items in list(by_category.items()):
        if context.kind in ("transaction", "log") and category == POINTS_IN_LEDGER[0] \
                and _strongest(items) == "people" and context.of != "people":
            # Points spent or earned in an order or a ledger are a transaction, not a balance.
            by_category.setdefault(POINTS_IN_LEDGER[1], []).extend(
                Evidence(e.signal, e.label, POINTS_IN_LEDGER[1], e.score, e.kind, POINTS_WHY,
                         e.strength) for e in items)
            by_category[category] = []
    for category, items in by_category.items():
        if not items:
            continue
        score = 1.0
        for e in items:
            score *= 1.0 - e.score
        score = 1.0 - score
        named = [e for e in items if e.signal in ("name", "comment")]
        local = [e for e in factors if e.category in (category, None)]
        if named:
            local += _context_factors(category, named, context, name_reading, comment_reading)
        if comment_reading.neutral_head and not any(e.signal == "comment" and e.score >= 0.5
                                                    for e in items):
            local.append(Evidence("comment", comment_reading.neutral_head, category,
                                  NEUTRAL_COMMENT, "factor",
                                  why="the comment names something else"))
        if name_reading.attribute_only and not any(e.signal == "name" for e in items):
            local.append(Evidence("name", name_reading.attribute_only, category,
                                  NEUTRAL_COMMENT, "factor",
                                  why="the name says it is an attribute, not the value"))
        if comment_reading.enumeration and category not in types["enumerable"]:
            local.append(Evidence("comment", "coded values", category, ENUMERATION, "factor",
                                  why="a coded list cannot hold this"))
        fit = type_factor(column_type, category)
        if fit is not None:
            local.append(fit)
        if values is not None:
            contradiction = value_factor(values, category)
            if contradiction is not None:
                local.append(contradiction)
        for e in local:
            score *= e.score
        outcome.scores[category] = score
        outcome.evidence.extend(items)
        outcome.evidence.extend(local)

    for e in factors:
        if e.category and e.category not in outcome.scores:
            # A vetoed reading (email_verified): shown by `explain`, never kept.
            outcome.scores[e.category] = 0.0
            outcome.evidence.append(e)
    kept = sorted((c for c, s in outcome.scores.items() if s >= THRESHOLD),
                  key=lambda c: -outcome.scores[c])
    if kept and not outcome.composite:
        kept = kept[:1]
    outcome.categories = kept
    if kept:
        outcome.confidence = max(outcome.scores[c] for c in kept)
        state = comment_reading.state or name_reading.state
        if state:
            outcome.state = state
        strings: list[str] = []
        for e in outcome.evidence:
            if e.category in kept or e.category is None:
                text = e.text()
                if text not in strings:
                    strings.append(text)
        label = (comment_reading.state_label if comment_reading.state
                 else name_reading.state_label)
        if state and label:
            strings.append(f"state:{label}")
        outcome.kept_evidence = strings
    return outcome
