"""Python models read with Python's own `ast` (the file is never imported or run).

Django: a class whose body assigns `models.XField(...)`; its table is `Meta.db_table`, else
`<app label>_<model name>` (the app label is the folder of `models.py` or of the `models/`
package); a field's column is `db_column`, else its name (`_id` added to a ForeignKey /
OneToOneField); ManyToManyField is a join table, not a column; `verbose_name` (also the first
positional string) and `help_text` are the comment. Abstract models lend their fields.

SQLAlchemy: declarative classes (`__tablename__`, `Column(...)`, `mapped_column(...)`, the
column name given as the first string argument, `comment=` / `doc=`), mixins without a
`__tablename__` lend theirs; and imperative `Table("name", metadata, Column("c", ...), ...)`.
"""

from __future__ import annotations

import ast
from pathlib import PurePosixPath

from privflow.sources.code.common import sql_type
from privflow.sources.code.model import CodeFile, Entity, Field

DJANGO_RELATIONS = {"ForeignKey", "OneToOneField"}
DJANGO_SKIP = {"ManyToManyField", "GenericForeignKey", "GenericRelation"}
SQLA_COLUMNS = {"Column", "mapped_column"}
# Meta options only a Django model has (a serializer's or form's Meta names `model`/`fields`).
MODEL_META = {"db_table", "abstract", "verbose_name", "ordering", "unique_together",
              "swappable", "managed", "indexes", "app_label", "get_latest_by", "proxy"}
NOT_MODELS = ("Serializer", "Form", "Admin", "FilterSet", "ViewSet", "Schema")
MARKERS = (b"models.", b"Field(", b"Column(", b"mapped_column(", b"__tablename__",
           b"Table(")


def _name(node: ast.AST) -> str:
    """`models.CharField` -> `CharField`; `sa.Column` -> `Column`."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Subscript):
        return _name(node.value)
    return ""


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and _name(node.func) in ("_", "gettext_lazy", "gettext",
                                                            "ugettext_lazy") and node.args:
        return _string(node.args[0])  # _("手机号")
    return None


def _keywords(call: ast.Call) -> dict[str, ast.AST]:
    return {k.arg: k.value for k in call.keywords if k.arg}


def _is_true(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _app_label(path: str) -> str:
    parts = PurePosixPath(path.replace("\\", "/")).parts
    if len(parts) >= 2 and parts[-2] == "models":  # app/models/member.py
        return parts[-3] if len(parts) >= 3 else parts[-2]
    return parts[-2] if len(parts) >= 2 else "app"


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    if not any(marker in data for marker in MARKERS):
        return result
    tree = ast.parse(data, filename=path)
    django = b"django" in data
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            entity = _class(node, path, django)
            if entity is not None:
                result.entities.append(entity)
        elif isinstance(node, ast.Call) and _name(node.func) == "Table":
            entity = _table_call(node, path)
            if entity is not None:
                result.entities.append(entity)
    return result


def _class(node: ast.ClassDef, path: str, django: bool) -> Entity | None:
    bases = [_name(b) for b in node.bases]
    tablename = schema = comment = meta_table = None
    abstract = False
    fields: list[Field] = []
    style = None
    model_meta = False
    for statement in node.body:
        target, value = _assignment(statement)
        if target == "__tablename__":
            tablename = _string(value)
            style = "sqlalchemy"
        elif target == "__table_args__":
            args = value if isinstance(value, ast.Dict) else (
                value.elts[-1] if isinstance(value, ast.Tuple) and value.elts else None)
            if isinstance(args, ast.Dict):
                for key, item in zip(args.keys, args.values, strict=False):
                    if _string(key) == "comment":
                        comment = _string(item)
                    elif _string(key) == "schema":
                        schema = _string(item)
        elif isinstance(statement, ast.ClassDef) and statement.name == "Meta":
            for inner in statement.body:
                key, item = _assignment(inner)
                model_meta = model_meta or key in MODEL_META
                if key == "db_table":
                    meta_table = _string(item)
                elif key == "abstract":
                    abstract = _is_true(item)
                elif key == "verbose_name":
                    comment = comment or _string(item)
        elif target and isinstance(value, ast.Call):
            field, kind = _field(target, value, statement, django)
            if field is not None:
                fields.append(field)
                style = style or kind
    if style is None and not fields and not (
            django and model_meta and not any(b.endswith(NOT_MODELS) for b in bases)):
        return None  # (a model that only inherits its fields still has a model's Meta)
    if style == "django" or (style is None and ("Model" in bases or model_meta)):
        table = None if abstract else (meta_table or f"{_app_label(path)}_{node.name.lower()}")
        kind = "code:django"
        if table is not None and not any(f.primary_key for f in fields):
            # Django adds `id` unless a field is the primary key.
            fields.insert(0, Field(name="id", type="bigint", line=node.lineno, primary_key=True))
    else:
        table = tablename
        kind = "code:sqlalchemy"
    doc = ast.get_docstring(node)
    return Entity(cls=node.name, table=table, path=path, line=node.lineno, fields=fields,
                  parents=[b for b in bases if b not in ("Model", "Base", "object")],
                  comment=comment or (doc.strip().splitlines()[0] if doc else None),
                  schema=schema, kind=kind,
                  # Django: a concrete parent model is its own table (multi-table inheritance).
                  inherit_mapped=kind != "code:django")


def _assignment(statement: ast.stmt) -> tuple[str | None, ast.AST | None]:
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and \
            isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id, statement.value
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id, statement.value
    return None, None


def _is_django_field(call: ast.Call, django: bool) -> bool:
    """`models.CharField(…)`, or a bare `CharField(…)` in a module that imports Django; not a
    serializer's, form's or pydantic's `…Field`."""
    callee = _name(call.func)
    if callee == "Field" or not (callee.endswith("Field") or callee in DJANGO_RELATIONS):
        return False
    if isinstance(call.func, ast.Attribute):
        owner = _name(call.func.value)
        return owner.endswith("models") or owner == "fields" and django
    return django


