"""Schema version 24: which stored changesets touch each record (issue 13: record history,
purge).

Frozen as released: this code must never change. One row per (record, changeset), for every
stored changeset whatever its status, filled here from the bodies already stored, a batch at
a time in primary-key order (memory holds one batch). A body is canonical JSON or a zstd frame
of it (schema 12); a body that does not decode (kept verbatim because it was refused) names
no record.
"""

from __future__ import annotations

import json

import zstandard
from sqlalchemy import Connection

_MAGIC = b"\x28\xb5\x2f\xfd"
_MAX_BODY = 64 * 1024 * 1024
_BATCH = 1_000

_CREATE = (
    "CREATE TABLE sync_record_change ("
    " record_id VARCHAR NOT NULL,"
    " origin VARCHAR NOT NULL,"
    " seq INTEGER NOT NULL,"
    " PRIMARY KEY (record_id, origin, seq)) WITHOUT ROWID"
)
_PAGE = (
    "SELECT origin, seq, body FROM sync_changeset WHERE (origin, seq) > (?, ?) ORDER BY origin, seq LIMIT ?"
)
_INSERT = "INSERT OR IGNORE INTO sync_record_change (record_id, origin, seq) VALUES (?, ?, ?)"


def upgrade(conn: Connection) -> None:
    """Create the table and enter the records every stored body touches."""
    conn.exec_driver_sql(_CREATE)
    raw = conn.connection.driver_connection
    assert raw is not None
    decompressor = zstandard.ZstdDecompressor()
    after: tuple[str, int] = ("", -1)
    while True:
        rows = conn.exec_driver_sql(_PAGE, (*after, _BATCH)).all()
        entries: list[tuple[str, str, int]] = []
        for origin, seq, body in rows:
            for record_id in sorted(_records(bytes(body), decompressor)):
                entries.append((record_id, str(origin), int(seq)))
        entries.sort()
        raw.executemany(_INSERT, entries)
        if len(rows) < _BATCH:
            return
        after = (str(rows[-1][0]), int(rows[-1][1]))


def _records(body: bytes, decompressor: zstandard.ZstdDecompressor) -> set[str]:
    try:
        if body[:4] == _MAGIC:
            body = decompressor.decompress(body, max_output_size=_MAX_BODY)
        ops = json.loads(body)["ops"]
        return {str(op[1]) for op in ops if isinstance(op, list) and len(op) >= 4 and isinstance(op[1], str)}
    except (ValueError, KeyError, TypeError, IndexError, zstandard.ZstdError):
        return set()
