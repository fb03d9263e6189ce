"""privflow's YAML data files read the same with libyaml's loader as with the Python one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import privflow
from privflow.datafiles import LOADER, load_yaml

ROOT = Path(privflow.__file__).parent
DATA_FILES = sorted(p for p in ROOT.rglob("*.yaml") if "data" in p.relative_to(ROOT).parts)


def test_there_are_data_files() -> None:
    assert len(DATA_FILES) > 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_fast_loader_builds_the_same_values(path: Path) -> None:
    relative = path.relative_to(ROOT)
    package = ".".join(["privflow", *relative.parts[:relative.parts.index("data")]])
    name = "/".join(relative.parts[relative.parts.index("data"):])
    loaded = load_yaml(package, name)
    assert loaded == yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
