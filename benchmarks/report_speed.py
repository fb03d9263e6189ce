"""Time and size of `privflow report` over a generated 20,000-table estate.

    python benchmarks/report_speed.py [--tables 20000] [--dir DIR] [--lang zh]

Generates (once, into DIR) the MySQL DDL of scan_speed.py, CTAS copies of every tenth table into
a warehouse (so that lineage has flows), and an inventory with 50 activities over table globs
and 12 recipients (warehouse tables and `receives` globs), then runs the real `privflow report`
command in a child process. Prints wall time, peak RSS, and the size of each output. No
assertions: numbers only.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from scan_speed import generate_ddl  # noqa: E402  (the same generated schema as the scan bench)


def generate(folder: Path, tables: int) -> Path:
    inventory = folder / f"inventory-{tables}"
    if (inventory / "privflow.yaml").exists():
        return inventory
    generate_ddl(inventory / "db", tables)
    etl = inventory / "etl"
    etl.mkdir(parents=True, exist_ok=True)
    with (etl / "warehouse.sql").open("w", encoding="utf-8") as handle:
        for index in range(0, tables, 10):
            handle.write(f"CREATE TABLE dw_t_{index} AS SELECT * FROM t_{index};\n")
    (inventory / "privflow.yaml").write_text(
        "version: 1\norganisation:\n  name: 基准测试有限公司\n"
        "sources:\n  - path: db\n    dialect: mysql\n  - path: etl\n    dialect: mysql\n",
        encoding="utf-8")
    recipients = ["recipients:"]
    for r in range(12):
        recipients += [f"  - id: vendor_{r}", f"    name: 供应商{r}", "    kind: processor",
                       "    transfer_type: entrusted", f"    country: {'US' if r == 0 else 'CN'}",
                       f"    tables: [\"dw_t_{r}*\"]", f"    receives: [\"t_{r + 1}*.phone_*\"]"]
    (inventory / "recipients.yaml").write_text("\n".join(recipients) + "\n", encoding="utf-8")
    activities = ["activities:"]
    for a in range(50):
        activities += [f"  - id: activity_{a}", f"    name: 处理活动{a}", "    purpose: 基准",
                       "    lawful_basis: contract", f"    systems: [\"t_{a}*\", \"dw_t_{a}*\"]",
                       f"    recipients: [vendor_{a % 12}]",
                       "    categories: [contact.phone, contact.email]"]
    (inventory / "activities.yaml").write_text("\n".join(activities) + "\n", encoding="utf-8")
    return inventory


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tables", type=int, default=20000)
    parser.add_argument("--dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "privflow-report-bench")
    parser.add_argument("--lang", default="zh")
    args = parser.parse_args()
    inventory = generate(args.dir, args.tables)
    out = args.dir / f"reports-{args.tables}"
    command = [str(Path(sys.executable).parent / "privflow"), "report", "--inventory",
               str(inventory), "-o", str(out), "--lang", args.lang]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode != 0:
        print(done.stderr[-2000:])
        raise SystemExit(done.returncode)
    print(f"privflow report over {args.tables} tables: {seconds:.1f} s, peak RSS {peak:.0f} MiB")
    total = 0
    for path in sorted(out.iterdir()):
        size = path.stat().st_size
        total += size
        if not path.name.startswith("ropa-activity-"):
            print(f"  {path.name:28} {size / 1024:10.1f} KiB")
    diagrams = [p for p in out.iterdir() if p.name.startswith("ropa-activity-")]
    print(f"  {len(diagrams)} activity diagrams     "
          f"{sum(p.stat().st_size for p in diagrams) / 1024:10.1f} KiB")
    print(f"  total                        {total / 1024 / 1024:10.1f} MiB")


if __name__ == "__main__":
    main()
