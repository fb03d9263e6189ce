"""Hostile dbt projects at full size (issue 15): time to scan each, and what was skipped.

Usage: python benchmarks/dbt_hostile.py [--mb 4]

Each case is a one-model project plus one hostile file of about --mb megabytes (just under the
4 MB file limit by default): unclosed Jinja comments, expressions, config() calls and docs
blocks, blank lines in a properties file, an alias-heavy YAML, a template looping forever, a
template building a huge string, and a model rendering to megabytes of SQL. A case should take
seconds, never minutes, and end with the hostile file skipped and the good model read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from privflow.schema import Schema
from privflow.sources.dbt import load_dbt_project


def cases(size: int) -> dict[str, tuple[str, str]]:
    return {
        "unclosed comments": ("models/a.sql", "{#" * (size // 2)),
        "unclosed expressions": ("models/a.sql", "{{ " * (size // 3)),
        "unclosed config calls": ("models/a.sql", "{{ config(" * (size // 10)),
        "unclosed docs blocks": ("models/a.md", "{% docs a %}" * (size // 12)),
        "blank lines in YAML": ("models/a.yml", "\n" * size),
        "alias-heavy YAML": ("models/a.yml", "a: &a [1]\nb: [" + "*a, " * (size // 5) + "]\n"),
        "endless loop": ("models/a.sql", "{% for i in range(100000) %}{% for j in range(100000) %}"
                                         "{% endfor %}{% endfor %}select 1 as x\n"),
        "huge string": ("models/a.sql", "select '{{ 'x' * 2000000000 }}' as x\n"),
        "huge output": ("models/a.sql", "select 1 as x {% for i in range(100000) %}"
                                        "{% for j in range(100) %}, {{ i }} as c{{ j }}"
                                        "{% endfor %}{% endfor %}\n"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.9)
    args = parser.parse_args()
    size = int(args.mb * 1024 * 1024)
    worst = 0.0
    for name, (path, text) in cases(size).items():
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "p"
            (root / "models").mkdir(parents=True)
            (root / "dbt_project.yml").write_text("name: p\n", encoding="utf-8")
            (root / "models" / "ok.sql").write_text("select email from {{ source('s', 't') }}\n",
                                                    encoding="utf-8")
            (root / path).write_text(text, encoding="utf-8")
            schema = Schema()
            started = time.perf_counter()
            load_dbt_project(root, "p", schema)
            elapsed = time.perf_counter() - started
        worst = max(worst, elapsed)
        skipped = "; ".join(s.reason[:70] for s in schema.skipped) or "-"
        print(f"{name:24} {len(text) / 1e6:5.1f} MB  {elapsed:6.2f} s  ok model read: "
              f"{'ok' in schema.tables}  skipped: {skipped}")
    print(f"worst case: {worst:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
