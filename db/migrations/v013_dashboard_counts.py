"""Schema version 13: live records per table kept by triggers (`live_count`), and the open
actions by due date, undated last (`ix_action_item_open_due`).

Frozen as released: this SQL must never change. The dashboard counted every live row of
each record table on every refresh and sorted every open overdue action before its first
row: both scanned the store (issue 10). The index's order is the action list's own (undated
last), so the list's default view, open actions, walks it too. The counts are seeded from
the tables once, here (one pass over each, inside the upgrade's transaction).
"""

from __future__ import annotations

from sqlalchemy import Connection

_TABLES = ("organization", "contact", "meeting", "action_item")

_CREATE = (
    "CREATE TABLE live_count (tbl VARCHAR NOT NULL, live INTEGER NOT NULL, PRIMARY KEY (tbl)) WITHOUT ROWID"
)
_SEED = "INSERT INTO live_count (tbl, live) SELECT '{t}', count(*) FROM {t} WHERE deleted_at IS NULL"
_TRIGGERS = (
    "CREATE TRIGGER live_count_{t}_insert AFTER INSERT ON {t} WHEN NEW.deleted_at IS NULL BEGIN"
    " UPDATE live_count SET live = live + 1 WHERE tbl = '{t}'; END",
    "CREATE TRIGGER live_count_{t}_delete AFTER DELETE ON {t} WHEN OLD.deleted_at IS NULL BEGIN"
    " UPDATE live_count SET live = live - 1 WHERE tbl = '{t}'; END",
    "CREATE TRIGGER live_count_{t}_update AFTER UPDATE OF deleted_at ON {t}"
    " WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) BEGIN"
    " UPDATE live_count SET live = live + CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END"
    " WHERE tbl = '{t}'; END",
)
_OPEN_DUE = (
    "CREATE INDEX ix_action_item_open_due ON action_item (due IS NULL, due, id)"
    " WHERE deleted_at IS NULL AND status NOT IN ('cancelled', 'done')"
)


def upgrade(conn: Connection) -> None:
    """Create and seed the live counts, their triggers, and the open-actions index."""
    conn.exec_driver_sql(_CREATE)
    for table in _TABLES:
        conn.exec_driver_sql(_SEED.format(t=table))
        for trigger in _TRIGGERS:
            conn.exec_driver_sql(trigger.format(t=table))
    conn.exec_driver_sql(_OPEN_DUE)
