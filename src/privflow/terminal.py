"""`privflow scan --format table`: the scan for people, with rich.

Every scanned string (names, types, comments, paths) goes through
`privflow.sanitize.terminal_text` first: a comment in a dump must not drive the terminal.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from privflow.sanitize import terminal_text
from privflow.schema import ScanResult


def _text(value: object | None, style: str | None = None) -> Text:
    # Text(), not markup: "[bold]" in a comment is shown, not interpreted.
    return Text(terminal_text(str(value)) if value is not None else "", style=style or "")


def render_scan_table(result: ScanResult, output: str | None) -> None:
    """One rich table per scanned table, then files, skipped statements and findings."""
    if output:
        from privflow.output import write_text_with

        write_text_with(output, lambda handle: _render(
            result, Console(file=handle, width=160, no_color=True, soft_wrap=False)))
    else:
        _render(result, Console())


def _render(result: ScanResult, console: Console) -> None:
    schema = result.schema
    for table in schema.tables.values():
        title = Text()
        title.append(terminal_text(table.id), style="bold")
        if table.kind == "view":
            title.append(" (view)")
        if table.comment:
            title.append("  " + terminal_text(table.comment))
        caption = Text(terminal_text(table.source), style="dim")
        if table.evidence:
            caption.append("  " + terminal_text(", ".join(table.evidence)), style="dim")
        grid = RichTable(title=title, caption=caption, title_justify="left",
                         caption_justify="left", expand=False)
        grid.add_column("column")
        grid.add_column("type")
        grid.add_column("comment")
        # Never cut a category id: the column is at least as wide as the longest id in it,
        # and a cell with several ids folds between them.
        widest = max((len(c) for col in table.columns.values() for c in col.categories),
                     default=10)
        grid.add_column("categories", min_width=widest, overflow="fold")
        grid.add_column("state")
        grid.add_column("conf.", justify="right")
        for column in table.columns.values():
            name = _text(column.name, "bold red" if column.sensitive else None)
            if column.primary_key:
                name.append(" (pk)", style="dim")
            if column.references:
                name.append(" -> " + terminal_text(column.references), style="dim")
            grid.add_row(
                name,
                _text(column.type),
                _text(column.comment),
                _text(", ".join(column.categories), "red" if column.sensitive else "cyan"),
                _text(column.state if column.categories else ""),
                _text(f"{column.confidence:.2f}" if column.categories else ""),
            )
        console.print(grid)
    columns = sum(len(t.columns) for t in schema.tables.values())
    tagged = sum(1 for t in schema.tables.values() for c in t.columns.values() if c.categories)
    console.print(Text(f"{len(schema.tables)} tables, {columns} columns, {tagged} tagged, "
                       f"{len(schema.files)} files, {len(result.flows)} flows, "
                       f"{len(result.findings)} findings", style="bold"))
    if schema.files:
        files = RichTable(title="files", title_justify="left")
        files.add_column("path")
        files.add_column("dialect")
        files.add_column("why")
        files.add_column("statements", justify="right")
        files.add_column("tables/heads", justify="right")  # CREATE TABLE/VIEW heads read
        for source in schema.files:
            files.add_row(_text(source.path), _text(source.dialect or "generic"),
                          _text(source.dialect_reason), _text(source.statements),
                          _text(f"{source.tables}/{source.create_heads}"))
        console.print(files)
    if schema.skipped:
        skipped = RichTable(title="skipped", title_justify="left")
        skipped.add_column("where")
        skipped.add_column("reason")
        for item in schema.skipped:
            skipped.add_row(_text(item.where()), _text(item.reason))
        console.print(skipped)
    if result.findings:
        findings = RichTable(title="findings", title_justify="left")
        for name in ("severity", "rule", "subject", "message"):
            findings.add_column(name)
        for finding in result.findings:
            findings.add_row(_text(finding.severity), _text(finding.rule),
                             _text(finding.subject), _text(finding.message))
        console.print(findings)


def render_lineage_table(data: dict, output: str | None) -> None:
    """`privflow lineage --format table`: one row per edge, source -> target, how, line."""
    if output:
        from privflow.output import write_text_with

        write_text_with(output, lambda handle: _render_lineage(
            data, Console(file=handle, width=160, no_color=True, soft_wrap=False)))
    else:
        _render_lineage(data, Console())


def _column_name(table: str | None, column: str | None) -> str:
    return f"{table}.{column}" if table else f"{column or ''}"


def _render_lineage(data: dict, console: Console) -> None:
    grid = RichTable(title=Text(f"{data.get('statements', 0)} statements, "
                                f"{len(data.get('edges', []))} edges", style="bold"),
                     title_justify="left")
    grid.add_column("line", justify="right")
    grid.add_column("source", overflow="fold")
    grid.add_column("→ target", overflow="fold")
    grid.add_column("transform")
    for edge in data.get("edges", []):
        # A query-log edge has no line of its own file: it names the log's file and line.
        grid.add_row(_text(edge.get("line") or edge.get("via")),
                     _text(_column_name(edge.get("source_table"), edge.get("source_column"))),
                     _text(_column_name(edge.get("target_table"), edge.get("target_column"))
                           if edge.get("target_table") else
                           f"(select) {edge.get('target_column')}"),
                     _text(edge.get("transform")))
    console.print(grid)
    for item in data.get("skipped", []):
        console.print(_text(f"skipped line {item.get('line')}: {item.get('reason')}", "dim"))
