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
from privflow.report.model import Cell, Register, Report
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


def cell_html(cell: Cell) -> str:
    if isinstance(cell.value, list):
        items = [v for v in cell.value if v]
        body = ("<ul>" + "".join(f"<li>{esc(v)}</li>" for v in items) + "</ul>") if items else ""
    else:
        body = esc(cell.value)
    if cell.evidence:
        body += "<div class=\"ev\">" + "<br>".join(esc(e) for e in cell.shown_evidence()) + "</div>"
    return body


class HtmlRenderer(Renderer):
    format = "html"

    def render(self, report: Report) -> dict[str, bytes]:
        labels = Labels(report.lang)
        css, js = asset("report.css"), asset("report.js")
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
            f"<header><h1>{esc(report.title)}</h1><p>{esc(report.subtitle)}</p></header>",
            self._nav(report, labels),
            f"<section id=\"header\"><h2>{esc(labels.section('header'))}</h2>"
            "<table class=\"kv\"><tbody>",
        ]
        parts += [f"<tr><th scope=\"row\">{esc(k)}</th><td>{esc(v)}</td></tr>"
                  for k, v in report.header]
        parts.append("</tbody></table></section>")
        parts.append(f"<section id=\"legend\"><h2>{esc(labels.section('legend'))}</h2>"
                     "<ul class=\"legend\">")
        parts += [f"<li>{esc(line)}</li>" for line in report.legend]
        parts.append(f"<li>{esc(labels.get('legend', 'sort'))}</li></ul></section>")
        if report.diagrams:
            parts.append(f"<section id=\"diagrams\"><h2>{esc(labels.section('diagrams'))}</h2>")
            for diagram in report.diagrams:
                parts.append(f"<figure class=\"diagram\" id=\"diagram-{esc(diagram.key)}\">"
                             f"<figcaption>{esc(diagram.title)}</figcaption>")
                if diagram.svg is None:
                    parts.append(f"<p>{esc(labels.word('diagram_unavailable'))}</p>")
                else:
                    parts.append(self._embed(diagram.svg, diagram.key, diagram.title))
                parts.append("</figure>")
            parts.append("</section>")
        for register in report.registers:
            parts.append(self._register(report, register, labels))
        parts += [f"<script>{js}</script>", "</body>", "</html>"]
        return {f"{STEM}.html": ("\n".join(parts) + "\n").encode("utf-8")}

    @staticmethod
    def _embed(svg: bytes, key: str, title: str) -> str:
        """Graphviz's SVG (already checked by `inert_svg`) with ids unique in the page and a
        text alternative for screen readers."""
        text = svg.decode("utf-8")
        text = _SVG_ID.sub(lambda m: f'id="{esc(key)}-{m.group(1)}"', text)
        return text.replace("<svg ", f'<svg role="img" aria-label="{esc(title)}" ', 1)

    @staticmethod
    def _nav(report: Report, labels: Labels) -> str:
        links = [("header", labels.section("header"))]
        if report.diagrams:
            links.append(("diagrams", labels.section("diagrams")))
        links += [(r.key, r.title) for r in report.registers]
        items = "".join(f"<li><a href=\"#{esc(key)}\">{esc(title)}</a></li>"
                        for key, title in links)
        return f"<nav><ul>{items}</ul></nav>"

    def _register(self, report: Report, register: Register, labels: Labels) -> str:
        table_id = f"t-{register.key}"
        out = [f"<section id=\"{esc(register.key)}\" class=\"register\">"
               f"<h2>{esc(register.title)}</h2>"]
        if not register.rows:
            out.append(f"<p>{esc(labels.get('legend', 'empty'))}</p></section>")
            return "".join(out)
        out.append(f"<div class=\"controls\"><input type=\"search\" class=\"filter\" "
                   f"data-table=\"{table_id}\" placeholder=\"{esc(labels.get('legend', 'filter'))}"
                   f"\" aria-label=\"{esc(labels.get('legend', 'filter'))}\">"
                   "<span class=\"count\"></span></div>")
        out.append(f"<div class=\"scroll\"><table class=\"data\" id=\"{table_id}\"><thead><tr>")
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
                if column.key == "severity" and register.key == "gaps":
                    css += f" sev-{self._severity_key(cell.text(), labels)}"
                elif column.key == "status":
                    css += f" status-{self._status_key(cell.text(), labels)}"
                out.append(f"<td class=\"{css}\">{cell_html(cell)}</td>")
            out.append("</tr>")
        out.append("</tbody></table></div></section>")
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
