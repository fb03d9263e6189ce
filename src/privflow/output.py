"""Writing privflow's outputs: whole or not at all, never through a link, errors naming the file.

Every file privflow writes (`scan -o`, `report -o`, `graph -o`, `check -o`,
`--write-baseline`) goes through `write_file`: the bytes go to a temporary file beside the
target, are flushed to disk, and replace the target in one `os.replace`. A SIGKILL or a full
disk mid-write leaves the previous file (a baseline's hand-written reasons) as it was, never
a 0-byte or truncated one. A target that is a symbolic link is refused rather than written
through (a link in a checked-out repository could point anywhere), and an I/O error becomes
one `PrivflowError` line that names the file.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from privflow.errors import PrivflowError


def _refuse_link(path: Path) -> None:
    if path.is_symlink():
        raise PrivflowError("is a symbolic link; not writing through it", path=str(path))


def prepare_folder(folder: Path, *, refuse_link: bool = True) -> None:
    """Create `folder` (and its parents); a folder that is a symbolic link is refused (the
    output folder of `report`, whose old files privflow may remove)."""
    if refuse_link:
        _refuse_link(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PrivflowError(f"cannot create folder: {error.strerror or error}",
                            path=str(folder)) from None
    if not folder.is_dir():
        raise PrivflowError("not a folder", path=str(folder))


def write_file(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write `data` (text is UTF-8) to `path` atomically; returns the path."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with open_atomic(path) as handle:
        handle.write(payload)
    return Path(path)


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary handle whose content replaces `path` when the block ends without error."""
    target = Path(path)
    _refuse_link(target)
    # The folder holding the file may be a link the user made (/tmp on macOS): only the
    # file itself must not be one.
    prepare_folder(target.parent, refuse_link=False)
    if target.exists() and not target.is_file():
        raise PrivflowError("exists and is not a regular file", path=str(target))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name[:64]}.", suffix=".tmp",
                                    dir=target.parent)
    except OSError as error:
        raise PrivflowError(f"cannot write: {error.strerror or error}", path=str(target)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(target, temp)
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise PrivflowError(f"cannot write: {error.strerror or error}", path=str(target)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_text_with(path: str | os.PathLike[str], render: Callable[[IO[str]], None]) -> Path:
    """Atomically write what `render` prints into a text handle (rich consoles and the like)."""
    with open_atomic(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        render(text)
        text.flush()
        text.detach()
    return Path(path)


def _keep_mode(target: Path, temp: str) -> None:
    """The replaced file keeps its permissions; a new one gets the usual umask'd 0666."""
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)
