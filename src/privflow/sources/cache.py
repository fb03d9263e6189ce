"""A content-addressed cache of what reading one SQL file gave, so a re-run reads only what changed.

Key: the file's bytes (SHA-256), the name it is shown under (ops carry "path:line"), the dialect
and the reason it was chosen, the sample size, and privflow itself (its version plus the size and
modification time of every module and data file of the installed package, so an edited checkout
never reads results of the code before). Value: the file's `FileResult`, ops packed as tuples.

Entries live in `<dir>/v1/<2 hex>/<key>`; the default folder is `$XDG_CACHE_HOME/privflow`
(`~/.cache/privflow`). Writes go to a temporary file then `os.replace`, so two runs sharing the
folder never see half an entry; an entry that cannot be read (truncated, from another Python)
is ignored and rewritten. A file whose reading sampled row values (a dump) is never cached:
sampled values stay in memory only, as everywhere else in privflow. Delete the folder to
clear it; `--no-cache` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

import privflow
from privflow.sources.dialects import Vote
from privflow.sources.files import FileResult
from privflow.sources.ops import Rows, pack, unpack

FORMAT = "v1"
_CHUNK = 1 << 20


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "privflow"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """privflow's version and the (path, size, mtime) of every file of the package."""
    root = Path(privflow.__file__).parent
    digest = hashlib.sha256(f"{privflow.__version__}\0{FORMAT}".encode())
    for folder, dirs, files in sorted(os.walk(root)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".yaml", ".yml", ".json", ".txt")):
                stat = os.stat(os.path.join(folder, name))
                rel = os.path.relpath(os.path.join(folder, name), root)
                digest.update(f"{rel}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def file_digest(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None  # the reader reports it
    return digest.hexdigest()


# Dialect rankings kept at most (one small tuple per distinct file head).
MAX_RANKINGS = 200_000


class ParseCache:
    """FileResults by content key in one folder; `None` folder means no cache at all.

    It also keeps the dialect ranking of each file head (`dialects.rank_dialects`, tens of
    regular expressions over 32 KB: milliseconds a file, paid before the key is known), in one
    file per privflow, by the SHA-256 of the head's bytes."""

    def __init__(self, directory: str | os.PathLike[str] | None) -> None:
        self.root = Path(directory) / FORMAT if directory is not None else None
        self.hits = 0
        self.misses = 0
        self._rankings: dict[str, tuple[tuple[str, int, tuple[str, ...]], ...]] | None = None
        self._ranked_new = False

    def _rankings_path(self) -> Path:
        assert self.root is not None
        return self.root / "dialects" / code_fingerprint()[:32]

    def ranked(self, head: bytes) -> list[Vote] | None:
        """The ranking of a head read before, or None."""
        if self.root is None:
            return None
        if self._rankings is None:
            try:
                loaded = pickle.loads(self._rankings_path().read_bytes())
                self._rankings = loaded if isinstance(loaded, dict) else {}
            except Exception:  # absent, damaged or foreign: ranked again, written again
                self._rankings = {}
        kept = self._rankings.get(hashlib.sha256(head).hexdigest())
        if kept is None:
            return None
        return [Vote(dialect, score, list(reasons)) for dialect, score, reasons in kept]

    def keep_ranked(self, head: bytes, ranked: list[Vote]) -> None:
        if self.root is None or self._rankings is None:
            return
        if len(self._rankings) >= MAX_RANKINGS:
            self._rankings.clear()
        self._rankings[hashlib.sha256(head).hexdigest()] = tuple(
            (v.dialect, v.score, tuple(v.reasons)) for v in ranked)
        self._ranked_new = True

    def save_ranked(self) -> None:
        if self.root is None or not self._ranked_new or self._rankings is None:
            return
        write_entry(self.root, self._rankings_path(),
                    pickle.dumps(self._rankings, protocol=pickle.HIGHEST_PROTOCOL))
        self._ranked_new = False

    @property
    def enabled(self) -> bool:
        return self.root is not None

    def key(self, path: Path, display: str, dialect: str | None, reason: str | None,
            sample_rows: int) -> str | None:
        if self.root is None:
            return None
        content = file_digest(path)
        if content is None:
            return None
        parts = (code_fingerprint(), content, display, dialect or "", reason or "",
                 str(sample_rows))
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / key

    def get(self, key: str | None) -> FileResult | None:
        return self.decode(self.read(key))

    def read(self, key: str | None) -> bytes | None:
        """The entry's bytes, undecoded (None: absent; counted as a miss)."""
        if key is None:
            return None
        try:
            return self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None

    def decode(self, data: bytes | None) -> FileResult | None:
        """The FileResult of an entry `read` gave; None when there was none, or it cannot be
        read (corrupt or foreign: a miss, rewritten)."""
        if data is None:
            return None
        try:
            file, packed, error = pickle.loads(data)
            result = FileResult(file, [unpack(item) for item in packed], error)
        except Exception:
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str | None, result: FileResult) -> None:
        if key is None or result.error is not None or any(
                isinstance(op, Rows) for op in result.ops):
            return
        assert self.root is not None
        data = pickle.dumps((result.file, [pack(op) for op in result.ops], None),
                            protocol=pickle.HIGHEST_PROTOCOL)
        write_entry(self.root, self._path(key), data)


def write_entry(root: Path, target: Path, data: bytes) -> None:
    """`data` into `target` under the cache folder `root` (created private), atomically: a
    temporary file renamed into place, so a reader sharing the folder never sees half of it."""
    try:
        if not root.exists():
            root.mkdir(parents=True, exist_ok=True, mode=0o700)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError:
        pass  # a read-only or full cache folder only costs speed
