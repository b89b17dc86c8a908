"""Operations of merged-away records carried over to the record they resolve into.

A carried operation stands beside the kept record's own values: it drops only the heads its
author had seen that were themselves written on a record merged into the kept one (an
earlier edit of the same duplicate), never the kept record's own. An officer who edited
the duplicate had not chosen to overwrite the kept record, so where the two disagree the
kept record shows a conflict rather than losing its value without a trace.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from sync import records, state
from sync.changeset import DELETED, MERGED_INTO, ChangesetBody, Op
from sync.merge_resolution import Declaration
from sync.state import Head, in_conflict, winner

# Fields never carried over to the kept record: its own life and privacy are its own.
NOT_CARRIED = frozenset({DELETED, MERGED_INTO, state.DO_NOT_SHARE})


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
    write_fields(conn, kind, target, row, heads, written, result)


def write_fields(
    conn: Connection,
    kind: str,
    target: str,
    row: dict[str, Any],
    heads: dict[state.HeadKey, list[Head]],
    written: list[str],
    result: Any,
) -> None:
    """Store the `written` fields of `target`'s row and all its heads (nothing if none)."""
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
    return seen(body, head.origin, head.seq) and written_on(conn, head, sources, field)


def _merged_into(conn: Connection, target: str) -> frozenset[str]:
    rows = conn.exec_driver_sql("SELECT record_id FROM sync_merged WHERE target = ?", (target,))
    return frozenset(str(r[0]) for r in rows)


def written_on(conn: Connection, head: Head, sources: frozenset[str], field: str) -> bool:
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


def rebuild(
    conn: Connection, record_id: str, kind: str, sources: dict[str, Declaration], result: Any
) -> None:
    """Make `record_id`'s carried heads what the declarations held say, whatever the order
    they came in: its own operations, and from each record resolving into it (`sources`,
    with the merge that won there) that record's own heads its merge had not seen."""
    heads = state.load_heads(conn, [record_id])
    if not heads:
        return  # purged here (its kind may be unknown now), or never merged here
    row = records.load_rows(conn, kind, [record_id]).get(record_id)
    if row is None:
        return
    bodies = _Bodies(conn)
    found: dict[str, dict[tuple[str, int], Head]] = {}
    for (_, name), field_heads in heads.items():
        if name in NOT_CARRIED:
            continue
        found[name] = {
            h.op_id: h for h in _valued(field_heads, row, name) if bodies.written_on(h, record_id, name)
        }
    for source, merged_by in sorted(sources.items()):
        merge_body = bodies.get(merged_by.origin, merged_by.seq)
        source_row = records.load_rows(conn, kind, [source]).get(source)
        if merge_body is None or source_row is None:
            continue
        for (_, name), field_heads in state.load_heads(conn, [source]).items():
            if name in NOT_CARRIED:
                continue
            for head in _valued(field_heads, source_row, name):
                if not seen(merge_body, head.origin, head.seq) and bodies.carried_from(head, source, name):
                    found.setdefault(name, {}).setdefault(head.op_id, head)
    written = []
    for name, candidates in sorted(found.items()):
        kept = [
            h
            for h in candidates.values()
            if not _overwritten(bodies, h, candidates.values(), record_id, name)
        ]
        previous = _valued(heads.get((record_id, name), []), row, name)
        if sorted(kept, key=_key) == sorted(previous, key=_key):
            continue
        if in_conflict(name, kept) and not in_conflict(name, previous):
            result.new_conflicts += 1
        if kept:
            heads[(record_id, name)] = sorted(kept, key=_key)
            row[name] = winner(name, kept).value
        else:  # only ever written by carried operations: back to its default
            heads.pop((record_id, name), None)
            row[name] = records.defaults(kind)[name]
        written.append(name)
    write_fields(conn, kind, record_id, row, heads, written, result)


def _key(head: Head) -> tuple[str, int]:
    return head.op_id


def _valued(field_heads: list[Head], row: dict[str, Any], name: str) -> list[Head]:
    """The heads with their values (a lone head's value is in the row)."""
    if len(field_heads) == 1:
        only = field_heads[0]
        return [Head(only.origin, only.seq, only.hlc, row.get(name))]
    return list(field_heads)


def _overwritten(bodies: _Bodies, head: Head, others: Iterable[Head], record_id: str, name: str) -> bool:
    """Whether a carried head was seen by another candidate (a record's own heads are never
    overwritten by a carried one, and its own are already the latest of its own)."""
    if bodies.written_on(head, record_id, name):
        return False
    return any(o.op_id != head.op_id and bodies.had(o, head) for o in others)


class _Bodies:
    """Stored changesets read once each during one rebuild."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._found: dict[tuple[str, int], ChangesetBody | None] = {}

    def get(self, origin: str, seq: int) -> ChangesetBody | None:
        key = (origin, seq)
        if key not in self._found:
            self._found[key] = stored(self._conn, origin, seq)
        return self._found[key]

    def written_on(self, head: Head, record_id: str, name: str) -> bool:
        """Whether the head's operation was written on this record (not carried onto it).
        A private edit (no stored changeset) is always the record's own."""
        body = self.get(head.origin, head.seq)
        return body is None or any(op.record_id == record_id and op.field == name for op in body.ops)

    def carried_from(self, head: Head, record_id: str, name: str) -> bool:
        """Whether the head is an operation written on this record that can be carried from
        it: a private edit (no stored changeset) stays where it was made."""
        return self.get(head.origin, head.seq) is not None and self.written_on(head, record_id, name)

    def had(self, head: Head, other: Head) -> bool:
        """Whether the author of `head` had seen the operation of `other`."""
        if head.origin == other.origin:
            return head.seq > other.seq
        body = self.get(head.origin, head.seq)
        return body is not None and body.deps.get(other.origin, 0) >= other.seq
