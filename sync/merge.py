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
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Connection

from sync import (
    collector,
    deferred,
    erasure,
    hlc,
    merge_rules,
    merges,
    op_rules,
    peers,
    record_changes,
    records,
    scope_holes,
    seen,
    staging,
    state,
    stored_body,
    stubs,
)
from sync.changeset import DELETED, ChangesetBody, Op
from sync.conflicts import op_value, record_resolution
from sync.purge import purged
from sync.refusals import ChangesetRejection
from sync.state import DO_NOT_SHARE, Head, in_conflict, winner

# The changesets waiting to merge. `IN` searches ix_sync_changeset_status for those two
# values only; 0.1.0's `status != 'applied'` could not, and scanned every changeset.
WAITING_QUERY = (
    "SELECT origin, seq FROM sync_changeset WHERE status IN ('pending', 'quarantined') ORDER BY origin, seq"
)


@dataclass(slots=True)
class MergeResult:
    """What a merge did: changesets applied, held or rejected, conflicts that appeared,
    records touched."""

    applied: list[tuple[str, int]] = field(default_factory=list)
    quarantined: list[tuple[str, int]] = field(default_factory=list)
    rejected: list[tuple[str, int]] = field(default_factory=list)
    new_conflicts: int = 0
    touched: dict[str, set[str]] = field(default_factory=dict)

    def touch(self, kind: str, record_id: str) -> None:
        self.touched.setdefault(kind, set()).add(record_id)


class Staged(StrEnum):
    """What `stage` did with a received changeset."""

    NEW = "new"
    KNOWN = "known"  # already stored here
    UNSTORABLE = "unstorable"  # numbers beyond what the store holds: dropped, as everywhere


def stage(
    conn: Connection, body: ChangesetBody, raw_body: bytes, signature: bytes, received_at: str
) -> Staged:
    """Keep a received changeset until it can be applied (its body compressed at rest)."""
    if not op_rules.storable(body):
        return Staged.UNSTORABLE
    known = conn.exec_driver_sql(
        "SELECT 1 FROM sync_changeset WHERE origin = ? AND seq = ?", (body.origin, body.seq)
    ).first()
    if known is not None:
        return Staged.KNOWN
    if erasure.any_logged(conn):
        # A late changeset about a record purged here: its content is never kept (sync.stubs).
        gone = erasure.logged(conn, (op.record_id for op in body.ops))
        without = stubs.redacted(body, gone) if gone else None
        if without is not None:
            raw_body = without.encode()
            body = without
    kept = stored_body.pack(raw_body)
    conn.exec_driver_sql(
        "INSERT INTO sync_changeset (origin, seq, hlc, status, body, signature, received_at)"
        " VALUES (?, ?, ?, 'pending', ?, ?, ?)",
        (body.origin, body.seq, op_rules.stored_hlc(body), kept, signature, received_at),
    )
    record_changes.note_body(conn, body)
    return Staged.NEW


def drain(
    conn: Connection,
    *,
    now_ms: int | None = None,
    decoded: dict[tuple[str, int], ChangesetBody] | None = None,
    rules: op_rules.OpRules | None = None,
    set_wise: bool = True,
) -> MergeResult:
    """Apply every held changeset whose dependencies are met, until none is left that can be.

    Changesets stamped too far in the future are quarantined instead (and looked at again on
    every drain, so they merge once this clock has caught up). A changeset that fails its
    checks (sync.op_rules), or that the merge cannot apply, is rejected by itself: it applies
    nothing and its number counts as passed, so nothing behind it waits for it. Dependencies on
    a revoked device's changesets after its cut-off are met: those never come.
    `set_wise=False` merges every record field by field (`apply_per_field`), as before the
    bulk paths: the same result, kept to prove it.
    """
    with collector.paused():
        return _drain(conn, now_ms, decoded, rules, set_wise=set_wise)


