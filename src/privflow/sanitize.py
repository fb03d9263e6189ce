"""Scanned text is attacker-controlled: the one place that makes it inert for each output.

Every renderer (terminal, Markdown, CSV/XLSX, HTML, DOT, JSON/SARIF) takes scanned names,
comments and paths through the function here for its medium, never through ad-hoc escaping.
A table name, a column comment or a dbt description can carry `<script>`, `=HYPERLINK(...)`,
a Markdown `|`, a DOT quote or an ANSI escape; each function below turns exactly that into
text for one medium, and `clean_text` first replaces what no medium can carry (lone
surrogates from undecodable bytes, NUL and other control characters).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

REPLACEMENT = "\ufffd"

# C0/C1 controls and ESC sequences (CSI, OSC ...) that a terminal would act on.
_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What no text output can carry: NUL, lone surrogates (undecodable bytes read with
# `surrogateescape` arrive as U+DC80..U+DCFF), and the non-characters U+FFFE/U+FFFF.
_UNENCODABLE = re.compile("[\x00\ud800-\udfff\ufffe\uffff]")
# Controls other than tab and newline: invisible in a cell, and XML 1.0 (XLSX, SVG) forbids most.
_CELL_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Unicode bidi overrides and isolates reorder what a reader sees ("Trojan Source").
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """Text safe to print to a terminal: escape sequences and control characters removed."""
    return _CONTROLS.sub("", _ANSI.sub("", clean_text(text, keep_newlines=True)))


# What a file name may hold that must not reach a message, a log line or a SARIF URI as is:
# controls (a newline forges a line on stderr, e.g. `::stop-commands::` for GitHub's runner),
# line and paragraph separators, bidi overrides, and lone surrogates (non-UTF-8 bytes of a name
# read with `surrogateescape`).
_PATH_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff]")
_PATH_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _path_escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _PATH_ESCAPES:
        return _PATH_ESCAPES[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of the name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def path_text(path: object) -> str:
    """A file name as one line of plain, valid text: every control, separator, bidi override
    and undecodable byte is written as a visible escape (`\\n`, `\\x1b`, `\\xff`). The one
    place file names are made safe for messages and outputs."""
    text = path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else str(path)
    return _PATH_UNSAFE.sub(_path_escape, text)


def message_text(text: object) -> str:
    """One line of a message on stderr: terminal-safe, a line break shown as `\\n` (a reason
    quoting scanned text must not start a line of its own in a CI log)."""
    return terminal_text(str(text)).replace("\r", "\\r").replace("\n", "\\n")


def clean_text(text: object, *, keep_newlines: bool = True) -> str:
    """`text` as a str any medium can encode: unencodable code points become U+FFFD.

    Controls and bidi overrides are dropped; newlines and tabs stay unless `keep_newlines`
    is false, in which case every line break becomes a space.
    """
    if text is None:
        return ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    text = _UNENCODABLE.sub(REPLACEMENT, str(text))
    text = _BIDI.sub("", _CELL_CONTROLS.sub("", _ANSI.sub("", text)))
    if not keep_newlines:
        text = re.sub(r"[\r\n\t\u2028\u2029]+", " ", text)
    return text


def needs_replacement(text: object) -> bool:
    """True when `text` holds something `clean_text` must replace (so the output can say so)."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return True
    return isinstance(text, str) and _UNENCODABLE.search(text) is not None


# --- JSON / SARIF -------------------------------------------------------------------------------

