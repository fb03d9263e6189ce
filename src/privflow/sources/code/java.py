"""Java entities: JPA/Hibernate (`@Entity`, `@Table`, `@Column`, `@JoinColumn`, `@Transient`)
and MyBatis-Plus (`@TableName`, `@TableField`, `@TableId`), Lombok or hand-written classes.

Column names follow what the framework does at run time: an explicit name wins, else the
field's camelCase becomes snake_case (MyBatis-Plus `mapUnderscoreToCamelCase`, Spring Boot's
physical naming strategy). `@TableField(exist = false)`, `@Transient`, static and transient
fields and collections of other entities are not columns. A column's comment is its Swagger /
OpenAPI description (`@ApiModelProperty("手机号")`, `@Schema(description = …)`) or else its
Javadoc. Base classes (`BaseDO`, `TenantBaseDO`, `@MappedSuperclass`) are entities without a
table, resolved across files once the whole tree is read.
"""

from __future__ import annotations

from typing import Any

from privflow.sources.code.common import doc_text, sql_type
from privflow.sources.code.model import CodeFile, Entity, Field, snake_case
from privflow.sources.code.treesitter import child, children, line_of, parse, text_of, unquote, walk

TABLE_ANNOTATIONS = {"Table": "jpa", "TableName": "mybatis-plus", "Entity": "jpa"}
SKIP_FIELD = {"Transient", "OneToMany", "ManyToMany", "Embedded", "EmbeddedId"}
DESCRIBE = {"ApiModelProperty": ("value", "notes"), "Schema": ("description", "title"),
            "ApiModel": ("value", "description"), "Comment": ("value",),
            "ExcelProperty": ("value",)}
MAPPER_BASES = {"BaseMapper", "BaseMapperX", "BaseMapperPlus", "MPJBaseMapper"}
PARSE_IF = (b"class ", b"interface ")
COLLECTIONS = {"List", "Set", "Collection", "Map", "MutableList", "MutableSet", "MutableMap",
               "ArrayList", "HashSet", "HashMap"}


def annotations(node: Any) -> dict[str, dict[str, str]]:
    """{name: {argument: text}} of a declaration's modifiers; a positional argument is `value`."""
    found: dict[str, dict[str, str]] = {}
    modifiers = child(node, "modifiers")
    if modifiers is None:
        return found
    for annotation in children(modifiers, "annotation", "marker_annotation"):
        name = text_of(child(annotation, "identifier", "scoped_identifier")).rsplit(".", 1)[-1]
        arguments: dict[str, str] = {}
        argument_list = child(annotation, "annotation_argument_list")
        for argument in argument_list.children if argument_list is not None else []:
            if argument.type == "element_value_pair":
                key = text_of(argument.children[0])
                arguments[key] = _value(argument.children[-1])
            elif argument.type not in ("(", ")", ","):
                arguments["value"] = _value(argument)
        found[name] = arguments
    return found


def _value(node: Any) -> str:
    if node.type == "string_literal":
        return unquote(text_of(node))
    if node.type == "binary_expression":  # "a" + "b"
        return "".join(_value(c) for c in node.children if c.type != "+")
    return text_of(node)


def _modifiers(node: Any) -> set[str]:
    modifiers = child(node, "modifiers")
    return {c.type for c in modifiers.children} if modifiers is not None else set()


def _doc_before(node: Any) -> str | None:
    previous = node.prev_sibling
    if previous is not None and previous.type in ("block_comment", "line_comment"):
        text = text_of(previous)
        if text.startswith("/**") or previous.type == "line_comment":
            return doc_text(text)
    return None


def _describe(notes: dict[str, dict[str, str]]) -> str | None:
    for name, keys in DESCRIBE.items():
        arguments = notes.get(name)
        if arguments:
            for key in keys:
                if arguments.get(key):
                    return arguments[key]
    return None


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    if not any(marker in data for marker in PARSE_IF):
        return result
    root = parse("java", data)
    for node in walk(root, "class_declaration", "interface_declaration"):
        if node.type == "interface_declaration":
            result.mapped_classes.update(_mapper_entities(node))
            continue
        entity = _entity(node, path)
        if entity is not None:
            result.entities.append(entity)
    return result


