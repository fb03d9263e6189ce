"""Time, size and page count of the shipped example's PDF report (`--format pdf`).

    python benchmarks/report_pdf.py [--inventory inventory] [--lang zh en]

Runs the real `privflow report --format pdf` in a child process per language and prints wall
time, the PDF's size and its number of A4 pages (read by pdfinfo). Numbers
only; needs the `pdf` extra and a CJK font.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def pages(path: Path) -> str:
    """The page count pdfinfo (poppler-utils) reads; WeasyPrint packs its page objects in
    compressed object streams, so they cannot be counted in the bytes."""
    try:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                              check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "? (no pdfinfo)"
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return match.group(1) if match else "?"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inventory", default="inventory")
    parser.add_argument("--lang", nargs="+", default=["zh", "en"])
    args = parser.parse_args()
    for lang in args.lang:
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "privflow", "report", "--inventory",
                            args.inventory, "--format", "pdf", "--lang", lang, "--date",
                            "2026-12-01", "-o", out], check=True, capture_output=True)
            elapsed = time.perf_counter() - started
            pdf = Path(out) / "ropa.pdf"
            print(f"{lang}: {elapsed:6.1f} s  {pdf.stat().st_size / 1024:8.0f} KiB  "
                  f"{pages(pdf)} pages")


if __name__ == "__main__":
    main()
