"""Every YAML data file of the package loads without a key written twice in one mapping: the
loaders keep the last one silently, so a second `people:` list under a category once dropped
the first (cash, cash balance) without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import privflow

PACKAGE = Path(privflow.__file__).parent
FILES = sorted(PACKAGE.rglob("*.yaml"))


class _Strict(yaml.SafeLoader):
    pass


def _mapping(loader: _Strict, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_there_are_data_files() -> None:
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_key_twice_in_a_mapping(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        yaml.load(handle, Loader=_Strict)  # noqa: S506 - a SafeLoader subclass
