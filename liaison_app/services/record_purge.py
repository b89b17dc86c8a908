"""Purge records for good: here now, on every device after exchange (issue 13).

One call purges several records in one transaction: a purge marker changeset for them
(sync.capture.capture_purge), then everything this store holds of them (sync.erasure), then
a line each in the purge log. After the commit the write-ahead log is checkpointed and
truncated, and the profile's files that could still hold the records go: bundles held for
a newer release and a lingering pre-upgrade copy (both encrypted, but with keys this
profile holds). `secure_delete` (db.engine) zeroes the freed pages of the database itself.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from db.engine import remove_database_files
from liaison_app import profile
from liaison_app.changes import NOTHING, Changes
from liaison_app.clock import now_iso
from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.kinds import spec
from liaison_app.services import held_bundles, records
from liaison_app.store import Store
from sync import erasure, record_changes
from sync.capture import capture_purge
from sync.erasure import PurgeEntry
from sync.merge import MergeResult

log = logging.getLogger(__name__)

MAX_REASON = 500  # characters: a line of the certificate, not a document


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What one purge did: the records purged (kind, full ids), when, the marker changeset
    that carries it to other devices, and the profile files removed with it."""

    kind: str
    ids: tuple[str, ...]
    purged_at: str
    reason: str
    marker: tuple[str, int] | None
    files_removed: tuple[str, ...]
    changes: Changes = NOTHING  # for the GUI: the records gone from lists, Trash, conflicts


def purge(store: Store, kind: str, ids: Sequence[str], *, reason: str = "") -> PurgeResult:
    """Purge these records of `kind` (full ids or unique prefixes, deleted ones included) for
    good; NotFoundError if one is not here, ValidationError for a bad kind or reason."""
    kind_spec = spec(kind)
    reason = _checked_reason(reason)
    if not ids:
        raise ValidationError("name at least one record to purge", rule=Rule.EMPTY)
    at = now_iso()
    with store.session() as s:
        conn = s.connection()
        full = tuple(dict.fromkeys(_resolve(s, kind_spec.table, kind_spec.label, i) for i in ids))
        kind_of = {record_id: kind_spec.kind.value for record_id in full}
        # A record no changeset ever carried (made do-not-share) is on no other device: no
        # marker names it, so nothing of it, not even its id, ever leaves this laptop.
        travelled = {r: k for r, k in kind_of.items() if record_changes.changesets_touching(conn, r)}
        marker = capture_purge(conn, store.writer(), travelled)
        # The records they had been merged into lose the edits carried from them: re-indexed.
        carried = MergeResult()
        erasure.erase(conn, kind_of, now=at, result=carried)
        for touched_kind, touched_ids in sorted(carried.touched.items()):
            records.reindex(s, touched_kind, sorted(touched_ids - set(full)))
        kept = tuple(sorted(carried.touched.get(kind_spec.kind.value, set()) - set(full)))
        who, device = store.author.officer, store.author.device_id
        erasure.log(
            conn, (PurgeEntry(kind_spec.kind.value, r, at, who, device, reason, erasure.HERE) for r in full)
        )
        s.commit()
    removed = after_purge(store)
    log.info("purged %d %s record(s) for good", len(full), kind_spec.kind.value)
    changed = Changes.records(kind_spec.kind, (*full, *kept), membership=True, conflicts=True, trash=True)
    return PurgeResult(kind_spec.kind.value, full, at, reason, marker, removed, changed)


def after_purge(store: Store) -> tuple[str, ...]:
    """What follows every purge (here, or a marker merged from elsewhere): the write-ahead
    log checkpointed and truncated, and the profile files that may hold purged records
    removed. Returns the names of those files."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    removed: list[str] = []
    for held in held_bundles.held_files(store.directory):
        held_bundles.release(held)  # unreadable here, so not redactable; the sender sends again
        removed.append(held.path.name)
    copy = store.directory / profile.PRE_UPGRADE_COPY_NAME
    if copy.exists():
        remove_database_files(copy)
        removed.append(copy.name)
    return tuple(removed)


def purge_log(store: Store) -> list[PurgeEntry]:
    """The purge log, oldest first: the certificate of destruction (no content)."""
    with store.session() as s:
        return erasure.entries(s.connection())


def _checked_reason(reason: str) -> str:
    text = reason.strip()
    if len(text) > MAX_REASON:
        raise ValidationError.about(
            "reason", f"at most {MAX_REASON} characters", Rule.TOO_LONG, max_len=MAX_REASON
        )
    if any(c in text for c in "\r\n\t"):
        raise ValidationError.about("reason", "one line of text", Rule.EXPECTED_TEXT)
    return text


def _resolve(session: Session, table: type, label: str, given: str) -> str:
    """The full id of a record here (live or deleted), from its id or a unique prefix."""
    from liaison_app.services.records import MIN_PREFIX

    record_id = given.strip().lower()
    if record_id and session.get(table, record_id) is not None:
        return record_id
    if len(record_id) >= MIN_PREFIX:
        rows = session.connection().exec_driver_sql(
            f"SELECT id FROM {table.__tablename__} WHERE id >= ? AND id < ? LIMIT 2",  # type: ignore[attr-defined]
            (record_id, record_id + "\U0010ffff"),
        )
        matches = [r[0] for r in rows]
        if len(matches) == 1:
            return str(matches[0])
        if len(matches) > 1:
            raise ValidationError(f"id prefix {record_id!r} matches several {label}s", rule=Rule.AMBIGUOUS)
    raise NotFoundError(f"no {label} with id {given.strip()}")
