"""Laravel migrations (tree-sitter-php): `Schema::create` / `Schema::table` blueprints.

Migrations are read in the walker's order (their timestamp prefixes), so a later
`Schema::table(…)` adds to and `dropColumn` removes from the table an earlier migration made.
In a blueprint, `$table-><type>('name', …)` is a column (the chain's `->comment('…')` its
comment); the shortcuts `id()`, `timestamps()`, `softDeletes()`, `rememberToken()`,
`morphs('x')` expand to their columns; index, key and table-option calls are not columns.
"""

from __future__ import annotations

from typing import Any

from privflow.sources.code.common import sql_type
from privflow.sources.code.model import CodeFile, Entity, Field
from privflow.sources.code.treesitter import child, children, line_of, parse, text_of, walk_all

SHORTCUTS: dict[str, list[tuple[str, str]]] = {
    "timestamps": [("created_at", "timestamp"), ("updated_at", "timestamp")],
    "timestampsTz": [("created_at", "timestamp"), ("updated_at", "timestamp")],
    "nullableTimestamps": [("created_at", "timestamp"), ("updated_at", "timestamp")],
    "softDeletes": [("deleted_at", "timestamp")],
    "softDeletesTz": [("deleted_at", "timestamp")],
    "rememberToken": [("remember_token", "varchar")],
}
MORPHS = {"morphs", "nullableMorphs", "uuidMorphs", "nullableUuidMorphs", "ulidMorphs"}
NOT_COLUMNS = {"index", "unique", "primary", "foreign", "fullText", "spatialIndex",
               "dropIndex", "dropUnique", "dropPrimary", "dropForeign", "dropTimestamps",
               "engine", "charset", "collation", "comment", "temporary", "renameColumn",
               "dropSoftDeletes", "dropRememberToken", "rename", "after", "dropMorphs",
               "foreignIdFor", "dropConstrainedForeignId"}


def _string(node: Any) -> str | None:
    if node is None:
        return None
    found = next(iter(walk_all(node, "string_content", "string_value")), None)
    if node.type in ("string", "encapsed_string", "argument"):
        return text_of(found) if found is not None else None
    return None


def _arguments(call: Any) -> list[Any]:
    arguments = child(call, "arguments")
    return children(arguments, "argument") if arguments is not None else []


def _chain(call: Any) -> tuple[str | None, list[tuple[str, list[Any], Any]]]:
    """`$table->string('a')->nullable()->comment('x')` -> ("table", [(string, args), …])."""
    steps = []
    node = call
    while node is not None and node.type == "member_call_expression":
        steps.append((text_of(child(node, "name")), _arguments(node), node))
        node = node.children[0]
    variable = text_of(child(node, "name")) if node is not None and \
        node.type == "variable_name" else None
    return variable, list(reversed(steps))


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    for call in walk_all(parse("php", data), "scoped_call_expression"):
        if text_of(call.children[0]).rsplit("\\", 1)[-1] != "Schema":
            continue
        verb = text_of(child(call, "name") if call.children[0].type != "name"
                       else call.children[2])
        if verb not in ("create", "table"):
            continue
        arguments = _arguments(call)
        table = _string(arguments[0]) if arguments else None
        closure = next(iter(walk_all(call, "anonymous_function", "arrow_function",
                                     "anonymous_function_creation_expression")), None)
        if not table or closure is None:
            continue
        entity = Entity(cls=f"migration:{table}:{line_of(call)}", table=table, path=path,
                        line=line_of(call), kind="code:laravel")
        for statement in walk_all(closure, "expression_statement"):
            expression = statement.children[0] if statement.children else None
            if expression is None or expression.type != "member_call_expression":
                continue
            _statement(expression, entity)
        result.entities.append(entity)
    return result


def _statement(expression: Any, entity: Entity) -> None:
    variable, steps = _chain(expression)
    if variable is None or not steps:
        return
    method, arguments, _ = steps[0]
    line = line_of(expression)
    names = [n for n in (_string(a) for a in arguments) if n]
    if method == "comment" and len(steps) == 1:
        entity.comment = names[0] if names else entity.comment
        return
    if method in ("dropColumn", "dropColumns"):
        for argument in arguments:
            entity.dropped.update(n.lower() for n in (
                text_of(s) for s in walk_all(argument, "string_content", "string_value")))
        return
    if method in NOT_COLUMNS or method.startswith("drop"):
        return
    comment = next((_string(args[0]) for name, args, _ in steps[1:]
                    if name == "comment" and args), None)
    if method in SHORTCUTS:
        entity.fields.extend(Field(name=n, type=t, line=line) for n, t in SHORTCUTS[method])
        return
    if method in MORPHS:
        for name in names[:1]:
            entity.fields.extend([Field(name=f"{name}_type", type="varchar", line=line),
                                  Field(name=f"{name}_id", type="bigint", line=line)])
        return
    if method in ("id", "bigIncrements", "increments") and not names:
        entity.fields.append(Field(name="id", type="bigint", line=line, primary_key=True))
        return
    if not names:
        return
    references = None
    if method in ("foreignId", "foreignUuid") and any(s[0] == "constrained" for s in steps):
        references = names[0].removesuffix("_id") + "s"
    entity.fields.append(Field(name=names[0], type=sql_type("php", method), comment=comment,
                               line=line, primary_key=method in ("id", "bigIncrements",
                                                                 "increments"),
                               references=references))
