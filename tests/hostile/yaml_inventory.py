"""Hostile inventory folders: each function writes a whole inventory (privflow.yaml and the
file under attack) into `folder` and returns it."""

from __future__ import annotations

import os
from pathlib import Path

PRIVFLOW = "version: 1\norganisation:\n  name: X\nsources: [db]\n"
RECIPIENT = "recipients:\n  - id: r1\n    name: {name}\n    country: CN\n"


def _inventory(folder: Path, privflow: str = PRIVFLOW, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "db").mkdir(exist_ok=True)
    (folder / "db" / "a.sql").write_text("CREATE TABLE a (x INT);\n", "utf-8")
    (folder / "privflow.yaml").write_text(privflow, "utf-8")
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, "utf-8")
    return folder


def alias_bomb(folder: Path, levels: int = 9) -> Path:
    """Nine levels of nine aliases: 9^9 (387 million) values from a 1 KB file."""
    lines = ["lol0: &lol0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels + 1):
        lines.append(f"lol{level}: &lol{level} [" + ", ".join([f"*lol{level - 1}"] * 9) + "]")
    return _inventory(folder, PRIVFLOW + "\n".join(lines) + "\n")


def merge_bomb(folder: Path, levels: int = 12) -> Path:
    lines = ["m0: &m0 {a: 1, b: 2}"]
    for level in range(1, levels + 1):
        refs = ", ".join([f"*m{level - 1}"] * 8)
        lines.append(f"m{level}: &m{level} {{<<: [{refs}], k{level}: 1}}")
    return _inventory(folder, PRIVFLOW + "\n".join(lines) + "\n")


def deep_nesting(folder: Path, depth: int = 20000) -> Path:
    return _inventory(folder, PRIVFLOW.replace("sources: [db]",
                                               "sources: " + "[" * depth + "]" * depth))


def deep_block_nesting(folder: Path, depth: int = 1500) -> Path:
    """Nesting by indentation (no brackets): `- ` under `- ` under ..."""
    lines = [" " * (2 * level) + "- x:" for level in range(depth)]
    return _inventory(folder, PRIVFLOW + "extra:\n" + "\n".join(lines) + " 1\n")


def nul_byte(folder: Path) -> Path:
    return _inventory(folder, PRIVFLOW.replace("name: X", "name: X\x00Y"))


def null_items(folder: Path) -> Path:
    return _inventory(folder, PRIVFLOW.replace("name: X", "name: X\n  jurisdictions: [null]"))


def far_date(folder: Path) -> Path:
    activity = ("activities:\n  - id: a1\n    name: A\n    purpose: P\n"
                "    pipia:\n      required: true\n      ref: P-1\n      date: 9999-12-31\n")
    return _inventory(folder, activities=activity)


def long_name(folder: Path, length: int = 5000) -> Path:
    return _inventory(folder, recipients=RECIPIENT.format(name="名" * length))


def version_true(folder: Path) -> Path:
    return _inventory(folder, PRIVFLOW.replace("version: 1", "version: true"))


def sources_outside(folder: Path, outside: Path) -> Path:
    (outside / "secret.sql").write_text("CREATE TABLE outside_secret (password TEXT);\n",
                                        "utf-8")
    return _inventory(folder, PRIVFLOW.replace("sources: [db]", f"sources: ['{outside}']"))


def fifo_activities(folder: Path) -> Path:
    _inventory(folder)
    os.mkfifo(folder / "activities.yaml")
    return folder


def device_activities(folder: Path) -> Path:
    _inventory(folder)
    (folder / "activities.yaml").symlink_to("/dev/zero")
    return folder
