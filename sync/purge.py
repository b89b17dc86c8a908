"""Which tombstones may go for good: only deletes every known peer has acknowledged.

Collecting a tombstone earlier would let a peer that has not seen the delete send it back
to life (or send an edit for a row that no longer exists).
"""

from __future__ import annotations

import json
from functools import cache

from sqlalchemy import Connection

from db.models import RECORD_TABLES, references_to
from sync import records
from sync.changeset import DELETED
from sync.state import decode_heads


@cache
def purge_order() -> tuple[str, ...]:
    """The kinds in an order where those that point at a kind come before it, so one pass
    can purge a meeting together with the action items that named it."""
    remaining = list(reversed(RECORD_TABLES))
    order: list[str] = []
    while remaining:
        pointing = {
            kind: {source for source, _ in references_to(records.table_name(kind))} for kind in remaining
        }
        names = {records.table_name(k) for k in remaining}
        ready = next(
            (k for k in remaining if not (pointing[k] - {records.table_name(k)}) & names),
            remaining[0],  # a cycle between kinds: any order is as good
        )
        order.append(ready)
        remaining.remove(ready)
    return tuple(order)


def acknowledged(conn: Connection, kind: str) -> list[str]:
    """Tombstones of `kind` that every active peer is known to have, and nothing references."""
    peer_vvs = [
        json.loads(vv)
        for (vv,) in conn.exec_driver_sql("SELECT known_vv FROM sync_peer WHERE revoked_at IS NULL")
    ]
    table = records.table_name(kind)
    blocked = " ".join(
        f"AND t.id NOT IN (SELECT {column} FROM {source} WHERE {column} IS NOT NULL)"
        # Foreign keys keep a tombstone in place while something still points at it.
        for source, column in references_to(table)
    )
    rows = conn.exec_driver_sql(
        f"SELECT t.id, h.heads FROM {table} t LEFT JOIN sync_heads h ON h.record_id = t.id"
        f" WHERE t.deleted_at IS NOT NULL {blocked}"
    ).all()
    ready = []
    for record_id, document in rows:
        deletes = decode_heads(document).get(DELETED, []) if document else []
        if all(vv.get(h.origin, 0) >= h.seq for h in deletes for vv in peer_vvs):
            ready.append(record_id)
    return sorted(ready)


def forget(conn: Connection, kind: str, record_ids: list[str], *, now: str) -> None:
    """Delete the rows and their merge state; remember them so late operations are ignored."""
    table = records.table_name(kind)
    raw = conn.connection.driver_connection
    assert raw is not None
    ids = [(record_id,) for record_id in record_ids]
    raw.executemany(f"DELETE FROM {table} WHERE id = ?", ids)
    raw.executemany("DELETE FROM sync_heads WHERE record_id = ?", ids)
    raw.executemany(
        "INSERT OR IGNORE INTO sync_purged (record_id, kind, purged_at) VALUES (?, ?, ?)",
        [(record_id, kind, now) for record_id in record_ids],
    )


def purged(conn: Connection, record_ids: list[str]) -> set[str]:
    """Which of these records were purged here."""
    found: set[str] = set()
    for start in range(0, len(record_ids), 400):
        chunk = record_ids[start : start + 400]
        found.update(
            r
            for (r,) in conn.exec_driver_sql(
                f"SELECT record_id FROM sync_purged WHERE record_id IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            )
        )
    return found
