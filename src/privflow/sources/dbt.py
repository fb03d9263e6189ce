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
its full-refresh query.
"""

from __future__ import annotations

import graphlib
import re
from pathlib import Path
from typing import Any

import yaml
from jinja2 import TemplateError, Undefined
from jinja2.sandbox import SandboxedEnvironment

from privflow.schema import Column, Schema, Skipped, SourceStatement, Table, table_id

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
MODEL_SUFFIX = ".sql"
DEFAULT_MODEL_PATHS = ("models",)
PII_META_KEYS = ("contains_pii", "pii", "is_pii", "personal_data", "sensitive")
CATEGORY_META_KEYS = ("privflow", "pii_category", "pii_categories", "categories", "category")
PII_TAGS = ("pii", "personal_data", "sensitive")
_MATERIALIZED_AS_TABLE = ("table", "incremental", "snapshot", "materialized_view")


class _Silent(Undefined):
    """An unknown name or macro (dbt_utils.star, adapter.dispatch ...) renders as nothing."""

    def __call__(self, *args: Any, **kwargs: Any) -> _Silent:
        return self

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


class DbtProject:
    def __init__(self, root: Path, display_root: str, schema: Schema) -> None:
        self.root = root
        self.display_root = display_root.rstrip("/")
        self.schema = schema
        self.project = self._yaml(root / "dbt_project.yml") or {}
        self.vars: dict[str, Any] = dict(self.project.get("vars") or {})
        name = self.project.get("name")
        models = self.project.get("models") or {}
        # `models: {<project>: {+materialized: view, staging: {+schema: staging}}}`
        self.model_config: dict = models.get(name) if isinstance(models.get(name), dict) \
            else models if isinstance(models, dict) else {}
        self.sources: dict[tuple[str, str], str] = {}  # (source, table) -> table id
        self.models: dict[str, _Model] = {}
        self.properties: dict[str, dict] = {}  # model name -> its `models:` YAML entry

    # -- reading ------------------------------------------------------------------------------

    def display(self, path: Path) -> str:
        return f"{self.display_root}/{path.relative_to(self.root).as_posix()}"

    def skip(self, path: Path, reason: str, line: int | None = None) -> None:
        self.schema.skipped.append(Skipped(self.display(path), line, reason))

    def _yaml(self, path: Path) -> Any:
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            self.schema.skipped.append(Skipped(str(path), None, f"dbt: unreadable YAML: "
                                               f"{str(error).splitlines()[0]}"))
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

    def model_paths(self) -> list[Path]:
        paths = self.project.get("model-paths") or self.project.get("source-paths") \
            or list(DEFAULT_MODEL_PATHS)
        return [self.root / p for p in paths if (self.root / p).is_dir()]

    def load(self) -> None:
        files: list[Path] = []
        for folder in self.model_paths():
            files.extend(sorted(folder.rglob("*")))
        for path in files:
            if path.suffix in (".yml", ".yaml") and path.is_file():
                self.read_properties(path)
        for path in files:
            if path.suffix == MODEL_SUFFIX and path.is_file():
                model = _Model(path, self.display(path), path.stem)
                model.config.update(self.folder_config(path))
                self.models[model.name.lower()] = model
        env = self.environment()
        for model in self.models.values():
            self.render(env, model)
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

    def read_properties(self, path: Path) -> None:
        data = self._yaml(path)
        if not isinstance(data, dict):
            return
        for source in data.get("sources") or []:
            if isinstance(source, dict) and source.get("name"):
                self.read_source(source, path)
        for entry in data.get("models") or []:
            if isinstance(entry, dict) and entry.get("name"):
                self.properties[str(entry["name"]).lower()] = entry

    def read_source(self, source: dict, path: Path) -> None:
        schema_name = source.get("schema") or source["name"]
        for entry in source.get("tables") or []:
            if not isinstance(entry, dict) or not entry.get("name"):
                continue
            identifier = entry.get("identifier") or entry["name"]
            tid = table_id(str(schema_name), str(identifier))
            self.sources[(str(source["name"]).lower(), str(entry["name"]).lower())] = tid
            table = self.schema.tables.get(tid) or Table(
                id=tid, name=str(identifier), source=self.display(path), kind="table")
            table.comment = table.comment or entry.get("description") or None
            self.schema.tables[tid] = table
            table_meta = _pii_pragmas(entry)
            for column_entry in entry.get("columns") or []:
                self.apply_column(table, column_entry, self.display(path), table_meta)

    @staticmethod
    def apply_column(table: Table, entry: Any, where: str, inherited: list[str]) -> None:
        if not isinstance(entry, dict) or not entry.get("name"):
            return
        name = str(entry["name"])
        column = table.column(name)
        if column is None:
            column = Column(name=name, source=where)
            table.add_column(column)
        column.type = column.type or entry.get("data_type") or None
        column.comment = column.comment or entry.get("description") or None
        for pragma in [*inherited, *_pii_pragmas(entry)]:
            if pragma not in column.pragmas:
                column.pragmas.append(pragma)

    # -- rendering ----------------------------------------------------------------------------

    def environment(self) -> SandboxedEnvironment:
        env = SandboxedEnvironment(undefined=_Silent, autoescape=False,
                                   extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
        env.globals.update({
            "var": self.var, "env_var": _env_var, "is_incremental": lambda: False,
            "target": {"name": "dev", "schema": str(self.model_config.get("+schema") or ""),
                       "type": ""},
            "log": lambda *a, **k: "", "return": lambda value=None: value or "",
            "exceptions": _Silent(), "adapter": _Silent(), "run_query": lambda *a, **k: None,
            "execute": False, "flags": _Silent(),
            "dbt_utils": _CrossDatabaseMacros(), "dbt": _CrossDatabaseMacros(),
        })
        for macro_file in sorted((self.root / "macros").rglob("*.sql")) \
                if (self.root / "macros").is_dir() else []:
            try:
                module = env.from_string(macro_file.read_text(encoding="utf-8")).module
            except (TemplateError, OSError, UnicodeDecodeError):
                continue
            for name in dir(module):
                if not name.startswith("_"):
                    env.globals.setdefault(name, getattr(module, name))
        return env

    def var(self, name: str, default: Any = None) -> Any:
        return self.vars.get(name, default if default is not None else "")

    def relation_of(self, model: _Model) -> str:
        schema = model.config.get("schema")
        alias = model.config.get("alias") or model.name
        return table_id(str(schema) if schema else None, str(alias))

    def render(self, env: SandboxedEnvironment, model: _Model) -> None:
        try:
            text = model.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.skip(model.path, f"dbt model unreadable: {error}")
            return
        # A first pass for config() (schema, alias, materialized), which ref() needs.
        model.config.update(_static_config(text))
        model.table_id = self.relation_of(model)

        def ref(*args: str, **kwargs: Any) -> _Relation:
            name = str(args[-1]).lower() if args else ""
            model.refs.append(name)
            other = self.models.get(name)
            if other is not None:
                other.config.update(_static_config_cached(other))
                return _Relation(self.relation_of(other))
            return _Relation(name)

        def source(source_name: str, table_name: str) -> _Relation:
            key = (str(source_name).lower(), str(table_name).lower())
            return _Relation(self.sources.get(key) or table_id(source_name, table_name))

        def config(*args: Any, **kwargs: Any) -> str:
            model.config.update(kwargs)
            return ""

        try:
            rendered = self.render_simple(text, model, ref, source)
            if rendered is None:
                template = env.from_string(text)
                rendered = template.render(ref=ref, source=source, config=config,
                                           this=_Relation(model.table_id))
        except TemplateError as error:
            line = getattr(error, "lineno", None)
            self.skip(model.path, f"dbt model not rendered: {error}", line)
            return
        except Exception as error:  # noqa: BLE001 - a model's Jinja must not stop the scan
            self.skip(model.path, f"dbt model not rendered: {type(error).__name__}: {error}")
            return
        model.table_id = self.relation_of(model)
        self.add_model(model, rendered)

    def render_simple(self, text: str, model: _Model, ref: Any, source: Any) -> str | None:
        """Most models use only ref/source/config/var/this and an is_incremental() block:
        render those without compiling a template (jinja's compile dominates big projects).
        None when the text needs real Jinja."""
        text = _INCREMENTAL_BLOCK.sub(lambda m: m.group("otherwise") or "", text)
        text = _COMMENT.sub("", text)

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
            raise _NeedsJinja

        try:
            rendered = _EXPRESSION.sub(expression, text)
        except (_NeedsJinja, TypeError):
            return None
        if "{{" in rendered or "{%" in rendered or "{#" in rendered:
            return None
        # Jinja drops one trailing newline (keep_trailing_newline is off).
        return rendered[:-1] if rendered.endswith("\n") else rendered

    def add_model(self, model: _Model, rendered: str) -> None:
        sql = rendered.strip().rstrip(";").strip()
        materialized = str(model.config.get("materialized") or "view")
        kind = "table" if materialized in _MATERIALIZED_AS_TABLE else "view"
        table = self.schema.tables.get(model.table_id) or Table(
            id=model.table_id, name=model.table_id.rsplit(".", 1)[-1],
            source=f"{model.display}:1", kind=kind)  # type: ignore[arg-type]
        table.kind = kind  # type: ignore[assignment]
        table.definition = sql
        table.evidence = [*table.evidence, "dbt:model"]
        for name in _output_columns(sql):
            if table.column(name) is None:
                table.add_column(Column(name=name, source=f"{model.display}:1"))
        entry = self.properties.get(model.name.lower())
        if entry is not None:
            table.comment = table.comment or entry.get("description") or None
            inherited = _pii_pragmas(entry)
            for column_entry in entry.get("columns") or []:
                self.apply_column(table, column_entry, f"{model.display}:1", inherited)
        self.schema.tables[table.id] = table
        # Rendered text has no stable line numbers of its own: the model file is the place.
        model.statement = SourceStatement(f"CREATE VIEW {table.id} AS {sql}", model.display, 1,
                                          None)


class _NeedsJinja(Exception):
    """The fast renderer met something only Jinja can render."""


_EXPRESSION = re.compile(r"\{\{(?![-+])(?P<body>[^{}]*?)(?<![-+])\}\}")
_SIMPLE_CALL = re.compile(r"(?P<name>ref|source|config|var|env_var)\s*\((?P<args>[^()]*)\)")
_INCREMENTAL_BLOCK = re.compile(
    r"\{%(?![-+])\s*if\s+is_incremental\(\)\s*(?<![-+])%\}(?P<then>(?:(?!\{%)[\s\S])*?)"
    r"(?:\{%(?![-+])\s*else\s*(?<![-+])%\}(?P<otherwise>(?:(?!\{%)[\s\S])*?))?"
    r"\{%(?![-+])\s*endif\s*(?<![-+])%\}")
_COMMENT = re.compile(r"\{#(?![-+])[\s\S]*?(?<![-+])#\}")
_LITERAL = re.compile(r"\s*(?:'([^'\\]*)'|\"([^\"\\]*)\"|(-?\d+(?:\.\d+)?))\s*")


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


_CONFIG_CALL = re.compile(r"\{\{-?\s*config\s*\((?P<args>[\s\S]*?)\)\s*-?\}\}")
_KWARG = re.compile(r"(\w+)\s*=\s*(?:'([^']*)'|\"([^\"]*)\"|(\w+))")


def _static_config(text: str) -> dict[str, Any]:
    """config(schema='x', alias='y', materialized='table') read without rendering."""
    found: dict[str, Any] = {}
    for call in _CONFIG_CALL.finditer(text):
        for m in _KWARG.finditer(call.group("args")):
            value = m.group(2) if m.group(2) is not None else m.group(3) \
                if m.group(3) is not None else m.group(4)
            found[m.group(1)] = value
    return found


def _static_config_cached(model: _Model) -> dict[str, Any]:
    if model.static is None:
        try:
            model.static = _static_config(model.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            model.static = {}
    return model.static


def _env_var(name: str, default: Any = "") -> Any:
    return default  # never the real environment: a scan must not read secrets


def _pii_pragmas(entry: dict) -> list[str]:
    meta = dict(entry.get("meta") or {})
    config = entry.get("config")
    if isinstance(config, dict):
        meta.update(config.get("meta") or {})
    pragmas: list[str] = []
    tags = [str(t).lower() for t in (entry.get("tags") or []) if isinstance(t, str)]
    if any(meta.get(key) is True or str(meta.get(key)).lower() == "true"
           for key in PII_META_KEYS) or any(t in PII_TAGS for t in tags):
        pragmas.append("meta:contains_pii")
    for key in CATEGORY_META_KEYS:
        value = meta.get(key)
        values = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        ids = [v for v in values if isinstance(v, str) and "." in v]
        if ids:
            pragmas.append("add " + " ".join(ids))
    return pragmas


def _output_columns(sql: str) -> list[str]:
    """Output column names of a model's query, when sqlglot can read it."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    try:
        tree = sqlglot.parse_one(sql)
    except (SqlglotError, ValueError):
        return []
    if not isinstance(tree, exp.Query):
        return []
    return [s.alias_or_name for s in tree.selects if s.alias_or_name and s.alias_or_name != "*"]


def load_dbt_project(root: Path, display_root: str, schema: Schema) -> None:
    """Add the models, sources and declared columns of the dbt project at `root` to `schema`."""
    DbtProject(Path(root), display_root, schema).load()
