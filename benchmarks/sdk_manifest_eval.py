"""Which third-party SDK vendors privflow finds in an app's build manifests and configuration,
against the list the app is known to pull in (issue 18), and the catalogue's size.

The sample app (default `tests/fixtures/code/sdk_app`) has an `expected.yaml`: vendor id ->
the manifest that names it. The full scan path runs (`run_scan`), so a vendor counts as found
only when it is a recipient of the scan whose location is that manifest.

    python benchmarks/sdk_manifest_eval.py [APP_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from privflow.pipeline import ScanOptions, run_scan
from privflow.sources.code import scan_code
from privflow.sources.code.catalogue import catalogue
from privflow.sources.code.sdk import SDK_PREFIX

DEFAULT_APP = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "code" / "sdk_app"


def main(argv: list[str] | None = None) -> int:
    app = Path((argv if argv is not None else sys.argv[1:] or [str(DEFAULT_APP)])[0])
    expected: dict[str, str] = yaml.safe_load((app / "expected.yaml").read_text("utf-8"))
    result = run_scan(ScanOptions(paths=[str(app)]))
    recipients = {r.id[len(SDK_PREFIX):] for r in result.recipients
                  if r.kind == "sdk" and r.id.startswith(SDK_PREFIX)}
    # Every manifest that names each vendor (a recipient is located at the first of them).
    manifests: dict[str, set[str]] = {}
    for hit in scan_code([app]).sdks:
        manifests.setdefault(hit.vendor, set()).add(
            Path(hit.path).resolve().relative_to(app.resolve()).as_posix())
    found = {v: manifests.get(v, set()) for v in recipients}
    hits = [v for v, manifest in expected.items() if manifest in found.get(v, set())]
    print(f"{'vendor':<18} {'expected manifest':<48} named in")
    for vendor, manifest in expected.items():
        print(f"{vendor:<18} {manifest:<48} {', '.join(sorted(found.get(vendor, []))) or '-'}")
    extra = sorted(set(found) - set(expected))
    print(f"\nfound/expected: {len(hits)}/{len(expected)}")
    print(f"unexpected vendors: {', '.join(extra) if extra else 'none'}")
    sdk_flows = sum(1 for f in result.flows if f.target.startswith("recipient:" + SDK_PREFIX))
    undeclared = sum(1 for f in result.findings if f.rule == "undeclared-sdk")
    print(f"flows to SDK recipients: {sdk_flows}; undeclared-sdk findings: {undeclared}")
    counts = catalogue().counts()
    print("\ncatalogue: " + ", ".join(f"{key} {value}" for key, value in counts.items()))
    return 0 if len(hits) == len(expected) else 1


if __name__ == "__main__":
    sys.exit(main())
