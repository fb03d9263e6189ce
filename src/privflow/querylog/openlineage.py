"""Column lineage as OpenLineage events, and OpenLineage events as a source of edges.

Export: one COMPLETE RunEvent per template (job `<namespace>` / `query.<fingerprint>`), each
output dataset carrying a `columnLineage` facet (`ColumnLineageDatasetFacet` 1-2-0): privflow's
transforms become DIRECT (IDENTITY, TRANSFORMATION, AGGREGATION) or INDIRECT (FILTER)
transformations, with `masking` set for hash, encrypt, mask and aggregate, and the privflow
transform name as the description so that a round trip keeps it.

Import: the same facet read back from events any OpenLineage producer wrote (Spark, Airflow,
dbt, Flink integrations), one edge per input field.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

# privflow transform -> (type, subtype, masking)
_TRANSFORMATION = {
    "identity": ("DIRECT", "IDENTITY", False),
    "cast": ("DIRECT", "TRANSFORMATION", False),
    "derive": ("DIRECT", "TRANSFORMATION", False),
    "hash": ("DIRECT", "TRANSFORMATION", True),
    "encrypt": ("DIRECT", "TRANSFORMATION", True),
    "mask": ("DIRECT", "TRANSFORMATION", True),
    "aggregate": ("DIRECT", "AGGREGATION", True),
    "condition": ("INDIRECT", "FILTER", False),
}
PRODUCER = "https://github.com/privflow/privflow"
_RUN_NAMESPACE = uuid.UUID("6f1d0c5e-9a8b-4a59-9a57-3b0d3c1f5e19")


def _event_time(value: str | None) -> str:
    if not value:
        return "1970-01-01T00:00:00Z"
    text = value.strip().replace(" ", "T", 1)
    return text if text.endswith("Z") or "+" in text[10:] else text + "Z"


def to_events(document: dict[str, Any], namespace: str = "privflow") -> list[dict[str, Any]]:
    """The edges of a `lineage` document as OpenLineage RunEvents (plain dicts, serialised by
    the openlineage-python client so they follow its schema)."""
    from openlineage.client.event_v2 import (
        InputDataset,
        Job,
        OutputDataset,
        Run,
        RunEvent,
        RunState,
    )
    from openlineage.client.facet_v2 import column_lineage_dataset as facet
    from openlineage.client.serde import Serde

    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    last_seen: dict[str, str | None] = {}
    for edge in document.get("edges", []):
        if not edge.get("target_table") or not edge.get("target_column"):
            continue
        for fp in edge.get("templates") or ["direct"]:
            groups[fp].append(edge)
            seen = edge.get("last_seen")
            if seen and (last_seen.get(fp) is None or seen > (last_seen[fp] or "")):
                last_seen[fp] = seen
    events = []
    for fp in sorted(groups):
        edges = groups[fp]
        fields: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        inputs: set[str] = set()
        for edge in edges:
            kind, subtype, masking = _TRANSFORMATION.get(edge["transform"], _TRANSFORMATION["derive"])
            inputs.add(edge["source_table"])
            fields[edge["target_table"]][edge["target_column"]].append(facet.InputField(
                namespace=namespace, name=edge["source_table"], field=edge["source_column"],
                transformations=[facet.Transformation(type=kind, subtype=subtype,
                                                      description=edge["transform"],
                                                      masking=masking)]))
        outputs = [
            OutputDataset(namespace=namespace, name=table, facets={
                "columnLineage": facet.ColumnLineageDatasetFacet(fields={
                    column: facet.Fields(inputFields=sorted(
                        found, key=lambda f: (f.name, f.field)))
                    for column, found in sorted(columns.items())})})
            for table, columns in sorted(fields.items())]
        name = "query_log.access_history" if fp == "direct" else f"query.{fp}"
        event = RunEvent(
            eventType=RunState.COMPLETE, eventTime=_event_time(last_seen.get(fp)),
            run=Run(runId=str(uuid.uuid5(_RUN_NAMESPACE, name))),
            job=Job(namespace=namespace, name=name), producer=PRODUCER,
            inputs=[InputDataset(namespace=namespace, name=table) for table in sorted(inputs)],
            outputs=outputs)
        events.append(Serde.to_dict(event))
    return events


def transform_of(transformations: list[dict[str, Any]] | None,
                 transformation_type: str | None = None) -> str:
    """privflow's transform for one input field's OpenLineage transformations."""
    found = []
    for item in transformations or []:
        if not isinstance(item, dict):
            continue
        description = str(item.get("description") or "").lower()
        if description in _TRANSFORMATION:
            found.append(description)
            continue
        kind = str(item.get("type") or "").upper()
        subtype = str(item.get("subtype") or "").upper()
        if kind == "INDIRECT":
            found.append("condition")
        elif subtype == "AGGREGATION":
            found.append("aggregate")
        elif item.get("masking"):
            found.append("hash" if any(w in description for w in ("hash", "md5", "sha"))
                         else "encrypt" if "encrypt" in description else "mask")
        elif subtype == "IDENTITY":
            found.append("identity")
        else:
            found.append("derive")
    if not found:
        return "mask" if str(transformation_type or "").upper() == "MASKED" else "identity"
    direct = [t for t in found if t != "condition"]
    if not direct:
        return "condition"
    protective = [t for t in direct if t in ("hash", "encrypt", "mask", "aggregate")]
    return protective[0] if protective else direct[0]


def edges_of_event(event: dict[str, Any]) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """(target table, target column, [(source table, source column, transform)]) of one
    event's column-lineage facets."""
    out = []
    for dataset in event.get("outputs") or []:
        if not isinstance(dataset, dict):
            continue
        lineage = (dataset.get("facets") or {}).get("columnLineage") or {}
        for column, spec in (lineage.get("fields") or {}).items():
            if not isinstance(spec, dict):
                continue
            sources = []
            for field in spec.get("inputFields") or []:
                if isinstance(field, dict) and field.get("name") and field.get("field"):
                    sources.append((str(field["name"]), str(field["field"]),
                                    transform_of(field.get("transformations"),
                                                 spec.get("transformationType"))))
            if sources:
                out.append((str(dataset.get("name")), str(column), sources))
    return out
