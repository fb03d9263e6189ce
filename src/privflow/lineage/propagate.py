"""Categories follow the flows: a column fed from `ums_member.phone` holds phone numbers too,
hashed, encrypted, masked or aggregated as the transform on the way says.

What a transform hands on is one table, `carries` in data/transforms.yaml: a copy, cast or
string function keeps the categories, a hash/encryption/mask/aggregate keeps them with a state,
a count or a predicate (`email IS NOT NULL`) keeps none, the year of a birth date is an age.
Propagation only adds to a column's own categories (classified before, see own.py).

A fixed point over the column graph handles chains and cycles alike: categories only grow, and
a column's state is the weakest protection among the values that reach it (one raw path makes
the column raw), so iteration stops. Targets that no DDL describes (a table a script creates
with CTAS, an INSERT into a table defined elsewhere) become tables of their own, so that a
downstream table with no comments of its own is still classified.
"""

from __future__ import annotations

from collections import defaultdict, deque

from privflow.lineage.transforms import STATE_OF, vocabulary
from privflow.schema import Column, Flow, Schema, Table

# Weakest protection first: what a column holds when values reach it along several paths.
STATE_ORDER = ("raw", "masked", "pseudonymized", "encrypted", "aggregated")
PROPAGATED_CONFIDENCE = 0.95  # each hop trusts the upstream tag a little less
MAX_EVIDENCE = 5


def _is_sensitive(category: str) -> bool:
    try:
        from privflow.classify.taxonomy import is_sensitive
    except ImportError:  # the classifier not installed yet: keep what the column says
        return False
    return is_sensitive(category)


def _split(column_id: str) -> tuple[str, str]:
    table, _, column = column_id.rpartition(".")
    return table, column


def _ensure(schema: Schema, column_id: str, via: str) -> Column | None:
    table_id, name = _split(column_id)
    if not table_id or not name:
        return None
    table = schema.tables.get(table_id)
    if table is None:
        table = Table(id=table_id, name=table_id.rsplit(".", 1)[-1], source=via,
                      evidence=["lineage:target"])
        schema.tables[table_id] = table
    column = table.column(name)
    if column is None:
        column = Column(name=name, source=via, evidence=[])
        table.add_column(column)
    return column


def state_after(state: str, transform: str) -> str:
    return STATE_OF.get(transform, state)


def propagate(schema: Schema, flows: list[Flow]) -> None:
    """Tag every column downstream of a tagged one (see module docstring)."""
    incoming: dict[str, list[Flow]] = defaultdict(list)
    outgoing: dict[str, list[str]] = defaultdict(list)
    columns: dict[str, Column] = {}
    for flow in flows:
        if flow.target.startswith("recipient:") or flow.source.startswith("recipient:"):
            continue
        target = _ensure(schema, flow.target, flow.via)
        source = _ensure(schema, flow.source, flow.via)
        if target is None or source is None:
            continue
        columns[flow.target] = target
        columns[flow.source] = source
        incoming[flow.target].append(flow)
        outgoing[flow.source].append(flow.target)

    own = {cid: (set(c.categories), c.state, c.confidence) for cid, c in columns.items()}
    categories = {cid: set(c.categories) for cid, c in columns.items()}
    state = {cid: c.state for cid, c in columns.items()}
    confidence = {cid: c.confidence for cid, c in columns.items()}
    reasons: dict[str, dict[str, None]] = defaultdict(dict)

    queue = deque(cid for cid in columns if categories[cid])
    queued = set(queue)
    # Each column changes state at most len(STATE_ORDER) times and gains at most every category
    # once, so the queue drains; the cap only guards against a bug turning into a hang.
    budget = 50 * (len(flows) + len(columns)) + 1000
    while queue and budget > 0:
        budget -= 1
        cid = queue.popleft()
        queued.discard(cid)
        for target in outgoing.get(cid, ()):
            if _recompute(target, incoming[target], own, categories, state, confidence,
                          reasons) and target not in queued:
                queue.append(target)
                queued.add(target)

    _propagate_person_links(columns, flows)
    for cid, column in columns.items():
        own_categories = own[cid][0]
        if categories[cid] == own_categories and state[cid] == column.state \
                and (not own_categories or not reasons.get(cid)):
            continue
        column.categories = list(column.categories) + sorted(categories[cid] - own_categories)
        column.state = state[cid]  # type: ignore[assignment]
        column.confidence = max(column.confidence, confidence[cid])
        column.sensitive = column.sensitive or any(_is_sensitive(c) for c in column.categories)
        for reason in list(reasons[cid])[:MAX_EVIDENCE]:
            if reason not in column.evidence:
                column.evidence.append(reason)


def _propagate_person_links(columns: dict[str, Column], flows: list[Flow]) -> None:
    """A column copied unchanged from a person key (`linked_to`) points at the same person."""
    copies = [f for f in flows if f.transform in ("identity", "cast")
              and f.source in columns and f.target in columns]
    changed = True
    rounds = 0
    while changed and rounds < 50:  # chains are short; the cap only bounds cycles
        changed = False
        rounds += 1
        for flow in copies:
            source, target = columns[flow.source], columns[flow.target]
            if source.linked_to and not target.linked_to:
                target.linked_to = source.linked_to
                target.evidence.append(f"link from {flow.source} via {flow.via}")
                changed = True


def _recompute(cid: str, flows: list[Flow], own: dict, categories: dict, state: dict,
               confidence: dict, reasons: dict) -> bool:
    own_categories, own_state, own_confidence = own[cid]
    new_categories = set(own_categories)
    states: list[str] = []
    best = own_confidence
    vocab = vocabulary()
    receives = not vocab.is_flag_or_count(_split(cid)[1])
    for flow in flows:
        # What the value still is after the transform (the `carries` table of transforms.yaml);
        # a column named as a flag or a count takes no person category from upstream.
        carried = vocab.carried(flow.transform, categories.get(flow.source) or set()) \
            if receives else set()
        if not carried:
            continue
        new_categories |= carried
        states.append(state_after(state[flow.source], flow.transform))
        best = max(best, confidence[flow.source] * PROPAGATED_CONFIDENCE)
        reasons[cid][f"from {flow.source} via {flow.via}"] = None
    if own_state != "raw" or not states:
        new_state = own_state  # the column's own evidence (say, a hash-typed name) stands
    else:
        new_state = min(states, key=STATE_ORDER.index)
    changed = new_categories != categories[cid] or new_state != state[cid]
    categories[cid] = new_categories
    state[cid] = new_state
    confidence[cid] = best
    return changed
