"""Live databases (PostgreSQL, MySQL/MariaDB, SQLite): catalog, safe sampling, merge and drift.

One small class per engine (`postgres.py`, `mysql.py`, `sqlite.py`) holds that engine's catalog
queries, sampling SQL and session statements as data; `loader.py` drives them the same way for
every engine; `merge.py` folds the result into the schema the files describe.
"""

from privflow.sources.live.loader import ENGINES, engine_for, load_database
from privflow.sources.live.merge import merge
from privflow.sources.live.urls import UrlError, UrlPolicy, expand_env, redact, shown

__all__ = ["ENGINES", "UrlError", "UrlPolicy", "engine_for", "expand_env", "load_database", "merge",
           "redact", "shown"]
