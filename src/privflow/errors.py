"""User-facing errors: one line naming the file and line, exit code 2, never a traceback."""

from __future__ import annotations

MAX_MESSAGE_CHARS = 400


class PrivflowError(Exception):
    """Bad usage or unreadable input. `str()` is the one line the CLI prints."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        from privflow.sanitize import path_text

        message = self.message
        if len(message) > MAX_MESSAGE_CHARS:  # one line, even about a 5,000-character value
            message = message[:MAX_MESSAGE_CHARS - 1] + "…"
        path = path_text(self.path) if self.path else None
        if path and self.line:
            return f"{path}:{self.line}: {message}"
        if path:
            return f"{path}: {message}"
        return message
