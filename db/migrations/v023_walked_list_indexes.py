"""Schema version 23: the list indexes hold what a filtered first page and its count test
(issue 11), so both read an index alone.

Frozen as released: this SQL must never change. A province holds most of HQ's rows, so its
first page walks the list's order index and tests each row's area (and origin device): the
order indexes now end with those columns. The indexes of one area or one origin device hold
the other one's column (an area and an officer together read either alone) and end with the
columns of their own WHERE, which SQLite must find in an index to count from it
alone (before, a province's count fetched every row it counted). Same names, same leading
columns: every plan that read these indexes still does (db/indexes.py).
"""

from __future__ import annotations

from sqlalchemy import Connection

_LIVE = "WHERE deleted_at IS NULL"
_OPEN = "WHERE deleted_at IS NULL AND status NOT IN ('cancelled', 'done')"
_ACTION_ORDER = "due IS NULL, due, id"
_INDEXES = (
    "ix_organization_live_order ON organization"
    f' (name COLLATE "NOCASE", id, area_id, author_device, deleted_at) {_LIVE}',
    "ix_contact_live_order ON contact"
    f' (full_name COLLATE "NOCASE", id, area_id, author_device, deleted_at) {_LIVE}',
    f"ix_meeting_live_order ON meeting (start_utc, id, area_id, author_device, deleted_at) {_LIVE}",
    "ix_action_item_live_order ON action_item"
    f" ({_ACTION_ORDER}, meeting_area, author_device, deleted_at) {_LIVE}",
    "ix_action_item_open_due ON action_item"
    f" ({_ACTION_ORDER}, meeting_area, author_device, status, deleted_at) {_OPEN}",
    "ix_organization_live_device ON organization"
    f' (author_device, name COLLATE "NOCASE", id, area_id, deleted_at) {_LIVE}',
    "ix_organization_live_area ON organization"
    f' (area_id, name COLLATE "NOCASE", id, author_device, deleted_at) {_LIVE}',
    "ix_contact_live_device ON contact"
    f' (author_device, full_name COLLATE "NOCASE", id, area_id, deleted_at) {_LIVE}',
    "ix_contact_live_area ON contact"
    f' (area_id, full_name COLLATE "NOCASE", id, author_device, deleted_at) {_LIVE}',
    f"ix_meeting_live_device ON meeting (author_device, start_utc, id, area_id, deleted_at) {_LIVE}",
    f"ix_meeting_live_area ON meeting (area_id, start_utc, id, author_device, deleted_at) {_LIVE}",
    "ix_action_item_live_device ON action_item"
    f" (author_device, {_ACTION_ORDER}, meeting_area, deleted_at) {_LIVE}",
    "ix_action_item_live_area ON action_item"
    f" (meeting_area, {_ACTION_ORDER}, author_device, deleted_at) {_LIVE}",
    "ix_action_item_open_device ON action_item"
    f" (author_device, {_ACTION_ORDER}, meeting_area, status, deleted_at) {_OPEN}",
    "ix_action_item_open_area ON action_item"
    f" (meeting_area, {_ACTION_ORDER}, author_device, status, deleted_at) {_OPEN}",
)


def upgrade(conn: Connection) -> None:
    """Rebuild the list indexes with the columns their filters and counts test, measured
    again where their tables were (dropping an index drops its statistics: the planner
    would then take a rebuilt index, with its default guesses, over every measured one)."""
    measured = _measured_tables(conn)
    for definition in _INDEXES:
        name, table = definition.split()[0], definition.split()[2]
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE INDEX {definition}")
        if table in measured:
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")  # samples: milliseconds at HQ
            conn.exec_driver_sql(f"ANALYZE {name}")


def _measured_tables(conn: Connection) -> set[str]:
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is None:
        return set()
    return {str(row[0]) for row in conn.exec_driver_sql("SELECT DISTINCT tbl FROM sqlite_stat1")}
