"""How long the gap rules take on a large synthetic scan (no parsing: the rules alone).

    python benchmarks/check_speed.py [--tables 2000] [--activities 60] [--flows 8000]

Builds a seeded random schema with taxonomy categories on a share of the columns, activities
whose `systems` are globs over those tables, recipients, and flows into them, then times
`scan_findings` and the SARIF rendering. Prints the numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import time

from privflow.check import scan_findings, to_sarif
from privflow.classify.taxonomy import load_taxonomy
from privflow.inventory.model import (
    Activity,
    Inventory,
    Organisation,
    Pipia,
    RecipientDeclaration,
    Retention,
)
from privflow.schema import Column, Flow, ScanResult, Schema, Table

PREFIXES = ("ums", "oms", "pay", "crm", "log", "mkt", "cs", "dw", "ods", "app")


def build(tables: int, activities: int, flows: int, seed: int) -> tuple[ScanResult, Inventory]:
    rng = random.Random(seed)
    categories = sorted(load_taxonomy())
    schema = Schema()
    column_ids: list[str] = []
    for index in range(tables):
        prefix = rng.choice(PREFIXES)
        table = Table(id=f"db{index % 7}.{prefix}_t{index}", name=f"{prefix}_t{index}",
                      source=f"sql/{prefix}.sql:{index * 20 + 1}")
        for number in range(rng.randint(8, 24)):
            cats = [rng.choice(categories)] if rng.random() < 0.35 else []
            column = Column(f"c{number}", categories=cats, source=f"sql/{prefix}.sql:{number}",
                            sensitive=any(load_taxonomy()[c].sensitive for c in cats))
            table.add_column(column)
            if cats:
                column_ids.append(f"{table.id}.{column.name}")
        schema.tables[table.id] = table
    recipients = [RecipientDeclaration(id=f"r{i}", name=f"Vendor {i}",
                                       country=rng.choice(["CN", "CN", "CN", "US", "SG"]),
                                       transfer_type=rng.choice(["entrusted", "provided"]),
                                       categories=rng.sample(categories, 5),
                                       declared_in=f"inv/recipients.yaml:{i * 10 + 1}")
                  for i in range(40)]
    acts = [Activity(id=f"a{i}", name=f"活动{i}", lawful_basis="consent", consent_type="separate",
                     systems=[f"{rng.choice(PREFIXES)}_t{rng.randrange(tables)}*"
                              for _ in range(rng.randint(3, 12))] + [f"{rng.choice(PREFIXES)}_*"],
                     categories=rng.sample(categories, 12), necessity="x",
                     recipients=[r.id for r in rng.sample(recipients, 3)],
                     retention=[Retention("*", period="P1Y", on_expiry="delete")],
                     pipia=Pipia(ref="P", date="2024-01-01"),
                     declared_in=f"inv/activities.yaml:{i * 30 + 1}")
            for i in range(activities)]
    edges = [Flow(rng.choice(column_ids), f"recipient:r{rng.randrange(45)}",
                  f"etl/job{i % 50}.sql:{i}", rng.choice(["identity", "hash", "cast"]))
             for i in range(flows)]
    result = ScanResult(schema=schema, flows=edges)
    inventory = Inventory(root="inv", organisation=Organisation(name="bench"),
                          activities=acts, recipients=recipients)
    return result, inventory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--activities", type=int, default=60)
    parser.add_argument("--flows", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    result, inventory = build(args.tables, args.activities, args.flows, args.seed)
    columns = sum(len(t.columns) for t in result.schema.tables.values())
    started = time.perf_counter()
    findings = scan_findings(result, inventory)
    rules_s = time.perf_counter() - started
    started = time.perf_counter()
    to_sarif(findings)
    sarif_s = time.perf_counter() - started
    started = time.perf_counter()
    bare = scan_findings(result, None)
    bare_s = time.perf_counter() - started
    print(f"tables={args.tables} columns={columns} activities={args.activities} "
          f"flows={args.flows}")
    print(f"scan_findings with inventory: {rules_s:.2f} s, {len(findings)} findings")
    print(f"scan_findings without inventory: {bare_s:.2f} s, {len(bare)} findings")
    print(f"to_sarif: {sarif_s:.2f} s")


if __name__ == "__main__":
    main()
