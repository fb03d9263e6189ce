"""What dbt itself wrote, when a project has run: `target/manifest.json` and
`target/catalog.json`, and the adapter of the project's own `profiles.yml`.

- manifest.json (schema versions v4 to v12, dbt 0.21 to 1.8+): `metadata.adapter_type` gives
  the dialect; a model node's `compiled_code` (v7+) or `compiled_sql` (older) is the SQL dbt
  ran, used instead of privflow's own rendering; nodes are matched to model files by
  `original_file_path`.
- catalog.json: column types of models and sources as the warehouse reports them (a column the
  catalog knows and the YAML does not is added).

Only a `profiles.yml` inside the project is read, never `~/.dbt`: a scan reads no home folder
and no credentials (only the `type:` of the chosen target is used).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from privflow.schema import Column, table_id
from privflow.sources.dbt_guard import Refused, read_text

if TYPE_CHECKING:
    from privflow.sources.dbt import DbtProject

MAX_ARTIFACT_BYTES = 512 * 1024 * 1024


@dataclass
class Artifacts:
    adapter_type: str = ""
    manifest_version: str | None = None
    compiled: dict[str, str] = field(default_factory=dict)  # original_file_path -> SQL
    # (schema, name) or name -> {column: type}
    types: dict[str, dict[str, str]] = field(default_factory=dict)

    def attach(self, project: DbtProject) -> None:
        """Give each model the SQL dbt compiled for it."""
        if not self.compiled:
            return
        for model in project.models.values():
            relative = model.path.relative_to(project.root).as_posix()
            sql = self.compiled.get(relative)
            if sql:
                model.compiled = sql

    def apply_catalog(self, project: DbtProject) -> None:
        """Column types from catalog.json, for the tables the project defines."""
        if not self.types:
            return
        for table in project.schema.tables.values():
            types = self.types.get(table.id) or self.types.get(table.name.lower())
            if not types:
                continue
            for name, column_type in types.items():
                column = table.column(name)
                if column is None:
                    column = Column(name=name, source=table.source)
                    table.add_column(column)
                column.type = column_type or column.type


def _json(project: DbtProject, name: str) -> Any:
    path = project.root / "target" / name
    if not path.exists():
        return None
    try:
        text = read_text(project.root, path, MAX_ARTIFACT_BYTES)
        return json.loads(text)
    except Refused as refused:
        project.skip(path, f"dbt: {refused}", error=False)
    except (ValueError, RecursionError) as error:
        project.skip(path, f"dbt: unreadable JSON: {str(error)[:200]}")
    return None


def load(project: DbtProject) -> Artifacts:
    artifacts = Artifacts()
    manifest = _json(project, "manifest.json")
    if isinstance(manifest, dict):
        metadata = manifest.get("metadata") if isinstance(manifest.get("metadata"), dict) else {}
        artifacts.adapter_type = str(metadata.get("adapter_type") or "").lower()
        version = str(metadata.get("dbt_schema_version") or "")
        artifacts.manifest_version = version.rsplit("/", 1)[-1].removesuffix(".json") or None
        from privflow.sources.dbt import vocabulary

        if artifacts.manifest_version not in vocabulary().manifest_versions:
            project.skip(project.root / "target" / "manifest.json",
                         f"dbt: manifest schema {artifacts.manifest_version or 'unknown'} is not "
                         f"one privflow was written for ({', '.join(vocabulary().manifest_versions)})"
                         "; read the same way", error=False)
        nodes = manifest.get("nodes") if isinstance(manifest.get("nodes"), dict) else {}
        for node in nodes.values():
            if not isinstance(node, dict) or node.get("resource_type") != "model":
                continue
            sql = node.get("compiled_code") or node.get("compiled_sql")
            path = node.get("original_file_path")
            if isinstance(sql, str) and isinstance(path, str):
                artifacts.compiled[path.replace("\\", "/")] = sql
    catalog = _json(project, "catalog.json")
    if isinstance(catalog, dict):
        for group in ("nodes", "sources"):
            entries = catalog.get(group) if isinstance(catalog.get(group), dict) else {}
            for entry in entries.values():
                _catalog_entry(artifacts, entry)
    return artifacts


def _catalog_entry(artifacts: Artifacts, entry: Any) -> None:
    if not isinstance(entry, dict) or not isinstance(entry.get("metadata"), dict):
        return
    meta = entry["metadata"]
    name = str(meta.get("name") or "")
    columns = entry.get("columns") if isinstance(entry.get("columns"), dict) else {}
    types = {str(c.get("name") or key).lower(): str(c.get("type") or "")
             for key, c in columns.items() if isinstance(c, dict)}
    if not name or not types:
        return
    schema = str(meta.get("schema") or "")
    artifacts.types[table_id(schema, name)] = types
    artifacts.types.setdefault(table_id(name), types)


def profile_adapter(project: DbtProject) -> str:
    """The adapter `type` of the project's profile in a `profiles.yml` inside the project."""
    path = project.root / "profiles.yml"
    if not path.exists():
        return ""
    data = project._yaml(path)
    if not isinstance(data, dict):
        return ""
    wanted = project.project.get("profile")
    profile = data.get(wanted) if isinstance(wanted, str) else None
    if not isinstance(profile, dict):
        profiles = [p for k, p in data.items() if k != "config" and isinstance(p, dict)]
        profile = profiles[0] if len(profiles) == 1 else None
    if not isinstance(profile, dict) or not isinstance(profile.get("outputs"), dict):
        return ""
    outputs = profile["outputs"]
    target = outputs.get(profile.get("target")) if isinstance(profile.get("target"), str) \
        else None
    if not isinstance(target, dict):
        target = next((o for o in outputs.values() if isinstance(o, dict)), {})
    return str(target.get("type") or "").lower()
