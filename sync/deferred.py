"""What this release can apply of a changeset, and a marker for the operations it cannot.

A changeset from a newer protocol may carry fields, operation kinds or record kinds this
release does not know. It is still stored verbatim (and relayed with its author's signature)
and applied for everything known; the unknown operations are listed in `sync_deferred` so
that an upgraded release merges them later (sync.remerge) without anyone re-sending them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache

from sqlalchemy import Connection

from db.models import RECORD_TABLES
from sync import protocol, records
from sync.changeset import DELETED, MERGED_INTO, PURGED, ChangesetBody, Op
from sync.merges import MERGEABLE


@cache
def _known_fields() -> dict[str, frozenset[str]]:
    # Built once: the check runs for every operation of every merge.
    merged = {kind: (MERGED_INTO,) if kind in MERGEABLE else () for kind in RECORD_TABLES}
    return {
        kind: frozenset((*records.fields(kind), DELETED, PURGED, *merged[kind])) for kind in RECORD_TABLES
    }


def understood(op: Op) -> bool:
    """Whether this release applies the operation: a known record kind, and a synced field of
    it, `_deleted` or `_merged_into` (sync.merges; other names starting with `_` are
    operation kinds of newer protocols)."""
    return op.field in _known_fields().get(op.kind, ())


def keep_unknown(conn: Connection, body: ChangesetBody) -> ChangesetBody:
    """The part of `body` this release applies; the rest is noted for after an upgrade."""
    unknown = [i for i, op in enumerate(body.ops) if not understood(op)]
    if not unknown:
        return body
    note(conn, body, unknown)
    skipped = set(unknown)
    return replace(body, ops=tuple(op for i, op in enumerate(body.ops) if i not in skipped))


def note(conn: Connection, body: ChangesetBody, indices: list[int]) -> None:
    """Remember which operations of an applied changeset are still to be merged (none: forget)."""
    if not indices:
        conn.exec_driver_sql(
            "DELETE FROM sync_deferred WHERE origin = ? AND seq = ?", (body.origin, body.seq)
        )
        return
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_deferred (origin, seq, ops, at_protocol) VALUES (?, ?, ?, ?)",
        (body.origin, body.seq, json.dumps(indices), protocol.PROTOCOL),
    )


def count(conn: Connection) -> int:
    """How many applied changesets still hold operations this release could not apply."""
    return int(conn.exec_driver_sql("SELECT count(*) FROM sync_deferred").scalar_one())


def due(conn: Connection) -> int:
    """How many of those a release newer than the one that kept them has not tried yet."""
    return int(
        conn.exec_driver_sql(
            "SELECT count(*) FROM sync_deferred WHERE at_protocol < ?", (protocol.PROTOCOL,)
        ).scalar_one()
    )
