"""Reading a whole input file privflow trusts the user to name (inventory YAML, a baseline):
regular files only, with a size cap.

A FIFO or `/dev/zero` named as `activities.yaml` or `--baseline` would otherwise hang the run
or eat gigabytes; a file past the cap is certainly not a hand-written declaration. Errors are
one `PrivflowError` line naming the file, exit 2.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from privflow.errors import PrivflowError

MAX_INPUT_BYTES = 16 << 20


def read_input(path: str | os.PathLike[str], shown: str | None = None, *,
               limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; PrivflowError otherwise."""
    shown = shown or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise PrivflowError("does not exist", path=shown) from None
    except OSError as error:
        raise PrivflowError(f"cannot be read: {error.strerror or error}", path=shown) from None
    if not stat.S_ISREG(info.st_mode):
        raise PrivflowError("is not a regular file (a device, FIFO or folder); not read",
                            path=shown)
    if info.st_size > limit:
        raise PrivflowError(f"is larger than {limit >> 20} MB; not read", path=shown)
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise PrivflowError(f"cannot be read: {error.strerror or error}", path=shown) from None
    if len(data) > limit:  # grew while we looked
        raise PrivflowError(f"is larger than {limit >> 20} MB; not read", path=shown)
    return data
