"""Schema version 15: each sender's imported bundles by time (`ix_sync_imported_bundle_sender`).

Frozen as released: this SQL must never change. The intake log (`liaison sync log`) shows,
per officer, how many bundles arrived, the latest one and its result: with this index each
is a search of that sender's own entries, where it read every bundle ever imported (at HQ,
50 officers' daily bundles over years). The table itself is unchanged: it already holds one
row per bundle imported (its digest, sender, time and counts), never a record's content.
"""

from __future__ import annotations

from sqlalchemy import Connection

_INDEX = "CREATE INDEX ix_sync_imported_bundle_sender ON sync_imported_bundle (sender, imported_at)"


def upgrade(conn: Connection) -> None:
    """Add the index of imported bundles by sender and time."""
    conn.exec_driver_sql(_INDEX)
