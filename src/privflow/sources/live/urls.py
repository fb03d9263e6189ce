"""Database URLs: `${ENV}` expansion, driver defaults, and password redaction.

A URL is the one place a password travels with a scan, so every string that could be printed
(errors, warnings, `Table.source`, skipped entries) goes through `redact` or `scrub` first.
"""

from __future__ import annotations

import os
import re
from urllib.parse import quote, quote_plus, unquote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from privflow.errors import PrivflowError

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
# `scheme://user:password@` when the URL does not parse as a whole.
# Greedy up to the last `@` before the path or query, so an unquoted `@` or `/` inside the
# password is hidden too.
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*):(?P<secret>[^\s?#]*)@")
_SECRET_PARAMS = re.compile(r"(?i)(?P<key>(?:password|passwd|pwd|secret|token)=)[^&\s]*")

# The driver each engine uses when the URL names none: only drivers privflow depends on.
DEFAULT_DRIVERS = {
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mariadb+pymysql",
    "sqlite": "sqlite",
}


def redact(url: str) -> str:
    """The URL with any password replaced by `***` ("postgresql://user:***@host/db")."""
    text = _USERINFO.sub(lambda m: f"{m.group('head')}:***@", url)
    return _SECRET_PARAMS.sub(lambda m: f"{m.group('key')}***", text)


def expand_env(url: str) -> str:
    """`${NAME}` replaced by the environment variable (URL-quoted inside the user info)."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise PrivflowError(f"environment variable {name} is not set", path=redact(url))
        return quote(os.environ[name], safe="")

    return _ENV.sub(value, url)


def parse(url: str, base_dir: str | None = None) -> URL:
    """The SQLAlchemy URL with `${ENV}` expanded and privflow's default driver filled in.

    A relative SQLite path is taken relative to `base_dir` when one is given.
    """
    expanded = expand_env(url)
    try:
        parsed = make_url(expanded)
    except ArgumentError:
        raise PrivflowError("not a database URL (expected e.g. postgresql://user@host/db)",
                            path=redact(url)) from None
    backend = parsed.drivername.split("+", 1)[0]
    if backend not in DEFAULT_DRIVERS:
        raise PrivflowError(f"unsupported database kind {backend!r} "
                            "(postgresql, mysql, mariadb or sqlite)", path=redact(url))
    if "+" not in parsed.drivername:
        parsed = parsed.set(drivername=DEFAULT_DRIVERS[backend])
    database = parsed.database
    if (backend == "sqlite" and base_dir and database and database != ":memory:"
            and not os.path.isabs(database)):
        parsed = parsed.set(database=os.path.normpath(os.path.join(base_dir, database)))
    return parsed


def display(url: URL) -> str:
    """The parsed URL as printed everywhere: password hidden, driver suffix dropped."""
    shown = url.set(drivername=url.drivername.split("+", 1)[0])
    return redact(shown.render_as_string(hide_password=True))


def scrub(text: str, url: URL | None) -> str:
    """Text from a driver with the URL's password (raw or quoted) removed, first line only."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    password = url.password if url is not None else None
    if password:
        for form in {str(password), quote(str(password), safe=""), quote_plus(str(password)),
                     unquote(str(password))}:
            if form:
                line = line.replace(form, "***")
    return redact(line)
