"""Merge two duplicate records once for everyone, and undo it (docs/SYNC.md, Merging duplicates).

A merge is one changeset: the kept record gets the chosen values, everything naming the other
record names the kept one, and the other record is deleted and says `_merged_into = KEPT`
(sync.merges follows that on every device). Unmerge is the operation `_merged_into = None`,
which brings the record back as it was; what moved to the kept record stays there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from db import fts
from liaison_app.changes import Changes
from liaison_app.clock import now_iso
from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.kinds import KINDS, Kind, KindSpec
from liaison_app.services import records
from liaison_app.services.record_merge_plan import MergePlan, Side, mergeable, pair, plan
from liaison_app.store import Store
from sync import hlc, merge_refs, merges, state
from sync.capture import RecordChange, capture, capture_private
from sync.changeset import DELETED, MERGED_INTO, ChangesetBody
from sync.merge import MergeResult

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]

__all__ = ["MergeOutcome", "MergedAway", "Side", "merge", "merged_into", "plan", "unmerge"]


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    """A merge or unmerge done: the records, the fields taken from the other record, how
    many records now name the kept one instead, the values dropped, and what changed."""

    kind: Kind
    keep_id: str
    other_id: str
    taken: tuple[str, ...] = ()
    moved: int = 0
    dropped: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True, slots=True)
class MergedAway:
    """A record merged into another, and when (for "Undo merge")."""

    kind: Kind
    record_id: str
    title: str
    merged_at: str


def merge(
    store: Store,
    *,
    kind: str,
    keep_id: str,
    other_id: str,
    choices: Mapping[str, Side] | None = None,
    progress: Progress | None = None,
) -> MergeOutcome:
    """Merge `other_id` into `keep_id` with these field choices (the plan's defaults otherwise).

    `progress(done, total)` hears of each record repointed; an exception it raises (a cancel)
    rolls the whole merge back."""
    kind_spec = mergeable(kind)
    the_plan = plan(store, kind=kind, keep_id=keep_id, other_id=other_id)
    unknown = sorted(set(choices or {}) - {f.name for f in the_plan.fields})
    if unknown:
        kind_spec.field(unknown[0])  # raises: no such field
        raise ValidationError(f"{unknown[0]} is not merged", rule=Rule.UNKNOWN_FIELD)
    sides = the_plan.chosen(choices)
    with store.session() as s:
        keep, other = pair(s, kind_spec, the_plan.keep_id, the_plan.other_id)
        before = _values(kind_spec, keep)
        for f in the_plan.fields:
            if sides[f.name] is Side.OTHER and f.differs:
                setattr(keep, f.name, _self_free(kind_spec, f.name, f.other, keep.id, other.id))
        keep.updated_at = now_iso()
        records.write(s, kind_spec, keep)
        moved = _repoint(store, s, other.id, keep.id, progress)
        other.deleted_at = other.updated_at = now_iso()
        s.add(other)
        s.flush()
        fts.remove(s.connection(), other.id)
        changed = {k: v for k, v in _values(kind_spec, keep).items() if before.get(k) != v}
        # Every field the two disagreed on is written, with the side chosen: an edit of the
        # other record made without knowing of the merge then meets the choice as a conflict.
        # "Alive" is said outright: a concurrent opposite merge deletes this record.
        decided = {f.name: getattr(keep, f.name) for f in the_plan.fields if f.differs}
        shared = [
            RecordChange(kind_spec.kind, keep.id, {**decided, DELETED: False}),
            *moved.shared,
            RecordChange(kind_spec.kind, other.id, {DELETED: True, MERGED_INTO: keep.id}),
        ]
        _declare(s, capture(s.connection(), store.writer(), shared), [other.id])
        s.commit()
    log.info("merged 1 %s record into another", kind_spec.kind)
    touched = Changes.records(kind_spec.kind, [keep.id, other.id], membership=True, conflicts=True)
    for moved_kind, ids in moved.ids.items():
        touched = touched.merge(Changes.records(moved_kind, ids))
    return MergeOutcome(
        kind_spec.kind,
        keep.id,
        other.id,
        taken=tuple(n for n, side in sides.items() if side is Side.OTHER and n in changed),
        moved=sum(len(ids) for ids in moved.ids.values()),
        dropped=tuple(d.field for d in the_plan.dropped(choices)),
        changes=touched,
    )


def unmerge(store: Store, *, kind: str, record_id: str) -> MergeOutcome:
    """Bring back a record merged into another, as it was before (a synced operation)."""
    kind_spec = mergeable(kind)
    with store.session() as s:
        conn = s.connection()
        full_id = _merged_id(s, kind_spec, record_id)
        target = merges.resolved(conn).get(full_id)
        if target is None:
            raise ValidationError(
                f"{kind_spec.label} {record_id} is not merged into another", rule=Rule.NOT_MERGED
            )
        record = s.get(kind_spec.table, full_id)
        assert record is not None
        record.deleted_at = None
        record.updated_at = now_iso()
        records.write(s, kind_spec, record)
        change = RecordChange(kind_spec.kind, full_id, {DELETED: False, MERGED_INTO: None})
        _declare(s, capture(conn, store.writer(), [change]), [full_id])
        s.commit()
    log.info("unmerged 1 %s record", kind_spec.kind)
    changed = Changes.records(kind_spec.kind, [full_id, target], membership=True, conflicts=True)
    return MergeOutcome(kind_spec.kind, target, full_id, changes=changed)


def merged_into(store: Store, *, kind: str, record_id: str) -> list[MergedAway]:
    """The records merged into this one, newest first (what "Undo merge" offers)."""
    kind_spec = mergeable(kind)
    with store.session() as s:
        rows = (
            s.connection()
            .exec_driver_sql(
                "SELECT record_id, hlc FROM sync_merged WHERE target = ? ORDER BY hlc DESC", (record_id,)
            )
            .all()
        )
        found = []
        for merged_id, stamp in rows:
            record = s.get(kind_spec.table, merged_id)
            if record is not None:
                found.append(MergedAway(kind_spec.kind, merged_id, kind_spec.title(record), _iso(int(stamp))))
    return found


def _iso(stamp: int) -> str:
    return hlc.to_iso(stamp)


def _merged_id(session: Session, kind_spec: KindSpec, record_id: str) -> str:
    """The full id of a merged-away record (a tombstone) from an id or a unique prefix."""
    wanted = record_id.strip().lower()
    if session.get(kind_spec.table, wanted) is not None:
        return wanted
    rows = (
        session.connection()
        .exec_driver_sql(
            "SELECT record_id FROM sync_merged WHERE kind = ? AND record_id LIKE ? LIMIT 2",
            (kind_spec.kind.value, wanted.replace("%", "").replace("_", "") + "%"),
        )
        .all()
    )
    if len(rows) == 1 and len(wanted) >= records.MIN_PREFIX:
        return str(rows[0][0])
    raise NotFoundError(f"no {kind_spec.label} with id {record_id}")


@dataclass(frozen=True, slots=True)
class _Moved:
    shared: list[RecordChange]
    ids: dict[Kind, list[str]]


def _repoint(
    store: Store, session: Session, other_id: str, keep_id: str, progress: Progress | None
) -> _Moved:
    """Every record naming `other_id` names `keep_id` instead (found by index)."""
    conn = session.connection()
    shared: list[RecordChange] = []
    ids: dict[Kind, list[str]] = {}
    naming = sorted(merge_refs.naming(conn, [other_id]))
    for done, (kind, record_id) in enumerate(naming):
        if progress is not None:
            progress(done, len(naming))
        kind_spec = KINDS[Kind(kind)]
        record = session.get(kind_spec.table, record_id)
        if record is None or record.deleted_at is not None:
            continue  # a tombstone keeps what it named: restored, it shows the kept record
        values: dict[str, Any] = {}
        for name, is_list in merge_refs.REFERENCES[kind]:
            value = getattr(record, name)
            new: Any
            if is_list and other_id in value:
                new = list(dict.fromkeys(keep_id if v == other_id else v for v in value))
            elif not is_list and value == other_id:
                new = None if record_id == keep_id else keep_id  # a parent of itself is none
            else:
                continue
            setattr(record, name, new)
            values[name] = new
        if not values:
            continue
        record.updated_at = now_iso()
        records.write(session, kind_spec, record)
        ids.setdefault(kind_spec.kind, []).append(record_id)
        change = RecordChange(kind, record_id, values)
        if getattr(record, "do_not_share", False):
            capture_private(conn, store.writer(), change)  # a protected record's edits stay here
        else:
            shared.append(change)
    return _Moved(shared, ids)


def _declare(session: Session, written: tuple[str, int] | None, record_ids: list[str]) -> None:
    """Enter this device's own `_merged_into` operations as the merge does a received one."""
    assert written is not None
    conn = session.connection()
    origin, seq = written
    raw = conn.exec_driver_sql(
        "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
    ).scalar_one()
    body = ChangesetBody.decode(bytes(raw))
    # Capture kept the pseudo-field's head with the record's fields; its heads live apart.
    heads = state.load_heads(conn, record_ids)
    kinds = {
        rid: str(conn.exec_driver_sql("SELECT kind FROM sync_heads WHERE record_id = ?", (rid,)).scalar_one())
        for rid in record_ids
    }
    state.store_heads(conn, kinds, {k: v for k, v in heads.items() if k[1] != MERGED_INTO})
    _, declared = merges.split(body)
    merges.note_declarations(conn, body, declared)
    result = MergeResult()
    # Records merged into these before (a chain) now resolve further: their edits follow.
    merges.settle(conn, set(record_ids), result)
    for kind, ids in result.touched.items():
        records.reindex(session, kind, sorted(ids))


def _values(kind_spec: KindSpec, record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in kind_spec.fields if f.name != "do_not_share"}


def _self_free(kind_spec: KindSpec, name: str, value: Any, keep_id: str, other_id: str) -> Any:
    """A value taken from the other record, its references to either record made sane: a
    parent that is the kept record itself (or the record merged into it) is none."""
    if name == "parent_id" and value in (keep_id, other_id):
        return None
    return value


__all__ += ["MergePlan"]
