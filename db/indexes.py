"""Indexes the models' fields do not declare: each list's orders and the tombstones.

Every sortable column of every list (liaison_app/services/listing.py) has an index over
live rows in exactly its ORDER BY, then `id`: the first page of any sort is an index walk
that stops after a page, never a sort of every row (tests/db/test_list_plans.py checks
each one with EXPLAIN QUERY PLAN). Columns that show another record's name sort by the
row's own copy of it (db/sort_keys.py).

They are attached to the models' tables, so `SQLModel.metadata.create_all` builds today's
whole schema (the reference the migration-chain test compares a migrated profile with).
Profiles get them only through migrations: change one here, then add a migration.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Index, Table, TextClause, text

from db import (
    area_keys,  # noqa: F401  (an action's copy of its meeting's area, its triggers and index)
    hq_indexes,  # noqa: F401  (the HQ pages' indexes: organization, officer, dashboard)
    list_counts,  # noqa: F401  (a filtered list's counts by area, device and open)
    live_counts,
    meeting_links,  # noqa: F401  (the meeting links, their triggers, the owner index)
    retention_models,  # noqa: F401  (schema 27: records kept past their review date)
    sharing_indexes,  # noqa: F401  (records shared with HQ only)
    sort_keys,  # noqa: F401  (the sort-key columns and their triggers)
)
from db.models import AREA_KEY_COLUMN, ActionItem, Area, Contact, Meeting, Organization
from db.sync_models import RecordHeads


def _table(model: object) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


_Key = ColumnElement[Any] | TextClause


def _list_indexes(table: Table, *order: _Key, covering: tuple[_Key, ...] = ()) -> None:
    # Over live rows only, in the list's default order, so a list of 100k opens from the index;
    # `covering`: the columns a filter that keeps most rows tests while walking it (schema
    # version 23), read from the index instead of fetching each row.
    Index(
        f"ix_{table.name}_live_order", *order, table.c.id, *covering, sqlite_where=text("deleted_at IS NULL")
    )
    Index(f"ix_{table.name}_tombstones", table.c.deleted_at, sqlite_where=text("deleted_at IS NOT NULL"))


def _sort_indexes(table: Table, **orders: _Key) -> None:
    # One per other sortable column (schema version 8), named after the column's list key.
    for key, order in orders.items():
        Index(f"ix_{table.name}_live_{key}", order, table.c.id, sqlite_where=text("deleted_at IS NULL"))


def _nocase(table: Table, *names: str) -> dict[str, _Key]:
    # JSON columns (sectors) have no `collate` operator in SQLAlchemy: their text is named.
    return {
        name: text(f"{name} COLLATE NOCASE") if name == "sectors" else table.c[name].collate("NOCASE")
        for name in names
    }


_organization = _table(Organization)
_contact = _table(Contact)
_meeting = _table(Meeting)
_action = _table(ActionItem)
_area = _table(Area)
# What a filter tests while it walks a list's order (a province holds most of HQ's rows: its
# first page walks the order and tests each row's area and origin device), then the columns
# of the index's own WHERE: SQLite reads an index alone only when it holds every column a
# query names, and a query names them to use a partial index at all (schema version 23).
_LIVE_COLUMNS = ("deleted_at",)
_OPEN_COLUMNS = ("status", "deleted_at")


def _walked(table: Table, *where: str) -> tuple[_Key, ...]:
    area = table.c[AREA_KEY_COLUMN] if table.name == "action_item" else table.c.area_id
    return (area, table.c.author_device, *(table.c[name] for name in where))


_list_indexes(
    _organization, _organization.c.name.collate("NOCASE"), covering=_walked(_organization, *_LIVE_COLUMNS)
)
_list_indexes(_contact, _contact.c.full_name.collate("NOCASE"), covering=_walked(_contact, *_LIVE_COLUMNS))
_list_indexes(_meeting, _meeting.c.start_utc, covering=_walked(_meeting, *_LIVE_COLUMNS))
# Undated actions last: the order is (due IS NULL, due), and so is the index (version 8).
# An action's area is its copy of its meeting's (db/area_keys.py appends that column).
_list_indexes(_action, _action.c.due.is_(None), _action.c.due, covering=_walked(_action, *_LIVE_COLUMNS))
# The open live actions in the list's order: the dashboard's panels are a range of it
# (`(due IS NULL) = 0 AND due < ?`), the action list's default view (open) a walk of it.
Index(
    "ix_action_item_open_due",
    _action.c.due.is_(None),
    _action.c.due,
    _action.c.id,
    *_walked(_action, *_OPEN_COLUMNS),
    sqlite_where=text(live_counts.OPEN_ACTIONS_WHERE),
)
_list_indexes(_area, _area.c.name.collate("NOCASE"))

_sort_indexes(_organization, **_nocase(_organization, "acronym", "org_type", "sectors", "sort_parent"))
_sort_indexes(_contact, **_nocase(_contact, "position", "sort_organization", "location", "sensitivity"))
_sort_indexes(
    _meeting,
    **_nocase(_meeting, "title", "meeting_type", "location", "status"),
    attendees=text("json_array_length(attendee_ids)"),
)
_sort_indexes(_action, **_nocase(_action, "title", "status", "priority", "sort_owner", "sort_meeting"))
_sort_indexes(_area, **_nocase(_area, "pcode", "level"))
for _table_ in (_organization, _contact, _meeting, _action, _area):
    _sort_indexes(_table_, officer=_table_.c.author_officer.collate("NOCASE"))

# The filters every list combines (issue 11, schema version 16): by origin device and by area,
# each in the list's default order, so a filtered first page is an index walk too, and its
# count reads the index alone (the WHERE's columns last, schema version 23).
_DEFAULT_ORDER: dict[str, tuple[_Key, ...]] = {
    "organization": (_organization.c.name.collate("NOCASE"),),
    "contact": (_contact.c.full_name.collate("NOCASE"),),
    "meeting": (_meeting.c.start_utc,),
    "action_item": (_action.c.due.is_(None), _action.c.due),
}


def _filter_index(name: str, table: Table, lead: str, *where: str) -> None:
    condition = live_counts.OPEN_ACTIONS_WHERE if "status" in where else "deleted_at IS NULL"
    Index(
        name,
        table.c[lead],
        *_DEFAULT_ORDER[table.name],
        table.c.id,
        *(table.c[column] for column in where),
        sqlite_where=text(condition),
    )


# Each leads with its own filter and holds the other one's column: an area and an officer
# together are a range of either index, tested there, never one index per combination.
for _table_ in (_organization, _contact, _meeting, _action):
    _area_column = AREA_KEY_COLUMN if _table_ is _action else "area_id"
    _filter_index(f"ix_{_table_.name}_live_device", _table_, "author_device", _area_column, *_LIVE_COLUMNS)
    _filter_index(f"ix_{_table_.name}_live_area", _table_, _area_column, "author_device", *_LIVE_COLUMNS)
# The action list's default view (open actions) of one officer, of an area: pages and counts.
_filter_index("ix_action_item_open_device", _action, "author_device", AREA_KEY_COLUMN, *_OPEN_COLUMNS)
_filter_index("ix_action_item_open_area", _action, AREA_KEY_COLUMN, "author_device", *_OPEN_COLUMNS)
# Organizations and contacts are dated by their last change; retention reads every kind's
# records by their last change (schema 27 adds meetings and actions), and those of one
# sensitivity level by it (liaison_app/services/retention.py).
for _table_ in (_organization, _contact, _meeting, _action):
    Index(f"ix_{_table_.name}_live_updated", _table_.c.updated_at, sqlite_where=text("deleted_at IS NULL"))
for _table_ in (_contact, _meeting):
    Index(
        f"ix_{_table_.name}_live_level_updated",
        _table_.c.sensitivity,
        _table_.c.updated_at,
        sqlite_where=text("deleted_at IS NULL"),
    )

_heads = _table(RecordHeads)
Index("ix_sync_heads_conflicted", _heads.c.record_id, sqlite_where=text("conflicted > 0"))
