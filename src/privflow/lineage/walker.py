"""Column-level lineage of one parsed SQL statement: which source columns each target column
depends on, and how the value was transformed on the way.

The walker resolves names itself rather than through sqlglot's optimizer: `qualify` needs a
complete schema and rewrites the tree, while privflow must say "unresolved" when it lacks the
schema (contract: `source_table: null` instead of a guess) and must stay fast on big scripts.
A query becomes a `QueryOutput` (ordered output columns, each with its `Dep`s) built bottom-up
through CTEs, subqueries, set operations and lateral views; a statement maps that output onto
its target (INSERT, CTAS, VIEW, MERGE, UPDATE, SELECT INTO) or onto an export (OUTFILE, COPY
TO, UNLOAD, EXPORT DATA, INSERT OVERWRITE DIRECTORY, external table LOCATION).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from privflow.lazy import Lazy
from privflow.lineage.transforms import (
    OPAQUE,
    PROTECTIVE,
    compose,
    node_transform,
    relabels,
)

exp = Lazy("sqlglot.expressions")  # imported when a statement is first walked


@dataclass(frozen=True)
class Dep:
    """One source column a value depends on; `table` None when it cannot be resolved."""

    table: str | None
    column: str
    transform: str = "identity"

    def through(self, outer: str) -> Dep:
        return Dep(self.table, self.column, compose(self.transform, outer))


@dataclass
class Edge:
    source_table: str | None
    source_column: str
    target_table: str | None
    target_column: str | None
    transform: str
    line: int

    def to_json(self) -> dict:
        return {"source_table": self.source_table, "source_column": self.source_column,
                "target_table": self.target_table, "target_column": self.target_column,
                "transform": self.transform, "line": self.line}


@dataclass
class Export:
    """Data leaving the database: a file, a bucket, a directory."""

    kind: str  # outfile | copy | unload | export_data | directory | external_table
    location: str
    line: int
    table: str | None = None  # the external table written, for kind external_table

    @property
    def target(self) -> str:
        return f"{self.kind}:{self.location}"


@dataclass
class StatementLineage:
    line: int
    edges: list[Edge] = field(default_factory=list)
    conditions: list[Edge] = field(default_factory=list)
    exports: list[Export] = field(default_factory=list)
    target_table: str | None = None
    group_keys: list[Dep] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Known tables


class Catalog:
    """Tables and their ordered columns known so far: the `--schema`, the scan, and everything a
    script created before the current statement."""

    def __init__(self, tables: dict[str, list[str]] | None = None) -> None:
        self.tables: dict[str, list[str]] = {}
        self._by_name: dict[str, set[str]] = {}
        self.locations: dict[str, str] = {}  # external table id -> LOCATION
        self.temporary: set[str] = set()  # tables a script created as temporary
        for table, columns in (tables or {}).items():
            self.add(table, columns)

    def add(self, table: str, columns: list[str]) -> None:
        table = table.lower()
        if not columns or "*" in columns:
            # Columns not known (a view over `SELECT *` of an unknown table): forget any stale
            # list rather than claim the table has none.
            self.tables.pop(table, None)
            return
        self.tables[table] = [c.lower() for c in columns]
        self._by_name.setdefault(table.rsplit(".", 1)[-1], set()).add(table)

    def resolve(self, written: str) -> str:
        """The id to report: as written, or qualified when the schema knows exactly one match."""
        if written in self.tables or "." in written:
            return written
        hits = self._by_name.get(written)
        if hits and len(hits) == 1:
            return next(iter(hits))
        return written

    def columns(self, table: str) -> list[str] | None:
        if table in self.tables:
            return self.tables[table]
        hits = self._by_name.get(table.rsplit(".", 1)[-1])
        if hits and len(hits) == 1:
            return self.tables.get(next(iter(hits)))
        return None


def identifier_name(node: exp.Expression | str | None) -> str:
    if node is None:
        return ""
    if isinstance(node, str):
        return node.lower()
    if isinstance(node, exp.Identifier):
        name = node.this.lower()
        return f"#{name}" if node.args.get("temporary") and not name.startswith("#") else name
    return node.name.lower()


def written_table(table: exp.Table) -> str:
    parts = [identifier_name(table.args.get(k)) for k in ("catalog", "db", "this")]
    return ".".join(p for p in parts if p)


# ---------------------------------------------------------------------------------------------
# Queries


@dataclass
class QueryOutput:
    columns: list[tuple[str, list[Dep]]]
    conditions: list[Dep] = field(default_factory=list)
    # GROUP BY columns of this query and of the derived tables it reads: whether an aggregate
    # summarises many people or one person's rows (build_flows decides, knowing person keys).
    group_keys: list[Dep] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.columns]


class Source:
    """One FROM item as the query sees it: a physical table or a derived relation."""

    def __init__(self, table: str | None = None, output: QueryOutput | None = None,
                 known: list[str] | None = None, lateral: bool = False,
                 passthrough: list[Dep] | None = None) -> None:
        self.table = table
        # A table function's output, whatever its columns are called (Hive's default `col`).
        self.passthrough = passthrough
        # LATERAL VIEW / UNNEST aliases name their columns explicitly: they win a name clash.
        self.lateral = lateral
        self.output = output
        self.known = known  # physical table columns from the catalog, None when unknown
        self._map: dict[str, list[Dep]] | None = None
        self.star_tables: list[Dep] = []
        if output is not None:
            self._map = {}
            for name, deps in output.columns:
                if name == "*":
                    self.star_tables.extend(deps)
                else:
                    self._map.setdefault(name, deps)

    def knows(self, name: str) -> bool | None:
        """True / False when this source's columns are known, None when they are not."""
        if self._map is not None:
            if name in self._map:
                return True
            return None if self.star_tables else False
        if self.known is not None:
            return name in self.known
        return None

    def deps(self, name: str) -> list[Dep]:
        if self._map is not None:
            if name in self._map:
                return self._map[name]
            if self.passthrough is not None:
                return self.passthrough
            return [Dep(d.table, name, d.transform) for d in self.star_tables] or [Dep(None, name)]
        return [Dep(self.table, name)]

    def star(self) -> list[tuple[str, list[Dep]]]:
        if self.output is not None:
            return list(self.output.columns)
        if self.known is not None:
            return [(c, [Dep(self.table, c)]) for c in self.known]
        return [("*", [Dep(self.table, "*")])]


