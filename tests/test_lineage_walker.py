"""Column edges and transforms for each SQL construct of issue 4, in several dialects."""

from __future__ import annotations

import pytest

from privflow.lineage import lineage_sql


def edges(sql: str, dialect: str, schema: dict[str, list[str]] | None = None,
          conditions: bool = False) -> set[tuple]:
    doc = lineage_sql(sql, dialect=dialect, schema=schema, with_conditions=conditions)
    assert doc["skipped"] == [], doc["skipped"]
    return {(e["source_table"], e["source_column"], e["target_table"], e["target_column"],
             e["transform"]) for e in doc["edges"]}


# --- INSERT ... SELECT ---------------------------------------------------------------------

@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "tsql", "spark"])
def test_insert_select_with_column_list(dialect):
    sql = ("INSERT INTO dw.member_wide (id, phone_hash, nick) "
           "SELECT m.id, md5(m.phone), m.nickname FROM ums_member m")
    assert edges(sql, dialect) == {
        ("ums_member", "id", "dw.member_wide", "id", "identity"),
        ("ums_member", "phone", "dw.member_wide", "phone_hash", "hash"),
        ("ums_member", "nickname", "dw.member_wide", "nick", "identity"),
    }


def test_insert_without_column_list_maps_by_position_to_known_columns():
    schema = {"dw.t": ["a", "b"], "src": ["x", "y"]}
    sql = "INSERT INTO dw.t SELECT y, x FROM src"
    assert edges(sql, "mysql", schema) == {
        ("src", "y", "dw.t", "a", "identity"),
        ("src", "x", "dw.t", "b", "identity"),
    }


def test_insert_without_column_list_or_schema_uses_output_names():
    assert edges("INSERT INTO t SELECT phone AS mobile FROM m", "postgres") == {
        ("m", "phone", "t", "mobile", "identity"),
    }


def test_insert_overwrite_hive_with_partition():
    sql = ("INSERT OVERWRITE TABLE dw.user_d PARTITION (dt='2024-01-01') "
           "SELECT u.user_id, sha2(u.mobile, 256) FROM ods.user_info u")
    assert edges(sql, "hive", {"dw.user_d": ["uid", "mobile_sha"]}) == {
        ("ods.user_info", "user_id", "dw.user_d", "uid", "identity"),
        ("ods.user_info", "mobile", "dw.user_d", "mobile_sha", "hash"),
    }


def test_values_insert_has_no_edges():
    assert edges("INSERT INTO t (a) VALUES (1), (2)", "mysql") == set()


# --- CREATE TABLE AS / VIEW -----------------------------------------------------------------

@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "tsql"])
def test_create_view_and_ctas(dialect):
    sql = ("CREATE VIEW v_member AS SELECT id, CAST(birthday AS DATE) AS bday FROM member;\n"
           "CREATE TABLE member_copy AS SELECT * FROM v_member;")
    assert edges(sql, dialect) == {
        ("member", "id", "v_member", "id", "identity"),
        ("member", "birthday", "v_member", "bday", "cast"),
        ("v_member", "id", "member_copy", "id", "identity"),
        ("v_member", "bday", "member_copy", "bday", "identity"),
    }


def test_materialized_view_with_column_list():
    sql = "CREATE MATERIALIZED VIEW mv (uid, n) AS SELECT user_id, count(*) FROM orders GROUP BY 1"
    assert edges(sql, "postgres") == {("orders", "user_id", "mv", "uid", "identity")}


# --- MERGE / UPDATE -------------------------------------------------------------------------

@pytest.mark.parametrize("dialect", ["tsql", "postgres", "spark", "oracle"])
def test_merge_matched_update_and_not_matched_insert(dialect):
    sql = ("MERGE INTO crm.contact t USING (SELECT id, email, phone FROM ods.lead) s "
           "ON t.id = s.id "
           "WHEN MATCHED THEN UPDATE SET t.email = lower(s.email) "
           "WHEN NOT MATCHED THEN INSERT (id, email, phone) VALUES (s.id, s.email, s.phone)")
    assert edges(sql, dialect) == {
        ("ods.lead", "email", "crm.contact", "email", "derive"),
        ("ods.lead", "id", "crm.contact", "id", "identity"),
        ("ods.lead", "phone", "crm.contact", "phone", "identity"),
    }


