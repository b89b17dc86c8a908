"""Schema version 5: meetings linked to the contacts and organizations they name; frozen.

`meeting_link` has one row per (attendee or organization, meeting), kept by triggers on
`meeting` and filled here from the meetings already stored, so a contact's or an
organization's meetings are an index range instead of a scan of every meeting. An index on
`action_item.owner` finds the actions a contact owns. This SQL must never change.
"""

from __future__ import annotations

from sqlalchemy import Connection

_LINKS = (
    "SELECT value, NEW.id FROM json_each(NEW.attendee_ids)"
    " UNION ALL SELECT value, NEW.id FROM json_each(NEW.organization_ids)"
)

STATEMENTS: tuple[str, ...] = (
    "CREATE TABLE meeting_link ("
    " record_id VARCHAR NOT NULL,"
    " meeting_id VARCHAR NOT NULL,"
    " PRIMARY KEY (record_id, meeting_id)) WITHOUT ROWID",
    "CREATE INDEX ix_meeting_link_meeting_id ON meeting_link (meeting_id)",
    "CREATE INDEX ix_action_item_owner ON action_item (owner)",
    "CREATE TRIGGER meeting_link_insert AFTER INSERT ON meeting BEGIN"
    f" INSERT OR IGNORE INTO meeting_link (record_id, meeting_id) {_LINKS}; END",
    "CREATE TRIGGER meeting_link_update AFTER UPDATE OF attendee_ids, organization_ids ON meeting"
    " WHEN OLD.attendee_ids IS NOT NEW.attendee_ids OR OLD.organization_ids IS NOT NEW.organization_ids"
    " BEGIN"
    " DELETE FROM meeting_link WHERE meeting_id = OLD.id;"
    f" INSERT OR IGNORE INTO meeting_link (record_id, meeting_id) {_LINKS}; END",
    "CREATE TRIGGER meeting_link_delete AFTER DELETE ON meeting BEGIN"
    " DELETE FROM meeting_link WHERE meeting_id = OLD.id; END",
    "INSERT OR IGNORE INTO meeting_link (record_id, meeting_id)"
    " SELECT j.value, m.id FROM meeting m, json_each(m.attendee_ids) j"
    " UNION SELECT j.value, m.id FROM meeting m, json_each(m.organization_ids) j",
)


def upgrade(conn: Connection) -> None:
    """Add the meeting links (filled from the stored meetings), their triggers and the owner index."""
    for statement in STATEMENTS:
        conn.exec_driver_sql(statement)
