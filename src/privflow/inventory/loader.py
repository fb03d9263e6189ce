"""Load and validate an inventory folder: YAML in, model objects out, or one exact error.

Every error names the file, the line and the field, e.g.
"inventory/activities.yaml:42: lawful_basis 'consnet' is not one of consent, contract, ...",
and is raised as PrivflowError so that the CLI prints that one line and exits 2.

YAML is read with yaml.SafeLoader's composer, so every mapping, key and list item keeps its
line, and scalars are built by SafeLoader's own constructors: nothing but plain data comes out
of a file. What each object accepts is the field list of its dataclass in `model.py`; what the
annotations cannot say (required, enums, globs, dates, patterns) is in `data/format.yaml`.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import os
import re
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

import yaml

from privflow.errors import PrivflowError
from privflow.inventory.model import (
    ENUMS,
    Activity,
    Audit,
    Contact,
    CrossBorder,
    Inventory,
    Organisation,
    Pipia,
    RecipientDeclaration,
    Retention,
)

PRIVFLOW_FILE = "privflow.yaml"
ACTIVITIES_FILE = "activities.yaml"
RECIPIENTS_FILE = "recipients.yaml"
CLASSIFICATION_FILE = "classification.yaml"


@dataclass
class OverrideDeclaration:
    """One entry of classification.yaml, validated here, handed to the classifier as Override."""

    table: str
    column: str
    action: str
    reason: str
    categories: list[str] = field(default_factory=list)
    declared_in: str | None = None


# The YAML object name (data/format.yaml `objects`) of every dataclass the format nests.
OBJECT_KINDS: dict[type, str] = {
    Organisation: "organisation",
    Contact: "contact",
    Audit: "audit",
    Activity: "activity",
    Retention: "retention",
    CrossBorder: "cross_border",
    Pipia: "pipia",
    RecipientDeclaration: "recipient",
    OverrideDeclaration: "override",
}

# The top-level keys of each file; anything else is an error.
PRIVFLOW_KEYS = ("version", "organisation", "sources", "databases", "include", "exclude",
                 "policies", "query_logs")
SOURCE_KEYS = ("path", "dialect")
QUERY_LOG_KEYS = ("path", "format", "dialect")
LIST_FILES = {ACTIVITIES_FILE: "activities", RECIPIENTS_FILE: "recipients",
              CLASSIFICATION_FILE: "overrides"}

_USE_DEFAULT = object()  # a key given as null: keep the dataclass default


# --------------------------------------------------------------------------------------------
# YAML with line numbers


class LineMap(dict):
    """A YAML mapping that remembers its own line and the line of each key."""

    line: int
    key_lines: dict[str, int]


class LineList(list):
    """A YAML sequence that remembers its own line and the line of each item."""

    line: int
    item_lines: list[int]


class YamlInt(int):
    """An integer as YAML read it, with the text it was written as (0571... is octal in YAML)."""

    text: str


class YamlFloat(float):
    text: str


MAP_TAG = "tag:yaml.org,2002:map"
SEQ_TAG = "tag:yaml.org,2002:seq"


# Bounds on what one inventory file may make the loader do: a 12 KB file of nested aliases
# ("billion laughs") expands to billions of nodes, and 20,000 nested brackets exhaust the stack.
MAX_YAML_NODES = 200_000
MAX_TEXT_CHARS = 4_000
# Dates are added to (a PIPIA is kept 3 years, audits fall due): 9999-12-31 would overflow.
MIN_YEAR, MAX_YEAR = 1900, 2999


class BoundedLoader(yaml.SafeLoader):
    """SafeLoader that counts the nodes it hands out, aliases and merge keys included."""

    def __init__(self, stream: str, shown: str) -> None:
        super().__init__(stream)
        self.shown = shown
        self.nodes = 0

    def count(self, n: int, line: int | None) -> None:
        self.nodes += n
        if self.nodes > MAX_YAML_NODES:
            raise PrivflowError(f"has more than {MAX_YAML_NODES:,} values once aliases are "
                                "expanded; not read", self.shown, line)

    def flatten_mapping(self, node: yaml.MappingNode) -> None:
        super().flatten_mapping(node)
        self.count(len(node.value), node.start_mark.line + 1)


MAX_FLOW_DEPTH = 100
_FLOW_BRACKETS = re.compile(r"[\[\]{}]+")
_FLOW_DEPTH = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def _check_flow_depth(text: str, shown: str) -> None:
    """Refuse `[[[[...` before PyYAML's scanner, which slows down with every open level
    (seconds for a few thousand) before the composer runs out of stack."""
    if text.count("[") + text.count("{") <= MAX_FLOW_DEPTH:
        return
    depth = 0
    for match in _FLOW_BRACKETS.finditer(text):
        for char in match.group():
            depth += _FLOW_DEPTH[ord(char)]
            if depth > MAX_FLOW_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                raise PrivflowError("is nested too deeply to read", path=shown, line=line)


def read_yaml(path: Path, shown: str) -> Any:
    """The plain data of one YAML file, mappings and lists carrying line numbers."""
    from privflow.inputs import read_input

    data = read_input(path, shown)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PrivflowError("is not UTF-8 text", path=shown) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise PrivflowError("contains a NUL byte; not read", path=shown, line=line)
    _check_flow_depth(text, shown)
    loader = None
    try:
        loader = BoundedLoader(text, shown)
        node = loader.get_single_node()
        return None if node is None else _plain(loader, node, shown)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise PrivflowError(f"is not valid YAML: {error.problem or error.context}", path=shown,
                            line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise PrivflowError(f"is not valid YAML: {str(error).splitlines()[0]}",
                            path=shown) from None
    except RecursionError:
        raise PrivflowError("is nested too deeply to read", path=shown) from None
    finally:
        if loader is not None:
            loader.dispose()


def _plain(loader: BoundedLoader, node: yaml.Node, shown: str) -> Any:
    line = node.start_mark.line + 1
    loader.count(1, line)
    if not isinstance(node, yaml.ScalarNode) and node.tag not in (MAP_TAG, SEQ_TAG):
        # Mappings and sequences are built here, not by the constructor: refuse every tag
        # the safe constructor would refuse (!!python/object..., !!set, custom tags).
        raise PrivflowError(f"tag '{node.tag}' is not allowed", shown, line)
    if isinstance(node, yaml.MappingNode):
        # YAML merge keys (<<: *defaults): keys written in this mapping override merged ones.
        explicit = {id(key_node) for key_node, _ in node.value}
        loader.flatten_mapping(node)
        mapping = LineMap()
        mapping.line, mapping.key_lines = line, {}
        merged: set[str] = set()
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            key = _plain(loader, key_node, shown)
            if not isinstance(key, str):
                raise PrivflowError(f"key {key!r} is not text (put it in quotes)", shown,
                                    key_line)
            from_merge = id(key_node) not in explicit
            if key in mapping:
                if from_merge:
                    continue  # an earlier merge or the mapping itself already set it
                if key not in merged:
                    raise PrivflowError(
                        f"duplicate key '{key}' (first given on line {mapping.key_lines[key]})",
                        shown, key_line)
                merged.discard(key)
            elif from_merge:
                merged.add(key)
            mapping[key] = _plain(loader, value_node, shown)
            mapping.key_lines[key] = key_line
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = LineList()
        items.line, items.item_lines = line, []
        for item in node.value:
            items.append(_plain(loader, item, shown))
            items.item_lines.append(item.start_mark.line + 1)
        return items
    try:
        value = loader.construct_object(node, deep=True)
    except ValueError:  # e.g. a timestamp-shaped scalar that is no date: 2024-13-45
        raise PrivflowError(f"'{node.value}' is not a valid value", shown, line) from None
    if isinstance(value, int) and not isinstance(value, bool):
        value = YamlInt(value)
        value.text = node.value
    elif isinstance(value, float):
        value = YamlFloat(value)
        value.text = node.value
    return value


# --------------------------------------------------------------------------------------------
# The format description (data/format.yaml) and the vocabularies it checks against


@dataclass(frozen=True)
class ObjectSpec:
    required: tuple[str, ...] = ()
    enums: dict[str, str] = field(default_factory=dict)
    categories: tuple[str, ...] = ()
    allow_any_category: bool = False
    globs: dict[str, str] = field(default_factory=dict)
    dates: tuple[str, ...] = ()
    patterns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FormatSpec:
    objects: dict[str, ObjectSpec]
    patterns: dict[str, re.Pattern[str]]
    pattern_help: dict[str, str]


@cache
def format_spec() -> FormatSpec:
    text = (resources.files("privflow.inventory") / "data" / "format.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    objects = {
        name: ObjectSpec(
            required=tuple(entry.get("required", ())),
            enums=dict(entry.get("enums", {})),
            categories=tuple(entry.get("categories", ())),
            allow_any_category=bool(entry.get("allow_any_category", False)),
            globs=dict(entry.get("globs", {})),
            dates=tuple(entry.get("dates", ())),
            patterns=dict(entry.get("patterns", {})),
        )
        for name, entry in data["objects"].items()
    }
    patterns = {name: re.compile(p) for name, p in data["patterns"].items()}
    return FormatSpec(objects=objects, patterns=patterns, pattern_help=dict(data["pattern_help"]))


def taxonomy_ids() -> frozenset[str]:
    """Category ids of the taxonomy (docs/taxonomy.md, kept by the classifier)."""
    from privflow.classify.taxonomy import load_taxonomy

    return frozenset(load_taxonomy())


def sql_dialects() -> tuple[str, ...]:
    from sqlglot.dialects import Dialects

    return tuple(d.value for d in Dialects if d.value)


def _did_you_mean(value: str, choices: Iterator[str] | tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


# A complete character class as fnmatch reads it: `[abc]`, `[!abc]`, and `[]x]` where a `]`
# right after the opening bracket is a literal.
_GLOB_CLASS = re.compile(r"\[!?\][^\]]*\]|\[![^\]]+\]|\[[^!\]][^\]]*\]")


def glob_problem(glob: str, over: str) -> str | None:
    """Why GLOB is not a usable glob over table ids / columns / paths, or None when it is."""
    if not glob.strip():
        return "is empty"
    if any(ch.isspace() for ch in glob):
        return "contains white space"
    if "[" in _GLOB_CLASS.sub("", glob):
        return "has an unclosed '['"
    if over in ("table", "column"):
        bad = sorted({ch for ch in glob if not (ch.isalnum() or ch in "_.*?[]!-$")})
        if bad:
            what = "table ids" if over == "table" else "column names"
            return f"has {' '.join(repr(ch) for ch in bad)}, which cannot occur in {what}"
        if over == "column" and "." in glob:
            return "names a column, so it cannot contain '.'"
        if ".." in glob or glob.startswith(".") or glob.endswith("."):
            return "has an empty part between dots"
    return None


# --------------------------------------------------------------------------------------------
# Building model objects from located YAML data


def _optional(hint: Any) -> tuple[Any, bool]:
    """(inner type, is optional) for `X | None` / Optional[X]."""
    if get_origin(hint) in (Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if len(args) == 1 and len(get_args(hint)) == 2:
            return args[0], True
    return hint, False


def _describe(value: Any) -> str:
    if isinstance(value, LineMap):
        return "a mapping"
    if isinstance(value, LineList):
        return "a list"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {getattr(value, 'text', value)}"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"the date {value.isoformat()}"
    return repr(value)


class _Reader:
    """Validates the objects of one file; `shown` is the file as the user named it."""

    def __init__(self, shown: str, categories: frozenset[str] | None) -> None:
        self.shown = shown
        self.categories = categories
        self.spec = format_spec()

    def error(self, message: str, line: int | None) -> PrivflowError:
        return PrivflowError(message, path=self.shown, line=line)

    def where(self, line: int) -> str:
        return f"{self.shown}:{line}"

    def build(self, cls: type, data: Any, line: int, prefix: str = "") -> Any:
        kind = OBJECT_KINDS[cls]
        label = prefix.rstrip(".") or kind.replace("_", " ")
        if not isinstance(data, LineMap):
            raise self.error(f"{label} must be a mapping of keys, not {_describe(data)}", line)
        spec = self.spec.objects[kind]
        hints = get_type_hints(cls)
        accepted = [f.name for f in dataclasses.fields(cls) if f.name != "declared_in"]
        for key in data:
            if key not in accepted:
                hint = "" if key != "declared_in" else " (it is filled in by privflow)"
                raise self.error(
                    f"unknown key '{prefix}{key}' in {kind.replace('_', ' ')}"
                    f"{hint or _did_you_mean(key, accepted)}", data.key_lines[key])
        for key in spec.required:
            if data.get(key) in (None, "", []):
                name = f" '{data['id']}'" if isinstance(data.get("id"), str) else ""
                raise self.error(f"{label}{name} is missing required field '{key}'",
                                 data.key_lines.get(key, data.line))
        values: dict[str, Any] = {}
        for key, value in data.items():
            converted = self.value(value, hints[key], kind, key, data.key_lines[key], prefix)
            if converted is not _USE_DEFAULT:
                values[key] = converted
        if "declared_in" in {f.name for f in dataclasses.fields(cls)}:
            values["declared_in"] = self.where(data.line)
        return cls(**values)

    def value(self, value: Any, hint: Any, kind: str, key: str, line: int, prefix: str) -> Any:
        name = f"{prefix}{key}"
        inner, optional = _optional(hint)
        if value is None:
            if optional:
                return None
            if get_origin(inner) is list:
                return []
            return _USE_DEFAULT
        if get_origin(inner) is list:
            if not isinstance(value, LineList):
                raise self.error(f"{name} must be a list, not {_describe(value)}", line)
            for item, item_line in zip(value, value.item_lines, strict=True):
                if item is None:
                    raise self.error(f"{name} has an empty (null) entry", item_line)
            (item_hint,) = get_args(inner)
            return [self.value(item, item_hint, kind, key, item_line, prefix)
                    for item, item_line in zip(value, value.item_lines, strict=True)]
        if dataclasses.is_dataclass(inner):
            return self.build(inner, value, line, prefix=f"{name}.")
        if inner is bool:
            if not isinstance(value, bool):
                raise self.error(f"{name} must be true or false, not {_describe(value)}", line)
            return value
        if inner is str:
            spec = self.spec.objects[kind]
            if isinstance(value, datetime.date) and key in spec.dates:
                value = value.isoformat()
            if not isinstance(value, str):
                raise self.error(
                    f"{name} must be text, not {_describe(value)} (put it in quotes)", line)
            self.check_text(value, kind, key, line, prefix)
            return value
        raise self.error(f"{name} has a type the format does not know: {hint}", line)

    def check_text(self, value: str, kind: str, key: str, line: int, prefix: str) -> None:
        spec = self.spec.objects[kind]
        name = f"{prefix}{key}"
        if len(value) > MAX_TEXT_CHARS:
            raise self.error(f"{name} is {len(value):,} characters long; the most a field "
                             f"takes is {MAX_TEXT_CHARS:,}", line)
        if key in spec.enums:
            allowed = ENUMS[spec.enums[key]]
            if value not in allowed:
                raise self.error(f"{name} '{value}' is not one of {', '.join(allowed)}"
                                 f"{_did_you_mean(value, allowed)}", line)
        if key in spec.patterns:
            pattern = spec.patterns[key]
            if not self.spec.patterns[pattern].match(value):
                raise self.error(
                    f"{name} '{value}' is not {self.spec.pattern_help[pattern]}", line)
        if key in spec.dates:
            try:
                day = datetime.date.fromisoformat(value)
            except ValueError:
                raise self.error(f"{name} '{value}' is not a date YYYY-MM-DD", line) from None
            if not MIN_YEAR <= day.year <= MAX_YEAR:
                raise self.error(f"{name} '{value}' is not a plausible date (years "
                                 f"{MIN_YEAR}-{MAX_YEAR})", line)
        if key in spec.globs:
            problem = glob_problem(value, spec.globs[key])
            if problem:
                raise self.error(f"{name} glob '{value}' {problem}", line)
        wildcard = value == "*" and spec.allow_any_category
        if (key in spec.categories and self.categories is not None and not wildcard
                and value not in self.categories):
            raise self.error(f"{name} '{value}' is not a category of the taxonomy"
                                 f"{_did_you_mean(value, sorted(self.categories))}", line)


# --------------------------------------------------------------------------------------------
# The four files


def _shown(directory: str, name: str) -> str:
    return os.path.normpath(os.path.join(directory, name))


def _top_level(reader: _Reader, data: Any, keys: tuple[str, ...]) -> LineMap:
    if data is None:
        data = LineMap()
        data.line, data.key_lines = 1, {}
    if not isinstance(data, LineMap):
        raise reader.error(f"must be a mapping with the keys {', '.join(keys)}, "
                           f"not {_describe(data)}", getattr(data, "line", 1))
    for key in data:
        if key not in keys:
            raise reader.error(f"unknown key '{key}'{_did_you_mean(key, keys)}; "
                               f"this file takes {', '.join(keys)}", data.key_lines[key])
    return data


def _text_list(reader: _Reader, data: LineMap, key: str, glob: str | None = None) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, LineList):
        raise reader.error(f"{key} must be a list, not {_describe(value)}", data.key_lines[key])
    for item, line in zip(value, value.item_lines, strict=True):
        if not isinstance(item, str) or not item.strip():
            raise reader.error(f"{key} entries must be text, not {_describe(item)}", line)
        if glob:
            problem = glob_problem(item, glob)
            if problem:
                raise reader.error(f"{key} glob '{item}' {problem}", line)
    return list(value)


def _load_privflow(directory: str, inventory_dir: Path) -> Inventory:
    shown = _shown(directory, PRIVFLOW_FILE)
    path = inventory_dir / PRIVFLOW_FILE
    if not path.exists() and not path.is_symlink():
        raise PrivflowError("no privflow.yaml in the inventory folder", path=directory)
    reader = _Reader(shown, categories=None)
    data = _top_level(reader, read_yaml(path, shown), PRIVFLOW_KEYS)
    version = data.get("version", 1)
    if isinstance(version, bool) or version != 1:
        raise reader.error(f"version {_describe(version)} is not supported (this privflow "
                           "reads version 1)", data.key_lines.get("version"))
    if data.get("organisation") is None:
        raise reader.error("missing required field 'organisation'",
                           data.key_lines.get("organisation", data.line))
    organisation = reader.build(Organisation, data["organisation"],
                                data.key_lines["organisation"], prefix="organisation.")
    if "jurisdictions" not in data["organisation"] and organisation.country:
        # Not stated: the law of the country of establishment (laws/*.yaml `home`).
        from privflow.check.laws import default_jurisdictions

        organisation.jurisdictions = default_jurisdictions(organisation.country)

    source_paths: list[str] = []
    dialects: dict[str, str] = {}
    entries = data.get("sources")
    if entries is not None and not isinstance(entries, LineList):
        raise reader.error(f"sources must be a list, not {_describe(entries)}",
                           data.key_lines["sources"])
    for entry, line in zip(entries or [], getattr(entries, "item_lines", []), strict=True):
        declared, dialect = _source_entry(reader, entry, line)
        usable = declared if os.path.isabs(declared) else _shown(directory, declared)
        if not Path(usable).exists():
            raise reader.error(f"sources path '{declared}' does not exist ({usable})", line)
        if not _inside_roots(usable, inventory_dir):
            raise reader.error(
                f"sources path '{declared}' is outside the inventory folder and the working "
                "directory; name such a folder on the command line instead", line)
        if usable in source_paths:
            raise reader.error(f"sources path '{declared}' is listed twice", line)
        source_paths.append(usable)
        if dialect:
            dialects[usable] = dialect
    if entries is None:
        source_paths.append(os.path.normpath(directory))

    query_logs = []
    logs = data.get("query_logs")
    if logs is not None and not isinstance(logs, LineList):
        raise reader.error(f"query_logs must be a list, not {_describe(logs)}",
                           data.key_lines["query_logs"])
    for entry, line in zip(logs or [], getattr(logs, "item_lines", []), strict=True):
        declared, log_format, dialect = _query_log_entry(reader, entry, line)
        usable = declared if os.path.isabs(declared) else _shown(directory, declared)
        if not Path(usable).is_file():
            raise reader.error(f"query_logs path '{declared}' is not a file ({usable})", line)
        if not _inside_roots(usable, inventory_dir):
            raise reader.error(
                f"query_logs path '{declared}' is outside the inventory folder and the working "
                "directory; name such a log on the command line instead", line)
        query_logs.append((usable, log_format, dialect))

    return Inventory(
        root=directory,
        organisation=organisation,
        source_paths=source_paths,
        dialects=dialects,
        query_logs=query_logs,
        databases=_database_list(reader, data),
        include=_text_list(reader, data, "include", glob="table"),
        exclude=_text_list(reader, data, "exclude", glob="table"),
        policies=_policy_paths(reader, data, directory, inventory_dir),
    )


def _policy_paths(reader: _Reader, data: LineMap, directory: str,
                  inventory_dir: Path) -> list[str]:
    """`policies:` the organisation's privacy notices, usable from the cwd."""
    paths = []
    value = data.get("policies")
    for declared, line in zip(_text_list(reader, data, "policies"),
                              getattr(value, "item_lines", []), strict=False):
        usable = declared if os.path.isabs(declared) else _shown(directory, declared)
        if not Path(usable).is_file():
            raise reader.error(f"policies file '{declared}' does not exist ({usable})", line)
        if not _inside_roots(usable, inventory_dir):
            raise reader.error(
                f"policies file '{declared}' is outside the inventory folder and the working "
                "directory; name such a notice on the command line instead", line)
        paths.append(usable)
    return paths


