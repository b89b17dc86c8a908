"""Reading and writing record rows by field name, in SQL, for capture and merge.

Every answer here is read from the tables' metadata (db.models), so a new column of a
record table is merged without a word changed here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from sqlalchemy import Connection

from db.models import RECORD_TABLES, bool_columns, json_columns, synced_fields
from sync import json_text

_CHUNK = 400


@cache
def table_name(kind: str) -> str:
    """SQL table of a record kind."""
    return str(RECORD_TABLES[kind].__tablename__)


@cache
def fields(kind: str) -> tuple[str, ...]:
    """The merged fields of a record kind."""
    return synced_fields(RECORD_TABLES[kind])


@cache
def _json_fields(kind: str) -> frozenset[str]:
    return json_columns(RECORD_TABLES[kind])


@cache
def _bool_fields(kind: str) -> frozenset[str]:
    return bool_columns(RECORD_TABLES[kind])


@cache
def defaults(kind: str) -> dict[str, Any]:
    """Values a field takes when a changeset creating a record does not name it."""
    found: dict[str, Any] = {}
    for name, info in RECORD_TABLES[kind].model_fields.items():
        if name in fields(kind):
            factory = info.default_factory
            if factory is not None:
                found[name] = factory()  # type: ignore[call-arg]
            else:
                found[name] = None if info.is_required() else info.default
    return found


def to_sql(kind: str, field: str, value: Any) -> Any:
    """A merged value as the database column stores it."""
    if field in _json_fields(kind):
        return json_text.dumps(value)
    return value


@cache
def encoders(kind: str) -> tuple[Callable[[Any], Any] | None, ...]:
    """Per merged field (in `fields` order), what `to_sql` does to a value (None: nothing),
    for bulk writers that convert many rows."""
    return tuple(json_text.dumps if n in _json_fields(kind) else None for n in fields(kind))


def from_sql(kind: str, field: str, value: Any) -> Any:
    """A column value as operations carry it."""
    if value is None:
        return None
    if field in _json_fields(kind):
        return json_text.loads(value)
    if field in _bool_fields(kind):
        return bool(value)
    return value


def load_rows(conn: Connection, kind: str, record_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Current merged fields and tombstone time of the given records that exist here."""
    names = fields(kind)
    convert = _converters(kind)
    found: dict[str, dict[str, Any]] = {}
    ids = list(dict.fromkeys(record_ids))
    columns = ", ".join(f'"{n}"' for n in names)
    # The driver's own cursor, and one converter per column chosen once (what `from_sql`
    # decides per value): a merge re-indexes every record it touched through here.
    raw = conn.connection.driver_connection
    assert raw is not None
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = raw.execute(
            f"SELECT id, deleted_at, {columns} FROM {table_name(kind)}"
            f" WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for row in rows:
            values = {
                n: v if f is None or v is None else f(v)
                for n, f, v in zip(names, convert, row[2:], strict=True)
            }
            values["deleted_at"] = row[1]
            found[row[0]] = values
    return found


@cache
def _converters(kind: str) -> tuple[Callable[[Any], Any] | None, ...]:
    """Per merged field, what turns its column value into the value operations carry (None:
    the value itself), as `from_sql` does."""
    return tuple(
        json_text.loads if n in _json_fields(kind) else bool if n in _bool_fields(kind) else None
        for n in fields(kind)
    )


def dangling_references(conn: Connection, touched: dict[str, set[str]]) -> str | None:
    """The "kind.field" of a foreign key of these records that names no row (the database
    would refuse it only at commit, for the whole import), else None."""
    for kind, ids in touched.items():
        table = RECORD_TABLES[kind].__table__  # type: ignore[attr-defined]
        ordered = sorted(ids)
        for fk in table.foreign_keys:
            column, target = fk.parent.name, fk.column.table.name
            for start in range(0, len(ordered), _CHUNK):
                chunk = ordered[start : start + _CHUNK]
                found = conn.exec_driver_sql(
                    f"SELECT 1 FROM {table_name(kind)} t WHERE t.id IN ({','.join('?' * len(chunk))})"
                    f' AND t."{column}" IS NOT NULL'
                    f' AND NOT EXISTS (SELECT 1 FROM {target} r WHERE r.id = t."{column}") LIMIT 1',
                    tuple(chunk),
                ).first()
                if found is not None:
                    return f"{kind}.{column}"
    return None


def existing_ids(conn: Connection, kind: str, record_ids: Iterable[str]) -> list[str]:
    """Which of the given records have a row here (tombstones included), by the primary key
    alone: a bulk merge asks this of records that are mostly new."""
    found: list[str] = []
    ids = list(dict.fromkeys(record_ids))
    raw = conn.connection.driver_connection
    assert raw is not None
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.extend(
            row[0]
            for row in raw.execute(
                f"SELECT id FROM {table_name(kind)} WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    return found
