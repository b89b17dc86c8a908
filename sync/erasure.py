"""Purge for good: a record's content leaves this store, and its id never comes back.

`erase` removes everything the store holds of a record: its row, its search document, its
heads (every field's values, conflict values and private heads included), resolved
conflicts, merge bookkeeping holding its values, area assignments, and its operations in
every stored changeset (sync.stubs). What stays is content-free: its id in `sync_purged`
(late operations are ignored, sync.merge), in `sync_purge_log` (the certificate of
destruction) and in `sync_record_seen` (ids and numbers only: every device must keep
deciding alike whether a later changeset may name it). Records that point at it keep the
id where it is a plain value (attendee lists, an action's owner) and lose it where the
database holds a foreign key (set empty on this device, as on every device the marker
reaches: sync.merge does the same for operations that arrive later).

A purge travels as a marker: the pseudo-field `_purged` = true, alone for its record in a
changeset (sync.op_rules checks it). `take_markers` applies the markers of a changeset
being merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection

from db import fts
from db.models import RECORD_TABLES, references_to
from sync import hlc, merges, op_rules, record_changes, records, stubs
from sync.changeset import PURGED, ChangesetBody

HERE = "here"  # the origin of a purge made on this device
_CHUNK = 400  # ids per IN (...) query, well under SQLite's variable limit


@dataclass(frozen=True, slots=True)
class PurgeEntry:
    """One line of the purge log: no content, only what was purged, when, by whom, why."""

    kind: str
    record_id: str
    purged_at: str
    officer: str
    device: str
    reason: str
    origin: str  # HERE, or the device whose marker arrived


def erase(conn: Connection, kind_of: Mapping[str, str], *, now: str, result: Any) -> None:
    """Remove every trace of content of these records (id -> kind) from the store, and
    remember their ids so that no operation ever brings them back. The records they had been
    merged into keep none of their edits (each touched in `result`, a merge result)."""
    ids = sorted(kind_of)
    if not ids:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    # Where their edits were carried: a device that purged first never carried them (a late
    # declaration for a purged id is ignored), so every device must end without them.
    targets = _selected(conn, "SELECT target FROM sync_merged WHERE record_id", ids) - set(ids)
    for kind in sorted(set(kind_of.values())):
        of_kind = [(rid,) for rid in ids if kind_of[rid] == kind]
        table = records.table_name(kind)
        for source, column in references_to(table):
            raw.executemany(f'UPDATE {source} SET "{column}" = NULL WHERE "{column}" = ?', of_kind)
        raw.executemany(f"DELETE FROM {table} WHERE id = ?", of_kind)
    for record_id in ids:
        fts.remove(conn, record_id)
    pairs = [(rid,) for rid in ids]
    for statement in _FORGET:
        raw.executemany(statement, pairs)
    raw.executemany(
        "INSERT OR IGNORE INTO sync_purged (record_id, kind, purged_at) VALUES (?, ?, ?)",
        [(rid, kind_of[rid], now) for rid in ids],
    )
    for origin, seq, body in stubs.touching(conn, kind_of):
        stubs.redact_stored(conn, origin, seq, body, kind_of)
    for record_id in ids:  # their changesets no longer carry them
        record_changes.forget(conn, record_id)
    if targets:
        merges.settle(conn, targets, result)


_FORGET = (
    "DELETE FROM sync_heads WHERE record_id = ?",
    "DELETE FROM sync_resolved_conflict WHERE record_id = ?",
    "DELETE FROM sync_merge_ref WHERE record_id = ?",
    "DELETE FROM area_assignment WHERE area_id = ?",
    # Its merge declarations and what it resolved into: its heads are gone, nothing to carry.
    "DELETE FROM sync_merge_head WHERE record_id = ?",
    "DELETE FROM sync_merged WHERE record_id = ?",
)


def log(conn: Connection, entries: Iterable[PurgeEntry]) -> None:
    """Add lines to the purge log (a record purged twice keeps its first line)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.executemany(
        "INSERT OR IGNORE INTO sync_purge_log (record_id, kind, purged_at, officer, device, reason, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(e.record_id, e.kind, e.purged_at, e.officer, e.device, e.reason, e.origin) for e in entries],
    )


def logged(conn: Connection, record_ids: Iterable[str]) -> set[str]:
    """Which of these records the purge log holds."""
    return _selected(conn, "SELECT record_id FROM sync_purge_log WHERE record_id", record_ids)


def _selected(conn: Connection, select: str, record_ids: Iterable[str]) -> set[str]:
    """The values `select ... IN (ids)` finds for these ids, asked a chunk at a time."""
    ids = list(dict.fromkeys(record_ids))
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = conn.exec_driver_sql(f"{select} IN ({','.join('?' * len(chunk))})", tuple(chunk))
        found.update(str(value) for (value,) in rows)
    return found


def any_logged(conn: Connection) -> bool:
    """Whether anything was ever purged here (most stores: never, and they pay nothing)."""
    return conn.exec_driver_sql("SELECT 1 FROM sync_purge_log LIMIT 1").first() is not None


def log_mark(conn: Connection) -> int:
    """Where the purge log ends now: a larger mark later means purges were logged since."""
    return int(conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM sync_purge_log").scalar_one())


def entries(conn: Connection) -> list[PurgeEntry]:
    """The whole purge log, oldest first."""
    rows = conn.exec_driver_sql(
        "SELECT kind, record_id, purged_at, officer, device, reason, origin FROM sync_purge_log"
        " ORDER BY purged_at, record_id"
    )
    return [PurgeEntry(*(str(v) for v in row)) for row in rows]


def take_markers(conn: Connection, body: ChangesetBody, result: Any) -> ChangesetBody:
    """Apply the purge markers of a changeset being merged (its author's purge reaches this
    device, logged as coming from it) and return the changeset without them; records that
    change with it are touched in `result`."""
    markers = {op.record_id: op.kind for op in body.ops if op.field == PURGED}
    if not markers:
        return body
    fresh = {rid: kind for rid, kind in markers.items() if rid not in logged(conn, markers)}
    if fresh:
        at = hlc.to_iso(body.hlc)
        erase(conn, fresh, now=at, result=result)
        log(
            conn,
            (PurgeEntry(k, rid, at, body.officer, body.origin, "", body.origin) for rid, k in fresh.items()),
        )
    return replace(body, ops=tuple(op for op in body.ops if op.field != PURGED))


def clear_purged_references(conn: Connection, touched: Mapping[str, set[str]]) -> None:
    """Empty the foreign keys of these just-merged records that name a purged record (an
    operation from a device that had not heard of the purge): what `erase` did to the rows
    that named it then, so every device shows the same whatever the order of arrival."""
    raw = conn.connection.driver_connection
    assert raw is not None
    for kind, ids in touched.items():
        columns = op_rules.references(kind) if kind in RECORD_TABLES else {}
        ordered = sorted(ids)
        for column in columns:
            for start in range(0, len(ordered), _CHUNK):
                chunk = ordered[start : start + _CHUNK]
                raw.execute(
                    f'UPDATE {records.table_name(kind)} SET "{column}" = NULL'
                    f" WHERE id IN ({','.join('?' * len(chunk))})"
                    f' AND "{column}" IN (SELECT record_id FROM sync_purge_log)',
                    chunk,
                )
