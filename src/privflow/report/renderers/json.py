"""JSON: the whole report with every cell's provenance and evidence; valid whatever the input."""

from __future__ import annotations

from typing import Any

from privflow.report.model import Report
from privflow.report.renderers.base import STEM, Renderer
from privflow.sanitize import json_text


class JsonRenderer(Renderer):
    format = "json"

    def render(self, report: Report) -> dict[str, bytes]:
        data: dict[str, Any] = {
            "lang": report.lang,
            "title": report.title,
            "header": [{"field": k, "value": v} for k, v in report.header],
            "registers": {
                register.key: {
                    "title": register.title,
                    "columns": [{"key": c.key, "label": c.label, "provenance": c.provenance}
                                for c in register.columns],
                    "rows": [{c.key: row[c.key].to_json(c.provenance) for c in register.columns}
                             for row in register.rows],
                }
                for register in report.registers
            },
            "diagrams": [{"key": d.key, "title": d.title, "dot": d.dot}
                         for d in report.diagrams],
            "notes": list(report.notes),
        }
        text = json_text(data) + "\n"
        return {f"{STEM}.json": text.encode("utf-8")}
