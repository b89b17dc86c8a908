"""Which records an officer needs: the scope predicate of an HQ export scoped to its peers.

A record is in scope for an audience (the recipients of one bundle) when one of them wrote
it, or when it lies in one of their areas of responsibility. What refers to those records
(a meeting their contact attended, an action owned by one) and what those name
(organizations, contacts, meetings) come along through sync.scope, which sends every
changeset touching or naming a record in scope, and every changeset tied to those.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from db.models import RECORD_TABLES
from sync import records

_CHUNK = 400
# The areas of issue 11: a record kind of its own, and a reference on the kinds that lie in one.
AREA_KIND = "area"
AREA_FIELD = "area_id"


@dataclass(frozen=True, slots=True)
class Audience:
    """The recipients of a scoped bundle: their devices, and the areas they are responsible
    for (assigned at HQ, with every area inside them)."""

    devices: frozenset[str]
    areas: frozenset[str] = frozenset()

    @staticmethod
    def of(devices: Iterable[str], areas: Iterable[str] = ()) -> Audience:
        """From the recipients' device ids and their areas' ids."""
        return Audience(frozenset(devices), frozenset(areas))


def in_scope(conn: Connection, touched: dict[str, str], audience: Audience) -> set[str]:
    """Which of these records (id -> kind) are in the audience's scope."""
    by_kind: dict[str, list[str]] = {}
    for record_id, kind in touched.items():
        if kind in RECORD_TABLES:  # a kind of a newer protocol has no rows here to judge
            by_kind.setdefault(kind, []).append(record_id)
    found: set[str] = set()
    for kind, ids in by_kind.items():
        found.update(_in_scope(conn, kind, sorted(ids), audience))
    return found


def every_in_scope(conn: Connection, audience: Audience) -> Iterator[str]:
    """Every record of the store in the audience's scope but areas (which every officer gets),
    read by the recipients' devices and areas through the tables' indexes: for an export that
    looks at more records than asking for each would be worth."""
    devices = sorted(audience.devices)
    cursor = _cursor(conn)
    for kind in RECORD_TABLES:
        if kind == AREA_KIND:
            continue
        table = records.table_name(kind)
        areas = sorted(audience.areas) if AREA_FIELD in records.fields(kind) else []
        by_device = f"author_device IN ({','.join('?' * len(devices))})"
        by_area = f"{AREA_FIELD} IN ({','.join('?' * len(areas))})"
        # Live rows through the live indexes by device and by area; deleted ones through the
        # tombstones' index (an OR over both would scan the table).
        parts = [(f"SELECT id FROM {table} WHERE deleted_at IS NULL AND {by_device}", devices)]
        if areas:
            parts.append((f"SELECT id FROM {table} WHERE deleted_at IS NULL AND {by_area}", areas))
        either = f"({by_device} OR {by_area})" if areas else by_device
        deleted = f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL AND {either}"
        parts.append((deleted, [*devices, *areas]))
        for sql, values in parts:
            cursor.execute(sql, values)
            yield from (str(r[0]) for r in cursor)


def _cursor(conn: Connection) -> Any:
    # The driver's own cursor: an HQ's first area export asks this of every record it holds,
    # and SQLAlchemy's result objects cost more than the index lookups.
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver.cursor()


def _in_scope(conn: Connection, kind: str, ids: list[str], audience: Audience) -> list[str]:
    if kind == AREA_KIND:
        return ids  # the mission's list of areas is profile-wide: every officer gets it
    devices = sorted(audience.devices)
    areas = sorted(audience.areas) if AREA_FIELD in records.fields(kind) else []
    where = f"author_device IN ({','.join('?' * len(devices))})"
    if areas:
        where += f" OR {AREA_FIELD} IN ({','.join('?' * len(areas))})"
    found: list[str] = []
    cursor = _cursor(conn)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        cursor.execute(
            f"SELECT id FROM {records.table_name(kind)} WHERE id IN ({','.join('?' * len(chunk))})"
            f" AND ({where})",
            (*chunk, *devices, *areas),
        )
        found += [str(r[0]) for r in cursor]
    return found
