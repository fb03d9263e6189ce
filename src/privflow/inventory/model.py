"""The declared half of the record: what a DPO states and the code cannot show.

Field names follow docs/inventory-format.md (inventory fields) and docs/report.md (report
columns), so that a report column is filled from exactly one field here. Every object
remembers where it was declared (`declared_in`, "inventory/activities.yaml:42") so that
findings point at a line. The loader (`loader.py`) validates enums against `ENUMS` below;
the report renders them with the labels in `report/data/labels.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from privflow.schema import Recipient as LineageRecipient

# Enumerations from ropa.md. Data, not code: the loader checks values against these tables.
ENUMS: dict[str, tuple[str, ...]] = {
    "lawful_basis": ("consent", "contract", "hr_management", "legal_duty", "emergency",
                     "news_public_interest", "public_information", "other_law"),
    "consent_type": ("consent", "separate", "written", "guardian", "none"),
    "gdpr_art6_basis": ("a", "b", "c", "d", "e", "f"),
    "gdpr_art9_condition": ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
    "minors": ("none", "under14", "under18"),
    "method": ("collect", "store", "use", "process", "transmit", "provide", "disclose",
               "delete"),
    "transfer_type": ("entrusted", "provided", "joint", "transferred", "public_disclosure",
                      "internal", "unknown"),
    "recipient_kind": ("processor", "handler", "joint", "government", "sdk", "internal"),
    "mechanism": ("sdk", "api", "file", "database", "manual"),
    "cross_border_mechanism": ("security_assessment", "certification", "standard_contract",
                               "other_law", "treaty", "contract_necessity", "cross_border_hr",
                               "legal_duty", "emergency"),
    "security_measures": ("policies", "classification", "encryption", "deidentification",
                          "access_control", "training", "incident_plan", "backup",
                          "authentication", "mlps", "traceability", "processor_control"),
    "contract_covers": ("purpose", "duration", "method", "categories", "measures",
                        "rights_obligations", "return_or_delete", "no_subentrust"),
    "on_expiry": ("delete", "anonymise", "restrict"),
    "source": ("direct", "indirect", "public"),
    "scale_band": ("<1m", "1m-10m", ">10m"),
    "auditor": ("internal", "external"),
    "jurisdiction": ("PIPL", "GDPR"),
    # GDPR Chapter V: how a transfer outside the EEA is made lawful (Art. 45, 46, 47, 49).
    "gdpr_transfer_mechanism": ("adequacy", "scc", "bcr", "code_of_conduct", "certification",
                                "derogation_consent", "derogation_contract",
                                "derogation_public_interest", "derogation_legal_claims",
                                "derogation_vital_interests", "derogation_public_register"),
    # What the scan cannot know about a DPIA (GDPR Art. 35(3)(c), EDPB WP248 criteria).
    "dpia_criterion": ("profiling_legal_effects", "public_monitoring", "automated_decision",
                       "evaluation_scoring", "systematic_monitoring",
                       "matching_datasets", "vulnerable_subjects", "innovative_technology",
                       "prevents_rights"),
    # classification.yaml: what an override does to the classifier's result for a column.
    "override_action": ("force", "add", "drop", "ignore"),
}


@dataclass
class Contact:
    name: str | None = None
    address: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class Audit:
    last_audit_date: str | None = None  # ISO date
    auditor: str | None = None  # internal | external
    scale_band: str | None = None  # <1m | 1m-10m | >10m
    next_due: str | None = None


@dataclass
class Organisation:
    name: str
    name_en: str | None = None
    contact: Contact = field(default_factory=Contact)
    dpo: Contact = field(default_factory=Contact)  # 个人信息保护负责人
    representative: Contact | None = None  # PIPL 53, when the handler is abroad
    # ISO 3166-1 alpha-2 of the organisation's establishment; recipients default to it.
    country: str | None = None
    jurisdictions: list[str] = field(default_factory=lambda: ["PIPL"])
    audit: Audit = field(default_factory=Audit)
    rights_channel: str | None = None
    response_sla: str | None = None
    declared_in: str | None = None


@dataclass
class Retention:
    category: str  # taxonomy id or "*" for every category of the activity
    period: str | None = None  # ISO-8601 duration, e.g. P3Y
    criteria: str | None = None  # how the period is determined, when no fixed period
    trigger: str | None = None  # account_cancelled, transaction_completed ...
    on_expiry: str | None = None  # delete | anonymise | restrict
    legal_basis: str | None = None  # "电子商务法 第三十一条"
    declared_in: str | None = None


@dataclass
class Pipia:
    required: bool | None = None  # None: let the report derive it from the triggers
    ref: str | None = None
    date: str | None = None


@dataclass
class CrossBorder:
    exists: bool = False
    countries: list[str] = field(default_factory=list)
    mechanism: str | None = None
    separate_consent_ref: str | None = None


@dataclass
class Activity:
    id: str
    name: str  # Chinese name
    name_en: str | None = None
    business_function: str | None = None
    purpose: str | None = None
    purpose_en: str | None = None
    method: list[str] = field(default_factory=list)
    lawful_basis: str | None = None
    lawful_basis_law: str | None = None  # required when lawful_basis is other_law
    consent_type: str | None = None
    gdpr_art6_basis: str | None = None
    gdpr_art9_condition: str | None = None
    data_subjects: list[str] = field(default_factory=list)
    minors: str = "none"
    categories: list[str] = field(default_factory=list)  # declared taxonomy ids
    systems: list[str] = field(default_factory=list)  # globs over table ids / table.column
    # Who may read the activity's columns: globs over query-log user and role names.
    roles: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)  # recipient ids
    retention: list[Retention] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)  # declared security measures
    adm: bool = False
    opt_out_mechanism: str | None = None
    necessity: str | None = None
    separate_consent: bool = False
    source: str | None = None  # direct | indirect | public
    volume: str | None = None
    cross_border: CrossBorder = field(default_factory=CrossBorder)
    pipia: Pipia = field(default_factory=Pipia)
    dpia: Pipia = field(default_factory=Pipia)  # GDPR Art. 35: same fields as the PIPIA
    dpia_criteria: list[str] = field(default_factory=list)  # ENUMS["dpia_criterion"]
    # GDPR Art. 30(2): the controller on whose behalf a processor carries out this activity.
    controller: str | None = None
    consent_record_ref: str | None = None
    notice_ref: str | None = None
    owner: str | None = None
    created: str | None = None
    updated: str | None = None
    required_or_optional: str | None = None
    timing: str | None = None  # 频次或时机
    declared_in: str | None = None


@dataclass
class RecipientDeclaration:
    id: str
    name: str  # legal entity
    name_en: str | None = None
    contact: str | None = None
    kind: str = "processor"  # ENUMS["recipient_kind"]
    transfer_type: str = "entrusted"  # ENUMS["transfer_type"]
    mechanism: str | None = None  # ENUMS["mechanism"]
    sdk_name: str | None = None
    package: str | None = None
    country: str | None = None  # None: the organisation's country (filled by the loader)
    purpose: str | None = None
    purpose_en: str | None = None
    method: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)  # declared as received
    consent_type: str | None = None
    contract_ref: str | None = None
    contract_covers: list[str] = field(default_factory=list)
    subprocessors_allowed: bool | None = None
    supervision: str | None = None  # last check date
    cross_border_mechanism: str | None = None  # PIPL Art. 38 / NDSR Art. 35
    gdpr_transfer_mechanism: str | None = None  # GDPR Art. 45-49
    privacy_policy_url: str | None = None
    onward_of: str | None = None  # recipient id this one receives from (e-sign -> UnionPay)
    since: str | None = None
    last_reviewed: str | None = None
    # What means "this recipient" in code and data (see schema.Recipient).
    tables: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    receives: list[str] = field(default_factory=list)
    declared_in: str | None = None

    def for_lineage(self) -> LineageRecipient:
        return LineageRecipient(id=self.id, name=self.name, country=self.country,
                                kind=self.kind, tables=list(self.tables),
                                paths=list(self.paths), receives=list(self.receives),
                                declared_in=self.declared_in)


@dataclass
class Inventory:
    root: str  # the inventory folder, as given
    organisation: Organisation
    activities: list[Activity] = field(default_factory=list)
    recipients: list[RecipientDeclaration] = field(default_factory=list)
    classification: list[Any] = field(default_factory=list)  # privflow.classify.Override
    source_paths: list[str] = field(default_factory=list)  # usable from the cwd
    databases: list[str] = field(default_factory=list)  # SQLAlchemy URLs, ${ENV} unexpanded
    dialects: dict[str, str] = field(default_factory=dict)  # path (as in source_paths) -> dialect
    # Warehouse query logs: (path usable from the cwd, format or None, dialect or None).
    query_logs: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    # Live-database include/exclude globs over table ids.
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    policies: list[str] = field(default_factory=list)  # privacy notices, usable from the cwd

    def recipient(self, recipient_id: str) -> RecipientDeclaration | None:
        return next((r for r in self.recipients if r.id == recipient_id), None)

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    def lineage_recipients(self) -> list[LineageRecipient]:
        return [r.for_lineage() for r in self.recipients]
