"""`privflow lineage --query-log`: the one function the CLI calls, and where the state lives."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from privflow.errors import PrivflowError
from privflow.querylog.engine import LogSource, process
from privflow.querylog.templates import DEFAULT_TIMEOUT


def default_state(paths: Sequence[str]) -> Path:
    """One state file per set of logs: a re-run over the same logs resumes where it stopped."""
    key = "\n".join(sorted(str(Path(p).resolve()) for p in paths))
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    from privflow.sources.cache import default_dir

    return default_dir() / "querylog" / f"{digest}.sqlite"


def lineage_from_logs(paths: Sequence[str], *, log_format: str | None = None,
                      dialect: str | None = None, schema: dict[str, list[str]] | None = None,
                      state: str | None = None, use_state: bool = True, engine: str = "local",
                      timeout: float | None = DEFAULT_TIMEOUT, with_conditions: bool = False,
                      warn: Callable[[str], None] = lambda message: None) -> dict[str, Any]:
    for path in paths:
        if not Path(path).is_file():
            raise PrivflowError("no such file", path=path)
    sources = [LogSource(path, log_format, dialect) for path in paths]
    if engine == "spark":
        from privflow.querylog.spark import process_spark

        document = process_spark(sources, schema=schema, dialect=dialect, timeout=timeout,
                                 with_conditions=with_conditions)
    else:
        target = None
        if use_state:
            target = Path(state) if state else default_state(paths)
        document = process(sources, schema=schema, dialect=dialect, state=target,
                           timeout=timeout, with_conditions=with_conditions, warn=warn)
    document["dialect"] = dialect
    return document
