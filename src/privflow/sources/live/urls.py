"""Database URLs: `${ENV}` expansion, allowed drivers and parameters, and password redaction.

A URL is the one place a password travels with a scan, so every string that could be printed
(errors, warnings, `Table.source`, skipped entries) goes through `redact`, `shown` or `scrub`
first.

A URL in privflow.yaml is code that anyone who can change the repository writes. `UrlPolicy`
says what such a URL may do: which environment variables it may read (a `PRIVFLOW_` prefix or
`--allow-env NAME`) and which query parameters it may carry (`data/url_params.yaml`), so that
it cannot run SQL before the read-only session, turn on LOAD DATA LOCAL or load a plugin.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import quote, quote_plus, unquote

import yaml
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from privflow.errors import PrivflowError


class UrlError(PrivflowError):
    """A database URL privflow refuses or cannot read: bad input, not a server that is down."""


_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
# `scheme://user:password@` when the URL does not parse as a whole.
# Greedy up to the last `@` before the path or query, so an unquoted `@` or `/` inside the
# password is hidden too.
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*):(?P<secret>[^\s?#]*)@")
_SECRET_PARAMS = re.compile(r"(?i)(?P<key>(?:password|passwd|pwd|secret|token)=)[^&\s]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"^\s*(?P<scheme>[A-Za-z][A-Za-z0-9+.-]{0,40})://")

# Environment variables every URL may read: named for privflow on purpose.
ENV_PREFIX = "PRIVFLOW_"

# The driver each engine uses when the URL names none: only drivers privflow depends on.
DEFAULT_DRIVERS = {
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mariadb+pymysql",
    "sqlite": "sqlite",
}


@dataclass(frozen=True)
class UrlPolicy:
    """What a URL may read from the environment.

    `any_env`: every `${NAME}` is expanded (a URL typed on the command line by the person
    running privflow). Otherwise (a URL from privflow.yaml, which a pull request can change)
    only names starting with `PRIVFLOW_` or listed in `allow_env` (`--allow-env NAME`).
    """

    allow_env: frozenset[str] = frozenset()
    any_env: bool = False

    def may_read(self, name: str) -> bool:
        return self.any_env or name.startswith(ENV_PREFIX) or name in self.allow_env


CONFIG = UrlPolicy()  # privflow.yaml without --allow-env
COMMAND_LINE = UrlPolicy(any_env=True)


@cache
def allowed_params() -> dict[str, frozenset[str]]:
    """Driver name -> the query parameters its URLs may carry (data/url_params.yaml)."""
    path = resources.files("privflow.sources.live") / "data" / "url_params.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {driver: frozenset(names) for driver, names in data["drivers"].items()}


def redact(url: str) -> str:
    """The URL with any password replaced by `***` ("postgresql://user:***@host/db")."""
    text = _USERINFO.sub(lambda m: f"{m.group('head')}:***@", url)
    return _SECRET_PARAMS.sub(lambda m: f"{m.group('key')}***", text)


def shown(url: str) -> str:
    """A URL as written, safe to print: redacted when it parses, else its scheme only.

    A URL that does not parse may hold its password where no pattern finds it
    (`postgresql://user:secret/db` has no `@`), so nothing but the scheme is shown.
    """
    try:
        if _CONTROL.search(url.strip()):
            raise ValueError("control character")
        parsed = make_url(url.strip())
        parsed.port  # noqa: B018 - parses the port, which may raise
        text = parsed.render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - any failure means: show nothing of it
        match = _SCHEME.match(url)
        return f"{match.group('scheme')}://…" if match else "database URL"
    return redact(text)


def expand_env(url: str, policy: UrlPolicy = COMMAND_LINE) -> str:
    """`${NAME}` replaced by the environment variable (URL-quoted inside the user info)."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if not policy.may_read(name):
            raise UrlError(
                f"environment variable {name} may not be read by a URL from privflow.yaml "
                f"(pass --allow-env {name}, or name it {ENV_PREFIX}…)", path=shown(url))
        if name not in os.environ:
            raise UrlError(f"environment variable {name} is not set", path=shown(url))
        return quote(os.environ[name], safe="")

    return _ENV.sub(value, url)


def parse(url: str, base_dir: str | None = None, policy: UrlPolicy = COMMAND_LINE) -> URL:
    """The SQLAlchemy URL with `${ENV}` expanded and privflow's default driver filled in.

    A relative SQLite path is taken relative to `base_dir` when one is given. Every problem
    is a PrivflowError whose text holds no password.
    """
    where = shown(url)
    if _CONTROL.search(url):
        raise UrlError("not a database URL: it holds a control character (a line break?)",
                       path=where)
    expanded = expand_env(url, policy)
    try:
        parsed = make_url(expanded.strip())
        parsed.port  # noqa: B018 - a non-numeric port raises here
    except (ArgumentError, ValueError, TypeError):
        raise UrlError("not a database URL (expected e.g. postgresql://user@host/db; "
                       "a password with `@`, `/` or `:` must be %-encoded)",
                       path=where) from None
    backend = parsed.drivername.split("+", 1)[0]
    if backend not in DEFAULT_DRIVERS:
        raise UrlError(f"unsupported database kind {backend!r} "
                       "(postgresql, mysql, mariadb or sqlite)", path=where)
    if "+" not in parsed.drivername:
        parsed = parsed.set(drivername=DEFAULT_DRIVERS[backend])
    if backend == "postgres":
        parsed = parsed.set(drivername=parsed.drivername.replace("postgres+", "postgresql+", 1))
    params = allowed_params()
    if parsed.drivername not in params:
        supported = ", ".join(sorted(params))
        raise UrlError(f"unsupported driver {parsed.drivername!r} (privflow connects with "
                       f"{supported})", path=where)
    refused = sorted(set(parsed.query) - params[parsed.drivername])
    if refused:
        allowed = ", ".join(sorted(params[parsed.drivername])) or "none"
        raise UrlError(f"URL parameter {refused[0]!r} is not allowed "
                       f"(allowed for {parsed.drivername}: {allowed})", path=where)
    database = parsed.database
    if (backend == "sqlite" and base_dir and database and database != ":memory:"
            and not os.path.isabs(database)):
        parsed = parsed.set(database=os.path.normpath(os.path.join(base_dir, database)))
    return parsed


def static_problem(url: str) -> str | None:
    """What privflow would refuse in `url` whatever the environment holds, or None.

    Lets the inventory loader name the line of privflow.yaml without connecting (or reading a
    variable): a malformed URL, an unsupported driver, a query parameter not allowed.
    """
    try:
        parse(_ENV.sub("1", url), policy=COMMAND_LINE)
    except UrlError as error:
        return error.message
    return None


def display(url: URL) -> str:
    """The parsed URL as printed everywhere: password hidden, driver suffix dropped."""
    shown_url = url.set(drivername=url.drivername.split("+", 1)[0])
    return redact(shown_url.render_as_string(hide_password=True))


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
