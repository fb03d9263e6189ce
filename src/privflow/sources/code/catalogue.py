"""The SDK catalogue (`data/sdks.yaml`) and the look-ups manifests make in it.

A package is named only when the catalogue lists it: an unknown library is never guessed to be
a recipient. Coordinates are globs (`com.umeng.umsdk:*`); an API host matches itself and its
subdomains (`oss-cn-hangzhou.aliyuncs.com` is `aliyuncs.com`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cache
from importlib import resources

import yaml

ECOSYSTEMS = ("maven", "npm", "pypi", "go", "composer", "cocoapods", "pub")


@dataclass(frozen=True)
class Sdk:
    vendor: str  # vendor id
    name: str
    purpose: str  # a key of `purposes`
    categories: tuple[str, ...]


@dataclass
class Vendor:
    id: str
    zh: str
    en: str
    country: str
    source: str
    sdks: list[Sdk] = field(default_factory=list)


def _pep503(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _key(ecosystem: str, name: str) -> str:
    name = name.strip()
    if ecosystem == "pypi":
        return _pep503(name)
    if ecosystem in ("npm", "composer", "pub", "maven"):
        return name.lower()
    return name  # Go module paths and pod names are case-sensitive


class Catalogue:
    def __init__(self, data: dict) -> None:
        self.purposes: dict[str, dict[str, str]] = data["purposes"]
        self.vendors: dict[str, Vendor] = {}
        self.exact: dict[tuple[str, str], Sdk] = {}
        self.globs: dict[str, list[tuple[str, Sdk]]] = {e: [] for e in ECOSYSTEMS}
        self.hosts: dict[str, Sdk] = {}
        self.meta: dict[str, Sdk] = {}
        for vid, entry in data["vendors"].items():
            vendor = Vendor(vid, entry["zh"], entry["en"], entry["country"], entry["source"])
            self.vendors[vid] = vendor
            for raw in entry["sdks"]:
                sdk = Sdk(vid, raw["name"], raw["purpose"], tuple(raw["categories"]))
                vendor.sdks.append(sdk)
                for ecosystem in ECOSYSTEMS:
                    for name in raw.get(ecosystem) or []:
                        key = _key(ecosystem, name)
                        if "*" in key:
                            self.globs[ecosystem].append((key, sdk))
                        else:
                            self.exact.setdefault((ecosystem, key), sdk)
                for host in raw.get("hosts") or []:
                    self.hosts.setdefault(host.lower().split("/", 1)[0], sdk)
                for name in raw.get("meta") or []:
                    self.meta.setdefault(name, sdk)

    def package(self, ecosystem: str, name: str) -> Sdk | None:
        """The SDK a package of `ecosystem` is, or None when the catalogue does not list it."""
        key = _key(ecosystem, name)
        found = self.exact.get((ecosystem, key))
        if found is not None:
            return found
        if ecosystem == "go":  # a Go package path inside a listed module
            parts = key.split("/")
            for end in range(len(parts) - 1, 2, -1):
                found = self.exact.get((ecosystem, "/".join(parts[:end])))
                if found is not None:
                    return found
        # The longest glob is the most specific (`com.umeng.umsdk:push` before `…:*`).
        for pattern, sdk in sorted(self.globs.get(ecosystem, []), key=lambda g: -len(g[0])):
            if fnmatchcase(key, pattern):
                return sdk
        return None

    def host(self, name: str) -> Sdk | None:
        """The SDK an API host belongs to: the host itself or its nearest listed parent."""
        labels = name.lower().rstrip(".").split(".")
        for start in range(len(labels) - 1):
            found = self.hosts.get(".".join(labels[start:]))
            if found is not None:
                return found
        return None

    def counts(self) -> dict[str, int]:
        """Vendors with at least one package or host per ecosystem (the catalogue's size)."""
        text = resources.files("privflow.sources.code").joinpath("data/sdks.yaml")
        data = yaml.safe_load(text.read_text("utf-8"))
        counts = {"vendors": len(data["vendors"]),
                  "sdks": sum(len(v["sdks"]) for v in data["vendors"].values())}
        for ecosystem in (*ECOSYSTEMS, "hosts", "meta"):
            counts[ecosystem] = sum(1 for v in data["vendors"].values()
                                    if any(s.get(ecosystem) for s in v["sdks"]))
        counts["cn_vendors"] = sum(1 for v in data["vendors"].values() if v["country"] == "CN")
        return counts


@cache
def catalogue() -> Catalogue:
    text = resources.files("privflow.sources.code").joinpath("data/sdks.yaml").read_text("utf-8")
    return Catalogue(yaml.safe_load(text))
