"""Which tombstones may go for good: only deletes every known peer holds, of records no
merge needs.

Collecting a tombstone earlier would let a peer that has not seen the delete send it back
to life (or send an edit for a row that no longer exists). A peer's version vector alone does
not say it holds a changeset: an officer sent area-scoped bundles counts what HQ left out as
passed and reports it as `lacks` (sync.scope_holes), so a changeset it lacks is not held.
Records a merge names (merged away, or kept) stay: an unmerge brings the merged-away record
back from its tombstone, and a late edit to it is carried over to the kept record
(sync.merges) — at any time, from a device that never heard of the merge.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Connection

from db.models import RECORD_TABLES, references_to
from sync import records
from sync.state import decode_heads


@cache
def purge_order() -> tuple[str, ...]:
    """The kinds in an order where those that point at a kind come before it, so one pass
    can purge a meeting together with the action items that named it."""
    remaining = list(reversed(RECORD_TABLES))
    order: list[str] = []
    while remaining:
        pointing = {
            kind: {source for source, _ in references_to(records.table_name(kind))} for kind in remaining
        }
        names = {records.table_name(k) for k in remaining}
        ready = next(
            (k for k in remaining if not (pointing[k] - {records.table_name(k)}) & names),
            remaining[0],  # a cycle between kinds: any order is as good
        )
        order.append(ready)
        remaining.remove(ready)
    return tuple(order)


@dataclass(frozen=True, slots=True)
class PeerHolding:
    """What an active peer is known to hold: its acknowledged version vector, less the
    ranges it said it lacks."""

    known_vv: dict[str, int]
    lacks: dict[str, list[tuple[int, int]]]

    def holds(self, origin: str, seq: int) -> bool:
        """Whether the peer holds changeset `seq` of `origin`."""
        if self.known_vv.get(origin, 0) < seq:
            return False
        return not any(first <= seq <= last for first, last in self.lacks.get(origin, ()))


def holdings(conn: Connection) -> list[PeerHolding]:
    """What every active (not revoked) peer holds, but for those its voucher answers for."""
    return [
        PeerHolding(
            json.loads(vv),
            {o: [(int(a), int(b)) for a, b in pairs] for o, pairs in json.loads(lacks or "{}").items()},
        )
        for vv, lacks in conn.exec_driver_sql(
            f"SELECT known_vv, known_lacks FROM sync_peer p WHERE revoked_at IS NULL AND NOT {_RELAYED_TO}"
        )
    ]


# A device known only from an HQ's vouching never sends here directly: its version vector
# here stays empty, and would keep every tombstone for ever. Its HQ, an active direct peer,
# relays to it and keeps the tombstone until it holds the delete (purge waits there for it),
# so a late edit of its still lands in the record at HQ; here it is ignored like any late
# operation for a purged record. A revoked voucher answers for nobody.
_RELAYED_TO = (
    "(p.vouched_by IS NOT NULL AND EXISTS (SELECT 1 FROM sync_peer v WHERE v.device_id = p.vouched_by"
    " AND v.revoked_at IS NULL AND v.vouched_by IS NULL))"
)


def acknowledged(conn: Connection, kind: str) -> list[str]:
    """Tombstones of `kind` whose every head (the delete, and the last write of each field)
    every active peer holds, that nothing references and no merge names."""
    peers = holdings(conn)
    table = records.table_name(kind)
    blocked = " ".join(
        f"AND t.id NOT IN (SELECT {column} FROM {source} WHERE {column} IS NOT NULL)"
        # Foreign keys keep a tombstone in place while something still points at it.
        for source, column in references_to(table)
    )
    rows = conn.exec_driver_sql(
        f"SELECT t.id, h.heads FROM {table} t LEFT JOIN sync_heads h ON h.record_id = t.id"
        f" WHERE t.deleted_at IS NOT NULL {blocked} {_MERGE_KEPT}"
    ).all()
    ready = []
    for record_id, document in rows:
        # Every head, not only the delete's: a peer that lacks an earlier write of the record
        # (left out of a scoped bundle) has not got the record as the delete left it.
        heads = [h for field in decode_heads(document).values() for h in field] if document else []
        if all(peer.holds(h.origin, h.seq) for h in heads for peer in peers):
            ready.append(record_id)
    return sorted(ready)


# A record a merge declaration names, either side and whatever its value now (an unmerged
# record can be merged again by a late declaration), stays: the tables are small (one row a
# merge), and the redirect, the carry-over of late edits and the unmerge all read the rows.
_MERGE_KEPT = (
    "AND t.id NOT IN (SELECT record_id FROM sync_merge_head)"
    " AND t.id NOT IN (SELECT target FROM sync_merge_head WHERE target IS NOT NULL)"
    " AND t.id NOT IN (SELECT target FROM sync_merged)"
)


def forget(conn: Connection, kind: str, record_ids: list[str], *, now: str) -> None:
    """Delete the rows and their merge state; remember them so late operations are ignored."""
    table = records.table_name(kind)
    raw = conn.connection.driver_connection
    assert raw is not None
    ids = [(record_id,) for record_id in record_ids]
    raw.executemany(f"DELETE FROM {table} WHERE id = ?", ids)
    raw.executemany("DELETE FROM sync_heads WHERE record_id = ?", ids)
    raw.executemany(
        "INSERT OR IGNORE INTO sync_purged (record_id, kind, purged_at) VALUES (?, ?, ?)",
        [(record_id, kind, now) for record_id in record_ids],
    )


def purged(conn: Connection, record_ids: list[str]) -> set[str]:
    """Which of these records were purged here."""
    found: set[str] = set()
    for start in range(0, len(record_ids), 400):
        chunk = record_ids[start : start + 400]
        found.update(
            r
            for (r,) in conn.exec_driver_sql(
                f"SELECT record_id FROM sync_purged WHERE record_id IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            )
        )
    return found