def test_merge_condition_edges_only_with_conditions():
    sql = ("MERGE INTO t USING s ON t.id = s.id "
           "WHEN MATCHED AND s.deleted = 0 THEN UPDATE SET t.name = s.name")
    assert edges(sql, "tsql", conditions=True) == {
        ("s", "name", "t", "name", "identity"),
        ("t", "id", "t", None, "condition"),
        ("s", "id", "t", None, "condition"),
        ("s", "deleted", "t", None, "condition"),
    }


def test_update_from_tsql_resolves_alias_target():
    sql = ("UPDATE t SET t.phone = s.phone, t.name = UPPER(s.name) "
           "FROM dbo.customer t JOIN dbo.staging s ON t.id = s.id")
    assert edges(sql, "tsql") == {
        ("dbo.staging", "phone", "dbo.customer", "phone", "identity"),
        ("dbo.staging", "name", "dbo.customer", "name", "derive"),
    }


def test_update_join_mysql_with_mask():
    sql = ("UPDATE member m JOIN member_src s ON m.id = s.id "
           "SET m.mobile_masked = CONCAT(LEFT(s.mobile, 3), '****', RIGHT(s.mobile, 4))")
    assert edges(sql, "mysql") == {
        ("member_src", "mobile", "member", "mobile_masked", "mask"),
    }


def test_update_from_postgres():
    sql = "UPDATE users SET email = s.email FROM staging s WHERE users.id = s.id"
    assert edges(sql, "postgres", conditions=True) == {
        ("staging", "email", "users", "email", "identity"),
        ("users", "id", "users", None, "condition"),
        ("staging", "id", "users", None, "condition"),
    }


# --- CTEs, subqueries, set operations ---------------------------------------------------------

@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "spark", "tsql"])
def test_cte_chain_and_nested_subquery(dialect):
    sql = ("WITH a AS (SELECT id, phone FROM member), "
           "b AS (SELECT id, md5(phone) AS ph FROM a) "
           "INSERT INTO out_t (id, ph) "
           "SELECT x.id, x.ph FROM (SELECT id, ph FROM (SELECT * FROM b) y) x")
    if dialect in ("hive", "spark"):  # Hive puts the WITH after INSERT ... TABLE
        sql = ("INSERT INTO TABLE out_t WITH a AS (SELECT id, phone FROM member), "
               "b AS (SELECT id, md5(phone) AS ph FROM a) "
               "SELECT x.id, x.ph FROM (SELECT id, ph FROM (SELECT * FROM b) y) x")
    assert edges(sql, dialect) == {
        ("member", "id", "out_t", "id", "identity"),
        ("member", "phone", "out_t", "ph", "hash"),
    }


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "spark", "tsql"])
def test_recursive_cte_reaches_the_real_source(dialect):
    keyword = "" if dialect == "tsql" else "RECURSIVE "  # T-SQL has no RECURSIVE keyword
    cte = (f"WITH {keyword}chain(id, boss) AS ("
           " SELECT id, manager_id FROM employee WHERE manager_id IS NULL"
           " UNION ALL SELECT e.id, c.boss FROM employee e JOIN chain c ON e.manager_id = c.id)")
    if dialect == "spark":  # Spark: INSERT INTO t WITH ... SELECT
        sql = f"INSERT INTO org {cte} SELECT id, boss FROM chain"
    else:
        sql = f"{cte} INSERT INTO org (id, boss) SELECT id, boss FROM chain"
    assert edges(sql, dialect, {"org": ["id", "boss"]}) == {
        ("employee", "id", "org", "id", "identity"),
        ("employee", "manager_id", "org", "boss", "identity"),
    }


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "tsql"])
@pytest.mark.parametrize("op", ["UNION ALL", "UNION", "INTERSECT", "EXCEPT"])
def test_set_operations_merge_branches_by_position(op, dialect):
    sql = f"INSERT INTO contacts (v) SELECT phone FROM a {op} SELECT mobile FROM b"
    assert edges(sql, dialect) == {
        ("a", "phone", "contacts", "v", "identity"),
        ("b", "mobile", "contacts", "v", "identity"),
    }


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "spark", "tsql"])
def test_scalar_subquery_is_a_data_dependency(dialect):
    sql = "SELECT u.id, (SELECT max(o.amount) FROM orders o WHERE o.uid = u.id) AS top FROM users u"
    assert edges(sql, dialect) == {
        ("users", "id", None, "id", "identity"),
        ("orders", "amount", None, "top", "derive"),  # MAX of a value is one of them
    }