def _drain(
    conn: Connection,
    now_ms: int | None,
    decoded: dict[tuple[str, int], ChangesetBody] | None,
    rules: op_rules.OpRules | None,
    *,
    set_wise: bool,
) -> MergeResult:
    now = hlc.now_ms() if now_ms is None else now_ms
    result = MergeResult()
    vv = state.version_vector(conn)
    cut = peers.revoked_upto(conn)
    seen.catch_up(conn, vv)
    sync_state = state.load_state(conn)
    # Numbers only: each body is read from the store when its turn comes, so memory holds
    # one changeset at a time however many wait (issue 9, amplification).
    waiting: dict[str, list[int]] = {}
    for origin, seq in conn.exec_driver_sql(WAITING_QUERY):
        waiting.setdefault(origin, []).append(seq)
    for origin, queue in waiting.items():
        if origin in cut:  # a revoked device's changesets after its cut-off never apply
            for seq in [s for s in queue if s > cut[origin]]:
                _reject(conn, origin, seq, op_rules.Rejection(ChangesetRejection.REVOKED), result)
            queue[:] = [s for s in queue if s <= cut[origin]]

    # Changesets a scoped HQ bundle left out count as passed, and arrive late (scope_holes).
    holes = scope_holes.load(conn)
    done = dict(vv)  # per origin, the highest number applied or refused here (what is stored)
    vv = scope_holes.jump(vv, holes)

    def met(origin: str, seq: int) -> bool:
        upto = min(seq, cut.get(origin, seq))
        queue = waiting.get(origin)
        # A left-out changeset that has arrived is no longer passed: its dependents wait for it.
        return vv.get(origin, 0) >= upto and not (queue and queue[0] <= upto)

    progress = True
    while progress:
        progress = False
        for origin, queue in waiting.items():
            while queue and queue[0] <= vv.get(origin, 0) + 1:
                seq = queue[0]
                late = seq <= vv.get(origin, 0)  # left out earlier, now filled in
                body = (decoded or {}).get((origin, seq)) or _stored_body(conn, origin, seq)
                early = op_rules.check_numbers(body)
                if early is None and not all(met(o, s) for o, s in body.deps.items()):
                    break
                if early is None and hlc.too_far_ahead(body.hlc, now):
                    _set_status(conn, body, "quarantined")
                    result.quarantined.append((body.origin, body.seq))
                    break
                queue.pop(0)
                rejection = early or _merge_one(conn, body, rules, result, set_wise=set_wise, late=late)
                if rejection is not None:
                    _reject(conn, origin, seq, rejection, result)
                else:
                    _set_status(conn, body, "applied")
                    sync_state.hlc = hlc.observe(sync_state.hlc, body.hlc)
                    result.applied.append((body.origin, body.seq))
                if late:
                    scope_holes.filled(conn, holes, origin, seq)
                else:
                    vv[origin] = scope_holes.passed(holes, origin, body.seq)
                if seq > done.get(origin, 0):
                    # Stored as passed: up to this one (holes before it count as passed, those
                    # after it are kept in sync_omitted and jumped again by the next drain).
                    done[origin] = seq
                    state.set_applied(conn, origin, seq)
                    seen.save_upto(conn, origin, seq)
                progress = True
    state.save_state(conn, sync_state)
    return result


def _stored_body(conn: Connection, origin: str, seq: int) -> ChangesetBody:
    raw = conn.exec_driver_sql(
        "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
    ).scalar_one()
    return ChangesetBody.decode(raw)


