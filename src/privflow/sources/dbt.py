"""dbt projects without dbt: models rendered with jinja2 in a sandbox, YAML properties as tables.

Each model becomes a `Table` (a view, or a table when materialized as table/incremental) and a
`SourceStatement` "CREATE VIEW <model> AS <rendered SQL>" that lineage walks like any other view.
`sources:` and `models:` entries of the project's YAML files give tables, columns, descriptions
(as comments, which the classifier reads) and `meta`, turned into column pragmas:

- `meta: {contains_pii: true}` (or `pii: true`, or a `pii` tag) -> pragma `meta:contains_pii`;
- `meta: {privflow: contact.phone}` / `{pii_category: [...]}` / `{categories: [...]}` ->
  pragma `add contact.phone`, the declared form the classifier applies like `-- privflow: add`.

Rendering is sandboxed: no file system, environment or network, no `import`; `env_var()` gives
its default, unknown macros render as nothing. `is_incremental()` is false, so a model reads as
its full-refresh query. Each model renders within a time and an output limit, and only regular
files inside the project are read (dbt_guard.py); anything refused is one `skipped` entry.

Owners' words count: `{{ doc('...') }}` blocks of the project's `.md` files are rendered into
descriptions, `meta` keys and `tags` that mark personal columns (data/dbt.yaml) become pragmas.
Macros come from the project's macro paths and from `dbt_packages/*/macros` (a package's macros
under its name, `adapter.dispatch` finding `<adapter>__name` or `default__name`). The project's
dialect is read once, from `target/manifest.json` (`metadata.adapter_type`) or the adapter of
the profile in the project's own `profiles.yml`; when `target/manifest.json` and
`target/catalog.json` are there, their compiled SQL and column types are the truth
(dbt_artifacts.py).
"""

from __future__ import annotations

import bisect
import functools
import graphlib
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jinja2 import TemplateError, Undefined
from jinja2.runtime import Macro
from jinja2.sandbox import SandboxedEnvironment

from privflow.schema import Column, Schema, Skipped, SourceStatement, Table, table_id
from privflow.sources.dbt_guard import (
    LimitedEnvironment,
    Refused,
    check_yaml_aliases,
    deadline,
    inside,
    read_text,
    render_limited,
)

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
MODEL_SUFFIX = ".sql"
DEFAULT_MODEL_PATHS = ("models",)
DEFAULT_MACRO_PATHS = ("macros",)
PACKAGE_FOLDERS = ("dbt_packages", "dbt_modules")
_MATERIALIZED_AS_TABLE = ("table", "incremental", "snapshot", "materialized_view")


class _Vocabulary:
    def __init__(self, data: dict) -> None:
        self.pii_meta_keys = tuple(str(k).lower() for k in data.get("pii_meta_keys") or [])
        self.non_pii_values = frozenset(str(v).lower() for v in data.get("non_pii_values") or [])
        self.category_meta_keys = tuple(data.get("category_meta_keys") or [])
        self.pii_tags = frozenset(str(t).lower() for t in data.get("pii_tags") or [])
        self.meta_holders = tuple(data.get("meta_holders") or ["meta"])
        self.manifest_versions = tuple(str(v) for v in data.get("manifest_versions") or [])
        self.adapter_dialects = {str(k).lower(): str(v) for k, v in
                                 (data.get("adapter_dialects") or {}).items()}


@functools.lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    text = resources.files("privflow.sources").joinpath("data/dbt.yaml").read_text("utf-8")
    return _Vocabulary(yaml.load(text, Loader=_YAML_LOADER) or {})


def _text(value: Any) -> str | None:
    """A YAML scalar as text; None for lists, mappings and nothing (`name: [1]`)."""
    if isinstance(value, (bool, list, dict, Undefined)) or value is None:
        return None  # an unknown macro's result (config(schema=custom())) names nothing
    return str(value)


