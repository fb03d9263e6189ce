"""MyBatis mapper XML: the columns a `resultMap` maps and the SQL of every statement.

A `<resultMap type="…UserDO">` names columns of the table its class maps (`<id>`/`<result>`
column ↔ property, nested `<association>`/`<collection>` too); those columns are added to that
class's table once every file is read. The SQL of `<insert>`, `<update>`, `<select>` and
`<delete>` is rendered into plain SQL for lineage: `<include refid>` is expanded, `<if>`,
`<foreach>` and the first `<when>` of a `<choose>` are taken once, `<where>`/`<set>`/`<trim>`
add their keyword and drop the dangling `AND`/`,`; `#{x}` becomes a `?` parameter and `${x}`
an identifier, so the text parses.

The XML is read with the standard library's expat (line numbers; an external DTD is never
fetched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from privflow.schema import SourceStatement
from privflow.sources.code.model import CodeFile, Entity, Field

STATEMENTS = {"insert", "update", "select", "delete"}
DROP = {"bind", "selectKey", "cache", "cache-ref"}
_HASH = re.compile(r"#\{[^}]*\}")
_DOLLAR = re.compile(r"\$\{\s*([\w.]+)[^}]*\}")
_INSERT_INTO = re.compile(r"^INSERT\s+(?:IGNORE\s+)?INTO\s+([\w.`\"]+)", re.IGNORECASE)
_LEADING = re.compile(r"^\s*(?:AND|OR)\b", re.IGNORECASE)


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    line: int
    parts: list[Node | str] = field(default_factory=list)


def parse_xml(data: bytes) -> Node:
    """The element tree of `data`, each element with its line."""
    root = Node("#document", {}, 1)
    stack = [root]
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def start(tag: str, attrs: dict[str, str]) -> None:
        node = Node(tag, attrs, parser.CurrentLineNumber)
        stack[-1].parts.append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        stack[-1].parts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise ValueError(f"line {error.lineno}: {expat.ErrorString(error.code)}") from error
    return root


def _simple(type_name: str | None) -> str | None:
    return type_name.rsplit(".", 1)[-1] if type_name else None


class Renderer:
    def __init__(self, fragments: dict[str, Node]) -> None:
        self.fragments = fragments

    def render(self, node: Node, depth: int = 0) -> str:
        out: list[str] = []
        for part in node.parts:
            if isinstance(part, str):
                out.append(part)
            else:
                out.append(self.element(part, depth))
        return "".join(out)

    def element(self, node: Node, depth: int) -> str:
        tag = node.tag
        if tag in DROP:
            return " "
        if tag == "include":
            fragment = self.fragments.get(node.attrs.get("refid", "").rsplit(".", 1)[-1])
            return f" {self.render(fragment, depth + 1)} " if fragment and depth < 8 else " "
        if tag == "choose":
            branch = next((p for p in node.parts if isinstance(p, Node)
                           and p.tag in ("when", "otherwise")), None)
            return f" {self.render(branch, depth)} " if branch else " "
        body = self.render(node, depth)
        if tag == "where":
            body = _LEADING.sub("", body.strip())
            return f" WHERE {body} " if body else " "
        if tag == "set":
            body = body.strip().rstrip(",")
            return f" SET {body} " if body else " "
        if tag == "trim":
            return " " + _trim(body, node.attrs) + " "
        if tag == "foreach":
            return f" {node.attrs.get('open', '')}{body}{node.attrs.get('close', '')} "
        return f" {body} "


def _trim(body: str, attrs: dict[str, str]) -> str:
    body = body.strip()
    for override in filter(None, attrs.get("prefixOverrides", "").split("|")):
        if body.upper().startswith(override.strip().upper()):
            body = body[len(override.strip()):].strip()
            break
    for override in filter(None, attrs.get("suffixOverrides", "").split("|")):
        if body.upper().endswith(override.strip().upper()):
            body = body[: len(body) - len(override.strip())].strip()
            break
    if not body:
        return ""
    return f"{attrs.get('prefix', '')} {body} {attrs.get('suffix', '')}"


def plain_sql(text: str) -> str:
    """Placeholders made parseable: `#{x}` a parameter, `${x}` an identifier."""
    text = _HASH.sub("?", text)
    text = _DOLLAR.sub(lambda m: m.group(1).replace(".", "_"), text)
    return re.sub(r"\s+", " ", text).strip()


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    root = parse_xml(data)
    mapper = next((p for p in root.parts if isinstance(p, Node) and p.tag == "mapper"), None)
    if mapper is None:
        return result
    elements = [p for p in mapper.parts if isinstance(p, Node)]
    fragments = {e.attrs["id"]: e for e in elements if e.tag == "sql" and "id" in e.attrs}
    renderer = Renderer(fragments)
    inserts: dict[str, str] = {}  # parameter class -> the table its <insert> writes
    for element in elements:
        if element.tag in STATEMENTS:
            sql = plain_sql(renderer.render(element))
            if sql:
                result.statements.append(SourceStatement(sql=sql, path=path, line=element.line,
                                                         dialect=None))
            target = _INSERT_INTO.match(sql)
            cls = _simple(element.attrs.get("parameterType"))
            if element.tag == "insert" and target and cls:
                inserts.setdefault(cls, target.group(1).strip('`"'))
    for element in elements:
        if element.tag == "resultMap":
            entity = _result_map(element, path)
            if entity is not None:
                entity.table = inserts.get(entity.cls)
                result.entities.append(entity)
    return result


def _result_map(node: Node, path: str) -> Entity | None:
    """A resultMap's class with its columns; nested association/collection maps are left out
    (their columns are usually aliases of a join)."""
    cls = _simple(node.attrs.get("type"))
    fields = [Field(name=part.attrs["column"].strip('`"'), line=part.line,
                    primary_key=part.tag == "id")
              for part in node.parts
              if isinstance(part, Node) and part.tag in ("id", "result") and part.attrs.get("column")]
    if not cls or not fields:
        return None
    return Entity(cls=cls, table=None, path=path, line=node.line, fields=fields,
                  kind="code:mybatis-xml", augments=True)
