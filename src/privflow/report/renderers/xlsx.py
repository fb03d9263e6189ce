"""XLSX: one sheet per register (header frozen, filters on), formula-safe, byte-deterministic."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from privflow.report.labels import Labels
from privflow.report.model import Report
from privflow.report.renderers.base import STEM, Renderer
from privflow.report.renderers.csv import header_table, register_table
from privflow.sanitize import spreadsheet_cell

# Zip entries and document properties carry this time unless --date is given, so that the same
# input gives the same bytes (zip's epoch is 1980).
FIXED_TIME = dt.datetime(1980, 1, 1)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_CORE_TIMES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")


def _display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


MIN_WIDTH, MAX_WIDTH = 8, 60


def _column_width(rows: list[list[str]], index: int) -> int:
    """The width of column `index` (1-based): its widest line + 2, within 8..60.

    A line is at least as wide as its length and at most twice it, so the display width is
    worked out only for a line that could be the widest, and not at all once one line is
    long enough for the cap."""
    widest = -1
    for row in rows:
        if index > len(row):
            continue
        for line in str(row[index - 1]).split("\n"):
            size = len(line)
            if size + 2 >= MAX_WIDTH:
                return MAX_WIDTH
            if 2 * size > widest:
                widest = max(widest, _display_width(line))
    if widest < 0:
        widest = MIN_WIDTH  # no row has the column
    return min(max(widest + 2, MIN_WIDTH), MAX_WIDTH)


class XlsxRenderer(Renderer):
    format = "xlsx"

    def __init__(self, report_date: str | None = None) -> None:
        self.report_date = report_date

    def render(self, report: Report) -> dict[str, bytes]:
        workbook = Workbook()
        first = workbook.active
        labels = Labels(report.lang, report.wording)
        self._sheet(workbook, labels.get("sheets", "header"), header_table(report))
        for register in report.registers:
            self._sheet(workbook, labels.get("sheets", register.key),
                        register_table(report, register))
        workbook.remove(first)
        stamp = self._time()
        workbook.properties.creator = "privflow"
        workbook.properties.created = stamp
        buffer = io.BytesIO()
        workbook.save(buffer)
        return {f"{STEM}.xlsx": self._normalise(buffer.getvalue(), stamp)}

    def _time(self) -> dt.datetime:
        if self.report_date:
            try:
                return dt.datetime.fromisoformat(self.report_date)
            except ValueError:
                pass
        return FIXED_TIME

    @staticmethod
    def _sheet(workbook: Workbook, title: str, rows: list[list[str]]) -> None:
        sheet = workbook.create_sheet(_SHEET_FORBIDDEN.sub(" ", title)[:31])
        for row in rows:
            sheet.append([spreadsheet_cell(value) for value in row])
        wrap = Alignment(wrap_text=True, vertical="top")
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = wrap
        for index in range(1, len(rows[0]) + 1):
            sheet.column_dimensions[get_column_letter(index)].width = _column_width(rows, index)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = wrap
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions

    @staticmethod
    def _normalise(data: bytes, stamp: dt.datetime) -> bytes:
        """Rewrite the zip with fixed entry times and fixed document times."""
        iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                content = source.read(info.filename)
                if info.filename == "docProps/core.xml":
                    content = _CORE_TIMES.sub(rb"\g<1>" + iso + rb"\g<2>", content)
                entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o600 << 16
                target.writestr(entry, content)
        return out.getvalue()
