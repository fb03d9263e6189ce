"""From one statement to what it does to the schema (`ops`): DDL through sqlglot, with a
tolerant reader when sqlglot cannot parse a CREATE TABLE, and regexes for the statements whose
shape is fixed (COMMENT ON, RENAME TABLE, DROP TABLE, sp_addextendedproperty, INSERT rows).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

from privflow.lazy import Lazy
from privflow.schema import Column, Skipped, SourceStatement, Table, table_id
from privflow.sources import ops, tolerant
from privflow.sources.fastddl import read_plain_create
from privflow.sources.splitter import RawStatement
from privflow.sources.statements import statement_kind
from privflow.sources.tolerant import NAME, TABLE_NAME, name_parts, unescape
from privflow.sources.values import VALUES_HEAD, read_rows

# Most dumps are read by the fast path and the row reader alone: sqlglot is imported when a
# statement first needs it.
sqlglot = Lazy("sqlglot")
exp = Lazy("sqlglot.expressions")
errors = Lazy("sqlglot.errors")

# sqlglot logs "falling back to parsing as a Command" for what it does not know; the scan
# reports those statements itself. (Setting the level does not import sqlglot.)
logging.getLogger("sqlglot").setLevel(logging.ERROR)

_PRAGMA = re.compile(r"(?:--|#)\s*privflow\s*:\s*([^\n]*)", re.IGNORECASE)
_CTAS = re.compile(r"\)\s*AS\s*\(?\s*(SELECT|WITH)\b|^[^(]*?\bAS\s*\(?\s*(SELECT|WITH)\b",
                   re.IGNORECASE)
_LOCATION = re.compile(r"\bLOCATION\s+'", re.IGNORECASE)
_DROP = re.compile(rf"DROP\s+(?:TEMPORARY\s+|MATERIALIZED\s+)?(?:TABLE|VIEW)\s+(?P<ie>IF\s+EXISTS\s+)?"
                   rf"(?P<names>{TABLE_NAME}(?:\s*,\s*{TABLE_NAME})*)", re.IGNORECASE)
_RENAME = re.compile(rf"(?P<old>{NAME})\s+TO\s+(?P<new>{NAME})", re.IGNORECASE)
_COMMENT_ON = re.compile(
    rf"COMMENT\s+ON\s+(?P<kind>TABLE|COLUMN|VIEW|MATERIALIZED\s+VIEW|FOREIGN\s+TABLE)\s+"
    rf"(?P<name>{TABLE_NAME})\s+IS\s+(?:(?P<null>NULL)|E?'(?P<text>(?:[^'\\]|\\.|'')*)')",
    re.IGNORECASE,
)
_EXT_ARG = re.compile(r"(?:@(?P<param>\w+)\s*=\s*)?(?:N?'(?P<text>(?:[^']|'')*)'|(?P<null>NULL))",
                      re.IGNORECASE)
_EXT_ORDER = ("name", "value", "level0type", "level0name", "level1type", "level1name",
              "level2type", "level2name")
_VIEW_TAIL = re.compile(r"\s+WITH\s+(?:NO\s+)?DATA\s*$|\s+WITH\s+(?:CASCADED\s+|LOCAL\s+)?"
                        r"CHECK\s+OPTION\s*$", re.IGNORECASE)
_ALTER_HEAD = re.compile(rf"ALTER\s+TABLE\s+(?:ONLY\s+|IF\s+EXISTS\s+)*(?P<name>{TABLE_NAME})\s+",
                         re.IGNORECASE)
_COMMENT_COLUMN = re.compile(rf"COMMENT\s+COLUMN\s+(?:IF\s+EXISTS\s+)?(?P<column>{tolerant.IDENT})"
                             rf"\s+'(?P<text>(?:[^'\\]|\\.|'')*)'", re.IGNORECASE)
_MODIFY_LIST = re.compile(r"MODIFY\s*\(", re.IGNORECASE)
_ADD_LIST = re.compile(r"ADD\s+(?:COLUMNS?\s*)?\(", re.IGNORECASE)
_GUARD_END = re.compile(r"\s+END\s*;?\s*$", re.IGNORECASE)  # IF ... BEGIN CREATE ... END
_ALTER_COLUMN_WORDS = re.compile(r"\b(ADD|DROP|MODIFY|CHANGE|RENAME)\b", re.IGNORECASE)


def pragma_words(text: str) -> list[str]:
    """Words of every `-- privflow: ...` comment in text (`ignore`, `contact.phone` ...)."""
    words: list[str] = []
    for m in _PRAGMA.finditer(text):
        words.extend(w for w in re.split(r"[\s,]+", m.group(1).strip()) if w)
    return words


class StatementReader:
    """Turns the statements of one file into ops; knows the file's dialect and display path."""

    def __init__(self, path: str, dialect: str, sample_rows: int, *, fast: bool = True) -> None:
        self.fast = fast  # plain CREATE TABLEs without sqlglot's parser (sources/fastddl.py)
        self.path = path
        self.dialect = dialect
        self.sample_rows = sample_rows
        self.sampled: dict[str, int] = {}  # rows sampled per table in this file

    def where(self, line: int) -> str:
        return f"{self.path}:{line}"

    def skip(self, statement: RawStatement, reason: str, *, error: bool = True,
             kept: bool = False) -> list[ops.Op]:
        return [ops.Skip(Skipped(self.path, statement.line, reason, error=error, kept=kept))]

    def keep(self, statement: RawStatement) -> ops.KeepStatement:
        return ops.KeepStatement(SourceStatement(statement.text, self.path, statement.line,
                                                 self.dialect or None))

    def read(self, statement: RawStatement) -> list[ops.Op]:
        if statement.block:
            return [self.keep(statement)] + self.skip(
                statement, "procedure, function or trigger body: kept for lineage, not DDL",
                error=False)
        kind = statement_kind(statement.text)
        if statement.broken and kind != "table":
            return self.skip(statement, f"{statement.broken}; resumed at the next statement")
        handler = getattr(self, f"_read_{kind}")
        try:
            return handler(statement)
        except RecursionError:
            return self.skip(statement, "statement nested too deeply to read")
        except Exception as error:  # noqa: BLE001 - one odd statement must not end the scan
            # sqlglot raises more than ParseError on input it was never meant to see; the
            # statement is reported (with the error's type, so a bug stays visible).
            return self.skip(statement, f"not understood ({type(error).__name__}: "
                                        f"{_first_line(error)})")

    # --- kinds -------------------------------------------------------------------------------

    def _read_ignore(self, statement: RawStatement) -> list[ops.Op]:
        return []

    def _read_routine(self, statement: RawStatement) -> list[ops.Op]:
        return [self.keep(statement)] + self.skip(
            statement, "procedure, function or trigger body: kept for lineage, not DDL",
                error=False)

    def _read_lineage(self, statement: RawStatement) -> list[ops.Op]:
        return [self.keep(statement)]

    _read_retention = _read_lineage

    def _read_guarded(self, statement: RawStatement) -> list[ops.Op]:
        """T-SQL `IF OBJECT_ID('t') IS NULL CREATE TABLE t (...)`: the CREATE TABLE or VIEW
        after the condition is read as a statement of its own, at its own line."""
        from privflow.sources.census import first_head

        at = first_head(statement.text, self.dialect)
        if at < 0:
            return self._read_unknown(statement)
        text = _GUARD_END.sub("", statement.text[at:])
        guarded = RawStatement(text, statement.line + statement.text.count("\n", 0, at),
                               broken=statement.broken)
        return self.read(guarded)

    def _read_unknown(self, statement: RawStatement) -> list[ops.Op]:
        try:
            sqlglot.parse_one(statement.text, read=self.dialect)
        except (errors.ParseError, errors.TokenError, ValueError) as error:
            return self.skip(statement, f"not understood: {_first_line(error)}")
        return []

    def _read_insert(self, statement: RawStatement) -> list[ops.Op]:
        head = VALUES_HEAD.match(statement.text)
        if head is None:  # INSERT ... SELECT, INSERT OVERWRITE: lineage, not rows
            return [self.keep(statement)]
        tid = table_id(*name_parts(head.group("table")))
        taken = self.sampled.get(tid, 0)
        if self.sample_rows <= 0 or taken >= self.sample_rows:
            return []
        columns = ([tolerant.unquote(c) for c in head.group("columns").split(",")]
                   if head.group("columns") else None)
        rows = read_rows(statement.text, head.end(), self.sample_rows - taken)
        if not rows:
            return []
        self.sampled[tid] = taken + len(rows)
        return [ops.Rows(tid, columns, rows)]

    def copy_rows(self, statement: RawStatement) -> list[ops.Op]:
        """pg_dump's `COPY t (cols) FROM stdin` data: tab-separated, `\\N` for NULL."""
        m = re.match(rf"COPY\s+(?P<table>{NAME})\s*(?:\((?P<columns>[^)]*)\))?", statement.text,
                     re.IGNORECASE)
        if m is None or not statement.data or self.sample_rows <= 0:
            return []
        columns = ([tolerant.unquote(c) for c in m.group("columns").split(",")]
                   if m.group("columns") else None)
        rows: list[list[Any]] = [
            [None if v == "\\N" else _unescape_copy(v) for v in line.split("\t")]
            for line in statement.data[: self.sample_rows]
        ]
        return [ops.Rows(table_id(*name_parts(m.group("table"))), columns, rows)]

    def _read_drop(self, statement: RawStatement) -> list[ops.Op]:
        m = _DROP.match(statement.text)
        if m is None:
            return self.skip(statement, "DROP TABLE not understood")
        names = re.findall(TABLE_NAME, m.group("names"))
        return [ops.DropTable(table_id(*name_parts(n)), self.where(statement.line),
                              if_exists=bool(m.group("ie")))
                for n in names if n.upper() not in ("CASCADE", "RESTRICT", "PURGE")]

    _read_drop_view = _read_drop

    def _read_rename(self, statement: RawStatement) -> list[ops.Op]:
        body = re.sub(r"^RENAME\s+(?:TABLES?\s+)?", "", statement.text, flags=re.IGNORECASE)
        result: list[ops.Op] = []
        for m in _RENAME.finditer(body):
            parts = name_parts(m.group("new"))
            result.append(ops.RenameTable(table_id(*name_parts(m.group("old"))), table_id(*parts),
                                          parts[-1], self.where(statement.line)))
        return result or self.skip(statement, "RENAME TABLE not understood")

    def _read_comment(self, statement: RawStatement) -> list[ops.Op]:
        m = _COMMENT_ON.match(statement.text)
        if m is None:
            return []  # COMMENT ON EXTENSION, FUNCTION ...: nothing about columns
        parts = name_parts(m.group("name"))
        text = None if m.group("null") else unescape(m.group("text"))
        where = self.where(statement.line)
        if m.group("kind").upper() == "COLUMN":
            if len(parts) < 2:
                return self.skip(statement, "COMMENT ON COLUMN without a table")
            return [ops.SetComment(table_id(*parts[:-1]), parts[-1], text, where)]
        return [ops.SetComment(table_id(*parts), None, text, where)]

    def _read_extended_property(self, statement: RawStatement) -> list[ops.Op]:
        args: dict[str, str | None] = {}
        for position, m in enumerate(_EXT_ARG.finditer(statement.text)):
            key = m.group("param").lower() if m.group("param") else (
                _EXT_ORDER[position] if position < len(_EXT_ORDER) else "")
            args[key] = None if m.group("null") else m.group("text").replace("''", "'")
        if (args.get("name") or "").lower() != "ms_description" or not args.get("level1name"):
            return []
        table = table_id(args.get("level0name"), args.get("level1name"))
        column = args.get("level2name") if (args.get("level2type") or "").upper() == "COLUMN" \
            else None
        return [ops.SetComment(table, column, args.get("value"), self.where(statement.line))]

    def _read_sp_rename(self, statement: RawStatement) -> list[ops.Op]:
        """T-SQL: EXEC sp_rename 'dbo.t.old', 'new', 'COLUMN' / EXEC sp_rename 'dbo.t', 'u'."""
        args = [m.group("text").replace("''", "'") for m in _EXT_ARG.finditer(statement.text)
                if m.group("text") is not None]
        if len(args) < 2:
            return self.skip(statement, "sp_rename not understood")
        old, new = name_parts(args[0]), tolerant.unquote(args[1])
        where = self.where(statement.line)
        if len(args) > 2 and args[2].upper() == "COLUMN" and len(old) >= 2:
            return [ops.RenameColumn(table_id(*old[:-1]), old[-1], new, where)]
        if len(args) > 2 and args[2].upper() != "OBJECT":
            return []  # an index or a user type
        new_id = table_id(*old[:-1], new)
        return [ops.RenameTable(table_id(*old), new_id, new, where)]

    def _read_view(self, statement: RawStatement) -> list[ops.Op]:
        where = self.where(statement.line)
        result: list[ops.Op] = [self.keep(statement)]
        reason = ""
        try:
            create = sqlglot.parse_one(statement.text, read=self.dialect)
        except (errors.ParseError, errors.TokenError, ValueError) as error:
            create = None
            reason = _first_line(error)
        if isinstance(create, exp.Create) and isinstance(create.this, (exp.Table, exp.Schema)):
            target = create.this.this if isinstance(create.this, exp.Schema) else create.this
            view = Table(id=_id_of(target), name=target.name, source=where, kind="view",
                         dialect=self.dialect or None,
                         comment=_comment_property(create.args.get("properties")))
            if isinstance(create.this, exp.Schema):
                names = [e.name for e in create.this.expressions]
            elif isinstance(create.expression, exp.Query):
                names = [s.alias_or_name for s in create.expression.selects]
            else:
                names = []
            for name in names:
                if name and name != "*":
                    view.add_column(Column(name=name, source=where))
            if create.expression is not None:
                view.definition = create.expression.sql(dialect=self.dialect)
            return [ops.CreateTable(view, if_not_exists=bool(create.args.get("exists")))] + result
        m = re.search(rf"VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<name>{TABLE_NAME})", statement.text,
                      re.IGNORECASE)
        if m is None:
            return result + self.skip(statement, "CREATE VIEW not understood")
        parts = name_parts(m.group("name"))
        view = Table(id=table_id(*parts), name=parts[-1], source=where, kind="view",
                     dialect=self.dialect or None)
        body = re.search(r"\bAS\s+([\s\S]*)$", statement.text[m.end():], re.IGNORECASE)
        view.definition = _VIEW_TAIL.sub("", body.group(1)) if body else None
        # View options sqlglot does not know (DEFINER=CURRENT_USER ...): read the SELECT alone.
        try:
            query = sqlglot.parse_one(view.definition or "", read=self.dialect)
        except (errors.ParseError, errors.TokenError, ValueError) as error:
            query = None
            reason = _first_line(error)
        if isinstance(query, exp.Query):
            for select in query.selects:
                if select.alias_or_name and select.alias_or_name != "*":
                    view.add_column(Column(name=select.alias_or_name, source=where))
            return [ops.CreateTable(view), *result]
        view.evidence.append("parse:tolerant")
        return [ops.CreateTable(view), *result,
                *self.skip(statement, f"view read tolerantly: {reason or 'unknown form'}",
                          error=False, kept=True)]

    def _read_alter(self, statement: RawStatement) -> list[ops.Op]:
        where = self.where(statement.line)
        try:
            alter = sqlglot.parse_one(statement.text, read=self.dialect)
        except (errors.ParseError, errors.TokenError, ValueError) as error:
            known = self._alter_by_pattern(statement, where)
            if known is not None:
                return known
            if _ALTER_COLUMN_WORDS.search(statement.text):
                return self.skip(statement, f"ALTER TABLE not understood: {_first_line(error)}")
            return []
        if not isinstance(alter, exp.Alter):
            known = self._alter_by_pattern(statement, where)
            if known is not None:
                return known
            if _ALTER_COLUMN_WORDS.search(statement.text):
                return self.skip(statement, "ALTER TABLE not understood")
            return []  # OWNER TO, SET storage options ...
        tid = _id_of(alter.this)
        result: list[ops.Op] = []
        for option in alter.args.get("options") or []:
            if isinstance(option, exp.SchemaCommentProperty):  # MySQL: ALTER TABLE t COMMENT=
                result.append(ops.SetComment(tid, None, option.this.name, where))
        for action in alter.args.get("actions") or []:
            result.extend(self._alter_action(tid, action, where, statement))
        return result

    def _alter_by_pattern(self, statement: RawStatement, where: str) -> list[ops.Op] | None:
        """ALTER forms sqlglot cannot read: Oracle MODIFY (...), ClickHouse COMMENT COLUMN,
        MySQL ADD COLUMN (...)."""
        m = _ALTER_HEAD.match(statement.text)
        if m is None:
            return None
        tid = table_id(*name_parts(m.group("name")))
        rest = statement.text[m.end():]
        comment = _COMMENT_COLUMN.match(rest)
        if comment:
            column = tolerant.unquote(comment.group("column"))
            return [ops.SetComment(tid, column, unescape(comment.group("text")), where)]
        added = _ADD_LIST.match(rest)
        if added:  # MySQL: ADD [COLUMN] (a INT COMMENT 'x', b INT)
            items, _ = tolerant.split_items(rest, added.end() - 1)
            columns = [tolerant.read_column_item(item) for item, _offset in items]
            return [ops.AddColumn(tid, Column(name=c.name, type=c.type, comment=c.comment,
                                              source=where))
                    for c in columns if c is not None]
        modify = _MODIFY_LIST.match(rest)
        if modify:
            items, _ = tolerant.split_items(rest, modify.end() - 1)
            result: list[ops.Op] = []
            for item, _offset in items:
                read = tolerant.read_column_item(item)
                if read is not None and read.type:
                    result.append(ops.AlterColumnType(tid, read.name, read.type, where))
            return result
        return None

    def _alter_action(self, tid: str, action: exp.Expression, where: str,
                      statement: RawStatement) -> list[ops.Op]:
        if isinstance(action, exp.ColumnDef):
            column, pk, ref = self._column(action, where, statement)
            position = action.args.get("position")
            after = None
            if isinstance(position, exp.ColumnPosition):
                where_to = (position.args.get("position") or "").upper()
                after = "" if where_to == "FIRST" else (
                    position.this.name if where_to == "AFTER" and position.this else None)
            result: list[ops.Op] = [ops.AddColumn(tid, column, after)]
            if pk:
                result.append(ops.AddKey(tid, [column.name], primary=True))
            if ref:
                result.append(ops.AddKey(tid, [column.name], references=ref))
            return result
        if isinstance(action, exp.Schema):  # Oracle: ADD (a INT, b INT)
            return [op for e in action.expressions
                    for op in self._alter_action(tid, e, where, statement)]
        if isinstance(action, exp.Drop) and (action.args.get("kind") or "").upper() == "COLUMN":
            return [ops.DropColumn(tid, c.name, where) for c in action.args.get("tables") or []]
        if isinstance(action, exp.ModifyColumn):
            column, _, _ = self._column(action.this, where, statement)
            old = action.args.get("rename_from")
            return [ops.ReplaceColumn(tid, old.name if old is not None else column.name, column)]
        if isinstance(action, exp.AlterColumn):
            result = []
            renamed = action.args.get("rename_to")
            if renamed is not None:  # Hive: CHANGE COLUMN old new type
                result.append(ops.RenameColumn(tid, action.name, renamed.name, where))
            name = renamed.name if renamed is not None else action.name
            dtype = action.args.get("dtype")
            if dtype is not None:
                written = tolerant.type_after(statement.text, name) or _type_sql(dtype,
                                                                                  self.dialect)
                result.append(ops.AlterColumnType(tid, name, written, where))
            comment = action.args.get("comment")
            if comment is not None:
                result.append(ops.SetComment(tid, name, comment.name, where))
            return result
        if isinstance(action, exp.RenameColumn):
            return [ops.RenameColumn(tid, action.this.name, action.args["to"].name, where)]
        if isinstance(action, exp.AlterRename):
            new = action.this
            return [ops.RenameTable(tid, _id_of(new), new.name, where)]
        if isinstance(action, exp.AddConstraint):
            return [op for e in action.expressions for op in self._constraint(tid, e)]
        if isinstance(action, (exp.Constraint, exp.PrimaryKey, exp.ForeignKey)):
            return self._constraint(tid, action)
        return []  # indexes, defaults, storage: nothing the inventory records

    def _constraint(self, tid: str, node: exp.Expression) -> list[ops.Op]:
        if isinstance(node, exp.Constraint):
            parts = node.expressions
            if any(isinstance(e, exp.PrimaryKeyColumnConstraint) for e in parts):
                # T-SQL: CONSTRAINT pk PRIMARY KEY CLUSTERED ([Id] ASC)
                names = [name for e in parts
                         if isinstance(e, (exp.ClusteredColumnConstraint,
                                           exp.NonClusteredColumnConstraint))
                         for name in _key_names(e.this or [])]
                return [ops.AddKey(tid, names, primary=True)] if names else []
            return [op for e in parts for op in self._constraint(tid, e)]
        if isinstance(node, exp.PrimaryKey):
            return [ops.AddKey(tid, _key_names(node.expressions), primary=True)]
        if isinstance(node, exp.ForeignKey):
            target = _reference_target(node.args.get("reference"))
            if target:
                return [ops.AddKey(tid, _key_names(node.expressions), references=target)]
        return []

    def _read_table(self, statement: RawStatement) -> list[ops.Op]:
        where = self.where(statement.line)
        result: list[ops.Op] = []
        text = statement.text
        if not statement.broken and self.fast:
            # A plain CREATE TABLE (never CTAS nor LOCATION: the fast path declines those).
            fast = read_plain_create(text, where, self.dialect or None)
            if fast is not None:
                self._apply_comments(fast.table, statement)
                return [fast]
        if _CTAS.search(text) or _LOCATION.search(text):
            result.append(self.keep(statement))
        create: exp.Expression | None = None
        reason = statement.broken or ""
        if not statement.broken:
            try:
                create = sqlglot.parse_one(text, read=self.dialect)
            except (errors.ParseError, errors.TokenError, ValueError) as error:
                reason = _first_line(error)
        if isinstance(create, exp.Create) and (create.kind or "").upper() == "TABLE":
            op = self._create_from_sqlglot(create, where, statement)
        else:
            op = self._create_tolerantly(statement, where)
            if op is None:
                return result + self.skip(statement, f"CREATE TABLE not understood: {reason}")
            # The table is kept. A clause sqlglot does not know is no fault of the input; a
            # statement the splitter found broken (an open quote) is, even when recovered.
            result.append(ops.Skip(Skipped(self.path, statement.line,
                                           f"read tolerantly: {reason or 'unsupported syntax'}",
                                           error=bool(statement.broken), kept=True)))
        self._apply_comments(op.table, statement)
        return [op, *result]

    @staticmethod
    def _apply_line_notes(table: Table, statement: RawStatement) -> None:
        """A column with no COMMENT clause takes the comment its line ends with: hand-written
        DDL documents columns so (`name varchar(20), -- customer name`)."""
        if "--" not in statement.text and "/*" not in statement.text:
            return
        for line, column, rest in _column_lines(
                table, statement.text, lambda line: "--" in line or "/*" in line):
            if column.comment is None and not pragma_words(line):
                note = tolerant.line_note(rest)
                if note is not None:
                    column.comment = note

    # --- CREATE TABLE through sqlglot ------------------------------------------------------

    def _create_from_sqlglot(self, create: exp.Create, where: str,
                             statement: RawStatement) -> ops.CreateTable:
        node = create.this
        target = node.this if isinstance(node, exp.Schema) else node
        table = Table(id=_id_of(target), name=target.name, source=where,
                      dialect=self.dialect or None)
        op = ops.CreateTable(table, if_not_exists=bool(create.args.get("exists")))
        items = node.expressions if isinstance(node, exp.Schema) else []
        properties = create.args.get("properties")
        table.comment = _comment_property(properties)
        for prop in properties.expressions if properties else []:
            if isinstance(prop, (exp.LikeProperty, exp.PartitionedOfProperty)):
                op.like = _id_of(prop.this)  # a partition has its parent's columns
            elif isinstance(prop, exp.InheritsProperty) and prop.expressions:
                op.like = _id_of(prop.expressions[0])  # PostgreSQL INHERITS (parent)
            elif isinstance(prop, exp.PartitionedByProperty) and isinstance(prop.this, exp.Schema):
                items = [*items, *(e for e in prop.this.expressions
                                   if isinstance(e, exp.ColumnDef))]
        for item in items:
            if isinstance(item, exp.ColumnDef):
                # (written types for a whole CREATE TABLE are found in one pass below)
                column, pk, ref = self._column(item, where, statement, find_written=False)
                table.add_column(column)
                if pk:
                    op.pk.append(column.name)
                if ref:
                    op.fks.append(([column.name], ref))
            elif isinstance(item, (exp.Constraint, exp.PrimaryKey, exp.ForeignKey)):
                for key in self._constraint(table.id, item):
                    if isinstance(key, ops.AddKey) and key.primary:
                        op.pk.extend(key.columns)
                    elif isinstance(key, ops.AddKey) and key.references:
                        op.fks.append((key.columns, key.references))
            elif isinstance(item, exp.LikeProperty):
                op.like = _id_of(item.this)
        query = create.expression
        if not table.columns and isinstance(query, exp.Query):
            # CREATE TABLE ... AS SELECT: the columns are the query's output names.
            for select in query.selects:
                if select.alias_or_name and select.alias_or_name != "*":
                    table.add_column(Column(name=select.alias_or_name, source=where))
        # Types as written (INT, not sqlglot's INTEGER), like the fast path reports them.
        written = tolerant.written_types(statement.text)
        for column in table.columns.values():
            column.type = written.get(column.name.lower(), column.type)
        return op

    def _column(self, node: exp.ColumnDef, where: str, statement: RawStatement,
                find_written: bool = True) -> tuple[Column, bool, str | None]:
        kind = node.args.get("kind")
        written = (tolerant.type_after(statement.text, node.name)
                   if kind and find_written else None)
        column = Column(name=node.name,
                        type=written or (_type_sql(kind, self.dialect) if kind else None),
                        source=where)
        pk = False
        ref = None
        for constraint in node.args.get("constraints") or []:
            value = constraint.args.get("kind")
            if isinstance(value, exp.CommentColumnConstraint):
                column.comment = value.this.name if value.this is not None else None
            elif isinstance(value, exp.PrimaryKeyColumnConstraint):
                pk = True
            elif isinstance(value, exp.Reference):
                ref = _reference_target(value)
            elif isinstance(value, exp.Properties):
                for prop in value.expressions:
                    if isinstance(prop, exp.Property) and prop.name.lower() == "description":
                        column.comment = prop.args["value"].name
        column.primary_key = pk
        return column, pk, ref

    # --- CREATE TABLE without sqlglot ----------------------------------------------------------

    def _create_tolerantly(self, statement: RawStatement, where: str) -> ops.CreateTable | None:
        read = tolerant.read_create_table(statement.text)
        if read is None or not read.name_parts:
            return None
        table = Table(id=table_id(*read.name_parts), name=read.name_parts[-1], source=where,
                      comment=read.comment, dialect=self.dialect or None,
                      evidence=["parse:tolerant"])
        op = ops.CreateTable(table, if_not_exists=read.if_not_exists,
                             like=table_id(*read.like) if read.like else None,
                             pk=list(read.pk), fks=list(read.fks))
        for col in read.columns:
            table.add_column(Column(name=col.name, type=col.type, comment=col.comment,
                                    source=where, primary_key=col.primary_key))
            if col.primary_key:
                op.pk.append(col.name)
            if col.references:
                op.fks.append(([col.name], table_id(col.references)))
        op.fks = [(cols, table_id(target)) for cols, target in op.fks]
        return op

    # --- pragmas ------------------------------------------------------------------------------

    def _apply_comments(self, table: Table, statement: RawStatement) -> None:
        """What the statement's comments say of its columns: their notes and pragmas."""
        self._apply_line_notes(table, statement)
        lines = statement.leading.rstrip().split("\n")
        before = pragma_words(lines[-1]) if lines else []
        if before:
            table.evidence.extend(f"pragma:{w}" for w in before)
            for column in table.columns.values():
                column.pragmas.extend(before)
        if "privflow" not in statement.text:
            return
        for line, column, _ in _column_lines(table, statement.text, pragma_words):
            column.pragmas.extend(pragma_words(line))


