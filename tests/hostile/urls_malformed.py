"""Malformed database URLs that carry a password: each must give one clear line, exit 2, and
never print the password (`PASSWORD` or any URL-encoding of it).

`malformed_urls()` yields hand-written shapes (no host, an unclosed IPv6 bracket, a port that
is not a number, parameters privflow refuses, control characters ...) for every scheme, with
passwords holding the characters that break URL parsing, then seeded random mutations of a
good URL that never touch the password itself.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

PASSWORD = "Pw9Secret7Zq"  # the part of every password that must never be printed

# Passwords as people write them, unquoted: the characters that split a URL.
PASSWORDS = (PASSWORD, f"{PASSWORD}@x", f"a/{PASSWORD}", f"{PASSWORD}?q=1", f"{PASSWORD}#f",
             f"{PASSWORD}:9", f"{PASSWORD}%zz", f"[{PASSWORD}", f"{PASSWORD}]", f"{PASSWORD} x")

SCHEMES = ("postgresql", "postgres", "mysql", "mariadb", "postgresql+psycopg", "mysql+pymysql",
           "sqlite", "oracle", "pg sql", "mysql+mysqldb", "")

SHAPES = (
    "{s}://u:{p}/shop",  # no host: the password reads as a port
    "{s}://postgres:{p}/shop",
    "{s}://u:{p}@[::1/x",  # unclosed IPv6 bracket
    "{s}://u:{p}@[::1]:x/y",
    "{s}://u:{p}@h:port/x",
    "{s}://u:{p}@h:99999999999999999999/x",
    "{s}://u:{p}@h:-1/x",
    "{s}://u:{p}@h:5432:5433/x",
    "{s}://u:{p}@/x",
    "{s}://:{p}@h/x",
    "{s}://u:{p}@@h/x",
    "{s}://u:{p}@h:{p}/x",
    "{s}://u:{p}@h/x?password={p}",
    "{s}://u:{p}@h/x?init_command=DELETE FROM member",
    "{s}://u:{p}@h/x?local_infile=1",
    "{s}://u:{p}@h/x?client_flag=128",
    "{s}://u:{p}@h/x?read_default_file=/etc/mysql/my.cnf",
    "{s}://u:{p}@h/x?plugin=evil",
    "{s}://u:{p}@h/x?options=-c%20row_security%3Don",
    "{s}://u:{p}@h/x?=&&=",
    "{s}://u:{p}@h/x%zz",
    "{s}://u:{p}@h/${{PF_HOSTILE_UNSET}}",
    "{s}://u:{p}@${{HOME}}/x",
    "{s}://u:{p}\x00@h/x",
    "{s}://u:{p}\n@h/x",
    "{s}://u:{p}\x1b[2J@h/x",
    " {s}://u:{p}@h/x ",
    "{s}:/u:{p}@h/x",
    "{s}//u:{p}@h/x",
    "{s}://u:{p}",
    "{s}://u:{p}@",
    "{s}://u:{p}@h:/x",
    "{s}://u:{p}@h?x",
)

_NOISE = "/:@[]?=&%#$ {}\\\x00\n"


def malformed_urls(mutations: int = 200, seed: int = 15) -> Iterator[str]:
    for scheme in SCHEMES:
        for shape in SHAPES:
            for password in PASSWORDS:
                yield shape.format(s=scheme, p=password)
    chooser = random.Random(seed)
    good = f"postgresql://app:{PASSWORD}@db.example:5432/shop?sslmode=require"
    for _ in range(mutations):
        url = good
        start = good.index(PASSWORD)
        end = start + len(PASSWORD)
        for _ in range(chooser.randint(1, 4)):
            # Insert or delete around the password, never inside it and never the `:` and
            # `@` that mark it as one (a URL without them has no password to hide).
            pos = chooser.choice([*range(0, start - 1), *range(end + 1, len(url))])
            if chooser.random() < 0.6:
                url = url[:pos] + chooser.choice(_NOISE) + url[pos:]
                if pos < start:
                    start, end = start + 1, end + 1
            elif pos < len(url):
                url = url[:pos] + url[pos + 1:]
                if pos < start:
                    start, end = start - 1, end - 1
        yield url