def _merge_one(
    conn: Connection,
    body: ChangesetBody,
    rules: op_rules.OpRules | None,
    result: MergeResult,
    *,
    set_wise: bool = True,
    late: bool = False,
) -> op_rules.Rejection | None:
    """Check and apply one changeset inside a savepoint: whatever goes wrong with it, it alone
    is undone and rejected (the import and the other changesets go on). `late`: one a scoped
    bundle left out, arriving after changesets that counted it as passed."""
    rejection = op_rules.check(conn, body, rules) or merge_rules.check(conn, body)  # merges: sync.merges
    if rejection is not None:
        return rejection
    scratch = MergeResult()
    merge = apply if set_wise else apply_per_field
    try:
        with conn.begin_nested():
            known = deferred.keep_unknown(conn, body)  # unknown ops wait for an upgrade
            unmarked = erasure.take_markers(conn, known, scratch)  # purges from elsewhere, first
            part = scope_holes.unseen_part(conn, unmarked) if late else unmarked
            merges.merge_changeset(conn, part, scratch, merge=merge)
            if erasure.any_logged(conn):
                erasure.clear_purged_references(conn, scratch.touched)
            dangling = records.dangling_references(conn, scratch.touched)
            if dangling is not None:
                raise _DanglingError(dangling)
    except _DanglingError as exc:
        return op_rules.Rejection(ChangesetRejection.MISSING_REFERENCE, exc.where)
    except Exception:  # a hostile changeset must not stop the import
        return op_rules.Rejection(ChangesetRejection.MERGE_FAILED)
    _add(result, scratch)
    return None


def _add(result: MergeResult, scratch: MergeResult) -> None:
    result.new_conflicts += scratch.new_conflicts
    for kind, ids in scratch.touched.items():
        result.touched.setdefault(kind, set()).update(ids)


class _DanglingError(Exception):
    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def _reject(
    conn: Connection, origin: str, seq: int, rejection: op_rules.Rejection, result: MergeResult
) -> None:
    conn.exec_driver_sql(
        "UPDATE sync_changeset SET status = 'rejected', reason = ?, reason_field = ?"
        " WHERE origin = ? AND seq = ?",
        (rejection.reason.value, rejection.field, origin, seq),
    )
    result.rejected.append((origin, seq))


def apply(conn: Connection, body: ChangesetBody, result: MergeResult) -> None:
    """Merge one changeset whose dependencies are all applied.

    Two cases are the bulk of any large merge and are written in bulk, without comparing
    heads field by field: a record new here (every operation is its field's only head), and
    an edit whose author had seen every current head of the fields it writes, none of them
    in conflict. Everything else (concurrency, resolutions, deletes, do-not-share marks)
    goes through the per-field merge, `_merge_fields`. Both give what `apply_per_field` gives.
    """
    by_record = _by_record(conn, body)
    documents = state.load_documents(conn, (rid for _, rid in by_record))
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in {k for k, _ in by_record}:
        ids = [rid for k, rid in by_record if k == kind]
        rows[kind] = records.load_rows(conn, kind, records.existing_ids(conn, kind, ids))
    writes = _RowWrites()
    head_rows: list[state.HeadsRow] = []
    slow: dict[tuple[str, str], list[Op]] = {}
    prefix = state.single_prefix(body.origin, body.seq, body.hlc)
    for (kind, record_id), ops in by_record.items():
        existing = rows[kind].get(record_id)
        document = documents.get(record_id)
        if existing is None and document is None:
            writes.add_created(kind, record_id, ops, body)
            head_rows.append((record_id, kind, prefix + _names_suffix(ops), 0))
            result.touch(kind, record_id)
            continue
        if existing is not None and document is not None:
            heads = _seen_single_heads(document, ops, body)
            if heads is not None:
                head_rows.append(_edit_seen(kind, record_id, ops, heads, existing, body, writes))
                result.touch(kind, record_id)
                continue
        slow[(kind, record_id)] = ops
    if slow:
        heads_of: dict[state.HeadKey, list[Head]] = {}
        for _, record_id in slow:
            if record_id in documents:
                heads_of.update(
                    {(record_id, f): hs for f, hs in state.decode_heads(documents[record_id]).items()}
                )
        head_rows += _merge_fields(conn, body, result, slow, heads_of, rows, writes)
    writes.run(conn)
    seen.note(conn, body)
    state.write_documents(conn, head_rows)


