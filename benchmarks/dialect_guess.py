"""Per SQL file, without --dialect: the guessed dialect, the CREATE TABLE/VIEW heads and the
tables and views read, so a guess that loses tables shows at a glance.

    python benchmarks/dialect_guess.py [PATH ...]

PATH: files or folders of `.sql`/`.hql` files; by default the dev corpus (PRIVFLOW_CORPUS, or
`shared/corpus/dev` beside the checkout) and any SQL under benchmarks/dialects/. The held-out
schemas this was tried on are listed in benchmarks/dialects/SOURCES.md.

Columns: `grep` counts CREATE [..] TABLE/VIEW at line starts outside comments (an independent
count; it also counts the temporary tables of procedure bodies), `heads` is the scan's own
census, `read` the tables and views the scan kept, `lost` the heads listed as errors, `tried` the
dialects the file was read in (more than one: the first reading lost tables). No assertions.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

from privflow.sources import load_paths

HERE = Path(__file__).resolve().parent
GREP = re.compile(r"^[ \t]*CREATE\s+(?:OR\s+REPLACE\s+)?(?:\w+\s+){0,3}?(?:TABLE|VIEW)\b",
                  re.IGNORECASE | re.MULTILINE)
COMMENTS = re.compile(r"--[^\n]*|/\*(?!!)[\s\S]*?\*/")
SUFFIXES = {".sql", ".hql", ".ddl"}


def default_paths() -> list[Path]:
    given = os.environ.get("PRIVFLOW_CORPUS")
    candidates = [Path(given)] if given else []
    candidates += [up / "shared" / "corpus" / "dev" for up in HERE.parents[:3]]
    candidates.append(Path("/work/shared/corpus/dev"))
    corpus = next((c for c in candidates if c.is_dir()), None)
    paths = sorted(corpus.glob("*.sql")) if corpus else []
    return paths + sorted(p for p in (HERE / "dialects").rglob("*") if p.suffix in SUFFIXES)


def files_under(args: list[str]) -> list[Path]:
    found: list[Path] = []
    for arg in args:
        path = Path(arg)
        found += sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES) if path.is_dir() \
            else [path]
    return found


def grep_heads(path: Path) -> int:
    text = path.read_bytes().decode("utf-8", errors="replace")
    return len(GREP.findall(COMMENTS.sub(" ", text)))


def main() -> None:
    paths = files_under(sys.argv[1:]) if len(sys.argv) > 1 else default_paths()
    print(f"{'file':34} {'dialect':10} {'grep':>5} {'heads':>5} {'read':>5} {'lost':>5} "
          f"{'ms':>6}  tried / evidence")
    totals = [0, 0, 0, 0]
    for path in paths:
        started = time.perf_counter()
        schema = load_paths([str(path)])
        elapsed = (time.perf_counter() - started) * 1000
        source = schema.files[0]
        lost = sum(1 for s in schema.skipped if s.error and " not read: " in s.reason)
        grep = grep_heads(path)
        for i, n in enumerate((grep, source.create_heads, source.tables, lost)):
            totals[i] += n
        tried = ",".join(source.dialects_tried)
        why = source.dialect_reason.removeprefix("guessed: ")
        print(f"{path.name[:34]:34} {source.dialect or 'generic':10} {grep:5} "
              f"{source.create_heads:5} {source.tables:5} {lost:5} {elapsed:6.0f}  "
              f"{tried} / {why[:70]}")
    print(f"{'total':34} {'':10} {totals[0]:5} {totals[1]:5} {totals[2]:5} {totals[3]:5}")


if __name__ == "__main__":
    main()
