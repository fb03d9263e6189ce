"""TypeORM entities (tree-sitter-typescript).

`@Entity("name")` / `@Entity({ name, schema, comment })` marks a table, named by TypeORM's
default naming strategy when not given (snake_case of the class). Each property with a column
decorator (`@Column`, `@PrimaryGeneratedColumn`, `@CreateDateColumn` …) is a column named
`name:` or the property name as written (TypeORM keeps camelCase); `@ManyToOne`/`@OneToOne`
with `@JoinColumn({ name })` is that column, without it `<property>Id`; `@OneToMany` and
`@ManyToMany` are not columns. The comment is `comment:`, else the property's `/** … */`.
Abstract base classes lend their columns.
"""

from __future__ import annotations

from typing import Any

from privflow.sources.code.common import doc_text, sql_type
from privflow.sources.code.model import CodeFile, Entity, Field, snake_case
from privflow.sources.code.treesitter import child, children, line_of, parse, text_of, walk_all

COLUMN_DECORATORS = {"Column", "PrimaryColumn", "PrimaryGeneratedColumn", "CreateDateColumn",
                     "UpdateDateColumn", "DeleteDateColumn", "VersionColumn", "ObjectIdColumn",
                     "ViewColumn"}
JOIN_DECORATORS = {"ManyToOne", "OneToOne"}
PRIMARY = {"PrimaryColumn", "PrimaryGeneratedColumn", "ObjectIdColumn"}
CLASSES = ("class_declaration", "abstract_class_declaration")


def _decorators(node: Any) -> dict[str, list[Any]]:
    """{name: argument nodes} of the decorators on a class or property."""
    found: dict[str, list[Any]] = {}
    nodes = children(node, "decorator")
    if node.parent is not None and node.parent.type == "export_statement":
        nodes = children(node.parent, "decorator") + nodes
    for decorator in nodes:
        call = child(decorator, "call_expression")
        if call is None:
            name_node = child(decorator, "identifier")
            if name_node is not None:
                found[text_of(name_node)] = []
            continue
        arguments = child(call, "arguments")
        found[text_of(child(call, "identifier", "member_expression")).rsplit(".", 1)[-1]] = [
            a for a in (arguments.children if arguments is not None else [])
            if a.type not in ("(", ")", ",")]
    return found


def _string(node: Any) -> str | None:
    if node is None or node.type not in ("string", "template_string"):
        return None
    fragment = child(node, "string_fragment")
    return text_of(fragment) if fragment is not None else ""


def _options(arguments: list[Any]) -> dict[str, Any]:
    """The `{ key: value }` object among decorator arguments."""
    for argument in arguments:
        if argument.type == "object":
            return {text_of(pair.children[0]).strip("'\""): pair.children[-1]
                    for pair in children(argument, "pair")}
    return {}


def _doc(node: Any) -> str | None:
    previous = node.prev_sibling
    if previous is not None and previous.type == "comment" and text_of(previous).startswith("/**"):
        return doc_text(text_of(previous))
    return None


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    if b"typeorm" not in data and b"@Entity" not in data:
        return result
    for node in walk_all(parse("typescript", data), *CLASSES):
        entity = _class(node, path)
        if entity is not None:
            result.entities.append(entity)
    return result


def _class(node: Any, path: str) -> Entity | None:
    name = text_of(child(node, "type_identifier"))
    decorators = _decorators(node)
    heritage = child(node, "class_heritage")
    extends = child(heritage, "extends_clause") if heritage is not None else None
    parents = [text_of(c) for c in children(extends, "identifier")] if extends else []
    table = schema = comment = None
    if "Entity" in decorators or "ViewEntity" in decorators:
        arguments = decorators.get("Entity") or decorators.get("ViewEntity") or []
        options = _options(arguments)
        table = (next((_string(a) for a in arguments if _string(a)), None)
                 or _string(options.get("name")) or snake_case(name))
        schema = _string(options.get("schema"))
        comment = _string(options.get("comment"))
    body = child(node, "class_body")
    fields = []
    for member in children(body, "public_field_definition") if body is not None else []:
        field = _field(member)
        if field is not None:
            fields.append(field)
    if table is None and not fields:
        return None
    owner = node.parent if node.parent is not None and node.parent.type == "export_statement" \
        else node
    return Entity(cls=name, table=table, path=path, line=line_of(node), fields=fields,
                  parents=parents, comment=comment or _doc(owner), schema=schema,
                  kind="code:typeorm")


def _field(member: Any) -> Field | None:
    decorators = _decorators(member)
    prop = text_of(child(member, "property_identifier"))
    annotation = child(member, "type_annotation")
    type_name = text_of(annotation).lstrip(":").strip() if annotation is not None else None
    column_decorator = next((d for d in decorators if d in COLUMN_DECORATORS), None)
    if column_decorator is not None:
        arguments = decorators[column_decorator]
        options = _options(arguments)
        column_type = _string(options.get("type")) or next(
            (_string(a) for a in arguments if _string(a)), None)
        if column_type in ("increment", "identity", "rowid"):  # a generation strategy
            column_type = None
        return Field(name=_string(options.get("name")) or prop,
                     type=column_type or sql_type("typescript", type_name),
                     comment=_string(options.get("comment")) or _doc(member),
                     line=line_of(member), primary_key=column_decorator in PRIMARY
                     or bool(options.get("primary") is not None
                             and text_of(options["primary"]) == "true"))
    relation = next((d for d in decorators if d in JOIN_DECORATORS), None)
    if relation is not None:
        join = _options(decorators.get("JoinColumn", []))
        if relation == "OneToOne" and "JoinColumn" not in decorators:
            return None  # the inverse side holds no column
        target = type_name.rstrip("[]") if type_name else None
        return Field(name=_string(join.get("name")) or f"{prop}Id", line=line_of(member),
                     comment=_doc(member),
                     references=snake_case(target) if target else None)
    return None