# --- expressions ------------------------------------------------------------------------------

@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "spark", "tsql"])
def test_window_functions(dialect):
    sql = ("SELECT user_id, sum(amount) OVER (PARTITION BY user_id ORDER BY ts) AS running, "
           "row_number() OVER (PARTITION BY city ORDER BY ts) AS rn, "
           "lag(phone) OVER (ORDER BY ts) AS prev_phone FROM orders")
    assert edges(sql, dialect) == {
        ("orders", "user_id", None, "user_id", "identity"),
        ("orders", "amount", None, "running", "aggregate"),
        ("orders", "user_id", None, "running", "derive"),
        ("orders", "ts", None, "running", "derive"),
        ("orders", "city", None, "rn", "derive"),
        ("orders", "ts", None, "rn", "derive"),
        ("orders", "phone", None, "prev_phone", "derive"),
        ("orders", "ts", None, "prev_phone", "derive"),
    }


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "spark", "tsql"])
def test_case_and_coalesce(dialect):
    sql = ("SELECT CASE WHEN vip = 1 THEN phone ELSE NULL END AS vip_phone, "
           "COALESCE(mobile, tel) AS contact FROM member")
    assert edges(sql, dialect) == {
        ("member", "vip", None, "vip_phone", "predicate"),  # tested, not copied
        ("member", "phone", None, "vip_phone", "derive"),
        ("member", "mobile", None, "contact", "derive"),
        ("member", "tel", None, "contact", "derive"),
    }


@pytest.mark.parametrize("dialect,expr", [
    ("mysql", "json_extract(profile, '$.phone')"),
    ("mysql", "profile->>'$.phone'"),
    ("postgres", "profile->>'phone'"),
    ("hive", "get_json_object(profile, '$.phone')"),
    ("bigquery", "JSON_VALUE(profile, '$.phone')"),
])
def test_json_extraction(dialect, expr):
    assert edges(f"SELECT {expr} AS phone FROM member", dialect) == {
        ("member", "profile", None, "phone", "derive"),
    }


@pytest.mark.parametrize("dialect,expr,transform", [
    ("mysql", "md5(phone)", "hash"),
    ("mysql", "sha2(phone, 256)", "hash"),
    ("mysql", "crc32(phone)", "hash"),
    ("mysql", "aes_encrypt(phone, 'k')", "encrypt"),
    ("mysql", "to_base64(aes_encrypt(phone, 'k'))", "encrypt"),
    ("mysql", "insert(phone, 4, 4, '****')", "mask"),
    ("postgres", "encode(digest(phone, 'sha256'), 'hex')", "hash"),
    ("postgres", "pgp_sym_encrypt(phone, 'k')", "encrypt"),
    ("postgres", "regexp_replace(phone, '(\\d{3})\\d{4}', '\\1****')", "mask"),
    ("postgres", "anon.partial(phone, 3, '****', 2)", "mask"),
    ("postgres", "phone::bigint", "cast"),
    ("tsql", "HASHBYTES('SHA2_256', phone)", "hash"),
    ("tsql", "CONVERT(VARCHAR(64), HASHBYTES('MD5', phone), 2)", "hash"),
    ("tsql", "ENCRYPTBYPASSPHRASE('k', phone)", "encrypt"),
    ("tsql", "CONVERT(VARCHAR(20), phone)", "cast"),
    ("hive", "mask(phone)", "mask"),
    ("hive", "mask_hash(phone)", "hash"),
    ("hive", "count(DISTINCT phone)", "count"),
    ("hive", "collect_set(phone)", "derive"),
    ("bigquery", "TO_HEX(SHA256(phone))", "hash"),
    ("bigquery", "FARM_FINGERPRINT(phone)", "hash"),
    ("snowflake", "SHA2(phone)", "hash"),
    ("oracle", "STANDARD_HASH(phone, 'SHA256')", "hash"),
    ("mysql", "upper(trim(phone))", "derive"),
    ("mysql", "concat(phone, '-x')", "derive"),
])
def test_transform_classification(dialect, expr, transform):
    assert edges(f"SELECT {expr} AS v FROM member", dialect) == {
        ("member", "phone", None, "v", transform),
    }


