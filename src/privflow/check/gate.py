"""`privflow check`: scan, compare with the inventory and the baseline, pass or fail.

Gate policy (docs/ci.md): the run fails (exit 1) when a finding of severity high or medium
(`--fail-on` moves the bar) is not accepted in the baseline; low findings (a declaration the
scan cannot confirm, retention evidence) are printed but do not fail a build by default,
because the scan may simply not see that code.

`--since REF` reports only the findings located in files changed since REF (the merge base
of REF and HEAD, plus uncommitted and untracked files). It still scans every source: a
migration's `ALTER TABLE ... ADD id_card_no` or an ETL `SELECT` means nothing without the
tables defined in unchanged files, and a partial scan would silently miss exactly the
findings a pull request introduces. A change to the inventory folder reports everything,
since a removed declaration surfaces as a finding on unchanged SQL.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from privflow.check.baseline import Baseline, load_baseline, merge_baseline, save_baseline
from privflow.check.context import CheckContext, split_location
from privflow.check.formats import FORMATS, render_baselined
from privflow.check.rules import fingerprint, run_rules, sort_findings
from privflow.errors import PrivflowError
from privflow.output import write_file
from privflow.schema import Finding

FAIL_ON = {"high": ("high",), "medium": ("high", "medium"), "low": ("high", "medium", "low")}
DEFAULT_FAIL_ON = "medium"


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              check=False)
    except FileNotFoundError:
        raise PrivflowError("--since needs git, which is not installed") from None
    return done.stdout if done.returncode == 0 else None


def changed_files(ref: str, cwd: str | Path = ".") -> set[Path]:
    """Files changed between the merge base of REF and HEAD and the work tree, plus untracked
    files (what a pull request or a pre-commit run adds), as resolved paths."""
    cwd = Path(cwd).resolve()
    top = _git(["rev-parse", "--show-toplevel"], cwd)
    if top is None:
        raise PrivflowError("--since needs a git repository", path=str(cwd))
    root = Path(top.strip())
    if ref.startswith("-") or _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                                   root) is None:
        raise PrivflowError(f"--since: unknown git ref {ref!r}")
    base = (_git(["merge-base", ref, "HEAD"], root) or "").strip() or ref
    diff = _git(["diff", "--name-only", "-z", base, "--"], root) or ""
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root) or ""
    names = [n for n in (diff + untracked).split("\0") if n]
    return {(root / name).resolve() for name in names}


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def _located_in(finding: Finding, changed: set[Path]) -> bool:
    path, _ = split_location(finding.location)
    return bool(path) and Path(path).resolve() in changed


def scan_findings(result, inventory, *, partial_scan: bool = False) -> list[Finding]:
    """Every gap rule over one scan (ropa.md §4.5 plus the gate rules), sorted by severity.

    Without an inventory only the rules that need no declaration run: sensitive columns found
    (`unused-sensitive`) and flows to recipients nobody declared (`undeclared-recipient`).
    """
    return run_rules(CheckContext(result=result, inventory=inventory,
                                  partial_scan=partial_scan))


def ensure_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Findings from other stages (live-database drift) get the same kind of fingerprint."""
    for finding in findings:
        if not finding.fingerprint:
            finding.fingerprint = fingerprint(finding.rule, finding.subject)
    return findings


def run_check(*, paths: Sequence[str], inventory_dir: str | None, baseline: str | None,
              write_baseline: str | None, fmt: str, since: str | None, output: str | None,
              scan: Callable, fail_on: str = DEFAULT_FAIL_ON,
              echo: Callable[[str], None] | None = None, show_baselined: bool = False,
              policies: Sequence[str] = ()) -> int:
    """Run the gate; returns the exit code (0 pass, 1 new failing findings)."""
    if fmt not in FORMATS:
        raise PrivflowError(f"unknown format {fmt!r}; choose {', '.join(FORMATS)}")
    if fail_on not in FAIL_ON:
        raise PrivflowError(f"unknown --fail-on {fail_on!r}; choose {', '.join(FAIL_ON)}")
    changed: set[Path] | None = None
    if since:
        changed = changed_files(since, Path.cwd())
        inventory_root = Path(inventory_dir).resolve() if inventory_dir else None
        if inventory_root and any(_inside(p, inventory_root) and p.suffix in (".yaml", ".yml")
                                  for p in changed):
            changed = None  # declarations changed: every finding may have changed with them

    # An inventory folder named by default may be absent when explicit PATHS are checked.
    explicit = not paths or (inventory_dir is not None and Path(inventory_dir).exists())
    result, inventory = scan(tuple(paths), (), None, inventory_dir, explicit, only_files=None)
    found = list(result.findings)
    # The privacy notice against the scan (policy/gaps.py): `--policy`, else privflow.yaml's.
    if not policies and inventory is not None:
        policies = list(inventory.policies)
    if policies:
        from privflow.policy import extract
        from privflow.policy.gaps import notice_gaps

        found += notice_gaps(result, inventory, extract(policies))
    findings = sort_findings(ensure_fingerprints(found))
    if changed is not None:
        findings = [f for f in findings if _located_in(f, changed)]

    first_write = bool(write_baseline) and baseline == write_baseline and \
        not Path(baseline).exists()  # `--baseline F --write-baseline F` creating F
    accepted_baseline: Baseline | None = (load_baseline(baseline)
                                          if baseline and not first_write else None)
    if accepted_baseline is not None:
        _warn_problems(accepted_baseline)
    if write_baseline:
        previous = accepted_baseline
        if previous is None and Path(write_baseline).exists():
            previous = load_baseline(write_baseline)
            _warn_problems(previous)
        merged = merge_baseline(findings, previous, keep_unseen=since is not None)
        save_baseline(write_baseline, merged)
        _emit(f"privflow: {len(merged.entries)} accepted finding"
              f"{'s' if len(merged.entries) != 1 else ''} written to {write_baseline}",
              None, echo)
        return _bad_input_code(result, 0)

    accepted = ({fp: entry.get("reason") for fp, entry in accepted_baseline.entries.items()}
                if accepted_baseline else {})
    failing = [f for f in findings
               if f.fingerprint not in accepted and f.severity in FAIL_ON[fail_on]]
    text = FORMATS[fmt](findings, accepted, failing)
    if show_baselined and fmt == "text":
        text = "\n".join([*render_baselined(findings, accepted), text])
    _emit(text, output, echo)
    return _bad_input_code(result, 1 if failing else 0)


def _warn_problems(baseline: Baseline) -> None:
    import click

    from privflow.sanitize import message_text, path_text

    for problem in baseline.problems:
        click.echo(f"privflow: warning: {path_text(baseline.path or '')}: "
                   f"{message_text(problem)}", err=True)


def _bad_input_code(result, code: int) -> int:
    """Exit 2 when part of the input could not be read, as `scan` does: a gate that passes
    over a file it could not read (a NUL byte, a statement too deep) would pass anything."""
    errors = [s for s in result.schema.skipped if s.error]
    if not errors:
        return code
    import click

    click.echo(f"privflow: {len(errors)} input error(s): the check did not read everything "
               "(see the warnings above)", err=True)
    return 2


def _emit(text: str, output: str | None, echo: Callable[[str], None] | None) -> None:
    if output:
        write_file(output, text + "\n")
        return
    if echo is None:
        import click

        echo = click.echo
    echo(text)


__all__ = ["changed_files", "ensure_fingerprints", "run_check", "scan_findings"]
