"""Resolving a conflict: keep one side, as a new change that syncs and clears it everywhere."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from sync import hlc, records, state
from sync.capture import RecordChange, Writer, capture, capture_private
from sync.changeset import DELETED
from sync.conflicts import Conflict, ConflictValue, list_conflicts

KEEP_CHOICES = ("local", "remote")


class ResolveError(Exception):
    """No open conflict with that id, or nothing to keep."""


def find_open(conn: Connection, conflict_id: str) -> Conflict:
    """The open conflict with this id (or unique id prefix)."""
    wanted = conflict_id.strip().lower()
    matches = [c for c in list_conflicts(conn) if c.id.startswith(wanted)] if len(wanted) >= 4 else []
    if len(matches) != 1:
        raise ResolveError(f"no open conflict with id {conflict_id}")
    return matches[0]


def choose(conflict: Conflict, keep: str, my_device: str) -> ConflictValue:
    """`local`: this device's value if it wrote one, else the one shown now; `remote`: the
    latest of the others."""
    if keep not in KEEP_CHOICES:
        raise ResolveError(f"keep must be one of {', '.join(KEEP_CHOICES)}")
    mine = [v for v in conflict.values if v.origin == my_device]
    local = max(mine, key=lambda v: (v.hlc, v.seq)) if mine else next(v for v in conflict.values if v.winner)
    if keep == "local":
        return local
    others = [v for v in conflict.values if v is not local]
    return max(others, key=lambda v: (v.hlc, v.origin))


def resolve(conn: Connection, writer: Writer, conflict: Conflict, kept: ConflictValue) -> dict[str, Any]:
    """Write the kept value (and the same operation's value in sibling conflicts of the record,
    e.g. a status and its completion time) as a new local change. Returns the fields set."""
    values: dict[str, Any] = {}
    for (_, field), heads in state.load_heads(conn, [conflict.record_id]).items():
        # Every field where the kept operation is one of several heads, except a device's
        # do-not-share decision: heads there are not a conflict, and only marks stand.
        if len(heads) > 1 and field != state.DO_NOT_SHARE:
            for head in heads:
                if (head.origin, head.seq) == (kept.origin, kept.seq):
                    values[field] = head.value
    values[conflict.field] = kept.value
    _write_fields(conn, conflict.kind, conflict.record_id, values, writer)
    change = RecordChange(conflict.kind, conflict.record_id, values)
    if _private(conn, conflict.kind, conflict.record_id):
        capture_private(conn, writer, change)  # a record marked "do not share" stays here
    else:
        capture(conn, writer, [change])
    return values


def _private(conn: Connection, kind: str, record_id: str) -> bool:
    if "do_not_share" not in records.fields(kind):
        return False
    row = conn.exec_driver_sql(
        f"SELECT do_not_share FROM {records.table_name(kind)} WHERE id = ?", (record_id,)
    ).first()
    return bool(row and row[0])


def _write_fields(
    conn: Connection, kind: str, record_id: str, values: dict[str, Any], writer: Writer
) -> None:
    table = records.table_name(kind)
    now = hlc.to_iso(hlc.tick(0, writer.now_ms))
    for name, value in values.items():
        if name == DELETED:
            conn.exec_driver_sql(
                f"UPDATE {table} SET deleted_at = ? WHERE id = ?", (now if value is True else None, record_id)
            )
        else:
            conn.exec_driver_sql(
                f'UPDATE {table} SET "{name}" = ?, updated_at = ? WHERE id = ?',
                (records.to_sql(kind, name, value), now, record_id),
            )
