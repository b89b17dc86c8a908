"""Schema version 10: applied changesets in clock order (`ix_sync_changeset_applied_hlc`).

Frozen as released: this SQL must never change. A partial index over the applied
changesets by (hlc, origin, seq): the dashboard's latest received changes walk it backwards
and stop after a page, where they sorted every changeset by clock first (issue 10).
"""

from __future__ import annotations

from sqlalchemy import Connection

_INDEX = (
    "CREATE INDEX ix_sync_changeset_applied_hlc ON sync_changeset (hlc, origin, seq) WHERE status = 'applied'"
)


def upgrade(conn: Connection) -> None:
    """Add the partial index of applied changesets by clock."""
    conn.exec_driver_sql(_INDEX)
