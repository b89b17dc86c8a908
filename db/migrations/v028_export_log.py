"""Schema version 28: the export log (`export_log`, issue 13).

Frozen as released: this SQL must never change. One row per export file or report written:
when, what, the format, the file's name, the redaction profile, how many records, the
officer and the device. No record content is stored; the service keeps only the latest.
"""

from __future__ import annotations

from sqlalchemy import Connection

_CREATE_LOG = (
    "CREATE TABLE export_log ("
    " id INTEGER NOT NULL,"
    " at VARCHAR NOT NULL,"
    " what VARCHAR NOT NULL,"
    " format VARCHAR NOT NULL,"
    " file VARCHAR NOT NULL,"
    " redaction VARCHAR NOT NULL,"
    " records INTEGER NOT NULL,"
    " officer VARCHAR NOT NULL,"
    " device VARCHAR NOT NULL,"
    " PRIMARY KEY (id))"
)


def upgrade(conn: Connection) -> None:
    """Add the export log table."""
    conn.exec_driver_sql(_CREATE_LOG)
