"""Gap rules: one small class per rule id, like detect-secrets' plugins.

A rule has an `id` (its metadata, severity and help text are in `data/rules.yaml`) and one
method, `findings(ctx)`, that yields `Finding`s for what the scan shows and the inventory does
not account for. Subjects are stable names (`activity:category`, `table.column`,
`recipient:id`) so that a finding's fingerprint survives line moves; the location points at the
SQL line of the column or flow, or at the YAML line of the declaration.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from privflow.check.context import (
    PROTECTED_STATES,
    PROTECTING_TRANSFORMS,
    CheckContext,
    ColumnRef,
)
from privflow.check.laws import law_of_rule
from privflow.datafiles import load_yaml
from privflow.schema import Finding

if TYPE_CHECKING:  # a scan without an inventory never imports its model (~12 ms)
    from privflow.inventory.model import Activity

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
FINGERPRINT_VERSION = "v1"


@cache
def rule_metadata() -> dict[str, dict[str, Any]]:
    return load_yaml("privflow.check", "data/rules.yaml")


def message_template(rule: str, params: dict[str, str], lang: str) -> str | None:
    """The `message` template of a rule (rules.yaml) for `lang`, picking `params["variant"]`
    when the rule has several; None when there is none."""
    templates = (rule_metadata().get(rule) or {}).get("message")
    if not isinstance(templates, dict):
        return None
    if "en" not in templates:
        templates = templates.get(params.get("variant") or "")
        if not isinstance(templates, dict):
            return None
    template = templates.get(lang)
    return template if isinstance(template, str) else None


_MORE = re.compile(r" and (\d+) more$")
_MORE_LOCAL = {"zh": " 等另外 {} 项"}


def render_message(rule: str, params: dict[str, str], lang: str) -> str | None:
    """The rule's message in `lang`, or None when there is no template or a param is missing."""
    template = message_template(rule, params, lang)
    if template is None:
        return None
    if lang in _MORE_LOCAL:  # the English "a, b and 3 more" of a shortened list
        params = {k: _MORE.sub(lambda m: _MORE_LOCAL[lang].format(m.group(1)), v)
                  for k, v in params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return None


def fingerprint(rule: str, subject: str) -> str:
    """Stable across line moves and unrelated edits: only the rule and the subject count."""
    digest = hashlib.sha256(f"{FINGERPRINT_VERSION}\x1f{rule}\x1f{subject}".encode())
    return digest.hexdigest()[:32]


def _names(refs: list[ColumnRef], limit: int = 5) -> str:
    ids = sorted({r.id for r in refs})
    more = f" and {len(ids) - limit} more" if len(ids) > limit else ""
    return ", ".join(ids[:limit]) + more


def _first_location(refs: list[ColumnRef]) -> str | None:
    ordered = sorted(refs, key=lambda r: r.id)
    return next((r.location for r in ordered if r.location), None)


def _parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return date(day.year + years, 3, 1)


class Rule:
    """A gap rule. Subclasses set `id` and implement `findings`."""

    id: ClassVar[str]
    # Also runs when there is no inventory (what a bare scan can say on its own).
    scan_only: ClassVar[bool] = False
    registry: ClassVar[list[type[Rule]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Rule.registry.append(cls)

    @cached_property
    def severity(self) -> str:
        return rule_metadata()[self.id]["severity"]

    @cached_property
    def law(self) -> str | None:
        """The law whose rule table (laws/*.yaml) lists this rule; None: every law."""
        law = law_of_rule(self.id)
        return law.id if law else None

    @property
    def params(self) -> dict[str, Any]:
        """Vocabularies and thresholds of the rule, from `data/rules.yaml`."""
        return rule_metadata()[self.id].get("params", {})

    def finding(self, subject: str, location: str | None, variant: str | None = None,
                **params: Any) -> Finding:
        """A finding whose message is the rule's English template filled with `params`."""
        values = {k: str(v) for k, v in params.items()}
        if self.law and "law" not in values:
            values["law"] = self.law
        if variant:
            values["variant"] = variant
        message = render_message(self.id, values, "en")
        if message is None:
            raise KeyError(f"rules.yaml has no message template for {self.id} {variant or ''}")
        return Finding(rule=self.id, severity=self.severity, subject=subject,  # type: ignore[arg-type]
                       message=message, location=location,
                       fingerprint=fingerprint(self.id, subject), params=values)

    def finder(self, variant: str | None = None) -> Callable[..., Finding]:
        """`finding` of one variant for many subjects (a finding per column): the template,
        severity and law are looked up once instead of once per finding."""
        rule, severity, law = self.id, self.severity, self.law
        template = message_template(rule, {"variant": variant} if variant else {}, "en")

        def make(subject: str, location: str | None, **params: Any) -> Finding:
            values = {k: str(v) for k, v in params.items()}
            if law and "law" not in values:
                values["law"] = law
            if variant:
                values["variant"] = variant
            try:  # render_message's English rendering, without its lookups
                message = template.format(**values) if template is not None else None
            except (KeyError, IndexError, ValueError):
                message = None
            if message is None:
                raise KeyError(f"rules.yaml has no message template for {rule} {variant or ''}")
            return Finding(rule=rule, severity=severity, subject=subject,  # type: ignore[arg-type]
                           message=message, location=location,
                           fingerprint=fingerprint(rule, subject), params=values)

        return make

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        raise NotImplementedError


# -- what the scan found against what the activities declare --------------------------------


class UndeclaredCategory(Rule):
    """A non-sensitive category in an activity's systems that the activity does not declare;
    or a personal column in a table no activity covers (then the subject is the table)."""

    id = "undeclared-category"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            for category, refs in ctx.discovered_categories(activity).items():
                if category not in activity.categories and \
                        not _special_in(ctx, activity, category):
                    yield self.finding(
                        f"{activity.id}:{category}", _first_location(refs), "activity",
                        activity=activity.id, category=category, columns=_names(refs))
        uncovered: dict[tuple[str, str], list[ColumnRef]] = defaultdict(list)
        for ref in ctx.personal_columns:
            if not ctx.covering(ref):
                for category in ref.column.categories:
                    if not ctx.is_special(category):
                        uncovered[(ref.table.id, category)].append(ref)
        for (table, category), refs in uncovered.items():
            yield self.finding(
                f"{table}:{category}", _first_location(refs), "table",
                columns=_names(refs), category=category, table=table)


def _special_in(ctx: CheckContext, activity: Activity, category: str) -> bool:
    """Sensitive or special under an applicable law; under PIPL every category of an activity
    about children under 14 is sensitive (Art. 28)."""
    return ctx.is_special(category) or ctx.minors_sensitive(activity)


class UndeclaredSensitive(Rule):
    id = "undeclared-sensitive"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            for category, refs in ctx.discovered_categories(activity).items():
                if category not in activity.categories and \
                        _special_in(ctx, activity, category):
                    laws = ctx.sensitive_laws(category)
                    if ctx.minors_sensitive(activity) and "PIPL" not in laws:
                        laws.insert(0, "PIPL")
                    kind = "sensitive" if "PIPL" in laws else "gdpr-special"
                    yield self.finding(
                        f"{activity.id}:{category}", _first_location(refs), kind,
                        activity=activity.id, category=category, columns=_names(refs),
                        law=", ".join(laws))


class UnusedSensitive(Rule):
    """The issue's gate rule: a sensitive column that no declared activity uses. Without an
    inventory nothing is declared, so every sensitive column is reported."""

    id = "unused-sensitive"
    scan_only = True

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        why = "no-inventory" if ctx.inventory is None else "uncovered"
        # Every column of the scan is asked: the many with no category (and, without an
        # inventory, not flagged sensitive) are passed over before anything is built.
        # `ctx.column_is_sensitive`, with the sensitive categories of each distinct list
        # of categories joined once.
        flagged = ctx.inventory is None
        covering = ctx.covering if ctx.activities else None
        joined: dict[tuple[str, ...], str] = {}
        finding = self.finder(why)
        for table in ctx.result.schema.tables.values():
            for column in table.columns.values():
                if not column.categories and not (flagged and column.sensitive):
                    continue
                kinds = tuple(column.categories)
                categories = joined.get(kinds)
                if categories is None:
                    categories = joined[kinds] = ", ".join(
                        c for c in kinds if ctx.is_sensitive(c))
                if not categories and not (flagged and column.sensitive):
                    continue
                ref = ColumnRef(table, column)
                if covering is not None and covering(ref):
                    continue
                column_id = ref.id
                yield finding(column_id, ref.location, column=column_id,
                              categories=categories or "sensitive")


class DeclaredNotFound(Rule):
    id = "declared-not-found"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.partial_scan:  # a scan of changed files cannot show what is missing
            return
        for activity in ctx.activities:
            if not activity.systems:
                continue  # nothing to compare: an SDK-only or paper activity
            hit = ctx.system_globs_hit(activity)
            for pattern in dict.fromkeys(activity.systems):
                if pattern.strip().lower() not in hit:
                    yield self.finding(
                        f"{activity.id}:system:{pattern}", activity.declared_in, "system",
                        activity=activity.id, system=repr(pattern))
            found = ctx.discovered_categories(activity)
            received = _received_categories(ctx, activity)
            for category in activity.categories:
                if category not in found and category not in received and category != "minor.flag":
                    yield self.finding(
                        f"{activity.id}:category:{category}", activity.declared_in, "category",
                        activity=activity.id, category=category)


def _received_categories(ctx: CheckContext, activity: Activity) -> set[str]:
    """Categories the activity's recipients declare as received through an SDK or API, which
    the SQL cannot show."""
    return {c for r in ctx.recipients_of(activity) if r.receives for c in r.categories}


class StateMismatch(Rule):
    """Declared protected (a `-- privflow: encrypted` pragma, or the comment or name marker the
    classifier read as encrypted/masked/hashed) but evidenced raw: sampled values that pass a
    raw-value validator (ID checksum, phone pattern ...), or a pragma the scan contradicts."""

    id = "state-mismatch"
    _VALUES = re.compile(r"^values:(\d+)/(\d+) (.+)$")

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for ref in ctx.personal_columns:
            column = ref.column
            pragma = _pragma_state(column.pragmas)
            declared = pragma or (column.state if column.state in PROTECTED_STATES else None)
            if declared is None:
                continue
            readable = self._readable_values(column.evidence)
            if readable:
                valid, total, label = readable
                yield self.finding(ref.id, ref.location, "values", column=ref.id,
                                   state=declared, valid=valid, total=total, label=label)
            elif pragma and column.state == "raw":
                yield self.finding(ref.id, ref.location, "raw", column=ref.id, state=declared)

    def _readable_values(self, evidence: list[str]) -> tuple[int, int, str] | None:
        for text in evidence:
            match = self._VALUES.match(text)
            if match:
                valid, total, label = int(match.group(1)), int(match.group(2)), match.group(3)
                if total and valid / total >= self.params["readable_share"]:
                    return valid, total, label
        return None


def _pragma_state(pragmas: list[str]) -> str | None:
    for text in pragmas:
        for word in re.split(r"[\s,=:]+", text.lower()):
            if word in PROTECTED_STATES:
                return word
    return None


class MinorIndicators(Rule):
    id = "minor-indicators"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        params = self.params
        adults = {s.lower() for s in params["adult_subjects"]}
        for activity in ctx.activities:
            if activity.minors != "none":
                continue
            subjects = {s.strip().lower() for s in activity.data_subjects}
            if subjects and subjects <= adults:
                continue  # an HR activity: employees are not children
            found = ctx.discovered_categories(activity)
            refs = [r for c in params["indicators"] for r in found.get(c, [])]
            if refs:
                yield self.finding(
                    activity.id, activity.declared_in or _first_location(refs),
                    activity=activity.id, columns=_names(refs))


# -- recipients and flows -------------------------------------------------------------------


class UndeclaredRecipient(Rule):
    id = "undeclared-recipient"
    scan_only = True

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        by_recipient: dict[str, list] = defaultdict(list)
        # An SDK found in a manifest that nothing declares is one `undeclared-sdk` finding at
        # its manifest line, not one more here for the columns its categories match.
        sdks = {r.id for r in ctx.result.recipients if r.kind == "sdk" and not r.declared}
        for edge in ctx.recipient_flows:
            if edge.recipient_id in sdks:
                continue
            if ctx.declared_recipient(edge.recipient_id) is None:
                by_recipient[edge.recipient_id].append(edge)
        for recipient_id, edges in by_recipient.items():
            sources = sorted({e.flow.source for e in edges})
            shown = ", ".join(sources[:5]) + (f" and {len(sources) - 5} more"
                                              if len(sources) > 5 else "")
            where = sorted(edges, key=lambda e: e.flow.source)[0].flow.via
            variant = "flow-no-inventory" if ctx.inventory is None else "flow"
            yield self.finding(f"recipient:{recipient_id}", where, variant,
                               sources=shown, recipient=recipient_id)
        if ctx.inventory is None:
            return
        for activity in ctx.activities:
            for recipient_id in activity.recipients:
                if ctx.declared_recipient(recipient_id) is None:
                    yield self.finding(
                        f"{activity.id}:recipient:{recipient_id}", activity.declared_in,
                        "activity", activity=activity.id, recipient=recipient_id)
        for recipient in ctx.inventory.recipients:
            if recipient.transfer_type == "unknown":
                yield self.finding(
                    f"recipient:{recipient.id}:transfer_type", recipient.declared_in,
                    "transfer-type", recipient=recipient.id)


class UndeclaredSdk(Rule):
    """A catalogued third-party SDK in a build manifest or configuration file (sources/code/)
    that recipients.yaml does not declare."""

    id = "undeclared-sdk"
    scan_only = True

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for recipient in ctx.result.recipients:
            if recipient.kind != "sdk" or recipient.declared:
                continue
            from privflow.sources.code.catalogue import catalogue

            vendor = catalogue().vendors.get(recipient.id.removeprefix("sdk:"))
            variant = "no-inventory" if ctx.inventory is None else "inventory"
            yield self.finding(f"recipient:{recipient.id}", recipient.declared_in, variant,
                               recipient=recipient.id, vendor=recipient.name,
                               vendor_en=vendor.en if vendor is not None else recipient.name,
                               country=recipient.country or "")


class RecipientUndeclaredCategory(Rule):
    id = "recipient-undeclared-category"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        grouped: dict[tuple[str, str], list] = defaultdict(list)
        for edge in ctx.recipient_flows:
            recipient = ctx.declared_recipient(edge.recipient_id)
            if recipient is None or edge.origin is None:
                continue
            for category in edge.origin.column.categories:
                if ctx.is_sensitive(category) and category not in recipient.categories:
                    grouped[(recipient.id, category)].append(edge)
        for (recipient_id, category), edges in grouped.items():
            edges.sort(key=lambda e: e.flow.source)
            sources = ", ".join(sorted({e.flow.source for e in edges})[:5])
            yield self.finding(
                f"recipient:{recipient_id}:{category}", edges[0].flow.via,
                category=category, sources=sources, recipient=recipient_id)


class RawSensitiveCrossBorder(Rule):
    id = "raw-sensitive-cross-border"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        grouped: dict[tuple[str, str], list] = defaultdict(list)
        for edge in ctx.recipient_flows:
            recipient = ctx.declared_recipient(edge.recipient_id)
            country = recipient.country if recipient else _scanned_country(ctx, edge.recipient_id)
            if not ctx.is_abroad(country, "PIPL") or edge.origin is None:
                continue
            column = edge.origin.column
            if (column.state != "raw" or edge.flow.transform in PROTECTING_TRANSFORMS
                    or not ctx.column_is_sensitive(column)):
                continue
            grouped[(edge.recipient_id, edge.origin.id)].append(edge)
        for (recipient_id, column_id), edges in grouped.items():
            country = _scanned_country(ctx, recipient_id)
            recipient = ctx.declared_recipient(recipient_id)
            if recipient:
                country = recipient.country
            yield self.finding(
                f"{column_id}->recipient:{recipient_id}", edges[0].flow.via,
                column=column_id, recipient=recipient_id, country=country)


def _scanned_country(ctx: CheckContext, recipient_id: str) -> str | None:
    return next((r.country for r in ctx.result.recipients if r.id == recipient_id), None)


# -- declarations that the law requires -----------------------------------------------------


class MissingLawfulBasis(Rule):
    id = "missing-lawful-basis"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            if not activity.lawful_basis:
                variant = "none-gdpr-f" if activity.gdpr_art6_basis == "f" else "none"
                yield self.finding(activity.id, activity.declared_in, variant,
                                   activity=activity.id)
            elif activity.lawful_basis == "other_law" and not activity.lawful_basis_law:
                yield self.finding(activity.id, activity.declared_in, "other-law",
                                   activity=activity.id)


def _separately_consented(activity: Activity, consent_type: str | None = None) -> bool:
    types = {activity.consent_type, consent_type}
    return activity.separate_consent or bool(types & {"separate", "written"})


class SensitiveWithoutSeparateConsent(Rule):
    id = "sensitive-without-separate-consent"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            sensitive = ctx.sensitive_categories_of(activity, "PIPL")
            # For children under 14 the guardian's consent is the form PIPL Art. 31 requires.
            guardian = activity.minors == "under14" and activity.consent_type == "guardian"
            if (sensitive and activity.lawful_basis == "consent" and not guardian
                    and not _separately_consented(activity)):
                yield self.finding(
                    activity.id, activity.declared_in,
                    "declared" if activity.consent_type else "undeclared",
                    activity=activity.id, categories=", ".join(sensitive[:5]),
                    consent_type=activity.consent_type or "")


class SensitiveWithoutNecessity(Rule):
    id = "sensitive-without-necessity"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            sensitive = ctx.sensitive_categories_of(activity, "PIPL")
            if sensitive and not (activity.necessity or "").strip():
                yield self.finding(activity.id, activity.declared_in, activity=activity.id,
                                   categories=", ".join(sensitive[:5]))


class ProvidedWithoutSeparateConsent(Rule):
    """Only on a consent basis: PIPL Art. 13(2) lets bases (二)-(七) dispense with consent."""

    id = "provided-without-separate-consent"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        needs_separate = set(self.params["transfer_types"])
        for activity in ctx.activities:
            if activity.lawful_basis != "consent":
                continue
            for recipient in ctx.recipients_of(activity):
                abroad = ctx.is_abroad(recipient.country, "PIPL")
                if recipient.transfer_type not in needs_separate and not abroad:
                    continue
                if _separately_consented(activity, recipient.consent_type):
                    continue
                if abroad and activity.cross_border.separate_consent_ref:
                    continue
                why = ("abroad" if abroad and recipient.transfer_type not in needs_separate
                       else "transfer")
                yield self.finding(
                    f"{activity.id}:recipient:{recipient.id}",
                    recipient.declared_in or activity.declared_in, why, activity=activity.id,
                    recipient=recipient.id, transfer_type=recipient.transfer_type)


class EntrustedWithoutContract(Rule):
    id = "entrusted-without-contract"

    @property
    def required_items(self) -> tuple[str, ...]:
        """PIPL Art. 21 / NDSR Art. 12: what the entrustment contract must fix, the enum
        itself (read when there are recipients, hence an inventory, to check)."""
        from privflow.inventory.model import ENUMS

        return ENUMS["contract_covers"]

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        # Without PIPL the entrusted party is a processor and the contract that of Art. 28(3).
        gdpr = "" if "PIPL" in ctx.law_ids else "-gdpr"
        for recipient in ctx.inventory.recipients if ctx.inventory else []:
            if recipient.transfer_type != "entrusted":
                continue
            if not recipient.contract_ref:
                yield self.finding(recipient.id, recipient.declared_in, "no-contract" + gdpr,
                                   recipient=recipient.id)
                continue
            missing = [i for i in self.required_items if i not in recipient.contract_covers]
            if missing:
                yield self.finding(
                    recipient.id, recipient.declared_in, "not-covered" + gdpr,
                    contract=recipient.contract_ref, recipient=recipient.id,
                    missing=", ".join(missing))


class CrossBorderWithoutMechanism(Rule):
    id = "cross-border-without-mechanism"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            border = activity.cross_border
            abroad = [r for r in ctx.recipients_of(activity)
                      if ctx.is_abroad(r.country, "PIPL")]
            if border.exists and not border.mechanism and not abroad:
                yield self.finding(
                    f"{activity.id}:cross-border", activity.declared_in,
                    "activity" if border.countries else "activity-no-country",
                    activity=activity.id, countries=", ".join(border.countries))
            for recipient in abroad:
                if not (recipient.cross_border_mechanism or border.mechanism):
                    yield self.finding(
                        f"{activity.id}:recipient:{recipient.id}",
                        recipient.declared_in or activity.declared_in, "recipient",
                        recipient=recipient.id, country=recipient.country,
                        activity=activity.id)
                elif not border.exists:  # ropa.md §2.6: declared domestic, recipient abroad
                    yield self.finding(
                        f"{activity.id}:recipient:{recipient.id}", activity.declared_in,
                        "domestic", activity=activity.id, recipient=recipient.id,
                        country=recipient.country)


def pipia_triggers(ctx: CheckContext, activity: Activity) -> list[str]:
    """PIPL Art. 55 triggers the declarations and the scan show (ropa.md §4.4)."""
    triggers = []
    if ctx.sensitive_categories_of(activity, "PIPL"):
        triggers.append("sensitive")
    if activity.adm:
        triggers.append("adm")
    recipients = ctx.recipients_of(activity)
    transfers = set(rule_metadata()["pipia-missing"]["params"]["transfer_triggers"])
    triggers += sorted({r.transfer_type for r in recipients if r.transfer_type in transfers})
    if activity.cross_border.exists or any(ctx.is_abroad(r.country, "PIPL")
                                           for r in recipients):
        triggers.append("cross_border")
    return triggers


class PipiaMissing(Rule):
    id = "pipia-missing"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            triggers = pipia_triggers(ctx, activity)
            if not triggers or (activity.pipia.ref and activity.pipia.date):
                continue
            variant = "not-required" if activity.pipia.required is False else "missing"
            yield self.finding(activity.id, activity.declared_in, variant,
                               activity=activity.id, triggers=", ".join(triggers))


class PipiaStale(Rule):
    id = "pipia-stale"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            assessed = _parse_date(activity.pipia.date)
            if assessed is None or not pipia_triggers(ctx, activity):
                continue
            changes = [(None, _parse_date(activity.updated))]
            changes += [(r.id, _parse_date(r.since)) for r in ctx.recipients_of(activity)]
            newer = [(what, when) for what, when in changes if when and when > assessed]
            if newer:
                what, when = max(newer, key=lambda item: item[1])
                extra = {"recipient": what} if what else {}
                yield self.finding(
                    activity.id, activity.declared_in, "recipient" if what else "activity",
                    activity=activity.id, assessed=assessed, when=when, **extra)


class RetentionMissing(Rule):
    id = "retention-missing"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            categories = ctx.categories_of(activity)
            if not categories:
                continue
            if not activity.retention:
                yield self.finding(f"{activity.id}:*", activity.declared_in, "none",
                                   activity=activity.id)
                continue
            by_category = {r.category: r for r in activity.retention}
            for category in categories:
                entry = by_category.get(category) or by_category.get("*")
                if entry is None:
                    problem = "no-entry"
                elif not (entry.period or entry.criteria):
                    problem = "no-period"
                elif not entry.on_expiry:
                    problem = "no-expiry"
                else:
                    continue
                where = (entry.declared_in if entry else None) or activity.declared_in
                yield self.finding(f"{activity.id}:{category}", where, problem,
                                   category=category, activity=activity.id)


class RetentionExceeds(Rule):
    """Evidence only: a fixed period with deletion on expiry, while the scanned SQL, which does
    contain deletion code (DELETE, TRUNCATE, UPDATE, DROP PARTITION), never touches the tables
    holding the data. When the scan sees no deletion code at all it says nothing."""

    id = "retention-exceeds"
    _DELETING = re.compile(
        r"\b(?:delete\s+(?:from\s+)?|truncate\s+(?:table\s+)?|update\s+)([`\"\[\]\w.]+)"
        r"|\balter\s+table\s+([`\"\[\]\w.]+)\s+(?:drop|truncate)\s+partition",
        re.IGNORECASE)

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        statements = ctx.result.schema.statements
        if ctx.partial_scan or not statements:
            return
        deleted: set[str] = set()
        for statement in statements:
            for match in self._DELETING.finditer(statement.sql):
                name = (match.group(1) or match.group(2)).strip('`"[]').lower()
                deleted.add(name.rsplit(".", 1)[-1])
        if not deleted:
            return  # the scan sees no deletion code at all, so it cannot judge any retention
        for activity in ctx.activities:
            found = ctx.discovered_categories(activity)
            for entry in activity.retention:
                if not entry.period or entry.on_expiry not in ("delete", "anonymise"):
                    continue
                refs = (found.get(entry.category, []) if entry.category != "*"
                        else [r for rs in found.values() for r in rs])
                kept = sorted({r.table.id for r in refs if r.table.kind != "view"
                               and r.table.name.lower() not in deleted})
                if kept:
                    yield self.finding(
                        f"{activity.id}:{entry.category}",
                        entry.declared_in or activity.declared_in, entry.on_expiry,
                        category=entry.category, activity=activity.id, period=entry.period,
                        tables=", ".join(kept[:5]))


class AccessByUndeclaredRole(Rule):
    """A query log shows a user or role reading a sensitive column that the activities
    covering the column do not name in `roles` (checked only where some activity does)."""

    id = "access-undeclared-role"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        readers: dict[str, dict[str, tuple[int, str | None]]] = defaultdict(dict)
        for fact in ctx.result.access:
            ref = ctx.column(f"{fact['table']}.{fact['column']}")
            if ref is None or not ctx.column_is_sensitive(ref.column):
                continue
            roles = [glob for activity in ctx.covering(ref) for glob in activity.roles]
            if not roles:
                continue
            names = [n for n in (fact.get("user"), fact.get("role")) if n]
            if any(fnmatch.fnmatchcase(name.lower(), glob.lower())
                   for name in names for glob in roles):
                continue
            who = "/".join(names) or "unknown user"
            runs, where = readers[ref.id].get(who, (0, None))
            readers[ref.id][who] = (runs + int(fact.get("runs") or 0), where or fact.get("via"))
        for column_id, counts in sorted(readers.items()):
            for who, (runs, where) in sorted(counts.items()):
                yield self.finding(f"{column_id}:{who}", where, column=column_id, who=who,
                                   runs=runs)


class AdmWithoutOptOut(Rule):
    id = "adm-without-opt-out"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            if activity.adm and not (activity.opt_out_mechanism or "").strip():
                yield self.finding(activity.id, activity.declared_in, activity=activity.id)


class AuditOverdue(Rule):
    id = "audit-overdue"  # Audit Measures Art. 4: > 10 million persons, every two years

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.inventory is None:
            return
        organisation = ctx.inventory.organisation
        audit = organisation.audit
        today = date.today()
        due = _parse_date(audit.next_due)
        if due and due < today:
            yield self.finding("organisation:audit", organisation.declared_in, "due", due=due)
            return
        if audit.scale_band != self.params["scale_band"]:
            return
        last = _parse_date(audit.last_audit_date)
        if last is None:
            yield self.finding("organisation:audit", organisation.declared_in, "never")
        elif _add_years(last, self.params["every_years"]) < today:
            yield self.finding("organisation:audit", organisation.declared_in, "last",
                               last=last)


# -- GDPR (laws/gdpr.yaml) --------------------------------------------------------------------


class MissingArt6Basis(Rule):
    id = "missing-art6-basis"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            if not activity.gdpr_art6_basis:
                yield self.finding(f"{activity.id}:art6", activity.declared_in,
                                   activity=activity.id)


def special_categories_of(ctx: CheckContext, activity: Activity) -> list[str]:
    """GDPR Art. 9 and Art. 10 categories an activity declares or its systems hold."""
    gdpr = ctx.law("GDPR")
    return [c for c in ctx.categories_of(activity) if gdpr and gdpr.is_sensitive(c)]


class SpecialCategoryWithoutCondition(Rule):
    """Art. 9(1) forbids processing special categories unless an Art. 9(2) condition applies
    (Art. 10: criminal-offence data only under official authority or a law); the declared
    `gdpr_art9_condition` is that condition."""

    id = "special-category-without-condition"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            special = special_categories_of(ctx, activity)
            if special and not activity.gdpr_art9_condition:
                yield self.finding(f"{activity.id}:art9", activity.declared_in,
                                   activity=activity.id, categories=", ".join(special[:5]))


class TransferWithoutSafeguard(Rule):
    """A recipient outside the EEA in a country without an adequacy decision (or with a
    partial one the recipient does not declare) and no SCCs, BCRs or Art. 49 derogation."""

    id = "transfer-without-safeguard"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        gdpr = ctx.law("GDPR")
        if gdpr is None:
            return
        for activity in ctx.activities:
            for recipient in ctx.recipients_of(activity):
                if not ctx.is_abroad(recipient.country, "GDPR"):
                    continue
                if recipient.gdpr_transfer_mechanism:
                    continue
                decision = gdpr.adequate(recipient.country)
                if decision is not None and decision.scope is None:
                    continue
                variant = "partial" if decision is not None else "none"
                extra = {"scope": decision.scope} if decision is not None else {}
                yield self.finding(
                    f"{activity.id}:recipient:{recipient.id}:gdpr",
                    recipient.declared_in or activity.declared_in, variant,
                    activity=activity.id, recipient=recipient.id,
                    country=recipient.country, **extra)


def _criterion_fires(spec: dict[str, Any], ctx: CheckContext, activity: Activity,
                     large_scale: bool, special: list[str], name: str) -> bool:
    sources = spec.get("from")
    sources = [sources] if isinstance(sources, str) else list(sources or [])
    found = set(ctx.categories_of(activity))
    checks = {
        "adm": lambda: activity.adm,
        "declared": lambda: name in activity.dpia_criteria,
        "categories": lambda: bool(found & set(spec.get("categories") or [])),
        "special": lambda: bool(special),
        "scale": lambda: large_scale,
        "minors": lambda: activity.minors != "none",
    }
    if name == "large_scale_special":  # Art. 35(3)(b) needs both at once
        return bool(special) and large_scale
    return any(checks[s]() for s in sources)


def dpia_triggers(ctx: CheckContext, activity: Activity) -> tuple[list[str], list[str]]:
    """(Art. 35(3) cases, EDPB criteria) that fire for an activity (laws/gdpr.yaml `dpia`)."""
    gdpr = ctx.law("GDPR")
    if gdpr is None:
        return [], []
    table = gdpr.dpia
    band = ctx.inventory.organisation.audit.scale_band if ctx.inventory else None
    large_scale = band in set(table.get("large_scale_bands") or [])
    special = special_categories_of(ctx, activity)
    cases = [name for name, spec in table["article_35_3"].items()
             if _criterion_fires(spec, ctx, activity, large_scale, special, name)]
    criteria = [name for name, spec in table["edpb_criteria"].items()
                if _criterion_fires(spec, ctx, activity, large_scale, special, name)]
    return cases, criteria


def dpia_required(ctx: CheckContext, activity: Activity) -> bool:
    gdpr = ctx.law("GDPR")
    if gdpr is None:
        return False
    cases, criteria = dpia_triggers(ctx, activity)
    return bool(cases) or len(criteria) >= int(gdpr.dpia.get("edpb_threshold", 2))


class DpiaMissing(Rule):
    id = "dpia-missing"

    def findings(self, ctx: CheckContext) -> Iterator[Finding]:
        for activity in ctx.activities:
            if not dpia_required(ctx, activity) or (activity.dpia.ref and activity.dpia.date):
                continue
            cases, criteria = dpia_triggers(ctx, activity)
            yield self.finding(
                f"{activity.id}:dpia", activity.declared_in,
                "article" if cases else "criteria", activity=activity.id,
                triggers=", ".join(cases or criteria))


RULES: tuple[type[Rule], ...] = tuple(Rule.registry)


def run_rules(ctx: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for rule_class in RULES:
        if ctx.inventory is None and not rule_class.scan_only:
            continue
        law = law_of_rule(rule_class.id)
        if law is not None and law.id not in ctx.law_ids:
            continue  # another law's rule (laws/*.yaml `rules`)
        findings.extend(rule_class().findings(ctx))
    return sort_findings(findings)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_RANK.get(f.severity, 9), f.rule, f.subject))
