"""Scan throughput against plain `sqlglot.parse`, on a generated corpus.

    python benchmarks/scan_speed.py [--tables 20000] [--rows 1000000] [--dir DIR]

Generates (once, into DIR) MySQL DDL with Chinese comments spread over many files, and a dump
with INSERT rows, then measures, each in a fresh child process so peak memory is its own:
  - `load_paths` (the source stage of `privflow scan`) on the DDL and on the dump;
  - `sqlglot.parse` over the same files;
  - the dump at a quarter of its rows, to show that memory does not grow with INSERT bytes;
  - with --whole, the whole `privflow scan` command (classifier and lineage included).
Prints wall and CPU seconds (CPU is the fairer comparison on a shared machine), tables/s, MB/s,
peak RSS and the speed-ups. No assertions: numbers only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = ["用户", "会员", "订单", "手机号码", "身份证号", "收货地址", "邮箱", "昵称", "密码",
         "创建时间", "更新时间", "状态", "备注", "金额", "积分", "登录IP", "性别", "生日"]
TYPES = ["bigint(20)", "varchar(64)", "varchar(255)", "int(11)", "datetime", "decimal(10,2)",
         "tinyint(1)", "text", "char(18)", "varchar(32)"]
NAMES = ["phone", "email", "nickname", "address", "id_card", "amount", "status", "remark",
         "create_time", "update_time", "gender", "birthday", "login_ip", "password", "points"]


def _table_sql(rng: random.Random, index: int) -> str:
    columns = ["  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键'"]
    for c in range(rng.randint(6, 14)):
        name = f"{rng.choice(NAMES)}_{c}"
        comment = rng.choice(WORDS) + rng.choice(WORDS)
        columns.append(f"  `{name}` {rng.choice(TYPES)} DEFAULT NULL COMMENT '{comment}'")
    columns.append("  PRIMARY KEY (`id`)")
    columns.append(f"  KEY `idx_{index}` (`id`)")
    body = ",\n".join(columns)
    return (f"-- ----------------------------\n-- Table structure for t_{index}\n"
            f"-- ----------------------------\nDROP TABLE IF EXISTS `t_{index}`;\n"
            f"CREATE TABLE `t_{index}` (\n{body}\n) ENGINE=InnoDB AUTO_INCREMENT=1 "
            f"DEFAULT CHARSET=utf8mb4 COMMENT='{rng.choice(WORDS)}表';\n\n")


def generate_ddl(folder: Path, tables: int, per_file: int = 200) -> list[Path]:
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for start in range(0, tables, per_file):
        path = folder / f"V{start // per_file + 1}__schema.sql"
        with path.open("w", encoding="utf-8") as handle:
            handle.write("SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n")
            for index in range(start, min(start + per_file, tables)):
                handle.write(_table_sql(rng, index))
        files.append(path)
    return files


def generate_dump(path: Path, rows: int, per_statement: int = 500) -> None:
    rng = random.Random(11)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("DROP TABLE IF EXISTS `ums_member`;\nCREATE TABLE `ums_member` (\n"
                     "  `id` bigint(20) NOT NULL AUTO_INCREMENT,\n"
                     "  `username` varchar(64) DEFAULT NULL COMMENT '用户名',\n"
                     "  `phone` varchar(64) DEFAULT NULL COMMENT '手机号码',\n"
                     "  `email` varchar(100) DEFAULT NULL COMMENT '邮箱',\n"
                     "  `address` varchar(200) DEFAULT NULL COMMENT '地址',\n"
                     "  `created` datetime DEFAULT NULL,\n  PRIMARY KEY (`id`)\n"
                     ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员表';\n\n")
        for start in range(0, rows, per_statement):
            values = []
            for i in range(start, min(start + per_statement, rows)):
                phone = f"1{rng.randint(3, 9)}{rng.randint(0, 999999999):09d}"
                values.append(
                    f"({i + 1},'user{i}','{phone}','u{i}@example.com',"
                    f"'广东省深圳市南山区科技园{i % 977}号','2023-0{i % 9 + 1}-1{i % 9} 10:00:00')")
            handle.write("INSERT INTO `ums_member` VALUES " + ",".join(values) + ";\n")


# --- measured in a child process -------------------------------------------------------------

def _child(mode: str, paths: list[str]) -> dict:
    start = time.perf_counter()
    if mode == "privflow":
        from privflow.sources import load_paths

        schema = load_paths(paths)
        tables = len(schema.tables)
    else:
        import sqlglot
        from sqlglot import exp

        tables = 0
        for path in paths:
            text = Path(path).read_text("utf-8")
            for node in sqlglot.parse(text, read="mysql"):
                if isinstance(node, exp.Create) and (node.kind or "").upper() == "TABLE":
                    tables += 1
    seconds = time.perf_counter() - start
    me = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    # ru_maxrss is per process (kB on Linux): this one, and the largest worker if any.
    return {"seconds": seconds, "tables": tables, "rss_mb": me.ru_maxrss / 1024,
            "workers_rss_mb": workers.ru_maxrss / 1024,
            "cpu": me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime}


def measure(mode: str, paths: list[Path], workers: int | None = None) -> dict:
    env = dict(os.environ)
    if workers is not None:
        env["PRIVFLOW_WORKERS"] = str(workers)
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, *map(str, paths)],
        check=True, capture_output=True, text=True, env=env,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["mb"] = sum(p.stat().st_size for p in paths) / 1e6
    return result


def _line(label: str, r: dict) -> str:
    workers = f" (+{r['workers_rss_mb']:.0f} MB per worker)" if r["workers_rss_mb"] else ""
    return (f"{label:<36} {r['tables']:>6} tables {r['seconds']:7.2f} s wall {r['cpu']:7.2f} s cpu "
            f"{r['tables'] / r['seconds']:>7.0f} tables/s {r['mb'] / r['seconds']:>6.2f} MB/s  "
            f"peak RSS {r['rss_mb']:.0f} MB{workers}")


def _ratio(base: dict, ours: dict) -> str:
    return (f"{base['seconds'] / ours['seconds']:.2f}x wall, "
            f"{base['cpu'] / ours['cpu']:.2f}x cpu")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, default=20000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "privflow-bench")
    parser.add_argument("--whole", action="store_true",
                        help="also time the whole `privflow scan` (classifier, lineage) on the DDL")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child[0], args.child[1:])))
        return

    ddl_dir = args.dir / f"ddl-{args.tables}"
    if not ddl_dir.exists():
        generate_ddl(ddl_dir, args.tables)
    ddl_files = sorted(ddl_dir.glob("*.sql"))
    dump = args.dir / f"dump-{args.rows}.sql"
    quarter = args.dir / f"dump-{args.rows // 4}.sql"
    for path, rows in ((dump, args.rows), (quarter, args.rows // 4)):
        if not path.exists():
            generate_dump(path, rows)

    print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} "
          f"(workers start only with idle cores; PRIVFLOW_WORKERS=N forces)   corpus: {args.dir}")
    print(f"DDL: {args.tables} tables in {len(ddl_files)} files, "
          f"{sum(p.stat().st_size for p in ddl_files) / 1e6:.1f} MB")
    ours = measure("privflow", ddl_files)
    base = measure("sqlglot", ddl_files)
    print(_line("privflow load_paths (DDL)", ours))
    print(_line("sqlglot.parse (DDL)", base))
    print(f"DDL speed-up: {_ratio(base, ours)} (target >= 1.5x)")
    cores = os.cpu_count() or 1
    if cores > 1:
        pooled = measure("privflow", ddl_files, workers=cores)
        print(_line(f"privflow load_paths ({cores} workers)", pooled))
        print(f"DDL speed-up with {cores} workers forced: {_ratio(base, pooled)} "
              f"(wall time only gains when the cores are idle)")

    print(f"Dump: {args.rows} INSERT rows, {dump.stat().st_size / 1e6:.1f} MB")
    ours_dump = measure("privflow", [dump])
    ours_quarter = measure("privflow", [quarter])
    base_dump = measure("sqlglot", [dump])
    print(_line(f"privflow load_paths ({args.rows} rows)", ours_dump))
    print(_line(f"privflow load_paths ({args.rows // 4} rows)", ours_quarter))
    print(_line(f"sqlglot.parse ({args.rows} rows)", base_dump))
    rows_per_s = args.rows / ours_dump["seconds"]
    print(f"Dump speed-up: {_ratio(base_dump, ours_dump)} (target >= 20x); "
          f"{rows_per_s:,.0f} rows/s")
    print(f"Dump memory: {ours_quarter['rss_mb']:.0f} MB at {args.rows // 4} rows, "
          f"{ours_dump['rss_mb']:.0f} MB at {args.rows} rows")

    if not args.whole:
        return
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "privflow", "scan", str(ddl_dir), "--format", "json",
                    "-o", os.devnull], check=False, capture_output=True)
    whole = time.perf_counter() - start
    print(f"whole `privflow scan` on the DDL (classifier, lineage included): {whole:.2f} s, "
          f"{args.tables / whole:.0f} tables/s")


if __name__ == "__main__":
    main()
