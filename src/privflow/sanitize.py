"""Scanned text is attacker-controlled: the one place that makes it inert for each output.

Every renderer (terminal, Markdown, CSV/XLSX, HTML, DOT, JSON/SARIF) takes scanned names,
comments and paths through the function here for its medium, never through ad-hoc escaping.
"""

from __future__ import annotations

import re

# C0/C1 controls and ESC sequences (CSI, OSC ...) that a terminal would act on.
_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_text(text: str) -> str:
    """Text safe to print to a terminal: escape sequences and control characters removed."""
    return _CONTROLS.sub("", _ANSI.sub("", text))