class Scope:
    def __init__(self, parent: Scope | None = None,
                 ctes: dict[str, QueryOutput] | None = None) -> None:
        self.parent = parent
        self.ctes: dict[str, QueryOutput] = ctes if ctes is not None else (
            parent.ctes if parent is not None else {})
        self.sources: dict[str, Source] = {}
        self.conditions: list[Dep] = []  # WHERE/JOIN columns of derived tables read here
        self.aliases: dict[str, list[Dep]] = {}  # projection aliases (GROUP BY / ORDER BY)
        self.using: set[str] = set()

    def add(self, alias: str, source: Source) -> None:
        self.sources[alias] = source
        if source.output is not None:
            self.conditions.extend(source.output.conditions)

    def find_source(self, alias: str) -> Source | None:
        scope: Scope | None = self
        while scope is not None:
            if alias in scope.sources:
                return scope.sources[alias]
            scope = scope.parent
        return None

    def lookup(self, name: str) -> list[Dep]:
        sources = list(self.sources.values())
        if len(sources) == 1 and sources[0].knows(name) is not False:
            return sources[0].deps(name)
        yes = [s for s in sources if s.knows(name) is True]
        maybe = [s for s in sources if s.knows(name) is None]
        if len(yes) == 1 and (not maybe or yes[0].lateral):
            return yes[0].deps(name)
        if len(yes) > 1:
            if name in self.using:
                return yes[0].deps(name)
            return [Dep(None, name)]
        if not yes and len(maybe) == 1:
            return maybe[0].deps(name)
        if not yes and not maybe:
            if name in self.aliases:
                return self.aliases[name]
            if self.parent is not None:
                return self.parent.lookup(name)
            if len(sources) == 1:
                return sources[0].deps(name)  # the schema may lag behind the SQL
        return [Dep(None, name)]


