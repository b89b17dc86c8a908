"""Schema version 14: duplicates merged (`sync_merge_head`, `sync_merged`, `sync_merge_ref`).

Frozen as released: this SQL must never change. The heads of the `_merged_into` pseudo-field
with their values, the records merged away here (what each resolves into), and the
reference values mapped through a merge on this device (db/merge_models.py says more).
"""

from __future__ import annotations

from sqlalchemy import Connection

_STATEMENTS = (
    "CREATE TABLE sync_merge_head ("
    " record_id VARCHAR NOT NULL, origin VARCHAR NOT NULL, seq INTEGER NOT NULL,"
    " hlc INTEGER NOT NULL, kind VARCHAR NOT NULL, target VARCHAR,"
    " PRIMARY KEY (record_id, origin, seq))",
    "CREATE INDEX ix_sync_merge_head_target ON sync_merge_head (target)",
    "CREATE TABLE sync_merged ("
    " record_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, target VARCHAR NOT NULL,"
    " hlc INTEGER NOT NULL, forced BOOLEAN NOT NULL, PRIMARY KEY (record_id))",
    "CREATE INDEX ix_sync_merged_target ON sync_merged (target)",
    "CREATE TABLE sync_merge_ref ("
    " record_id VARCHAR NOT NULL, field VARCHAR NOT NULL, kind VARCHAR NOT NULL,"
    " original VARCHAR NOT NULL, PRIMARY KEY (record_id, field))",
)


def upgrade(conn: Connection) -> None:
    """Add the tables of merged duplicates."""
    for statement in _STATEMENTS:
        conn.exec_driver_sql(statement)
