"""What every renderer shares: the file stem and the header text of a column."""

from __future__ import annotations

from privflow.report.labels import Labels
from privflow.report.model import ColumnSpec, Register, Report

STEM = "ropa"


class Renderer:
    format: str = ""

    def render(self, report: Report) -> dict[str, bytes]:
        """File name (relative to the output folder) -> bytes."""
        raise NotImplementedError

    @staticmethod
    def heading(report: Report, column: ColumnSpec) -> str:
        """`个人信息种类 [发现]`: a column's label with where its cells come from."""
        return f"{column.label} [{Labels(report.lang, report.wording).get('provenance', column.provenance)}]"

    @staticmethod
    def evidence_heading(report: Report, column: ColumnSpec) -> str:
        return f"{column.label} [{Labels(report.lang, report.wording).word('evidence')}]"

    @staticmethod
    def evidence_columns(register: Register) -> list[ColumnSpec]:
        """Columns some of whose cells carry evidence: flat formats give them a twin column."""
        return [c for c in register.columns
                if any(row[c.key].evidence for row in register.rows)]
