"""The report's "access to personal information" section: who read which personal column, how
often, from the query logs `privflow.yaml` lists (`query_logs:`), against the roles the
activities covering the column declare."""

from __future__ import annotations

from fnmatch import fnmatchcase

from privflow.check.context import CheckContext
from privflow.inventory.model import Inventory
from privflow.report.model import Cell, ColumnSpec, Register
from privflow.schema import ScanResult

TITLES = {"zh": "个人信息访问情况（查询日志）", "en": "Access to personal information (query logs)"}
COLUMNS = {
    "zh": [("column", "字段"), ("categories", "个人信息种类"), ("reader", "用户/角色"),
           ("runs", "读取次数"), ("period", "首次/最近"), ("roles", "处理活动申报的角色"),
           ("status", "状态"), ("evidence", "日志依据")],
    "en": [("column", "Column"), ("categories", "Categories"), ("reader", "User / role"),
           ("runs", "Reads"), ("period", "First / last seen"), ("roles", "Roles declared"),
           ("status", "Status"), ("evidence", "Log evidence")],
}
PROVENANCE = {"column": "discovered", "categories": "discovered", "reader": "discovered",
              "runs": "discovered", "period": "discovered", "roles": "declared",
              "status": "derived", "evidence": "discovered"}
STATUS = {
    "zh": {"declared": "已申报", "undeclared": "未申报的读取者", "open": "未申报角色"},
    "en": {"declared": "declared", "undeclared": "reader not declared",
           "open": "no roles declared"},
}


def access_register(result: ScanResult, inventory: Inventory | None, lang: str) -> Register:
    lang = lang if lang in TITLES else "en"
    register = Register("access", TITLES[lang], [ColumnSpec(k, label, PROVENANCE[k])  # type: ignore[arg-type]
                                                 for k, label in COLUMNS[lang]])
    ctx = CheckContext(result=result, inventory=inventory)
    rows = []
    for fact in result.access:
        ref = ctx.column(f"{fact['table']}.{fact['column']}")
        if ref is None or not ref.column.categories:
            continue  # only personal columns are the register's business
        roles = sorted({glob for activity in ctx.covering(ref) for glob in activity.roles})
        names = [n for n in (fact.get("user"), fact.get("role")) if n]
        if not roles:
            status = "open"
        elif any(fnmatchcase(n.lower(), g.lower()) for n in names for g in roles):
            status = "declared"
        else:
            status = "undeclared"
        sensitive = ctx.column_is_sensitive(ref.column)
        rows.append(((0 if status == "undeclared" and sensitive else 1), ref.id, "/".join(names),
                     ref, fact, roles, status))
    for _, column_id, reader, ref, fact, roles, status in sorted(rows, key=lambda r: r[:3]):
        via = fact.get("via") or ""
        register.add(column=Cell(column_id, [column_id]),
                     categories=list(ref.column.categories),
                     reader=reader or "-", runs=str(fact.get("runs") or 0),
                     period=f"{fact.get('first_seen') or '-'} / {fact.get('last_seen') or '-'}",
                     roles=roles, status=STATUS[lang][status],
                     evidence=Cell(via, [via] if via else []))
    return register
