"""The taxonomy data file against the contract table of shared/spec/taxonomy.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from privflow.classify import taxonomy
from privflow.errors import PrivflowError

SPEC = Path("/work/shared/spec/taxonomy.md")


def spec_rows() -> dict[str, tuple[str, bool, str | None]]:
    rows = {}
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"[a-z_]+\.[a-z_]+", cells[0]):
            rows[cells[0]] = (cells[1], cells[2] == "S", cells[3] or None)
    return rows


@pytest.mark.skipif(not SPEC.exists(), reason="shared/spec/taxonomy.md not available")
def test_data_file_covers_every_id_of_the_contract_exactly() -> None:
    rows = spec_rows()
    loaded = taxonomy.load_taxonomy()
    assert set(loaded) == set(rows)
    for cid, (zh, sensitive, gdpr) in rows.items():
        category = loaded[cid]
        assert category.zh == zh, cid
        assert category.sensitive is sensitive, cid
        assert category.gdpr == gdpr, cid
        assert category.group is not None and category.group.id == cid.split(".")[0]
        assert category.en and category.label("en") == category.en
        # Every S category says which list makes it S; non-S ones carry no basis.
        assert bool(category.basis) is sensitive, cid


def test_phone_is_not_sensitive_under_35273_2020() -> None:
    assert not taxonomy.load_taxonomy()["contact.phone"].sensitive
    assert "contact.phone" not in taxonomy.sensitive_under()


def test_sensitivity_follows_the_chosen_standard() -> None:
    default = taxonomy.sensitive_under()
    newer = taxonomy.sensitive_under("GB/T 45574-2025")
    assert "identity.national_id" in default and "identity.national_id" not in newer
    assert "account.credential" in default and "account.credential" not in newer
    assert "biometric.face" in default and "biometric.face" in newer
    assert newer < default
    with pytest.raises(PrivflowError):
        taxonomy.sensitive_under("no such standard")
