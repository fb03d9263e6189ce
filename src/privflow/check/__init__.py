"""The CI gate: findings (gap rules), fingerprints, baselines, SARIF.

`scan_findings` turns a scan plus the inventory into findings (the rules are small classes in
`rules.py`, their metadata in `data/rules.yaml`); `run_check` is `privflow check`; `to_sarif`
renders findings for code-scanning dashboards.
"""

from privflow.check.baseline import Baseline, load_baseline, merge_baseline
from privflow.check.gate import changed_files, ensure_fingerprints, run_check, scan_findings
from privflow.check.rules import RULES, Rule, fingerprint, rule_metadata
from privflow.check.sarif import to_sarif

__all__ = ["RULES", "Baseline", "Rule", "changed_files", "ensure_fingerprints", "fingerprint",
           "load_baseline", "merge_baseline", "rule_metadata", "run_check", "scan_findings",
           "to_sarif"]
