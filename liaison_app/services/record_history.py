"""One record's history: who changed which field when, from which device, old and new value.

Read from the sync change log: the changesets that touch the record (sync.record_changes
lists them, so only those bodies are decoded, never the store), in clock order (HLC, then
origin device). A write is a *conflict* when the author had not seen the write it follows
(concurrent heads); `_deleted` writes are deletes and restores. Edits made while the record
was marked do-not-share travel in no changeset: the values they left here are listed last as
private entries of this device (docs/SYNC.md, "Record history").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection
from sqlmodel import Session, col, select

from db.models import DERIVED_COLUMNS, RecordBase
from liaison_app.errors import NotFoundError
from liaison_app.kinds import KindSpec, spec
from liaison_app.services.display_text import DELETED_FIELD, Shown, field_label, reference_titles, value_lines
from liaison_app.store import Store
from sync import hlc, record_changes, state, stored_body
from sync.capture import PRIVATE_SEQ
from sync.changeset import ChangesetBody, ChangesetError
from sync.conflicts import officers

_NOT_HERE = "(not on this device)"


class Change(StrEnum):
    """What one entry did to its field."""

    EDIT = "edit"
    DELETE = "delete"
    RESTORE = "restore"
    PRIVATE = "private"  # made while marked do-not-share: in no changeset, on this device only


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One field written once: old and new value as people read them (None: empty)."""

    field: str
    label: str
    old: str | None
    new: str | None
    at: str  # the write's clock as UTC ISO-8601
    hlc: int
    officer: str
    device: str  # the device's name if it is known here, else its id
    device_id: str
    change: Change
    conflict: bool = False  # written without seeing the write before it: concurrent heads

    def to_json(self) -> dict[str, Any]:
        """The entry as `KIND history --json` prints it."""
        return {
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "at": self.at,
            "officer": self.officer,
            "device": self.device,
            "device_id": self.device_id,
            "change": self.change.value,
            "conflict": self.conflict,
        }


@dataclass(frozen=True, slots=True)
class RecordHistory:
    """A record's entries, oldest first."""

    kind: str
    record_id: str
    title: str
    entries: tuple[HistoryEntry, ...]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.record_id, "history": [e.to_json() for e in self.entries]}


@dataclass(frozen=True, slots=True)
class _Write:
    origin: str
    seq: int
    hlc: int
    officer: str
    deps: Mapping[str, int]
    field: str
    value: Any

    def saw(self, other: _Write) -> bool:
        if other.origin == self.origin:
            return other.seq < self.seq
        return other.seq <= self.deps.get(other.origin, 0)


def history(store: Store, kind: str, record_id: str) -> RecordHistory:
    """The history of one record (live or in the trash), else NotFoundError (exit 5)."""
    kind_spec = spec(kind)
    with store.session() as s:
        record = _record(s, kind_spec, record_id)
        conn = s.connection()
        # One changeset's fields in the registry's order, as the editor lays them out.
        place = {f.name: i for i, f in enumerate(kind_spec.fields)}
        writes = sorted(
            _writes(conn, kind_spec, record.id),
            key=lambda w: (w.hlc, w.origin, w.seq, place.get(w.field, len(place))),
        )
        private = _private(conn, store.author.device_id, record)
        officer_of, device_of = officers(conn), _device_names(conn, store)
    values = [(w.field, w.value) for w in writes] + [(f, v) for f, _, v in private]
    words = _Words(
        reference_titles(store, values), {f.name: f.choices for f in kind_spec.fields if f.choices}
    )
    entries = list(_entries(writes, words, officer_of, device_of))
    last = {e.field: e.new for e in entries}
    device = store.author.device_id
    for name, stamp, value in private:
        new = _text(name, value, words)
        if new == last.get(name):
            continue  # the private edit left the value that travelled
        at = hlc.to_iso(stamp)
        who = (store.author.officer, device_of.get(device, device), device)
        entries.append(
            HistoryEntry(name, field_label(name), last.get(name), new, at, stamp, *who, Change.PRIVATE)
        )
    return RecordHistory(kind_spec.kind.value, record.id, kind_spec.title(record), tuple(entries))


