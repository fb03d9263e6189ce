"""Reading a privacy notice from a file: plain text, Markdown, HTML, PDF; never the network.

Text and Markdown are decoded as they are (UTF-8, GBK/GB18030, BOM-marked UTF-16 through
`sources.encoding`), so character offsets point into the file's own text. A saved HTML page
is parsed with BeautifulSoup and Python's own `html.parser` (no lxml needed); scripts,
styles, navigation, headers, footers and forms are dropped and block elements become line
breaks, so offsets point into that extracted text. PDF text comes from pypdf when the `pdf`
extra is installed; a PDF without a text layer is an error, not an empty notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from privflow.errors import PrivflowError
from privflow.sources.encoding import detect_encoding, iter_text, read_head

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", "")
DROPPED_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "form",
                "button", "svg", "iframe", "head")
BLOCK_TAGS = ("p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section",
              "article", "table", "ul", "ol", "dt", "dd", "blockquote", "pre", "td", "th")


@dataclass(frozen=True)
class Notice:
    path: str  # as given
    text: str
    kind: str  # text | markdown | html | pdf


def read_notice(path: str) -> Notice:
    """The notice at `path` as text; PrivflowError naming the file when it cannot be read."""
    file = Path(path)
    if not file.is_file():
        raise PrivflowError("no such file", path=path)
    suffix = file.suffix.lower()
    if suffix in PDF_SUFFIXES or read_head(file, 5) == b"%PDF-":
        return Notice(path, _pdf_text(file, path), "pdf")
    text = _decoded(file, path)
    if suffix in HTML_SUFFIXES or text.lstrip()[:200].lower().startswith(("<!doctype html",
                                                                        "<html")):
        return Notice(path, html_text(text), "html")
    kind = "markdown" if suffix in (".md", ".markdown") else "text"
    return Notice(path, text, kind)


def _decoded(file: Path, shown: str) -> str:
    found = detect_encoding(read_head(file))
    if found is None:
        raise PrivflowError("not a text, HTML or PDF file (binary content)", path=shown)
    codec, skip = found
    return "".join(iter_text(file, codec, skip))


def html_text(markup: str) -> str:
    """The readable text of an HTML page: one line per block element, scripts and chrome gone."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(list(DROPPED_TAGS)):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": "navigation"}):
        tag.decompose()
    for tag in soup.find_all(list(BLOCK_TAGS)):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def _pdf_text(file: Path, shown: str) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        raise PrivflowError("reading PDF notices needs pypdf: pip install 'privflow[pdf]'",
                            path=shown) from None
    try:
        reader = PdfReader(str(file))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # pypdf raises many kinds on a damaged file
        raise PrivflowError(f"unreadable PDF ({type(error).__name__})", path=shown) from None
    text = "\n".join(pages)
    if not text.strip():
        raise PrivflowError("the PDF has no text layer (a scan?); OCR it first", path=shown)
    return text
