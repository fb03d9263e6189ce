"""When and from what a report was made: its date, the scan time and the scanned commit.

The date comes from `--date`, else `SOURCE_DATE_EPOCH` (reproducible builds), else today; the
scan time follows the same rule, so a report made with either is the same bytes tomorrow. The
commit is the last git commit that changed the scanned folder (not HEAD, so that committing the
regenerated report does not make it stale), with "+changes" when the folder has uncommitted edits.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from privflow.errors import PrivflowError


@dataclass(frozen=True)
class Provenance:
    date: str  # YYYY-MM-DD
    scan_time: str  # ISO 8601, UTC
    commit: str | None  # "<12 hex>" or "<12 hex>+changes"; None outside git


def _epoch() -> dt.datetime | None:
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(int(value), tz=dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise PrivflowError(f"SOURCE_DATE_EPOCH {value!r} is not a Unix time") from None


def resolve_time(report_date: str | None) -> tuple[str, str]:
    """(date, scan time) from --date, else SOURCE_DATE_EPOCH, else now."""
    if report_date is not None:
        try:
            day = dt.date.fromisoformat(report_date)
        except ValueError:
            raise PrivflowError(f"--date {report_date!r} is not a date (YYYY-MM-DD)") from None
        return day.isoformat(), f"{day.isoformat()}T00:00:00Z"
    moment = _epoch() or dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
    return moment.date().isoformat(), moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True,
                              timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def source_commit(folder: str | Path) -> str | None:
    """The last commit that changed `folder`, short, "+changes" when it has local edits."""
    path = Path(folder).resolve()
    if not path.exists():
        return None
    commit = _git(path, "log", "-1", "--format=%H", "--", ".")
    if not commit:
        return None
    dirty = _git(path, "status", "--porcelain", "--", ".")
    return commit[:12] + ("+changes" if dirty else "")


def report_provenance(folder: str | Path, report_date: str | None) -> Provenance:
    date, scan_time = resolve_time(report_date)
    return Provenance(date=date, scan_time=scan_time, commit=source_commit(folder))
