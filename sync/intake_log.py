"""The intake log: per sending device, the bundles received from it and when it was last heard
from, read from what the store keeps anyway.

Every bundle imported leaves one row in `sync_imported_bundle` (its digest, sender, time and
the import's counts, with the file's name): that is how a file given twice is recognised, so
it stays as long as the profile. The log reads those rows through the index by sender and
time (schema 15), and a device's latest change through the changesets' primary key: each
figure is a search of one device's entries, never a pass over every bundle or changeset. No
record content is in any of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection

# Count keys of a stored import that are changesets the bundle carried (`conflicts` is not:
# it counts conflicts the import opened).
_CHANGESET_KEYS = (
    "applied",
    "duplicate",
    "pending",
    "quarantined",
    "skipped_revoked",
    "equivocations",
    "too_large",
    "rejected",
)


@dataclass(frozen=True, slots=True)
class Received:
    """One bundle received from a device, as its import found it."""

    at: str  # UTC, ISO 8601: when it was imported here
    file: str  # the path it was imported from
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def changesets(self) -> int:
        """How many changesets the bundle carried."""
        return sum(self.counts.get(key, 0) for key in _CHANGESET_KEYS)


@dataclass(frozen=True, slots=True)
class SenderIntake:
    """What arrived from one device: how many bundles, the first and the latest, and the
    clock of the newest changeset of its own held here (None: none of its changes)."""

    device_id: str
    bundles: int
    first_at: str | None
    latest: Received | None
    last_change_hlc: int | None


def sender_intake(conn: Connection, device_id: str) -> SenderIntake:
    """The intake of one device (a few index searches, whatever the store holds)."""
    count, first_at = conn.exec_driver_sql(
        "SELECT count(*), min(imported_at) FROM sync_imported_bundle WHERE sender = ?", (device_id,)
    ).one()
    latest = received(conn, device_id, limit=1)
    return SenderIntake(
        device_id=device_id,
        bundles=int(count),
        first_at=None if first_at is None else str(first_at),
        latest=latest[0] if latest else None,
        last_change_hlc=last_change(conn, device_id),
    )


def received(conn: Connection, device_id: str, *, limit: int | None = None) -> list[Received]:
    """The bundles received from `device_id`, newest first (all of them, or the latest `limit`)."""
    rows = conn.exec_driver_sql(
        # The index's own order, so the latest one alone is one step of it, not a sort.
        "SELECT imported_at, counts FROM sync_imported_bundle WHERE sender = ?"
        " ORDER BY imported_at DESC LIMIT ?",
        (device_id, -1 if limit is None else limit),
    )
    return [_received(str(at), counts) for at, counts in rows]


def _received(at: str, stored: str) -> Received:
    try:
        data = json.loads(stored)
    except ValueError:  # never written so, but a log line must not stop the log
        data = {}
    if not isinstance(data, dict):
        data = {}
    counts = {str(k): v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool)}
    return Received(at, str(data.get("file", "")), counts)


def last_change(conn: Connection, device_id: str) -> int | None:
    """The clock of the device's newest changeset held here (its latest change), leaving out
    quarantined ones: their clocks run ahead of any real date."""
    row = conn.exec_driver_sql(
        "SELECT hlc FROM sync_changeset WHERE origin = ? AND status != 'quarantined'"
        " ORDER BY seq DESC LIMIT 1",
        (device_id,),
    ).first()
    return None if row is None else int(row[0])


def waiting(conn: Connection, device_id: str) -> int:
    """The device's changesets held here that still wait for changesets they depend on."""
    row = conn.exec_driver_sql(
        "SELECT count(*) FROM sync_changeset WHERE status = 'pending' AND origin = ?", (device_id,)
    ).one()
    return int(row[0])


def rejected_since(conn: Connection, device_id: str, since: str) -> dict[str, int]:
    """Reason code -> how many of the device's changesets received since `since` the merge
    refused (a search of the few rejected ones)."""
    rows = conn.exec_driver_sql(
        "SELECT reason, count(*) FROM sync_changeset"
        " WHERE status = 'rejected' AND origin = ? AND received_at >= ? GROUP BY reason",
        (device_id, since),
    )
    return {str(reason or "rejected"): int(n) for reason, n in rows}
