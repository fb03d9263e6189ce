"""dbt projects as their owners have them (issue 14) and as an attacker writes them (issue 15)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from privflow.classify import explain_column
from privflow.pipeline import ScanOptions, run_scan
from privflow.schema import Schema
from privflow.sources import dbt_guard
from privflow.sources.dbt import load_dbt_project

CONTACTS = """WITH source AS (

    SELECT *
    FROM {{ source('crm', 'contacts_raw') }}
    QUALIFY ROW_NUMBER() OVER (PARTITION BY id ORDER BY updated_at DESC) = 1

), renamed AS (

    SELECT DISTINCT
      id::NUMBER AS contact_id,
      first_name::VARCHAR AS contact_first_name,
      email::VARCHAR AS contact_email
    FROM source

)

SELECT *
FROM renamed
"""


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def mini(tmp_path: Path, **extra: str) -> Path:
    return write(tmp_path / "mini", {
        "dbt_project.yml": "name: mini\nmodel-paths: [models]\n",
        "models/sources.yml": "version: 2\nsources:\n  - name: crm\n    schema: raw_crm\n"
                              "    tables:\n      - name: contacts_raw\n",
        "models/contacts_source.sql": CONTACTS,
        **extra})


def scan(root: Path, dialect: str | None = None):
    return run_scan(ScanOptions(paths=[str(root)], dialect=dialect))


def column(result, table: str, name: str):
    return result.schema.tables[table].column(name)


# --- issue 14's reproduction ------------------------------------------------------------------

def test_the_three_file_project_is_tagged(tmp_path):
    result = scan(mini(tmp_path, **{
        "models/schema.yml": "version: 2\nmodels:\n  - name: contacts_source\n    columns:\n"
                             "      - name: contact_email\n"}), "snowflake")
    # Source columns known only from the model's SQL are classified on their own names.
    assert column(result, "raw_crm.contacts_raw", "email").categories == ["contact.email"]
    assert column(result, "raw_crm.contacts_raw", "first_name").categories == ["identity.name"]
    assert "identity.name" in column(result, "contacts_source", "contact_first_name").categories
    assert column(result, "contacts_source", "contact_id").categories == []
    text = explain_column(result.schema, "contacts_source.contact_email")
    assert "contact.email: 0.95 (kept)" in text
    assert "categories=['contact.email']" in text
    assert result.schema.skipped == []


def test_the_project_adapter_chooses_the_dialect(tmp_path):
    root = mini(tmp_path, **{
        "dbt_project.yml": "name: mini\nprofile: crm\nmodel-paths: [models]\n",
        "profiles.yml": "crm:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n"
                        "      account: x\n"})
    result = scan(root)
    statement = next(s for s in result.schema.statements if "contacts_source" in s.path)
    assert statement.dialect == "snowflake"
    assert "identity.name" in column(result, "contacts_source", "contact_first_name").categories


# --- owners' words ----------------------------------------------------------------------------

def test_doc_blocks_meta_and_tags_are_evidence(tmp_path):
    root = mini(tmp_path, **{
        "models/docs.md": "{% docs contact_ref %}\nCustomer's mobile phone number\n"
                          "{% enddocs %}\n",
        "models/schema.yml": """version: 2
models:
  - name: contacts_source
    columns:
      - name: contact_id
        description: '{{ doc("contact_ref") }}'
      - name: contact_first_name
        meta: {sensitive: true}
      - name: contact_email
        tags: [contains_pii]
sources:
  - name: crm2
    tables:
      - name: people
        columns:
          - name: col_a
            meta: {masking_policy: mask_pii}
          - name: col_b
            config: {meta: {pii: true}}
          - name: col_c
            meta: {privflow: identity.national_id}
          - name: col_d
            meta: {sensitivity: public}
          - name: col_e
            databricks_tags: {pii: "true"}
          - name: col_f
            policy_tags: ["{{ var('pii_sensitive_policy_tag_id') }}"]
          - name: col_g
            policy_tags: ["{{ var('non_pii_sensitive_policy_tag_id') }}"]
    meta: {contains_pii: true}