def _database_list(reader: _Reader, data: LineMap) -> list[str]:
    """`databases:` URLs; what privflow refuses in one (init_command=…) is an error on its line
    even when no command connects (`check` without --connect-databases)."""
    found = _text_list(reader, data, "databases")
    if found:
        from privflow.sources.live.urls import shown, static_problem

        for url, line in zip(found, data["databases"].item_lines, strict=True):
            problem = static_problem(url)
            if problem:
                raise reader.error(f"databases entry {shown(url)}: {problem}", line)
    return found


def _inside_roots(path: str, inventory_dir: Path) -> bool:
    """privflow.yaml is code a pull request can change: the files it names (`sources:`,
    `query_logs:`, `policies:`) stay inside the inventory folder or the working directory (the
    repository being checked)."""
    target = Path(path).resolve()
    roots = {inventory_dir.resolve(), Path.cwd().resolve()}
    return any(target == root or root in target.parents for root in roots)


def _source_entry(reader: _Reader, entry: Any, line: int) -> tuple[str, str | None]:
    """`- db` or `- {path: etl/hive, dialect: hive}` -> (path, dialect)."""
    if isinstance(entry, str):
        path, dialect = entry, None
    elif isinstance(entry, LineMap):
        for key in entry:
            if key not in SOURCE_KEYS:
                raise reader.error(f"unknown key '{key}' in sources entry"
                                   f"{_did_you_mean(key, SOURCE_KEYS)}", entry.key_lines[key])
        path, dialect = entry.get("path"), entry.get("dialect")
        if path is None:
            raise reader.error("sources entry is missing required field 'path'", line)
        if not isinstance(path, str):
            raise reader.error(f"path must be text, not {_describe(path)}",
                               entry.key_lines["path"])
        if dialect is not None:
            known = sql_dialects()
            if not isinstance(dialect, str) or dialect.lower() not in known:
                raise reader.error(
                    f"dialect {_describe(dialect)} is not one of {', '.join(known)}"
                    f"{_did_you_mean(str(dialect).lower(), known)}", entry.key_lines["dialect"])
            dialect = dialect.lower()
    else:
        raise reader.error(f"sources entries must be a path or a mapping with path and "
                           f"dialect, not {_describe(entry)}", line)
    if not path.strip():
        raise reader.error("sources path is empty", line)
    return path, dialect


