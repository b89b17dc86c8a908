"""Schema version 19: scoped relay (issue 11, "Relay with purpose").

Frozen as released: this SQL must never change. `sync_peer.scope` is what HQ sends that
peer by default (`all`, or `area`: only what the officer needs); `sync_peer.known_lacks` the
changesets the peer said, in its latest bundle, it was told were left out and has not
received (a JSON object: origin -> [[first, last], ...]); `sync_peer.scope_basis` what HQ's
last area export to it left out (sync.scope_memory). `sync_omitted` holds, on the device
that received a scoped bundle, the ranges of changesets HQ deliberately left out and that
have not arrived since: counted as met dependencies, yet still to be filled in.
"""

from __future__ import annotations

from sqlalchemy import Connection

_ADD_SCOPE = "ALTER TABLE sync_peer ADD COLUMN scope VARCHAR DEFAULT 'all' NOT NULL"
_ADD_LACKS = "ALTER TABLE sync_peer ADD COLUMN known_lacks JSON DEFAULT '{}' NOT NULL"
_ADD_BASIS = "ALTER TABLE sync_peer ADD COLUMN scope_basis BLOB"
_CREATE_OMITTED = (
    "CREATE TABLE sync_omitted ("
    " origin VARCHAR NOT NULL,"
    " first INTEGER NOT NULL,"
    " last INTEGER NOT NULL,"
    " PRIMARY KEY (origin, first))"
)


def upgrade(conn: Connection) -> None:
    """Add the peer scope, lacks and basis columns and the omitted-ranges table."""
    conn.exec_driver_sql(_ADD_SCOPE)
    conn.exec_driver_sql(_ADD_LACKS)
    conn.exec_driver_sql(_ADD_BASIS)
    conn.exec_driver_sql(_CREATE_OMITTED)
