"""CSV: one file per register (and one for the header), formula-safe, UTF-8 with a BOM for Excel."""

from __future__ import annotations

import csv
import io

from privflow.report.labels import Labels
from privflow.report.model import Register, Report
from privflow.report.renderers.base import STEM, Renderer
from privflow.sanitize import spreadsheet_cell


def register_table(report: Report, register: Register) -> list[list[str]]:
    """Header row plus one row per register row; an evidence twin after each evidenced column.

    Shared with the XLSX renderer so that both flat formats have the same columns.
    """
    evidenced = {c.key for c in Renderer.evidence_columns(register)}
    header: list[str] = []
    for column in register.columns:
        header.append(Renderer.heading(report, column))
        if column.key in evidenced:
            header.append(Renderer.evidence_heading(report, column))
    rows = [header]
    for row in register.rows:
        line: list[str] = []
        for column in register.columns:
            cell = row[column.key]
            line.append(cell.text("\n"))
            if column.key in evidenced:
                line.append("\n".join(cell.evidence))
        rows.append(line)
    return rows


def header_table(report: Report) -> list[list[str]]:
    labels = Labels(report.lang, report.wording)
    return [[labels.word("field"), labels.word("value")]] + [[k, v] for k, v in report.header]


class CsvRenderer(Renderer):
    format = "csv"

    def render(self, report: Report) -> dict[str, bytes]:
        files = {f"{STEM}-header.csv": self._csv(header_table(report))}
        for register in report.registers:
            files[f"{STEM}-{register.key}.csv"] = self._csv(register_table(report, register))
        return files

    @staticmethod
    def _csv(rows: list[list[str]]) -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for row in rows:
            writer.writerow([spreadsheet_cell(value) for value in row])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