"""})
    schema = Schema()
    load_dbt_project(root, "mini", schema)
    model = schema.tables["contacts_source"]
    assert model.column("contact_id").comment == "Customer's mobile phone number"
    assert model.column("contact_first_name").pragmas == ["meta:contains_pii"]
    assert model.column("contact_email").pragmas == ["meta:contains_pii"]
    people = schema.tables["crm2.people"]
    assert people.column("col_a").pragmas == ["meta:contains_pii"]
    assert people.column("col_b").pragmas == ["meta:contains_pii"]
    assert people.column("col_c").pragmas == ["add identity.national_id"]
    assert people.column("col_d").pragmas == []
    assert people.column("col_e").pragmas == ["meta:contains_pii"]
    assert people.column("col_f").pragmas == ["meta:contains_pii"]
    assert people.column("col_g").pragmas == []  # a non-PII policy tag, and the table's
    # own mark says the table holds personal data somewhere, not that every column does


def test_package_macros_and_dispatch_are_rendered(tmp_path):
    root = write(tmp_path / "p", {
        "dbt_project.yml": "name: p\n",
        "dbt_packages/privacy_utils/dbt_project.yml": "name: privacy_utils\n",
        "dbt_packages/privacy_utils/macros/mask.sql":
            "{% macro mask_email(col) %}{{ return(adapter.dispatch('mask_email', "
            "'privacy_utils')(col)) }}{% endmacro %}\n"
            "{% macro default__mask_email(col) %}concat(left({{ col }}, 2), '****')"
            "{% endmacro %}\n",
        "macros/pseudo.sql": "{% macro pseudonymize(col) %}sha2({{ col }}, 256){% endmacro %}\n",
        "models/stg.sql": "select {{ privacy_utils.mask_email('email') }} as email_masked,\n"
                          "  {{ pseudonymize('phone') }} as phone_key\n"
                          "from {{ source('app', 'users') }}\n",
    })
    result = scan(root)
    assert result.schema.skipped == []
    got = {(f.source, f.target, f.transform) for f in result.flows}
    assert ("app.users.email", "stg.email_masked", "mask") in got
    assert ("app.users.phone", "stg.phone_key", "hash") in got
    assert column(result, "stg", "email_masked").state == "masked"


def test_manifest_and_catalog_are_the_truth(tmp_path):
    root = mini(tmp_path)
    compiled = ("select id as contact_id, email as contact_email, first_name as given "
                "from raw_crm.contacts_raw")
    write(root, {
        "target/manifest.json": json.dumps({
            "metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json",
                         "adapter_type": "postgres"},
            "nodes": {"model.mini.contacts_source": {
                "resource_type": "model", "original_file_path": "models/contacts_source.sql",
                "compiled_code": compiled}}}),
        "target/catalog.json": json.dumps({"nodes": {"model.mini.contacts_source": {
            "metadata": {"schema": "analytics", "name": "contacts_source"},
            "columns": {"GIVEN": {"name": "GIVEN", "type": "TEXT"},
                        "BIRTH_DATE": {"name": "BIRTH_DATE", "type": "DATE"}}}}}),
    })
    schema = Schema()
    load_dbt_project(root, "mini", schema)
    table = schema.tables["contacts_source"]
    assert table.definition == compiled
    assert table.column("given").type == "TEXT"
    assert table.column("birth_date").type == "DATE"  # known from the catalog only
    assert schema.statements[0].dialect == "postgres"
    assert schema.skipped == []  # v12 is a version privflow reads


def test_an_unknown_manifest_version_is_noted(tmp_path):
    root = mini(tmp_path)
    write(root, {"target/manifest.json": json.dumps({
        "metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v99.json"},
        "nodes": {}})})
    schema = Schema()
    load_dbt_project(root, "mini", schema)
    assert [s.error for s in schema.skipped] == [False]
    assert "v99" in schema.skipped[0].reason
    assert "contacts_source" in schema.tables


def test_tables_columns_and_flows_point_at_real_lines(tmp_path):
    root = mini(tmp_path, **{"models/contacts_source.sql": "{{ config(materialized='table') }}"
                                                            "\n\n-- contacts\n" + CONTACTS,
                             "models/schema.yml": "version: 2\nmodels:\n"
                                                  "  - name: contacts_source\n    columns:\n"
                                                  "      - name: contact_email\n"})
    result = scan(root)
    table = result.schema.tables["contacts_source"]
    assert table.source.endswith("models/contacts_source.sql:4")
    assert table.column("contact_first_name").source.endswith("contacts_source.sql:14")
    assert table.column("contact_email").source.endswith("contacts_source.sql:15")
    vias = {f.via for f in result.flows}
    assert vias and all(v.endswith("contacts_source.sql:4") for v in vias)


@pytest.mark.parametrize("sql", [
    "select id, value:email::string as email from {{ source('crm', 'contacts_raw') }},"
    " lateral flatten(input => emails)",
    "select * from {{ source('crm', 'contacts_raw') }} pivot (max(email) for kind in ('a', 'b'))",
    "select * from {{ source('crm', 'contacts_raw') }} unpivot (email for kind in (e1, e2))",
])
def test_snowflake_constructs_parse_or_are_skipped_with_a_line(tmp_path, sql):
    root = mini(tmp_path, **{"models/extra.sql": "\n\n" + sql + "\n", "models/sources.yml":
                             "version: 2\nsources:\n  - name: crm\n    schema: raw_crm\n"
                             "    tables:\n      - name: contacts_raw\n        columns:\n"
                             "          - name: id\n          - name: email\n"
                             "          - name: kind\n          - name: emails\n"})
    result = scan(root, "snowflake")
    about_extra = [s for s in result.schema.skipped if "extra.sql" in s.path]
    walked = any("extra" in f.target for f in result.flows)
    assert walked or (about_extra and all(s.line for s in about_extra))


def test_a_merge_inside_a_model_is_walked_or_skipped_with_its_line(tmp_path):
    root = mini(tmp_path, **{"models/m.sql":
                             "merge into tgt t using {{ source('crm', 'contacts_raw') }} s "
                             "on t.id = s.id when matched then update set email = s.email\n"})
    result = scan(root, "snowflake")
    about = [s for s in result.schema.skipped if s.path.endswith("m.sql")]
    assert about and all(s.line for s in about) or any(
        f.target.endswith(".email") and "m.sql" in f.via for f in result.flows)


# --- hostile projects (issue 15) --------------------------------------------------------------

def hostile(tmp_path: Path, files: dict[str, str]) -> tuple[Schema, dict[str, list[str]]]:
    root = write(tmp_path / "h", {"dbt_project.yml": "name: h\n",
                                  "models/ok.sql": "select email from {{ source('s', 't') }}\n",
                                  **files})
    schema = Schema()
    load_dbt_project(root, "h", schema)
    assert "ok" in schema.tables  # the rest of the project is still read
    reasons: dict[str, list[str]] = {}
    for skipped in schema.skipped:
        reasons.setdefault(skipped.path.removeprefix("h/"), []).append(skipped.reason)
    return schema, reasons


def test_endless_and_huge_templates_are_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(dbt_guard, "MAX_RENDER_SECONDS", 0.5)
    _, reasons = hostile(tmp_path, {
        "models/loop.sql": "{% for i in range(100000) %}{% for j in range(100000) %}"
                           "{% endfor %}{% endfor %}select 1 as a\n",
        "models/big.sql": "select '{{ 'x' * 2000000000 }}' as a\n",
        "models/wide.sql": "select 1 as a {% for i in range(100000) %}{% for j in range(100) %}"
                           ", {{ i }} as c{{ j }}{% endfor %}{% endfor %}\n",
        "models/div.sql": "select {{ 1/0 }} as a\n",
    })
    assert "took longer" in reasons["models/loop.sql"][0]
    assert "size limit" in reasons["models/big.sql"][0]
    assert reasons["models/wide.sql"]  # output limit or time limit, whichever comes first
    assert "ZeroDivisionError" in reasons["models/div.sql"][0]
    assert all(len(v) == 1 for v in reasons.values())  # one entry per error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifos_devices_and_symlinks_out_are_not_read(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leak.sql").write_text("select secret_col from secret_table\n")
    (outside / "schema.yml").write_text("version: 2\nmodels:\n  - name: ok\n    columns:\n"
                                        "      - name: leaked_column\n")
    root = tmp_path / "h"
    (root / "macros").mkdir(parents=True)
    (root / "models").mkdir(parents=True)
    os.mkfifo(root / "macros" / "fifo.sql")
    (root / "macros" / "zero.sql").symlink_to("/dev/zero")
    (root / "models" / "passwd.sql").symlink_to("/etc/passwd")
    (root / "models" / "leak.sql").symlink_to(outside / "leak.sql")
    (root / "models" / "schema.yml").symlink_to(outside / "schema.yml")
    schema, reasons = hostile(tmp_path, {"macros/bad.sql": "{{ 1/0 }}{% macro m() %}{% endmacro %}"})
    assert "not a regular file" in reasons["macros/fifo.sql"][0]
    assert "out of the project" in reasons["macros/zero.sql"][0]
    for name in ("models/passwd.sql", "models/leak.sql", "models/schema.yml"):
        assert "out of the project" in reasons[name][0]
    assert "ZeroDivisionError" in reasons["macros/bad.sql"][0]
    assert set(schema.tables) == {"ok"}
    assert schema.tables["ok"].column("leaked_column") is None
    assert not any("secret" in s.sql for s in schema.statements)


@pytest.mark.parametrize("paths", ["['models', '../outside']", "['/', 'models']",
                                   "['models', '/etc']"])
def test_model_paths_outside_the_project_are_refused(tmp_path, paths):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "leak.sql").write_text("select secret_col from secret_table\n")
    schema, reasons = hostile(tmp_path, {"dbt_project.yml": f"name: h\nmodel-paths: {paths}\n"})
    assert any("outside the project" in r for r in reasons["dbt_project.yml"])
    assert not any("secret" in s.sql for s in schema.statements)


def test_malformed_properties_are_one_entry_each(tmp_path):
    bomb = ["a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]"]
    for i in range(1, 40):
        bomb.append(f"a{i}: &a{i} [" + ",".join(["*a" if i == 1 else f"*a{i - 1}"] * 20) + "]")
    bomb.append("models: [*a39]")
    schema, reasons = hostile(tmp_path, {
        "dbt_project.yml": "name: [1]\nvars: [1]\nmodels: 3\n",
        "models/schema.yml": "version: 2\nmodels:\n  - name: ok\n    meta: [1, 2]\n"
                             "    columns:\n      - name: email\n        meta: [1,2]\n"
                             "        tags: 5\n      - name: [1]\n      - 7\n"
                             "  - name: {a: 1}\nsources: 3\n",
        "models/bomb.yml": "\n".join(bomb) + "\n",
        "models/bad.yml": "models: [\n",
    })
    assert len(reasons["dbt_project.yml"]) == 1
    assert "aliases" in reasons["models/bomb.yml"][0]
    assert "YAML" in reasons["models/bad.yml"][0]
    assert "models/schema.yml" not in reasons  # odd values ignored, the file still read
    assert schema.tables["ok"].column("email") is not None
    assert len(Path(tmp_path / "h" / "models" / "bomb.yml").read_bytes()) < 13000


def test_hostile_project_through_the_cli_exits_2_with_the_rest_written(tmp_path):
    from click.testing import CliRunner

    from privflow.cli import cli

    root = write(tmp_path / "h", {"dbt_project.yml": "name: h\n",
                                  "models/ok.sql": "select email from {{ source('s', 't') }}\n",
                                  "models/div.sql": "select {{ 1/0 }}\n"})
    out = tmp_path / "scan.json"
    (tmp_path / "none").mkdir()
    result = CliRunner().invoke(cli, ["scan", str(root), "--inventory", str(tmp_path / "none"),
                                       "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    document = json.loads(out.read_text())
    assert any(t["id"] == "ok" for t in document["tables"])
    assert any("div.sql" in s.get("source", s.get("path", "")) for s in document["skipped"])


def test_unknown_macros_leave_the_sql_readable(tmp_path):
    # GitLab's staging models call project macros privflow does not have; rendered as nothing
    # they left `, AS email_domain_type` and `,\n,` ("Required keyword: 'this' missing").
    root = mini(tmp_path, **{"models/contacts_source.sql": """WITH source AS (
  SELECT * FROM {{ source('crm', 'contacts_raw') }}
), renamed AS (
  SELECT
    id AS contact_id,
    {{ email_domain_type("split_part(email,'@',2)", 'leadsource') }} AS email_domain_type,
    title AS contact_title,
    {{ it_job_title_hierarchy('title') }},
    email AS contact_email,
    {{ sfdc_source_buckets('leadsource') }}

    firstname AS contact_first_name,
    {{ trailing_columns() }}
  FROM source
)
SELECT * FROM renamed
"""})
    result = scan(root, "snowflake")
    assert not [s for s in result.schema.skipped if "contacts_source" in s.path]
    table = result.schema.tables["contacts_source"]
    assert {"contact_id", "email_domain_type", "contact_title", "contact_email",
            "contact_first_name"} <= set(table.columns)
    assert "identity.name" in table.column("contact_first_name").categories
    assert column(result, "raw_crm.contacts_raw", "email").categories == ["contact.email"]


def test_each_model_is_parsed_once(tmp_path, monkeypatch):
    import sqlglot

    root = mini(tmp_path, **{"models/wide.sql":
                             "select contact_email from {{ ref('contacts_source') }}\n"})
    parsed: list[str] = []
    real_parse, real_parse_one = sqlglot.parse, sqlglot.parse_one

    def parse(sql, *args, **kwargs):
        parsed.append(sql)
        return real_parse(sql, *args, **kwargs)

    def parse_one(sql, *args, **kwargs):
        parsed.append(sql)
        return real_parse_one(sql, *args, **kwargs)

    monkeypatch.setattr(sqlglot, "parse", parse)
    monkeypatch.setattr(sqlglot, "parse_one", parse_one)
    result = scan(root, "snowflake")
    assert ("contacts_source.contact_email", "wide.contact_email") in {
        (f.source, f.target) for f in result.flows}
    models = [sql for sql in parsed if "contacts_raw" in sql or "contact_email from" in sql]
    assert len(models) == 2  # two models, one parse each (columns and lineage share it)


def _counting_parses(monkeypatch) -> list[tuple[str, str | None]]:
    import sqlglot

    parsed: list[tuple[str, str | None]] = []
    real_parse = sqlglot.parse

    def parse(sql, read=None, **kwargs):
        parsed.append((sql, read))
        return real_parse(sql, read=read, **kwargs)

    monkeypatch.setattr(sqlglot, "parse", parse)
    return parsed


BROKEN = "select contact_email from {{ ref('contacts_source') }} where (((\n"


def test_a_model_that_does_not_parse_is_parsed_once_in_the_adapters_dialect(tmp_path,
                                                                            monkeypatch):
    root = mini(tmp_path, **{
        "models/broken.sql": BROKEN,
        "profiles.yml": "mini:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n",
        "dbt_project.yml": "name: mini\nprofile: mini\nmodel-paths: [models]\n"})
    parsed = _counting_parses(monkeypatch)
    result = scan(root)
    broken = [read for sql, read in parsed if "where (((" in sql]
    assert broken == ["snowflake"]  # no second parse for lineage, no other dialect tried
    assert any(s.path.endswith("broken.sql") and "cannot parse" in s.reason
               for s in result.schema.skipped)


def test_without_an_adapter_a_failed_model_tries_only_the_fallback_dialects(tmp_path,
                                                                           monkeypatch):
    from privflow.lineage.script import FALLBACK_DIALECTS

    root = mini(tmp_path, **{"models/broken.sql": BROKEN})
    parsed = _counting_parses(monkeypatch)
    result = scan(root)
    broken = [read for sql, read in parsed if "where (((" in sql]
    assert broken == [None, *FALLBACK_DIALECTS]  # sqlglot's own reader once, then each other
    assert any(s.path.endswith("broken.sql") for s in result.schema.skipped)


def test_config_from_an_unknown_macro_names_nothing(tmp_path):
    root = mini(tmp_path, **{"models/contacts_source.sql":
                             "{{ config(schema=generate_schema_name('crm'), alias=my_alias()) }}"
                             "\n" + CONTACTS})
    schema = Schema()
    load_dbt_project(root, "mini", schema)
    assert "contacts_source" in schema.tables
    assert all("\ue000" not in tid for tid in schema.tables)


def test_lineage_schema_from_a_dbt_folder_keeps_no_parsed_models(tmp_path):
    """`lineage --schema DIR` reads the tables (no classifier, no scan) and keeps no model
    trees waiting for a walk that never comes."""
    from privflow.lineage import schema_columns
    from privflow.lineage.script import _PARSED

    columns = schema_columns(str(mini(tmp_path)), None)
    assert "contact_email" in columns["contacts_source"]
    assert not _PARSED
