"""Hostile inputs at the sizes of issue 15: time and peak memory of each, one process per case.

    python benchmarks/hostile_sizes.py [--blank-mb 500] [--view-mb 5] [--model-mb 41]
                                       [--only CASE ...]

Each case writes its input with the generators of `tests/hostile/` into a temporary folder
and runs it in a fresh Python process (so that the peak resident memory is that case's
alone). Prints one line per case; asserts nothing. The suite runs the same generators at
small sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from hostile import files_sql, yaml_inventory  # noqa: E402


def _scan(path: Path) -> dict:
    """The whole pipeline (sources, classifier, lineage), as `privflow scan` runs it."""
    from privflow.pipeline import ScanOptions, run_scan

    schema = run_scan(ScanOptions(paths=[str(path)])).schema
    return {"tables": len(schema.tables),
            "skipped": [f"{s.where().rsplit('/', 1)[-1]}: {s.reason[:70]}"
                        for s in schema.skipped][:3]}


def _inventory(folder: Path) -> dict:
    from privflow.errors import PrivflowError
    from privflow.inventory import load_inventory

    try:
        load_inventory(str(folder))
    except PrivflowError as error:
        return {"error": str(error).rsplit("/", 1)[-1][:90]}
    return {"error": None}


def _markdown(path: Path) -> dict:
    from privflow.sanitize import markdown_cell

    return {"chars": len(markdown_cell(path.read_text("utf-8")))}


def _long_word(folder: Path, args) -> Path:
    path = folder / "word.txt"
    path.write_text("a" * 50_000 + " https://x", "utf-8")
    return path


# name -> (write the input, read it): only the reading is timed.
CASES = {
    "blank": (lambda f, a: files_sql.whitespace(f, a.blank_mb << 20), _scan),
    "union_view": (lambda f, a: files_sql.union_view(f, a.view_mb << 20), _scan),
    # Over the 1 M-character parse limit, under what the splitter holds: the guard's case.
    "view_2mb": (lambda f, a: files_sql.union_view(f, 2 << 20), _scan),
    "big_model": (lambda f, a: files_sql.union_view(f, a.model_mb << 20), _scan),
    "one_word": (lambda f, a: files_sql.one_long_word(f, a.blank_mb << 20), _scan),
    "deep_parens": (lambda f, a: files_sql.deep_expression(f, 5000), _scan),
    "deep_case": (lambda f, a: files_sql.deep_expression(f, 5000, parens=False), _scan),
    "markdown_cell": (_long_word, _markdown),
    "alias_bomb": (lambda f, a: yaml_inventory.alias_bomb(f / "inv"), _inventory),
}


def run_one(name: str, args) -> None:
    make, read = CASES[name]
    with tempfile.TemporaryDirectory() as tmp:
        path = make(Path(tmp), args)
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
        start = time.perf_counter()
        outcome = read(path)
        elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10  # KiB -> MiB on Linux
    print(json.dumps({"case": name, "input_mb": round(size / (1 << 20), 1),
                      "seconds": round(elapsed, 2), "peak_mb": peak,
                      "peak_before_mb": before, **outcome}, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blank-mb", type=int, default=500)
    parser.add_argument("--view-mb", type=int, default=5)
    parser.add_argument("--model-mb", type=int, default=41)
    parser.add_argument("--only", nargs="*", choices=sorted(CASES))
    parser.add_argument("--case", help=argparse.SUPPRESS)  # one case, in this process
    args = parser.parse_args()
    if args.case:
        run_one(args.case, args)
        return
    env = {**os.environ, "PRIVFLOW_SERIAL": "1"}
    for name in args.only or sorted(CASES):
        command = [sys.executable, __file__, "--case", name, "--blank-mb", str(args.blank_mb),
                   "--view-mb", str(args.view_mb), "--model-mb", str(args.model_mb)]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        print(done.stdout.strip() or f"{name}: failed: {done.stderr.strip()[-300:]}",
              flush=True)


if __name__ == "__main__":
    main()
