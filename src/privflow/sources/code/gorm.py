"""GORM models in Go (tree-sitter-go).

A struct is a model when a field has a `gorm:"…"` tag, it embeds `gorm.Model`, or it has a
`TableName()` method; its table is what `TableName()` returns, else GORM's default, the
snake_case plural of the struct name. A field's column is `gorm:"column:…"`, else the
snake_case of its name (`UserID` -> `user_id`); `gorm:"-"`, slices and fields of another
struct type (associations) are not columns; an embedded struct lends its fields (and a struct
only ever embedded is not a table of its own). The comment is the tag's `comment:`, else the
field's `//` comment.
"""

from __future__ import annotations

import re
from typing import Any

from privflow.sources.code.common import sql_type
from privflow.sources.code.model import CodeFile, Entity, Field, snake_case
from privflow.sources.code.treesitter import child, children, line_of, parse, text_of, walk_all

GORM_MODEL = [("id", "bigint", True), ("created_at", "datetime", False),
              ("updated_at", "datetime", False), ("deleted_at", "datetime", False)]
SCALAR_QUALIFIED = {"time.Time", "sql.NullString", "sql.NullInt64", "sql.NullInt32",
                    "sql.NullBool", "sql.NullTime", "sql.NullFloat64", "gorm.DeletedAt",
                    "datatypes.JSON", "datatypes.Date", "decimal.Decimal", "uuid.UUID",
                    "datatypes.JSONMap", "null.String", "null.Int", "null.Time"}
SCALARS = {"string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
           "uint32", "uint64", "bool", "float32", "float64", "byte", "rune"}
_TAG = re.compile(r'gorm:"([^"]*)"')


def _tag(field: Any) -> dict[str, str] | None:
    literal = child(field, "raw_string_literal", "interpreted_string_literal")
    match = _TAG.search(text_of(literal)) if literal is not None else None
    if match is None:
        return None
    options: dict[str, str] = {}
    for part in match.group(1).split(";"):
        key, _, value = part.partition(":")
        if key.strip():
            options[key.strip().lower()] = value.strip()
    return options


def plural(name: str) -> str:
    """GORM's default table name: `User` -> `users`, `Company` -> `companies`."""
    snake = snake_case(name)
    if re.search(r"[^aeiou]y$", snake):
        return snake[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", snake):
        return snake + "es"
    return snake + "s"


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    root = parse("go", data)
    table_names: dict[str, str] = {}
    for method in walk_all(root, "method_declaration"):
        if text_of(child(method, "field_identifier")) != "TableName":
            continue
        receiver = child(method, "parameter_list")
        owner = next(iter(walk_all(receiver, "type_identifier")), None) if receiver else None
        literal = next(iter(walk_all(method, "interpreted_string_literal_content",
                                     "raw_string_literal_content")), None)
        if owner is not None and literal is not None:
            table_names[text_of(owner)] = text_of(literal)
    for spec in walk_all(root, "type_spec"):
        struct = child(spec, "struct_type")
        if struct is None:
            continue
        name = text_of(child(spec, "type_identifier"))
        entity = _struct(name, struct, spec, path, table_names.get(name), result)
        if entity is not None:
            result.entities.append(entity)
    return result


def _struct(name: str, struct: Any, spec: Any, path: str, table_name: str | None,
            result: CodeFile) -> Entity | None:
    fields: list[Field] = []
    parents: list[str] = []
    is_model = table_name is not None
    declarations = child(struct, "field_declaration_list")
    nodes = declarations.children if declarations is not None else []
    for index, node in enumerate(nodes):
        if node.type != "field_declaration":
            continue
        tag = _tag(node)
        is_model = is_model or tag is not None
        names = children(node, "field_identifier")
        type_node = next((c for c in node.children if c.type not in (
            "field_identifier", ",", "raw_string_literal", "interpreted_string_literal")), None)
        type_text = text_of(type_node).lstrip("*")
        if not names:  # embedded
            if type_text == "gorm.Model":
                is_model = True
                fields.extend(Field(n, t, line=line_of(node), primary_key=pk)
                              for n, t, pk in GORM_MODEL)
            else:
                parents.append(type_text.rsplit(".", 1)[-1])
                result.mapped_classes.add(f"embedded:{type_text.rsplit('.', 1)[-1]}")
            continue
        if tag is not None and "-" in tag:
            continue
        if tag is not None and ("embedded" in tag):
            parents.append(type_text.rsplit(".", 1)[-1])
            continue
        scalar = type_text in SCALARS or type_text in SCALAR_QUALIFIED or type_text == "[]byte"
        if not scalar and not (tag and ("column" in tag or "type" in tag)):
            # An association (a struct, a slice of structs): that struct is a model too.
            associated = type_text.lstrip("[]*").rsplit(".", 1)[-1]
            if associated[:1].isupper():
                result.mapped_classes.add(associated)
            continue
        comment = (tag or {}).get("comment") or _line_comment(nodes, index)
        for field_name in names:
            column = (tag or {}).get("column") or snake_case(text_of(field_name))
            fields.append(Field(name=column, type=(tag or {}).get("type")
                                or sql_type("go", type_text), comment=comment,
                                line=line_of(node),
                                primary_key=bool(tag and "primarykey" in tag)
                                or column == "id"))
    if not fields and not parents:
        return None
    previous = spec.parent.prev_sibling if spec.parent is not None else None
    doc = text_of(previous).lstrip("/ ").strip() if previous is not None and \
        previous.type == "comment" else None
    if doc and doc.startswith(name):
        doc = doc[len(name):].strip() or None
    return Entity(cls=name, table=(table_name or plural(name)) if is_model else None,
                  path=path, line=line_of(spec), fields=fields, parents=parents,
                  comment=doc, kind="code:gorm", default_table=table_name is None,
                  fallback_table=table_name or plural(name))


def _line_comment(nodes: list[Any], index: int) -> str | None:
    """A `// …` comment on the field's own line, or on the lines just above it."""
    node = nodes[index]
    after = nodes[index + 1] if index + 1 < len(nodes) else None
    if after is not None and after.type == "comment" and \
            after.start_point[0] == node.start_point[0]:
        return text_of(after).lstrip("/ ").strip() or None
    before = nodes[index - 1] if index > 0 else None
    owner = nodes[index - 2] if index > 1 else None  # a trailing comment of the field above
    if before is not None and before.type == "comment" and \
            before.end_point[0] == node.start_point[0] - 1 and not (
                owner is not None and owner.end_point[0] == before.start_point[0]):
        return text_of(before).lstrip("/ ").strip() or None
    return None
