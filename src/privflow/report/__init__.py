"""`privflow report`: the record of processing activities (ropa.md §4) in md/html/json/csv/xlsx.

`write_report` builds one `Report` model (registers.py: declared inventory joined with the
discovered scan), draws the diagrams (diagrams.py), and hands the model to one renderer per
format (renderers/). Same input and date, same bytes (report/provenance.py: --date, else
SOURCE_DATE_EPOCH, else today).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from privflow.errors import PrivflowError
from privflow.inventory.model import Inventory
from privflow.report.diagrams import FlowDiagram, find_renderer, render_dot
from privflow.report.evidence import ScanIndex
from privflow.report.labels import LANGUAGES, Labels
from privflow.report.manifest import write_outputs
from privflow.report.model import Diagram, Report
from privflow.report.provenance import report_provenance
from privflow.report.registers import build_report
from privflow.report.renderers import RENDERERS
from privflow.report.renderers.xlsx import XlsxRenderer
from privflow.schema import ScanResult

FORMATS = tuple(RENDERERS)
DEFAULT_FORMATS = ("md", "html", "json", "xlsx", "csv")  # pdf needs the `pdf` extra
MAX_ACTIVITY_DIAGRAMS = 40  # one per activity, up to this many; the overview is always drawn

__all__ = ["FORMATS", "build_report", "render_report", "write_report"]


def _diagrams(result: ScanResult, inventory: Inventory, lang: str,
              index: ScanIndex | None = None) -> list[Diagram]:
    labels = Labels(lang)
    views = FlowDiagram(result, inventory, lang, index)
    wanted = [("overview", labels.word("diagram_overview"), views.overview)]
    for activity in inventory.activities[:MAX_ACTIVITY_DIAGRAMS]:
        name = activity.name_en if lang == "en" and activity.name_en else activity.name
        wanted.append((f"activity-{activity.id}", f"{activity.id} {name}",
                       lambda a=activity.id: views.activity(a)))
    sources = [make() for _key, _title, make in wanted]
    svgs: list[bytes | None] = [None] * len(sources)
    if find_renderer() is not None:
        # Each drawing is a Graphviz process of its own: run as many at once as this process
        # may use CPUs. map() keeps the diagrams' order (and raises the first failure in it),
        # so the output is the same whatever the number.
        with ThreadPoolExecutor(max_workers=min(_cpus(), len(sources))) as pool:
            svgs = list(pool.map(partial(render_dot, fmt="svg"), sources))
    return [Diagram(key=_safe_key(key), title=title, svg=svg, dot=source)
            for (key, title, _make), source, svg in zip(wanted, sources, svgs, strict=True)]


def _cpus() -> int:
    """CPUs this process may run on (its affinity: a container limited to 2 CPUs gets 2)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _safe_key(key: str) -> str:
    """A file-name and HTML-id safe form of a diagram key (activity ids come from YAML)."""
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_" for ch in key)


def render_report(result: ScanResult, inventory: Inventory, *, lang: str = "zh",
                  formats: Sequence[str] = DEFAULT_FORMATS, report_date: str | None = None,
                  diagrams: bool = True, role: str = "controller") -> dict[str, bytes]:
    """Every output file of the report, by file name, without writing anything."""
    files: dict[str, bytes] = {}
    for rendered in render_by_format(result, inventory, lang=lang, formats=formats,
                                     report_date=report_date, diagrams=diagrams,
                                     role=role).values():
        files.update(rendered)
    return files


def render_by_format(result: ScanResult, inventory: Inventory, *, lang: str = "zh",
                     formats: Sequence[str] = DEFAULT_FORMATS, report_date: str | None = None,
                     diagrams: bool = True, role: str = "controller"
                     ) -> dict[str, dict[str, bytes]]:
    """The report's files per format (format -> file name -> bytes)."""
    if lang not in LANGUAGES:
        raise PrivflowError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown:
        raise PrivflowError(f"unknown report format {', '.join(unknown)}; "
                            f"use some of {', '.join(FORMATS)}")
    index = ScanIndex(result)
    provenance = report_provenance(inventory.root, report_date)
    report: Report = build_report(result, inventory, lang, report_date, index, provenance,
                                  role=role)
    if diagrams and any(f in ("md", "html", "json", "pdf") for f in formats):
        report.diagrams = _diagrams(result, inventory, lang, index)
    by_format: dict[str, dict[str, bytes]] = {}
    for fmt in formats:
        renderer = XlsxRenderer(provenance.date) if fmt == "xlsx" else RENDERERS[fmt]()
        by_format[fmt] = renderer.render(report)
    return by_format


def write_report(result: ScanResult, inventory: Inventory, *, out_dir: str | Path = "reports",
                 lang: str = "zh", formats: Sequence[str] = DEFAULT_FORMATS,
                 report_date: str | None = None, role: str = "controller") -> list[Path]:
    """Write the report files into `out_dir`; returns their paths, sorted."""
    by_format = render_by_format(result, inventory, lang=lang, formats=formats,
                                 report_date=report_date, role=role)
    return write_outputs(Path(out_dir), by_format)
