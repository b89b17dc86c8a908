"""Indexes the models' fields do not declare: each list's default order and the tombstones.

They are attached to the models' tables, so `SQLModel.metadata.create_all` builds today's
whole schema (the reference the migration-chain test compares a migrated profile with).
Profiles get them only through migrations: change one here, then add a migration.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Index, Table, text
from sqlalchemy.sql.elements import CollationClause

from db import meeting_links  # noqa: F401  (the meeting links, their triggers, the owner index)
from db.models import ActionItem, Contact, Meeting, Organization
from db.sync_models import RecordHeads


def _table(model: object) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _list_indexes(table: Table, *order: ColumnElement[object] | CollationClause) -> None:
    # Over live rows only, in the list's default order, so a list of 100k opens from the index.
    Index(f"ix_{table.name}_live_order", *order, table.c.id, sqlite_where=text("deleted_at IS NULL"))
    Index(f"ix_{table.name}_tombstones", table.c.deleted_at, sqlite_where=text("deleted_at IS NOT NULL"))


_organization = _table(Organization)
_contact = _table(Contact)
_meeting = _table(Meeting)
_action = _table(ActionItem)
_list_indexes(_organization, _organization.c.name.collate("NOCASE"))
_list_indexes(_contact, _contact.c.full_name.collate("NOCASE"))
_list_indexes(_meeting, _meeting.c.start_utc)
_list_indexes(_action, _action.c.due)

_heads = _table(RecordHeads)
Index("ix_sync_heads_conflicted", _heads.c.record_id, sqlite_where=text("conflicted > 0"))
