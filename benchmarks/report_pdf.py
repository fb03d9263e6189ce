"""Time, size and page count of the shipped example's PDF report (`--format pdf`).

    python benchmarks/report_pdf.py [--inventory inventory] [--lang zh en]

Runs the real `privflow report --format pdf` in a child process per language and prints wall
time, the PDF's size and its number of A4 pages (read from the PDF's page objects). Numbers
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


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


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
            data = (Path(out) / "ropa.pdf").read_bytes()
            print(f"{lang}: {elapsed:6.1f} s  {len(data) / 1024:8.0f} KiB  {pages(data)} pages")


if __name__ == "__main__":
    main()
