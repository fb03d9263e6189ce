"""What a dbt project may make privflow do: read regular files inside its root, within a size,
and render each model within a time and an output size (issue 15).

A repository under review is not trusted: `model-paths: ['/']`, a `schema.yml` symlinked to a
file outside, a FIFO or `/dev/zero` named like a macro, `{% for i in range(100000) %}` nested,
`'x' * 2000000000`, a YAML alias bomb. Each is refused with one `skipped` entry and the scan
goes on.
"""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from privflow.limits import time_limit

MAX_FILE_BYTES = 4 * 1024 * 1024  # a model, macro or YAML file bigger than this is skipped
MAX_RENDER_SECONDS = 5.0  # per model (and per macro file)
MAX_RENDER_CHARS = 2 * 1024 * 1024  # rendered SQL of one model
MAX_VALUE_CHARS = 1024 * 1024  # one string or list a template builds with * or +
MAX_YAML_ALIASES = 500  # `*anchor` references in one YAML file


class Refused(Exception):
    """A project file or a template went past a limit; the message says which."""


def inside(root: Path, path: Path) -> bool:
    """Is `path` (symlinks resolved) inside `root` (resolved)?"""
    try:
        path.resolve().relative_to(root.resolve())
    except (OSError, ValueError, RuntimeError):
        return False
    return True


def read_text(root: Path, path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """The text of a regular file inside `root`, or Refused with the reason."""
    if not inside(root, path):
        raise Refused("outside the dbt project (a symlink or path leaving its folder), not read")
    if not path.is_file():  # FIFOs, devices, sockets: never opened
        raise Refused("not a regular file, not read")
    try:
        size = path.stat().st_size
        if size > limit:
            raise Refused(f"{size} bytes, over the {limit}-byte limit for dbt files")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise Refused(f"unreadable: {error.strerror or error}") from None
    if len(data) > limit:
        raise Refused(f"over the {limit}-byte limit for dbt files")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Refused(f"not UTF-8 (byte {error.start})") from None


_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\]}]+")


def check_yaml_aliases(text: str) -> None:
    """Refuse a YAML text with more alias references than a properties file ever needs (an
    alias bomb expands to billions of nodes when walked)."""
    if "*" in text and len(_ALIAS.findall(text)) > MAX_YAML_ALIASES:
        raise Refused(f"more than {MAX_YAML_ALIASES} YAML aliases, not read")


class LimitedEnvironment(SandboxedEnvironment):
    """The sandbox, with `*`, `+` and `**` unable to build huge values."""

    intercepted_binops = frozenset(["*", "+", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise Refused("template exponent too large")
        if operator == "*" and isinstance(left, (str, list, tuple, bytes)) \
                and isinstance(right, int) and len(left) * right > MAX_VALUE_CHARS:
            raise Refused("template builds a value over the size limit")
        if operator == "*" and isinstance(right, (str, list, tuple, bytes)) \
                and isinstance(left, int) and len(right) * left > MAX_VALUE_CHARS:
            raise Refused("template builds a value over the size limit")
        result = super().call_binop(context, operator, left, right)
        if isinstance(result, (str, list, tuple, bytes)) and len(result) > MAX_VALUE_CHARS:
            raise Refused("template builds a value over the size limit")
        return result


def deadline(seconds: float | None = None) -> contextlib.AbstractContextManager[None]:
    """Raise Refused in the block after `seconds` (an interval timer: main thread only; other
    threads rely on the output limit of `render_limited`)."""
    seconds = MAX_RENDER_SECONDS if seconds is None else seconds
    return time_limit(seconds, lambda: Refused(
        f"rendering took longer than {seconds:g} s, stopped"))


def render_limited(template: Any, seconds: float | None = None, limit: int | None = None,
                   **context: Any) -> str:
    """Render a template chunk by chunk, stopping at the time or output limit."""
    seconds = MAX_RENDER_SECONDS if seconds is None else seconds
    limit = MAX_RENDER_CHARS if limit is None else limit
    parts: list[str] = []
    size = 0
    started = time.monotonic()
    with deadline(seconds):
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > limit:
                raise Refused(f"rendered model over {limit} characters, stopped")
            if time.monotonic() - started > seconds:
                raise Refused(f"rendering took longer than {seconds:g} s, stopped")
            parts.append(chunk)
    return "".join(parts)