def _query_log_entry(reader: _Reader, entry: Any, line: int
                     ) -> tuple[str, str | None, str | None]:
    """`- logs/query_history.csv` or `- {path: …, format: pg_stat_statements, dialect: …}`."""
    from privflow.querylog.formats import format_names

    if isinstance(entry, str):
        return entry, None, None
    if not isinstance(entry, LineMap):
        raise reader.error(f"query_logs entries must be a path or a mapping with path, format "
                           f"and dialect, not {_describe(entry)}", line)
    for key in entry:
        if key not in QUERY_LOG_KEYS:
            raise reader.error(f"unknown key '{key}' in query_logs entry"
                               f"{_did_you_mean(key, QUERY_LOG_KEYS)}", entry.key_lines[key])
    path = entry.get("path")
    if not isinstance(path, str) or not path.strip():
        raise reader.error("query_logs entry needs a 'path'", line)
    log_format = entry.get("format")
    if log_format is not None and log_format not in format_names():
        names = format_names()
        raise reader.error(f"format {_describe(log_format)} is not one of {', '.join(names)}"
                           f"{_did_you_mean(str(log_format), names)}", entry.key_lines["format"])
    dialect = entry.get("dialect")
    if dialect is not None:
        known = sql_dialects()
        if not isinstance(dialect, str) or dialect.lower() not in known:
            raise reader.error(f"dialect {_describe(dialect)} is not one of {', '.join(known)}"
                               f"{_did_you_mean(str(dialect).lower(), known)}",
                               entry.key_lines["dialect"])
        dialect = dialect.lower()
    return path, log_format, dialect