def _mapper_entities(node: Any) -> set[str]:
    """`interface UserMapper extends BaseMapperX<UserDO>` maps UserDO to a table."""
    extends = child(node, "extends_interfaces")
    found = set()
    for generic in walk(extends, "generic_type") if extends is not None else []:
        if text_of(child(generic, "type_identifier")) in MAPPER_BASES:
            arguments = child(generic, "type_arguments")
            first = child(arguments, "type_identifier") if arguments is not None else None
            if first is not None:
                found.add(text_of(first))
    return found


def _entity(node: Any, path: str) -> Entity | None:
    name = text_of(child(node, "identifier"))
    notes = annotations(node)
    superclass = child(node, "superclass")
    parents = []
    if superclass is not None:
        parent = child(superclass, "type_identifier", "generic_type", "scoped_type_identifier")
        if parent is not None:
            parent_name = text_of(parent).split("<", 1)[0].rsplit(".", 1)[-1]
            parents.append(parent_name)
    table, schema, kind = table_of(notes, name)
    body = child(node, "class_body")
    fields = [f for f in (_field(d) for d in children(body, "field_declaration")) if f] \
        if body is not None else []
    if table is None and not fields:
        return None
    comment = _describe(notes) or _doc_before(node)
    return Entity(cls=name, table=table, path=path, line=line_of(node), fields=fields,
                  parents=parents, comment=comment, schema=schema, kind=kind)


def table_of(notes: dict[str, dict[str, str]], name: str,
             language: str = "java") -> tuple[str | None, str | None, str]:
    """(table, schema, evidence kind) of a class's annotations; table None for a base class."""
    table = schema = None
    kind = f"code:{language}"
    for annotation, framework in TABLE_ANNOTATIONS.items():
        arguments = notes.get(annotation)
        if arguments is None:
            continue
        kind = f"code:{framework}"
        table = arguments.get("name") or arguments.get("value") or table
        schema = arguments.get("schema") or schema
    if ("Entity" in notes or "TableName" in notes or "Table" in notes) and not table:
        table = snake_case(name)
    return table, schema, kind


def _field(node: Any) -> Field | None:
    modifiers = _modifiers(node)
    if "static" in modifiers or "transient" in modifiers:
        return None
    declarator = child(node, "variable_declarator")
    if declarator is None:
        return None
    type_node = node.child_by_field_name("type")
    return column_for(annotations(node), text_of(child(declarator, "identifier")),
                      text_of(type_node), _doc_before(node), line_of(node), "java")


def column_for(notes: dict[str, dict[str, str]], prop: str, type_name: str,
               doc: str | None, line: int, language: str) -> Field | None:
    """The column a Java/Kotlin field maps to (its annotations, name, type, Javadoc)."""
    if SKIP_FIELD & notes.keys():
        return None
    table_field = notes.get("TableField")
    if table_field is not None and table_field.get("exist") == "false":
        return None
    base_type = type_name.split("<", 1)[0].rstrip("?").rsplit(".", 1)[-1]
    if base_type in COLLECTIONS and table_field is None and "Column" not in notes:
        return None
    column = None
    for annotation, key in (("TableId", "value"), ("TableField", "value"), ("Column", "name"),
                            ("JoinColumn", "name")):
        if (notes.get(annotation) or {}).get(key):
            column = notes[annotation][key]
            break
    references = None
    if "ManyToOne" in notes or "OneToOne" in notes:
        references = snake_case(base_type)
        column = column or snake_case(prop) + "_id"
    column = (column or snake_case(prop)).strip('`"')
    comment = _describe(notes) or doc or (notes.get("Column") or {}).get("comment")
    definition = (notes.get("Column") or {}).get("columnDefinition")
    return Field(name=column, type=definition or sql_type(language, base_type), comment=comment,
                 line=line, primary_key=bool({"Id", "TableId"} & notes.keys()),
                 references=references)
