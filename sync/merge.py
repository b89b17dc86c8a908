"""Merge: apply received changesets in causal order, field by field.

Per field, the heads are the operations nobody has knowingly overwritten. An incoming
operation removes the heads its author had seen (its changeset's dependencies say which)
and becomes a head itself. One head: no question. Several disagreeing heads: a conflict,
kept on every device; the record shows the winner by (HLC, origin device), which is the
same everywhere whatever order the changesets arrived in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection

from sync import deferred, hlc, records, state
from sync.changeset import DELETED, ChangesetBody, Op
from sync.conflicts import op_value, record_resolution
from sync.purge import purged
from sync.state import Head, in_conflict, winner


@dataclass(slots=True)
class MergeResult:
    """What a merge did: changesets applied or held, conflicts that appeared, records touched."""

    applied: list[tuple[str, int]] = field(default_factory=list)
    quarantined: list[tuple[str, int]] = field(default_factory=list)
    new_conflicts: int = 0
    touched: dict[str, set[str]] = field(default_factory=dict)

    def touch(self, kind: str, record_id: str) -> None:
        self.touched.setdefault(kind, set()).add(record_id)


def stage(conn: Connection, body: ChangesetBody, raw_body: bytes, signature: bytes, received_at: str) -> bool:
    """Keep a received changeset until it can be applied; False if it is already known."""
    known = conn.exec_driver_sql(
        "SELECT 1 FROM sync_changeset WHERE origin = ? AND seq = ?", (body.origin, body.seq)
    ).first()
    if known is not None:
        return False
    conn.exec_driver_sql(
        "INSERT INTO sync_changeset (origin, seq, hlc, status, body, signature, received_at)"
        " VALUES (?, ?, ?, 'pending', ?, ?, ?)",
        (body.origin, body.seq, body.hlc, raw_body, signature, received_at),
    )
    return True


def drain(
    conn: Connection,
    *,
    now_ms: int | None = None,
    decoded: dict[tuple[str, int], ChangesetBody] | None = None,
) -> MergeResult:
    """Apply every held changeset whose dependencies are met, until none is left that can be.

    Changesets stamped too far in the future are quarantined instead (and looked at again on
    every drain, so they merge once this clock has caught up).
    """
    now = hlc.now_ms() if now_ms is None else now_ms
    result = MergeResult()
    vv = state.version_vector(conn)
    sync_state = state.load_state(conn)
    waiting: dict[str, list[tuple[int, bytes]]] = {}
    for origin, seq, body in conn.exec_driver_sql(
        "SELECT origin, seq, body FROM sync_changeset WHERE status != 'applied' ORDER BY origin, seq"
    ):
        waiting.setdefault(origin, []).append((seq, body))
    progress = True
    while progress:
        progress = False
        for origin, queue in waiting.items():
            while queue and queue[0][0] == vv.get(origin, 0) + 1:
                seq = queue[0][0]
                body = (decoded or {}).get((origin, seq)) or ChangesetBody.decode(queue[0][1])
                if any(vv.get(o, 0) < s for o, s in body.deps.items()):
                    break
                if hlc.too_far_ahead(body.hlc, now):
                    _set_status(conn, body, "quarantined")
                    result.quarantined.append((body.origin, body.seq))
                    break
                queue.pop(0)
                apply(conn, deferred.keep_unknown(conn, body), result)  # unknown ops wait for an upgrade
                _set_status(conn, body, "applied")
                vv[origin] = body.seq
                state.set_applied(conn, origin, body.seq)
                sync_state.hlc = hlc.observe(sync_state.hlc, body.hlc)
                result.applied.append((body.origin, body.seq))
                progress = True
    state.save_state(conn, sync_state)
    return result


def apply(conn: Connection, body: ChangesetBody, result: MergeResult) -> None:
    """Merge one changeset whose dependencies are all applied."""
    by_record: dict[tuple[str, str], list[Op]] = {}
    for op in body.ops:
        by_record.setdefault((op.kind, op.record_id), []).append(op)
    for record_id in purged(conn, [rid for _, rid in by_record]):
        by_record = {key: ops for key, ops in by_record.items() if key[1] != record_id}
    heads = state.load_heads(conn, (rid for _, rid in by_record))
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in {k for k, _ in by_record}:
        rows[kind] = records.load_rows(conn, kind, (rid for k, rid in by_record if k == kind))
    kind_of: dict[str, str] = {}
    writes = _RowWrites()
    for (kind, record_id), ops in by_record.items():
        existing = rows[kind].get(record_id)
        row = dict(existing) if existing is not None else {**records.defaults(kind), "deleted_at": None}
        if existing is None and not any((record_id, op.field) in heads for op in ops):
            _create(row, record_id, ops, body, heads)  # the common case of a bulk merge
            ops = []
        for op in ops:
            key = (record_id, op.field)
            previous = _with_values(heads.get(key, []), row, op.field)
            if op.pred:
                _keep_overwritten(conn, op, previous, body)
            survivors = [
                h for h in previous if state.survives(op.field, h, seen=_seen_by(body, h), writer=body.origin)
            ]
            current = [*survivors, Head(body.origin, body.seq, body.hlc, op.value)]
            if in_conflict(op.field, current) and not in_conflict(op.field, previous):
                result.new_conflicts += 1
            heads[key] = current
            best = winner(op.field, current)
            if op.field == DELETED:
                row["deleted_at"] = hlc.to_iso(best.hlc) if best.value is True else None
            else:
                row[op.field] = best.value
        kind_of[record_id] = kind
        writes.add(kind, record_id, row, existing, body)
        result.touch(kind, record_id)
    writes.run(conn)
    state.store_heads(conn, kind_of, {key: hs for key, hs in heads.items() if key[0] in kind_of})


def _create(
    row: dict[str, Any],
    record_id: str,
    ops: list[Op],
    body: ChangesetBody,
    heads: dict[state.HeadKey, list[Head]],
) -> None:
    """A record new here: each operation is the only head of its field, nothing to compare."""
    for op in ops:
        heads[(record_id, op.field)] = [Head(body.origin, body.seq, body.hlc)]
        if op.field == DELETED:
            row["deleted_at"] = hlc.to_iso(body.hlc) if op.value is True else None
        else:
            row[op.field] = op.value


def _seen_by(body: ChangesetBody, head: Head) -> bool:
    """Whether the author of `body` had this head when writing (so overwrote it knowingly)."""
    if head.origin == body.origin:
        return head.seq < body.seq
    return body.deps.get(head.origin, 0) >= head.seq


def _with_values(heads: list[Head], row: dict[str, Any], field_name: str) -> list[Head]:
    """A lone head's value lives in the row; give it back so heads can be compared."""
    if len(heads) != 1:
        return heads
    current = (row["deleted_at"] is not None) if field_name == DELETED else row.get(field_name)
    return [replace(heads[0], value=current)]


