"""`privflow categories`: every taxonomy id with its labels, flags and the laws that treat it
specially, for a DPO writing `categories:` in activities.yaml."""

from __future__ import annotations

from typing import Any

from privflow.classify.taxonomy import load_taxonomy

# Taxonomy `gdpr` flag -> the article that makes the category special.
GDPR_ARTICLE = {"G9": "GDPR Art. 9", "G10": "GDPR Art. 10"}
BASIS_NAME = {"35273-B": "GB/T 35273-2020 Annex B", "PIPL-28": "PIPL Art. 28",
              "45574": "GB/T 45574-2025"}


def category_rows() -> list[dict[str, Any]]:
    rows = []
    for category in load_taxonomy().values():
        laws = []
        if category.sensitive:
            laws.append("PIPL " + ("Art. 28" if "PIPL-28" in category.basis else "sensitive")
                        + f" ({', '.join(BASIS_NAME.get(b, b) for b in category.basis)})")
        if category.gdpr:
            laws.append(GDPR_ARTICLE[category.gdpr])
        rows.append({
            "id": category.id,
            "zh": category.zh,
            "en": category.en,
            "group": category.group.id if category.group else category.id.split(".")[0],
            "group_zh": category.group.zh if category.group else "",
            "group_en": category.group.en if category.group else "",
            "sensitive": category.sensitive,
            "basis": list(category.basis),
            "gdpr": category.gdpr,
            "laws": laws,
        })
    return rows


def render_categories_table(lang: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    grid = Table(title=("个人信息种类" if lang == "zh" else "Personal-data categories"),
                 title_justify="left")
    headers = (("编号", "名称", "敏感", "GDPR", "依据") if lang == "zh"
               else ("id", "name", "sensitive", "GDPR", "laws"))
    grid.add_column(headers[0], no_wrap=True)
    grid.add_column(headers[1])
    grid.add_column(headers[2], justify="center")
    grid.add_column(headers[3], justify="center")
    grid.add_column(headers[4])
    yes = "是" if lang == "zh" else "yes"
    for row in category_rows():
        grid.add_row(Text(row["id"]), Text(row[lang]),
                     Text(yes if row["sensitive"] else "", style="bold red"),
                     Text(row["gdpr"] or "", style="bold red"), Text("; ".join(row["laws"])))
    Console().print(grid)
