"""PDF: the HTML document laid out for A4 by WeasyPrint (no browser), with its print
stylesheet. Needs the `pdf` extra (`pip install 'privflow[pdf]'`) and a CJK font such as
Debian's fonts-noto-cjk for Chinese text; the text stays extractable (pdftotext)."""

from __future__ import annotations

from privflow.errors import PrivflowError
from privflow.report.model import Report
from privflow.report.renderers.base import STEM, Renderer
from privflow.report.renderers.html import HtmlRenderer


def weasyprint_module():
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango missing from the system
        raise PrivflowError(
            "--format pdf needs WeasyPrint: pip install 'privflow[pdf]' "
            f"(and the Pango library; {error.__class__.__name__}: {error})") from None
    return weasyprint


class PdfRenderer(Renderer):
    format = "pdf"

    def render(self, report: Report) -> dict[str, bytes]:
        weasyprint = weasyprint_module()
        html = HtmlRenderer().render(report)[f"{STEM}.html"].decode("utf-8")
        document = weasyprint.HTML(string=html).render()
        # A fixed identifier: the same report gives the same bytes.
        data = document.write_pdf(pdf_identifier=f"privflow-{report.date}".encode())
        return {f"{STEM}.pdf": data}