def test_outermost_protective_step_wins_and_weaker_path_dominates():
    sql = "SELECT avg(crc32(md5(phone))) AS n, concat(md5(phone), phone) AS mixed FROM m"
    assert edges(sql, "mysql") == {
        ("m", "phone", None, "n", "aggregate"),
        ("m", "phone", None, "mixed", "derive"),
    }


# --- lateral views and unnest -----------------------------------------------------------------

def test_lateral_view_explode():
    sql = ("INSERT OVERWRITE TABLE dw.user_tag SELECT u.id, t.tag "
           "FROM ods.user u LATERAL VIEW explode(u.tags) t AS tag")
    assert edges(sql, "hive") == {
        ("ods.user", "id", "dw.user_tag", "id", "identity"),
        ("ods.user", "tags", "dw.user_tag", "tag", "derive"),
    }


def test_bigquery_unnest():
    sql = "SELECT u.id, p FROM ds.users u, UNNEST(u.phones) AS p"
    assert edges(sql, "bigquery") == {
        ("ds.users", "id", None, "id", "identity"),
        ("ds.users", "phones", None, "p", "derive"),
    }


# --- SELECT * and name resolution ------------------------------------------------------------

@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "spark", "tsql"])
def test_star_without_schema_keeps_star(dialect):
    assert edges("INSERT INTO b SELECT * FROM a", dialect) == {("a", "*", "b", "*", "identity")}


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "spark", "tsql"])
def test_star_with_schema_expands_and_qualifies(dialect):
    schema = {"shop.member": ["id", "phone"]}
    assert edges("CREATE TABLE m2 AS SELECT * FROM member", dialect, schema) == {
        ("shop.member", "id", "m2", "id", "identity"),
        ("shop.member", "phone", "m2", "phone", "identity"),
    }


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "spark", "tsql"])
def test_ambiguous_column_without_schema_is_unresolved(dialect):
    sql = "SELECT phone, o.amount FROM member m JOIN orders o ON m.id = o.member_id"
    assert edges(sql, dialect) == {
        (None, "phone", None, "phone", "identity"),
        ("orders", "amount", None, "amount", "identity"),
    }


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive", "spark", "tsql"])
def test_ambiguous_column_with_schema_is_resolved(dialect):
    sql = "SELECT phone, amount FROM member m JOIN orders o ON m.id = o.member_id"
    schema = {"member": ["id", "phone"], "orders": ["member_id", "amount"]}
    assert edges(sql, dialect, schema) == {
        ("member", "phone", None, "phone", "identity"),
        ("orders", "amount", None, "amount", "identity"),
    }


def test_column_missing_from_the_only_known_table_is_still_not_guessed_elsewhere():
    sql = "SELECT nickname FROM member m JOIN unknown_t u ON m.id = u.id"
    assert edges(sql, "mysql", {"member": ["id", "phone"]}) == {
        ("unknown_t", "nickname", None, "nickname", "identity"),
    }


def test_unaliased_expression_names_follow_the_dialect():
    pg = lineage_sql("SELECT upper(name), name::text FROM t", dialect="postgres")
    assert [e["target_column"] for e in pg["edges"]] == ["upper", "name"]
    my = lineage_sql("SELECT upper(name) FROM t", dialect="mysql")
    assert [e["target_column"] for e in my["edges"]] == ["upper(name)"]
    hive = lineage_sql("SELECT uid, upper(name) FROM t", dialect="hive")
    assert [e["target_column"] for e in hive["edges"]] == ["uid", "_c1"]
    bq = lineage_sql("SELECT uid, upper(name), lower(name) FROM t", dialect="bigquery")
    assert [e["target_column"] for e in bq["edges"]] == ["uid", "f0_", "f1_"]


