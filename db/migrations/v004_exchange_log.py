"""Schema version 4: the exchange history (`sync_exchange_log`).

Frozen as released: this SQL must never change. One row per bundle imported, refused, held
or exported: when, which direction, the file, the peers' device ids, a result code, a
refusal code and the counts. No record content is stored; the sync layer keeps only the
latest entries.
"""

from __future__ import annotations

from sqlalchemy import Connection

_CREATE_LOG = (
    "CREATE TABLE sync_exchange_log ("
    " id INTEGER NOT NULL,"
    " at VARCHAR NOT NULL,"
    " direction VARCHAR NOT NULL,"
    " file VARCHAR NOT NULL,"
    " peers JSON NOT NULL,"
    " result VARCHAR NOT NULL,"
    " reason VARCHAR,"
    " counts JSON NOT NULL,"
    " PRIMARY KEY (id))"
)


def upgrade(conn: Connection) -> None:
    """Add the exchange history table."""
    conn.exec_driver_sql(_CREATE_LOG)
