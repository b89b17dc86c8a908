"""Change capture: every local write becomes one signed changeset of per-field operations.

The service layer calls `capture` inside the transaction of the write, so the record, its
changeset, the clock and the heads commit together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection

from sync import changeset, hlc, json_text, limits, record_changes, state, stored_body
from sync.changeset import DELETED, FORMAT, ChangesetBody, Op
from sync.conflicts import record_resolution
from sync.state import Head

# Sequence number of a head that stands for edits that never leave this device (records
# marked "do not share" after they were shared). No peer's changeset can have seen it, so a
# peer's concurrent edit of the same field becomes a conflict here instead of erasing it.
PRIVATE_SEQ = 1 << 62


@dataclass(frozen=True, slots=True)
class Writer:
    """Who writes: this device's id and signing key, the officer, and the clock to use."""

    device_id: str
    signing_private: bytes
    officer: str
    now_ms: int | None = None  # tests pin the wall clock; None reads it


@dataclass(frozen=True, slots=True)
class RecordChange:
    """New values of some fields of one record (DELETED: True to delete, False otherwise)."""

    kind: str
    record_id: str
    values: dict[str, Any] = field(default_factory=dict)


def capture(conn: Connection, writer: Writer, changes: Sequence[RecordChange]) -> tuple[str, int] | None:
    """Record `changes` as the next local changesets (one, unless a bulk write would go over
    half a cap of sync.limits); returns the last one's (origin, seq), None if empty."""
    last = None
    for part in _parts([c for c in changes if c.values]):
        last = _capture_one(conn, writer, part)
    return last


# Half the caps every peer enforces on what it receives: an honest bulk write (a demo, an
# import of thousands of contacts) must never make a changeset its peers refuse.
PART_OPS = limits.MAX_CHANGESET_OPS // 2
PART_BYTES = limits.MAX_CHANGESET_BYTES // 2
_OP_OVERHEAD = 120  # kind, record id, field name and JSON punctuation of one operation


def _parts(changes: list[RecordChange]) -> list[list[RecordChange]]:
    parts: list[list[RecordChange]] = []
    part: list[RecordChange] = []
    ops = size = 0
    for change in changes:
        change_ops = len(change.values) + 1  # every edit also says the record is alive
        change_size = len(json.dumps(change.values, default=str)) + change_ops * _OP_OVERHEAD
        if part and (ops + change_ops > PART_OPS or size + change_size > PART_BYTES):
            parts.append(part)
            part, ops, size = [], 0, 0
        part.append(change)
        ops += change_ops
        size += change_size
    if part:
        parts.append(part)
    return parts


def _capture_one(conn: Connection, writer: Writer, changes: Sequence[RecordChange]) -> tuple[str, int]:
    sync_state = state.load_state(conn)
    seq = sync_state.next_seq
    stamp = hlc.tick(sync_state.hlc, writer.now_ms)
    deps = state.version_vector(conn)
    deps.pop(writer.device_id, None)  # our own earlier changesets are implied by seq
    old_heads = state.load_heads(conn, (c.record_id for c in changes))
    new_heads: dict[state.HeadKey, list[Head]] = {}
    kind_of: dict[str, str] = {}
    ops: list[Op] = []
    for change in changes:
        kind_of[change.record_id] = change.kind
        values = dict(change.values)
        values.setdefault(DELETED, False)  # any edit says "this record is alive"
        for name in sorted(values):
            key = (change.record_id, name)
            previous = old_heads.get(key, [])
            pred: tuple[tuple[str, int], ...] = ()
            if state.in_conflict(name, previous):
                # Writing over disagreeing heads resolves that conflict; say which ones
                # (private edits are nobody else's business, so they are not named).
                pred = tuple(sorted(h.op_id for h in previous if h.seq != PRIVATE_SEQ))
                record_resolution(
                    conn, change.kind, change.record_id, name, previous, writer.device_id, seq, stamp
                )
            ops.append(Op(change.kind, change.record_id, name, values[name], pred))
            new_heads[key] = [Head(writer.device_id, seq, stamp)]
    body = ChangesetBody(
        origin=writer.device_id, seq=seq, hlc=stamp, officer=writer.officer, deps=deps, ops=tuple(ops)
    ).encode()
    conn.exec_driver_sql(
        "INSERT INTO sync_changeset (origin, seq, hlc, status, body, signature, received_at)"
        " VALUES (?, ?, ?, 'applied', ?, ?, ?)",
        (
            writer.device_id,
            seq,
            stamp,
            stored_body.pack(body),  # kept compressed like received bodies; relayed as signed
            changeset.sign(body, writer.signing_private),
            hlc.to_iso(stamp),
        ),
    )
    record_changes.note(conn, writer.device_id, seq, kind_of)
    state.store_heads(conn, kind_of, {**old_heads, **new_heads})
    state.set_applied(conn, writer.device_id, seq)
    sync_state.next_seq = seq + 1
    sync_state.hlc = stamp
    state.save_state(conn, sync_state)
    return writer.device_id, seq