def _column_lines(table: Table, text: str, wanted: Callable[[str], object]
                  ) -> Iterator[tuple[str, Column, str]]:
    """(line, column, the rest of the line after the column's name) for each line of a
    CREATE TABLE that `wanted` keeps and that starts with one of the table's columns."""
    for line in text.split("\n"):
        if not wanted(line):
            continue
        m = tolerant._IDENT_RE.match(line.strip())
        column = table.column(tolerant.unquote(m.group())) if m else None
        if column is not None:
            yield line, column, line[line.index(m.group()) + len(m.group()):]


_COPY_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _unescape_copy(value: str) -> str:
    if "\\" not in value:
        return value
    return re.sub(r"\\(.)", lambda m: _COPY_ESCAPES.get(m.group(1), m.group(1)), value)


def _comment_property(properties: exp.Expression | None) -> str | None:
    """A table's comment: COMMENT '...' / COMMENT = '...', or BigQuery OPTIONS(description=)."""
    for prop in properties.expressions if properties else []:
        if isinstance(prop, exp.SchemaCommentProperty):
            return prop.this.name
        if type(prop) is exp.Property and prop.name.lower() == "description":
            return prop.args["value"].name
    return None


def _first_line(error: Exception) -> str:
    text = str(error).strip().split("\n")[0]
    return text[:160]


def _id_of(node: exp.Expression) -> str:
    if isinstance(node, exp.Schema):
        node = node.this
    if isinstance(node, exp.Table):
        return table_id(node.catalog, node.db, node.name)
    return table_id(node.name)


def _reference_target(reference: exp.Expression | None) -> str | None:
    if reference is None:
        return None
    node = reference.this
    if isinstance(node, exp.Schema):
        node = node.this
    return _id_of(node) if node is not None else None


def _key_names(expressions: list[exp.Expression]) -> list[str]:
    names = []
    for e in expressions:
        while isinstance(e, (exp.Ordered, exp.Paren)):
            e = e.this
        names.append(e.name)
    return names


def _type_sql(kind: exp.Expression, dialect: str) -> str:
    try:
        return kind.sql(dialect=dialect).lower()
    except Exception:  # a type sqlglot reads but cannot write back
        return kind.sql().lower()
