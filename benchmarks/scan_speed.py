"""`privflow scan` as a user runs it against plain `sqlglot.parse`, on generated corpora.

    python benchmarks/scan_speed.py [--tables 3000,20000,100000] [--rows 1000000]
                                    [--sqlglot-rows 200000] [--rounds 2] [--dir DIR]
                                    [--no-ddl | --no-dump]

Generates (once, into DIR) MySQL DDL with Chinese comments in 100 files per size, and dumps of
INSERT rows. Every measurement is a whole fresh process (the CLI: classifier, lineage, JSON
written to /dev/null), timed with `os.wait4`: wall and CPU seconds (CPU includes worker
processes; it is the fairer figure on a shared machine) and peak RSS. privflow and
`sqlglot.parse` over the same files alternate, `--rounds` times, and the best round of each
is compared. For each DDL size it also prints memory per table (with `--jobs 1`, one process
holding everything) and the re-run time after one of the 100 files changed, with the cache.
The dump's ratio is taken on `--sqlglot-rows` rows (sqlglot needs ~7 GB for 1M rows); the
1M-row dump is then scanned by privflow alone. No assertions: numbers only.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from proc_measure import Run, privflow, run  # noqa: E402

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


# --- measurements ------------------------------------------------------------------------

SQLGLOT = ("import sqlglot, sys\n"
           "for path in sys.argv[1:]:\n"
           "    sqlglot.parse(open(path, encoding='utf-8').read(), read='mysql')\n")


def sqlglot_run(paths: list[Path]) -> Run:
    return run([sys.executable, "-c", SQLGLOT, *map(str, paths)])


def scan_run(target: Path, cwd: Path, *extra: str) -> Run:
    # The JSON goes to stdout, which `run` sends to /dev/null: `-o /dev/null` is refused (not
    # a regular file), and would time a scan that writes nothing.
    run_ = run(privflow("scan", str(target), *extra), cwd=str(cwd))
    if run_.code == 2:
        raise SystemExit(f"privflow scan {target} exited 2: {run_.err.strip()}")
    return run_


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.cpu)


def ratio(base: Run, ours: Run) -> str:
    return f"{base.wall / ours.wall:.2f}x wall, {base.cpu / ours.cpu:.2f}x cpu"


def ddl_size(args: argparse.Namespace, tables: int, work: Path) -> None:
    folder = args.dir / f"ddl100-{tables}"
    if not folder.exists():
        generate_ddl(folder, tables, per_file=max(tables // 100, 1))
    files = sorted(folder.glob("*.sql"))
    mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"\n== DDL: {tables} tables in {len(files)} files, {mb:.1f} MB")
    ours, jobs1, base = [], [], []
    for _ in range(args.rounds):  # interleaved, so load on the machine hits both alike
        ours.append(scan_run(folder, work, "--no-cache"))
        base.append(sqlglot_run(files))
        if tables <= 20000 or args.rounds > 1:
            jobs1.append(scan_run(folder, work, "--no-cache", "--jobs", "1"))
    o, b = best(ours), best(base)
    print(o.line("privflow scan (auto jobs, no cache)"))
    print(b.line("sqlglot.parse, same files"))
    print(f"DDL: privflow is {ratio(b, o)} sqlglot.parse (target >= 2x)")
    if jobs1:
        j = best(jobs1)
        print(j.line("privflow scan --jobs 1"))
        print(f"   --jobs 1: {ratio(b, j)} sqlglot.parse; "
              f"{j.rss_mb * 1024 / tables:.1f} KB peak per table (target <= 20 KB at 20,000)")
    cache = work / f"cache-{tables}"
    first = scan_run(folder, work, "--cache-dir", str(cache))
    changed = files[len(files) // 2]
    original = changed.read_bytes()
    try:
        changed.write_bytes(original.replace(b"COMMENT '", b"COMMENT '\xe6\x94\xb9", 1))
        again = scan_run(folder, work, "--cache-dir", str(cache))
    finally:
        changed.write_bytes(original)
    print(first.line("first run, cold cache"))
    print(again.line("re-run after 1 of the files changed"))
    print(f"re-run / first: {again.wall / first.wall:.0%} wall, {again.cpu / first.cpu:.0%} cpu "
          f"(target <= 25%)")


def dump_size(args: argparse.Namespace, work: Path) -> None:
    small = args.dir / f"dump-{args.sqlglot_rows}.sql"
    large = args.dir / f"dump-{args.rows}.sql"
    for path, rows in ((small, args.sqlglot_rows), (large, args.rows)):
        if not path.exists():
            generate_dump(path, rows)
    print(f"\n== Dump: {args.sqlglot_rows} rows ({small.stat().st_size / 1e6:.1f} MB) for the "
          f"ratio, {args.rows} rows ({large.stat().st_size / 1e6:.1f} MB) for privflow alone")
    ours, base = [], []
    for _ in range(args.rounds):
        ours.append(scan_run(small, work, "--no-cache"))
        base.append(sqlglot_run([small]))
    o, b = best(ours), best(base)
    print(o.line(f"privflow scan ({args.sqlglot_rows} rows)"))
    print(b.line(f"sqlglot.parse ({args.sqlglot_rows} rows)"))
    print(f"Dump: privflow is {ratio(b, o)} sqlglot.parse (target >= 20x)")
    whole = scan_run(large, work, "--no-cache")
    print(whole.line(f"privflow scan ({args.rows} rows)"))
    print(f"   {args.rows / whole.wall:,.0f} rows/s wall, {args.rows / whole.cpu:,.0f} rows/s cpu")


def compile_privflow() -> None:
    """Byte-compile the package once, as `pip install` does: a checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise compile every module in every measured process,
    which no installed privflow does (sqlglot, installed by pip, is compiled)."""
    import compileall

    import privflow

    compileall.compile_dir(Path(privflow.__file__).parent, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", default="3000,20000,100000",
                        help="comma-separated DDL sizes (tables)")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sqlglot-rows", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-dump", action="store_true")
    parser.add_argument("--no-ddl", action="store_true", help="only the dump")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "privflow-bench")
    args = parser.parse_args()
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    compile_privflow()
    print(f"usable CPUs: {cpus}, load average {os.getloadavg()[0]:.1f}, corpus: {args.dir}")
    with tempfile.TemporaryDirectory() as temp:  # no inventory/ here; caches thrown away
        work = Path(temp)
        for tables in (int(t) for t in args.tables.split(",") if t and not args.no_ddl):
            ddl_size(args, tables, work)
        if not args.no_dump:
            dump_size(args, work)


if __name__ == "__main__":
    main()
