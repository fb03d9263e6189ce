"""What a code reader yields: entities (a class or model mapped to a table, or a base class
that lends its fields), SQL statements for lineage, SDK hits, and what it skipped.

Entities are resolved into `Table`s only after every file is read, because a MyBatis-Plus
`UserDO extends TenantBaseDO` names a base class that lives in another file (another module).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from privflow.schema import Skipped, SourceStatement

_CAMEL_1 = re.compile(r"(.)([A-Z][a-z]+)")
_CAMEL_2 = re.compile(r"([a-z0-9])([A-Z])")


def snake_case(name: str) -> str:
    """`userName` -> `user_name`, `IDCard` -> `id_card`: what MyBatis-Plus'
    `mapUnderscoreToCamelCase`, Spring's physical naming and GORM's naming produce."""
    return _CAMEL_2.sub(r"\1_\2", _CAMEL_1.sub(r"\1_\2", name)).lower()


@dataclass
class Field:
    name: str  # the column name, as the ORM maps it
    type: str | None = None  # an SQL-ish type when the language type says one (types.yaml)
    comment: str | None = None
    line: int = 0
    primary_key: bool = False
    references: str | None = None  # a foreign key's target table


@dataclass
class Entity:
    cls: str  # the class / model name inheritance refers to
    table: str | None  # None: not mapped itself (a base class, a mixin)
    path: str  # as users see it
    line: int
    fields: list[Field] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    comment: str | None = None
    schema: str | None = None
    kind: str = "code"  # evidence: "code:jpa", "code:mybatis-plus", "code:django" ...
    dropped: set[str] = field(default_factory=set)  # columns a migration removed
    # A mapper XML resultMap: its columns join the table of the class of that name, if any.
    augments: bool = False
    # Fields of base classes that are tables themselves are inherited (MyBatis-Plus reads the
    # whole class hierarchy); False: only abstract bases' (Django multi-table inheritance).
    inherit_mapped: bool = True
    # The table name is the ORM's default (not written in the code): a struct that is only
    # embedded in others (GORM) is then no table of its own.
    default_table: bool = False
    # The table an unmarked class maps to when something else says it is an entity (a
    # MyBatis-Plus BaseMapper<T>, a GORM association); None: snake_case of the class.
    fallback_table: str | None = None


@dataclass
class SdkHit:
    vendor: str  # catalogue id
    sdk: str  # catalogue SDK name
    coordinate: str  # what matched: a package coordinate or an API host
    path: str
    line: int


@dataclass
class CodeFile:
    entities: list[Entity] = field(default_factory=list)
    statements: list[SourceStatement] = field(default_factory=list)
    sdks: list[SdkHit] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # Classes that a MyBatis-Plus `BaseMapper<T>` maps though they carry no @TableName, and
    # `embedded:<name>` for structs embedded in others (GORM).
    mapped_classes: set[str] = field(default_factory=set)