def apply_per_field(conn: Connection, body: ChangesetBody, result: MergeResult) -> None:
    """Merge one changeset field by field for every record (the merge before `apply`'s bulk
    cases, kept reachable so that tests can prove both give the same)."""
    by_record = _by_record(conn, body)
    heads = state.load_heads(conn, (rid for _, rid in by_record))
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in {k for k, _ in by_record}:
        rows[kind] = records.load_rows(conn, kind, (rid for k, rid in by_record if k == kind))
    writes = _RowWrites(staged=False)  # an executemany per statement, as before
    head_rows = _merge_fields(conn, body, result, by_record, heads, rows, writes)
    writes.run(conn)
    seen.note(conn, body)
    state.write_documents(conn, head_rows, staged=False)


def _by_record(conn: Connection, body: ChangesetBody) -> dict[tuple[str, str], list[Op]]:
    """The operations per (kind, record), without those on records purged here."""
    by_record: dict[tuple[str, str], list[Op]] = {}
    for op in body.ops:
        by_record.setdefault((op.kind, op.record_id), []).append(op)
    gone = purged(conn, [rid for _, rid in by_record])
    if gone:
        by_record = {key: ops for key, ops in by_record.items() if key[1] not in gone}
    return by_record


def _names_suffix(ops: list[Op]) -> str:
    return _suffix_of(frozenset(op.field for op in ops))


@lru_cache(maxsize=256)  # bounded: a hostile peer could send many different field sets
def _suffix_of(names: frozenset[str]) -> str:
    return state.names_suffix(names)


def _seen_single_heads(document: str, ops: list[Op], body: ChangesetBody) -> dict[str, list[Head]] | None:
    """The record's heads if `body` edits it the plain way: no field of the record has
    several heads, the author had seen the head of each field it writes, and it neither
    resolves, deletes nor touches do-not-share (whose own rule needs the per-field merge)."""
    for op in ops:
        if op.pred or op.field == DO_NOT_SHARE or (op.field == DELETED and op.value is not False):
            return None
    heads = state.decode_heads(document)
    if any(len(hs) != 1 for hs in heads.values()):
        return None
    for op in ops:
        current = heads.get(op.field)
        if current is not None and not _seen_by(body, current[0]):
            return None
    return heads


def _edit_seen(
    kind: str,
    record_id: str,
    ops: list[Op],
    heads: dict[str, list[Head]],
    existing: dict[str, Any],
    body: ChangesetBody,
    writes: _RowWrites,
) -> state.HeadsRow:
    """An edit over heads its author had seen: each operation becomes its field's only head
    and its value the row's (what the per-field merge decides for it, without comparing)."""
    row = dict(existing)
    mine = [Head(body.origin, body.seq, body.hlc)]
    for op in ops:
        heads[op.field] = mine
        if op.field == DELETED:
            row["deleted_at"] = None  # only "alive" comes this way (a delete is compared)
        else:
            row[op.field] = op.value
    writes.add(kind, record_id, row, existing, body)
    document, conflicted = state.encode_heads(heads)
    return (record_id, kind, document, conflicted)


def _merge_fields(
    conn: Connection,
    body: ChangesetBody,
    result: MergeResult,
    by_record: dict[tuple[str, str], list[Op]],
    heads: dict[state.HeadKey, list[Head]],
    rows: dict[str, dict[str, dict[str, Any]]],
    writes: _RowWrites,
) -> list[state.HeadsRow]:
    """The per-field merge of these records: their row writes go to `writes`, their heads
    rows are returned. `heads` and `rows` hold what is stored of them."""
    kind_of: dict[str, str] = {}
    for (kind, record_id), ops in by_record.items():
        existing = rows.get(kind, {}).get(record_id)
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
    return state.heads_rows(kind_of, {key: hs for key, hs in heads.items() if key[0] in kind_of})


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
                "SELECT hlc FROM sync_changeset WHERE origin = ? AND seq = ? AND status = 'applied'",
                (origin, seq),
            ).scalar()
            if stamp is None:  # never applied anywhere (rejected, or a revoked device's refused one)
                continue
            head = Head(origin, seq, stamp, op_value(conn, origin, seq, op.record_id, op.field))
        overwritten.append(head)
    record_resolution(conn, op.kind, op.record_id, op.field, overwritten, body.origin, body.seq, body.hlc)


