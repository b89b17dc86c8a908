"""The area of the meeting an action came from, kept in the action's row (`meeting_area`).

"Actions in Sector East" are the actions of meetings in it: tested through the meeting, a
province's 250,000 meetings at HQ are 250,000 seeks of the actions' meeting index before
the first page. The copy lets an index over the actions themselves, in the list's order,
answer it. Triggers keep it true on every write path (the record services, a sync merge, a
purge, a demo's bulk SQL), as db/sort_keys.py does for the names lists sort by.

A local column, not a record field: appended to the table here, never declared on the
model, so the ORM, the forms and sync never see it (db.models.LOCAL_COLUMNS keeps it out of
`synced_fields`). Attached to the models' metadata, so `SQLModel.metadata.create_all`
builds it; profiles get it from migration v016.
"""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String
from sqlmodel import SQLModel

from db import triggers
from db.models import AREA_KEY_COLUMN, ActionItem

_OWN = (
    f"UPDATE action_item SET {AREA_KEY_COLUMN} ="
    " (SELECT m.area_id FROM meeting m WHERE m.id = NEW.meeting_id) WHERE id = NEW.id;"
)
# Today's copies of the trigger SQL; migration v016 froze its own (the chain test compares them).
TRIGGERS: tuple[str, ...] = (
    f"CREATE TRIGGER area_key_action_item_own AFTER INSERT ON action_item WHEN NEW.meeting_id IS NOT NULL"
    f" BEGIN {_OWN} END",
    "CREATE TRIGGER area_key_action_item_meeting AFTER UPDATE OF meeting_id ON action_item"
    f" WHEN OLD.meeting_id IS NOT NEW.meeting_id BEGIN {_OWN} END",
    # A meeting that arrives after its actions (a merge writes rows in any order).
    "CREATE TRIGGER area_key_meeting_insert AFTER INSERT ON meeting WHEN NEW.area_id IS NOT NULL BEGIN"
    f" UPDATE action_item SET {AREA_KEY_COLUMN} = NEW.area_id WHERE meeting_id = NEW.id; END",
    "CREATE TRIGGER area_key_meeting_area AFTER UPDATE OF area_id ON meeting"
    " WHEN OLD.area_id IS NOT NEW.area_id BEGIN"
    f" UPDATE action_item SET {AREA_KEY_COLUMN} = NEW.area_id WHERE meeting_id = NEW.id; END",
    "CREATE TRIGGER area_key_meeting_delete AFTER DELETE ON meeting BEGIN"
    f" UPDATE action_item SET {AREA_KEY_COLUMN} = NULL WHERE meeting_id = OLD.id; END",
)

_action = ActionItem.__table__  # type: ignore[attr-defined]
_action.append_column(Column(AREA_KEY_COLUMN, String, nullable=True))
# Its indexes (an area's actions in the list's order, all and open) are in db/indexes.py.


def attach_triggers(metadata: MetaData) -> None:
    """Create the triggers once every table of `metadata` exists (also in a copied metadata)."""
    triggers.create_with(metadata, TRIGGERS)


attach_triggers(SQLModel.metadata)
