"""Finding the SQL under a path, in the order it is applied.

Folders are walked recursively in migration order (Flyway `V1__`, `V1_1__`, numeric and
timestamp prefixes compare as version numbers, not as text), skipping VCS and virtualenv
folders, `node_modules` and whatever `.gitignore` ignores. A symbolic link is followed only when
it stays inside the folder the user named (a checked-out `x.sql -> /etc/passwd` or a link to
`/` is skipped with a note) unless `follow_symlinks` says otherwise, and a folder already
visited is not entered again, so a symlink loop ends. A folder with `dbt_project.yml` is handed
whole to the dbt loader. Names are shown through `sanitize.path_text`: a newline or an
undecodable byte in a file name cannot forge a line of output.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from privflow.datafiles import load_yaml
from privflow.sanitize import path_text

if TYPE_CHECKING:
    import pathspec


@lru_cache(maxsize=1)
def settings() -> dict:
    return load_yaml("privflow.sources", "data/walk.yaml")


@dataclass(frozen=True)
class Found:
    """A file (or dbt project folder) to read, with the path users see."""

    path: Path
    display: str
    # "sql", "dbt", "quiet" (not SQL, skipped silently), "unreadable: <why>" (an input error),
    # "note: <why>" (skipped with a warning: a symbolic link out of the scanned folder)
    kind: str


_VERSION = re.compile(r"^[Vv]?(\d+(?:[._]\d+)*)(?=__|[-_. ]|$)")
_REPEATABLE = re.compile(r"^R__", re.IGNORECASE)
_UNDO = re.compile(r"^U\d", re.IGNORECASE)
_DIGITS = re.compile(r"(\d+)")


def natural(text: str) -> tuple:
    # isdecimal, not isdigit: `①` is a digit int() cannot read.
    return tuple(int(p) if p.isdecimal() else p.lower() for p in _DIGITS.split(text))


def migration_key(name: str) -> tuple:
    """Versioned files first, by version; then others by natural order; repeatable last."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    if _REPEATABLE.match(stem):
        return (2, natural(stem))
    m = _VERSION.match(stem)
    if m:
        version = tuple(int(p) for p in re.split(r"[._]", m.group(1)))
        return (0, version, natural(stem))
    return (1, natural(stem))


class Walker:
    def __init__(self, classify: Callable[[str], str | None] | None = None, *,
                 follow_symlinks: bool = False) -> None:
        # `classify` names other files to yield (application code: sources/code/), by file name.
        self.classify = classify
        config = settings()
        self.follow_symlinks = follow_symlinks
        self._root: Path | None = None
        self.sql_suffixes = set(config["sql_suffixes"])
        self.quiet_suffixes = set(config["quiet_suffixes"])
        self.skip_dirs = set(config["skip_dirs"])
        self.venv_markers = list(config["venv_markers"])
        self.dbt_marker = config["dbt_marker"]
        self._seen: set[tuple[int, int]] = set()

    def walk(self, root: Path, display: str) -> Iterator[Found]:
        """Files under `root` (a file or a folder) in application order."""
        if root.is_file():
            if self.classify is not None and (kind := self.classify(root.name)):
                yield Found(root, display, kind)
                return
            quiet = root.suffix.lower() in self.quiet_suffixes
            yield Found(root, display, "quiet" if quiet else "sql")
            return
        self._root = root.resolve()
        yield from self._walk_dir(root, display, [])

    def _escapes(self, path: Path) -> bool:
        """Is `path` a symbolic link that leads out of the folder being walked?"""
        if self.follow_symlinks or self._root is None or not path.is_symlink():
            return False
        try:
            target = path.resolve()
        except (OSError, RuntimeError):
            return True
        return target != self._root and self._root not in target.parents

    def _walk_dir(self, folder: Path, display: str,
                  ignores: list[tuple[Path, pathspec.PathSpec]]) -> Iterator[Found]:
        try:
            stat = folder.stat()
        except OSError:
            return
        key = (stat.st_dev, stat.st_ino)
        if key in self._seen:
            return
        self._seen.add(key)
        if (folder / self.dbt_marker).is_file():
            yield Found(folder, display, "dbt")
            return
        gitignore = folder / ".gitignore"
        if gitignore.is_file():
            try:
                lines = gitignore.read_text("utf-8", errors="replace").splitlines()
                # Imported here: most scanned folders have no .gitignore (~10 ms of start-up).
                import pathspec

                ignores = [*ignores, (folder, pathspec.GitIgnoreSpec.from_lines(lines))]
            except OSError:
                pass
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            yield Found(folder, display, f"unreadable: {error.strerror or error}")
            return
        entries.sort(key=lambda e: migration_key(e.name))
        for entry in entries:
            path = Path(entry.path)
            name = path_text(entry.name)
            child_display = f"{display.rstrip('/')}/{name}" if display else name
            try:
                is_dir = entry.is_dir()  # follows symlinks
            except OSError:
                continue
            if self._ignored(path, is_dir, ignores):
                continue
            if is_dir and entry.name in self.skip_dirs:
                continue
            if self._escapes(path):
                suffix = Path(entry.name).suffix.lower()
                if is_dir or suffix in self.sql_suffixes:
                    yield Found(path, child_display, "note: symbolic link to outside the "
                                "scanned folder; not followed (--follow-symlinks follows it)")
                continue
            if is_dir:
                if any((path / marker).exists() for marker in self.venv_markers):
                    continue
                yield from self._walk_dir(path, child_display, ignores)
                continue
            suffix = Path(entry.name).suffix.lower()
            if self.classify is not None and (kind := self.classify(entry.name)):
                if entry.is_file():
                    yield Found(path, child_display, kind)
            elif suffix in self.sql_suffixes:
                if entry.is_file():
                    yield Found(path, child_display, "sql")
                elif entry.is_symlink():
                    yield Found(path, child_display, "note: dangling symbolic link; not read")
                else:
                    yield Found(path, child_display,
                                "unreadable: not a regular file (a device, FIFO or socket)")

    @staticmethod
    def _ignored(path: Path, is_dir: bool,
                 ignores: list[tuple[Path, pathspec.PathSpec]]) -> bool:
        for base, spec in ignores:
            relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
            if spec.match_file(relative):
                return True
        return False