def _mapping(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _sequence(value: Any) -> list:
    return value if isinstance(value, list) else []


class _Silent(Undefined):
    """An unknown name or macro (dbt_utils.star, adapter.dispatch ...) renders as nothing."""

    def __call__(self, *args: Any, **kwargs: Any) -> _Silent:
        return _Unknown()

    def __getattr__(self, name: str) -> _Silent:
        if name.startswith("__"):
            raise AttributeError(name)
        return self

    def __str__(self) -> str:
        return ""

    def __iter__(self):
        return iter(())

    def __bool__(self) -> bool:
        return False


# What the call of a macro privflow does not have renders to, until `_fill_unknown` replaces it
# by what keeps the SQL around it readable: `{{ m(x) }} AS y` -> `NULL AS y`, `{{ m(x) }},`
# (a macro that writes whole columns) -> nothing (issue 14: "Required keyword 'this' missing").
_UNKNOWN = "\ue000"
_UNKNOWN_RULES = (
    (re.compile(_UNKNOWN + r"(\s*)(?=\bas\b)", re.IGNORECASE), r"NULL\1"),
    (re.compile(_UNKNOWN + r"\s*,"), ""),
    (re.compile(r",(\s*)" + _UNKNOWN + r"(\s*)(?=\bfrom\b)", re.IGNORECASE), r"\1\2"),
    (re.compile(_UNKNOWN), ""),
)


def _fill_unknown(sql: str) -> str:
    if _UNKNOWN not in sql:
        return sql
    for pattern, replacement in _UNKNOWN_RULES:
        sql = pattern.sub(replacement, sql)
    return sql


class _Unknown(_Silent):
    """The result of calling an unknown macro (see _fill_unknown)."""

    def __str__(self) -> str:
        return _UNKNOWN


class _CrossDatabaseMacros:
    """The dbt_utils / dbt cross-database macros whose SQL matters for lineage, rendered the way
    the packages render them; any other macro of theirs renders as nothing (see _Silent)."""

    def __getattr__(self, name: str) -> _Silent:
        return _Silent()

    @staticmethod
    def _fields(fields: Any) -> list[str]:
        return [str(f) for f in fields] if isinstance(fields, (list, tuple)) else [str(fields)]

    def generate_surrogate_key(self, field_list: Any = ()) -> str:
        parts = [f"coalesce(cast({f} as varchar), '_dbt_utils_surrogate_key_null_')"
                 for f in self._fields(field_list)]
        joined = ", '-', ".join(parts)
        return f"md5(concat({joined}))" if parts else "md5('')"

    surrogate_key = generate_surrogate_key

    def hash(self, field: Any) -> str:
        return f"md5(cast({field} as varchar))"

    def star(self, *args: Any, **kwargs: Any) -> str:
        alias = kwargs.get("relation_alias")
        return f"{alias}.*" if alias else "*"

    def concat(self, fields: Any) -> str:
        return f"concat({', '.join(self._fields(fields))})"

    def current_timestamp(self, *args: Any) -> str:
        return "current_timestamp"

    def type_string(self, *args: Any) -> str:
        return "varchar"

    def safe_cast(self, field: Any, type_: Any = "varchar") -> str:
        return f"cast({field} as {type_})"


class _Relation:
    """What ref()/source()/this render to: the relation's name in SQL."""

    def __init__(self, table: str) -> None:
        self.table = table
        parts = table.split(".")
        self.identifier = self.name = parts[-1]
        self.schema = parts[-2] if len(parts) > 1 else None
        self.database = parts[-3] if len(parts) > 2 else None

    def __str__(self) -> str:
        return self.table

    def __html__(self) -> str:
        return self.table


class _Model:
    def __init__(self, path: Path, display: str, name: str) -> None:
        self.path = path
        self.display = display
        self.name = name
        self.config: dict[str, Any] = {}
        self.table_id = name.lower()
        self.refs: list[str] = []  # models this one reads, for dependency order
        self.static: dict[str, Any] | None = None  # config() read without rendering
        self.statement: SourceStatement | None = None
        self.text: str = ""
        self.compiled: str | None = None  # target/manifest.json's compiled SQL, when present
        self.lines: _Lines | None = None  # where output columns are named


class _Namespace:
    """A package's macros under its name (`my_pkg.mask_email(...)`); others render nothing."""

    def __init__(self, macros: dict[str, Any]) -> None:
        self._macros = macros

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._macros.get(name) or _Silent()


class _Adapter(_Silent):
    """`adapter.dispatch('name', 'pkg')`: the macro `<adapter>__name`, else `default__name`."""

    def __init__(self, lookup: Any, adapter_type: str) -> None:
        self._lookup = lookup
        self._adapter_type = adapter_type

    def dispatch(self, name: Any, macro_namespace: Any = None, **kwargs: Any) -> Any:
        for candidate in (f"{self._adapter_type}__{name}", f"default__{name}"):
            found = self._lookup(str(macro_namespace or ""), candidate)
            if found is not None:
                return found
        return _Silent()


class DbtProject:
    def __init__(self, root: Path, display_root: str, schema: Schema,
                 dialect: str | None = None) -> None:
        self.root = root
        self.display_root = display_root.rstrip("/")
        self.schema = schema
        self.forced_dialect = dialect
        self.project = _mapping(self._yaml(root / "dbt_project.yml"))
        self.vars: dict[str, Any] = dict(_mapping(self.project.get("vars")))
        name = _text(self.project.get("name"))
        if self.project.get("name") is not None and name is None:
            self.skip(root / "dbt_project.yml", "dbt: `name` is not a string; project settings "
                      "for models are not applied")
        models = _mapping(self.project.get("models"))
        # `models: {<project>: {+materialized: view, staging: {+schema: staging}}}`
        self.model_config: dict = _mapping(models.get(name)) if name in models else models
        self.sources: dict[tuple[str, str], str] = {}  # (source, table) -> table id
        self.models: dict[str, _Model] = {}
        self.properties: dict[str, tuple[dict, Path]] = {}  # model -> its `models:` entry, file
        self.docs: dict[str, str] = {}  # {% docs name %} blocks
        self.artifacts: Any = None  # dbt_artifacts.Artifacts when target/ has them
        self.adapter_type = ""
        self.dialect: str | None = dialect or None
        self.yaml_lines: dict[Path, _Lines] = {}  # for line numbers of properties

    # -- reading ------------------------------------------------------------------------------

    def display(self, path: Path) -> str:
        try:
            return f"{self.display_root}/{path.relative_to(self.root).as_posix()}"
        except ValueError:
            return f"{self.display_root}/{path.name}"

    def skip(self, path: Path, reason: str, line: int | None = None, error: bool = True) -> None:
        self.schema.skipped.append(Skipped(self.display(path), line, reason, error))

    def read(self, path: Path) -> str | None:
        """A project file's text, or None after one skipped entry saying why."""
        try:
            return read_text(self.root, path)
        except Refused as refused:
            self.skip(path, f"dbt: {refused}", error=False)
            return None

    def _yaml(self, path: Path) -> Any:
        if not path.exists() and not path.is_symlink():
            return None
        text = self.read(path)
        if text is None:
            return None
        try:
            check_yaml_aliases(text)
            return yaml.load(text, Loader=_YAML_LOADER)
        except Refused as refused:
            self.skip(path, f"dbt: {refused}")
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            self.skip(path, f"dbt: unreadable YAML: {str(error).splitlines()[0]}",
                      mark.line + 1 if mark is not None else None)
        except RecursionError:
            self.skip(path, "dbt: YAML nested too deeply")
        return None

    def folder_config(self, path: Path) -> dict[str, Any]:
        """dbt_project.yml settings for a model: the project level, then each folder down."""
        config: dict[str, Any] = {}
        node: Any = self.model_config
        folders = next((path.relative_to(root).parts[:-1] for root in self.model_paths()
                        if root in path.parents), ())
        for folder in (None, *folders):
            if folder is not None:
                node = node.get(folder) if isinstance(node, dict) else None
            if not isinstance(node, dict):
                break
            for key, value in node.items():
                if isinstance(key, str) and not isinstance(value, dict):
                    config[key.lstrip("+")] = value
        return config

    def _paths(self, key: str, defaults: tuple[str, ...], legacy: str | None = None) -> list[Path]:
        """The project's folders for `key` that exist inside its root; others skipped."""
        given = self.project.get(key) or (self.project.get(legacy) if legacy else None)
        names = [_text(p) for p in _sequence(given)] if given is not None else list(defaults)
        if given is not None and not isinstance(given, list):
            self.skip(self.root / "dbt_project.yml", f"dbt: `{key}` is not a list")
            names = list(defaults)
        found: list[Path] = []
        for name in names:
            if not name:
                continue
            folder = self.root / name
            if not inside(self.root, folder):
                self.skip(self.root / "dbt_project.yml", f"dbt: {key} {name!r} is outside the "
                          "project folder, not read", error=False)
                continue
            if folder.is_dir():
                found.append(folder)
        return found

    @functools.cached_property
    def _model_paths(self) -> list[Path]:
        return self._paths("model-paths", DEFAULT_MODEL_PATHS, "source-paths")

    def model_paths(self) -> list[Path]:
        return self._model_paths

    def files(self, folders: list[Path], suffixes: tuple[str, ...]) -> list[Path]:
        """Regular files inside the project under `folders`; a symlink out is skipped."""
        out: list[Path] = []
        seen: set[Path] = set()
        for folder in folders:
            for path in sorted(folder.rglob("*")):
                if path.suffix.lower() not in suffixes or path in seen:
                    continue
                seen.add(path)
                if not inside(self.root, path):
                    self.skip(path, "dbt: a symlink out of the project folder, not read",
                              error=False)
                elif path.is_file():
                    out.append(path)
                elif not path.is_dir():
                    self.skip(path, "dbt: not a regular file, not read", error=False)
        return out

    def load(self) -> None:
        from privflow.sources import dbt_artifacts

        self.artifacts = dbt_artifacts.load(self)
        self.adapter_type = self.artifacts.adapter_type or dbt_artifacts.profile_adapter(self)
        if not self.forced_dialect:
            self.dialect = vocabulary().adapter_dialects.get(self.adapter_type) or None
        files = self.files(self.model_paths(), (".yml", ".yaml", MODEL_SUFFIX))
        doc_folders = [*self.model_paths(), *self._paths("docs-paths", ())]
        for path in self.files(doc_folders, (".md",)):
            text = self.read(path)
            if text is not None:
                self.docs.update(_doc_blocks(text))
        for path in files:
            if path.suffix in (".yml", ".yaml"):
                self.guarded(path, self.read_properties, path)
        for path in files:
            if path.suffix == MODEL_SUFFIX:
                model = _Model(path, self.display(path), path.stem)
                model.config.update(self.folder_config(path))
                self.models[model.name.lower()] = model
        self.artifacts.attach(self)
        env = self.environment()
        for model in self.models.values():
            self.guarded(model.path, self.render_model, env, model)
        self.artifacts.apply_catalog(self)
        # Upstream models first, so that lineage knows a model's columns (for `select *`)
        # before it walks the models that read it.
        order = graphlib.TopologicalSorter(
            {name: [r for r in model.refs if r in self.models]
             for name, model in self.models.items()})
        try:
            names = list(order.static_order())
        except graphlib.CycleError:
            names = list(self.models)
        for name in names:
            statement = self.models[name].statement
            if statement is not None:
                self.schema.statements.append(statement)

    def guarded(self, path: Path, step: Any, *args: Any) -> None:
        """One step on one file; whatever it raises is one skipped entry, not the scan's end."""
        try:
            step(*args)
        except Refused as refused:
            self.skip(path, f"dbt: {refused}")
        except (RecursionError, MemoryError) as error:
            self.skip(path, f"dbt: {type(error).__name__}, skipped")
        except Exception as error:  # noqa: BLE001 - one malformed file must not stop the scan
            self.skip(path, f"dbt: {type(error).__name__}: {str(error)[:200]}")

    def read_properties(self, path: Path) -> None:
        data = self._yaml(path)
        if not isinstance(data, dict):
            return
        for source in _sequence(data.get("sources")):
            if isinstance(source, dict) and _text(source.get("name")):
                self.read_source(source, path)
        for entry in _sequence(data.get("models")):
            name = _text(entry.get("name")) if isinstance(entry, dict) else None
            if name:
                self.properties[name.lower()] = (entry, path)

    def description(self, entry: dict) -> str | None:
        """An entry's description with its `{{ doc('...') }}` blocks rendered."""
        text = _text(entry.get("description"))
        if not text:
            return None
        if "{{" in text:
            text = _DOC_CALL.sub(lambda m: self.docs.get(m.group("name"), ""), text).strip()
        return text or None

    def read_source(self, source: dict, path: Path) -> None:
        source_name = _text(source["name"]) or ""
        schema_name = _text(source.get("schema")) or source_name
        for entry in _sequence(source.get("tables")):
            if not isinstance(entry, dict) or not _text(entry.get("name")):
                continue
            name = _text(entry["name"]) or ""
            identifier = _text(entry.get("identifier")) or name
            tid = table_id(schema_name, identifier)
            self.sources[(source_name.lower(), name.lower())] = tid
            line = _line_of(path, self, name)
            table = self.schema.tables.get(tid) or Table(
                id=tid, name=identifier, source=_at(self.display(path), line), kind="table")
            table.comment = table.comment or self.description(entry)
            self.schema.tables[tid] = table
            # A table-level mark says the table holds personal data somewhere, not that each
            # column does: it is not handed down to the columns.
            for column_entry in _sequence(entry.get("columns")):
                self.apply_column(table, column_entry, self.display(path), path, line or 0)

    def apply_column(self, table: Table, entry: Any, where: str, path: Path | None = None,
                     after: int = 0) -> None:
        """A `columns:` entry of a model or source: the column, its description, its marks."""
        if not isinstance(entry, dict) or not _text(entry.get("name")):
            return
        name = _text(entry["name"]) or ""
        column = table.column(name)
        line = _line_of(path, self, name, after) if path is not None else None
        if column is None:
            column = Column(name=name, source=_at(where, line))
            table.add_column(column)
        column.type = column.type or _text(entry.get("data_type")) or None
        column.comment = column.comment or self.description(entry)
        for pragma in _pii_pragmas(entry):
            if pragma not in column.pragmas:
                column.pragmas.append(pragma)

    # -- rendering ----------------------------------------------------------------------------

    def environment(self) -> SandboxedEnvironment:
        env = LimitedEnvironment(undefined=_Silent, autoescape=False,
                                 extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
        packages: dict[str, dict[str, Any]] = {}

        def lookup(namespace: str, name: str) -> Any:
            if namespace in packages and name in packages[namespace]:
                return packages[namespace][name]
            for macros in packages.values():
                if name in macros:
                    return macros[name]
            return env.globals.get(name) if name in env.globals else None

        env.globals.update({
            "var": self.var, "env_var": _env_var, "is_incremental": lambda: False,
            "target": {"name": "dev", "schema": str(self.model_config.get("+schema") or ""),
                       "type": self.adapter_type},
            "log": lambda *a, **k: "", "return": lambda value=None: value or "",
            "exceptions": _Silent(), "adapter": _Adapter(lookup, self.adapter_type),
            "run_query": lambda *a, **k: None, "execute": False, "flags": _Silent(),
            "doc": lambda name, *a: self.docs.get(str(name), ""),
            "dbt_utils": _CrossDatabaseMacros(), "dbt": _CrossDatabaseMacros(),
        })
        builtin = {"dbt_utils", "dbt"}
        for package in self.package_folders():
            name = package.name
            macros = self.load_macros(env, self._paths_of(package, "macro-paths",
                                                          DEFAULT_MACRO_PATHS))
            packages[name] = macros
            if name not in builtin:
                env.globals.setdefault(name, _Namespace(macros))
        own = self.load_macros(env, self._paths("macro-paths", DEFAULT_MACRO_PATHS))
        for name, macro in own.items():
            env.globals[name] = macro  # the project's own macros win over packages'
        return env

    def package_folders(self) -> list[Path]:
        found: list[Path] = []
        for folder_name in PACKAGE_FOLDERS:
            folder = self.root / folder_name
            if folder.is_dir() and inside(self.root, folder):
                found.extend(p for p in sorted(folder.iterdir())
                             if p.is_dir() and inside(self.root, p))
        return found

    def _paths_of(self, package: Path, key: str, defaults: tuple[str, ...]) -> list[Path]:
        project = _mapping(self._yaml(package / "dbt_project.yml"))
        names = [_text(p) for p in _sequence(project.get(key))] or list(defaults)
        return [package / n for n in names
                if n and (package / n).is_dir() and inside(self.root, package / n)]

    def load_macros(self, env: SandboxedEnvironment, folders: list[Path]) -> dict[str, Any]:
        macros: dict[str, Any] = {}
        for macro_file in self.files(folders, (".sql", ".jinja")):
            text = self.read(macro_file)
            if text is None or "{%" not in text:
                continue
            try:
                with deadline():
                    module = env.from_string(text).module
            except TemplateError as error:
                self.skip(macro_file, f"dbt macro not read: {error}",
                          getattr(error, "lineno", None), error=False)
                continue
            except Refused as refused:
                self.skip(macro_file, f"dbt macro not read: {refused}", error=False)
                continue
            except Exception as error:  # noqa: BLE001 - a macro file must not stop the scan
                self.skip(macro_file, f"dbt macro not read: {type(error).__name__}: "
                          f"{str(error)[:200]}", error=False)
                continue
            for name in dir(module):
                if not name.startswith("_"):
                    macros[name] = getattr(module, name)
                    env.globals.setdefault(name, macros[name])
        return macros

    def var(self, name: str, default: Any = None) -> Any:
        return self.vars.get(name, default if default is not None else "")

    def relation_of(self, model: _Model) -> str:
        schema = _text(model.config.get("schema"))
        alias = _text(model.config.get("alias")) or model.name
        return table_id(schema if schema else None, alias)

    def render(self, env: SandboxedEnvironment, model: _Model) -> None:
        text = self.read(model.path)
        if text is None:
            return
        model.text = text
        # A first pass for config() (schema, alias, materialized), which ref() needs.
        model.config.update(_static_config(text))
        model.table_id = self.relation_of(model)

        def ref(*args: Any, **kwargs: Any) -> _Relation:
            name = str(args[-1]).lower() if args else ""
            model.refs.append(name)
            other = self.models.get(name)
            if other is not None:
                other.config.update(_static_config_cached(other, self))
                return _Relation(self.relation_of(other))
            return _Relation(name)

        def source(source_name: Any, table_name: Any) -> _Relation:
            key = (str(source_name).lower(), str(table_name).lower())
            return _Relation(self.sources.get(key) or table_id(str(source_name),
                                                               str(table_name)))

        def config(*args: Any, **kwargs: Any) -> str:
            for given in args:  # config({"materialized": "table"})
                if isinstance(given, dict):
                    model.config.update({str(k): v for k, v in given.items()})
            model.config.update(kwargs)
            return ""

        try:
            with deadline():
                rendered = self.render_simple(text, model, ref, source, env)
            if rendered is None:
                template = env.from_string(text)
                rendered = render_limited(template, ref=ref, source=source, config=config,
                                          this=_Relation(model.table_id))
        except Exception:
            if model.compiled is None:
                raise
            rendered = ""
        rendered = _fill_unknown(rendered)
        if model.compiled is not None:
            rendered = model.compiled  # dbt's own compilation is the truth
        model.table_id = self.relation_of(model)
        self.add_model(model, rendered)

    def render_model(self, env: SandboxedEnvironment, model: _Model) -> None:
        """`render`, each failure one skipped entry naming the model (and line)."""
        try:
            self.render(env, model)
        except TemplateError as error:
            line = getattr(error, "lineno", None)
            self.skip(model.path, f"dbt model not rendered: {error}", line)
            return
        except Refused as refused:
            self.skip(model.path, f"dbt model not rendered: {refused}")
            return
        except Exception as error:  # noqa: BLE001 - a model's Jinja must not stop the scan
            self.skip(model.path, f"dbt model not rendered: {type(error).__name__}: "
                      f"{str(error)[:200]}")

    def render_simple(self, text: str, model: _Model, ref: Any, source: Any,
                      env: SandboxedEnvironment | None = None) -> str | None:
        """Most models use only ref/source/config/var/this, macros called with literal
        arguments and an is_incremental() block: render those without compiling a template
        (jinja's compile dominates big projects). None when the text needs real Jinja."""
        text = _INCREMENTAL_BLOCK.sub(lambda m: m.group("otherwise") or "", text)
        text = _drop_comments(text)

        def expression(match: re.Match[str]) -> str:
            body = match.group("body").strip()
            call = _SIMPLE_CALL.fullmatch(body)
            if body == "this":
                return str(_Relation(model.table_id))
            if call is None:
                raise _NeedsJinja
            name = call.group("name")
            if name == "config":
                return ""  # read by _static_config
            args = _literal_args(call.group("args"))
            if args is None:
                raise _NeedsJinja
            if name == "ref":
                return str(ref(*args))
            if name == "source" and len(args) == 2:
                return str(source(*args))
            if name == "var":
                return str(self.var(*args))
            if name == "env_var":
                return str(_env_var(*args))
            macro = self.macro_named(env, name)
            if macro is None:
                raise _NeedsJinja
            return str(macro(*args))

        try:
            rendered = _EXPRESSION.sub(expression, text)
        except (_NeedsJinja, TypeError):
            return None
        if "{{" in rendered or "{%" in rendered or "{#" in rendered:
            return None
        # Jinja drops one trailing newline (keep_trailing_newline is off).
        return rendered[:-1] if rendered.endswith("\n") else rendered

    @staticmethod
    def macro_named(env: SandboxedEnvironment | None, name: str) -> Any:
        """The project's or a package's macro called `name` (`pkg.name`), else None."""
        if env is None:
            return None
        head, _, tail = name.partition(".")
        found = env.globals.get(head)
        if tail:
            found = found._macros.get(tail) if isinstance(found, _Namespace) else None
        return found if isinstance(found, Macro) else None

    def add_model(self, model: _Model, rendered: str) -> None:
        sql = rendered.strip().rstrip(";").strip()
        materialized = str(model.config.get("materialized") or "view")
        kind = "table" if materialized in _MATERIALIZED_AS_TABLE else "view"
        first = _first_sql_line(model.text)
        table = self.schema.tables.get(model.table_id) or Table(
            id=model.table_id, name=model.table_id.rsplit(".", 1)[-1],
            source=f"{model.display}:{first}", kind=kind)  # type: ignore[arg-type]
        table.kind = kind  # type: ignore[assignment]
        table.definition = sql
        table.dialect = table.dialect or self.dialect
        table.evidence = [*table.evidence, "dbt:model"]
        statement = sql if _STATEMENT.match(sql) else f"CREATE VIEW {table.id} AS {sql}"
        for name in _output_columns(statement, self.dialect):
            if table.column(name) is None:
                line = _name_line(model, name) or first
                table.add_column(Column(name=name, source=f"{model.display}:{line}"))
        found = self.properties.get(model.name.lower())
        if found is not None:
            entry, path = found
            table.comment = table.comment or self.description(entry)
            after = _line_of(path, self, model.name) or 0
            for column_entry in _sequence(entry.get("columns")):
                self.apply_column(table, column_entry, self.display(path), path, after)
        self.schema.tables[table.id] = table
        # Flows point at the model file, at the line where its SQL starts. A model that is a
        # statement of its own (MERGE, INSERT: custom materializations) is walked as written.
        model.statement = SourceStatement(statement, model.display, first, self.dialect)


class _NeedsJinja(Exception):
    """The fast renderer met something only Jinja can render."""


_EXPRESSION = re.compile(r"\{\{(?![-+])(?P<body>[^{}]*?)(?<![-+])\}\}")
_SIMPLE_CALL = re.compile(r"(?P<name>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*\((?P<args>[^()]*)\)")
_INCREMENTAL_BLOCK = re.compile(
    r"\{%(?![-+])\s*if\s+is_incremental\(\)\s*(?<![-+])%\}(?P<then>(?:(?!\{%)[\s\S])*?)"
    r"(?:\{%(?![-+])\s*else\s*(?<![-+])%\}(?P<otherwise>(?:(?!\{%)[\s\S])*?))?"
    r"\{%(?![-+])\s*endif\s*(?<![-+])%\}")
_COMMENT_OPEN = re.compile(r"\{#(?![-+])")
_LITERAL = re.compile(r"\s*(?:'([^'\\]*)'|\"([^\"\\]*)\"|(-?\d+(?:\.\d+)?))\s*")


def _drop_comments(text: str) -> str:
    """Jinja comments `{# ... #}` removed in one pass (a regex would rescan the rest of the
    text for every unclosed `{#`: quadratic on a hostile file)."""
    out: list[str] = []
    at = 0
    while True:
        opened = _COMMENT_OPEN.search(text, at)
        if opened is None:
            break
        closed = text.find("#}", opened.end())
        while closed != -1 and text[closed - 1] in "-+" and closed - 1 >= opened.end():
            closed = text.find("#}", closed + 2)
        if closed == -1:
            break
        out.append(text[at:opened.start()])
        at = closed + 2
    out.append(text[at:])
    return "".join(out)


def _literal_args(text: str) -> list[Any] | None:
    """Positional string/number literals, or None when there is anything else."""
    if not text.strip():
        return []
    values: list[Any] = []
    for part in text.split(","):
        m = _LITERAL.fullmatch(part)
        if m is None:
            return None
        values.append(m.group(1) if m.group(1) is not None else m.group(2)
                      if m.group(2) is not None else m.group(3))
    return values


_CONFIG_CALL = re.compile(
    r"\{\{-?\s*config\s*\((?P<args>(?:[^{}]|\{[^{}]*\})*?)\)\s*-?\}\}")
_KWARG = re.compile(r"[\"']?(\w+)[\"']?\s*[=:]\s*(?:'([^']*)'|\"([^\"]*)\"|(\w+))")


def _static_config(text: str) -> dict[str, Any]:
    """config(schema='x', alias='y', materialized='table') read without rendering."""
    found: dict[str, Any] = {}
    for call in _CONFIG_CALL.finditer(text):
        for m in _KWARG.finditer(call.group("args")):
            value = m.group(2) if m.group(2) is not None else m.group(3) \
                if m.group(3) is not None else m.group(4)
            found[m.group(1)] = value
    return found


def _static_config_cached(model: _Model, project: DbtProject) -> dict[str, Any]:
    if model.static is None:
        try:
            model.static = _static_config(model.text or read_text(project.root, model.path))
        except Refused:
            model.static = {}
    return model.static


def _env_var(name: str, default: Any = "") -> Any:
    return default  # never the real environment: a scan must not read secrets


def _marks_pii(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (list, dict)):
        return bool(value)
    return value is not None and str(value).strip().lower() not in vocabulary().non_pii_values


def _pii_pragmas(entry: dict) -> list[str]:
    """Pragmas for what the owner wrote: `meta` keys and `tags` that mark personal data, and
    categories named in `meta`."""
    vocab = vocabulary()
    meta: dict[str, Any] = {}
    tags: list[Any] = list(_sequence(entry.get("tags")))
    for holder in (entry, _mapping(entry.get("config"))):
        for key in vocab.meta_holders:
            meta.update({str(k).lower(): v for k, v in _mapping(holder.get(key)).items()})
        if holder is not entry:
            tags.extend(_sequence(holder.get("tags")))
    if isinstance(entry.get("tags"), str):
        tags.append(entry["tags"])
    pragmas: list[str] = []
    words = {str(t).lower() for t in tags if isinstance(t, (str, int))}
    # BigQuery column-level security: a policy tag whose name says personal data.
    policy_tags = [str(t).lower() for t in _sequence(entry.get("policy_tags"))]
    marked_policy = any(any(w in tag for w in vocab.pii_tags) and not _NEGATED.search(tag)
                        for tag in policy_tags)
    if any(_marks_pii(meta.get(key)) for key in vocab.pii_meta_keys if key in meta) \
            or words & vocab.pii_tags or marked_policy:
        pragmas.append("meta:contains_pii")
    for key in vocab.category_meta_keys:
        value = meta.get(key)
        values = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        ids = [v for v in values if isinstance(v, str) and "." in v and " " not in v]
        if ids:
            pragmas.append("add " + " ".join(ids))
    return pragmas


def _output_columns(statement: str, dialect: str | None = None) -> list[str]:
    """Output column names of a model's statement, when sqlglot can read it. The tree is
    handed to lineage, which walks the same statement later (one parse per model)."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    from privflow.lineage.script import remember_parse

    try:
        trees = sqlglot.parse(statement, read=dialect or None)
    except SqlglotError as error:
        remember_parse(statement, dialect or None, error)  # the walk does not parse it again
        return []
    except (ValueError, RecursionError):
        return []
    remember_parse(statement, dialect or None, trees)
    tree = trees[0] if len(trees) == 1 else None
    if isinstance(tree, exp.Create) and isinstance(tree.expression, exp.Query):
        tree = tree.expression
    if not isinstance(tree, exp.Query):
        return []
    ctes = {c.alias_or_name.lower(): c.this for c in tree.find_all(exp.CTE)}
    query: exp.Expression = tree
    for _ in range(len(ctes) + 1):
        # dbt's `select * from final`: the columns are the last CTE's (and so on down).
        selects = query.selects if isinstance(query, exp.Query) else []
        if not (len(selects) == 1 and isinstance(selects[0], exp.Star)
                and isinstance(query, exp.Select)):
            break
        source = query.args.get("from_") or query.args.get("from")
        inner = source.this if isinstance(source, exp.From) else None
        if not isinstance(inner, exp.Table) or query.args.get("joins") \
                or inner.name.lower() not in ctes:
            break
        query = ctes[inner.name.lower()]
    if not isinstance(query, exp.Query):
        return []
    return [s.alias_or_name for s in query.selects if s.alias_or_name and s.alias_or_name != "*"]


_DOCS_BLOCK = re.compile(r"\{%-?\s*docs\s+(?P<name>[\w.]+)\s*-?%\}(?P<body>(?:(?!\{%)[\s\S])*?)"
                         r"\{%-?\s*enddocs\s*-?%\}")
_DOC_CALL = re.compile(r"\{\{-?\s*doc\(\s*['\"](?P<name>[\w.]+)['\"]\s*\)\s*-?\}\}")
_NEGATED = re.compile(r"\bnon[_-]?|\bnot[_-]|\bno[_-]")
_STATEMENT = re.compile(r"^\s*(?:merge|insert|update|delete|create|replace)\b", re.IGNORECASE)
_SQL_START = re.compile(r"^\s*(?:with|select|\(|insert|merge|create)\b", re.IGNORECASE)


def _doc_blocks(text: str) -> dict[str, str]:
    return {m.group("name"): m.group("body").strip() for m in _DOCS_BLOCK.finditer(text)}


def _first_sql_line(text: str) -> int:
    """The line where a model's SQL starts (after its config block and comments)."""
    for number, line in enumerate(text.splitlines(), 1):
        if _SQL_START.match(line):
            return number
    return 1


_ALIASED = re.compile(r"\bas\s+[\"`\[]?(\w+)", re.IGNORECASE)
_YAML_NAME = re.compile(r"^[ \t]*-?[ \t]*name:[ \t]*['\"]?([^'\"\n#]+?)['\"]?[ \t]*$", re.MULTILINE)


class _Lines:
    """Where names occur in a file: {lower-case name: [line, ...]} built in one pass."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.text = text
        self.lines: dict[str, list[int]] = {}
        line, last = 1, 0
        for match in pattern.finditer(text):
            line += text.count("\n", last, match.start())
            last = match.start()
            self.lines.setdefault(match.group(1).strip().lower(), []).append(line)

    def first(self, name: str, after: int = 0) -> int | None:
        found = self.lines.get(name.lower())
        if not found:
            return None
        at = bisect.bisect_right(found, after)
        return found[at] if at < len(found) else None

    def last(self, name: str) -> int | None:
        found = self.lines.get(name.lower())
        return found[-1] if found else None


def _name_line(model: _Model, name: str) -> int | None:
    """The line of a model file where output column `name` is named (its last `AS name`,
    else its first mention), None when the text does not name it."""
    if model.lines is None:
        model.lines = _Lines(model.text, _ALIASED)
    found = model.lines.last(name)
    if found is None and len(name) < 200:
        match = re.search(r"\b" + re.escape(name) + r"\b", model.text, re.IGNORECASE)
        found = model.text.count("\n", 0, match.start()) + 1 if match is not None else None
    return found


def _line_of(path: Path | None, project: DbtProject, name: str, after: int = 0) -> int | None:
    """The line of a properties file where `name:` names this entry (the first after line
    `after`: a column's entry follows its table's)."""
    if path is None:
        return None
    lines = project.yaml_lines.get(path)
    if lines is None:
        try:
            text = read_text(project.root, path)
        except Refused:
            text = ""
        lines = project.yaml_lines[path] = _Lines(text, _YAML_NAME)
    return lines.first(name, after)


def _at(where: str, line: int | None) -> str:
    return f"{where}:{line}" if line else where


def load_dbt_project(root: Path, display_root: str, schema: Schema,
                     dialect: str | None = None) -> None:
    """Add the models, sources and declared columns of the dbt project at `root` to `schema`;
    `dialect` forces one (else the project's adapter decides)."""
    project = DbtProject(Path(root), display_root, schema, dialect)
    project.guarded(Path(root) / "dbt_project.yml", project.load)
