"""What a scan has to say besides its result (skipped statements, unreadable files), for the
terminal: every line with --verbose, else, past a screenful, one line per kind with a count and
the first place it happened. Parser token reprs are shown as the text they stand for."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

MAX_LINES = 20  # more notes than this are summarised by kind unless --verbose

_TOKEN = re.compile(r"<Token token_type: [\w.]+, text: (.*?), line: \d+, col: \d+, "
                    r"start: \d+, end: \d+, comments: \[.*?\]>", re.S)
_VARIABLE = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\b\d+\b|\S+\.sql\S*")


def readable(message: str) -> str:
    """`Invalid expression ... <Token token_type: TokenType.L_PAREN, text: (, ...>` ->
    `Invalid expression ... '('`."""
    return _TOKEN.sub(lambda m: repr(m.group(1)), message)


def kind_of(reason: str) -> str:
    """The kind of a note: its reason with names, numbers and quoted parts blanked."""
    text = readable(reason).split(". ", 1)[0]
    return _VARIABLE.sub("…", text)[:90]


class Notes:
    def __init__(self, warn: Callable[[str], None], verbose: bool) -> None:
        self.warn = warn
        self.verbose = verbose
        self.lines: list[tuple[str, str]] = []  # (where, reason)

    def add(self, where: str, reason: str) -> None:
        self.lines.append((where, readable(reason)))

    def flush(self) -> None:
        if self.verbose or len(self.lines) <= MAX_LINES:
            for where, reason in self.lines:
                self.warn(f"{where}: {reason}" if where else reason)
            return
        kinds = Counter(kind_of(reason) for _, reason in self.lines)
        first = {}
        for where, reason in self.lines:
            first.setdefault(kind_of(reason), where)
        self.warn(f"{len(self.lines)} notes in {len(kinds)} kinds (--verbose lists every one):")
        for kind, count in kinds.most_common():
            self.warn(f"  {count:>6} × {kind}  (first: {first[kind]})")
