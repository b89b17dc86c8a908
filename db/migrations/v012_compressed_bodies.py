"""Schema version 12: stored changeset bodies compressed at rest (zstd), a batch at a time.

Frozen as released: this code must never change. No table changes: `sync_changeset.body`
holds either the body verbatim (canonical JSON, beginning with `{`, as every earlier version
stored it) or a zstd frame of it, told apart by the frame's magic number. A body is
compressed only when that saves at least a quarter of it.
The version bump is what keeps an older release, which would read a frame as a malformed
body, from opening the profile (it refuses a newer schema).

The signature covers the body as signed, so decompressing gives back exactly those bytes.
"""

from __future__ import annotations

import zstandard
from sqlalchemy import Connection

_MAGIC = b"\x28\xb5\x2f\xfd"
_LEVEL = 3
_MIN_SAVING = 0.25
_BATCH = 1_000  # rows read and rewritten at a time: memory holds one batch of bodies

_PAGE = (
    "SELECT origin, seq, body FROM sync_changeset WHERE (origin, seq) > (?, ?) ORDER BY origin, seq LIMIT ?"
)
_REWRITE = "UPDATE sync_changeset SET body = ? WHERE origin = ? AND seq = ?"


def upgrade(conn: Connection) -> None:
    """Compress every stored body that gains from it, in primary-key order."""
    raw = conn.connection.driver_connection
    assert raw is not None
    compressor = zstandard.ZstdCompressor(level=_LEVEL)
    after: tuple[str, int] = ("", -1)
    while True:
        rows = conn.exec_driver_sql(_PAGE, (*after, _BATCH)).all()
        rewritten = []
        for origin, seq, body in rows:
            body = bytes(body)
            if body[:4] == _MAGIC:
                continue
            packed = compressor.compress(body)
            if len(packed) <= len(body) * (1 - _MIN_SAVING):
                rewritten.append((packed, origin, seq))
        raw.executemany(_REWRITE, rewritten)
        if len(rows) < _BATCH:
            return
        after = (str(rows[-1][0]), int(rows[-1][1]))
