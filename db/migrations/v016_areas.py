"""Schema version 16: administrative areas (issue 11).

A synced record kind `area` (name, P-code, level, parent area, a centre and an outline for
a map plot), an `area_id` on organizations, contacts and meetings (NULL on every record
stored before), the HQ-local `area_assignment` (an officer's device -> the areas of their
responsibility, never synced), and the live count of areas the dashboard reads.

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

STATEMENTS: tuple[str, ...] = (_AREA, *_AREA_INDEXES, *_ASSIGNMENT, *_AREA_OF, *_LIVE_COUNT)


def upgrade(conn: Connection) -> None:
    """Add the areas, the records' area, the officers' assignments and the areas' live count."""
    for statement in STATEMENTS:
        conn.exec_driver_sql(statement)
