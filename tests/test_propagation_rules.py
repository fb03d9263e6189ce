"""Propagation follows value semantics (issue 14): one rule table, transforms.yaml `carries`."""

from __future__ import annotations

from pathlib import Path

import pytest

from privflow.pipeline import ScanOptions, run_scan

SOURCE = """CREATE TABLE crm.person (
  id BIGINT PRIMARY KEY,
  email VARCHAR(200) COMMENT 'e-mail address',
  first_name VARCHAR(50) COMMENT 'first name',
  birth_date DATE COMMENT 'date of birth',
  amount DECIMAL(12,2) COMMENT 'order amount',
  status VARCHAR(20)
);
"""


def scan_rule(tmp_path: Path, select: str):
    (tmp_path / "a.sql").write_text(
        SOURCE + f"CREATE TABLE out_t AS SELECT {select} FROM crm.person GROUP BY id;\n",
        encoding="utf-8")
    result = run_scan(ScanOptions(paths=[str(tmp_path)], dialect="mysql"))
    return result.schema.tables["out_t"]


@pytest.mark.parametrize("select,category,state", [
    ("email AS x", "contact.email", "raw"),                          # identity
    ("CAST(email AS CHAR(100)) AS x", "contact.email", "raw"),       # cast
    ("TRIM(email) AS x", "contact.email", "raw"),                    # trim
    ("LOWER(email) AS x", "contact.email", "raw"),                   # case
    ("CONCAT(first_name, ' ', id) AS x", "identity.name", "raw"),    # concat
    ("SUBSTRING(email, 1, 5) AS x", "contact.email", "raw"),         # substring
    ("MD5(email) AS x", "contact.email", "pseudonymized"),           # hash
    ("AES_ENCRYPT(email, 'k') AS x", "contact.email", "encrypted"),  # encrypt
    ("CONCAT(LEFT(email, 2), '****') AS x", "contact.email", "masked"),  # mask
    ("MIN(email) AS x", "contact.email", "raw"),                     # MIN keeps
    ("MAX(first_name) AS x", "identity.name", "raw"),                # MAX keeps
    ("ANY_VALUE(email) AS x", "contact.email", "raw"),               # ANY_VALUE keeps
    ("YEAR(birth_date) AS x", "identity.age", "raw"),                # year of birth: an age
    ("EXTRACT(YEAR FROM birth_date) AS x", "identity.age", "raw"),
    ("TIMESTAMPDIFF(YEAR, birth_date, NOW()) AS x", "identity.age", "raw"),
    ("DATE_FORMAT(birth_date, '%m-%d') AS x", "identity.birth_date", "raw"),
])
def test_value_keeping_rules(tmp_path, select, category, state):
    column = scan_rule(tmp_path, select).column("x")
    assert category in column.categories
    assert column.state == state


def test_sum_of_amounts_is_aggregated(tmp_path):
    # GROUP BY id summarises one person's rows: still theirs (derive), not aggregated.
    (tmp_path / "a.sql").write_text(
        SOURCE + "CREATE TABLE out_t AS SELECT status, SUM(amount) AS x, AVG(amount) AS y "
                 "FROM crm.person GROUP BY status;\n", encoding="utf-8")
    table = run_scan(ScanOptions(paths=[str(tmp_path)], dialect="mysql")).schema.tables["out_t"]
    upstream = run_scan(ScanOptions(paths=[str(tmp_path)], dialect="mysql")).schema.tables[
        "crm.person"].column("amount")
    if not upstream.categories:
        pytest.skip("the classifier does not tag an order amount here")
    assert table.column("x").categories == upstream.categories
    assert table.column("x").state == "aggregated"
    assert table.column("y").state == "aggregated"


@pytest.mark.parametrize("select", [
    "COUNT(email) AS x",
    "COUNT(DISTINCT email) AS x",
    "email = 'a@b.c' AS x",
    "email IS NULL AS x",
    "first_name IS NOT NULL AS x",
    "CASE WHEN email LIKE '%@gmail.com' THEN TRUE ELSE FALSE END AS x",
    "CASE WHEN first_name IN ('a', 'b') THEN 1 ELSE 0 END AS x",
    "EXISTS (SELECT 1 FROM crm.person p2 WHERE p2.email = crm.person.email) AS x",
    "SUM(CASE WHEN email IS NOT NULL THEN 1 ELSE 0 END) AS x",
    "NOT (first_name = 'x') AS x",
    "COUNT(email) > 3 AS x",
])
def test_counts_and_predicates_carry_no_person_category(tmp_path, select):
    assert scan_rule(tmp_path, select).column("x").categories == []


@pytest.mark.parametrize("name", ["is_email_verified", "open_3plus_deal_count", "is_open",
                                  "email_cnt", "name_present"])
def test_a_flag_or_count_name_takes_no_category_from_upstream(tmp_path, name):
    # Even a copy (or a string function) of a tagged column: the column's own name says what
    # it holds, and a flag or a count is not a person's e-mail or name.
    column = scan_rule(tmp_path, f"COALESCE(first_name, email) AS {name}").column(name)
    assert "contact.email" not in column.categories
    assert "identity.name" not in column.categories


def test_propagation_adds_to_a_columns_own_categories(tmp_path):
    # The target's own name (an e-mail) is kept, upstream categories are added to it.
    column = scan_rule(tmp_path, "first_name AS contact_email").column("contact_email")
    assert "contact.email" in column.categories
    assert "identity.name" in column.categories


@pytest.mark.parametrize("select", [
    "IF(email LIKE '%@gmail.com', 'gmail', 'other') AS x",
    "CASE WHEN email IS NULL THEN 'none' WHEN email LIKE '%.cn' THEN 'cn' END AS x",
])
def test_a_test_written_out_as_text_still_carries_the_value(tmp_path, select):
    # IF(gender = 1, 'M', 'F') is the gender spelled otherwise; THEN TRUE / THEN 1 only flags.
    assert "contact.email" in scan_rule(tmp_path, select).column("x").categories


def test_predicate_beside_a_copy_of_the_same_column_keeps_the_copy(tmp_path):
    column = scan_rule(
        tmp_path, "CASE WHEN email IS NULL THEN 'none' ELSE email END AS x").column("x")
    assert "contact.email" in column.categories
