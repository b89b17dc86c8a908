"""Do-not-share as the write path applies it: marking a shared record, and who may lift a mark;
and the sharing scope people choose, made of the mark and the `sharing` field.

A mark is one device's decision about a record. Marking sends peers only the mark; lifting
it shares the whole record, and only the device that set a mark may lift it (docs/SYNC.md,
"Do not share"). The scope `local` is the mark; `hq` and `mission` are the field of a shared
record (docs/SYNC.md, "Sharing scope").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from liaison_app import validation, vocab
from liaison_app.errors import Rule, ValidationError
from liaison_app.store import Store
from sync import conflicts
from sync.capture import RecordChange, capture, capture_private, marks_of_others

FIELD = "do_not_share"
SHARING = "sharing"
LOCAL = "local"
HQ = "hq"
MISSION = "mission"


def scope_of(record: Any) -> str:
    """A record's sharing scope (a row, or a record of a dump document): local (marked), hq or
    mission; areas are the mission's."""
    if isinstance(record, Mapping):
        local, sharing = record.get(FIELD), record.get(SHARING)
    else:
        local, sharing = getattr(record, FIELD, False), getattr(record, SHARING, None)
    return LOCAL if local else str(sharing or MISSION)


def scope_fields(scope: Any) -> dict[str, Any]:
    """The record fields a chosen scope sets: `local` marks the record (keeping who it
    reaches once lifted); `hq` and `mission` lift this device's mark and say who it reaches."""
    chosen = validation.choice("scope", scope, vocab.SCOPES)
    if chosen == LOCAL:
        return {FIELD: True}
    return {FIELD: False, SHARING: chosen}


def capture_marking(
    store: Store,
    session: Session,
    kind: str,
    record_id: str,
    *,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
) -> None:
    """Capture one save that marks a shared record: the mark as a changeset, and every other
    field the save changed as a private edit made just after it, exactly as two saves would
    (so a peer's later edit of such a field meets it as a conflict instead of erasing it)."""
    conn, writer = session.connection(), store.writer()
    capture(conn, writer, [RecordChange(kind, record_id, {FIELD: True})])
    edited = {name: value for name, value in after.items() if name != FIELD and before.get(name) != value}
    capture_private(conn, writer, RecordChange(kind, record_id, edited))


def refuse_lifting_others_mark(store: Store, session: Session, record_id: str) -> None:
    """Raise if another device's mark on the record stands here: only it may lift that mark."""
    conn = session.connection()
    others = marks_of_others(conn, store.author.device_id, record_id, shown=True)
    if not others:
        return
    names = conflicts.officers(conn)
    by = tuple(names.get(device, device) for device in others)
    detail = f"marked do-not-share by {', '.join(by)}; only they can lift the mark"
    raise ValidationError.about(FIELD, detail, Rule.MARKED_ELSEWHERE, by=by)