def test_struct_field_of_an_aliased_table():
    assert edges("SELECT u.profile.phone AS p FROM ds.users u", "bigquery") == {
        ("ds.users", "profile", None, "p", "derive")}


# --- scripts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("dialect", ["mysql", "postgres", "hive"])
def test_temporary_tables_chain_through_a_script(dialect):
    sql = """
CREATE TEMPORARY TABLE tmp_member AS SELECT id, phone, email FROM member;
INSERT INTO tmp_member2 SELECT * FROM tmp_member;
INSERT INTO report (id, contact) SELECT id, coalesce(phone, email) FROM tmp_member2;
"""
    doc = lineage_sql(sql, dialect=dialect)
    got = {(e["source_table"], e["source_column"], e["target_table"], e["target_column"],
            e["transform"], e["line"]) for e in doc["edges"]}
    assert doc["statements"] == 3
    assert got == {
        ("member", "id", "tmp_member", "id", "identity", 2),
        ("member", "phone", "tmp_member", "phone", "identity", 2),
        ("member", "email", "tmp_member", "email", "identity", 2),
        ("tmp_member", "id", "tmp_member2", "id", "identity", 3),
        ("tmp_member", "phone", "tmp_member2", "phone", "identity", 3),
        ("tmp_member", "email", "tmp_member2", "email", "identity", 3),
        ("tmp_member2", "id", "report", "id", "identity", 4),
        ("tmp_member2", "phone", "report", "contact", "derive", 4),
        ("tmp_member2", "email", "report", "contact", "derive", 4),
    }


def test_tsql_select_into_temp_table_then_read():
    sql = ("SELECT id, email INTO #t FROM dbo.customer;\n"
           "INSERT INTO dbo.mail_list (email) SELECT email FROM #t;")
    assert edges(sql, "tsql") == {
        ("dbo.customer", "id", "#t", "id", "identity"),
        ("dbo.customer", "email", "#t", "email", "identity"),
        ("#t", "email", "dbo.mail_list", "email", "identity"),
    }


def test_created_table_ddl_is_known_to_later_statements():
    sql = ("CREATE TABLE member (id INT, phone VARCHAR(20));\n"
           "INSERT INTO copy_t SELECT * FROM member;")
    assert edges(sql, "mysql") == {
        ("member", "id", "copy_t", "id", "identity"),
        ("member", "phone", "copy_t", "phone", "identity"),
    }


def test_unparseable_statement_is_skipped_and_the_rest_walked():
    doc = lineage_sql("SELEC broken FROM;\nINSERT INTO b (x) SELECT y FROM a;", dialect="mysql")
    assert doc["statements"] == 2
    assert [s["line"] for s in doc["skipped"]] == [1]
    assert [(e["source_column"], e["target_column"], e["line"]) for e in doc["edges"]] == [
        ("y", "x", 2)]


def test_values_rows_and_renamed_unknown_columns():
    assert edges("SELECT x.a FROM (VALUES (1), (2)) AS x(a)", "postgres") == set()
    assert edges("SELECT id, name FROM (SELECT * FROM t) AS s(id, name)", "postgres") == {
        ("t", "*", None, "id", "identity"), ("t", "*", None, "name", "identity")}


def test_table_functions_name_their_column():
    assert edges("SELECT o.id, item->>'sku' AS sku FROM orders o "
                 "CROSS JOIN LATERAL jsonb_array_elements(o.items) AS item", "postgres") == {
        ("orders", "id", None, "id", "identity"), ("orders", "items", None, "sku", "derive")}
    assert edges("SELECT t.col FROM s LATERAL VIEW explode(arr) t", "hive") == {
        ("s", "arr", None, "col", "derive")}


