"""Schema version 25: purge that travels (issue 13).

Frozen as released: this SQL must never change. `sync_purge_log` is the certificate of
destruction: per record purged for good, its kind and id, when, by which officer on which
device, why, and where the purge came from ("here", or the device whose marker arrived) —
never any of its content. The search index is switched to FTS5 `secure-delete`, so a
record's tokens leave the index segments when its document is deleted, instead of being
masked by a delete marker while the text stays in the file.
"""

from __future__ import annotations

from sqlalchemy import Connection

_CREATE_LOG = (
    "CREATE TABLE sync_purge_log ("
    " record_id VARCHAR NOT NULL,"
    " kind VARCHAR NOT NULL,"
    " purged_at VARCHAR NOT NULL,"
    " officer VARCHAR NOT NULL,"
    " device VARCHAR NOT NULL,"
    " reason VARCHAR NOT NULL,"
    " origin VARCHAR NOT NULL,"
    " PRIMARY KEY (record_id))"
)
_SECURE_DELETE = "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)"


def upgrade(conn: Connection) -> None:
    """Add the purge log and turn on secure-delete for the search index."""
    conn.exec_driver_sql(_CREATE_LOG)
    conn.exec_driver_sql(_SECURE_DELETE)