def capture_new(conn: Connection, writer: Writer, changes: Sequence[RecordChange]) -> tuple[str, int] | None:
    """`capture` for records created by this very write (no heads here yet, so no conflict
    to resolve), set-wise: each record's operations encoded once, one head list shared by
    the records of a changeset, the clock and counter saved once. Returns as `capture`."""
    records = [_encode_new(c) for c in changes if c.values]
    if not records:
        return None
    sync_state = state.load_state(conn)
    deps = state.version_vector(conn)
    deps.pop(writer.device_id, None)  # our own earlier changesets are implied by seq
    raw = conn.connection.driver_connection
    assert raw is not None
    seq = sync_state.next_seq
    for part in _split(records):
        seq = sync_state.next_seq
        stamp = hlc.tick(sync_state.hlc, writer.now_ms)
        body = _body(writer, seq, stamp, deps, [r.ops_text for r in part])
        raw.execute(
            "INSERT INTO sync_changeset (origin, seq, hlc, status, body, signature, received_at)"
            " VALUES (?, ?, ?, 'applied', ?, ?, ?)",
            (
                writer.device_id,
                seq,
                stamp,
                stored_body.pack(body),
                changeset.sign(body, writer.signing_private),
                hlc.to_iso(stamp),
            ),
        )
        # Every field of every record has this changeset as its one head: each record's
        # compact document is this prefix and its field names (what `state.store_heads`
        # encodes from a Head per field, at a tenth of the cost: issue 10).
        prefix = state.single_prefix(writer.device_id, seq, stamp)
        suffixes: dict[tuple[str, ...], str] = {}
        documents = []
        for r in part:
            suffix = suffixes.get(r.fields)
            if suffix is None:
                suffix = suffixes[r.fields] = state.names_suffix(r.fields)
            documents.append((r.record_id, r.kind, prefix + suffix, 0))
        state.write_documents(conn, documents)
        record_changes.note(conn, writer.device_id, seq, (r.record_id for r in part))
        sync_state.next_seq = seq + 1
        sync_state.hlc = stamp
    state.set_applied(conn, writer.device_id, seq)
    state.save_state(conn, sync_state)
    return writer.device_id, seq


@dataclass(frozen=True, slots=True)
class _NewRecord:
    """One new record's operations as canonical JSON (the items of the changeset's "ops")."""

    kind: str
    record_id: str
    fields: tuple[str, ...]
    ops_text: str
    size: int  # bytes of ops_text in UTF-8, plus the comma that joins it to the next


def _encode_new(change: RecordChange) -> _NewRecord:
    values = dict(change.values)
    values.setdefault(DELETED, False)  # any edit says "this record is alive"
    names = tuple(sorted(values))
    # Exactly Op.to_json of each operation (no `pred`: a new record has no heads to name).
    items = [[change.kind, change.record_id, name, values[name]] for name in names]
    text = json_text.canonical(items)[1:-1]  # ChangesetBody.encode's JSON, a record at a time
    size = len(text) if text.isascii() else len(text.encode())
    return _NewRecord(change.kind, change.record_id, names, text, size + 1)


def _split(records: list[_NewRecord]) -> list[list[_NewRecord]]:
    """Consecutive parts within half the caps (sync.limits), by exact operation counts and sizes."""
    parts: list[list[_NewRecord]] = []
    part: list[_NewRecord] = []
    ops = size = 0
    for record in records:
        count = len(record.fields)
        if part and (ops + count > PART_OPS or size + record.size > PART_BYTES):
            parts.append(part)
            part, ops, size = [], 0, 0
        part.append(record)
        ops += count
        size += record.size
    if part:
        parts.append(part)
    return parts


_OPS_SLOT = '"ops":[]'


def _body(writer: Writer, seq: int, stamp: int, deps: dict[str, int], ops_texts: list[str]) -> bytes:
    """The bytes `ChangesetBody.encode` gives for these operations, without building an Op
    each: the canonical document with no operations, then theirs spliced into its list."""
    document = {
        "format": FORMAT,
        "origin": writer.device_id,
        "seq": seq,
        "hlc": stamp,
        "officer": writer.officer,
        "deps": deps,
        "ops": [],
    }
    text = json_text.canonical(document)
    # Keys and values are JSON strings or numbers: an unescaped `"ops":[]` can only be the key.
    before, slot, after = text.partition(_OPS_SLOT)
    assert slot, "canonical document without its operations"
    return f'{before}"ops":[{",".join(ops_texts)}]{after}'.encode()


def capture_private(conn: Connection, writer: Writer, change: RecordChange) -> None:
    """Record edits that stay on this device as heads only (no changeset): they then stand up
    to a peer's concurrent edit as a conflict rather than being silently overwritten."""
    if not change.values:
        return
    old_heads = state.load_heads(conn, [change.record_id])
    if not old_heads:
        return  # never shared: no peer can send edits of it
    sync_state = state.load_state(conn)
    stamp = hlc.tick(sync_state.hlc, writer.now_ms)
    new_heads = {
        (change.record_id, name): [Head(writer.device_id, PRIVATE_SEQ, stamp)] for name in change.values
    }
    state.store_heads(conn, {change.record_id: change.kind}, {**old_heads, **new_heads})
    sync_state.hlc = stamp
    state.save_state(conn, sync_state)


def marks_of_others(conn: Connection, device_id: str, record_id: str, *, shown: bool) -> tuple[str, ...]:
    """The other devices whose do-not-share mark on a record stands here (`shown`: the flag
    the record shows, which is a lone head's value). While one does, lifting is theirs."""
    heads = state.load_heads(conn, [record_id]).get((record_id, state.DO_NOT_SHARE), [])
    if len(heads) == 1:
        heads = [replace(heads[0], value=shown)]
    return tuple(sorted({h.origin for h in heads if h.value is True and h.origin != device_id}))