def _record(session: Session, kind_spec: KindSpec, record_id: str) -> RecordBase:
    """The record by id or unique id prefix, in the trash or not."""
    table = kind_spec.table
    found = session.get(table, record_id)
    if found is not None:
        return found
    rows = (
        list(session.exec(select(table).where(col(table.id).startswith(record_id, autoescape=True)).limit(2)))
        if record_id
        else []
    )
    if len(rows) != 1:
        raise NotFoundError(f"no {kind_spec.label} with id {record_id}")
    return rows[0]


def _writes(conn: Connection, kind_spec: KindSpec, record_id: str) -> Iterator[_Write]:
    """Every applied operation on the record, from the changesets listed as touching it."""
    kind = kind_spec.kind.value
    for origin, seq in record_changes.changesets_touching(conn, record_id):
        row = conn.exec_driver_sql(
            "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ? AND status = 'applied'",
            (origin, seq),
        ).first()
        if row is None:
            continue  # waiting, held or refused: it changed nothing here
        try:
            body = ChangesetBody.decode(stored_body.unpack(bytes(row[0])))
        except (ChangesetError, ValueError):
            continue
        for op in body.ops:
            if op.kind == kind and op.record_id == record_id and op.field not in DERIVED_COLUMNS:
                yield _Write(body.origin, body.seq, body.hlc, body.officer, body.deps, op.field, op.value)


def _entries(
    writes: list[_Write],
    words: _Words,
    officer_of: Mapping[str, str],
    device_of: Mapping[str, str],
) -> Iterator[HistoryEntry]:
    before: dict[str, _Write] = {}
    for write in writes:
        previous = before.get(write.field)
        before[write.field] = write
        if write.field == DELETED_FIELD:
            if (previous is None or previous.value is not True) and write.value is not True:
                continue  # every edit says "not deleted": only deletes and restores are news
            change = Change.DELETE if write.value is True else Change.RESTORE
        elif previous is not None and previous.value == write.value:
            continue  # written again unchanged (a whole record shared again)
        else:
            change = Change.EDIT
        old = None if previous is None else _text(write.field, previous.value, words)
        new = _text(write.field, write.value, words)
        if change is Change.EDIT and (old == new or (previous is None and write.value is False)):
            continue  # a new record's empty fields and unset switches, or a value that reads the same
        yield HistoryEntry(
            write.field,
            field_label(write.field),
            old,
            new,
            hlc.to_iso(write.hlc),
            write.hlc,
            officer_of.get(write.origin, write.officer),
            device_of.get(write.origin, write.origin),
            write.origin,
            change,
            previous is not None and not write.saw(previous),
        )


def _private(conn: Connection, device: str, record: RecordBase) -> list[tuple[str, int, Any]]:
    """(field, clock, value) of each private edit of this device standing on the record."""
    found = []
    for (_, name), heads in state.load_heads(conn, [record.id]).items():
        for head in heads:
            if head.seq == PRIVATE_SEQ and head.origin == device:
                # A lone head's value is the row's (sync.state.Head).
                found.append((name, head.hlc, head.value if len(heads) > 1 else getattr(record, name, None)))
    return sorted(found, key=lambda f: (f[1], f[0]))


@dataclass(frozen=True, slots=True)
class _Words:
    """How values read: the titles of the records referred to, and each choice's label."""

    titles: Mapping[str, str]
    choices: Mapping[str, Mapping[str, str] | None]


def _text(name: str, value: Any, words: _Words) -> str | None:
    labels = words.choices.get(name)
    if labels and isinstance(value, str) and value in labels:
        return labels[value]
    lines = value_lines(name, value, words.titles)
    if lines == (Shown.EMPTY,):
        return None
    return "; ".join(_NOT_HERE if line is Shown.NOT_HERE else str(line) for line in lines)


def _device_names(conn: Connection, store: Store) -> dict[str, str]:
    names = {str(d): str(n) for d, n in conn.exec_driver_sql("SELECT device_id, device_name FROM sync_peer")}
    names[store.author.device_id] = store.author.device_name
    return names
