"""tree-sitter grammars, loaded once per language from their wheels (the `code` extra).

Nothing is downloaded at run time: a grammar that is not installed makes its reader skip the
file with a note naming the extra to install.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

# language -> (module, function returning the grammar)
GRAMMARS = {
    "java": ("tree_sitter_java", "language"),
    "kotlin": ("tree_sitter_kotlin", "language"),
    "ruby": ("tree_sitter_ruby", "language"),
    "php": ("tree_sitter_php", "language_php"),
    "typescript": ("tree_sitter_typescript", "language_typescript"),
    "go": ("tree_sitter_go", "language"),
}


class GrammarMissing(Exception):
    def __init__(self, language: str) -> None:
        super().__init__(f"{language} needs the tree-sitter grammars: pip install 'privflow[code]'")


@cache
def parser(language: str) -> Any:
    try:
        from tree_sitter import Language, Parser

        module, function = GRAMMARS[language]
        grammar = getattr(importlib.import_module(module), function)()
    except ImportError as error:
        raise GrammarMissing(language) from error
    return Parser(Language(grammar))


def parse(language: str, text: bytes) -> Any:
    """The root node of `text`."""
    return parser(language).parse(text).root_node


def text_of(node: Any) -> str:
    return node.text.decode("utf-8", errors="replace") if node is not None else ""


def line_of(node: Any) -> int:
    return node.start_point[0] + 1


def children(node: Any, *types: str) -> list[Any]:
    return [c for c in node.children if c.type in types]


def child(node: Any, *types: str) -> Any:
    return next((c for c in node.children if c.type in types), None)


def walk(node: Any, *types: str):
    """Every descendant of one of `types`, in document order (not below a match)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in types:
            yield current
            continue
        stack.extend(reversed(current.children))


def unquote(text: str) -> str:
    text = text.strip()
    for quote in ('"""', "'''", '"', "'", "`"):
        if len(text) >= 2 * len(quote) and text.startswith(quote) and text.endswith(quote):
            return text[len(quote):-len(quote)]
    return text


def walk_all(node: Any, *types: str):
    """Every descendant of one of `types`, in document order, nested matches included."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in types:
            yield current
        stack.extend(reversed(current.children))
