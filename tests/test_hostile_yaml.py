"""Issue 15, inventory YAML and baselines: every hostile declaration file is one error line
and exit 2 (never exit 3, never a hang), and a baseline entry accepts only its own finding."""

from __future__ import annotations

import json

import pytest

from check_cli_helpers import privflow
from hostile import files_baseline, yaml_inventory
from privflow.check.baseline import load_baseline
from privflow.errors import PrivflowError


@pytest.mark.parametrize("make, message", [
    (yaml_inventory.alias_bomb, "aliases are expanded"),
    (yaml_inventory.merge_bomb, ""),  # bounded (PyYAML 6 merges each key once; our count)
    (yaml_inventory.deep_nesting, "nested too deeply"),
    (yaml_inventory.deep_block_nesting, "nested too deeply"),
    (yaml_inventory.nul_byte, "NUL byte"),
    (yaml_inventory.null_items, "empty (null) entry"),
    (yaml_inventory.far_date, "not a plausible date"),
    (yaml_inventory.long_name, "5,000 characters long"),
    (yaml_inventory.version_true, "version true is not supported"),
    (yaml_inventory.fifo_activities, "not a regular file"),
    (yaml_inventory.device_activities, "not a regular file"),
], ids=lambda v: getattr(v, "__name__", ""))
def test_hostile_inventory_is_one_line_and_exit_2(tmp_path, make, message):
    make(tmp_path / "inv")
    for command in (["scan"], ["check"], ["report", "-o", "out"]):
        run = privflow(tmp_path, *command, "--inventory", "inv")
        assert run.returncode == 2, (command, run.stderr)
        [line] = run.stderr.strip().splitlines()
        assert line.startswith("privflow: error: inv/") and message in line, line


def test_sources_outside_the_repository_are_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "repo").mkdir()
    yaml_inventory.sources_outside(tmp_path / "repo" / "inv", outside)
    run = privflow(tmp_path / "repo", "scan", "--inventory", "inv")
    assert run.returncode == 2 and "is outside the inventory folder" in run.stderr
    # The user may still name that folder on the command line.
    run = privflow(tmp_path / "repo", "scan", str(outside), "-o", "out.json")
    assert run.returncode == 0 and "outside_secret" in (tmp_path / "repo" / "out.json").read_text()


def _repo(tmp_path):
    (tmp_path / "kyc.sql").write_text("CREATE TABLE kyc (id_card VARCHAR(18) COMMENT '身份证号');\n",
                                      "utf-8")
    return tmp_path


def test_a_forged_baseline_entry_silences_nothing(tmp_path):
    _repo(tmp_path)
    files_baseline.forged_fingerprint(tmp_path / "base.json", "unused-sensitive", "kyc.id_card")
    run = privflow(tmp_path, "check", "kyc.sql", "--baseline", "base.json")
    assert run.returncode == 1, run.stderr
    assert "kyc.id_card" in run.stdout
    assert "entry 1 (declared-not-found docs.readme)" in run.stderr
    assert "accepts nothing" in run.stderr


def test_show_baselined_shows_the_real_finding(tmp_path):
    _repo(tmp_path)
    assert privflow(tmp_path, "check", "kyc.sql", "--write-baseline", "base.json").returncode == 0
    data = json.loads((tmp_path / "base.json").read_text("utf-8"))
    data["results"][0]["reason"] = "approved by the DPO"
    (tmp_path / "base.json").write_text(json.dumps(data), "utf-8")
    run = privflow(tmp_path, "check", "kyc.sql", "--baseline", "base.json", "--show-baselined")
    assert run.returncode == 0, run.stderr
    [line] = [x for x in run.stdout.splitlines() if x.startswith("accepted: ")]
    assert "unused-sensitive" in line and "kyc.id_card" in line
    assert "reason: approved by the DPO" in line


@pytest.mark.parametrize("make, message", [
    (files_baseline.deep_json, "nested too deeply"),
    (files_baseline.gbk, "not UTF-8"),
    (files_baseline.fifo, "not a regular file"),
], ids=["deep", "gbk", "fifo"])
def test_hostile_baseline_is_exit_2(tmp_path, make, message):
    _repo(tmp_path)
    make(tmp_path / "base.json")
    run = privflow(tmp_path, "check", "kyc.sql", "--baseline", "base.json")
    assert run.returncode == 2 and message in run.stderr, run.stderr


def test_baseline_reason_must_be_text(tmp_path):
    files_baseline.non_text_reason(tmp_path / "b.json", "unused-sensitive", "kyc.id_card")
    with pytest.raises(PrivflowError, match="entry 1: reason must be text"):
        load_baseline(str(tmp_path / "b.json"))


def test_utf16_baseline_is_read(tmp_path):
    _repo(tmp_path)
    files_baseline.utf16(tmp_path / "base.json", "unused-sensitive", "kyc.id_card")
    run = privflow(tmp_path, "check", "kyc.sql", "--baseline", "base.json")
    assert run.returncode == 0, run.stderr
