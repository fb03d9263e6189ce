"""What `report -o DIR` wrote into DIR, so that a later run removes only that.

A report shrinks when the inventory does (a removed activity's diagram), and the folder must
not keep files that disagree with it. But the folder is the user's: a signed
`ropa-2023-signed.docx`, a hand-written `ropa.txt`, or last month's HTML next to today's CSV
run are not privflow's to delete. `.privflow-report-files` (JSON) lists, per format, the files this
folder got from privflow with a hash of their bytes; a run of format F removes a file only
when the last run of F wrote it, this run does not, and it still has the bytes privflow wrote
(a file a person edited since is kept). Files are replaced atomically (`privflow.output`),
and a folder that is a symbolic link is refused, never followed.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

from privflow.output import prepare_folder, write_file

MANIFEST = ".privflow-report-files"
MANIFEST_FORMAT = "privflow-report-files/1"
MAX_MANIFEST_BYTES = 1 << 20


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _plain_name(name: object) -> bool:
    return (isinstance(name, str) and name not in ("", ".", "..", MANIFEST)
            and "/" not in name and "\\" not in name and "\0" not in name)


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """format -> file name -> sha256 of what privflow wrote; empty when absent or odd."""
    path = folder / MANIFEST
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_MANIFEST_BYTES:
            return {}
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    formats = data.get("formats") if isinstance(data, dict) else None
    if not isinstance(formats, dict):
        return {}
    return {fmt: {name: digest for name, digest in files.items()
                  if _plain_name(name) and isinstance(digest, str)}
            for fmt, files in formats.items() if isinstance(fmt, str) and isinstance(files, dict)}


def _remove_if_ours(path: Path, digest: str) -> None:
    """Delete `path` when it is a regular file (not a link) holding exactly the bytes we wrote."""
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):
            return
        if _digest(path.read_bytes()) != digest:
            return
        os.unlink(path)
    except OSError:
        return


def write_outputs(folder: Path, by_format: dict[str, dict[str, bytes]]) -> list[Path]:
    """Write each format's files into `folder`, remove what earlier runs of those formats wrote
    and this one does not, record it all in the manifest; returns the written paths, sorted."""
    prepare_folder(folder)
    previous = read_manifest(folder)
    written_now = {name for files in by_format.values() for name in files}
    manifest = {fmt: dict(files) for fmt, files in previous.items() if fmt not in by_format}
    kept_by_others = {name for files in manifest.values() for name in files}
    for fmt in by_format:
        for name, digest in previous.get(fmt, {}).items():
            if name not in written_now and name not in kept_by_others:
                _remove_if_ours(folder / name, digest)
    written: list[Path] = []
    for fmt, files in by_format.items():
        manifest[fmt] = {name: _digest(data) for name, data in sorted(files.items())}
    for name, data in sorted({n: d for files in by_format.values()
                              for n, d in files.items()}.items()):
        written.append(write_file(folder / name, data))
    body = {"version": MANIFEST_FORMAT,
            "formats": {fmt: manifest[fmt] for fmt in sorted(manifest)}}
    write_file(folder / MANIFEST, json.dumps(body, indent=2, sort_keys=True) + "\n")
    return sorted(written)
