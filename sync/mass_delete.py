"""Counting what a bundle deletes before it is committed: the mass-delete guard.

A bundle that would delete (or purge) a large share of this device's records is far more
likely a mistake — a drive read back empty, a device reset — than an officer's intent
(Syncthing's worst bug). The import runs in one transaction; `counting` installs temporary
triggers on the record tables for its length, so the rows the merge takes out of the live
set are counted by kind, whatever the path (a `_deleted` operation today, a purge, which
deletes the row, once it exists). The caller compares the count with the live records
before and rolls the transaction back to ask first: nothing of the bundle is applied.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from db.live_counts import TABLES

# Below this many deletions a bundle never asks, whatever the share (a small profile).
MIN_RECORDS = 20
_TRIGGERS = (
    "CREATE TEMP TRIGGER mass_delete_{t}_update AFTER UPDATE OF deleted_at ON main.{t}"
    " WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL BEGIN"
    " UPDATE mass_delete_count SET n = n + 1 WHERE tbl = '{t}'; END",
    "CREATE TEMP TRIGGER mass_delete_{t}_delete AFTER DELETE ON main.{t}"
    " WHEN OLD.deleted_at IS NULL BEGIN"
    " UPDATE mass_delete_count SET n = n + 1 WHERE tbl = '{t}'; END",
)


@dataclass(frozen=True, slots=True)
class Deletions:
    """Live records a bundle took out, by table, against the live records before it."""

    deleted: dict[str, int]
    live_before: int

    @property
    def total(self) -> int:
        """Records deleted, every kind together."""
        return sum(self.deleted.values())

    def exceeds(self, percent: int) -> bool:
        """Whether more than `percent` of the live records went, and at least MIN_RECORDS."""
        return self.total >= MIN_RECORDS and self.total * 100 > percent * self.live_before


def live_records(conn: Connection) -> int:
    """This device's live records of every kind (db.live_counts: no scan)."""
    return int(conn.exec_driver_sql("SELECT coalesce(sum(live), 0) FROM live_count").scalar_one())


@contextmanager
def counting(conn: Connection) -> Iterator[Counter]:
    """Count deletions on `conn` while the block runs, in its transaction: the temporary
    table and triggers are made in it, so a rollback takes them away too; a block that ends
    well drops them before the commit."""
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS mass_delete_count (tbl TEXT PRIMARY KEY, n INT)")
    conn.exec_driver_sql("DELETE FROM temp.mass_delete_count")
    for table in TABLES:
        conn.exec_driver_sql("INSERT INTO temp.mass_delete_count (tbl, n) VALUES (?, 0)", (table,))
        for trigger in _TRIGGERS:
            conn.exec_driver_sql(trigger.format(t=table))
    yield Counter(conn, live_records(conn))
    for table in TABLES:
        for way in ("update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER temp.mass_delete_{table}_{way}")
    conn.exec_driver_sql("DROP TABLE temp.mass_delete_count")


class Counter:
    """What `counting` has counted so far."""

    def __init__(self, conn: Connection, live_before: int) -> None:
        self._conn = conn
        self.live_before = live_before

    def deletions(self) -> Deletions:
        """The deletions so far, by table (only tables with some)."""
        rows = self._conn.exec_driver_sql("SELECT tbl, n FROM temp.mass_delete_count WHERE n > 0").all()
        return Deletions({str(t): int(n) for t, n in rows}, self.live_before)
