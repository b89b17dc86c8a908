"""Schema version 3: the sync protocols each peer speaks, and operations kept for later.

Frozen as released: this SQL must never change (a profile built step by step from version 1
must end up like a fresh one). `sync_peer.protocols` is a JSON list, `[1]` for every peer
known before (0.1.0 cards list no protocols). `sync_deferred` lists, per applied changeset,
the operations a release could not apply yet (they come from a newer protocol), so that an
upgraded release merges them without anyone sending them again.
"""

from __future__ import annotations

from sqlalchemy import Connection

_ADD_PROTOCOLS = "ALTER TABLE sync_peer ADD COLUMN protocols JSON DEFAULT '[1]' NOT NULL"
_CREATE_DEFERRED = (
    "CREATE TABLE sync_deferred ("
    " origin VARCHAR NOT NULL,"
    " seq INTEGER NOT NULL,"
    " ops VARCHAR NOT NULL,"
    " at_protocol INTEGER NOT NULL,"
    " PRIMARY KEY (origin, seq))"
)


def upgrade(conn: Connection) -> None:
    """Add the peer protocol column and the deferred-operations table."""
    conn.exec_driver_sql(_ADD_PROTOCOLS)
    conn.exec_driver_sql(_CREATE_DEFERRED)
