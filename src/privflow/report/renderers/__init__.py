"""One small class per output format; each turns the `Report` model into files (name -> bytes).

Scanned text reaches a format only through `privflow.sanitize`, for that format's medium.
"""

from __future__ import annotations

from privflow.report.renderers.base import Renderer
from privflow.report.renderers.csv import CsvRenderer
from privflow.report.renderers.html import HtmlRenderer
from privflow.report.renderers.json import JsonRenderer
from privflow.report.renderers.markdown import MarkdownRenderer
from privflow.report.renderers.pdf import PdfRenderer
from privflow.report.renderers.xlsx import XlsxRenderer

RENDERERS: dict[str, type[Renderer]] = {
    r.format: r for r in (MarkdownRenderer, HtmlRenderer, JsonRenderer, CsvRenderer, XlsxRenderer,
                          PdfRenderer)
}

__all__ = ["RENDERERS", "Renderer"]
