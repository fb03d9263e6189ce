"""Sentences with their offsets, and tokens on which the lexicons match.

A notice is cut into sentences at Chinese and English sentence ends, semicolons and line
breaks (a table row or list item is its own sentence). Tokens come from jieba for Chinese and
English alike (jieba keeps Latin words whole and ships its dictionary in the package, so
nothing is downloaded); every lexicon term containing Chinese is added to jieba's dictionary
so that a term is one token and is never found inside a longer word.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

# An English full stop ends a sentence before a capital or the end, not after a list number
# ("## 5. Children").
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+|(?<!\b\d)(?<!\b\d\d)\.(?=\s+[A-Z0-9\"“(]|\s*$)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
MAX_TERM_TOKENS = 8


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    line: int

    @property
    def zh(self) -> bool:
        return bool(_HAN.search(self.text))


def sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, stripped, with offsets into `text` and 1-based line numbers."""
    found: list[Sentence] = []
    position = 0
    line = 1
    for match in _SENTENCE_END.finditer(text + "\n"):
        raw_end = min(match.end(), len(text))
        piece = text[position:raw_end]
        stripped = piece.strip(" \t\r\n\u3000")
        if stripped:
            lead = len(piece) - len(piece.lstrip(" \t\r\n\u3000"))
            start = position + lead
            first_line = line + text.count("\n", position, start)
            found.append(Sentence(len(found), start, start + len(stripped), stripped,
                                  first_line))
        line += text.count("\n", position, raw_end)
        position = raw_end
    return found


def key(term: str) -> str:
    """The matching form of a term or of a run of tokens: lower case, no blanks."""
    return "".join(term.lower().split())


@cache
def _tokenizer(words: tuple[str, ...]):  # type: ignore[no-untyped-def]
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = tempfile.gettempdir()
    for word in words:
        tokenizer.add_word(word, freq=200000)
    return tokenizer


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str, words: tuple[str, ...]) -> list[Token]:
    tokenizer = _tokenizer(words)
    return [Token(w, s, e) for w, s, e in tokenizer.tokenize(text, HMM=False)]


@dataclass(frozen=True)
class Hit:
    value: str  # what the matched term maps to
    term: str  # the text as written
    start: int  # offsets inside the sentence
    end: int


class TermMatcher:
    """Longest match of terms on token boundaries. `table` maps key(term) -> value; a value of
    None masks a longer word that contains a term (设备型号 is not 设备)."""

    def __init__(self, table: dict[str, str | None], words: Iterable[str]) -> None:
        self.table = table
        self.words = tuple(sorted({w for w in words if _HAN.search(w) and " " not in w}))

    def hits(self, text: str) -> Iterator[Hit]:
        toks = [t for t in tokens(text, self.words)]
        i = 0
        while i < len(toks):
            best: tuple[int, str | None] | None = None
            joined = ""
            for j in range(i, min(len(toks), i + MAX_TERM_TOKENS)):
                joined += key(toks[j].text)
                if not joined:
                    continue
                for candidate in (joined, joined[:-1] if joined.endswith("s") else None):
                    if candidate and candidate in self.table:
                        best = (j, self.table[candidate])
                        break
            if toks[i].text.strip() == "" or best is None:
                i += 1
                continue
            j, value = best
            if value is not None:
                yield Hit(value, text[toks[i].start:toks[j].end], toks[i].start, toks[j].end)
            i = j + 1
