"""Which tombstones may go for good: only deletes every known peer has acknowledged.

Collecting a tombstone earlier would let a peer that has not seen the delete send it back
to life (or send an edit for a row that no longer exists).
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from sync import records
from sync.changeset import DELETED

# Foreign keys that keep a tombstone in place while something still points at it.
_REFERENCES = {
    "org": (("organization", "parent_id"), ("contact", "organization_id")),
    "meeting": (("action_item", "meeting_id"),),
}


def acknowledged(conn: Connection, kind: str) -> list[str]:
    """Tombstones of `kind` that every active peer is known to have, and nothing references."""
    peer_vvs = [
        json.loads(vv)
        for (vv,) in conn.exec_driver_sql("SELECT known_vv FROM sync_peer WHERE revoked_at IS NULL")
    ]
    table = records.table_name(kind)
    blocked = " ".join(
        f"AND t.id NOT IN (SELECT {column} FROM {source} WHERE {column} IS NOT NULL)"
        for source, column in _REFERENCES.get(kind, ())
    )
    rows = conn.exec_driver_sql(
        f"SELECT t.id, h.origin, h.seq FROM {table} t"
        f" LEFT JOIN sync_head h ON h.record_id = t.id AND h.field = '{DELETED}'"
        f" WHERE t.deleted_at IS NOT NULL {blocked}"
    ).all()
    heads: dict[str, list[tuple[str | None, int | None]]] = {}
    for record_id, origin, seq in rows:
        heads.setdefault(record_id, []).append((origin, seq))
    return sorted(
        record_id
        for record_id, ops in heads.items()
        if all(
            origin is None or all(vv.get(origin, 0) >= (seq or 0) for vv in peer_vvs) for origin, seq in ops
        )
    )


def forget(conn: Connection, kind: str, record_ids: list[str], *, now: str) -> None:
    """Delete the rows and their merge state; remember them so late operations are ignored."""
    table = records.table_name(kind)
    raw = conn.connection.driver_connection
    assert raw is not None
    ids = [(record_id,) for record_id in record_ids]
    raw.executemany(f"DELETE FROM {table} WHERE id = ?", ids)
    raw.executemany("DELETE FROM sync_head WHERE record_id = ?", ids)
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
