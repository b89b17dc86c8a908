"""Schema version 16: administrative areas (issue 11).

A synced record kind `area` (name, P-code, level, parent area, a centre and an outline for
a map plot), an `area_id` on organizations, contacts and meetings (NULL on every record
stored before), the HQ-local `area_assignment` (an officer's device -> the areas of their
responsibility, never synced), the live count of areas the dashboard reads, and the
indexes of the list filters that combine: origin device and area, each in its list's
default order, and organizations' and contacts' last change.

Frozen as released: this SQL must never change.
"""

from __future__ import annotations

from sqlalchemy import Connection

_AREA = (
    "CREATE TABLE area ("
    " id VARCHAR NOT NULL,"
    " created_at VARCHAR NOT NULL,"
    " updated_at VARCHAR NOT NULL,"
    " author_officer VARCHAR NOT NULL,"
    " author_device VARCHAR NOT NULL,"
    " deleted_at VARCHAR,"
    " name VARCHAR NOT NULL,"
    " pcode VARCHAR NOT NULL,"
    " level VARCHAR NOT NULL,"
    " parent_area_id VARCHAR,"
    " latitude FLOAT,"
    " longitude FLOAT,"
    " outline JSON NOT NULL,"
    " PRIMARY KEY (id),"
    " FOREIGN KEY(parent_area_id) REFERENCES area (id) DEFERRABLE INITIALLY DEFERRED)"
)
_AREA_INDEXES = (
    "CREATE INDEX ix_area_parent_area_id ON area (parent_area_id)",
    "CREATE INDEX ix_area_live_order ON area (name COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_area_tombstones ON area (deleted_at) WHERE deleted_at IS NOT NULL",
    "CREATE INDEX ix_area_live_pcode ON area (pcode COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_area_live_level ON area (level COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_area_live_officer ON area (author_officer COLLATE NOCASE, id) WHERE deleted_at IS NULL",
)
_ASSIGNMENT = (
    "CREATE TABLE area_assignment ("
    " device_id VARCHAR NOT NULL,"
    " area_id VARCHAR NOT NULL,"
    " assigned_at VARCHAR NOT NULL,"
    " PRIMARY KEY (device_id, area_id))",
    "CREATE INDEX ix_area_assignment_area_id ON area_assignment (area_id)",
)
# Existing records get no area: the column is NULL, as a new record without one.
_AREA_OF = tuple(
    statement
    for table in ("organization", "contact", "meeting")
    for statement in (
        f"ALTER TABLE {table} ADD COLUMN area_id VARCHAR REFERENCES area (id) DEFERRABLE INITIALLY DEFERRED",
        f"CREATE INDEX ix_{table}_area_id ON {table} (area_id)",
    )
)
_LIVE_COUNT = (
    "INSERT INTO live_count (tbl, live) VALUES ('area', 0)",
    "CREATE TRIGGER live_count_area_insert AFTER INSERT ON area WHEN NEW.deleted_at IS NULL BEGIN"
    " UPDATE live_count SET live = live + 1 WHERE tbl = 'area'; END",
    "CREATE TRIGGER live_count_area_delete AFTER DELETE ON area WHEN OLD.deleted_at IS NULL BEGIN"
    " UPDATE live_count SET live = live - 1 WHERE tbl = 'area'; END",
    "CREATE TRIGGER live_count_area_update AFTER UPDATE OF deleted_at ON area"
    " WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) BEGIN"
    " UPDATE live_count SET live = live + CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END"
    " WHERE tbl = 'area'; END",
)

# The list filters (origin device, area, dates), each in its list's default order.
_ORDER = {
    "organization": "name COLLATE NOCASE",
    "contact": "full_name COLLATE NOCASE",
    "meeting": "start_utc",
    "action_item": "due IS NULL, due",
}
_FILTER_INDEXES = (
    *(
        f"CREATE INDEX ix_{t}_live_device ON {t} (author_device, {order}, id) WHERE deleted_at IS NULL"
        for t, order in _ORDER.items()
    ),
    *(
        f"CREATE INDEX ix_{t}_live_area ON {t} (area_id, {_ORDER[t]}, id) WHERE deleted_at IS NULL"
        for t in ("organization", "contact", "meeting")
    ),
    *(
        f"CREATE INDEX ix_{t}_live_updated ON {t} (updated_at) WHERE deleted_at IS NULL"
        for t in ("organization", "contact")
    ),
)

# An action's copy of its meeting's area, kept by triggers (no meeting has an area yet).
_OWN_AREA = (
    "UPDATE action_item SET meeting_area = (SELECT m.area_id FROM meeting m WHERE m.id = NEW.meeting_id)"
    " WHERE id = NEW.id;"
)
_MEETING_AREA = (
    "ALTER TABLE action_item ADD COLUMN meeting_area VARCHAR",
    "CREATE INDEX ix_action_item_live_area ON action_item (meeting_area, due IS NULL, due, id)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX ix_action_item_open_area ON action_item (meeting_area, due IS NULL, due, id)"
    " WHERE deleted_at IS NULL AND status NOT IN ('cancelled', 'done')",
    "CREATE TRIGGER area_key_action_item_own AFTER INSERT ON action_item WHEN NEW.meeting_id IS NOT NULL"
    f" BEGIN {_OWN_AREA} END",
    "CREATE TRIGGER area_key_action_item_meeting AFTER UPDATE OF meeting_id ON action_item"
    f" WHEN OLD.meeting_id IS NOT NEW.meeting_id BEGIN {_OWN_AREA} END",
    "CREATE TRIGGER area_key_meeting_insert AFTER INSERT ON meeting WHEN NEW.area_id IS NOT NULL BEGIN"
    " UPDATE action_item SET meeting_area = NEW.area_id WHERE meeting_id = NEW.id; END",
    "CREATE TRIGGER area_key_meeting_area AFTER UPDATE OF area_id ON meeting"
    " WHEN OLD.area_id IS NOT NEW.area_id BEGIN"
    " UPDATE action_item SET meeting_area = NEW.area_id WHERE meeting_id = NEW.id; END",
    "CREATE TRIGGER area_key_meeting_delete AFTER DELETE ON meeting BEGIN"
    " UPDATE action_item SET meeting_area = NULL WHERE meeting_id = OLD.id; END",
)

STATEMENTS: tuple[str, ...] = (
    _AREA,
    *_AREA_INDEXES,
    *_ASSIGNMENT,
    *_AREA_OF,
    *_LIVE_COUNT,
    *_FILTER_INDEXES,
    *_MEETING_AREA,
)


def upgrade(conn: Connection) -> None:
    """Add the areas, the records' area, the officers' assignments and the areas' live count."""
    for statement in STATEMENTS:
        conn.exec_driver_sql(statement)
