"""Schema version 10: partial indexes on `sync_changeset`, so nothing scans every changeset.

Frozen as released: this SQL must never change. `ix_sync_changeset_waiting` holds only the
changesets waiting to merge (pending or quarantined): the merge's queue and the status bar
find them without reading the applied millions. `ix_sync_changeset_applied_hlc` holds the
applied ones in clock order: the dashboard's latest received changes walk it backwards and
stop after a page, where they sorted every changeset first.
"""

from __future__ import annotations

from sqlalchemy import Connection

_INDEXES = (
    "CREATE INDEX ix_sync_changeset_waiting ON sync_changeset (origin, seq)"
    " WHERE status IN ('pending', 'quarantined')",
    "CREATE INDEX ix_sync_changeset_applied_hlc ON sync_changeset (hlc, origin, seq) WHERE status = 'applied'",
)


def upgrade(conn: Connection) -> None:
    """Add the two partial indexes on changesets."""
    for statement in _INDEXES:
        conn.exec_driver_sql(statement)
