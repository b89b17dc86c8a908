"""Equivocation: a device that signed two different changesets with the same sequence number.

Sequence numbers are gap-free per origin, so two validly signed bodies under one (origin,
seq) mean the device forked its own history (a compromised laptop, a buggy release, a
profile restored from an old copy and written on). Left alone, two devices that received
the two versions stay diverged for good, each calling the other's a duplicate. The first
body stored is kept; every other is refused, remembered here (hashes, never content) and
reported: in `sync status`, in the exchange history and in the GUI, as a reason to revoke
the device. Detection needs only what is stored: the same check on every device.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection

from sync import stored_body, stubs


@dataclass(frozen=True, slots=True)
class Fork:
    """Two bodies signed by `origin` under sequence number `seq`."""

    origin: str
    seq: int
    kept_hash: str  # hex SHA-256 of the body stored here first
    other_hash: str  # hex SHA-256 of the body refused


@dataclass(frozen=True, slots=True)
class EquivocatingDevice:
    """A device seen signing two histories: how many sequence numbers, since when."""

    device_id: str
    forks: int
    first_detected: str  # UTC, ISO 8601


def fork_of(conn: Connection, origin: str, seq: int, raw: bytes) -> Fork | None:
    """The fork `raw` makes with the body stored under (origin, seq), if they differ."""
    row = conn.exec_driver_sql(
        "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
    ).first()
    if row is None:
        return None
    kept = stored_body.unpack(row[0])  # hashes are of the bodies as signed, however stored
    if kept == raw or stubs.consistent(kept, raw):  # a purge redacted it (or it is a stub)
        return None
    return Fork(origin, seq, hashlib.sha256(kept).hexdigest(), hashlib.sha256(raw).hexdigest())


def remember(conn: Connection, fork: Fork, *, via: str, now: str) -> bool:
    """Keep the fork (in the caller's transaction); False if it was known already."""
    cursor = conn.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_equivocation (origin, seq, other_hash, kept_hash, via, detected_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (fork.origin, fork.seq, fork.other_hash, fork.kept_hash, via, now),
    )
    return bool(cursor.rowcount)


def devices(conn: Connection) -> list[EquivocatingDevice]:
    """Every device seen equivocating, the most forks first."""
    rows = conn.exec_driver_sql(
        "SELECT origin, count(DISTINCT seq), min(detected_at) FROM sync_equivocation"
        " GROUP BY origin ORDER BY count(DISTINCT seq) DESC, origin"
    )
    return [EquivocatingDevice(str(o), int(n), str(at)) for o, n, at in rows]
