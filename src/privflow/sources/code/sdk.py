"""SDKs found in manifests become recipients of the scan, and their disclosed categories flows.

One recipient per vendor the manifests name. A recipient that the inventory declares (by id,
by `package`, by `sdk_name`, or by its legal name) keeps the inventory's id and is declared;
otherwise it is `sdk:<vendor id>`, undeclared, located at the first manifest line that names it
(the `undeclared-sdk` rule reports it).

The categories an SDK collects by its vendor's own disclosure become flows: every column of
the scan classified in one of those categories flows to the SDK's recipient, via the manifest
line (an SMS SDK receives the phone numbers the scan found; an analytics SDK the device ids).
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from privflow.schema import Flow, Recipient, Schema
from privflow.sources.code.catalogue import Vendor, catalogue
from privflow.sources.code.model import SdkHit

RECIPIENT = "recipient:"
SDK_PREFIX = "sdk:"


def _package_matches(package: str, coordinate: str) -> bool:
    """`com.umeng.umsdk` (a group or Java package, or a glob) names `com.umeng.umsdk:common`."""
    package, coordinate = package.lower().strip(), coordinate.lower()
    if fnmatchcase(coordinate, package):
        return True
    stem = package.rstrip("*:.")
    return coordinate == stem or coordinate.startswith((stem + ".", stem + ":", stem + "/"))


def _strong_match(declaration, vendor: Vendor, hits: list[SdkHit]) -> bool:
    """Declared by id, package or SDK name."""
    if declaration.id.lower() in (vendor.id, SDK_PREFIX + vendor.id):
        return True
    for hit in hits:
        if declaration.package and _package_matches(declaration.package, hit.coordinate):
            return True
        if declaration.sdk_name and declaration.sdk_name.casefold() == hit.sdk.casefold():
            return True
    return False


def _entity_match(declaration, vendor: Vendor) -> bool:
    """Declared by legal name, when the declaration names no particular SDK (a vendor such as
    Tencent has many SDKs under one legal entity)."""
    if declaration.package or declaration.sdk_name:
        return False
    names = {n.casefold() for n in (vendor.zh, vendor.en)}
    return any(n and n.casefold() in names for n in (declaration.name, declaration.name_en))


def by_vendor(hits: list[SdkHit]) -> dict[str, list[SdkHit]]:
    grouped: dict[str, list[SdkHit]] = {}
    for hit in sorted(hits, key=lambda h: (h.path, h.line)):
        grouped.setdefault(hit.vendor, []).append(hit)
    return grouped


def recipient_id(vendor_id: str, hits: list[SdkHit], inventory) -> tuple[str, bool]:
    """The recipient id of a vendor's SDKs, and whether the inventory declares it."""
    vendor = catalogue().vendors[vendor_id]
    declarations = list(inventory.recipients) if inventory is not None else []
    for match in (_strong_match, lambda d, v, _h: _entity_match(d, v)):
        for declaration in declarations:
            if match(declaration, vendor, hits):
                return declaration.id, True
    return SDK_PREFIX + vendor_id, False


def add_recipients(hits: list[SdkHit], inventory, flows: list[Flow],
                   recipients: list[Recipient], schema: Schema) -> None:
    """Recipients and flows for every SDK in `hits` (in place)."""
    known = {r.id: r for r in recipients}
    seen = {(f.source, f.target) for f in flows}
    for vendor_id, vendor_hits in by_vendor(hits).items():
        vendor = catalogue().vendors[vendor_id]
        rid, declared = recipient_id(vendor_id, vendor_hits, inventory)
        first = vendor_hits[0]
        via = f"{first.path}:{first.line}"
        if rid not in known:
            known[rid] = Recipient(id=rid, name=vendor.zh, country=vendor.country, kind="sdk",
                                   declared_in=via, declared=declared)
            recipients.append(known[rid])
        categories = {c for hit in vendor_hits for s in vendor.sdks if s.name == hit.sdk
                      for c in s.categories}
        for table in schema.tables.values():
            for column in table.columns.values():
                if not categories & set(column.categories):
                    continue
                source = f"{table.id}.{column.name.lower()}"
                if (source, RECIPIENT + rid) in seen:
                    continue
                seen.add((source, RECIPIENT + rid))
                flows.append(Flow(source=source, target=RECIPIENT + rid, via=via))
