"""HTML: one self-contained file, no network, a strict Content-Security-Policy.

The CSS and the filter/sort script are package data embedded verbatim and allowed by their
SHA-256 hashes; the policy allows nothing else (no remote loads, no inline handlers, no other
scripts), so even text that escaped escaping could not run. Every scanned value goes through
`sanitize.html_text`; diagrams are SVG made by graphviz from escaped DOT labels and then checked
by `diagrams.inert_svg`.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from importlib import resources

from privflow.report.labels import Labels
from privflow.report.model import Cell, Diagram, Register, Report
from privflow.report.renderers.base import STEM, Renderer
from privflow.sanitize import html_text as esc

HTML_LANG = {"zh": "zh-CN", "en": "en"}
_SVG_ID = re.compile(r'\bid="([^"]*)"')


@cache
def asset(name: str) -> str:
    return (resources.files("privflow.report") / "data" / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(css: str, js: str) -> str:
    return ("default-src 'none'; "
            f"script-src {csp_hash(js)}; "
            f"style-src {csp_hash(css)}; "
            "img-src data:; font-src 'none'; connect-src 'none'; object-src 'none'; "
            "base-uri 'none'; form-action 'none'")


_CATEGORY_ID = re.compile(r" \(([a-z]+\.[a-z_]+)\)(?=$| )")
WIDE = 10  # registers with more columns are shown as one card per row
# The activity's own diagram beside its card (diagram key "activity-<id>").
CARD_TITLE_KEYS = {"activities": ("id", "activity"),
                   "sharing": ("recipient", "activity")}
# Registers shown as one card per group (rows sharing the key column): the group's own fields
# once, then a small table of what varies row by row.
GROUPED: dict[str, tuple[str, tuple[str, ...]]] = {
    "collection": ("activity", ("business_function", "purpose", "timing",
                                "required_or_optional", "lawful_basis", "consent_type",
                                "source")),
    "sharing": ("recipient_id", ("recipient", "contact", "kind", "transfer_type", "mechanism",
                                 "onward_of", "country", "cross_border_mechanism",
                                 "gdpr_transfer_mechanism", "consent_type", "contract_ref",
                                 "contract_covers", "privacy_policy_url", "since",
                                 "last_reviewed")),
}


def text_html(text: str) -> str:
    """Escaped text; a taxonomy id after a category name goes in small print."""
    return _CATEGORY_ID.sub(lambda m: f' <small class="id">{m.group(1)}</small>', esc(text))


def cell_html(cell: Cell) -> str:
    if isinstance(cell.value, list):
        items = [v for v in cell.value if v]
        body = ("<ul>" + "".join(f"<li>{text_html(v)}</li>" for v in items) + "</ul>"
                ) if items else ""
    else:
        body = text_html(cell.value)
    if cell.evidence:
        body += "<div class=\"ev\">" + "<br>".join(esc(e) for e in cell.shown_evidence()) + "</div>"
    return body


class HtmlRenderer(Renderer):
    format = "html"

    def render(self, report: Report) -> dict[str, bytes]:
        labels = Labels(report.lang, report.wording)
        css, js = asset("report.css"), asset("report.js")
        diagrams = {d.key: d for d in report.diagrams}
        numbers = self.numbers(report)
        parts: list[str] = [
            "<!DOCTYPE html>",
            f"<html lang=\"{HTML_LANG.get(report.lang, 'en')}\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\""
            f"{esc(content_security_policy(css, js))}\">",
            "<meta name=\"referrer\" content=\"no-referrer\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            f"<title>{esc(report.title)}</title>",
            f"<style>{css}</style>",
            "</head>",
            "<body>",
            self._summary(report, labels, numbers),
            self._nav(report, labels, numbers),
        ]
        for register in report.registers:
            parts.append(self._register(report, register, labels, diagrams))
        parts.append(self._overview(report, labels, diagrams, numbers))
        parts.append(self._information(report, labels, numbers))
        parts += [f"<script>{js}</script>", "</body>", "</html>"]
        return {f"{STEM}.html": ("\n".join(parts) + "\n").encode("utf-8")}

    @staticmethod
    def numbers(report: Report) -> dict[str, int]:
        """Section numbers: 1 the summary, then the registers, the diagrams, the header."""
        numbers = {"summary": 1}
        numbers.update({r.key: i for i, r in enumerate(report.registers, start=2)})
        numbers["diagrams"] = len(report.registers) + 2
        numbers["header"] = len(report.registers) + 3
        return numbers

    def _summary(self, report: Report, labels: Labels, numbers: dict[str, int]) -> str:
        s = lambda key: labels.get("summary", key)  # noqa: E731
        out = ["<section id=\"summary\" class=\"summary\">",
               f"<header><h1>{esc(report.title)}</h1><p>{esc(report.subtitle)}</p>"
               f"<p class=\"date\">{esc(labels.get('header', 'report_date'))}: "
               f"{esc(report.date)}</p></header>",
               f"<h2>1. {esc(s('title'))}</h2>",
               "<table class=\"kv facts\"><tbody>"]
        out += [f"<tr><th scope=\"row\">{esc(k)}</th><td>{esc(v)}</td></tr>"
                for k, v in report.summary]
        out.append("</tbody></table>")
        out.append(f"<h3>{esc(s('counts'))}</h3><table class=\"kv counts\"><tbody>")
        out += [f"<tr><th scope=\"row\">{esc(k)}</th><td>{esc(v)}</td></tr>"
                for k, v in report.counts]
        out.append("</tbody></table>")
        if report.highlights:
            out.append(f"<h3>{esc(s('highlights'))}</h3><ol class=\"highlights\">")
            for item in report.highlights:
                law = f" <span class=\"law\">{esc(item['law'])}</span>" if item["law"] else ""
                where = (f"<div class=\"ev\">{esc(item['location'])}</div>"
                         if item["location"] else "")
                out.append(f"<li><span class=\"sev sev-{esc(item['severity_key'])}\">"
                           f"{esc(item['severity'])}</span> <strong>{esc(item['title'])}"
                           f"</strong>{law}<div>{text_html(item['message'])}</div>{where}</li>")
            out.append("</ol>")
            if "gaps" in numbers:
                out.append(f"<p class=\"more\"><a href=\"#gaps\">"
                           f"{esc(s('more').format(number=numbers['gaps']))}</a></p>")
        out.append("</section>")
        return "".join(out)

    @staticmethod
    def _embed(svg: bytes, key: str, title: str) -> str:
        """Graphviz's SVG (already checked by `inert_svg`) with ids unique in the page and a
        text alternative for screen readers."""
        text = svg.decode("utf-8")
        text = _SVG_ID.sub(lambda m: f'id="{esc(key)}-{m.group(1)}"', text)
        return text.replace("<svg ", f'<svg role="img" aria-label="{esc(title)}" ', 1)

    def _figure(self, diagram: Diagram, labels: Labels) -> str:
        out = [f"<figure class=\"diagram\" id=\"diagram-{esc(diagram.key)}\">"
               f"<figcaption>{esc(diagram.title)}</figcaption>"]
        if diagram.svg is None:
            out.append(f"<p>{esc(labels.word('diagram_unavailable'))}</p>")
        else:
            out.append(self._embed(diagram.svg, diagram.key, diagram.title))
        out.append("</figure>")
        return "".join(out)

    @staticmethod
    def _nav(report: Report, labels: Labels, numbers: dict[str, int]) -> str:
        links = [("summary", f"1. {labels.get('summary', 'title')}")]
        links += [(r.key, r.title) for r in report.registers]
        links.append(("diagrams", f"{numbers['diagrams']}. {labels.section('diagrams')}"))
        links.append(("header", f"{numbers['header']}. {labels.section('header')}"))
        items = "".join(f"<li><a href=\"#{esc(key)}\">{esc(title)}</a></li>"
                        for key, title in links)
        return (f"<nav aria-label=\"{esc(labels.get('summary', 'contents'))}\">"
                f"<ul>{items}</ul></nav>")

    def _legend(self, labels: Labels) -> str:
        items = "".join(
            f"<li><span class=\"key key-{key}\"></span>{esc(labels.get('diagram_legend', key))}"
            "</li>" for key in DIAGRAM_LEGEND)
        return f"<ul class=\"diagram-legend\">{items}</ul>"

    def _overview(self, report: Report, labels: Labels, diagrams: dict[str, Diagram],
                  numbers: dict[str, int]) -> str:
        out = [f"<section id=\"diagrams\" class=\"overview\"><h2>{numbers['diagrams']}. "
               f"{esc(labels.section('diagrams'))}</h2>", self._legend(labels)]
        if "overview" in diagrams:
            out.append(self._figure(diagrams["overview"], labels))
        out.append("</section>")
        return "".join(out)

    def _information(self, report: Report, labels: Labels, numbers: dict[str, int]) -> str:
        out = [f"<section id=\"header\" class=\"information\"><h2>{numbers['header']}. "
               f"{esc(labels.section('header'))}</h2><table class=\"kv\"><tbody>"]
        out += [f"<tr><th scope=\"row\">{esc(k)}</th><td>{esc(v)}</td></tr>"
                for k, v in report.header]
        out.append(f"</tbody></table><h3>{esc(labels.section('legend'))}</h3>"
                   "<ul class=\"legend\">")
        out += [f"<li>{esc(line)}</li>" for line in report.legend]
        out.append(f"<li>{esc(labels.get('legend', 'sort'))}</li></ul></section>")
        return "".join(out)

    def _register(self, report: Report, register: Register, labels: Labels,
                  diagrams: dict[str, Diagram]) -> str:
        out = [f"<section id=\"{esc(register.key)}\" class=\"register\">"
               f"<h2>{esc(register.title)}</h2>"]
        if not register.rows:
            out.append(f"<p>{esc(labels.get('legend', 'empty'))}</p></section>")
            return "".join(out)
        if register.key in GROUPED:
            out.append(self._groups(register, labels))
        elif len(register.columns) > WIDE:
            if register.key == "activities" and diagrams:
                out.append(self._legend(labels))  # what the cards' diagrams draw
            out.append(self._cards(register, labels, diagrams))
        else:
            out.append(self._table(register, labels))
        out.append("</section>")
        return "".join(out)

    def _cards(self, register: Register, labels: Labels, diagrams: dict[str, Diagram]) -> str:
        keys = CARD_TITLE_KEYS.get(register.key) or tuple(c.key for c in register.columns[:2])
        out = [f"<div class=\"cards cards-{esc(register.key)}\">"]
        for index, row in enumerate(register.rows):
            title = " · ".join(row[k].text() for k in keys if k in row and row[k].text())
            status = row.get("status")
            status_key = self._status_key(status.text(), labels) if status else "other"
            anchor = (f"{register.key}-{row['id'].text()}" if "id" in row and row["id"].text()
                      else f"{register.key}-{index + 1}")
            out.append(f"<article class=\"card status-{status_key}\" id=\"{esc(anchor)}\">"
                       f"<h3>{esc(title)}</h3><div class=\"card-body\">")
            diagram = diagrams.get(f"activity-{_safe_id(row['id'].text())}") \
                if register.key == "activities" and "id" in row else None
            if diagram is not None:
                out.append(self._figure(diagram, labels))
            out.append("<dl>")
            for column in register.columns:
                cell = row[column.key]
                if not cell.text() or column.key in keys:
                    continue
                prov = labels.get("provenance", column.provenance)
                css = f"{column.provenance} col-{column.key}"
                if column.key == "status":
                    css += f" status-{status_key}"
                out.append(f"<div class=\"field {css}\"><dt>{esc(column.label)}"
                           f"<span class=\"prov\">{esc(prov)}</span></dt>"
                           f"<dd>{cell_html(cell)}</dd></div>")
            out.append("</dl></div></article>")
        out.append("</div>")
        return "".join(out)

    def _groups(self, register: Register, labels: Labels) -> str:
        key, shared = GROUPED[register.key]
        groups: dict[str, list[dict[str, Cell]]] = {}
        for row in register.rows:
            groups.setdefault(row[key].text(), []).append(row)
        by_key = {c.key: c for c in register.columns}
        shared_columns = [by_key[k] for k in shared if k in by_key]
        varying = [c for c in register.columns if c.key not in shared and c.key != key]
        out = [f"<div class=\"cards groups-{esc(register.key)}\">"]
        for index, (name, rows) in enumerate(groups.items(), start=1):
            first = rows[0]
            title = name
            if "recipient" in first and register.key == "sharing" and first["recipient"].text():
                title = f"{first['recipient'].text()} · {name}"
            out.append(f"<article class=\"card group\" id=\"{esc(register.key)}-{index}\">"
                       f"<h3>{esc(title)}</h3><dl>")
            for column in shared_columns:
                if column.key == "recipient" or not first[column.key].text():
                    continue
                out.append(f"<div class=\"field {column.provenance} col-{column.key}\">"
                           f"<dt>{esc(column.label)}</dt><dd>{cell_html(first[column.key])}"
                           "</dd></div>")
            out.append("</dl>")
            shown = [c for c in varying if any(r[c.key].text() for r in rows)]
            out.append("<table class=\"data grouped\"><thead><tr>")
            for column in shown:
                prov = labels.get("provenance", column.provenance)
                out.append(f"<th scope=\"col\" class=\"{column.provenance}\" "
                           f"data-key=\"{esc(column.key)}\">{esc(column.label)}"
                           f"<span class=\"prov\">{esc(prov)}</span></th>")
            out.append("</tr></thead><tbody>")
            for row in rows:
                out.append("<tr>")
                for column in shown:
                    css = f"{column.provenance} col-{column.key}"
                    if column.key == "status":
                        css += f" status-{self._status_key(row[column.key].text(), labels)}"
                    out.append(f"<td class=\"{css}\">{cell_html(row[column.key])}</td>")
                out.append("</tr>")
            out.append("</tbody></table></article>")
        out.append("</div>")
        return "".join(out)

    def _table(self, register: Register, labels: Labels) -> str:
        table_id = f"t-{register.key}"
        out = [f"<div class=\"controls\"><input type=\"search\" class=\"filter\" "
               f"data-table=\"{table_id}\" placeholder=\"{esc(labels.get('legend', 'filter'))}"
               f"\" aria-label=\"{esc(labels.get('legend', 'filter'))}\">"
               "<span class=\"count\"></span></div>",
               f"<div class=\"scroll\"><table class=\"data\" id=\"{table_id}\"><thead><tr>"]
        for column in register.columns:
            prov = labels.get("provenance", column.provenance)
            out.append(f"<th scope=\"col\" class=\"{column.provenance}\" "
                       f"data-key=\"{esc(column.key)}\">{esc(column.label)}"
                       f"<span class=\"prov\">{esc(prov)}</span></th>")
        out.append("</tr></thead><tbody>")
        for row in register.rows:
            out.append("<tr>")
            for column in register.columns:
                cell = row[column.key]
                css = f"{column.provenance} col-{column.key}"
                sort = ""
                if column.key == "severity" and register.key == "gaps":
                    key = self._severity_key(cell.text(), labels)
                    css += f" sev-{key}"
                    sort = f" data-sort=\"{SEVERITY_RANK.get(key, 9)}\""
                elif column.key == "status":
                    css += f" status-{self._status_key(cell.text(), labels)}"
                out.append(f"<td class=\"{css}\"{sort}>{cell_html(cell)}</td>")
            out.append("</tr>")
        out.append("</tbody></table></div>")
        return "".join(out)

    @staticmethod
    def _status_key(text: str, labels: Labels) -> str:
        for key in ("matched", "declared_only", "discovered_only", "ok", "missing", "stale"):
            if labels.get("status", key) == text:
                return key
        return "other"

    @staticmethod
    def _severity_key(text: str, labels: Labels) -> str:
        for key in ("high", "medium", "low"):
            if labels.get("severity", key) == text:
                return key
        return "low"


SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
# Keys of `diagram_legend` in the label files, each drawn as a swatch by report.css.
DIAGRAM_LEGEND = ("table", "table_sensitive", "activity", "recipient", "recipient_abroad",
                  "recipient_undeclared", "edge", "edge_sensitive", "edge_protected",
                  "edge_onward")


def _safe_id(key: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_" for ch in key)