def json_safe(value: Any) -> Any:
    """A copy of a JSON-like value whose every string (keys too) encodes as UTF-8.

    `json.dumps(..., ensure_ascii=False)` of a lone surrogate writes text that no UTF-8 file can
    hold; NUL is legal JSON but breaks many readers. Both become U+FFFD here.
    """
    if isinstance(value, str):
        return _UNENCODABLE.sub(REPLACEMENT, value)
    if isinstance(value, bytes):
        return _UNENCODABLE.sub(REPLACEMENT, value.decode("utf-8", errors="replace"))
    if isinstance(value, Mapping):
        return {json_safe(k) if isinstance(k, str) else k: json_safe(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [json_safe(v) for v in value]
    return value


def json_text(value: Any, indent: int | None = 2) -> str:
    """The one way privflow writes JSON that carries scanned text: valid UTF-8, readable CJK
    (`indent=None`: one line, for JSON Lines)."""
    return json.dumps(json_safe(value), ensure_ascii=False, indent=indent)


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # no indent: the C encoder


def _c_encoder() -> Callable[[Any], str]:
    """`_ENCODE`, with the C encoder made once: `JSONEncoder.encode` makes one per call
    (~1 us, a tenth of a second of a scan's 34,000 finding records). Same text; without
    the check for circular references, which a record never has."""
    from json import encoder

    make = getattr(encoder, "c_make_encoder", None)
    if make is None:
        return _ENCODE
    base = json.JSONEncoder(ensure_ascii=False)
    chunks = make(None, base.default, encoder.encode_basestring, None, base.key_separator,
                  base.item_separator, False, False, True)
    join = "".join
    return lambda value: join(chunks(value, 0))


_ENCODE_FAST = _c_encoder()


def json_record(value: Any) -> str:
    """One JSON-like value as compact JSON text (no indent), with `json_safe`'s guarantees.

    Encodes first with the C encoder and sanitizes only when the text holds something to
    replace (a NUL shows as the escape `\\u0000`, surrogates and U+FFFE/U+FFFF as
    themselves), so clean records, nearly all of them, are never copied.
    """
    text = _ENCODE_FAST(value)
    if needs_json_repair(text):
        text = _ENCODE(json_safe(value))
    return text


def needs_json_repair(text: str) -> bool:
    """Whether encoded JSON text holds what `json_safe` replaces (NUL shows as its escape).

    What `_UNENCODABLE` finds, looked for without it: a character class searched over CJK
    text costs ~8 ns a character, three times UTF-8 encoding it, which fails exactly on a
    surrogate; NUL, U+FFFE and U+FFFF are then single characters to find. ASCII text (a
    flag of the string, not a scan) can hold none of them but NUL."""
    if "\\u0000" in text or "\x00" in text:
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return "\ufffe" in text or "\uffff" in text


def count_replacements(value: Any) -> int:
    """How many strings inside a JSON-like value hold, or would get, a replacement character.

    Counts both what `json_safe` would still replace and U+FFFD already put in by the readers
    (undecodable bytes), so that a report can say that scanned text was altered.
    """
    if isinstance(value, str):
        return int(needs_replacement(value) or REPLACEMENT in value)
    if isinstance(value, bytes):
        return int(needs_replacement(value))
    if isinstance(value, Mapping):
        return sum(count_replacements(k) + count_replacements(v) for k, v in value.items())
    if isinstance(value, Sequence):
        return sum(count_replacements(v) for v in value)
    return 0


# --- Markdown -----------------------------------------------------------------------------------

# The characters that can open Markdown markup inside a table cell: emphasis, code, links and
# images, HTML and entities (as entities below), the cell pipe, strikethrough, and the escape
# itself. Other punctuation (`.`, `:`, `/`, `-`) stays readable.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~!])")
# GFM autolinks bare `www.x`, `scheme://x` and `a@b.c` without any markup; a word joiner (U+2060,
# invisible) inside each keeps the text from becoming a link.
# Linear: the scheme is found by looking back one character from `://`, not by trying a
# scheme-long match at every letter (which made a 40 KB word take seconds).
_MD_AUTOLINK = re.compile(r"(?i)\b(www)(\.)|(?<=[a-z0-9+.\-])(:)(?=//)|(@)")


# The common cell (printable: no control, line break, bidi override, surrogate or
# non-character; nothing a link could start from) needs only the escapes below, and gets them
# in one str.translate.
_MD_TABLE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;",
                           **{ch: "\\" + ch for ch in "\\`*_[]|~!"}})


def markdown_cell(text: object) -> str:
    """Text for one Markdown table cell or heading: one line, no markup, no links, no HTML."""
    if type(text) is str and text.isprintable() and "@" not in text and "://" not in text \
            and "www." not in text.lower():
        text = text.translate(_MD_TABLE).strip()
    else:
        text = _markdown_cell_slow(text)
    # Text placed after a list marker (`- text`) could open a nested list or a quote: escape a
    # leading marker. (Inside a table cell or after `## ` it is inert anyway.)
    if text[:1] in ("#", "-", "+", "=", ">"):
        text = "\\" + text
    return text


def _markdown_cell_slow(text: object) -> str:
    """markdown_cell for any text: cleaned, escaped, autolinks broken, stripped."""
    text = clean_text(text, keep_newlines=False)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_AUTOLINK.sub(
        lambda m: (m.group(1) + "\u2060" + m.group(2)) if m.group(1)
        else "\u2060:" if m.group(3) else "\u2060@",
        text,
    )
    return text.strip()


# --- CSV / XLSX ---------------------------------------------------------------------------------

# OWASP "CSV injection": a cell starting with one of these is a formula to Excel/LibreOffice.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_cell(text: object) -> str:
    """Text for a CSV or XLSX cell that a spreadsheet shows as text, never runs as a formula.

    A leading `'` is what OWASP recommends: Excel hides it and keeps the rest as text. The
    full-width variants are included because some spreadsheet locales accept them as operators.
    """
    text = clean_text(text, keep_newlines=True)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


# --- HTML / SVG ---------------------------------------------------------------------------------

def html_text(text: object) -> str:
    """Text for HTML element content or a double- or single-quoted attribute value."""
    # Imported here: `html` brings its table of entities (~3 ms), which a scan never uses.
    from html import escape

    return escape(clean_text(text, keep_newlines=True), quote=True)


# --- DOT (graphviz) -----------------------------------------------------------------------------

def dot_string(text: object, *, max_length: int = 120) -> str:
    """A double-quoted DOT string whose content is shown literally by graphviz.

    Quotes and backslashes are escaped (so a name cannot close the string and add nodes, edges
    or attributes), graphviz's own escapes (`\\N`, `\\G`, `\\l`) are disabled by the doubled
    backslash, and line breaks become a space. Braces, `;` and `->` are inert inside a quoted
    string. `&` becomes `&amp;` because graphviz passes entities through to SVG, where a name
    spelled `&lt;b&gt;` would otherwise show as `<b>`. Long text is cut so that one comment
    cannot blow a diagram up.
    """
    text = clean_text(text, keep_newlines=False)
    if len(text) > max_length:
        text = text[: max_length - 1] + "…"
    text = text.replace("&", "&amp;")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot_lines(lines: Sequence[object], *, max_length: int = 120) -> str:
    """Several lines of text as one DOT label: each line escaped, joined by DOT's `\\n`."""
    parts = [dot_string(line, max_length=max_length)[1:-1] for line in lines]
    return '"' + "\\n".join(parts) + '"'