class Walker:
    """Walks statements of one dialect against a catalog that grows as a script goes on."""

    def __init__(self, catalog: Catalog | None = None, dialect: str | None = None) -> None:
        self.catalog = catalog or Catalog()
        self.dialect = dialect
        self.base_ctes: dict[str, QueryOutput] = {}  # a statement-level WITH (WITH ... INSERT)
        # Inside a trigger body: NEW/OLD (inserted/deleted) -> the table the trigger is on.
        self.row_aliases: dict[str, str] = {}
        # Inside a procedure: cursor loop records -> the output of the cursor's query.
        self.records: dict[str, QueryOutput] = {}

    # -- expressions ---------------------------------------------------------------------------

    def expression_deps(self, node: exp.Expression, scope: Scope, conditions: list[Dep],
                        outer: str = "identity") -> list[Dep]:
        """Every source column `node` reads, with the transform of its path through `node`."""
        found: list[Dep] = []
        stack: list[tuple[exp.Expression, str]] = [(node, outer)]
        while stack:
            current, ctx = stack.pop()
            if isinstance(current, exp.Column):
                found.extend(d.through(ctx) for d in self.column_deps(current, scope))
                continue
            if isinstance(current, (exp.Subquery, exp.Select, exp.SetOperation)):
                output = self.query(current, scope)
                conditions.extend(output.conditions)
                for _, deps in output.columns:
                    found.extend(d.through(ctx) for d in deps)
                continue
            if isinstance(current, exp.Star):
                continue
            here = compose(node_transform(current), ctx)
            if ctx not in PROTECTIVE and ctx not in OPAQUE and relabels(current):
                # IF(gender = 1, 'M', 'F'): the test's outcome is written out as text, so the
                # value is still there in another spelling; a flag (THEN TRUE/1) is not.
                here = "relabel"
            for child in current.iter_expressions():
                stack.append((child, here))
        return found

    def column_deps(self, column: exp.Column, scope: Scope) -> list[Dep]:
        name = identifier_name(column.this)
        parts = [identifier_name(column.args.get(k)) for k in ("catalog", "db", "table")]
        qualifier = ".".join(p for p in parts if p)
        if isinstance(column.this, exp.Star):
            source = scope.find_source(qualifier) if qualifier else None
            return [d for _, deps in (source.star() if source else []) for d in deps]
        if not qualifier:
            return scope.lookup(name)
        source = scope.find_source(qualifier)
        if source is None and "." in qualifier:
            # `alias.struct_column.field` (BigQuery, Spark): the field of a column of alias.
            head, _, struct = qualifier.partition(".")
            owner_source = scope.find_source(head)
            if owner_source is not None and "." not in struct:
                return [d.through("derive") for d in owner_source.deps(struct)]
            source = scope.find_source(qualifier.rsplit(".", 1)[-1])
        if source is not None:
            return source.deps(name)
        if qualifier in self.row_aliases:
            return [Dep(self.row_aliases[qualifier], name)]
        if qualifier in self.records:
            return Source(output=self.records[qualifier]).deps(name)
        # A qualifier naming no FROM item: a struct field (`profile.phone`) or a table the
        # dialect lets one name without FROM; either way the named relation is the best answer.
        owner = scope.lookup(parts[-1]) if parts[-1] else []
        if owner and owner[0].table is not None:
            return [Dep(d.table, d.column, compose(d.transform, "derive")) for d in owner]
        return [Dep(self.catalog.resolve(qualifier), name)]

    # -- queries -------------------------------------------------------------------------------

    def query(self, node: exp.Expression, parent: Scope | None,
              ctes: dict[str, QueryOutput] | None = None) -> QueryOutput:
        ctes = {**self.base_ctes, **(parent.ctes if parent is not None else {}), **(ctes or {})}
        with_ = node.args.get("with_") or node.args.get("with")
        if isinstance(with_, exp.With):
            for cte in with_.expressions:
                name = identifier_name(cte.alias_or_name)
                ctes[name] = self.cte(cte, name, parent, ctes, bool(with_.args.get("recursive")))
        if isinstance(node, exp.Subquery):
            output = self.query(node.this, parent, ctes)
            return self.renamed(output, node.args.get("alias"))
        if isinstance(node, exp.Paren):
            return self.query(node.this, parent, ctes)
        if isinstance(node, exp.SetOperation):
            # A chain of thousands of UNION ALL branches is a left-deep tree: walk it with a
            # stack, not recursion. Branches line up by position; the first one names them.
            branches: list[exp.Expression] = []
            pending: list[exp.Expression] = [node]
            while pending:
                current = pending.pop()
                if isinstance(current, exp.SetOperation) and (
                        current is node or not current.args.get("with_")):
                    pending.extend((current.right, current.left))
                else:
                    branches.append(current)
            outputs = [self.query(branch, parent, ctes) for branch in branches]
            first = outputs[0]
            columns = [(name, [d for output in outputs if index < len(output.columns)
                               for d in output.columns[index][1]])
                       for index, (name, _) in enumerate(first.columns)]
            return QueryOutput(columns, [d for o in outputs for d in o.conditions],
                               [d for o in outputs for d in o.group_keys])
        if isinstance(node, exp.Values):
            alias = node.args.get("alias")
            names = [identifier_name(c) for c in alias.columns] if alias else []
            if not names and node.expressions:
                first = node.expressions[0]
                width = len(first.expressions) if isinstance(first, exp.Tuple) else 1
                names = [f"column{i + 1}" for i in range(width)]
            return QueryOutput([(n, []) for n in names])
        if isinstance(node, exp.Select):
            return self.select(node, parent, ctes)
        return QueryOutput([])

    def cte(self, cte: exp.CTE, name: str, parent: Scope | None,
            ctes: dict[str, QueryOutput], recursive: bool) -> QueryOutput:
        body = cte.this
        # T-SQL and Oracle write recursive CTEs without RECURSIVE: a branch reading the CTE's
        # own name is recursion all the same.
        recursive = recursive or (isinstance(body, exp.Union) and any(
            not t.args.get("db") and written_table(t) == name
            for t in body.right.find_all(exp.Table)))
        if recursive and isinstance(body, exp.Union):
            # Anchor first, so that the recursive branch can read the CTE itself.
            anchor = self.renamed(self.query(body.left, parent, ctes), cte.args.get("alias"))
            step = self.query(body.right, parent, {**ctes, name: anchor})
            columns = []
            for index, (column, deps) in enumerate(anchor.columns):
                extra = step.columns[index][1] if index < len(step.columns) else []
                # The step's reads of the CTE are the anchor's sources again: keep real ones.
                columns.append((column, _unique(deps + extra)))
            return QueryOutput(columns, anchor.conditions + step.conditions,
                               anchor.group_keys + step.group_keys)
        return self.renamed(self.query(body, parent, ctes), cte.args.get("alias"))

    @staticmethod
    def renamed(output: QueryOutput, alias: exp.Expression | None) -> QueryOutput:
        if not isinstance(alias, exp.TableAlias) or not alias.columns:
            return output
        names = [identifier_name(c) for c in alias.columns]
        if any(name == "*" for name in output.names()):
            # Renaming columns we cannot see: each new name may be any of them.
            unknown = _unique(d for _, deps in output.columns for d in deps)
            return QueryOutput([(name, unknown) for name in names], output.conditions,
                               output.group_keys)
        columns = [(names[i] if i < len(names) else name, deps)
                   for i, (name, deps) in enumerate(output.columns)]
        return QueryOutput(columns, output.conditions, output.group_keys)

    def from_item(self, item: exp.Expression, scope: Scope,
                  ctes: dict[str, QueryOutput]) -> None:
        alias_node = item.args.get("alias")
        alias = identifier_name(alias_node.this) if isinstance(alias_node, exp.TableAlias) \
            and alias_node.this else ""
        if isinstance(item, exp.Table) and isinstance(item.this, exp.Identifier):
            written = written_table(item)
            if written in self.row_aliases:  # T-SQL trigger: FROM inserted
                table = self.row_aliases[written]
                scope.add(alias or written, Source(table=table, known=self.catalog.columns(table)))
                return
            if not item.args.get("db") and written in ctes:
                scope.add(alias or written, Source(output=ctes[written]))
                return
            table = self.catalog.resolve(written)
            source = Source(table=table, known=self.catalog.columns(table))
            scope.add(alias or identifier_name(item.this), source)
            return
        if isinstance(item, (exp.Subquery, exp.Select, exp.SetOperation, exp.Values)):
            output = self.query(item, scope.parent, ctes)
            scope.add(alias or f"_subquery{len(scope.sources)}", Source(output=output))
            return
        if isinstance(item, (exp.Lateral, exp.Unnest, exp.Table)):
            inner = item.this if isinstance(item, exp.Lateral) else item
            if isinstance(inner, (exp.Subquery, exp.Select)):
                output = self.renamed(self.query(inner, scope), alias_node)
                scope.add(alias or f"_lateral{len(scope.sources)}", Source(output=output))
                return
            sink: list[Dep] = []
            deps = [d.through("derive") for d in self.expression_deps(inner, scope, sink)]
            names = [identifier_name(c) for c in alias_node.columns] \
                if isinstance(alias_node, exp.TableAlias) else []
            if not names and alias and (isinstance(item, (exp.Unnest, exp.Lateral))
                                        or item is inner):
                names = [alias]  # UNNEST(a) AS x, jsonb_array_elements(a) AS x: x is a column
            if not names and not deps:
                scope.add(alias or f"_function{len(scope.sources)}", Source(table=None))
                return
            output = QueryOutput([(n, deps) for n in names] or [("*", deps)])
            scope.add(alias or f"_lateral{len(scope.sources)}",
                      Source(output=output, lateral=bool(names), passthrough=deps))
            return
        scope.add(alias or f"_item{len(scope.sources)}", Source(table=None))

    def select(self, node: exp.Select, parent: Scope | None,
               ctes: dict[str, QueryOutput]) -> QueryOutput:
        scope = Scope(parent, ctes)
        conditions: list[Dep] = []
        from_ = node.args.get("from_") or node.args.get("from")
        if from_ is not None:
            self.from_item(from_.this, scope, ctes)
        for join in node.args.get("joins") or []:
            self.from_item(join.this, scope, ctes)
            for using in join.args.get("using") or []:
                scope.using.add(identifier_name(using))
        for lateral in node.args.get("laterals") or []:
            self.from_item(lateral, scope, ctes)
        for join in node.args.get("joins") or []:
            on = join.args.get("on")
            if on is not None:
                conditions.extend(self.expression_deps(on, scope, conditions))

        columns: list[tuple[str, list[Dep]]] = []
        anonymous = 0  # unnamed expressions so far (BigQuery numbers them f0_, f1_ ...)
        for projection in node.expressions:
            if isinstance(projection, exp.Star) or (
                    isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star)):
                columns.extend(self.star(projection, scope))
                continue
            name = self.output_name(projection, len(columns), anonymous)
            if not isinstance(projection, (exp.Alias, exp.Column, exp.Dot)):
                anonymous += 1
            deps = self.expression_deps(projection, scope, conditions)
            columns.append((name, _unique(deps)))
            if name:
                scope.aliases.setdefault(name, deps)

        group_keys: list[Dep] = []
        for key in ("where", "group", "having", "qualify"):
            clause = node.args.get(key)
            if clause is None:
                continue
            # iter_expressions: plain keys plus ROLLUP / CUBE / GROUPING SETS
            for part in list(clause.iter_expressions()) if key == "group" else [clause]:
                if isinstance(part, exp.Literal):
                    if key == "group" and part.is_int and 0 < int(part.this) <= len(columns):
                        group_keys.extend(columns[int(part.this) - 1][1])  # GROUP BY 1
                    continue
                deps = self.expression_deps(part, scope, conditions)
                conditions.extend(deps)
                if key == "group":
                    group_keys.extend(deps)
        if node.args.get("group") is None and not any(
                True for p in node.expressions for _ in p.find_all(exp.AggFunc)):
            # No aggregation here: rows of grouped derived tables pass through as they are.
            group_keys = [d for source in scope.sources.values() if source.output is not None
                          for d in source.output.group_keys]
        return QueryOutput(columns, _unique(Dep(d.table, d.column, "condition")
                                            for d in scope.conditions + conditions),
                           _unique(Dep(d.table, d.column) for d in group_keys))

    def star(self, projection: exp.Expression, scope: Scope) -> list[tuple[str, list[Dep]]]:
        qualifier = identifier_name(projection.args.get("table")) \
            if isinstance(projection, exp.Column) else ""
        star = projection.this if isinstance(projection, exp.Column) else projection
        columns: list[tuple[str, list[Dep]]] = []
        if qualifier:
            source = scope.find_source(qualifier)
            columns = source.star() if source else [("*", [Dep(qualifier, "*")])]
        else:
            for source in scope.sources.values():
                columns.extend(source.star())
        # BigQuery * EXCEPT (a) / Snowflake * EXCLUDE (a), * REPLACE (expr AS a)
        excluded = {identifier_name(c.this if isinstance(c, exp.Column) else c)
                    for c in star.args.get("except_") or star.args.get("except") or []}
        replaced = {identifier_name(r.args.get("alias")): r for r in star.args.get("replace") or []
                    if isinstance(r, exp.Alias)}
        if excluded or replaced:
            sink: list[Dep] = []
            columns = [(name, self.expression_deps(replaced[name], scope, sink)
                        if name in replaced else deps)
                       for name, deps in columns if name not in excluded]
        return columns

    def output_name(self, projection: exp.Expression, position: int, anonymous: int) -> str:
        if isinstance(projection, exp.Alias):
            return identifier_name(projection.args.get("alias"))
        if isinstance(projection, exp.Column):
            return identifier_name(projection.this)
        if isinstance(projection, exp.Dot):
            return identifier_name(projection.expression)
        return dialect_column_name(projection, self.dialect, position, anonymous)

    # -- statements ----------------------------------------------------------------------------

    def statement(self, node: exp.Expression, line: int) -> StatementLineage:
        result = StatementLineage(line=line)
        self.base_ctes = {}
        with_ = node.args.get("with_") if not isinstance(
            node, (exp.Select, exp.SetOperation, exp.Subquery)) else None
        if isinstance(with_, exp.With):
            node = node.copy()
            node.set("with_", None)
            ctes: dict[str, QueryOutput] = {}
            for cte in with_.expressions:
                name = identifier_name(cte.alias_or_name)
                ctes[name] = self.cte(cte, name, None, ctes, bool(with_.args.get("recursive")))
            self.base_ctes = ctes
        if isinstance(node, exp.Insert):
            self.insert(node, result)
        elif isinstance(node, exp.Create):
            self.create(node, result)
        elif isinstance(node, exp.Merge):
            self.merge(node, result)
        elif isinstance(node, exp.Update):
            self.update(node, result)
        elif isinstance(node, exp.Copy):
            self.copy(node, result)
        elif isinstance(node, exp.Export):
            self.export_data(node, result)
        elif isinstance(node, (exp.Select, exp.SetOperation, exp.Subquery)):
            self.plain_query(node, result)
        elif isinstance(node, exp.Delete):
            self.delete(node, result)
        elif isinstance(node, exp.MultitableInserts):
            self.multitable_insert(node, result)
        return result

    def multitable_insert(self, node: exp.MultitableInserts, result: StatementLineage) -> None:
        """Hive `FROM src INSERT ... SELECT ... INSERT ...`; Oracle `INSERT ALL INTO ... SELECT`."""
        source = node.args.get("source")
        for branch in node.expressions:
            insert = branch.this if isinstance(branch, exp.ConditionalInsert) else branch
            if not isinstance(insert, exp.Insert):
                continue
            if isinstance(source, (exp.Table, exp.Subquery)) and \
                    isinstance(insert.expression, exp.Select):
                insert = insert.copy()
                insert.expression.set("from_", exp.From(this=source.copy()))
                self.insert(insert, result)
            elif isinstance(source, exp.Query) and isinstance(insert.expression, exp.Values):
                scope = Scope(None, self.base_ctes)
                scope.add("_source", Source(output=self.query(source, None)))
                target = insert.this
                names = [identifier_name(c) for c in target.expressions] \
                    if isinstance(target, exp.Schema) else []
                table_node = target.this if isinstance(target, exp.Schema) else target
                if not isinstance(table_node, exp.Table):
                    continue
                table = self.catalog.resolve(written_table(table_node))
                names = names or self.catalog.columns(table) or []
                conditions: list[Dep] = []
                columns: list[tuple[str | None, list[Dep]]] = []
                for row in insert.expression.expressions[:1]:
                    values = row.expressions if isinstance(row, exp.Tuple) else [row]
                    for index, value in enumerate(values):
                        if index < len(names):
                            columns.append((names[index],
                                            self.expression_deps(value, scope, conditions)))
                self.emit(result, table, columns, conditions + scope.conditions)

    def emit(self, result: StatementLineage, target_table: str | None,
             columns: Iterable[tuple[str | None, list[Dep]]], conditions: list[Dep],
             group_keys: Iterable[Dep] = ()) -> None:
        result.group_keys.extend(group_keys)
        merged: dict[tuple, str] = {}
        for target_column, deps in columns:
            if target_column is None:
                continue
            for dep in deps:
                key = (dep.table, dep.column, target_column)
                merged[key] = merge_transforms(merged[key], dep.transform) \
                    if key in merged else dep.transform
        for (table, column, target_column), transform in merged.items():
            result.edges.append(Edge(table, column, target_table, target_column, transform,
                                     result.line))
        seen = set()
        for dep in conditions:
            key = (dep.table, dep.column)
            if key not in seen:
                seen.add(key)
                result.conditions.append(Edge(dep.table, dep.column, target_table, None,
                                              "condition", result.line))

    def map_columns(self, target: str | None, declared: list[str],
                    output: QueryOutput) -> list[tuple[str | None, list[Dep]]]:
        """Output columns onto target columns: by the column list, else the known table."""
        names = declared or (self.catalog.columns(target) if target else None) or []
        if names and not any(name == "*" for name in output.names()):
            return [(names[i] if i < len(names) else None, deps)
                    for i, (_, deps) in enumerate(output.columns)]
        return [(name, deps) for name, deps in output.columns]

    def insert(self, node: exp.Insert, result: StatementLineage) -> None:
        target = node.this
        source = node.expression
        if source is None:
            return
        if isinstance(source, (exp.Values, exp.Tuple)):
            if not any(True for _ in source.find_all(exp.Column)):
                return  # literal rows: no lineage
            output = self.values_output(source)
        else:
            output = self.query(source, None)
        if isinstance(target, exp.Directory):
            location = target.this.name if target.this is not None else ""
            export = Export("directory", location, result.line)
            result.exports.append(export)
            self.emit(result, export.target, output.columns, list(output.conditions),
                      output.group_keys)
            return
        declared: list[str] = []
        if isinstance(target, exp.Schema):
            declared = [identifier_name(c) for c in target.expressions]
            target = target.this
        if not isinstance(target, exp.Table):
            return
        table = self.catalog.resolve(written_table(target))
        result.target_table = table
        if node.args.get("by_name"):
            columns = [(name, deps) for name, deps in output.columns]
        else:
            columns = self.map_columns(table, declared, output)
        self.emit(result, table, columns, list(output.conditions), output.group_keys)
        self.external_write(table, columns, result)

    def values_output(self, values: exp.Expression) -> QueryOutput:
        """VALUES rows that read columns (a trigger's NEW.x, a procedure's cursor record)."""
        rows = values.expressions if isinstance(values, exp.Values) else [values]
        columns: list[tuple[str, list[Dep]]] = []
        conditions: list[Dep] = []
        scope = Scope(None, self.base_ctes)
        for row in rows:
            cells = row.expressions if isinstance(row, exp.Tuple) else [row]
            for index, cell in enumerate(cells):
                deps = [d for d in self.expression_deps(cell, scope, conditions)
                        if d.table is not None]
                if index < len(columns):
                    columns[index] = (columns[index][0], _unique(columns[index][1] + deps))
                else:
                    columns.append((f"column{index + 1}", deps))
        return QueryOutput(columns)

    def external_write(self, table: str, columns: list, result: StatementLineage) -> None:
        location = self.catalog.locations.get(table)
        if location:
            export = Export("external_table", location, result.line, table=table)
            result.exports.append(export)

    def create(self, node: exp.Create, result: StatementLineage) -> None:
        kind = str(node.args.get("kind") or "").upper()
        target = node.this
        declared: list[str] = []
        defined: list[str] = []
        if isinstance(target, exp.Schema):
            for column in target.expressions:
                if isinstance(column, exp.ColumnDef):
                    defined.append(identifier_name(column.this))
                elif isinstance(column, exp.Identifier):
                    declared.append(identifier_name(column))
            target = target.this
        if kind not in ("TABLE", "VIEW") or not isinstance(target, exp.Table):
            return
        # Hive/Spark PARTITIONED BY columns come after the others in a table's row.
        for partitioned in node.find_all(exp.PartitionedByProperty):
            if isinstance(partitioned.this, exp.Schema):
                defined.extend(identifier_name(c.this) for c in partitioned.this.expressions
                               if isinstance(c, exp.ColumnDef))
        table = self.catalog.resolve(written_table(target))
        if table.startswith("#") or node.find(exp.TemporaryProperty) is not None:
            self.catalog.temporary.add(table)
        location = _location(node)
        if location:
            self.catalog.locations[table] = location
        source = node.expression
        clone = node.args.get("clone")
        if isinstance(clone, exp.Clone) and isinstance(clone.this, exp.Table):
            # CREATE TABLE t CLONE s (Snowflake, BigQuery, Databricks): a copy of every row.
            output = self.relation(clone.this)
            result.target_table = table
            self.emit(result, table, output.columns, [])
            self.catalog.add(table, output.names())
            return
        if not isinstance(source, (exp.Select, exp.SetOperation, exp.Subquery)):
            if defined:
                self.catalog.add(table, defined)
            return
        output = self.query(source, None)
        columns = self.map_columns(None, declared or defined, output)
        result.target_table = table
        self.emit(result, table, columns, list(output.conditions), output.group_keys)
        self.catalog.add(table, [name for name, _ in columns if name])
        if location:
            result.exports.append(Export("external_table", location, result.line, table=table))

    def merge(self, node: exp.Merge, result: StatementLineage) -> None:
        target = node.this
        if not isinstance(target, exp.Table):
            return
        table = self.catalog.resolve(written_table(target))
        result.target_table = table
        scope = Scope(None, self.base_ctes)
        self.from_item(target, scope, self.base_ctes)
        # WHEN NOT MATCHED ... INSERT VALUES can only read the source row.
        source_scope = Scope(None, self.base_ctes)
        using = node.args.get("using")
        if using is not None:
            self.from_item(using, scope, self.base_ctes)
            self.from_item(using, source_scope, self.base_ctes)
        conditions: list[Dep] = []
        on = node.args.get("on")
        if on is not None:
            conditions.extend(self.expression_deps(on, scope, conditions))
        columns: list[tuple[str | None, list[Dep]]] = []
        whens = node.args.get("whens")
        for when in (whens.expressions if whens is not None else []):
            condition = when.args.get("condition")
            if condition is not None:
                conditions.extend(self.expression_deps(condition, scope, conditions))
            then = when.args.get("then")
            if isinstance(then, exp.Update):
                for assignment in then.expressions:
                    if isinstance(assignment, exp.EQ) and isinstance(assignment.this, exp.Column):
                        columns.append((identifier_name(assignment.this.this),
                                        self.expression_deps(assignment.expression, scope,
                                                             conditions)))
            elif isinstance(then, exp.Insert):
                names_node = then.this
                values = then.expression
                names = [identifier_name(c.this if isinstance(c, exp.Column) else c)
                         for c in (names_node.expressions if isinstance(
                             names_node, (exp.Tuple, exp.Schema)) else [])]
                if isinstance(values, exp.Tuple):
                    values = values.expressions
                elif values is not None and not isinstance(values, list):
                    values = [values]
                known = names or self.catalog.columns(table) or []
                for index, value in enumerate(values or []):
                    if index < len(known):
                        columns.append((known[index], self.expression_deps(
                            value, source_scope, conditions)))
        self.emit(result, table, columns, conditions + scope.conditions)

    def update(self, node: exp.Update, result: StatementLineage) -> None:
        scope = Scope(None, self.base_ctes)
        target = node.this
        from_ = node.args.get("from_") or node.args.get("from")
        conditions: list[Dep] = []
        joins = list(target.args.get("joins") or []) if isinstance(target, exp.Table) else []
        if from_ is not None:
            self.from_item(from_.this, scope, self.base_ctes)
            joins += list(from_.this.args.get("joins") or [])
        joins += list(node.args.get("joins") or [])
        for join in joins:
            self.from_item(join.this, scope, self.base_ctes)
        if not isinstance(target, exp.Table):
            return
        written = written_table(target)
        alias = target.alias_or_name.lower()
        source = scope.sources.get(written) if not target.args.get("db") else None
        if source is not None and source.table is not None:
            table = source.table  # T-SQL: UPDATE t ... FROM real_table t
        else:
            table = self.catalog.resolve(written)
            scope.sources = {alias: Source(table=table, known=self.catalog.columns(table)),
                             **scope.sources}
        result.target_table = table
        for join in joins:
            on = join.args.get("on")
            if on is not None:
                conditions.extend(self.expression_deps(on, scope, conditions))
        where = node.args.get("where")
        if where is not None:
            conditions.extend(self.expression_deps(where, scope, conditions))
        columns: list[tuple[str | None, list[Dep]]] = []
        for assignment in node.expressions:
            if not isinstance(assignment, exp.EQ):
                continue
            if isinstance(assignment.this, exp.Column):
                columns.append((identifier_name(assignment.this.this),
                                self.expression_deps(assignment.expression, scope, conditions)))
            elif isinstance(assignment.this, exp.Tuple):
                # SET (a, b) = (SELECT x, y ...) or (x, y): position by position
                targets = [identifier_name(c.this) for c in assignment.this.expressions
                           if isinstance(c, exp.Column)]
                value = assignment.expression
                if isinstance(value, (exp.Subquery, exp.Select)):
                    output = self.query(value, scope)
                    conditions.extend(output.conditions)
                    values = [deps for _, deps in output.columns]
                elif isinstance(value, exp.Tuple):
                    values = [self.expression_deps(v, scope, conditions)
                              for v in value.expressions]
                else:
                    values = []
                columns.extend(zip(targets, values, strict=False))
        self.emit(result, table, columns, conditions + scope.conditions)

    def delete(self, node: exp.Delete, result: StatementLineage) -> None:
        target = node.this
        if not isinstance(target, exp.Table):
            return
        table = self.catalog.resolve(written_table(target))
        scope = Scope(None, self.base_ctes)
        self.from_item(target, scope, self.base_ctes)
        conditions: list[Dep] = []
        where = node.args.get("where")
        if where is not None:
            conditions.extend(self.expression_deps(where, scope, conditions))
        self.emit(result, table, [], conditions)

    def plain_query(self, node: exp.Expression, result: StatementLineage) -> None:
        into = node.args.get("into")
        if isinstance(into, exp.Into) and isinstance(into.this, exp.Table) \
                and not into.expressions:
            node = node.copy()
            node.set("into", None)
            output = self.query(node, None)
            table = self.catalog.resolve(written_table(into.this))
            if table.startswith("#") or into.args.get("temporary"):
                self.catalog.temporary.add(table)
            result.target_table = table
            self.emit(result, table, output.columns, list(output.conditions), output.group_keys)
            self.catalog.add(table, output.names())
            return
        output = self.query(node, None)
        self.emit(result, None, output.columns, list(output.conditions), output.group_keys)

    def copy(self, node: exp.Copy, result: StatementLineage) -> None:
        this = node.this
        files = node.args.get("files") or []
        if not node.args.get("kind"):  # COPY ... TO
            location = files[0].name if files else ""
            output = self.relation(this)
            export = Export("copy", location, result.line)
        else:  # Snowflake COPY INTO <stage or URL> FROM <query>
            location = this.sql() if this is not None else ""
            if not (location.startswith(("@", "'")) or "://" in location) or not files:
                return
            output = self.relation(files[0])
            export = Export("copy", location.strip("'"), result.line)
        result.exports.append(export)
        self.emit(result, export.target, output.columns, list(output.conditions), output.group_keys)

    def relation(self, node: exp.Expression) -> QueryOutput:
        """What a COPY or UNLOAD reads: a query, a table, or some columns of a table."""
        if isinstance(node, (exp.Subquery, exp.Select, exp.SetOperation)):
            return self.query(node, None)
        declared: list[str] = []
        if isinstance(node, exp.Schema):
            declared = [identifier_name(c) for c in node.expressions]
            node = node.this
        if not isinstance(node, exp.Table):
            return QueryOutput([])
        table = self.catalog.resolve(written_table(node))
        source = Source(table=table, known=declared or self.catalog.columns(table))
        return QueryOutput(source.star())

    def export_data(self, node: exp.Export, result: StatementLineage) -> None:
        location = ""
        options = node.args.get("options")
        for prop in options.expressions if options is not None else []:
            if isinstance(prop, exp.Property) and prop.name.lower() == "uri":
                location = prop.args["value"].name
        output = self.query(node.this, None)
        export = Export("export_data", location, result.line)
        result.exports.append(export)
        self.emit(result, export.target, output.columns, list(output.conditions), output.group_keys)

    def query_export(self, node: exp.Expression, kind: str, location: str,
                     result: StatementLineage) -> None:
        """A query whose rows go to a location (MySQL INTO OUTFILE, Redshift UNLOAD)."""
        output = self.query(node, None)
        export = Export(kind, location, result.line)
        result.exports.append(export)
        self.emit(result, export.target, output.columns, list(output.conditions), output.group_keys)