def _list_file(directory: str, inventory_dir: Path, name: str, cls: type,
               categories: frozenset[str] | None) -> tuple[_Reader, list[tuple[Any, LineMap]]]:
    """(reader, [(object, its YAML mapping)]) for one of the list files; [] when absent."""
    shown = _shown(directory, name)
    reader = _Reader(shown, categories)
    path = inventory_dir / name
    if not path.exists():
        return reader, []
    key = LIST_FILES[name]
    data = _top_level(reader, read_yaml(path, shown), (key,))
    items = data.get(key)
    if items is None:
        return reader, []
    if not isinstance(items, LineList):
        raise reader.error(f"{key} must be a list, not {_describe(items)}", data.key_lines[key])
    built = []
    for item, line in zip(items, items.item_lines, strict=True):
        built.append((reader.build(cls, item, line), item))
    return reader, built


def _check_unique_ids(reader: _Reader, built: list[tuple[Any, LineMap]], what: str) -> None:
    first: dict[str, str] = {}
    for obj, data in built:
        if obj.id in first:
            raise reader.error(f"duplicate {what} id '{obj.id}' (first declared at "
                               f"{first[obj.id]})", data.key_lines["id"])
        first[obj.id] = obj.declared_in


def _list_item_line(data: LineMap, key: str, index: int) -> int:
    items = data[key]
    return items.item_lines[index] if isinstance(items, LineList) else data.key_lines[key]


