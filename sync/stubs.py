"""Stored changesets without a purged record's operations (issue 13).

The store relays changesets verbatim and signed, so a purge cannot simply leave them as they
are: their operations hold the purged content. A stored changeset that touches a purged
record is *redacted* at rest: the record's operations and salt go, the others stay, and the
body lists the purged records' sealed groups under `erased` (sync.seal). It then no longer
matches its origin's signature, but its seal still verifies: it travels as it is, and a
receiver checks the seal and accepts it only when it holds (or is sent) a purge marker of
every record it erased; it then merges like the full changeset, less those records.

A changeset written without a seal (by 0.1.0) has no such proof: it travels as a *stub*
(no operations at all), accepted on the same condition; its number counts as passed and it
applies nothing, so a device that lacked it loses its other operations (docs/SYNC.md, "Purge").
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection

from sync import json_text, record_changes, seal, stored_body
from sync.changeset import PURGED, ChangesetBody, ChangesetError

# A canonical body holds this only as its own key: inside a string value the quotes are
# escaped (a dict value could hold it, so a match is decoded before it is believed).
_ERASED_KEY = b'"erased":'


def redacted(body: ChangesetBody, gone: Collection[str]) -> ChangesetBody | None:
    """`body` without the operations on the records `gone` (their markers excepted: a marker
    holds no content), or None when it has none of those. Each removed record leaves its
    sealed group (sync.seal) so the rest still verifies; unsealed, its digest is ""."""
    removed = {(op.kind, op.record_id) for op in body.ops if op.record_id in gone and op.field != PURGED}
    if not removed:
        return None
    salts = dict(body.salts)
    items: dict[tuple[str, str], list[Any]] = {}
    for op in body.ops:
        if (op.kind, op.record_id) in removed:
            items.setdefault((op.kind, op.record_id), []).append(op.to_json())
    erased = [
        (kind, rid, seal.digest(salts[rid], json_text.canonical(ops)) if body.seal and rid in salts else "")
        for (kind, rid), ops in items.items()
    ]
    kept = tuple(op for op in body.ops if (op.kind, op.record_id) not in removed)
    return replace(
        body,
        ops=kept,
        purged=tuple(sorted({*body.purged, *erased})),
        salts=tuple((rid, salt) for rid, salt in body.salts if rid not in gone),
    )


def redact_stored(
    conn: Connection, origin: str, seq: int, body: ChangesetBody, gone: Collection[str]
) -> bool:
    """Rewrite the stored changeset (origin, seq) without the records `gone`; False if it did
    not touch them. Its deferred operations go with it (their indices no longer hold)."""
    changed = redacted(body, gone)
    if changed is None:
        return False
    conn.exec_driver_sql(
        "UPDATE sync_changeset SET body = ? WHERE origin = ? AND seq = ?",
        (stored_body.pack(changed.encode()), origin, seq),
    )
    _forget_deferred(conn, origin, seq, body, changed)
    return True


def _forget_deferred(
    conn: Connection, origin: str, seq: int, body: ChangesetBody, changed: ChangesetBody
) -> None:
    row = conn.exec_driver_sql(
        "SELECT ops FROM sync_deferred WHERE origin = ? AND seq = ?", (origin, seq)
    ).first()
    if row is None:
        return
    # The deferred operations by index in the body as it was, mapped to the redacted body's.
    position = {id(op): i for i, op in enumerate(changed.ops)}
    kept = [position[id(body.ops[i])] for i in json.loads(row[0]) if id(body.ops[i]) in position]
    if kept:
        conn.exec_driver_sql(
            "UPDATE sync_deferred SET ops = ? WHERE origin = ? AND seq = ?", (json.dumps(kept), origin, seq)
        )
    else:
        conn.exec_driver_sql("DELETE FROM sync_deferred WHERE origin = ? AND seq = ?", (origin, seq))


def is_redacted(raw: bytes) -> bool:
    """Whether a body as stored here (unpacked) is a redacted one or a stub."""
    return _ERASED_KEY in raw and bool(ChangesetBody.decode(raw).purged)


def relayed(raw: bytes) -> bytes:
    """The bytes a stored body travels as: itself (as its origin signed it, or redacted and
    sealed), or, redacted without a seal (written by 0.1.0), its stub: no operations."""
    if _ERASED_KEY not in raw:
        return raw
    body = ChangesetBody.decode(raw)
    if not body.purged or body.seal:
        return raw
    return replace(body, ops=()).encode()


def check_received(body: ChangesetBody, signing_public: bytes) -> None:
    """Raise ChangesetError unless a received redacted body verifies: by its seal, or as
    a stub with no operations at all (nothing in it can be verified)."""
    if body.seal:
        seal.verify(body, signing_public)
    elif body.ops:
        raise ChangesetError("an unsealed stub that carries operations")


def touching(conn: Connection, record_ids: Collection[str]) -> list[tuple[str, int, ChangesetBody]]:
    """Every stored changeset whose operations name one of these records, decoded: those
    sync.record_changes lists for them, never a read of every body."""
    keys = sorted(
        {key for record_id in record_ids for key in record_changes.changesets_touching(conn, record_id)}
    )
    found = []
    for origin, seq in keys:
        row = conn.exec_driver_sql(
            "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
        ).first()
        if row is not None:
            found.append((origin, seq, ChangesetBody.decode(row[0])))
    return found


def consistent(kept: bytes, other: bytes) -> bool:
    """Whether `other` may be the changeset a redacted body or stub `kept` was made from:
    the same header (the operations removed cannot be compared, so they are not)."""
    if _ERASED_KEY not in kept:
        return False
    mine = ChangesetBody.decode(kept)
    try:
        theirs = ChangesetBody.decode(other)
    except ChangesetError:
        return False
    same = (mine.origin, mine.seq, mine.hlc, mine.officer, mine.deps)
    return bool(mine.purged) and same == (theirs.origin, theirs.seq, theirs.hlc, theirs.officer, theirs.deps)


def admissible(conn: Connection, body: ChangesetBody, marked: Collection[str]) -> bool:
    """Whether a received redacted body (verified: `check_received`) may stand for its
    changeset here: a purge marker for every record it erased, held here or signed by its
    author in a changeset received and not merged yet (`marked`: those of this bundle; the
    marker may well wait behind the very body, in its origin's sequence)."""
    from sync import erasure  # erasure rewrites stored bodies through this module

    named = {record_id for _, record_id, _ in body.purged}
    if not named:
        return False
    missing = named - set(marked) - erasure.logged(conn, named)
    return not missing or not (missing - waiting_markers(conn))


def markers_of(body: ChangesetBody) -> set[str]:
    """The records a changeset carries purge markers of."""
    return {op.record_id for op in body.ops if op.field == PURGED}


def waiting_markers(conn: Connection) -> set[str]:
    """The records that changesets received and not merged yet carry purge markers of."""
    found: set[str] = set()
    for (stored,) in conn.exec_driver_sql(
        "SELECT body FROM sync_changeset WHERE status IN ('pending', 'quarantined')"
    ):
        raw = stored_body.unpack(stored)
        if PURGED.encode() in raw:
            found |= markers_of(ChangesetBody.decode(raw))
    return found
