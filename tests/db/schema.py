"""What a database's schema means, read from SQLite itself, for comparing two databases.

Only what is truly cosmetic is normalised away: whitespace and quoting in the SQL text, the
order of columns (no statement of ours depends on it: every INSERT and SELECT names its
columns) and the planner statistics ANALYZE writes (`sqlite_stat1`). Foreign keys are
compared as SQLite reports them (PRAGMA foreign_key_list), which does not say whether one is
deferrable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection

_WHERE = re.compile(r"\bWHERE\b(.*)$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, order=True)
class Column:
    name: str
    type: str
    notnull: bool
    default: str | None
    pk: int
    hidden: int


@dataclass(frozen=True)
class Table:
    kind: str  # "table" or "virtual"
    without_rowid: bool
    strict: bool
    columns: tuple[Column, ...]
    foreign_keys: tuple[tuple[str, ...], ...]
    virtual_sql: str | None  # the module and its arguments, for virtual tables


@dataclass(frozen=True)
class IndexKey:
    column: str | None  # None for an expression
    descending: bool
    collation: str


@dataclass(frozen=True)
class Index:
    table: str
    unique: bool
    origin: str  # "c" CREATE INDEX, "u" UNIQUE constraint, "pk" PRIMARY KEY
    keys: tuple[IndexKey, ...]
    where: str | None


@dataclass(frozen=True)
class Schema:
    tables: dict[str, Table]
    indexes: dict[str, Index]
    triggers: dict[str, str]
    views: dict[str, str]

    def differences(self, other: Schema) -> list[str]:
        """Each name whose definition differs between the two, as `kind name: this != other`."""
        found = []
        for label, mine, theirs in (
            ("table", self.tables, other.tables),
            ("index", self.indexes, other.indexes),
            ("trigger", self.triggers, other.triggers),
            ("view", self.views, other.views),
        ):
            for name in sorted(set(mine) | set(theirs)):
                a, b = mine.get(name), theirs.get(name)
                if a != b:
                    found.append(f"{label} {name}: {a} != {b}")
        return found


def squeeze(sql: str) -> str:
    """SQL text with whitespace collapsed and identifier quotes dropped (both cosmetic)."""
    sql = re.sub(r"\s+", " ", sql.replace('"', "")).strip()
    return re.sub(r"\s*([(),])\s*", r"\1", sql)


def read(conn: Connection) -> Schema:
    """The schema of the database `conn` is on."""
    rows = conn.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
    ).all()
    tables, indexes, triggers, views = {}, {}, {}, {}
    for kind, name, table, sql in rows:
        if kind == "table":
            tables[name] = _table(conn, name, sql)
        elif kind == "index":
            indexes[name] = _index(conn, name, table, sql)
        elif kind == "trigger":
            triggers[name] = squeeze(sql)
        elif kind == "view":
            views[name] = squeeze(sql)
    return Schema(tables, indexes, triggers, views)


def _table(conn: Connection, name: str, sql: str) -> Table:
    _, _, kind, _, without_rowid, strict = conn.exec_driver_sql(f"PRAGMA table_list('{name}')").one()
    columns = tuple(
        sorted(
            Column(c_name, c_type.upper(), bool(notnull), default, pk, hidden)
            for _, c_name, c_type, notnull, default, pk, hidden in conn.exec_driver_sql(
                f"PRAGMA table_xinfo('{name}')"
            )
        )
    )
    foreign_keys = tuple(
        sorted(
            (str(t), str(f), str(to), str(upd), str(dele), str(match))
            for _, _, t, f, to, upd, dele, match in conn.exec_driver_sql(f"PRAGMA foreign_key_list('{name}')")
        )
    )
    virtual = squeeze(sql.split(" USING ", 1)[1]) if kind == "virtual" else None
    return Table(kind, bool(without_rowid), bool(strict), columns, foreign_keys, virtual)


def _index(conn: Connection, name: str, table: str, sql: str | None) -> Index:
    (unique, origin, partial) = next(
        (u, o, p) for _, n, u, o, p in conn.exec_driver_sql(f"PRAGMA index_list('{table}')") if n == name
    )
    keys = tuple(
        IndexKey(column, bool(desc), str(coll))
        for _, _, column, desc, coll, key in conn.exec_driver_sql(f"PRAGMA index_xinfo('{name}')")
        if key
    )
    where = None
    if partial:
        assert sql is not None
        match = _WHERE.search(sql)
        assert match is not None, sql
        where = squeeze(match.group(1))
    return Index(table, bool(unique), str(origin), keys, where)
