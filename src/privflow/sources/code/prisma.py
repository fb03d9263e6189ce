"""Prisma schema (`schema.prisma`): models, their fields, `@map` / `@@map` / `@@schema` and
`///` documentation comments.

No tree-sitter grammar for Prisma ships as a wheel, so this is a small hand parser of the
language's block grammar (Prisma's own PSL is line-oriented: a block is `model|enum|… Name {`
… `}`, a field is `name Type[?|[]] @attr(…)…`, a block attribute starts with `@@`). It
tokenises string literals and parentheses properly, so `@map("a b")` and
`@default(dbgenerated("x"))` do not confuse it.

A field whose type is another model (a relation) or a list is not a column; an enum's field
is one (an enum of another file is recognised by a scalar-only attribute such as `@map`). `@db.VarChar(11)` gives the column type.
"""

from __future__ import annotations

import re

from privflow.sources.code.common import sql_type
from privflow.sources.code.model import CodeFile, Entity, Field

SCALARS = {"String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json",
           "Bytes"}
_BLOCK = re.compile(r"^\s*(model|enum|view|type|datasource|generator)\s+(\w+)\s*\{")
_FIELD = re.compile(r"^\s*(\w+)\s+([\w.]+)(\[\])?(\?)?(.*)$")
_ATTRIBUTE = re.compile(r"@@?[\w.]+")


def _strip_comment(line: str) -> tuple[str, str | None]:
    """The code of a line and its `///` doc comment, outside string literals."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"' and (index == 0 or line[index - 1] != "\\"):
            quoted = not quoted
        elif not quoted and line.startswith("//", index):
            comment = line[index:]
            doc = comment[3:].strip() if comment.startswith("///") else None
            return line[:index], doc
    return line, None


def _attributes(text: str) -> dict[str, str]:
    """`@map("x") @db.VarChar(11) @id` -> {"@map": '"x"', "@db.VarChar": "11", "@id": ""}."""
    found: dict[str, str] = {}
    position = 0
    while True:
        match = _ATTRIBUTE.search(text, position)
        if match is None:
            return found
        name, position = match.group(0), match.end()
        argument = ""
        if position < len(text) and text[position] == "(":
            depth, quoted, start = 0, False, position + 1
            for index in range(position, len(text)):
                char = text[index]
                if char == '"' and text[index - 1] != "\\":
                    quoted = not quoted
                elif not quoted and char == "(":
                    depth += 1
                elif not quoted and char == ")":
                    depth -= 1
                    if depth == 0:
                        argument, position = text[start:index], index + 1
                        break
        found.setdefault(name, argument)


def _name_argument(argument: str) -> str | None:
    """`"users"` or `name: "users"` (the first string of an attribute's arguments)."""
    match = re.search(r'"((?:[^"\\]|\\.)*)"', argument)
    return match.group(1) if match else None


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    text = data.decode("utf-8", errors="replace")
    lines = text.splitlines()
    blocks: list[tuple[str, str, int, str | None, list[tuple[int, str, str | None]]]] = []
    current = None
    docs: list[str] = []
    for number, raw in enumerate(lines, 1):
        code, doc = _strip_comment(raw)
        if current is None:
            match = _BLOCK.match(code)
            if match:
                current = (match.group(1), match.group(2), number, " ".join(docs) or None, [])
                blocks.append(current)
                if code.rstrip().endswith("}"):  # `enum Gender { MALE FEMALE }` on one line
                    current = None
            docs = docs + [doc] if doc is not None and not code.strip() else []
            continue
        if code.strip() == "}":
            current, docs = None, []
            continue
        if code.strip():
            current[4].append((number, code, " ".join(d for d in (*docs, doc) if d) or None))
            docs = []
        elif doc is not None:
            docs.append(doc)
    models = {name for kind, name, *_ in blocks if kind in ("model", "view", "type")}
    enums = {name for kind, name, *_ in blocks if kind == "enum"}
    for kind, name, line, comment, body in blocks:
        if kind not in ("model", "view"):
            continue
        table, schema, fields = name, None, []
        for number, code, doc in body:
            stripped = code.strip()
            if stripped.startswith("@@"):
                attributes = _attributes(stripped)
                if "@@map" in attributes:
                    table = _name_argument(attributes["@@map"]) or table
                if "@@schema" in attributes:
                    schema = _name_argument(attributes["@@schema"])
                continue
            match = _FIELD.match(code)
            if match is None:
                continue
            field_name, type_name, is_list, _, rest = match.groups()
            attributes = _attributes(rest)
            # A type defined in another file: an enum when the field carries a scalar-only
            # attribute (@map, @default, @db.*; a relation field cannot), else a relation.
            scalar_only = any(a in attributes for a in ("@map", "@default", "@id", "@unique")) \
                or any(a.startswith("@db.") for a in attributes)
            if is_list or "@relation" in attributes or type_name in models or (
                    type_name not in SCALARS and type_name not in enums
                    and type_name != "Unsupported" and not scalar_only):
                continue
            column = _name_argument(attributes.get("@map", "")) or field_name
            db_type = next((f"{key[4:].lower()}({value})" if value else key[4:].lower()
                            for key, value in attributes.items() if key.startswith("@db.")),
                           None)
            fields.append(Field(name=column, line=number, comment=doc,
                                type=db_type or sql_type("prisma", type_name),
                                primary_key="@id" in attributes))
        result.entities.append(Entity(cls=name, table=table, path=path, line=line,
                                      fields=fields, comment=comment, schema=schema,
                                      kind="code:prisma"))
    return result
