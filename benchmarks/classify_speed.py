"""What classification adds to a scan, on the generated 20,000-table corpus of scan_speed.py.

    python benchmarks/classify_speed.py [--tables 20000] [--dir DIR]

Times `load_paths` (the source stage) and then `classify_schema` on its result, in this
process, and prints both and the ratio (the target: classification adds at most 30%).
No assertions: numbers only.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_speed import generate_ddl  # noqa: E402

from privflow.classify import classify_schema  # noqa: E402
from privflow.sources import load_paths  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process and its finished children (load_paths' workers): steadier
    than wall time on a shared machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=20000)
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "privflow-classify-speed"))
    args = parser.parse_args()
    folder = Path(args.dir) / f"ddl-{args.tables}"
    if not folder.exists():
        generate_ddl(folder, args.tables)
    started, cpu = time.perf_counter(), _cpu()
    schema = load_paths([str(folder)])
    scanned, scanned_cpu = time.perf_counter() - started, _cpu() - cpu
    columns = sum(len(t.columns) for t in schema.tables.values())
    started, cpu = time.perf_counter(), _cpu()
    classify_schema(schema)
    classified, classified_cpu = time.perf_counter() - started, _cpu() - cpu
    tagged = sum(1 for t in schema.tables.values() for c in t.columns.values() if c.categories)
    print(f"tables {len(schema.tables)} columns {columns} tagged {tagged}")
    print(f"load_paths {scanned:.2f}s; classify_schema {classified:.2f}s "
          f"({columns / classified:,.0f} columns/s)")
    print(f"CPU seconds (this process and its workers): load_paths {scanned_cpu:.2f}s; "
          f"classify_schema {classified_cpu:.2f}s ({100 * classified_cpu / scanned_cpu:.1f}%)")
    print(f"classification adds {100 * classified / scanned:.1f}% to the scan's wall time "
          f"(target <= 30%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
