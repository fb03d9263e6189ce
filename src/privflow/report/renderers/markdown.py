"""Markdown: wide registers as one small field/value table per row, narrow ones as tables.

Every value goes through `sanitize.markdown_cell`; the only markup here is our own (`<br>` between
list items, headings, the diagram image link that points at a file we wrote).
"""

from __future__ import annotations

from privflow.report.labels import Labels
from privflow.report.model import Cell, Register, Report
from privflow.report.renderers.base import STEM, Renderer
from privflow.report.renderers.html import DIAGRAM_LEGEND, _safe_id
from privflow.sanitize import markdown_cell

WIDE = 10  # registers with more columns than this are shown one row at a time
# The columns that name a row in its heading when a register is shown one row at a time.
TITLE_KEYS = {"activities": ("id", "activity"), "sharing": ("recipient_id", "recipient",
                                                            "activity")}


def md(cell: Cell | str) -> str:
    if isinstance(cell, str):
        return markdown_cell(cell)
    values = cell.value if isinstance(cell.value, list) else [cell.value]
    return "<br>".join(markdown_cell(v) for v in values if v)


class MarkdownRenderer(Renderer):
    format = "md"

    def render(self, report: Report) -> dict[str, bytes]:
        from privflow.report.renderers.html import HtmlRenderer

        labels = Labels(report.lang, report.wording)
        numbers = HtmlRenderer.numbers(report)
        s = lambda key: labels.get("summary", key)  # noqa: E731
        kv = f"| {labels.word('field')} | {labels.word('value')} |"
        out: list[str] = [f"# {markdown_cell(report.title)}", "", markdown_cell(report.subtitle),
                          "", f"{markdown_cell(labels.get('header', 'report_date'))}: "
                          f"{markdown_cell(report.date)}", "",
                          f"## 1. {markdown_cell(s('title'))}", "", kv, "|---|---|"]
        out += [f"| {md(k)} | {md(v)} |" for k, v in report.summary + report.counts]
        if report.highlights:
            out += ["", f"### {markdown_cell(s('highlights'))}", ""]
            for number, item in enumerate(report.highlights, start=1):
                law = f" ({markdown_cell(item['law'])})" if item["law"] else ""
                where = f" — {markdown_cell(item['location'])}" if item["location"] else ""
                out.append(f"{number}. **{markdown_cell(item['severity'])}** "
                           f"{markdown_cell(item['title'])}{law}: "
                           f"{markdown_cell(item['message'])}{where}")
        files: dict[str, bytes] = {}
        diagrams = {d.key: d for d in report.diagrams}
        for register in report.registers:
            out += ["", f"## {markdown_cell(register.title)}", ""]
            if not register.rows:
                out.append(markdown_cell(labels.get("legend", "empty")))
            elif len(register.columns) > WIDE:
                out += self._cards(report, register, diagrams, files)
            else:
                out += self._table(report, register)
        out += ["", f"## {numbers['diagrams']}. {labels.section('diagrams')}", ""]
        out += [f"- {markdown_cell(labels.get('diagram_legend', key))}"
                for key in DIAGRAM_LEGEND]
        out.append("")
        if "overview" in diagrams:
            out += self._diagram(diagrams["overview"], labels, files)
        out += ["", f"## {numbers['header']}. {labels.section('header')}", "", kv, "|---|---|"]
        out += [f"| {md(k)} | {md(v)} |" for k, v in report.header]
        out += ["", f"### {labels.section('legend')}", ""]
        out += [f"- {markdown_cell(line)}" for line in report.legend]
        files[f"{STEM}.md"] = ("\n".join(out).rstrip() + "\n").encode("utf-8")
        return files

    @staticmethod
    def _diagram(diagram, labels: Labels, files: dict[str, bytes]) -> list[str]:
        if diagram.svg is None:
            return [f"- {markdown_cell(diagram.title)}: "
                    f"{markdown_cell(labels.word('diagram_unavailable'))}"]
        name = f"{STEM}-{diagram.key}.svg"
        files[name] = diagram.svg
        return [f"![{markdown_cell(diagram.title)}]({name})", ""]

    def _table(self, report: Report, register: Register) -> list[str]:
        evidenced = {c.key for c in self.evidence_columns(register)}
        heads: list[str] = []
        for column in register.columns:
            heads.append(markdown_cell(self.heading(report, column)))
            if column.key in evidenced:
                heads.append(markdown_cell(self.evidence_heading(report, column)))
        lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
        for row in register.rows:
            cells: list[str] = []
            for column in register.columns:
                cells.append(md(row[column.key]))
                if column.key in evidenced:
                    cells.append("<br>".join(markdown_cell(e)
                                            for e in row[column.key].shown_evidence()))
            lines.append("| " + " | ".join(cells) + " |")
        return lines

    def _cards(self, report: Report, register: Register, diagrams=None,
               files: dict[str, bytes] | None = None) -> list[str]:
        labels = Labels(report.lang, report.wording)
        lines: list[str] = []
        title_keys = TITLE_KEYS.get(register.key) or [c.key for c in register.columns[:2]]
        for row in register.rows:
            title = " · ".join(row[k].text() for k in title_keys if row[k].text())
            lines += [f"### {markdown_cell(title)}", "",
                      f"| {labels.word('field')} | {labels.word('value')} |", "|---|---|"]
            for column in register.columns:
                cell = row[column.key]
                if not cell.text():
                    continue
                lines.append(f"| {markdown_cell(self.heading(report, column))} | {md(cell)} |")
                if cell.evidence:
                    evidence = "<br>".join(markdown_cell(e) for e in cell.shown_evidence())
                    lines.append(f"| {markdown_cell(self.evidence_heading(report, column))} "
                                 f"| {evidence} |")
            lines.append("")
            if register.key == "activities" and diagrams and files is not None and "id" in row:
                diagram = diagrams.get(f"activity-{_safe_id(row['id'].text())}")
                if diagram is not None:
                    lines += self._diagram(diagram, labels, files)
        return lines