def load_inventory(directory: str) -> Inventory:
    """The declarations of the inventory folder DIRECTORY, validated; PrivflowError if not."""
    inventory_dir = Path(directory)
    if not inventory_dir.is_dir():
        raise PrivflowError("inventory folder does not exist", path=directory)
    categories = taxonomy_ids()
    inventory = _load_privflow(directory, inventory_dir)

    rec_reader, recipients = _list_file(directory, inventory_dir, RECIPIENTS_FILE,
                                        RecipientDeclaration, categories)
    _check_unique_ids(rec_reader, recipients, "recipient")
    recipient_ids = {r.id for r, _ in recipients}
    for recipient, data in recipients:
        if recipient.onward_of is None:
            continue
        if recipient.onward_of == recipient.id:
            raise rec_reader.error("onward_of names the recipient itself",
                                   data.key_lines["onward_of"])
        if recipient.onward_of not in recipient_ids:
            raise rec_reader.error(
                f"onward_of '{recipient.onward_of}' is not a recipient declared in "
                f"{RECIPIENTS_FILE}{_did_you_mean(recipient.onward_of, sorted(recipient_ids))}",
                data.key_lines["onward_of"])

    act_reader, activities = _list_file(directory, inventory_dir, ACTIVITIES_FILE, Activity,
                                        categories)
    _check_unique_ids(act_reader, activities, "activity")
    for activity, data in activities:
        for index, recipient_id in enumerate(activity.recipients):
            if recipient_id not in recipient_ids:
                raise act_reader.error(
                    f"recipients: '{recipient_id}' is not declared in {RECIPIENTS_FILE}"
                    f"{_did_you_mean(recipient_id, sorted(recipient_ids))}",
                    _list_item_line(data, "recipients", index))
        if activity.lawful_basis == "other_law" and not activity.lawful_basis_law:
            raise act_reader.error(
                f"activity '{activity.id}' has lawful_basis other_law but no lawful_basis_law "
                "naming that law", data.key_lines["lawful_basis"])

    cls_reader, overrides = _list_file(directory, inventory_dir, CLASSIFICATION_FILE,
                                       OverrideDeclaration, categories)
    for override, data in overrides:
        if override.action in ("force", "add", "drop") and not override.categories:
            raise cls_reader.error(f"categories is required when action is '{override.action}'",
                                   data.key_lines.get("categories", data.line))

    for recipient, _ in recipients:  # a recipient without a country is where we are
        recipient.country = recipient.country or inventory.organisation.country
    inventory.recipients = [r for r, _ in recipients]
    inventory.activities = [a for a, _ in activities]
    inventory.classification = [_classifier_override(o) for o, _ in overrides]
    return inventory


def _classifier_override(declaration: OverrideDeclaration) -> Any:
    """The classifier's Override for one validated declaration."""
    from privflow.classify.overrides import Override

    return Override(table=declaration.table, column=declaration.column,
                    action=declaration.action, categories=list(declaration.categories),
                    reason=declaration.reason, declared_in=declaration.declared_in)
