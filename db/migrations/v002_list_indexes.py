"""Schema version 2 (Liaison 0.1.0): partial indexes in each list's default order; frozen.

A list of 100k live records opens from its index; tombstones and conflicted heads are found
without scanning the live rows.
"""

from __future__ import annotations

from sqlalchemy import Connection

STATEMENTS: tuple[str, ...] = (
    "CREATE INDEX ix_organization_live_order ON organization"
    " (name COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_organization_tombstones ON organization (deleted_at) WHERE deleted_at IS NOT NULL",
    "CREATE INDEX ix_contact_live_order ON contact (full_name COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_contact_tombstones ON contact (deleted_at) WHERE deleted_at IS NOT NULL",
    "CREATE INDEX ix_meeting_live_order ON meeting (start_utc, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_meeting_tombstones ON meeting (deleted_at) WHERE deleted_at IS NOT NULL",
    "CREATE INDEX ix_action_item_live_order ON action_item (due, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_action_item_tombstones ON action_item (deleted_at) WHERE deleted_at IS NOT NULL",
    "CREATE INDEX ix_sync_heads_conflicted ON sync_heads (record_id) WHERE conflicted > 0",
    # Statistics so the planner picks the partial indexes over the primary keys.
    "ANALYZE",
)


def upgrade(conn: Connection) -> None:
    """Add the list-order, tombstone and conflict indexes of schema version 2."""
    for statement in STATEMENTS:
        conn.exec_driver_sql(statement)
