"""dbt projects rendered in a sandbox: models, sources, meta, and lineage through ref()."""

from __future__ import annotations

import shutil
from pathlib import Path

from privflow.lineage import build_flows
from privflow.schema import Schema
from privflow.sources.dbt import load_dbt_project

PROJECT = Path(__file__).parent / "fixtures" / "lineage" / "dbt_shop"


def load(root: Path = PROJECT) -> Schema:
    schema = Schema()
    load_dbt_project(root, "dbt_shop", schema)
    return schema


def test_models_and_sources_become_tables():
    schema = load()
    assert set(schema.tables) == {"mall.ums_member", "mall.oms_order_all",
                                  "staging.stg_members", "member_orders", "member_export"}
    stg = schema.tables["staging.stg_members"]
    assert stg.kind == "view"
    assert list(stg.columns) == ["member_id", "phone_hash", "phone", "id_card"]
    assert schema.tables["member_orders"].kind == "table"  # materialized='incremental'
    assert schema.skipped == []


def test_descriptions_and_meta_become_comments_and_pragmas():
    schema = load()
    member = schema.tables["mall.ums_member"]
    assert member.comment == "会员表"
    assert member.column("phone").comment == "手机号码"
    assert member.column("phone").pragmas == ["meta:contains_pii"]
    assert member.column("id_card").pragmas == ["add identity.national_id"]
    orders = schema.tables["member_orders"]
    assert orders.column("total_paid").pragmas == ["add financial.transaction"]
    assert orders.column("total_paid").comment == "支付金额合计"


def test_rendering_is_sandboxed_and_incremental_is_false(monkeypatch):
    monkeypatch.setenv("DBT_SECRET", "s3cret")
    schema = load()
    by_path = {s.path: s.sql for s in schema.statements}
    stg = by_path["dbt_shop/models/staging/stg_members.sql"]
    assert "s3cret" not in stg  # env_var() never reads the environment
    assert "md5(phone) as phone_hash" in stg  # a project macro
    assert "from mall.ums_member" in stg
    marts = by_path["dbt_shop/models/marts/member_orders.sql"]
    assert marts.startswith("CREATE VIEW member_orders AS")
    assert "max(created_at)" not in marts  # the is_incremental() branch is left out
    assert "> 0" in marts  # var('min_amount') from dbt_project.yml


def test_lineage_through_ref_and_source():
    schema = load()
    flows, _ = build_flows(schema, [])
    got = {(f.source, f.target, f.transform) for f in flows}
    assert ("mall.ums_member.phone", "staging.stg_members.phone_hash", "hash") in got
    assert ("staging.stg_members.phone_hash", "member_orders.phone_hash", "identity") in got
    assert ("mall.oms_order_all.pay_amount", "member_orders.total_paid", "aggregate") in got
    # `select *` of a model is expanded because upstream models are walked first.
    assert ("member_orders.phone_hash", "member_export.phone_hash", "identity") in got
    assert [s.path.rsplit("/", 1)[-1] for s in schema.statements] == [
        "stg_members.sql", "member_orders.sql", "member_export.sql"]


def test_a_broken_model_is_skipped_not_fatal(tmp_path):
    root = tmp_path / "proj"
    shutil.copytree(PROJECT, root)
    (root / "models" / "broken.sql").write_text("select {{ 1 + }} from x\n")
    (root / "models" / "sneaky.sql").write_text(
        "select '{{ ''.__class__.__mro__ }}' as x from {{ ref('stg_members') }}\n")
    schema = load(root)
    reasons = {s.path: s.reason for s in schema.skipped}
    assert "dbt_shop/models/broken.sql" in reasons
    assert "dbt_shop/models/sneaky.sql" in reasons  # the sandbox refuses dunder access
    assert "staging.stg_members" in schema.tables


def test_fast_rendering_matches_jinja():
    from privflow.sources.dbt import DbtProject

    project = DbtProject(PROJECT, "dbt_shop", Schema())
    project.load()
    env = project.environment()
    model = project.models["member_orders"]
    text = model.path.read_text(encoding="utf-8")

    def ref(*args):
        return "staging.stg_members"

    def source(a, b):
        return "mall.oms_order_all"

    fast = project.render_simple(text, model, ref, source)
    slow = env.from_string(text).render(ref=ref, source=source, config=lambda **k: "",
                                        this="member_orders")
    assert fast is not None
    assert fast == slow
    # A macro call needs real Jinja: the fast path declines.
    stg = project.models["stg_members"]
    assert project.render_simple(stg.path.read_text(encoding="utf-8"), stg, ref, source) is None


def test_folder_level_project_config(tmp_path):
    root = tmp_path / "proj"
    shutil.copytree(PROJECT, root)
    (root / "dbt_project.yml").write_text(
        "name: shop\nvars:\n  min_amount: 0\nmodels:\n  shop:\n    +materialized: view\n"
        "    marts:\n      +schema: mart\n      +materialized: table\n")
    schema = load(root)
    assert schema.tables["mart.member_export"].kind == "table"
    assert schema.tables["mart.member_orders"].kind == "table"  # config() says incremental
    assert schema.tables["staging.stg_members"].kind == "view"  # its own config(schema=...)
    flows, _ = build_flows(schema, [])
    assert ("staging.stg_members.phone_hash", "mart.member_orders.phone_hash") in {
        (f.source, f.target) for f in flows}


def test_jinja_loops_and_cross_database_macros(tmp_path):
    root = tmp_path / "proj"
    (root / "models").mkdir(parents=True)
    (root / "dbt_project.yml").write_text("name: t\n")
    (root / "models" / "dim_customer.sql").write_text(
        "{%- set methods = ['card', 'coupon'] -%}\n"
        "select {{ dbt_utils.generate_surrogate_key(['c.id', 'c.email']) }} as customer_key,\n"
        "  {{ dbt.hash('c.phone') }} as phone_hash,\n"
        "  {% for m in methods %}sum(case when p.method = '{{ m }}' then p.amount else 0 end)"
        " as {{ m }}_amount{{ ',' if not loop.last }}\n  {% endfor %}\n"
        "from {{ source('app', 'customers') }} c\n"
        "join {{ source('app', 'payments') }} p on p.customer_id = c.id\ngroup by 1, 2\n")
    (root / "models" / "wide.sql").write_text(
        "select {{ dbt_utils.star(from=ref('dim_customer')) }} from {{ ref('dim_customer') }}\n")
    schema = Schema()
    load_dbt_project(root, "proj", schema)
    assert schema.skipped == []
    flows, _ = build_flows(schema, [])
    got = {(f.source, f.target, f.transform) for f in flows}
    assert ("app.customers.email", "dim_customer.customer_key", "hash") in got
    assert ("app.customers.phone", "dim_customer.phone_hash", "hash") in got
    assert ("app.payments.amount", "dim_customer.coupon_amount", "aggregate") in got
    assert ("dim_customer.phone_hash", "wide.phone_hash", "identity") in got
