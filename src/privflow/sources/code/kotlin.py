"""Kotlin entities (tree-sitter-kotlin): the same JPA / MyBatis-Plus annotations as Java
(java.py decides tables and columns), read from constructor properties (`class Member(val
mobile: String)`) and body properties. `@Transient`, `@TableField(exist = false)`, collections,
companion objects and `const` values are not columns; KDoc is the comment when no Swagger /
OpenAPI description is given.
"""

from __future__ import annotations

from typing import Any

from privflow.sources.code.common import doc_text
from privflow.sources.code.java import MAPPER_BASES, _describe, column_for, table_of
from privflow.sources.code.model import CodeFile, Entity, Field
from privflow.sources.code.treesitter import child, children, line_of, parse, text_of, walk_all


def _value(node: Any) -> str:
    if node.type == "string_literal":
        content = child(node, "string_content")
        return text_of(content) if content is not None else ""
    return text_of(node)


def annotations(node: Any) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    modifiers = child(node, "modifiers")
    for annotation in children(modifiers, "annotation") if modifiers is not None else []:
        invocation = child(annotation, "constructor_invocation")
        user_type = child(invocation or annotation, "user_type")
        name = text_of(user_type).rsplit(".", 1)[-1]
        arguments: dict[str, str] = {}
        value_arguments = child(invocation, "value_arguments") if invocation is not None else None
        for argument in children(value_arguments, "value_argument") if value_arguments else []:
            parts = [c for c in argument.children if c.type != "="]
            if len(parts) >= 2 and parts[0].type == "identifier":
                arguments[text_of(parts[0])] = _value(parts[-1])
            elif parts:
                arguments["value"] = _value(parts[-1])
        found[name] = arguments
    return found


def _doc(node: Any) -> str | None:
    previous = node.prev_sibling
    while previous is not None and previous.type in (",",):
        previous = previous.prev_sibling
    if previous is not None and previous.type in ("block_comment", "multiline_comment") and \
            text_of(previous).startswith("/**"):
        return doc_text(text_of(previous))
    return None


def _type_text(node: Any) -> str:
    type_node = child(node, "user_type", "nullable_type")
    if type_node is None:
        declaration = child(node, "variable_declaration")
        type_node = child(declaration, "user_type", "nullable_type") if declaration else None
    return text_of(type_node).rstrip("?") if type_node is not None else ""


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    if b"class " not in data and b"interface " not in data:
        return result
    for node in walk_all(parse("kotlin", data), "class_declaration"):
        if any(c.type == "interface" for c in node.children):
            for spec in walk_all(node, "user_type"):
                if text_of(child(spec, "identifier")) in MAPPER_BASES:
                    arguments = child(spec, "type_arguments")
                    first = next(iter(walk_all(arguments, "identifier")), None) \
                        if arguments is not None else None
                    if first is not None:
                        result.mapped_classes.add(text_of(first))
            continue
        entity = _class(node, path)
        if entity is not None:
            result.entities.append(entity)
    return result


def _stray_annotations(node: Any) -> dict[str, dict[str, str]]:
    """Annotations the grammar parses as a statement before the class (`@TableName("t")` then
    `data class …` reads as an annotated expression): they belong to the class."""
    found: dict[str, dict[str, str]] = {}
    previous = node.prev_sibling
    while previous is not None and previous.type == "annotated_expression":
        annotation = child(previous, "annotation")
        name = text_of(child(annotation, "user_type")).rsplit(".", 1)[-1] if annotation else ""
        argument = child(previous, "parenthesized_expression")
        literal = next(iter(walk_all(argument, "string_literal")), None) if argument else None
        if name:
            found[name] = {"value": _value(literal)} if literal is not None else {}
        previous = previous.prev_sibling
    return found


def _class(node: Any, path: str) -> Entity | None:
    name = text_of(child(node, "identifier"))
    notes = {**_stray_annotations(node), **annotations(node)}
    table, schema, kind = table_of(notes, name, "kotlin")
    parents = []
    delegation = child(node, "delegation_specifiers")
    for specifier in children(delegation, "delegation_specifier") if delegation else []:
        user_type = next(iter(walk_all(specifier, "user_type")), None)
        if user_type is not None:
            parents.append(text_of(user_type).split("<", 1)[0].rsplit(".", 1)[-1])
    fields: list[Field] = []
    constructor = child(node, "primary_constructor")
    parameters = child(constructor, "class_parameters") if constructor is not None else None
    for parameter in children(parameters, "class_parameter") if parameters else []:
        if not any(c.type in ("val", "var") for c in parameter.children):
            continue  # a plain constructor argument, not a property
        field = column_for(annotations(parameter), text_of(child(parameter, "identifier")),
                           _type_text(parameter), _doc(parameter), line_of(parameter), "kotlin")
        if field is not None:
            fields.append(field)
    body = child(node, "class_body")
    for prop in children(body, "property_declaration") if body is not None else []:
        modifiers = child(prop, "modifiers")
        if modifiers is not None and "const" in text_of(modifiers).split():
            continue
        declaration = child(prop, "variable_declaration")
        field = column_for(annotations(prop), text_of(child(declaration, "identifier"))
                           if declaration is not None else "", _type_text(prop), _doc(prop),
                           line_of(prop), "kotlin")
        if field is not None and field.name:
            fields.append(field)
    if table is None and not fields:
        return None
    previous = node.prev_sibling
    doc = doc_text(text_of(previous)) if previous is not None and previous.type in (
        "block_comment", "multiline_comment") and text_of(previous).startswith("/**") else None
    return Entity(cls=name, table=table, path=path, line=line_of(node), fields=fields,
                  parents=parents, comment=_describe(notes) or doc, schema=schema, kind=kind)
