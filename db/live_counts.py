"""What the dashboard reads without scanning: live records per table, kept by triggers, and
the open actions by due date.

The dashboard's summary line counted every live row of every record table on each refresh
(a full table scan: meetings carry their minutes, so at HQ, 1.78M records, it read
gigabytes) and its overdue panel sorted every open overdue action before its first row.
`live_count` holds one row per record table, kept by triggers on the table itself, so every
write path (the record services, a sync merge, trash and restore, a purge, a demo's bulk
SQL) keeps it true without knowing it exists; `ix_action_item_open_due` holds the open live
actions by due date, so both panels are a range of it that stops after a page (and the
action list's default view, open actions, is a walk of it).

Attached to the models' metadata, so `SQLModel.metadata.create_all` builds them (the
reference the migration chain is compared with); profiles get them from migration v013.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, event
from sqlmodel import SQLModel

TABLES: tuple[str, ...] = ("organization", "contact", "meeting", "action_item", "area")
# The statuses the dashboard's panels leave out (vocab.CLOSED_ACTION_STATUSES, sorted): the
# index's WHERE and the panels' query must spell them alike for SQLite to use it.
CLOSED_SQL = "('cancelled', 'done')"
OPEN_ACTIONS_WHERE = f"deleted_at IS NULL AND status NOT IN {CLOSED_SQL}"

# How a row counts: live while deleted_at is NULL (a tombstone in the trash does not).
_TRIGGER_SQL = (
    "CREATE TRIGGER live_count_{t}_insert AFTER INSERT ON {t} WHEN NEW.deleted_at IS NULL BEGIN"
    " UPDATE live_count SET live = live + 1 WHERE tbl = '{t}'; END",
    "CREATE TRIGGER live_count_{t}_delete AFTER DELETE ON {t} WHEN OLD.deleted_at IS NULL BEGIN"
    " UPDATE live_count SET live = live - 1 WHERE tbl = '{t}'; END",
    "CREATE TRIGGER live_count_{t}_update AFTER UPDATE OF deleted_at ON {t}"
    " WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) BEGIN"
    " UPDATE live_count SET live = live + CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END"
    " WHERE tbl = '{t}'; END",
)
# Today's copies of the trigger SQL; migrations v013 and v016 (areas) froze their own (the
# chain test compares them).
TRIGGERS: tuple[str, ...] = tuple(sql.format(t=table) for table in TABLES for sql in _TRIGGER_SQL)
# Each table's row, counted from the table itself (0 in a new profile).
SEED: tuple[str, ...] = tuple(
    f"INSERT INTO live_count (tbl, live) SELECT '{t}', count(*) FROM {t} WHERE deleted_at IS NULL"
    for t in TABLES
)

live_count = Table(
    "live_count",
    SQLModel.metadata,
    Column("tbl", String, primary_key=True),
    Column("live", Integer, nullable=False),
    sqlite_with_rowid=False,
)

# `ix_action_item_open_due`, the open live actions in the action list's order, is declared
# in db/indexes.py, after the action's area column it also holds (db/area_keys.py).


def read(conn: Any) -> dict[str, int]:
    """Live records per table, from the kept counts (a DB-API cursor or connection)."""
    return {str(t): int(n) for t, n in conn.execute("SELECT tbl, live FROM live_count")}


def attach(metadata: MetaData) -> None:
    """Seed the counts and create the triggers once every table of `metadata` exists
    (also in a copied metadata)."""
    event.listen(metadata, "after_create", _create)


def _create(target: MetaData, connection: Connection, **_: Any) -> None:
    for statement in (*SEED, *TRIGGERS):
        connection.exec_driver_sql(statement)


attach(SQLModel.metadata)
