"""Schema version 6: changesets the merge refused, records seen per origin, revocation cut-offs; frozen.

`sync_changeset` gains the reason a changeset was rejected (and the field concerned);
`sync_peer` the last changeset of a revoked device that still stands; `sync_record_seen`
says which origin's changesets first touched each record (filled lazily by the merge from the
changesets already stored, up to `sync_record_seen_upto`). This SQL must never change.
"""

from __future__ import annotations

from sqlalchemy import Connection

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE sync_changeset ADD COLUMN reason VARCHAR",
    "ALTER TABLE sync_changeset ADD COLUMN reason_field VARCHAR",
    "ALTER TABLE sync_peer ADD COLUMN revoked_seq INTEGER",
    "CREATE TABLE sync_record_seen ("
    " record_id VARCHAR NOT NULL,"
    " origin VARCHAR NOT NULL,"
    " seq INTEGER NOT NULL,"
    " kind VARCHAR NOT NULL,"
    " PRIMARY KEY (record_id, origin))",
    "CREATE TABLE sync_record_seen_upto ("
    " origin VARCHAR NOT NULL,"
    " seq INTEGER NOT NULL,"
    " PRIMARY KEY (origin))",
)


def upgrade(conn: Connection) -> None:
    """Add the rejection reason, the revocation cut-off and the records-seen index."""
    for statement in STATEMENTS:
        conn.exec_driver_sql(statement)
