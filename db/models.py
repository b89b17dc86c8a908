"""SQLModel tables: the record kinds, profile settings and the local device identity.

Every record carries a UUID, created/updated times (UTC ISO-8601 text, which sorts), the
officer and device that created it, and a tombstone time: deletes are soft because sync
must carry them. List-valued fields are JSON columns so that each is one mergeable field.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, ForeignKey, String, text
from sqlmodel import Field, SQLModel


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))


def _marked() -> Any:
    # Added in schema 26 to kinds stored before (existing rows are unmarked).
    return Field(default=False, sa_column_kwargs={"server_default": text("0")})


def _sharing() -> Any:
    # Who a shared record reaches (schema 26): "mission" (everyone) or "hq" (HQ only).
    return Field(default="mission", sa_column_kwargs={"server_default": text("'mission'")})


def _fk(target: str) -> Any:
    # Deferred so a transaction (or a sync merge) may insert a row before the row it points to.
    return Field(
        default=None,
        sa_column=Column(
            String,
            ForeignKey(target, deferrable=True, initially="DEFERRED"),
            nullable=True,
            index=True,
        ),
    )


class RecordBase(SQLModel):
    """Bookkeeping shared by all record kinds."""

    id: str = Field(primary_key=True)
    created_at: str
    updated_at: str
    author_officer: str
    author_device: str
    # No plain index: nearly every row is live, so SQLite would walk it and sort after.
    deleted_at: str | None = None


class Area(RecordBase, table=True):
    """An administrative area of the mission (adm1, adm2, adm3), profile-wide: HQ sends the list."""

    __tablename__ = "area"

    name: str
    pcode: str = ""  # the humanitarian P-code, e.g. "CD61"
    level: str = "adm1"
    parent_area_id: str | None = _fk("area.id")
    # Where a map plot puts it: a centre and an optional outline of [latitude, longitude] points.
    latitude: float | None = None
    longitude: float | None = None
    outline: list[list[float]] = _json_list()


class Organization(RecordBase, table=True):
    __tablename__ = "organization"

    name: str
    acronym: str = ""
    org_type: str = "other"
    sectors: list[str] = _json_list()
    parent_id: str | None = _fk("organization.id")
    notes: str = ""
    area_id: str | None = _fk("area.id")
    do_not_share: bool = _marked()
    sharing: str = _sharing()


class Contact(RecordBase, table=True):
    __tablename__ = "contact"

    full_name: str
    position: str = ""
    organization_id: str | None = _fk("organization.id")
    contact_points: list[dict[str, str]] = _json_list()
    languages: list[str] = _json_list()
    location: str = ""
    notes: str = ""
    tags: list[str] = _json_list()
    sensitivity: str = ""
    do_not_share: bool = False
    do_not_contact: bool = False
    area_id: str | None = _fk("area.id")
    sharing: str = _sharing()


class Meeting(RecordBase, table=True):
    __tablename__ = "meeting"

    meeting_type: str = "meeting"
    title: str
    start: str
    # UTC copies of start/end so SQL can order and filter across offsets.
    start_utc: str
    end: str | None = None
    end_utc: str | None = None
    location: str = ""
    grid: str = ""
    latitude: float | None = None
    longitude: float | None = None
    attendee_ids: list[str] = _json_list()
    organization_ids: list[str] = _json_list()
    purpose: str = ""
    points: list[dict[str, str]] = _json_list()
    assessment: str = ""
    status: str = "draft"
    sensitivity: str = ""
    area_id: str | None = _fk("area.id")
    do_not_share: bool = _marked()
    sharing: str = _sharing()


class ActionItem(RecordBase, table=True):
    __tablename__ = "action_item"

    title: str
    description: str = ""
    # "me" or a contact id; not a foreign key because the contact may be one that
    # never leaves its own laptop ("do not share").
    owner: str | None = None
    due: str | None = None
    status: str = Field(default="open", index=True)
    priority: str = "normal"
    meeting_id: str | None = _fk("meeting.id")
    completed_at: str | None = None
    do_not_share: bool = _marked()
    sharing: str = _sharing()


class Setting(SQLModel, table=True):
    """Profile-wide settings, each a JSON value under a key."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: Any = Field(sa_column=Column(JSON, nullable=False))


class AreaAssignment(SQLModel, table=True):
    """An officer's area of responsibility, kept at HQ only (never synced): one row per
    (officer device, area)."""

    __tablename__ = "area_assignment"

    device_id: str = Field(primary_key=True)
    # Not a foreign key: a purged area must not block the purge; readers keep live areas.
    area_id: str = Field(primary_key=True, index=True)
    assigned_at: str


class LocalIdentity(SQLModel, table=True):
    """This device's key pairs. Private keys live only here, inside the encrypted file."""

    __tablename__ = "local_identity"

    device_id: str = Field(primary_key=True)
    signing_private: bytes
    kem_mlkem_seed: bytes
    kem_x25519_private: bytes


RECORD_TABLES: dict[str, type[RecordBase]] = {
    "org": Organization,
    "contact": Contact,
    "meeting": Meeting,
    "action": ActionItem,
    "area": Area,
}

# Columns that describe a copy rather than the record: never merged field by field.
BOOKKEEPING_COLUMNS = ("id", "created_at", "updated_at", "author_officer", "author_device", "deleted_at")


# Local copies of another record's name that a list sorts by (db/sort_keys.py keeps them
# with triggers): on the tables, never record fields, so neither merged nor sent.
SORT_KEY_COLUMNS = frozenset({"sort_parent", "sort_organization", "sort_owner", "sort_meeting"})
# An action's copy of its meeting's area (db/area_keys.py), kept by triggers for the list filter.
AREA_KEY_COLUMN = "meeting_area"
LOCAL_COLUMNS = SORT_KEY_COLUMNS | {AREA_KEY_COLUMN}


# Columns computed from another column of the same record (a meeting's UTC times). They
# travel with their source in the same operation, so a conflict on one is the same conflict.
DERIVED_COLUMNS = {"start_utc": "start", "end_utc": "end"}


@cache  # read on every write; a table's columns are fixed once its class exists
def synced_fields(table: type[RecordBase]) -> tuple[str, ...]:
    """The columns of a record table that sync merges, one operation each."""
    return tuple(c.name for c in _columns(table) if c.name not in BOOKKEEPING_COLUMNS)


@cache
def json_columns(table: type[RecordBase]) -> frozenset[str]:
    """The columns of a record table stored as JSON text (lists and entries)."""
    return frozenset(c.name for c in _columns(table) if isinstance(c.type, JSON))


@cache
def bool_columns(table: type[RecordBase]) -> frozenset[str]:
    """The columns of a record table stored as SQLite's 0/1 booleans."""
    return frozenset(c.name for c in _columns(table) if isinstance(c.type, Boolean))


def references_to(table_name: str) -> tuple[tuple[str, str], ...]:
    """(table, column) of every foreign key of the record tables that points at
    `table_name`, read from the tables' metadata."""
    found = {
        (str(table.__tablename__), fk.parent.name)
        for table in RECORD_TABLES.values()
        for fk in table.__table__.foreign_keys  # type: ignore[attr-defined]
        if fk.target_fullname.split(".")[0] == table_name
    }
    return tuple(sorted(found))


def _columns(table: type[RecordBase]) -> list[Any]:
    columns = table.__table__.columns  # type: ignore[attr-defined]
    return [c for c in columns if c.name not in LOCAL_COLUMNS]