# One statement of row writes: (table, "INSERT" or "UPDATE", the quoted columns it sets).
_Statement = tuple[str, str, tuple[str, ...]]


class _RowWrites:
    """Row inserts and updates of one changeset, grouped by statement and written in bulk:
    one SQL statement per record was the merge's largest cost. `staged`: through a TEMP
    table, one statement per group (sync.staging); else an executemany per group."""

    def __init__(self, *, staged: bool = True) -> None:
        self.staged = staged
        self.pending: dict[_Statement, list[tuple[Any, ...]]] = {}

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
            statement = _insert_of(kind, tuple(names))
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
            statement = (table, "UPDATE", tuple(_quoted([*names, "deleted_at", "updated_at"])))
            params = (*values, row["deleted_at"], stamp, record_id)
        self.pending.setdefault(statement, []).append(params)

    def add_created(self, kind: str, record_id: str, ops: list[Op], body: ChangesetBody) -> None:
        """The insert of a record new here: defaults, then each operation's value (the row
        `add` writes for it, built without a dictionary per record)."""
        position = _positions(kind)
        encode = records.encoders(kind)
        values = list(_default_values(kind))
        stamp = _iso(body.hlc)
        deleted = None
        for op in ops:
            name = op.field
            if name == DELETED:
                deleted = stamp if op.value is True else None
            else:
                at = position[name]
                to_sql = encode[at]
                values[at] = op.value if to_sql is None else to_sql(op.value)
        self.pending.setdefault(_insert_of(kind, records.fields(kind)), []).append(
            (record_id, stamp, stamp, body.officer, body.origin, deleted, *values)
        )

    def run(self, conn: Connection) -> None:
        raw = conn.connection.driver_connection
        assert raw is not None
        for (table, verb, columns), rows in self.pending.items():
            # In key order (the id is the first insert or last update parameter): B-tree
            # pages are then visited once each instead of at random.
            key = 0 if verb == "INSERT" else -1
            ordered = sorted(rows, key=lambda r: r[key])
            if verb == "INSERT":
                head = f"INSERT INTO {table} ({', '.join(columns)})"
                if self.staged:
                    staging.insert(raw, head, ordered)
                else:
                    raw.executemany(f"{head} VALUES ({', '.join('?' * len(columns))})", ordered)
            elif self.staged:
                staging.update(raw, table, columns, ordered)
            else:
                assignments = ", ".join(f"{c} = ?" for c in columns)
                raw.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", ordered)


@lru_cache(maxsize=16)
def _iso(stamp: int) -> str:
    """A changeset's clock as the rows store it, once per changeset rather than per record."""
    return hlc.to_iso(stamp)


@cache
def _insert_of(kind: str, names: tuple[str, ...]) -> _Statement:
    columns = ["id", "created_at", "updated_at", "author_officer", "author_device", "deleted_at", *names]
    return (records.table_name(kind), "INSERT", tuple(_quoted(columns)))


@cache
def _positions(kind: str) -> dict[str, int]:
    return {name: i for i, name in enumerate(records.fields(kind))}


@cache
def _default_values(kind: str) -> tuple[Any, ...]:
    """Each field's default as its column stores it (converted once, never shared mutable)."""
    defaults = records.defaults(kind)
    return tuple(records.to_sql(kind, n, defaults[n]) for n in records.fields(kind))


def _quoted(names: Iterable[str]) -> list[str]:
    return [f'"{n}"' for n in names]


def _set_status(conn: Connection, body: ChangesetBody, status: str) -> None:
    conn.exec_driver_sql(
        "UPDATE sync_changeset SET status = ? WHERE origin = ? AND seq = ?", (status, body.origin, body.seq)
    )
