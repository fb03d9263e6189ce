"""German identifiers (data/languages/de.yaml), scanned through the real path: a university
platform's profile table, and a thing's columns that stay untagged."""

from __future__ import annotations

from pathlib import Path

from classify_helpers import column_of, scan_ddl


def test_a_german_profile_holds_private_lines_and_a_cv(tmp_path: Path) -> None:
    schema = scan_ddl(tmp_path, """
CREATE TABLE auth_user_md5 (user_id char(32) PRIMARY KEY, username varchar(64),
  password varchar(32), Vorname varchar(64), Nachname varchar(64), Email varchar(64));
CREATE TABLE user_info (user_id char(32) PRIMARY KEY, privatnr varchar(255),
  privatcell varchar(255), privadr varchar(255), lebenslauf text, geschlecht tinyint);
CREATE TABLE Institute (Institut_id char(32) PRIMARY KEY, Name varchar(255),
  Strasse varchar(255), Plz varchar(255), telefon varchar(32));
""")
    assert "contact.phone" in column_of(schema, "user_info", "privatnr").categories
    assert "contact.phone" in column_of(schema, "user_info", "privatcell").categories
    assert "contact.address" in column_of(schema, "user_info", "privadr").categories
    assert "employment.info" in column_of(schema, "user_info", "lebenslauf").categories
    # A closing mark of letters and digits is no head: auth_user_md5 is the users' table.
    assert column_of(schema, "auth_user_md5", "Vorname").categories == ["identity.name"]
