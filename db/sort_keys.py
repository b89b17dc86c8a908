"""Sort keys of the list columns that show another record's name, kept in the row itself.

"Contacts by organization" orders by the organization's name, which lives in another
table: no index over `contact` can give that order, so every first page sorted every
contact (31 s at HQ). Each such column gets a copy of the name it shows (`sort_*`, '' when
the named record is missing or deleted, exactly what the list's LEFT JOIN showed), indexed
over live rows in db/indexes.py. Triggers keep the copies true, so every write path (the
record services, a sync merge, a purge, a restore) keeps them without knowing they exist.

The columns are local bookkeeping, not record fields: they are appended to the tables
here rather than declared on the models, so the ORM, the forms and sync never see them
(db.models.SORT_KEY_COLUMNS keeps them out of `synced_fields`). Attached to the models'
metadata, so `SQLModel.metadata.create_all` builds them; profiles get them from v008.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, MetaData, String, event
from sqlmodel import SQLModel

from db.models import SORT_KEY_COLUMNS, ActionItem, Contact, Organization

# What each sort key holds, as an expression over its own row (named by its table).
ORGANIZATION = (
    "coalesce((SELECT o.name FROM organization o"
    " WHERE o.id = contact.organization_id AND o.deleted_at IS NULL), '')"
)
PARENT = (
    "coalesce((SELECT p.name FROM organization p"
    " WHERE p.id = organization.parent_id AND p.deleted_at IS NULL), '')"
)
# "me" is the officer who recorded the action, as the list shows it.
OWNER = (
    "CASE WHEN action_item.owner = 'me' THEN action_item.author_officer ELSE coalesce((SELECT c.full_name"
    " FROM contact c WHERE c.id = action_item.owner AND c.deleted_at IS NULL), '') END"
)
MEETING = (
    "coalesce((SELECT m.title FROM meeting m"
    " WHERE m.id = action_item.meeting_id AND m.deleted_at IS NULL), '')"
)

# (table, column, expression): every sort key, for the backfill of a migration.
KEYS: tuple[tuple[str, str, str], ...] = (
    ("organization", "sort_parent", PARENT),
    ("contact", "sort_organization", ORGANIZATION),
    ("action_item", "sort_owner", OWNER),
    ("action_item", "sort_meeting", MEETING),
)
assert frozenset(column for _t, column, _e in KEYS) == SORT_KEY_COLUMNS


def _own(table: str, column: str, expr: str) -> str:
    return f"UPDATE {table} SET {column} = {expr} WHERE id = NEW.id;"


def _named(table: str, column: str, expr: str, via: str, ref: str) -> str:
    # The rows naming a changed record, found through the foreign key's own index.
    return f"UPDATE {table} SET {column} = {expr} WHERE {via} = {ref}.id;"


_NAME_CHANGED = "WHEN OLD.{name} IS NOT NEW.{name} OR OLD.deleted_at IS NOT NEW.deleted_at"


def _named_triggers(
    source: str, name: str, targets: tuple[tuple[str, str, str, str], ...]
) -> tuple[str, ...]:
    """Triggers on `source` that refresh every key showing its `name` column."""
    on_new = " ".join(_named(t, c, e, via, "NEW") for t, c, e, via in targets)
    on_old = " ".join(_named(t, c, e, via, "OLD") for t, c, e, via in targets)
    changed = _NAME_CHANGED.format(name=name)
    return (
        f"CREATE TRIGGER sort_key_{source}_insert AFTER INSERT ON {source} BEGIN {on_new} END",
        f"CREATE TRIGGER sort_key_{source}_rename AFTER UPDATE OF {name}, deleted_at ON {source}"
        f" {changed} BEGIN {on_new} END",
        f"CREATE TRIGGER sort_key_{source}_delete AFTER DELETE ON {source} BEGIN {on_old} END",
    )


# Today's copies of the trigger SQL; migration v008 froze its own (the chain test compares them).
TRIGGERS: tuple[str, ...] = (
    # A row's own key, when it is written or changes what it names. Recursive triggers are
    # off, so these UPDATEs of the same table do not fire it again.
    f"CREATE TRIGGER sort_key_contact_own AFTER INSERT ON contact BEGIN"
    f" {_own('contact', 'sort_organization', ORGANIZATION)} END",
    "CREATE TRIGGER sort_key_contact_refers AFTER UPDATE OF organization_id ON contact"
    " WHEN OLD.organization_id IS NOT NEW.organization_id BEGIN"
    f" {_own('contact', 'sort_organization', ORGANIZATION)} END",
    f"CREATE TRIGGER sort_key_organization_own AFTER INSERT ON organization BEGIN"
    f" {_own('organization', 'sort_parent', PARENT)} END",
    "CREATE TRIGGER sort_key_organization_refers AFTER UPDATE OF parent_id ON organization"
    " WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN"
    f" {_own('organization', 'sort_parent', PARENT)} END",
    "CREATE TRIGGER sort_key_action_item_own AFTER INSERT ON action_item BEGIN"
    f" {_own('action_item', 'sort_owner', OWNER)} {_own('action_item', 'sort_meeting', MEETING)} END",
    "CREATE TRIGGER sort_key_action_item_owner AFTER UPDATE OF owner, author_officer ON action_item"
    " WHEN OLD.owner IS NOT NEW.owner OR OLD.author_officer IS NOT NEW.author_officer BEGIN"
    f" {_own('action_item', 'sort_owner', OWNER)} END",
    "CREATE TRIGGER sort_key_action_item_meeting AFTER UPDATE OF meeting_id ON action_item"
    " WHEN OLD.meeting_id IS NOT NEW.meeting_id BEGIN"
    f" {_own('action_item', 'sort_meeting', MEETING)} END",
    # The keys that show a record's name, when it arrives, is renamed, deleted or purged.
    *_named_triggers(
        "organization",
        "name",
        (
            ("contact", "sort_organization", ORGANIZATION, "organization_id"),
            ("organization", "sort_parent", PARENT, "parent_id"),
        ),
    ),
    *_named_triggers("contact", "full_name", (("action_item", "sort_owner", OWNER, "owner"),)),
    *_named_triggers("meeting", "title", (("action_item", "sort_meeting", MEETING, "meeting_id"),)),
)


def _append(table: Any, name: str) -> None:
    table.append_column(Column(name, String, nullable=False, server_default=""))


for _model, _name in (
    (Organization, "sort_parent"),
    (Contact, "sort_organization"),
    (ActionItem, "sort_owner"),
    (ActionItem, "sort_meeting"),
):
    _append(_model.__table__, _name)  # type: ignore[union-attr]


def attach_triggers(metadata: MetaData) -> None:
    """Create the triggers once every table of `metadata` exists (also in a copied metadata)."""
    event.listen(metadata, "after_create", _create_triggers)


def _create_triggers(target: MetaData, connection: Connection, **_: Any) -> None:
    for trigger in TRIGGERS:
        connection.exec_driver_sql(trigger)


attach_triggers(SQLModel.metadata)
