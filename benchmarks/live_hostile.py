"""Hostile servers and URLs with privflow's default timeouts: how long until each gives up.

Starts rogue servers on 127.0.0.1 (tests/hostile/live_servers.py): one that accepts and says
nothing, one that completes a PostgreSQL handshake and then says nothing, garbage senders;
prints the seconds `load_database` took to give up with the default timeouts (documented:
10 s to connect), and how fast malformed URLs are refused (tests/hostile/urls_malformed.py).

    .venv/bin/python benchmarks/live_hostile.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile.live_servers import GARBAGE, RogueServer, garbage, silent  # noqa: E402
from hostile.urls_malformed import malformed_urls  # noqa: E402
from privflow.errors import PrivflowError  # noqa: E402
from privflow.sources import live  # noqa: E402
from privflow.sources.live.urls import CONFIG, parse  # noqa: E402

CASES = [
    ("mysql, silent server", silent, "mysql://u@127.0.0.1:{port}/x"),
    ("postgresql, silent server", silent, "postgresql://u@127.0.0.1:{port}/x"),
    ("postgresql, silent after the handshake", garbage(GARBAGE["postgres-auth"]),
     "postgresql://u@127.0.0.1:{port}/x?sslmode=disable"),
    ("mysql, greeting then silent", garbage(GARBAGE["mysql-greeting"]),
     "mysql://u@127.0.0.1:{port}/x"),
    ("mysql, NUL bytes", garbage(GARBAGE["nul"]), "mysql://u@127.0.0.1:{port}/x"),
    ("postgresql, HTTP reply", garbage(GARBAGE["http"]), "postgresql://u@127.0.0.1:{port}/x"),
]


def main() -> None:
    print(f"{'case':42} {'seconds':>8}  outcome")
    for name, handler, url in CASES:
        with RogueServer(handler, hold_s=120) as server:
            start = time.monotonic()
            try:
                live.load_database(url.format(port=server.port))
                outcome = "connected?!"
            except PrivflowError as error:
                outcome = error.message
            print(f"{name:42} {time.monotonic() - start:8.2f}  {outcome[:60]}")
    urls = list(malformed_urls())
    start = time.monotonic()
    refused = 0
    for url in urls:
        try:
            parse(url, policy=CONFIG)
        except PrivflowError:
            refused += 1
    spent = time.monotonic() - start
    print(f"malformed URLs: {len(urls)} ({refused} refused) in {spent:.2f}s, "
          f"{len(urls) / spent:,.0f}/s")


if __name__ == "__main__":
    main()
