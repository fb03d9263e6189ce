"""The laws an organisation follows, as data (`data/laws/<law>.yaml`).

`organisation.jurisdictions` picks the laws; each law says where its "abroad" starts, which
taxonomy flag makes a category sensitive, what its impact assessment is and which rules of
`rules.yaml` are its own. Rules without a law in `rules.yaml` apply under every law.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from privflow.classify.taxonomy import load_taxonomy
from privflow.datafiles import load_yaml

LAW_FILES = {"PIPL": "pipl.yaml", "GDPR": "gdpr.yaml"}


@dataclass(frozen=True)
class Adequacy:
    country: str
    name: str
    decided: str
    scope: str | None = None  # a partial decision: the recipient must declare it applies


@dataclass(frozen=True)
class Law:
    id: str
    name: dict[str, str]
    home: frozenset[str]
    home_includes_organisation_country: bool
    sensitive_flag: str  # taxonomy attribute: "sensitive" or "gdpr"
    minors_under14_sensitive: bool
    assessment: str  # pipia | dpia
    wording: str  # handler | controller
    rules: tuple[str, ...]
    adequacy: dict[str, Adequacy] = field(default_factory=dict, hash=False)
    adequacy_as_of: str | None = None
    dpia: dict[str, Any] = field(default_factory=dict, hash=False)

    def label(self, lang: str) -> str:
        return self.name.get(lang) or self.id

    def is_sensitive(self, category: str) -> bool:
        entry = load_taxonomy().get(category)
        return bool(entry and getattr(entry, self.sensitive_flag))

    def is_abroad(self, country: str | None, organisation_country: str | None = None) -> bool:
        """Whether a recipient in `country` is a transfer under this law."""
        if not country:
            return False
        code = country.strip().upper()
        if code in self.home:
            return False
        own = (organisation_country or "").strip().upper()
        return not (self.home_includes_organisation_country and own and code == own)

    def adequate(self, country: str | None) -> Adequacy | None:
        return self.adequacy.get((country or "").strip().upper())


def _read(name: str) -> Any:
    return load_yaml("privflow.check", f"data/laws/{name}")


@cache
def load_law(law_id: str) -> Law:
    data = _read(LAW_FILES[law_id])
    adequacy: dict[str, Adequacy] = {}
    as_of = None
    if data.get("adequacy"):
        table = _read(data["adequacy"])
        as_of = str(table["as_of"])
        for code, entry in table["decisions"].items():
            adequacy[code] = Adequacy(code, entry["name"], str(entry["decided"]),
                                      entry.get("scope"))
    sensitive = data["sensitive"]
    return Law(
        id=data["id"], name=dict(data["name"]), home=frozenset(data["home"]),
        home_includes_organisation_country=bool(data.get("home_includes_organisation_country")),
        sensitive_flag=sensitive["flag"],
        minors_under14_sensitive=bool(sensitive.get("minors_under14")),
        assessment=data["assessment"], wording=data["wording"], rules=tuple(data["rules"]),
        adequacy=adequacy, adequacy_as_of=as_of, dpia=dict(data.get("dpia") or {}))


def laws_of(jurisdictions: Iterable[str]) -> list[Law]:
    """The laws named (unknown names are the loader's error, not ours), in LAW_FILES order."""
    wanted = set(jurisdictions)
    return [load_law(law_id) for law_id in LAW_FILES if law_id in wanted]


def law_of_rule(rule_id: str) -> Law | None:
    """The law a rule belongs to; None for rules that apply under every law."""
    return next((load_law(i) for i in LAW_FILES if rule_id in load_law(i).rules), None)


def inventory_laws(inventory: Any) -> list[Law]:
    """The laws of an inventory (PIPL when there is none, as a bare scan judges)."""
    names = inventory.organisation.jurisdictions if inventory is not None else ["PIPL"]
    return laws_of(names)


def abroad_under(inventory: Any, country: str | None) -> list[Law]:
    """The laws under which a recipient in `country` is a transfer for this organisation."""
    own = inventory.organisation.country if inventory is not None else None
    return [law for law in inventory_laws(inventory) if law.is_abroad(country, own)]


def default_jurisdictions(country: str) -> list[str]:
    """The laws whose home is `country` (a German company: GDPR; a Chinese one: PIPL);
    PIPL, the historical default, when none is."""
    code = country.strip().upper()
    found = [law_id for law_id in LAW_FILES if code in load_law(law_id).home]
    return found or ["PIPL"]
