"""Operations of merged-away records carried over to the record they resolve into.

A carried operation stands beside the kept record's own values: it drops only the heads its
author had seen that were themselves written on a record merged into the kept one (an
earlier edit of the same duplicate), never the kept record's own. An officer who edited
the duplicate had not chosen to overwrite the kept record, so where the two disagree the
kept record shows a conflict rather than losing its value without a trace.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from sync import records, state
from sync.changeset import ChangesetBody, Op
from sync.state import Head, in_conflict, winner


def carry(conn: Connection, body: ChangesetBody, result: Any) -> None:
    """Apply `body`'s operations (already addressed to the kept records) as carried over,
    except those already there or knowingly overwritten there (carried twice, they count once)."""
    by_record: dict[str, list[Op]] = {}
    for op in body.ops:
        by_record.setdefault(op.record_id, []).append(op)
    for target, ops in sorted(by_record.items()):
        _carry_into(conn, body, target, ops[0].kind, ops, result)


def _carry_into(
    conn: Connection, body: ChangesetBody, target: str, kind: str, ops: list[Op], result: Any
) -> None:
    heads = state.load_heads(conn, [target])
    row = records.load_rows(conn, kind, [target]).get(target)
    if row is None or not heads:
        return  # purged here, or never merged here: nothing to carry into
    sources = _merged_into(conn, target)
    written = []
    for op in ops:
        previous = heads.get((target, op.field), [])
        if len(previous) == 1:
            previous = [Head(previous[0].origin, previous[0].seq, previous[0].hlc, row.get(op.field))]
        if any(h.op_id == (body.origin, body.seq) or _had(conn, h, body) for h in previous):
            continue
        kept = [h for h in previous if not _replaced(conn, body, h, sources, op.field)]
        current = [*kept, Head(body.origin, body.seq, body.hlc, op.value)]
        if in_conflict(op.field, current) and not in_conflict(op.field, previous):
            result.new_conflicts += 1
        heads[(target, op.field)] = current
        row[op.field] = winner(op.field, current).value
        written.append(op.field)
    if not written:
        return
    table = records.table_name(kind)
    for name in written:
        conn.exec_driver_sql(
            f'UPDATE {table} SET "{name}" = ? WHERE id = ?', (records.to_sql(kind, name, row[name]), target)
        )
    state.store_heads(conn, {target: kind}, heads)
    result.touch(kind, target)


def _replaced(conn: Connection, body: ChangesetBody, head: Head, sources: frozenset[str], field: str) -> bool:
    """Whether a carried operation replaces this head: one its author had seen, carried over
    from a duplicate itself (the kept record's own heads stay)."""
    return seen(body, head.origin, head.seq) and _written_on(conn, head, sources, field)


def _merged_into(conn: Connection, target: str) -> frozenset[str]:
    rows = conn.exec_driver_sql("SELECT record_id FROM sync_merged WHERE target = ?", (target,))
    return frozenset(str(r[0]) for r in rows)


def _written_on(conn: Connection, head: Head, sources: frozenset[str], field: str) -> bool:
    """Whether the head's operation was written on one of `sources` (so carried over)."""
    body = stored(conn, head.origin, head.seq)
    return body is not None and any(op.record_id in sources and op.field == field for op in body.ops)


def _had(conn: Connection, head: Head, body: ChangesetBody) -> bool:
    """Whether the author of `head` had seen `body`."""
    if head.origin == body.origin:
        return head.seq > body.seq
    found = stored(conn, head.origin, head.seq)
    return found is not None and found.deps.get(body.origin, 0) >= body.seq


def seen(body: ChangesetBody, origin: str, seq: int) -> bool:
    """Whether the author of `body` had the operation (origin, seq) when writing."""
    if origin == body.origin:
        return seq < body.seq
    return body.deps.get(origin, 0) >= seq


def stored(conn: Connection, origin: str, seq: int) -> ChangesetBody | None:
    """A stored changeset (None: none, e.g. a private edit). Read only for operations
    carried over, which are few."""
    raw = conn.exec_driver_sql(
        "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
    ).scalar()
    return None if raw is None else ChangesetBody.decode(bytes(raw))
