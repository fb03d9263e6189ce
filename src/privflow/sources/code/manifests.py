"""Build manifests and configuration files -> the catalogued SDKs they name, with file and line.

Each manifest format has a small reader that lists the packages it declares (ecosystem, name,
line); the catalogue (`data/sdks.yaml`) says which of them are third-party SDKs. Structured
formats are read with their parsers (pom.xml with expat, package.json / composer.json with
json, pyproject.toml with tomllib, pubspec.yaml with yaml); Gradle scripts, version catalogs,
go.mod, Podfile and requirements files are line-oriented declarations, read line by line.
Configuration files (application.yml/properties, .env.example, AndroidManifest.xml) name SDKs
by the API hosts they call and the <meta-data> keys the SDKs read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

import yaml

from privflow.sources.code.catalogue import Sdk, catalogue
from privflow.sources.code.model import CodeFile, SdkHit

Package = tuple[str, str, int]  # (ecosystem, name, line)

# Gradle: a "group:artifact[:version]" string literal (in a dependencies block, an ext map of
# coordinates or a buildSrc object alike), or `group: 'g', name: 'a'` maps. Gradle scripts are
# Groovy or Kotlin programs; what names a dependency is always such a string literal.
_COORDINATE = re.compile(r"""["']([\w.\-]+):([\w.\-]+)(?::[^"'\s]*)?["']""")
_GROUP_NAME = re.compile(r"""group\s*[:=]\s*["']([\w.\-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.\-]+)["']""")
_TOML_MODULE = re.compile(r"""module\s*=\s*["']([\w.\-]+):([\w.\-]+)["']""")
_TOML_GROUP = re.compile(r"""group\s*=\s*["']([\w.\-]+)["']\s*,\s*name\s*=\s*["']([\w.\-]+)["']""")
_POD = re.compile(r"""^\s*pod\s+["']([\w.\-+/]+)["']""")
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._\-]*)")
_PEP508 = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._\-]*)")
_HOST = re.compile(r"(?<![\w.\-@])((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,})(?![\w\-])",
                   re.IGNORECASE)
_META = re.compile(r"""android:name\s*=\s*["']([^"']+)["']""")


def _gradle(text: str) -> Iterator[Package]:
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        for match in _COORDINATE.finditer(line):
            yield "maven", f"{match.group(1)}:{match.group(2)}", number
        for match in _GROUP_NAME.finditer(line):
            yield "maven", f"{match.group(1)}:{match.group(2)}", number


def _version_catalog(text: str) -> Iterator[Package]:
    for number, line in enumerate(text.splitlines(), 1):
        for pattern in (_TOML_MODULE, _TOML_GROUP):
            for match in pattern.finditer(line):
                yield "maven", f"{match.group(1)}:{match.group(2)}", number
        for match in _COORDINATE.finditer(line):  # `lib = "g:a:v"`
            yield "maven", f"{match.group(1)}:{match.group(2)}", number


def _line_of(lines: list[str], needle: str, default: int = 1) -> int:
    for number, line in enumerate(lines, 1):
        if needle in line:
            return number
    return default


def _pom(text: str) -> Iterator[Package]:
    from privflow.sources.code.mybatis import Node, parse_xml

    root = parse_xml(text.encode("utf-8"))
    stack = [root]
    while stack:
        node = stack.pop()
        for part in node.parts:
            if not isinstance(part, Node):
                continue
            if part.tag.rsplit("}", 1)[-1] in ("dependency", "plugin"):
                values = {p.tag.rsplit("}", 1)[-1]: "".join(x for x in p.parts if isinstance(x, str))
                          for p in part.parts if isinstance(p, Node)}
                if values.get("groupId") and values.get("artifactId"):
                    yield ("maven", f"{values['groupId'].strip()}:{values['artifactId'].strip()}",
                           part.line)
            stack.append(part)


def _package_json(text: str) -> Iterator[Package]:
    data = json.loads(text)
    lines = text.splitlines()
    for section in ("dependencies", "devDependencies", "optionalDependencies",
                    "peerDependencies"):
        for name in (data.get(section) or {}) if isinstance(data, dict) else {}:
            yield "npm", name, _line_of(lines, f'"{name}"')


def _composer(text: str) -> Iterator[Package]:
    data = json.loads(text)
    lines = text.splitlines()
    for section in ("require", "require-dev"):
        for name in (data.get(section) or {}) if isinstance(data, dict) else {}:
            yield "composer", name, _line_of(lines, f'"{name}"')


