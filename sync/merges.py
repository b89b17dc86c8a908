"""Duplicates merged once for everyone: the `_merged_into` pseudo-field in the merge.

A merge is an ordinary changeset: the kept record gets the chosen values, the merged-away
record is deleted (so a 0.1.0 device, which drops the pseudo-field, ends with one record
too), references are repointed, and the merged-away record says `_merged_into = KEPT`. Here
that last operation has heads and a winner like a field (`sync_merge_head`, with values);
the winning declarations, chains followed and cycles broken (sync.merge_resolution), say
what each record resolves into (`sync_merged`). Unmerge is the operation `_merged_into =
None`. What follows from a declaration, on every device:

- the merged-away row stays hidden (a tombstone, also after a concurrent edit revived it)
  and its own heads stay under its own id;
- every operation on it that the merge had not seen (arriving before or after the merge)
  is also applied to the record it resolves into, as that operation: an ordinary concurrent
  edit there, a conflict if it disagrees; and only while it resolves there (what a device
  carried under a merge that later gave way leaves again: sync.merge_carry.rebuild);
- references to it show the kept record (sync.merge_refs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection

from sync import hlc, merge_carry, merge_refs, records
from sync.changeset import DELETED, MERGED_INTO, ChangesetBody, Op
from sync.merge_resolution import Declaration, roots

MERGEABLE = frozenset({"org", "contact"})

Apply = Callable[[Connection, ChangesetBody, Any], None]


def split(body: ChangesetBody) -> tuple[ChangesetBody, tuple[Op, ...]]:
    """The changeset without its `_merged_into` operations, and those."""
    ops = tuple(op for op in body.ops if op.field == MERGED_INTO)
    if not ops:
        return body, ()
    return replace(body, ops=tuple(op for op in body.ops if op.field != MERGED_INTO)), ops


def merge_changeset(conn: Connection, body: ChangesetBody, result: Any, *, merge: Apply) -> None:
    """Apply a received changeset: its fields by `merge`, its merge declarations here, and
    what follows from both."""
    rest, declarations = split(body)
    merge(conn, rest, result)
    if declarations:
        note_declarations(conn, body, declarations)
    if not declarations and not _any_merged(conn):
        return  # the bulk of every import: nothing merged anywhere here
    if declarations:
        settle(conn, {op.record_id for op in declarations}, result)
    follow(conn, rest, result)


def note_declarations(conn: Connection, body: ChangesetBody, ops: Iterable[Op]) -> None:
    """Make each `_merged_into` operation a head of its record, dropping those its author had seen."""
    for op in ops:
        for origin, seq in conn.exec_driver_sql(
            "SELECT origin, seq FROM sync_merge_head WHERE record_id = ?", (op.record_id,)
        ).all():
            if merge_carry.seen(body, origin, seq):
                conn.exec_driver_sql(
                    "DELETE FROM sync_merge_head WHERE record_id = ? AND origin = ? AND seq = ?",
                    (op.record_id, origin, seq),
                )
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_merge_head (record_id, origin, seq, hlc, kind, target)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (op.record_id, body.origin, body.seq, body.hlc, op.kind, op.value),
        )


def settle(conn: Connection, record_ids: set[str], result: Any) -> None:
    """Resolve again every record connected to these by a declaration, and carry out what
    changed: hide or show rows, carry edits over, map references."""
    members = _component(conn, record_ids)
    declared = {rid: d for rid in members if (d := declaration(conn, rid)) is not None}
    now = roots(declared)
    before = {
        rid: target
        for rid in members
        if (
            target := conn.exec_driver_sql(
                "SELECT target FROM sync_merged WHERE record_id = ?", (rid,)
            ).scalar()
        )
        is not None
    }
    changed = {rid for rid in members if now.get(rid) != before.get(rid)}
    for rid in sorted(changed):
        kind = _kind_of(conn, rid)
        if rid in now:
            _hide(conn, kind, rid, now[rid], declared[rid].hlc, result)
        else:
            _show(conn, kind, rid, result)
    # Every member, even when no record changed target: the merge that wins a record may
    # have changed (two devices merged it the same way), and what it had seen with it.
    for rid in sorted(members):
        sources = {source: declared[source] for source, root in now.items() if root == rid}
        merge_carry.rebuild(conn, rid, _kind_of(conn, rid), sources, result)
    if not changed:
        return
    rows = merge_refs.naming(conn, changed) | merge_refs.mapped_from(conn, changed)
    for kind, rid in merge_refs.remap(conn, rows, resolved(conn)):
        result.touch(kind, rid)


def follow(conn: Connection, body: ChangesetBody, result: Any) -> None:
    """After a changeset's fields are merged: its operations on merged-away records carried
    over to the record they resolve into, those rows hidden again, references mapped."""
    into = resolved(conn)
    if not into:
        return
    carried: dict[str, list[Op]] = {}
    for op in body.ops:
        target = into.get(op.record_id)
        if target is not None and op.field not in merge_carry.NOT_CARRIED:
            carried.setdefault(target, []).append(Op(op.kind, target, op.field, op.value))
    if carried:
        merge_carry.carry(conn, replace(body, ops=tuple(o for ops in carried.values() for o in ops)), result)
    for kind, rid in sorted({(op.kind, op.record_id) for op in body.ops if op.record_id in into}):
        _keep_hidden(conn, kind, rid, wrote_deleted=_wrote(body, rid, DELETED))
    written: dict[str, set[str]] = {}
    for op in body.ops:
        if op.kind in merge_refs.REFERENCES:
            written.setdefault(op.record_id, set()).add(op.field)
    rows = {(op.kind, op.record_id) for op in body.ops if _names_merged(op, into)}
    rows |= _with_originals(conn, written)
    frozen = {rid: frozenset(fields) for rid, fields in written.items()}
    for kind, rid in merge_refs.remap(conn, rows, into, written=frozen):
        result.touch(kind, rid)


def declaration(conn: Connection, record_id: str) -> Declaration | None:
    """The winning `_merged_into` head of a record (latest HLC, then origin), unless it
    unmerges or there is none."""
    row = conn.exec_driver_sql(
        "SELECT target, hlc, origin, seq FROM sync_merge_head WHERE record_id = ?"
        " ORDER BY hlc DESC, origin DESC LIMIT 1",
        (record_id,),
    ).first()
    if row is None or row[0] is None:
        return None
    return Declaration(str(row[0]), int(row[1]), str(row[2]), int(row[3]))


def resolved(conn: Connection) -> dict[str, str]:
    """Every record merged away here and the record it resolves into."""
    return {str(r): str(t) for r, t in conn.exec_driver_sql("SELECT record_id, target FROM sync_merged")}


def _any_merged(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM sync_merged LIMIT 1").first() is not None


def _component(conn: Connection, start: set[str]) -> set[str]:
    """These records and every record linked to them by a `_merged_into` head or by what
    they resolved into, either way."""
    seen: set[str] = set()
    todo = list(start)
    while todo:
        rid = todo.pop()
        if rid in seen:
            continue
        seen.add(rid)
        for (target,) in conn.exec_driver_sql(
            "SELECT target FROM sync_merge_head WHERE record_id = ? AND target IS NOT NULL", (rid,)
        ):
            todo.append(str(target))
        for (source,) in conn.exec_driver_sql(
            "SELECT record_id FROM sync_merge_head WHERE target = ?", (rid,)
        ):
            todo.append(str(source))
        # And what it resolved into until now (an unmerge leaves no head naming it).
        for linked in conn.exec_driver_sql(
            "SELECT target FROM sync_merged WHERE record_id = ?"
            " UNION SELECT record_id FROM sync_merged WHERE target = ?",
            (rid, rid),
        ):
            todo.append(str(linked[0]))
    return seen


def _kind_of(conn: Connection, record_id: str) -> str:
    kind = conn.exec_driver_sql("SELECT kind FROM sync_heads WHERE record_id = ?", (record_id,)).scalar()
    if kind is None:
        kind = conn.exec_driver_sql(
            "SELECT kind FROM sync_merge_head WHERE record_id = ? LIMIT 1", (record_id,)
        ).scalar()
    return str(kind)


def _hide(conn: Connection, kind: str, record_id: str, target: str, stamp: int, result: Any) -> None:
    """Enter the record as merged away and hide its row (a tombstone as of the merge)."""
    forced = conn.exec_driver_sql(
        f"UPDATE {records.table_name(kind)} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        (hlc.to_iso(stamp), record_id),
    ).rowcount
    was = conn.exec_driver_sql("SELECT forced FROM sync_merged WHERE record_id = ?", (record_id,)).scalar()
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_merged (record_id, kind, target, hlc, forced) VALUES (?, ?, ?, ?, ?)",
        (record_id, kind, target, stamp, bool(forced or was)),
    )
    result.touch(kind, record_id)


def _show(conn: Connection, kind: str, record_id: str, result: Any) -> None:
    """The record is no longer merged away: its row shows again unless its own delete stands."""
    forced = conn.exec_driver_sql("SELECT forced FROM sync_merged WHERE record_id = ?", (record_id,)).scalar()
    conn.exec_driver_sql("DELETE FROM sync_merged WHERE record_id = ?", (record_id,))
    if forced:
        conn.exec_driver_sql(
            f"UPDATE {records.table_name(kind)} SET deleted_at = NULL WHERE id = ?", (record_id,)
        )
    result.touch(kind, record_id)


def _keep_hidden(conn: Connection, kind: str, record_id: str, *, wrote_deleted: bool) -> None:
    """A merged-away row written again (an edit made without knowing of the merge revives it
    by the rule for deletes): hidden again; a delete of its own that wins keeps it a tombstone."""
    stamp = conn.exec_driver_sql("SELECT hlc FROM sync_merged WHERE record_id = ?", (record_id,)).scalar_one()
    hidden = conn.exec_driver_sql(
        f"UPDATE {records.table_name(kind)} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        (hlc.to_iso(int(stamp)), record_id),
    ).rowcount
    if hidden:
        conn.exec_driver_sql("UPDATE sync_merged SET forced = 1 WHERE record_id = ?", (record_id,))
    elif wrote_deleted:
        conn.exec_driver_sql("UPDATE sync_merged SET forced = 0 WHERE record_id = ?", (record_id,))


def _wrote(body: ChangesetBody, record_id: str, field: str) -> bool:
    return any(op.record_id == record_id and op.field == field for op in body.ops)


def _names_merged(op: Op, into: dict[str, str]) -> bool:
    if not any(name == op.field for name, _ in merge_refs.REFERENCES.get(op.kind, ())):
        return False
    values = op.value if isinstance(op.value, list) else [op.value]
    return any(isinstance(v, str) and v in into for v in values)


def _with_originals(conn: Connection, written: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Rows just written whose references had been mapped (their kept value is stale now)."""
    if not written or conn.exec_driver_sql("SELECT 1 FROM sync_merge_ref LIMIT 1").first() is None:
        return set()
    ids = sorted(written)
    found: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 400):
        chunk = ids[start : start + 400]
        found.update(
            (str(k), str(r))
            for r, k in conn.exec_driver_sql(
                "SELECT record_id, kind FROM sync_merge_ref"
                f" WHERE record_id IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            )
        )
    return found
