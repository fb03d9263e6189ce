"""Rails `db/schema.rb` (tree-sitter-ruby): every `create_table` with its columns.

`create_table "name", id: false|:uuid, comment: "…" do |t| … end`: an `id` column unless
`id: false`; `t.<type> "col", comment: "…"`, `t.column "col", :type`; `t.references` /
`t.belongs_to` are `<name>_id` (and `<name>_type` when polymorphic); `t.timestamps` adds
`created_at` and `updated_at`; `t.index` and `t.check_constraint` are not columns.
"""

from __future__ import annotations

from typing import Any

from privflow.sources.code.common import sql_type
from privflow.sources.code.model import CodeFile, Entity, Field
from privflow.sources.code.treesitter import child, children, line_of, parse, text_of, walk_all

NOT_COLUMNS = {"index", "check_constraint", "foreign_key", "exclusion_constraint",
               "unique_constraint"}


def _string(node: Any) -> str | None:
    if node is None or node.type != "string":
        return None
    content = child(node, "string_content")
    return text_of(content) if content is not None else ""


def _arguments(call: Any) -> tuple[list[Any], dict[str, Any]]:
    """Positional argument nodes and `key: value` pairs of a call."""
    argument_list = child(call, "argument_list")
    positional, pairs = [], {}
    for node in argument_list.children if argument_list is not None else []:
        if node.type == "pair":
            key = text_of(node.children[0]).rstrip(":").lstrip(":")
            pairs[key] = node.children[-1]
        elif node.type not in ("(", ")", ","):
            positional.append(node)
    return positional, pairs


def _method(call: Any) -> str:
    names = children(call, "identifier")
    return text_of(names[-1]) if names else ""


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    if b"create_table" not in data:
        return result
    for call in walk_all(parse("ruby", data), "call"):
        if _method(call) != "create_table":
            continue
        positional, pairs = _arguments(call)
        name = _string(positional[0]) if positional else None
        if not name:
            continue
        fields: list[Field] = []
        id_option = pairs.get("id")
        if id_option is None or text_of(id_option) != "false":
            id_type = text_of(id_option).lstrip(":") if id_option is not None else "bigint"
            fields.append(Field(name="id", type=sql_type("ruby", id_type) or id_type,
                                line=line_of(call), primary_key=True))
        block = child(call, "do_block", "block")
        body = child(block, "body_statement", "block_body") if block is not None else None
        for statement in children(body, "call") if body is not None else []:
            fields.extend(_columns(statement))
        result.entities.append(Entity(cls=f"table:{name}", table=name, path=path,
                                      line=line_of(call), fields=fields,
                                      comment=_string(pairs.get("comment")), kind="code:rails"))
    return result


def _columns(call: Any) -> list[Field]:
    method = _method(call)
    line = line_of(call)
    positional, pairs = _arguments(call)
    if method in NOT_COLUMNS:
        return []
    if method == "timestamps":
        return [Field(name="created_at", type="datetime", line=line),
                Field(name="updated_at", type="datetime", line=line)]
    names = [n for n in (_string(p) for p in positional) if n]
    comment = _string(pairs.get("comment"))
    if method in ("references", "belongs_to"):
        found = []
        for name in names:
            found.append(Field(name=f"{name}_id", type="bigint", line=line, comment=comment,
                               references=name + "s"))
            if "polymorphic" in pairs and text_of(pairs["polymorphic"]) != "false":
                found.append(Field(name=f"{name}_type", type="varchar", line=line))
        return found
    if method == "column":
        type_name = text_of(positional[1]).lstrip(":") if len(positional) > 1 else None
    else:
        type_name = method
    return [Field(name=name, type=sql_type("ruby", type_name) or type_name, comment=comment,
                  line=line) for name in names]