def _location(node: exp.Create) -> str | None:
    properties = node.args.get("properties")
    for prop in properties.expressions if properties is not None else []:
        if isinstance(prop, exp.LocationProperty):
            return prop.this.name if prop.this is not None else None
    return None


def _unique(deps: Iterable[Dep]) -> list[Dep]:
    return list(dict.fromkeys(deps))


# How each kind of transform protects a value; when one target column gets the same source both
# ways, the weaker protection is what the column really holds.
_STRENGTH = {"identity": 0, "cast": 0, "derive": 0, "mask": 1, "hash": 2, "encrypt": 3,
             "aggregate": 4}


def merge_transforms(first: str, second: str) -> str:
    if first == second:
        return first
    # A path that hands the value on wins over one that only tests it or counts it.
    if first in OPAQUE:
        return second
    if second in OPAQUE:
        return first
    if "date_part" in (first, second):
        return "derive"
    plain = [t for t in (first, second) if t not in PROTECTIVE]
    if len(plain) == 2:
        return "derive"
    if plain:
        return plain[0]
    return min((first, second), key=lambda t: _STRENGTH[t])


# ---------------------------------------------------------------------------------------------
# Output column names of unaliased expressions


def dialect_column_name(node: exp.Expression, dialect: str | None, position: int = 0,
                        anonymous: int = 0) -> str:
    """How the dialect names an unaliased output column (lower-cased, like every name here)."""
    if dialect in ("postgres", "redshift", "materialize", "risingwave"):
        return _postgres_name(node)
    if dialect in ("tsql", "fabric"):
        return ""  # SQL Server leaves it unnamed
    if dialect == "hive":
        return f"_c{position}"  # Hive numbers unnamed columns by position
    if dialect == "bigquery":
        return f"f{anonymous}_"  # BigQuery's anonymous column names
    return node.sql(dialect=dialect).lower()


def _postgres_name(node: exp.Expression) -> str:
    """PostgreSQL's FigureColname: casts look through, functions give their name."""
    while isinstance(node, (exp.Cast, exp.TryCast, exp.Paren)):
        node = node.this
    if isinstance(node, exp.Column):
        return identifier_name(node.this)
    if isinstance(node, exp.Case):
        return "case"
    if isinstance(node, exp.Anonymous):
        return str(node.this).lower()
    if isinstance(node, exp.Func):
        return node.sql_name().lower()
    return "?column?"
