"""Which stored changesets touch a record: one row per (record, changeset), written wherever a
changeset is stored (captured here, staged from a bundle, written by the demo generator).

A record's history and a purge read only the bodies listed here, never every body: at HQ a
store holds millions of them.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from sync import staging
from sync.changeset import ChangesetBody

_INSERT = "INSERT OR IGNORE INTO sync_record_change (record_id, origin, seq)"


def note(conn: Connection, origin: str, seq: int, record_ids: Iterable[str]) -> None:
    """Enter that changeset `origin`/`seq` touches these records."""
    raw = conn.connection.driver_connection
    assert raw is not None
    # Through a TEMP table (sync.staging): inside the merge's savepoint an executemany costs
    # O(n²) in statement journals; in key order, so B-tree pages are visited once each.
    staging.insert(raw, _INSERT, [(record_id, origin, seq) for record_id in sorted(set(record_ids))])


def note_body(conn: Connection, body: ChangesetBody) -> None:
    """Enter the records a stored changeset's operations touch."""
    note(conn, body.origin, body.seq, (op.record_id for op in body.ops))


def changesets_touching(conn: Connection, record_id: str) -> list[tuple[str, int]]:
    """(origin, seq) of every stored changeset touching `record_id`, in key order."""
    rows = conn.exec_driver_sql(
        "SELECT origin, seq FROM sync_record_change WHERE record_id = ? ORDER BY origin, seq", (record_id,)
    )
    return [(str(origin), int(seq)) for origin, seq in rows]


def forget(conn: Connection, record_id: str) -> None:
    """Drop the entries of a record (once its changesets no longer carry it)."""
    conn.exec_driver_sql("DELETE FROM sync_record_change WHERE record_id = ?", (record_id,))
