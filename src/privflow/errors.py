"""User-facing errors: one line naming the file and line, exit code 2, never a traceback."""

from __future__ import annotations


class PrivflowError(Exception):
    """Bad usage or unreadable input. `str()` is the one line the CLI prints."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}: {self.message}"
        if self.path:
            return f"{self.path}: {self.message}"
        return self.message
