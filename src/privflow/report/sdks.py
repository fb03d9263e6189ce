"""第三方SDK清单 (third-party SDK list, GB/T 41391-2022, TC260-PG-20205A): one row per SDK
the build manifests and configuration name (sources/code/), with its vendor, purpose, the
categories it collects by its vendor's own disclosure, the vendor's country, the packages that
pulled it in and whether recipients.yaml declares it.

A separate builder and register so that the five ropa.md §4 registers stay as they are; the
register is present only when the scan found an SDK.
"""

from __future__ import annotations

from privflow.report.model import ColumnSpec, Provenance, Register

COLUMNS: list[tuple[str, Provenance]] = [
    ("sdk", "discovered"), ("vendor", "discovered"), ("recipient_id", "derived"),
    ("purpose", "discovered"), ("pi_categories", "discovered"),
    ("sensitive_categories", "derived"), ("country", "discovered"), ("package", "discovered"),
    ("evidence", "discovered"), ("privacy_policy_url", "discovered"), ("status", "derived"),
]


def sdk_registers(builder) -> list[Register]:
    """[the SDK list] when the scan found SDKs, else []. `builder` is a ReportBuilder."""
    from privflow.report.labels import is_sensitive
    from privflow.sources.code.catalogue import catalogue
    from privflow.sources.code.sdk import by_vendor, recipient_id

    hits = getattr(builder.result, "sdks", None) or []
    if not hits:
        return []
    labels = builder.labels
    register = Register(key="sdks", title=labels.section("sdks"),
                        columns=[ColumnSpec(k, labels.column("sdks", k), p) for k, p in COLUMNS])
    table = catalogue()
    for vendor_id, vendor_hits in sorted(by_vendor(hits).items()):
        vendor = table.vendors[vendor_id]
        rid, declared = recipient_id(vendor_id, vendor_hits, builder.inventory)
        for sdk in vendor.sdks:
            mine = [h for h in vendor_hits if h.sdk == sdk.name]
            if not mine:
                continue
            purpose = table.purposes.get(sdk.purpose, {})
            register.add(
                sdk=sdk.name,
                vendor=vendor.en if labels.lang == "en" else vendor.zh,
                recipient_id=rid,
                purpose=purpose.get(labels.lang) or sdk.purpose,
                pi_categories=builder.categories(sdk.categories),
                sensitive_categories=builder.categories(
                    c for c in sdk.categories if is_sensitive(c)),
                country=vendor.country,
                package=sorted({h.coordinate for h in mine}),
                evidence=sorted({f"{h.path}:{h.line}" for h in mine}),
                privacy_policy_url=vendor.source,
                status=labels.get("status", "matched" if declared else "discovered_only"),
            )
    return [register]
