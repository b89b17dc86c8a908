"""Which records are in a changeset's causal past: the changesets applied here that touched
each record, one row per (record, origin) with the origin's first such changeset.

A record is in the causal past of changeset C when some origin's changeset that touched it
is one C's author had (C's own earlier ones, or within C's dependencies). Every device that
applies C has applied that past first, so the answer is the same everywhere, whatever else
has arrived meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection

from sync import staging
from sync.changeset import ChangesetBody

_CHUNK = 400


def note(conn: Connection, body: ChangesetBody) -> None:
    """Enter the records an applied changeset touched."""
    kinds = {op.record_id: op.kind for op in body.ops}  # the last operation's kind, as always
    # Records a purge removed from it (sync.stubs) were touched all the same: every device
    # must decide alike whether a later changeset may name them.
    kinds.update({record_id: kind for kind, record_id, _ in body.purged if record_id not in kinds})
    if not kinds:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    # Through a TEMP table (sync.staging): inside the merge's savepoint an executemany costs
    # O(n²) in statement journals; in key order, so B-tree pages are visited once each.
    origin, seq = body.origin, body.seq
    staging.insert(
        raw,
        "INSERT OR IGNORE INTO sync_record_seen (record_id, origin, seq, kind)",
        [(record_id, origin, seq, kinds[record_id]) for record_id in sorted(kinds)],
    )


def catch_up(conn: Connection, vv: dict[str, int]) -> dict[str, int]:
    """Enter the applied changesets not entered yet (this device's own, captured since the
    last merge, and all of them once after the upgrade that added the index); returns how
    far each origin is entered."""
    upto = {o: s for o, s in conn.exec_driver_sql("SELECT origin, seq FROM sync_record_seen_upto")}
    for origin, top in vv.items():
        if upto.get(origin, 0) >= top:
            continue
        rows = conn.exec_driver_sql(
            "SELECT body FROM sync_changeset WHERE origin = ? AND seq > ? AND seq <= ? AND status = 'applied'"
            " ORDER BY seq",
            (origin, upto.get(origin, 0), top),
        ).all()
        for (raw,) in rows:
            note(conn, ChangesetBody.decode(bytes(raw)))
        upto[origin] = top
        save_upto(conn, origin, top)
    return upto


def save_upto(conn: Connection, origin: str, seq: int) -> None:
    """Remember that `origin`'s changesets up to `seq` are entered."""
    conn.exec_driver_sql(
        "INSERT INTO sync_record_seen_upto (origin, seq) VALUES (?, ?)"
        " ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq",
        (origin, seq),
    )


def in_past(conn: Connection, body: ChangesetBody, record_ids: Iterable[str]) -> dict[str, str]:
    """The kind of each of these records that is in `body`'s causal past (others are absent)."""
    found: dict[str, str] = {}
    for record_id, origin, seq, kind in rows_of(conn, record_ids):
        had = body.seq - 1 if origin == body.origin else body.deps.get(origin, 0)
        if seq <= had:
            found.setdefault(record_id, kind)
    return found


def rows_of(conn: Connection, record_ids: Iterable[str]) -> Iterator[tuple[str, str, int, str]]:
    """(record, origin, that origin's first changeset touching it, kind) for these records."""
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = conn.exec_driver_sql(
            "SELECT record_id, origin, seq, kind FROM sync_record_seen"
            f" WHERE record_id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
        for record_id, origin, seq, kind in rows:
            yield str(record_id), str(origin), int(seq), str(kind)


def kinds_here(conn: Connection, record_ids: Iterable[str]) -> dict[str, str]:
    """The kind under which each of these records is merged here, whatever its past."""
    found: dict[str, str] = {}
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = conn.exec_driver_sql(
            f"SELECT record_id, kind FROM sync_heads WHERE record_id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
        found.update({r: k for r, k in rows})
    return found
