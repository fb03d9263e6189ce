"""Modules and names imported on first use: sqlglot costs a tenth of a second to import, and
a scan that the fast DDL path and the dump reader finish alone (most schema dumps, most
re-runs from the cache) never needs it.

    exp = Lazy("sqlglot.expressions")
    TokenType = Lazy("sqlglot.tokens:TokenType")
    ...
    isinstance(node, exp.Create)        # sqlglot is imported here, the first time
    token.token_type == TokenType.STRING

Annotations stay plain (`from __future__ import annotations` makes them strings), and an
`except (errors.ParseError, ...)` clause is evaluated only when something was raised, so
both work through the proxy without importing anything.
"""

from __future__ import annotations

import importlib
from typing import Any


class Lazy:
    """Stands in for a module (`"pkg.mod"`) or a name in one (`"pkg.mod:Name"`) until an
    attribute is read from it."""

    __slots__ = ("_path", "_target")

    def __init__(self, path: str) -> None:
        self._path = path
        self._target: Any = None

    def _load(self) -> Any:
        module_name, _, attribute = self._path.partition(":")
        target = importlib.import_module(module_name)
        if attribute:
            target = getattr(target, attribute)
        self._target = target
        return target

    def __getattr__(self, attribute: str) -> Any:
        target = self._target
        if target is None:
            target = self._load()
        return getattr(target, attribute)

    def __repr__(self) -> str:
        state = "loaded" if self._target is not None else "not loaded"
        return f"<lazy {self._path} ({state})>"
