"""What the schema model carries for the other stages: keys, pragmas, views, CTAS, statements."""

from __future__ import annotations

from privflow.sources import load_paths


def scan(tmp_path, text: str, dialect: str | None = None):
    path = tmp_path / "s.sql"
    path.write_text(text, "utf-8")
    return load_paths([str(path)], dialect=dialect)


def test_pragmas_on_a_column_line_and_on_the_line_before_a_table(tmp_path):
    schema = scan(tmp_path, (
        "CREATE TABLE member (\n"
        "  id INT PRIMARY KEY,\n"
        "  phone VARCHAR(20), -- privflow: ignore\n"
        "  secret VARCHAR(20) -- privflow: account.credential, sensitive\n"
        ");\n"
        "-- fixtures for the demo\n"
        "-- privflow: ignore\n"
        "CREATE TABLE demo (a INT, b INT);\n"), dialect="mysql")
    member = schema.tables["member"]
    assert member.column("phone").pragmas == ["ignore"]
    assert member.column("secret").pragmas == ["account.credential", "sensitive"]
    assert member.column("id").pragmas == [] and member.evidence == []
    demo = schema.tables["demo"]
    assert demo.evidence == ["pragma:ignore"]
    assert [c.pragmas for c in demo.columns.values()] == [["ignore"], ["ignore"]]


def test_primary_and_foreign_keys_in_every_position(tmp_path):
    schema = scan(tmp_path, (
        "CREATE TABLE users (id INT, org_id INT, PRIMARY KEY (id));\n"
        "CREATE TABLE orders (\n  id INT PRIMARY KEY,\n  user_id INT REFERENCES users(id),\n"
        "  buyer INT,\n  CONSTRAINT fk_b FOREIGN KEY (buyer) REFERENCES users (id)\n);\n"
        "CREATE TABLE orgs (id INT);\n"
        "ALTER TABLE users ADD CONSTRAINT fk_org FOREIGN KEY (org_id) REFERENCES orgs(id);\n"),
        dialect="postgres")
    assert schema.tables["users"].column("id").primary_key
    orders = schema.tables["orders"]
    assert orders.column("id").primary_key and not orders.column("buyer").primary_key
    assert orders.column("user_id").references == "users"
    assert orders.column("buyer").references == "users"
    assert schema.tables["users"].column("org_id").references == "orgs"


def test_lineage_statements_are_kept_in_file_order_with_lines(tmp_path):
    schema = scan(tmp_path, (
        "CREATE TABLE a (x INT, y INT);\n"
        "CREATE TABLE b AS SELECT x, y + 1 AS z FROM a;\n"
        "UPDATE a SET x = 1;\n"
        "MERGE INTO a USING b ON a.x = b.x WHEN MATCHED THEN UPDATE SET y = b.z;\n"
        "SELECT x INTO OUTFILE '/tmp/x.csv' FROM a;\n"
        "COPY a TO '/tmp/a.csv';\n"
        "DELETE FROM a;\n"
        "WITH t AS (SELECT x FROM a) INSERT INTO b SELECT x, x FROM t;\n"
        "CREATE VIEW v AS SELECT x AS vx FROM a;\n"
        "INSERT INTO a VALUES (1, 2);\n"), dialect="postgres")
    # DELETE is kept too: the retention check looks for the tables that are ever purged.
    assert [s.line for s in schema.statements] == [2, 3, 4, 5, 6, 7, 8, 9]
    assert all(s.path.endswith("s.sql") and s.dialect == "postgres" for s in schema.statements)
    # CTAS is both a table (with the query's output columns) and a statement.
    assert list(schema.tables["b"].columns) == ["x", "z"]
    view = schema.tables["v"]
    assert (view.kind, list(view.columns)) == ("view", ["vx"])
    assert view.definition == "SELECT x AS vx FROM a"


def test_postgres_like_inherits_and_mysql_generated_columns(tmp_path):
    schema = scan(tmp_path, (
        "CREATE TABLE a (x int, y text);\n"
        "CREATE TABLE b (LIKE a INCLUDING ALL);\n"
        "CREATE TABLE c (z int) INHERITS (a);\n"), dialect="postgres")
    assert list(schema.tables["b"].columns) == ["x", "y"]
    assert sorted(schema.tables["c"].columns) == ["x", "y", "z"]
    odd = scan(tmp_path, (
        "CREATE TABLE `a` (`x` int GENERATED ALWAYS AS (1) VIRTUAL, "
        "`e` enum('a','b') DEFAULT 'a' COMMENT '枚举', `p` point NOT NULL SRID 4326, "
        "SPATIAL INDEX (`p`), CHECK (x > 0)) ENGINE=InnoDB PARTITION BY HASH(x) PARTITIONS 4;"),
        dialect="mysql")
    assert [(c.name, c.type, c.comment) for c in odd.tables["a"].columns.values()] == [
        ("x", "int", None), ("e", "enum('a', 'b')", "枚举"), ("p", "point", None)]


def test_a_column_is_the_dataclass_it_was():
    # Column's __init__ is written out (slotted, for the parse cache's 220,000-column re-runs):
    # the same parameters, defaults, fresh lists, equality (samples aside), repr and pickling.
    import copy
    import dataclasses
    import pickle

    from privflow.schema import Column

    a = Column("phone", "varchar(20)", "mobile", "s.sql:3", False, None, ["ignore"])
    b = Column(name="phone", type="varchar(20)", comment="mobile", source="s.sql:3",
               pragmas=["ignore"], samples=["13800000000"])
    assert a == b and "samples" not in repr(b) and not hasattr(a, "__dict__")
    assert pickle.loads(pickle.dumps(b)) == b and copy.deepcopy(b).samples == ["13800000000"]
    assert dataclasses.replace(a, name="mobile").name == "mobile"
    assert [f.name for f in dataclasses.fields(Column)][:7] == [
        "name", "type", "comment", "source", "primary_key", "references", "pragmas"]
    c, d = Column("x"), Column("x")
    c.categories.append("contact.phone")
    c.evidence.append("name")
    assert d.categories == d.evidence == d.pragmas == d.samples == []
    assert (d.sensitive, d.state, d.confidence, d.linked_to) == (False, "raw", 0.0, None)
    assert d.to_json() == {"name": "x", "type": None, "comment": None, "categories": [],
                           "sensitive": False, "state": "raw", "confidence": 0.0,
                           "evidence": [], "linked_to": None}