def test_mybatis_bind_parameters_are_values():
    assert edges("INSERT INTO sms_task (phone, content) SELECT phone, #{content} "
                 "FROM ums_member WHERE id = #{memberId}", "mysql") == {
        ("ums_member", "phone", "sms_task", "phone", "identity")}


def test_tsql_recursive_cte_without_the_keyword_and_plus_concatenation_mask():
    sql = ("WITH org AS (SELECT Id, ManagerId, Name FROM dbo.Staff WHERE ManagerId IS NULL "
           "UNION ALL SELECT s.Id, s.ManagerId, s.Name FROM dbo.Staff s "
           "JOIN org o ON s.ManagerId = o.Id) "
           "SELECT Name, LEFT(Phone, 3) + '****' AS Masked FROM org JOIN dbo.Contact c "
           "ON c.StaffId = org.Id")
    assert edges(sql, "tsql", {"dbo.contact": ["staffid", "phone"]}) == {
        ("dbo.staff", "name", None, "name", "identity"),
        ("dbo.contact", "phone", None, "masked", "mask"),
    }


def test_star_except_replace_clone_and_row_assignment():
    assert edges("SELECT * EXCEPT (a) FROM t", "bigquery", {"t": ["a", "b"]}) == {
        ("t", "b", None, "b", "identity")}
    assert edges("SELECT * REPLACE (md5(b) AS b) FROM t", "bigquery", {"t": ["a", "b"]}) == {
        ("t", "a", None, "a", "identity"), ("t", "b", None, "b", "hash")}
    assert edges("SELECT * EXCLUDE (a) FROM t", "snowflake", {"t": ["a", "b"]}) == {
        ("t", "b", None, "b", "identity")}
    assert edges("CREATE TABLE t2 CLONE t1", "snowflake", {"t1": ["x", "y"]}) == {
        ("t1", "x", "t2", "x", "identity"), ("t1", "y", "t2", "y", "identity")}
    assert edges("UPDATE t SET (a, b) = (SELECT x, md5(y) FROM s WHERE s.id = t.id)",
                 "postgres") == {("s", "x", "t", "a", "identity"), ("s", "y", "t", "b", "hash")}


def test_hive_dynamic_partition_columns_follow_the_table_columns():
    sql = ("CREATE TABLE dw.t (uid STRING, mobile STRING) PARTITIONED BY (dt STRING);\n"
           "INSERT OVERWRITE TABLE dw.t PARTITION (dt) SELECT id, phone, day FROM ods.u;\n"
           "INSERT OVERWRITE TABLE dw.t PARTITION (dt='2024-01-01') SELECT id, phone FROM ods.u;")
    assert edges(sql, "hive") == {
        ("ods.u", "id", "dw.t", "uid", "identity"),
        ("ods.u", "phone", "dw.t", "mobile", "identity"),
        ("ods.u", "day", "dw.t", "dt", "identity"),
    }


def test_thousands_of_union_branches_do_not_recurse():
    sql = "INSERT INTO t (a) " + " UNION ALL ".join(
        f"SELECT c{i} FROM s{i}" for i in range(1500))
    got = edges(sql, "mysql")
    assert len(got) == 1500
    assert ("s1499", "c1499", "t", "a", "identity") in got


def test_hive_json_tuple_and_from_subquery_insert():
    assert edges("INSERT OVERWRITE TABLE dw.nest SELECT j.user_id, j.city FROM dw.raw raw "
                 "LATERAL VIEW json_tuple(raw.row_json, 'user_id', 'city') j AS user_id, city",
                 "hive") == {
        ("dw.raw", "row_json", "dw.nest", "user_id", "derive"),
        ("dw.raw", "row_json", "dw.nest", "city", "derive")}
    assert edges("FROM (SELECT * FROM raw.tweets WHERE hr = 1) t "
                 "INSERT OVERWRITE TABLE stg.tweets SELECT t.user_name, md5(t.text) AS h",
                 "hive") == {
        ("raw.tweets", "user_name", "stg.tweets", "user_name", "identity"),
        ("raw.tweets", "text", "stg.tweets", "h", "hash")}
