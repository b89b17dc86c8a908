"""The exchange history: one entry per bundle imported, refused, held or exported.

Entries carry file names, device ids, result and refusal codes and counts, never a
record's content. The table is bounded: writing an entry drops those beyond the latest
`KEEP`, so years of folder syncs cannot grow the profile.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection

KEEP = 1000


class Direction(StrEnum):
    """Which way a bundle went."""

    IMPORT = "import"
    EXPORT = "export"


class Result(StrEnum):
    """What became of the bundle."""

    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"  # the same file went in before: nothing changed
    REFUSED = "refused"  # nothing changed; the entry's reason says why
    HELD = "held"  # written by a newer release: kept in the profile for after an upgrade
    WRITTEN = "written"  # an export


@dataclass(frozen=True, slots=True)
class Entry:
    """One exchange as the history stores it."""

    id: int
    at: str  # UTC, ISO 8601
    direction: Direction
    file: str
    peers: tuple[str, ...]  # the sender of an import ("" unknown), the recipients of an export
    result: Result
    reason: str | None  # a refusal's code (sync.refusals.RefusalReason value)
    counts: Mapping[str, int]


def record(
    conn: Connection,
    *,
    at: str,
    direction: Direction,
    file: str,
    peers: Sequence[str],
    result: Result,
    reason: str | None = None,
    counts: Mapping[str, int] | None = None,
    keep: int = KEEP,
) -> None:
    """Add one entry and drop the oldest beyond `keep` (in the caller's transaction)."""
    cursor = conn.exec_driver_sql(
        "INSERT INTO sync_exchange_log (at, direction, file, peers, result, reason, counts)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            at,
            direction.value,
            file,
            json.dumps(list(peers)),
            result.value,
            reason,
            json.dumps(dict(counts or {})),
        ),
    )
    newest = cursor.lastrowid
    if newest is not None and newest > keep:
        # Ids only grow (the oldest rows go, never the newest), so this keeps the latest `keep`.
        conn.exec_driver_sql("DELETE FROM sync_exchange_log WHERE id <= ?", (newest - keep,))


def entries(conn: Connection, *, limit: int = KEEP) -> list[Entry]:
    """The latest entries, newest first."""
    rows = conn.exec_driver_sql(
        "SELECT id, at, direction, file, peers, result, reason, counts FROM sync_exchange_log"
        " ORDER BY id DESC LIMIT ?",
        (limit,),
    )
    return [
        Entry(
            id=int(row[0]),
            at=str(row[1]),
            direction=Direction(row[2]),
            file=str(row[3]),
            peers=tuple(str(p) for p in json.loads(row[4])),
            result=Result(row[5]),
            reason=None if row[6] is None else str(row[6]),
            counts={str(k): int(v) for k, v in json.loads(row[7]).items()},
        )
        for row in rows
    ]