def _field(name: str, call: ast.Call, statement: ast.stmt,
           django: bool = False) -> tuple[Field | None, str | None]:
    callee = _name(call.func)
    keywords = _keywords(call)
    if callee in SQLA_COLUMNS:
        column = name
        type_name = None
        for argument in call.args:
            text = _string(argument)
            if text is not None:
                column = text
            elif type_name is None:
                type_name = _name(argument.func if isinstance(argument, ast.Call) else argument)
        if type_name is None and isinstance(statement, ast.AnnAssign):
            inner = statement.annotation
            if isinstance(inner, ast.Subscript):  # Mapped[str], Mapped[Optional[str]]
                inner = inner.slice
                if isinstance(inner, ast.Subscript):
                    inner = inner.slice
            type_name = _name(inner)
        references = None
        for argument in call.args:
            if isinstance(argument, ast.Call) and _name(argument.func) == "ForeignKey" \
                    and argument.args:
                target = _string(argument.args[0])
                references = target.rsplit(".", 1)[0] if target else None
        comment = _string(keywords.get("comment")) or _string(keywords.get("doc"))
        return Field(name=column, type=sql_type("python", type_name), comment=comment,
                     line=statement.lineno, primary_key=_is_true(keywords.get("primary_key")),
                     references=references), "sqlalchemy"
    if not _is_django_field(call, django) or callee in DJANGO_SKIP:
        return None, None
    column = _string(keywords.get("db_column"))
    references = None
    if callee in DJANGO_RELATIONS:
        column = column or f"{name}_id"
        target = call.args[0] if call.args else keywords.get("to")
        references = (_string(target) or _name(target)).rsplit(".", 1)[-1].lower() \
            if target is not None else None
        if references == "self":
            references = None  # the model's own table, named once the class is known
    verbose = _string(keywords.get("verbose_name"))
    if verbose is None and callee not in DJANGO_RELATIONS and call.args:
        verbose = _string(call.args[0])
    help_text = _string(keywords.get("help_text"))
    comment = " ".join(t for t in (verbose, help_text) if t) or None
    return Field(name=column or name, type=sql_type("python", callee), comment=comment,
                 line=statement.lineno, primary_key=_is_true(keywords.get("primary_key")),
                 references=references), "django"


def _table_call(call: ast.Call, path: str) -> Entity | None:
    """`Table("users", metadata, Column("id", Integer), …, comment="…")`."""
    name = _string(call.args[0]) if call.args else None
    if not name:
        return None
    fields = []
    for argument in call.args[1:]:
        if isinstance(argument, ast.Call) and _name(argument.func) in SQLA_COLUMNS:
            column = _string(argument.args[0]) if argument.args else None
            if column:
                field, _ = _field(column, argument, argument)  # type: ignore[arg-type]
                if field is not None:
                    fields.append(field)
    keywords = _keywords(call)
    if not fields:
        return None
    return Entity(cls=f"Table:{name}", table=name, path=path, line=call.lineno, fields=fields,
                  comment=_string(keywords.get("comment")),
                  schema=_string(keywords.get("schema")), kind="code:sqlalchemy")
