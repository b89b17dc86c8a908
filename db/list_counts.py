"""What a filtered list counts without walking an index: live records per (table, area,
recording device, open), kept by triggers.

A list screen counts its rows before it shows the first page (the scroll bar's length). At
HQ a province holds most records: counting its 445,000 contacts, or the 580,000 open actions
of the action list's default view, walks a covering index for 0.2 s warm and 0.6-1.1 s cold
(docs/BENCHMARKS.md, "Filtered lists"). `list_count` holds one row per combination of the
filters an analyst counts most (area, officer's device, open or not), so such a count is a
sum over at most a few hundred of its rows. As with `live_count` (db/live_counts.py), the
triggers sit on the record tables themselves, so every write path (the record services, a
sync merge, trash and restore, a purge, a demo's bulk SQL, the area copy of db/area_keys.py)
keeps it true without knowing it exists.

An action's area is its meeting's (`meeting_area`), the column its list filters by; the
other kinds are always "open". A missing area or device is kept as '' (no area id is empty).
Attached to the models' metadata, so `SQLModel.metadata.create_all` builds it; profiles get
it from migration v030.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Integer, MetaData, String, Table
from sqlmodel import SQLModel

from db import live_counts, triggers
from db.models import AREA_KEY_COLUMN


@dataclass(frozen=True, slots=True)
class Counted:
    """How one record table's rows are keyed in `list_count`: its area column, and the SQL
    truth value of "open" over a row (`{row}` is NEW or OLD)."""

    table: str
    area: str
    open: str = "1"

    def opened(self, row: str) -> str:
        return self.open.format(row=row)

    def key(self, row: str) -> tuple[str, str, str, str]:
        """The key columns' values for `row` (NEW, OLD or a table alias), in column order."""
        return (
            f"'{self.table}'",
            f"coalesce({row}.{self.area}, '')",
            f"coalesce({row}.author_device, '')",
            self.opened(row),
        )


# A status outside the closed ones is open, as the list's "open" filter says (never NULL:
# the column is NOT NULL, and a key column must not be).
COUNTED: tuple[Counted, ...] = (
    Counted("organization", "area_id"),
    Counted("contact", "area_id"),
    Counted("meeting", "area_id"),
    Counted("action_item", AREA_KEY_COLUMN, f"coalesce({{row}}.status NOT IN {live_counts.CLOSED_SQL}, 1)"),
)

list_count = Table(
    "list_count",
    SQLModel.metadata,
    Column("tbl", String, primary_key=True),
    Column("area", String, primary_key=True),
    Column("device", String, primary_key=True),
    Column("open", Integer, primary_key=True),
    Column("live", Integer, nullable=False),
    sqlite_with_rowid=False,
)

_KEY = "tbl = {0} AND area = {1} AND device = {2} AND open = {3}"


def _triggers(c: Counted) -> tuple[str, ...]:
    t = c.table
    old_key = _KEY.format(*c.key("OLD"))
    add_new = (
        f"INSERT INTO list_count (tbl, area, device, open, live) SELECT {', '.join(c.key('NEW'))}, 1"
        " WHERE NEW.deleted_at IS NULL ON CONFLICT DO UPDATE SET live = live + 1;"
    )
    moved = " OR ".join(
        (
            "(OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)",
            f"OLD.{c.area} IS NOT NEW.{c.area}",
            "OLD.author_device IS NOT NEW.author_device",
            f"({c.opened('OLD')}) IS NOT ({c.opened('NEW')})",
        )
    )
    columns = ", ".join(
        dict.fromkeys(("deleted_at", c.area, "author_device", *(["status"] if c.open != "1" else [])))
    )
    return (
        f"CREATE TRIGGER list_count_{t}_insert AFTER INSERT ON {t} WHEN NEW.deleted_at IS NULL"
        f" BEGIN {add_new} END",
        f"CREATE TRIGGER list_count_{t}_delete AFTER DELETE ON {t} WHEN OLD.deleted_at IS NULL BEGIN"
        f" UPDATE list_count SET live = live - 1 WHERE {old_key}; END",
        f"CREATE TRIGGER list_count_{t}_update AFTER UPDATE OF {columns} ON {t} WHEN {moved} BEGIN"
        f" UPDATE list_count SET live = live - 1 WHERE OLD.deleted_at IS NULL AND {old_key}; {add_new} END",
    )


# Today's copies of the SQL; migration v030 froze its own (the chain test compares them).
TRIGGERS: tuple[str, ...] = tuple(sql for c in COUNTED for sql in _triggers(c))
SEED: tuple[str, ...] = tuple(
    f"INSERT INTO list_count (tbl, area, device, open, live)"
    f" SELECT {', '.join(c.key('t'))}, count(*) FROM {c.table} t WHERE t.deleted_at IS NULL"
    " GROUP BY 2, 3, 4"
    for c in COUNTED
)


def attach(metadata: MetaData) -> None:
    """Seed the counts and create the triggers once every table of `metadata` exists."""
    triggers.create_with(metadata, (*SEED, *TRIGGERS))


attach(SQLModel.metadata)
