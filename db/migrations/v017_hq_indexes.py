"""Schema version 17: the indexes of the HQ pages (db/hq_indexes.py, issue 11).

Frozen as released: this SQL must never change. Partial indexes over live meetings and
open actions, so the organization page, the officer page and the HQ dashboard read ranges
of an index instead of the rows of 1.8M records.
"""

from __future__ import annotations

from sqlalchemy import Connection

_OPEN = "deleted_at IS NULL AND status IN ('blocked', 'in-progress', 'open')"
_INDEXES = (
    "CREATE INDEX ix_meeting_live_window ON meeting"
    " (start_utc, author_officer, id, latitude, longitude, grid, deleted_at) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_meeting_live_engaged ON meeting"
    " (id, start_utc, author_officer, deleted_at) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_meeting_live_area_start ON meeting"
    " (area_id, start_utc, deleted_at) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_action_item_open_meeting ON action_item"
    f" (meeting_id, due, id, status, deleted_at) WHERE {_OPEN}",
    "CREATE INDEX ix_action_item_open_owner ON action_item"
    f" (owner, due, id, status, deleted_at) WHERE {_OPEN}",
    "CREATE INDEX ix_action_item_open_due_owner ON action_item"
    f" (due, owner, author_officer, status, deleted_at) WHERE {_OPEN}",
    "CREATE INDEX ix_action_item_open_officer_due ON action_item"
    f" (author_officer, due, id, status, deleted_at) WHERE {_OPEN}",
    "CREATE INDEX ix_action_item_live_officer_created ON action_item"
    " (author_officer, created_at, completed_at, deleted_at) WHERE deleted_at IS NULL",
)


def upgrade(conn: Connection) -> None:
    """Add the HQ pages' indexes."""
    for statement in _INDEXES:
        conn.exec_driver_sql(statement)
