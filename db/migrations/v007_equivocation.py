"""Schema version 7: changesets that equivocate (`sync_equivocation`).

Frozen as released: this SQL must never change. One row per (origin, sequence number,
hash) of a validly signed changeset that differs from the one already stored under the
same origin and sequence number: the device signed two different histories, which is a
reason to revoke it. Hashes and device ids only, never a record's content.
"""

from __future__ import annotations

from sqlalchemy import Connection

_CREATE = (
    "CREATE TABLE sync_equivocation ("
    " origin VARCHAR NOT NULL,"
    " seq INTEGER NOT NULL,"
    " other_hash VARCHAR NOT NULL,"
    " kept_hash VARCHAR NOT NULL,"
    " via VARCHAR NOT NULL,"
    " detected_at VARCHAR NOT NULL,"
    " PRIMARY KEY (origin, seq, other_hash))"
)


def upgrade(conn: Connection) -> None:
    """Add the table of equivocating changesets."""
    conn.exec_driver_sql(_CREATE)