def _requirements(text: str) -> Iterator[Package]:
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0]
        if not line.strip() or line.lstrip().startswith("-"):
            continue
        match = _REQUIREMENT.match(line)
        if match:
            yield "pypi", match.group(1), number


def _pyproject(text: str) -> Iterator[Package]:
    import tomllib

    data = tomllib.loads(text)
    lines = text.splitlines()
    names: list[str] = []
    project = data.get("project") or {}
    for spec in project.get("dependencies") or []:
        names.append(spec)
    for group in (project.get("optional-dependencies") or {}).values():
        names.extend(group)
    poetry = (data.get("tool") or {}).get("poetry") or {}
    for section in ("dependencies", "dev-dependencies"):
        names.extend((poetry.get(section) or {}).keys())
    for group in (poetry.get("group") or {}).values():
        names.extend((group.get("dependencies") or {}).keys())
    for spec in names:
        match = _PEP508.match(spec)
        if match:
            yield "pypi", match.group(1), _line_of(lines, match.group(1))


def _go_mod(text: str) -> Iterator[Package]:
    block = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.split("//", 1)[0].strip()
        if stripped.startswith("require ("):
            block = True
            continue
        if block and stripped == ")":
            block = False
            continue
        if stripped.startswith("require "):
            stripped = stripped[len("require "):]
        elif not block:
            continue
        parts = stripped.split()
        if parts:
            yield "go", parts[0], number


def _podfile(text: str) -> Iterator[Package]:
    for number, line in enumerate(text.splitlines(), 1):
        match = _POD.match(line)
        if match:
            yield "cocoapods", match.group(1), number


def _pubspec(text: str) -> Iterator[Package]:
    data = yaml.safe_load(text) or {}
    lines = text.splitlines()
    for section in ("dependencies", "dev_dependencies"):
        for name in (data.get(section) or {}) if isinstance(data, dict) else {}:
            yield "pub", name, _line_of(lines, f"{name}:")


PACKAGE_READERS: dict[str, Callable[[str], Iterator[Package]]] = {
    "build.gradle": _gradle, "build.gradle.kts": _gradle, "pom.xml": _pom,
    "package.json": _package_json, "composer.json": _composer, "pyproject.toml": _pyproject,
    "go.mod": _go_mod, "Podfile": _podfile, "pubspec.yaml": _pubspec,
}


GRADLE_KOTLIN = {"Deps.kt", "Dependencies.kt", "Libs.kt", "Libraries.kt", "Versions.kt"}


def _reader_for(name: str) -> Callable[[str], Iterator[Package]] | None:
    if name in PACKAGE_READERS:
        return PACKAGE_READERS[name]
    if name.endswith((".gradle", ".gradle.kts")) or name in GRADLE_KOTLIN:
        return _gradle
    if name.endswith(".versions.toml"):
        return _version_catalog
    if name.startswith("requirements") and name.endswith(".txt"):
        return _requirements
    return None


def _hosts(text: str) -> Iterator[tuple[Sdk, str, int]]:
    """API hosts and SDK <meta-data>/configuration keys named in a configuration file."""
    table = catalogue()
    for number, line in enumerate(text.splitlines(), 1):
        for match in _HOST.finditer(line):
            sdk = table.host(match.group(1))
            if sdk is not None:
                yield sdk, match.group(1).lower(), number
        for match in _META.finditer(line):
            sdk = table.meta.get(match.group(1))
            if sdk is not None:
                yield sdk, match.group(1), number


def read(path: str, data: bytes) -> CodeFile:
    result = CodeFile()
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    reader = _reader_for(name)
    seen: set[tuple[str, str]] = set()
    if reader is not None:
        table = catalogue()
        try:
            packages = list(reader(text))
        except (json.JSONDecodeError, yaml.YAMLError) as error:
            raise ValueError(f"not valid {name}: {error}") from error
        except Exception as error:  # tomllib.TOMLDecodeError and expat errors alike
            if type(error).__name__ in ("TOMLDecodeError",):
                raise ValueError(f"not valid {name}: {error}") from error
            raise
        for ecosystem, package, line in packages:
            sdk = table.package(ecosystem, package)
            if sdk is not None and (sdk.vendor, sdk.name) not in seen:
                seen.add((sdk.vendor, sdk.name))
                result.sdks.append(SdkHit(sdk.vendor, sdk.name, package, path, line))
        if reader not in (_gradle, _pom):
            return result
    for sdk, what, line in _hosts(text):  # config files; build scripts' hosts too
        if (sdk.vendor, sdk.name) not in seen:
            seen.add((sdk.vendor, sdk.name))
            result.sdks.append(SdkHit(sdk.vendor, sdk.name, what, path, line))
    return result
