"""Applying ops, in file order, to build the final schema."""

from __future__ import annotations

from copy import deepcopy

from privflow.schema import Column, Schema, Skipped, Table, table_id
from privflow.sources import ops


class SchemaBuilder:
    def __init__(self, schema: Schema, sample_rows: int) -> None:
        self.schema = schema
        self.sample_rows = sample_rows
        self._by_name: dict[str, set[str]] = {}  # bare table name -> ids
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the name index (after something else, like the dbt loader, added tables)."""
        self._by_name = {}
        for tid in self.schema.tables:
            self._by_name.setdefault(tid.rsplit(".", 1)[-1], set()).add(tid)

    def _put(self, table: Table) -> None:
        self.schema.tables[table.id] = table
        self._by_name.setdefault(table.id.rsplit(".", 1)[-1], set()).add(table.id)

    def _remove(self, tid: str) -> None:
        self.schema.tables.pop(tid, None)
        self._by_name.get(tid.rsplit(".", 1)[-1], set()).discard(tid)

    # Tables are found by id, or by bare name when the statement leaves out a schema the
    # CREATE TABLE had (or the other way round) and exactly one table matches.
    def resolve(self, tid: str) -> Table | None:
        tables = self.schema.tables
        if tid in tables:
            return tables[tid]
        bare = tid.rsplit(".", 1)[-1]
        keys = [k for k in self._by_name.get(bare, ()) if k in tables]
        hits = [k for k in keys if tid == bare or k == bare or k.endswith("." + tid)]
        if not hits and "." in tid:
            hits = [k for k in keys if k == bare]
        return tables[hits[0]] if len(hits) == 1 else None

    def _missing(self, tid: str, where: str, what: str) -> None:
        path, _, line = where.rpartition(":")
        self.schema.skipped.append(Skipped(path, int(line) if line.isdigit() else None,
                                           f"{what} on table {tid!r} not defined earlier",
                                           error=False))

    def apply(self, op: ops.Op) -> None:
        getattr(self, "_" + type(op).__name__)(op)

    def _CreateTable(self, op: ops.CreateTable) -> None:
        table = op.table
        existing = self.schema.tables.get(table.id)
        if existing is not None and op.if_not_exists:
            return
        if op.like:
            model = self.resolve(op.like)
            if model is None:
                table.evidence.append(f"like:{op.like}")
            else:
                for column in model.columns.values():
                    copy = deepcopy(column)
                    copy.samples = []
                    copy.source = table.source
                    table.add_column(copy)
        for name in op.pk:
            column = table.column(name)
            if column is not None:
                column.primary_key = True
        for columns, target in op.fks:
            self._references(table, columns, target)
        table.origins = ["file"]
        if existing is not None:
            self._remove(table.id)
        self._put(table)

    def _references(self, table: Table, columns: list[str], target: str) -> None:
        resolved = self.resolve(target)
        target_id = resolved.id if resolved is not None else target
        for name in columns:
            column = table.column(name)
            if column is not None:
                column.references = target_id

    def _DropTable(self, op: ops.DropTable) -> None:
        table = self.schema.tables.get(op.table) if op.if_exists else self.resolve(op.table)
        if table is not None:
            self._remove(table.id)

    def _RenameTable(self, op: ops.RenameTable) -> None:
        table = self.resolve(op.table)
        if table is None:
            self._missing(op.table, op.source, "RENAME")
            return
        self._remove(table.id)
        if "." not in op.new_id and "." in table.id:
            op.new_id = table_id(table.id.rsplit(".", 1)[0], op.new_id)
        table.id = op.new_id
        table.name = op.new_name
        self._put(table)

    def _table(self, tid: str, where: str | None, what: str) -> Table | None:
        table = self.resolve(tid)
        if table is None and where is not None:
            self._missing(tid, where, what)
        return table

    def _AddColumn(self, op: ops.AddColumn) -> None:
        table = self._table(op.table, op.column.source, "ADD COLUMN")
        if table is not None:
            if table.evidence and any(e.startswith("pragma:") for e in table.evidence):
                op.column.pragmas.extend(e.split(":", 1)[1] for e in table.evidence
                                         if e.startswith("pragma:"))
            if op.after is None or (op.after and table.column(op.after) is None):
                table.add_column(op.column)
                return
            # The position matters to positional INSERT rows sampled later.
            rebuilt: dict[str, Column] = {}
            if op.after == "":
                rebuilt[op.column.name.lower()] = op.column
            for key, column in table.columns.items():
                if key != op.column.name.lower():
                    rebuilt[key] = column
                if key == op.after.lower():
                    rebuilt[op.column.name.lower()] = op.column
            table.columns = rebuilt

    def _DropColumn(self, op: ops.DropColumn) -> None:
        table = self._table(op.table, op.source, "DROP COLUMN")
        if table is not None:
            table.columns.pop(op.name.lower(), None)

    def _ReplaceColumn(self, op: ops.ReplaceColumn) -> None:
        table = self._table(op.table, op.column.source, "MODIFY/CHANGE COLUMN")
        if table is None:
            return
        old = table.column(op.old_name)
        if old is not None:
            op.column.pragmas = old.pragmas + [p for p in op.column.pragmas
                                               if p not in old.pragmas]
            op.column.primary_key = op.column.primary_key or old.primary_key
            op.column.references = op.column.references or old.references
            op.column.samples = old.samples
        # Keep the column's position: rebuild the mapping in order.
        rebuilt: dict[str, Column] = {}
        for key, column in table.columns.items():
            if key == op.old_name.lower():
                rebuilt[op.column.name.lower()] = op.column
            elif key != op.column.name.lower():
                rebuilt[key] = column
        if old is None:
            rebuilt[op.column.name.lower()] = op.column
        table.columns = rebuilt

    def _AlterColumnType(self, op: ops.AlterColumnType) -> None:
        table = self._table(op.table, op.source, "ALTER COLUMN")
        column = table.column(op.name) if table else None
        if column is not None:
            column.type = op.type
            column.source = op.source

    def _RenameColumn(self, op: ops.RenameColumn) -> None:
        table = self._table(op.table, op.source, "RENAME COLUMN")
        if table is None or table.column(op.old_name) is None:
            return
        rebuilt: dict[str, Column] = {}
        for key, column in table.columns.items():
            if key == op.old_name.lower():
                column.name = op.new_name
                column.source = op.source
                rebuilt[op.new_name.lower()] = column
            else:
                rebuilt[key] = column
        table.columns = rebuilt

    def _SetComment(self, op: ops.SetComment) -> None:
        table = self._table(op.table, op.source, "COMMENT")
        if table is None:
            return
        if op.column is None:
            table.comment = op.comment
            return
        column = table.column(op.column)
        if column is not None:
            column.comment = op.comment

    def _AddKey(self, op: ops.AddKey) -> None:
        table = self.resolve(op.table)
        if table is None:
            return
        if op.primary:
            for name in op.columns:
                column = table.column(name)
                if column is not None:
                    column.primary_key = True
        if op.references:
            self._references(table, op.columns, op.references)

    def _Rows(self, op: ops.Rows) -> None:
        table = self.resolve(op.table)
        if table is None or self.sample_rows <= 0:
            return
        if op.columns is None:
            columns = list(table.columns.values())
        else:
            columns = [table.column(name) for name in op.columns]
        for row in op.rows:
            for column, value in zip(columns, row, strict=False):
                if (column is not None and value is not None
                        and len(column.samples) < self.sample_rows):
                    column.samples.append(value)

    def _KeepStatement(self, op: ops.KeepStatement) -> None:
        self.schema.statements.append(op.statement)

    def _Skip(self, op: ops.Skip) -> None:
        self.schema.skipped.append(op.skipped)