def _keep_overwritten(conn: Connection, op: Op, previous: list[Head], body: ChangesetBody) -> None:
    by_id = {h.op_id: h for h in previous}
    overwritten = []
    for origin, seq in op.pred:
        head = by_id.get((origin, seq))
        if head is None:  # overwritten here already by another operation; read it back
            stamp = conn.exec_driver_sql(
                "SELECT hlc FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
            ).scalar_one()
            head = Head(origin, seq, stamp, op_value(conn, origin, seq, op.record_id, op.field))
        overwritten.append(head)
    record_resolution(conn, op.kind, op.record_id, op.field, overwritten, body.origin, body.seq, body.hlc)


class _RowWrites:
    """Row inserts and updates of one changeset, grouped by statement and run with
    executemany: one SQL statement per record was the merge's largest cost."""

    def __init__(self) -> None:
        self.pending: dict[str, list[tuple[Any, ...]]] = {}

    def add(
        self,
        kind: str,
        record_id: str,
        row: dict[str, Any],
        existing: dict[str, Any] | None,
        body: ChangesetBody,
    ) -> None:
        table = records.table_name(kind)
        names = [n for n in records.fields(kind) if existing is None or row[n] != existing[n]]
        values = [records.to_sql(kind, n, row[n]) for n in names]
        stamp = hlc.to_iso(body.hlc)
        if existing is None:
            columns = [
                "id",
                "created_at",
                "updated_at",
                "author_officer",
                "author_device",
                "deleted_at",
                *names,
            ]
            placeholders = ", ".join("?" * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(_quoted(columns))}) VALUES ({placeholders})"
            params: tuple[Any, ...] = (
                record_id,
                stamp,
                stamp,
                body.officer,
                body.origin,
                row["deleted_at"],
                *values,
            )
        elif not names and row["deleted_at"] == existing["deleted_at"]:
            return
        else:
            assignments = ", ".join(f"{c} = ?" for c in _quoted([*names, "deleted_at", "updated_at"]))
            sql = f"UPDATE {table} SET {assignments} WHERE id = ?"
            params = (*values, row["deleted_at"], stamp, record_id)
        self.pending.setdefault(sql, []).append(params)

    def run(self, conn: Connection) -> None:
        raw = conn.connection.driver_connection
        assert raw is not None
        for sql, rows in self.pending.items():
            # In key order (the id is the first insert or last update parameter): B-tree
            # pages are then visited once each instead of at random.
            key = 0 if sql.startswith("INSERT") else -1
            raw.executemany(sql, sorted(rows, key=lambda r: r[key]))


def _quoted(names: Iterable[str]) -> list[str]:
    return [f'"{n}"' for n in names]


def _set_status(conn: Connection, body: ChangesetBody, status: str) -> None:
    conn.exec_driver_sql(
        "UPDATE sync_changeset SET status = ? WHERE origin = ? AND seq = ?", (status, body.origin, body.seq)
    )
