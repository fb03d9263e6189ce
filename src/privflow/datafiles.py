"""The one reader of privflow's own YAML data files (vocabularies, rules, dialect markers).

libyaml's loader when PyYAML has it (ten times faster than the pure-Python one; a scan reads a
dozen files before its first statement), else the pure-Python safe loader: both build the same
values from these files (tests/test_datafiles.py loads every one both ways).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(package: str, name: str) -> Any:
    """The parsed content of data file `name` (a path inside `package`)."""
    text = resources.files(package).joinpath(name).read_text("utf-8")
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader, C or Python
