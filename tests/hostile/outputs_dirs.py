"""Hostile output targets for `-o`: a report folder holding the user's own files, symbolic
links where privflow writes."""

from __future__ import annotations

from pathlib import Path


def report_folder_with_user_files(folder: Path) -> dict[str, bytes]:
    """An output folder that already holds files privflow did not write."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {"ropa-2023-signed.docx": b"PK signed by the DPO", "ropa.txt": b"my notes",
             "ropa-activity-old.svg": b"<svg/>"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def symlinked_output_file(folder: Path, victim: Path) -> Path:
    """`-o out.json` where out.json is a link to a file that must not be overwritten."""
    victim.write_text("precious", "utf-8")
    link = folder / "out.json"
    link.symlink_to(victim)
    return link


def symlinked_output_folder(folder: Path, victim_dir: Path) -> Path:
    victim_dir.mkdir(parents=True, exist_ok=True)
    (victim_dir / "ropa.md").write_text("precious", "utf-8")
    link = folder / "reports"
    link.symlink_to(victim_dir, target_is_directory=True)
    return link
