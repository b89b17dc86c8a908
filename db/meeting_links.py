"""Which contacts and organizations each meeting names, kept as rows SQLite can index.

A meeting holds its attendees and organizations as JSON lists (one mergeable field each),
which no index reaches: "the meetings this contact attended" would decode every meeting.
`meeting_link` holds one row per (named record, meeting), kept by triggers on `meeting`,
so every write path (the record service, a sync merge, a purge) keeps it true without
knowing it exists. Record ids are UUIDs, so contacts and organizations share the column
(UNION ALL: the two lists cannot name the same id; INSERT OR IGNORE drops a repeat within
one). An update rewrites a meeting's links only when one of its lists really changed, so a
merge that sets every column of a row costs nothing here.
Also here: the index that finds the actions a contact owns.

Attached to the models' metadata, so `SQLModel.metadata.create_all` builds them (the
reference the migration chain is compared with); profiles get them from migration v005.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, Index, String, Table, event
from sqlmodel import SQLModel

from db.models import ActionItem

_LINKS = (
    "SELECT value, NEW.id FROM json_each(NEW.attendee_ids)"
    " UNION ALL SELECT value, NEW.id FROM json_each(NEW.organization_ids)"
)

# Today's copies of the trigger SQL; migration v005 froze its own (the chain test compares them).
TRIGGERS: tuple[str, ...] = (
    "CREATE TRIGGER meeting_link_insert AFTER INSERT ON meeting BEGIN"
    f" INSERT OR IGNORE INTO meeting_link (record_id, meeting_id) {_LINKS}; END",
    "CREATE TRIGGER meeting_link_update AFTER UPDATE OF attendee_ids, organization_ids ON meeting"
    " WHEN OLD.attendee_ids IS NOT NEW.attendee_ids OR OLD.organization_ids IS NOT NEW.organization_ids"
    " BEGIN"
    " DELETE FROM meeting_link WHERE meeting_id = OLD.id;"
    f" INSERT OR IGNORE INTO meeting_link (record_id, meeting_id) {_LINKS}; END",
    "CREATE TRIGGER meeting_link_delete AFTER DELETE ON meeting BEGIN"
    " DELETE FROM meeting_link WHERE meeting_id = OLD.id; END",
)

meeting_link = Table(
    "meeting_link",
    SQLModel.metadata,
    # Primary key first by the named record: "meetings of this contact" is a range of it.
    Column("record_id", String, primary_key=True),
    Column("meeting_id", String, primary_key=True),
    sqlite_with_rowid=False,
)
Index("ix_meeting_link_meeting_id", meeting_link.c.meeting_id)

_action = ActionItem.__table__  # type: ignore[attr-defined]
Index("ix_action_item_owner", _action.c.owner)


def attach_triggers(table: Table) -> None:
    """Create the triggers once every table of `table`'s metadata exists (`table` is a
    `meeting_link`, also in a copied metadata): they name `meeting`, which the metadata may
    create after `meeting_link`."""
    event.listen(table.metadata, "after_create", _create_triggers)


def _create_triggers(target: object, connection: Connection, **_: Any) -> None:
    for trigger in TRIGGERS:
        connection.exec_driver_sql(trigger)


attach_triggers(meeting_link)
