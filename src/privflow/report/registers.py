"""Register builders: the inventory (declared) joined with the scan (discovered), ropa.md §4.

One builder per register. Each returns a `Register` of cells; no formatting for a medium
happens here (renderers escape), and no gap rule is computed here (those are `check.py`'s
findings, rendered as 4.5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

from privflow import __version__
from privflow.check.laws import abroad_under, inventory_laws
from privflow.inventory.model import Activity, Inventory, RecipientDeclaration
from privflow.report.evidence import (
    PROTECTED_STATES,
    ColumnRef,
    RecipientFlows,
    ScanIndex,
    discovered_categories,
)
from privflow.report.labels import Labels, gdpr_flag, is_sensitive
from privflow.report.model import Cell, ColumnSpec, Provenance, Register, Report
from privflow.report.provenance import Provenance as ReportProvenance
from privflow.report.provenance import resolve_time
from privflow.report.sdks import sdk_registers
from privflow.sanitize import count_replacements
from privflow.schema import Finding, ScanResult

PIPIA_KEEP_YEARS = 3  # PIPL Art. 56
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

# Column keys and where each column's cells come from, in ropa.md §4 order.
COLUMNS: dict[str, list[tuple[str, Provenance]]] = {
    # Activities in the order of the ICO controller template (and the CNIL fiche): function,
    # purpose, people and data, recipients and transfers, retention, security, legal bases,
    # rights-related fields, source, location of the data, impact assessments, records.
    "activities": [
        ("id", "declared"), ("activity", "declared"), ("business_function", "declared"),
        ("purpose", "declared"), ("method", "declared"), ("data_subjects", "declared"),
        ("minors", "declared"), ("pi_categories", "declared"),
        ("pi_categories_discovered", "discovered"), ("sensitive_categories", "derived"),
        ("special_categories", "derived"), ("necessity", "declared"),
        ("recipients", "declared"), ("recipients_discovered", "discovered"),
        ("transfer_type", "declared"), ("cross_border", "declared"), ("retention", "declared"),
        ("security_measures", "declared"), ("security_evidenced", "discovered"),
        ("lawful_basis", "declared"), ("consent_type", "declared"), ("gdpr_basis", "declared"),
        ("adm", "declared"), ("source", "declared"), ("consent_record_ref", "declared"),
        ("systems", "discovered"), ("volume", "declared"), ("pipia", "derived"),
        ("dpia", "derived"), ("notice_ref", "declared"), ("owner", "declared"),
        ("created", "declared"), ("updated", "declared"), ("status", "derived"),
    ],
    "sharing": [
        ("recipient_id", "declared"), ("recipient", "declared"), ("contact", "declared"),
        ("kind", "declared"), ("transfer_type", "declared"), ("mechanism", "declared"),
        ("onward_of", "declared"), ("activity", "declared"), ("purpose", "declared"),
        ("method", "declared"), ("pi_categories", "declared"),
        ("pi_categories_discovered", "discovered"), ("sensitive_categories", "derived"),
        ("country", "declared"), ("cross_border_mechanism", "declared"),
        ("gdpr_transfer_mechanism", "declared"),
        ("consent_type", "declared"), ("contract_ref", "declared"),
        ("contract_covers", "declared"), ("privacy_policy_url", "declared"),
        ("evidence", "discovered"), ("since", "declared"), ("last_reviewed", "declared"),
        ("status", "derived"),
    ],
    "collection": [
        ("business_function", "declared"), ("activity", "declared"), ("pi_item", "derived"),
        ("category", "derived"), ("sensitive", "derived"), ("purpose", "declared"),
        ("timing", "declared"), ("required_or_optional", "declared"),
        ("lawful_basis", "declared"), ("consent_type", "declared"), ("retention", "declared"),
        ("source", "declared"), ("storage", "discovered"), ("status", "derived"),
    ],
    "pipia": [
        ("activity", "declared"), ("trigger", "derived"), ("evidence", "derived"),
        ("pipia_ref", "declared"), ("pipia_date", "declared"), ("done_before", "derived"),
        ("kept_until", "derived"), ("status", "derived"),
    ],
    # GDPR Art. 30(2): a processor's record, one row per activity, keyed by its controller.
    "processing": [
        ("controller", "declared"), ("id", "declared"), ("activity", "declared"),
        ("purpose", "declared"), ("pi_categories", "declared"),
        ("pi_categories_discovered", "discovered"), ("systems", "discovered"),
        ("recipients", "declared"), ("cross_border", "declared"),
        ("security_measures", "declared"), ("status", "derived"),
    ],
    "dpia": [
        ("activity", "declared"), ("trigger", "derived"), ("dpia_ref", "declared"),
        ("dpia_date", "declared"), ("status", "derived"),
    ],
    "gaps": [
        ("severity", "derived"), ("rule", "derived"), ("law", "derived"),
        ("subject", "derived"), ("message", "derived"), ("location", "discovered"),
    ],
}
REGISTERS = ("activities", "sharing", "collection", "pipia", "dpia", "gaps")
# Registers and columns that belong to one law: shown only when the organisation follows it
# (organisation.jurisdictions). Everything else is common to the laws.
REGISTER_LAWS = {"collection": "PIPL", "pipia": "PIPL", "dpia": "GDPR"}
COLUMN_LAWS: dict[str, dict[str, str]] = {
    "activities": {"lawful_basis": "PIPL", "consent_type": "PIPL", "necessity": "PIPL",
                   "sensitive_categories": "PIPL", "pipia": "PIPL", "gdpr_basis": "GDPR",
                   "special_categories": "GDPR", "dpia": "GDPR"},
    "sharing": {"sensitive_categories": "PIPL", "cross_border_mechanism": "PIPL",
                "consent_type": "PIPL", "gdpr_transfer_mechanism": "GDPR"},
}


def new_register(key: str, labels: Labels, laws: frozenset[str] = frozenset({"PIPL", "GDPR"})
                 ) -> Register:
    own = COLUMN_LAWS.get(key, {})
    shown = [(k, p) for k, p in COLUMNS[key] if k not in own or own[k] in laws]
    return Register(
        key=key,
        title=labels.section(key),
        columns=[ColumnSpec(k, labels.column(key, k), p) for k, p in shown],
        hidden=frozenset(k for k, _ in COLUMNS[key]) - {k for k, _ in shown},
    )


class ReportBuilder:
    """Builds the `Report` model for one scan, one inventory and one language."""

    def __init__(self, result: ScanResult, inventory: Inventory, lang: str,
                 report_date: str | None = None, index: ScanIndex | None = None,
                 provenance: ReportProvenance | None = None, role: str = "controller") -> None:
        self.result = result
        self.role = role
        self.inventory = inventory
        if provenance is None:
            date, scan_time = resolve_time(report_date)
            provenance = ReportProvenance(date=date, scan_time=scan_time, commit=None)
        self.provenance = provenance
        self.laws = inventory_laws(inventory)
        self.law_ids = frozenset(law.id for law in self.laws)
        # PIPL's words (个人信息处理者 / handler) unless only controller-wording laws apply
        self.wording = ("handler" if any(law.wording == "handler" for law in self.laws)
                        else "controller")
        self.labels = Labels(lang, self.wording)
        self.index = index or ScanIndex(result)
        self._activity_columns: dict[str, list[ColumnRef]] = {
            a.id: self.index.select(a.systems) for a in inventory.activities
        }
        self._activity_flows: dict[str, dict[str, RecipientFlows]] = {
            a.id: self.index.recipient_flows_from(self._activity_columns[a.id])
            for a in inventory.activities
        }

    # --- small formatting helpers (language only; escaping is the renderers' job) -------------

    def categories(self, ids: Iterable[str]) -> list[str]:
        return [self.labels.category(c) for c in sorted(set(ids))]

    def enums(self, enum: str, values: Iterable[str]) -> list[str]:
        return [self.labels.enum(enum, v) for v in values]

    def activity_name(self, activity: Activity) -> str:
        if self.labels.lang == "en" and activity.name_en:
            return activity.name_en
        return activity.name

    def purpose(self, obj: Activity | RecipientDeclaration) -> str:
        if self.labels.lang == "en" and obj.purpose_en:
            return obj.purpose_en
        return obj.purpose or ""

    def recipient_label(self, recipient_id: str) -> str:
        """`阿里云计算有限公司 (aliyun_sms)`: the legal entity, with the id after it."""
        recipient = self.inventory.recipient(recipient_id)
        if recipient is None:
            return recipient_id
        return f"{self.recipient_name(recipient)} ({recipient_id})"

    def recipient_name(self, recipient: RecipientDeclaration) -> str:
        if self.labels.lang == "en" and recipient.name_en:
            return recipient.name_en
        return recipient.name

    def retention_text(self, activity: Activity, category: str | None = None) -> list[str]:
        lines = []
        for item in activity.retention:
            if category is not None and item.category not in ("*", category):
                continue
            parts = []
            if category is None:
                parts.append(self.labels.word("all_categories") if item.category == "*"
                             else self.labels.category_name(item.category))
            if item.period:
                parts.append(self.labels.duration(item.period))
            if item.criteria:
                parts.append(f"{self.labels.word('period_criteria')}: {item.criteria}")
            if item.trigger:
                parts.append(self.labels.get("retention_triggers", item.trigger))
            if item.on_expiry:
                parts.append(f"{self.labels.word('expiry')}: "
                             f"{self.labels.enum('on_expiry', item.on_expiry)}")
            if item.legal_basis:
                parts.append(item.legal_basis)
            lines.append(", ".join(p for p in parts if p))
        return lines

    # --- header ----------------------------------------------------------------------------

    def header(self) -> list[tuple[str, str]]:
        org = self.inventory.organisation
        h = lambda key: self.labels.get("header", key)  # noqa: E731
        name = org.name_en if self.labels.lang == "en" and org.name_en else org.name
        rows: list[tuple[str, str]] = [(h("organisation"), name)]
        contact = _contact_text(org.contact)
        if contact:
            rows.append((h("contact"), contact))
        if _contact_text(org.dpo):
            rows.append((h("dpo"), _contact_text(org.dpo)))
        if org.representative is not None and _contact_text(org.representative):
            rows.append((h("representative"), _contact_text(org.representative)))
        rows.append((h("jurisdictions"), ", ".join(law.label(self.labels.lang)
                                                    for law in self.laws)))
        if org.country:
            rows.append((h("country"), org.country))
        rows.append((h("report_date"), self.provenance.date))
        rows.append((h("scan_time"), self.provenance.scan_time))
        if self.provenance.commit:
            rows.append((h("commit"), self.provenance.commit))
        rows.append((h("tool"), f"privflow {self.result.version or __version__}"))
        if org.audit.scale_band:
            rows.append((h("scale_band"), self.labels.enum("scale_band", org.audit.scale_band)))
        if org.audit.last_audit_date or org.audit.auditor:
            auditor = self.labels.enum("auditor", org.audit.auditor)
            rows.append((h("audit"), " ".join(x for x in (org.audit.last_audit_date, auditor)
                                              if x)))
        if org.audit.next_due:
            rows.append((h("audit_next"), org.audit.next_due))
        if org.rights_channel:
            rows.append((h("rights_channel"), org.rights_channel))
        if org.response_sla:
            rows.append((h("response_sla"), org.response_sla))
        schema = self.result.schema
        summary = self.labels.get("header", "scan_summary").format(
            tables=len(schema.tables), pi_columns=len(self.index.pi_columns()),
            flows=len(self.result.flows), files=len(schema.files), skipped=len(schema.skipped))
        rows.append((h("scan"), summary))
        replaced = count_replacements([
            [t.id, t.comment, t.source] + [x for c in t.columns.values()
                                           for x in (c.name, c.comment, c.type)]
            for t in schema.tables.values()] + [[f.source, f.target, f.via]
                                                for f in self.result.flows])
        if replaced:
            rows.append((h("scan"), self.labels.get("header", "replaced_text").format(
                count=replaced)))
        rows.append((h("record_keeping"), self.labels.get("legend", "retention")))
        return rows

    # --- 4.1 ---------------------------------------------------------------------------------

    def activities(self) -> Register:
        register = new_register("activities", self.labels, self.law_ids)
        covered: set[str] = set()
        for activity in self.inventory.activities:
            columns = self._activity_columns[activity.id]
            covered.update(ref.id for ref in columns)
            found = discovered_categories(columns)
            flows = self._activity_flows[activity.id]
            all_categories = set(activity.categories) | set(found)
            sensitive = self.sensitive_of(activity, all_categories)
            special = sorted(c for c in all_categories if gdpr_flag(c))
            recipients = [self.inventory.recipient(r) for r in activity.recipients]
            transfer_types = sorted({r.transfer_type for r in recipients if r is not None})
            states = sorted({ref.column.state for ref in columns
                             if ref.column.state in PROTECTED_STATES})
            register.add(
                id=activity.id,
                business_function=activity.business_function or "",
                activity=Cell(self.activity_name(activity), [activity.declared_in or ""]
                              if activity.declared_in else []),
                purpose=self.purpose(activity),
                method=self.enums("method", activity.method),
                lawful_basis=self.lawful_basis(activity),
                consent_type=self.labels.enum("consent_type", activity.consent_type),
                gdpr_basis=self.gdpr_basis(activity),
                data_subjects=list(activity.data_subjects),
                minors=self.labels.enum("minors", activity.minors),
                pi_categories=self.categories(activity.categories),
                pi_categories_discovered=Cell(
                    self.categories(found),
                    [f"{cat}: {', '.join(refs)}" for cat, refs in found.items()]),
                sensitive_categories=self.categories(sensitive),
                necessity=activity.necessity or "",
                special_categories=[f"{self.labels.category(c)} {gdpr_flag(c)}"
                                    for c in special],
                source=self.labels.enum("source", activity.source),
                volume=activity.volume or "",
                systems=Cell(sorted({ref.table.id for ref in columns}),
                             sorted({ref.where for ref in columns})),
                recipients=[self.recipient_label(r) for r in activity.recipients],
                recipients_discovered=Cell(sorted(flows),
                                           [e for f in flows.values() for e in f.evidence()]),
                transfer_type=self.enums("transfer_type", transfer_types),
                cross_border=self.cross_border(activity, recipients),
                adm=self.adm(activity),
                retention=self.retention_text(activity),
                security_measures=self.enums("security_measures", activity.measures),
                security_evidenced=Cell(
                    self.enums("state", states),
                    sorted(f"{ref.id}: {ref.column.state}" for ref in columns
                           if ref.column.state in PROTECTED_STATES)),
                pipia=self.pipia_summary(activity),
                dpia=self.dpia_summary(activity),
                consent_record_ref=activity.consent_record_ref or "",
                notice_ref=activity.notice_ref or "",
                owner=activity.owner or "",
                created=activity.created or "",
                updated=activity.updated or "",
                status=self.labels.get("status", "matched" if columns else "declared_only"),
            )
        undeclared = [ref for ref in self.index.pi_columns()
                      if ref.id not in covered and ref.column.categories]
        if undeclared:
            found = discovered_categories(undeclared)
            flows = self.index.recipient_flows_from(undeclared)
            register.add(
                activity=self.labels.word("undeclared_processing"),
                pi_categories_discovered=Cell(
                    self.categories(found),
                    [f"{cat}: {', '.join(refs)}" for cat, refs in found.items()]),
                sensitive_categories=self.categories(c for c in found if is_sensitive(c)),
                special_categories=[f"{self.labels.category(c)} {gdpr_flag(c)}"
                                    for c in found if gdpr_flag(c)],
                systems=Cell(sorted({ref.table.id for ref in undeclared}),
                             sorted({ref.where for ref in undeclared})),
                recipients_discovered=Cell(sorted(flows),
                                           [e for f in flows.values() for e in f.evidence()]),
                status=self.labels.get("status", "discovered_only"),
            )
        return register

    def sensitive_of(self, activity: Activity, categories: Iterable[str]) -> list[str]:
        """S categories; every category is sensitive for under-14s (PIPL Art. 28)."""
        if activity.minors == "under14":
            return sorted(set(categories))
        return sorted(c for c in set(categories) if is_sensitive(c))

    def lawful_basis(self, activity: Activity) -> str:
        text = self.labels.enum("lawful_basis", activity.lawful_basis)
        if activity.lawful_basis_law:
            text = f"{text} ({activity.lawful_basis_law})"
        return text

    def gdpr_basis(self, activity: Activity) -> list[str]:
        parts = []
        if activity.gdpr_art6_basis:
            parts.append(self.labels.enum("gdpr_art6_basis", activity.gdpr_art6_basis))
        if activity.gdpr_art9_condition:
            parts.append(f"Art. 9(2)({activity.gdpr_art9_condition})")
        return parts

    def cross_border(self, activity: Activity,
                     recipients: list[RecipientDeclaration | None]) -> list[str]:
        w = self.labels.word
        lines = []
        cb = activity.cross_border
        if cb.exists:
            lines.append(w("yes"))
            if cb.countries:
                lines.append(f"{w('countries')}: {', '.join(cb.countries)}")
            if cb.mechanism:
                lines.append(f"{w('mechanism')}: "
                             f"{self.labels.enum('cross_border_mechanism', cb.mechanism)}")
            if cb.separate_consent_ref:
                lines.append(f"{w('separate_consent')}: {cb.separate_consent_ref}")
        else:
            lines.append(w("no"))
        abroad = sorted({f"{r.id} ({r.country})" for r in recipients
                         if r is not None and abroad_under(self.inventory, r.country)})
        if abroad:
            lines.append(f"{w('cross_border_mark')}: {', '.join(abroad)}")
        return lines

    def adm(self, activity: Activity) -> str:
        text = self.labels.yes_no(activity.adm)
        if activity.adm and activity.opt_out_mechanism:
            text += f" ({self.labels.word('opt_out')}: {activity.opt_out_mechanism})"
        return text

    # --- 4.4 triggers (shared by 4.1's pipia column) ------------------------------------------

    def triggers(self, activity: Activity) -> list[tuple[str, list[str]]]:
        """(trigger, evidence) pairs of PIPL Art. 55 for one activity."""
        columns = self._activity_columns[activity.id]
        found = discovered_categories(columns)
        out: list[tuple[str, list[str]]] = []
        declared_s = self.sensitive_of(activity, activity.categories)
        found_s = self.sensitive_of(activity, found)
        if declared_s or found_s:
            evidence = [self.labels.category(c) for c in declared_s]
            evidence += [f"{c}: {', '.join(found[c])}" for c in found_s]
            out.append(("sensitive", evidence))
        if activity.adm:
            out.append(("adm", [activity.declared_in or activity.id]))
        by_type: dict[str, list[str]] = {}
        abroad: list[str] = []
        for rid in activity.recipients:
            recipient = self.inventory.recipient(rid)
            if recipient is None:
                continue
            if recipient.transfer_type in ("entrusted", "provided", "public_disclosure"):
                by_type.setdefault(recipient.transfer_type, []).append(rid)
            if any(law.id == "PIPL" for law in abroad_under(self.inventory, recipient.country)):
                abroad.append(f"{rid} ({recipient.country})")
        for trigger in ("entrusted", "provided", "public_disclosure"):
            if trigger in by_type:
                out.append((trigger, sorted(by_type[trigger])))
        if activity.cross_border.exists or abroad:
            out.append(("cross_border",
                        sorted(abroad) or list(activity.cross_border.countries)))
        if activity.pipia.required and not out:
            out.append(("other", [activity.declared_in or activity.id]))
        if activity.minors == "under14":
            out.append(("minors_under14", [self.labels.enum("minors", activity.minors)]))
        if activity.minors in ("under14", "under18"):
            out.append(("minors_audit", [self.labels.enum("minors", activity.minors)]))
        return out

    def pipia_status(self, activity: Activity) -> str:
        pipia = activity.pipia
        if not pipia.ref and not pipia.date:
            return "missing"
        changed = [d for d in (activity.updated,) if d]
        for rid in activity.recipients:
            recipient = self.inventory.recipient(rid)
            if recipient is not None and recipient.since:
                changed.append(recipient.since)
        if pipia.date and any(str(d) > str(pipia.date) for d in changed):
            return "stale"
        return "ok"

    def pipia_summary(self, activity: Activity) -> list[str]:
        triggers = [t for t, _ in self.triggers(activity) if t != "minors_audit"]
        required = activity.pipia.required if activity.pipia.required is not None \
            else bool(triggers)
        w = self.labels.word
        lines = [w("required") if required else w("not_required")]
        if triggers:
            lines.append(f"{w('triggers')}: "
                         + "; ".join(self.labels.get("triggers", t) for t in triggers))
        if activity.pipia.ref:
            lines.append(f"{w('ref')}: {activity.pipia.ref}")
        if activity.pipia.date:
            lines.append(f"{w('date')}: {activity.pipia.date}")
        if required:
            lines.append(self.labels.get("status", self.pipia_status(activity)))
        return lines

    def pipia(self) -> Register:
        register = new_register("pipia", self.labels, self.law_ids)
        for activity in self.inventory.activities:
            status = self.pipia_status(activity)
            pipia = activity.pipia
            for trigger, evidence in self.triggers(activity):
                done_before = ""
                if pipia.date and activity.created:
                    done_before = self.labels.yes_no(str(pipia.date) <= str(activity.created))
                register.add(
                    activity=f"{activity.id} {self.activity_name(activity)}",
                    trigger=self.labels.get("triggers", trigger),
                    evidence=evidence,
                    pipia_ref=pipia.ref or "",
                    pipia_date=pipia.date or "",
                    done_before=done_before,
                    kept_until=_plus_years(pipia.date, PIPIA_KEEP_YEARS),
                    status=self.labels.get("status", status),
                )
        return register

    # --- GDPR Art. 35 ------------------------------------------------------------------------

    def _check_context(self):
        from privflow.check.context import CheckContext

        if not hasattr(self, "_ctx"):
            self._ctx = CheckContext(self.result, self.inventory)
        return self._ctx

    def dpia_rows(self, activity: Activity) -> list[str]:
        from privflow.check.rules import dpia_required, dpia_triggers

        ctx = self._check_context()
        if not dpia_required(ctx, activity):
            return []
        cases, criteria = dpia_triggers(ctx, activity)
        return cases + criteria

    def dpia_summary(self, activity: Activity) -> list[str]:
        triggers = self.dpia_rows(activity)
        w = self.labels.word
        lines = [w("required") if triggers else w("not_required")]
        if triggers:
            lines.append(f"{w('triggers')}: "
                         + "; ".join(self.labels.get("dpia_triggers", t) for t in triggers))
        if activity.dpia.ref:
            lines.append(f"{w('ref')}: {activity.dpia.ref}")
        if activity.dpia.date:
            lines.append(f"{w('date')}: {activity.dpia.date}")
        if triggers:
            done = activity.dpia.ref and activity.dpia.date
            lines.append(self.labels.get("status", "ok" if done else "missing"))
        return lines

    def dpia(self) -> Register:
        register = new_register("dpia", self.labels, self.law_ids)
        for activity in self.inventory.activities:
            status = "ok" if activity.dpia.ref and activity.dpia.date else "missing"
            for trigger in self.dpia_rows(activity):
                register.add(
                    activity=f"{activity.id} {self.activity_name(activity)}",
                    trigger=self.labels.get("dpia_triggers", trigger),
                    dpia_ref=activity.dpia.ref or "", dpia_date=activity.dpia.date or "",
                    status=self.labels.get("status", status))
        return register

    def gdpr_transfer(self, recipient: RecipientDeclaration) -> str:
        """The Chapter V ground of a recipient outside the EEA: declared, or an adequacy
        decision from the dated table."""
        gdpr = next((law for law in self.laws if law.id == "GDPR"), None)
        if gdpr is None or not any(law.id == "GDPR" for law in
                                   abroad_under(self.inventory, recipient.country)):
            return ""
        if recipient.gdpr_transfer_mechanism:
            return self.labels.enum("gdpr_transfer_mechanism", recipient.gdpr_transfer_mechanism)
        decision = gdpr.adequate(recipient.country)
        if decision is not None and decision.scope is None:
            return (f"{self.labels.enum('gdpr_transfer_mechanism', 'adequacy')} "
                    f"({decision.decided})")
        return self.labels.get("status", "missing")

    # --- 4.2 ---------------------------------------------------------------------------------

    def sharing(self) -> Register:
        register = new_register("sharing", self.labels, self.law_ids)
        for recipient in self.inventory.recipients:
            declared_for = [a for a in self.inventory.activities if recipient.id in a.recipients]
            reached_by = [a for a in self.inventory.activities
                          if recipient.id in self._activity_flows[a.id]
                          and a not in declared_for]
            rows = [(a, "declared") for a in declared_for] + [(a, "discovered")
                                                              for a in reached_by]
            if not rows:
                rows = [(None, "declared")]
            for activity, how in rows:
                if activity is not None:
                    flows = self._activity_flows[activity.id].get(recipient.id)
                else:
                    flows = self.index.into_recipient.get(recipient.id)
                found = dict(flows.categories) if flows else {}
                declared = recipient.categories or []
                status = "matched" if (flows and how == "declared") else (
                    "discovered_only" if how == "discovered" else "declared_only")
                register.add(
                    recipient_id=recipient.id,
                    recipient=Cell(self.recipient_name(recipient),
                                   [recipient.declared_in] if recipient.declared_in else []),
                    contact=recipient.contact or "",
                    kind=self.labels.enum("recipient_kind", recipient.kind),
                    transfer_type=self.labels.enum("transfer_type", recipient.transfer_type),
                    mechanism=self.mechanism(recipient),
                    onward_of=recipient.onward_of or "",
                    activity=(f"{activity.id} {self.activity_name(activity)}"
                              if activity is not None else ""),
                    purpose=self.purpose(recipient) or (
                        self.purpose(activity) if activity is not None else ""),
                    method=self.enums("method", recipient.method),
                    pi_categories=self.categories(declared),
                    pi_categories_discovered=Cell(
                        self.categories(found),
                        [f"{c}: {', '.join(sorted(set(v)))}" for c, v in sorted(found.items())]),
                    sensitive_categories=self.categories(
                        c for c in set(declared) | set(found) if is_sensitive(c)),
                    country=recipient.country or "",
                    cross_border_mechanism=self.labels.enum("cross_border_mechanism",
                                                            recipient.cross_border_mechanism),
                    gdpr_transfer_mechanism=self.gdpr_transfer(recipient),
                    consent_type=self.labels.enum("consent_type", recipient.consent_type),
                    contract_ref=recipient.contract_ref or "",
                    contract_covers=self.enums("contract_covers", recipient.contract_covers),
                    privacy_policy_url=recipient.privacy_policy_url or "",
                    evidence=Cell(flows.evidence() if flows else [],
                                  sorted({f.via for f in flows.flows}) if flows else []),
                    since=recipient.since or "",
                    last_reviewed=recipient.last_reviewed or "",
                    status=self.labels.get("status", status),
                )
        declared_ids = {r.id for r in self.inventory.recipients}
        for rid, flows in sorted(self.index.into_recipient.items()):
            if rid in declared_ids:
                continue
            found = dict(flows.categories)
            scanned = next((r for r in self.result.recipients if r.id == rid), None)
            register.add(
                recipient_id=rid,
                recipient=scanned.name if scanned is not None else rid,
                transfer_type=self.labels.enum("transfer_type", "unknown"),
                pi_categories_discovered=Cell(self.categories(found), []),
                sensitive_categories=self.categories(c for c in found if is_sensitive(c)),
                country=(scanned.country or "") if scanned is not None else "",
                evidence=Cell(flows.evidence(), sorted({f.via for f in flows.flows})),
                status=self.labels.get("status", "discovered_only"),
            )
        listed = declared_ids | set(self.index.into_recipient)
        for scanned in self.result.recipients:  # an SDK in the build, no column traced to it
            if scanned.kind == "sdk" and scanned.id not in listed:
                register.add(recipient_id=scanned.id, recipient=scanned.name,
                             kind=self.labels.enum("recipient_kind", "sdk"),
                             transfer_type=self.labels.enum("transfer_type", "unknown"),
                             country=scanned.country or "",
                             evidence=Cell([], [scanned.declared_in or ""]),
                             status=self.labels.get("status", "discovered_only"))
        return register

    def mechanism(self, recipient: RecipientDeclaration) -> str:
        text = self.labels.enum("mechanism", recipient.mechanism)
        extra = []
        if recipient.sdk_name:
            extra.append(recipient.sdk_name)
        if recipient.package:
            extra.append(f"{self.labels.word('package')}: {recipient.package}")
        return f"{text} ({', '.join(extra)})" if extra else text

    # --- 4.3 ---------------------------------------------------------------------------------

    def collection(self) -> Register:
        register = new_register("collection", self.labels, self.law_ids)
        for activity in self.inventory.activities:
            columns = self._activity_columns[activity.id]
            found = discovered_categories(columns)
            declared = set(activity.categories)
            sensitive = set(self.sensitive_of(activity, declared | set(found)))
            for category in sorted(declared | set(found)):
                storage = found.get(category, [])
                items = sorted({ref.column.comment or ref.column.name for ref in columns
                                if category in ref.column.categories})
                status = ("matched" if category in declared and storage else
                          "declared_only" if category in declared else "discovered_only")
                register.add(
                    business_function=activity.business_function or self.activity_name(
                        activity),
                    activity=f"{activity.id} {self.activity_name(activity)}",
                    pi_item=[self.labels.category_name(category)] + items,
                    category=category,
                    sensitive=self.labels.yes_no(category in sensitive),
                    purpose=self.purpose(activity),
                    timing=self.enums("method", activity.method) + (
                        [activity.timing] if activity.timing else []),
                    required_or_optional=activity.required_or_optional or "",
                    lawful_basis=self.lawful_basis(activity),
                    consent_type=self.labels.enum("consent_type", activity.consent_type),
                    retention=self.retention_text(activity, category),
                    source=self.labels.enum("source", activity.source),
                    storage=Cell(storage, sorted({self.index.columns[c].where
                                                  for c in storage if c in self.index.columns})),
                    status=self.labels.get("status", status),
                )
        return register

    # --- 4.5 ---------------------------------------------------------------------------------

    def gaps(self) -> Register:
        register = new_register("gaps", self.labels, self.law_ids)
        findings = sorted(self.result.findings, key=lambda f: (
            SEVERITY_ORDER.get(f.severity, 9), f.rule, f.subject, f.location or ""))
        for finding in findings:
            register.add(
                severity=self.labels.get("severity", finding.severity),
                rule=f"{self.rule_title(finding.rule)} ({finding.rule})",
                law=self.legal_refs(finding),
                subject=finding.subject,
                message=self.finding_message(finding),
                location=finding.location or "",
            )
        return register

    def finding_message(self, finding: Finding) -> str:
        """The finding's explanation in the report's language, from the rule's `message`
        template (check/data/rules.yaml); the English message when there is none."""
        from privflow.check.rules import render_message

        if not finding.params:
            return finding.message
        params = dict(finding.params)
        separator = "、" if self.labels.lang == "zh" else "; "
        table = {"pipia-missing": "triggers", "dpia-missing": "dpia_triggers"}.get(finding.rule)
        if table and params.get("triggers"):  # trigger ids in words
            params["triggers"] = separator.join(self.labels.get(table, t.strip())
                                               for t in params["triggers"].split(","))
        for key in ("category", "categories"):  # names, with the id after them
            if params.get(key):
                params[key] = ", ".join(
                    self.labels.word("all_categories") if c.strip() == "*"
                    else self.labels.category(c.strip())
                    for c in params[key].split(","))
        if params.get("period"):
            params["period"] = self.labels.duration(params["period"])
        return render_message(finding.rule, params, self.labels.lang) or finding.message

    def legal_refs(self, finding: Finding) -> str:
        """The articles of the finding's rule under the laws that apply (rules.yaml `legal`):
        GDPR references for a GDPR finding, the Chinese laws' for a PIPL one."""
        refs = [str(r) for r in (_rule_metadata().get(finding.rule) or {}).get("legal", [])]
        laws = set((finding.params.get("law") or "").replace(" ", "").split(",")) - {""}
        laws = laws or set(self.law_ids)
        def law_of(ref: str) -> str:
            return "GDPR" if ref.startswith("GDPR") else "PIPL"
        return ", ".join(r for r in refs if law_of(r) in laws)

    def rule_title(self, rule: str) -> str:
        """The rule's title from the gate's own metadata (check/data/rules.yaml)."""
        entry = _rule_metadata().get(rule) or {}
        title = entry.get("title_zh") if self.labels.lang == "zh" else entry.get("title")
        return str(title or entry.get("title") or rule)

    def sections(self) -> list[Register]:
        """The numbered sections after the summary, in order. A new section (another
        register) goes here, before the gaps; numbering follows the list."""
        if self.role == "processor":
            return [self.processing(), self.sharing(), self.gaps()]
        found = [getattr(self, key)() for key in REGISTERS
                 if key not in REGISTER_LAWS or REGISTER_LAWS[key] in self.law_ids]
        at = next((i for i, r in enumerate(found) if r.key == "gaps"), len(found))
        return found[:at] + self.scan_sections() + found[at:]

    def scan_sections(self) -> list[Register]:
        """Sections that exist only when the scan or the inventory has their source: the SDK
        list (build manifests), notice vs. practice (`policies:`), access from query logs."""
        sections = list(sdk_registers(self))
        if self.inventory.policies:
            from privflow.policy.report import notice_register

            sections.append(notice_register(self.result, self.inventory, self.labels.lang))
        if self.result.access:
            from privflow.querylog.report import access_register

            sections.append(access_register(self.result, self.inventory, self.labels.lang))
        return sections

    def processing(self) -> Register:
        """GDPR Art. 30(2): what is processed on behalf of each controller, sorted by it."""
        register = new_register("processing", self.labels, self.law_ids)
        activities = sorted(self.inventory.activities,
                            key=lambda a: ((a.controller or "").lower(), a.id))
        for activity in activities:
            columns = self._activity_columns[activity.id]
            found = discovered_categories(columns)
            recipients = [self.inventory.recipient(r) for r in activity.recipients]
            register.add(
                controller=activity.controller or self.labels.get("status", "missing"),
                id=activity.id,
                activity=Cell(self.activity_name(activity),
                              [activity.declared_in] if activity.declared_in else []),
                purpose=self.purpose(activity),
                pi_categories=self.categories(activity.categories),
                pi_categories_discovered=Cell(
                    self.categories(found),
                    [f"{cat}: {', '.join(refs)}" for cat, refs in found.items()]),
                systems=Cell(sorted({ref.table.id for ref in columns}),
                             sorted({ref.where for ref in columns})),
                recipients=[self.recipient_name(r) for r in recipients if r is not None],
                cross_border=self.cross_border(activity, recipients),
                security_measures=self.enums("security_measures", activity.measures),
                status=self.labels.get("status", "matched" if columns else "declared_only"),
            )
        return register

    def build(self) -> Report:
        labels = self.labels
        registers = self.sections()
        for number, register in enumerate(registers, start=2):  # 1 is the summary
            register.title = f"{number}. {register.title}"
        report = Report(
            lang=labels.lang,
            title=labels.get("title"),
            subtitle=labels.get("subtitle"),
            header=self.header(),
            registers=registers,
            wording=self.wording,
            legend=[labels.get("legend", k) for k in ("declared", "discovered", "derived")],
            date=self.provenance.date,
        )
        from privflow.report.summary import fill_summary

        fill_summary(report, self)
        return report


@cache
def _rule_metadata() -> dict:
    from privflow.check import rule_metadata

    return rule_metadata()


def _contact_text(contact) -> str:
    if contact is None:
        return ""
    return ", ".join(x for x in (contact.name, contact.address, contact.email, contact.phone)
                     if x)


def _plus_years(date: str | None, years: int) -> str:
    if not date:
        return ""
    try:
        day = dt.date.fromisoformat(str(date))
    except ValueError:
        return ""
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28).isoformat()


def build_report(result: ScanResult, inventory: Inventory, lang: str = "zh",
                 report_date: str | None = None, index: ScanIndex | None = None,
                 provenance: ReportProvenance | None = None, role: str = "controller") -> Report:
    return ReportBuilder(result, inventory, lang, report_date, index, provenance,
                         role).build()
