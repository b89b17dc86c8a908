"""Create, edit, soft-delete, restore, read and purge records of any kind: the one write path."""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from types import SimpleNamespace
from typing import Any, cast

from sqlmodel import Session, col, select

from db import fts
from db.models import BOOKKEEPING_COLUMNS, RecordBase, Setting, json_columns, synced_fields
from liaison_app import kinds
from liaison_app.changes import Changes
from liaison_app.clock import now_iso
from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.kinds import Context, KindSpec, spec
from liaison_app.services import privacy
from liaison_app.store import Store
from sync import collector, json_text
from sync import purge as sync_purge
from sync import records as sync_records
from sync.capture import RecordChange, capture, capture_new, capture_private
from sync.changeset import DELETED

MIN_PREFIX = 4
_IDS_PER_QUERY = 900  # well under SQLite's bound on parameters per statement

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Written:
    """A record as a write left it, and what the write changed (for the GUI's screens)."""

    record: RecordBase
    changes: Changes


def add(store: Store, kind: str, fields: Mapping[str, Any]) -> RecordBase:
    """Validate `fields`, create the record, index it; returns the stored record."""
    return add_op(store, kind, fields).record


def add_op(store: Store, kind: str, fields: Mapping[str, Any]) -> Written:
    """`add`, saying what changed: one new record of `kind`."""
    with batch(store) as writes:
        added = writes.add(kind, fields)
    return Written(get(store, kind, added.id), Changes.records(kind, [added.id], membership=True))


@dataclass(frozen=True, slots=True)
class Added:
    """A record a batch wrote: its kind and id (the row is written when the batch ends)."""

    kind: kinds.Kind
    id: str


class Batch:
    """New records written in one transaction (and as few changesets as the caps allow): all or none.

    The bulk path (demo, imports of many contacts): every record is validated exactly as
    `add` validates one, then held as plain values, not ORM objects; when the batch ends,
    rows go in by one executemany per kind, search documents by `fts.put_many` and the
    changesets by `capture_new`, so a batch costs near a plain insert (issue 10)."""

    def __init__(self, store: Store, session: Session) -> None:
        self.store = store
        self.session = session
        self.changes: list[RecordChange] = []
        self.documents: list[tuple[str, str, str, str]] = []  # indexed together at the end
        self.added: Counter[kinds.Kind] = Counter()  # for the log: kinds and counts, never values
        self.rows: dict[kinds.Kind, list[SimpleNamespace]] = {}  # written together at the end
        self._known: dict[str, frozenset[str]] = {}  # field names by kind, for this batch
        self._lookups = _BatchLookups(session)
        # Validators read `ctx.session.get`; during a batch that answers from `_lookups`.
        self._ctx = Context(cast(Session, self._lookups))

    def add(
        self,
        kind: str,
        fields: Mapping[str, Any],
        *,
        record_id: str | None = None,
        computed: Mapping[str, Any] | None = None,
    ) -> Added:
        """Validate one new record and hold it for the batch's end (visible to later adds of
        the same batch: a contact may name an organization added before it).

        `record_id` keeps an id the record already has elsewhere (an import of a dump: the
        caller checked it is a free UUID); `computed` carries checked computed values (an
        action's completion time) that the kind's rules then keep or drop as for any record."""
        kind_spec = spec(kind)
        _reject_unknown(kind_spec, fields, self._known)
        ctx = self._ctx
        values: dict[str, Any] = {}
        for f in kind_spec.fields:
            if f.name in fields:
                values[f.name] = f.read(ctx, fields[f.name])
            elif f.required:
                raise ValidationError.about(f.name, "required", Rule.REQUIRED)
            elif f.default is not None:
                values[f.name] = f.default(ctx)
        now = now_iso()
        record = SimpleNamespace(
            **{**sync_records.defaults(kind_spec.kind), **_fresh_lists(kind_spec.kind)},
            id=record_id or str(uuid.uuid4()),
            created_at=now,
            updated_at=now,
            author_officer=self.store.author.officer,
            author_device=self.store.author.device_id,
            deleted_at=None,
        )
        record.__dict__.update(values)
        record.__dict__.update(computed or {})
        kind_spec.finish(ctx, record)  # cross-field rules, as for one record
        self._lookups.pending[(kind_spec.table, record.id)] = record
        self.rows.setdefault(kind_spec.kind, []).append(record)
        self.added[kind_spec.kind] += 1
        self.documents.append(_document(kind_spec, record))
        if not getattr(record, "do_not_share", False):  # created "do not share": nothing leaves
            synced = sync_records.fields(kind_spec.kind)
            self.changes.append(
                RecordChange(
                    kind_spec.kind,
                    record.id,
                    dict(zip(synced, _synced_of(kind_spec.kind)(record.__dict__), strict=True)),
                )
            )
        return Added(kind_spec.kind, record.id)

    def write_rows(self) -> None:
        """Insert every held record: one executemany per kind (foreign keys are deferred)."""
        raw = self.session.connection().connection.driver_connection
        assert raw is not None
        for kind, held in self.rows.items():
            names = (*BOOKKEEPING_COLUMNS, *sync_records.fields(kind))
            # Lists and entries as the JSON text the ORM would have stored (sync_records.to_sql).
            json_at = [i for i, n in enumerate(names) if n in json_columns(spec(kind).table)]
            columns = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" * len(names))
            values_of = itemgetter(*names)
            rows = []
            for record in held:
                row = list(values_of(record.__dict__))
                for i in json_at:
                    row[i] = "[]" if row[i] == [] else json_text.dumps(row[i])  # most lists are empty
                rows.append(row)
            raw.executemany(f"INSERT INTO {sync_records.table_name(kind)} ({columns}) VALUES ({marks})", rows)


def _fresh_lists(kind: str) -> dict[str, list[Any]]:
    """A new empty list for each list field (the model's defaults, not to be shared)."""
    return {n: [] for n in _list_fields(kind)}


@cache
def _list_fields(kind: str) -> tuple[str, ...]:
    return tuple(n for n, v in sync_records.defaults(kind).items() if isinstance(v, list))


@cache
def _synced_of(kind: str) -> itemgetter[Any]:
    """The synced fields' values out of a record's attributes, in `sync_records.fields` order."""
    return itemgetter(*sync_records.fields(kind))


class _BatchLookups:
    """What validators look up while a batch runs: the records it holds (not rows yet) and
    the settings (read once: a batch only adds records), else the session as usual."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: dict[tuple[type[Any], str], Any] = {}
        self._settings: dict[str, Any] = {}

    def get(self, table: type[Any], key: str) -> Any:
        """`Session.get`, answering from the batch first."""
        held = self.pending.get((table, key))
        if held is not None:
            return held
        if table is Setting:
            if key not in self._settings:
                self._settings[key] = self.session.get(table, key)
            return self._settings[key]
        return self.session.get(table, key)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.session, name)


@contextmanager
def batch(store: Store) -> Iterator[Batch]:
    """`with batch(store) as b: b.add(...)`: commits on leaving, rolls back on an exception."""
    with store.session() as s, collector.paused():
        writes = Batch(store, s)
        yield writes
        writes.write_rows()
        fts.put_many(s.connection(), writes.documents)
        capture_new(s.connection(), store.writer(), writes.changes)
        s.commit()
    for kind, count in writes.added.items():
        log.info("added %d %s record(s)", count, kind)


def edit(store: Store, kind: str, record_id: str, changes: Mapping[str, Any]) -> RecordBase:
    """Apply validated `changes` to a live record; unchanged values are not rewritten."""
    return edit_op(store, kind, record_id, changes).record


def edit_op(store: Store, kind: str, record_id: str, changes: Mapping[str, Any]) -> Written:
    """`edit`, saying what changed (nothing, when every value was already stored)."""
    kind_spec = spec(kind)
    _reject_unknown(kind_spec, changes)
    with store.session() as s:
        record = _live(s, kind_spec, record_id)
        conflicted = _in_conflict(s, record.id)  # writing over a conflict resolves it
        ctx = _Keeping(s, kept=_referenced(kind_spec, record))
        before = _synced_values(record)
        changed = False
        for name, raw in changes.items():
            field_spec = kind_spec.field(name)
            value = field_spec.read(ctx, raw)
            if field_spec.required and value in (None, ""):
                raise ValidationError.about(name, "required", Rule.REQUIRED)
            if getattr(record, name) != value:
                setattr(record, name, value)
                changed = True
        if changed:
            record.updated_at = now_iso()
            _write(s, kind_spec, record)
            _capture(store, s, kind_spec, record, before=before)
            s.commit()
            log.info("edited 1 %s record", kind_spec.kind)
            return Written(record, Changes.records(kind_spec.kind, [record.id], conflicts=conflicted))
        return Written(record, Changes())


def delete_record(store: Store, kind: str, record_id: str) -> RecordBase:
    """Soft-delete: the record leaves lists and search but stays as a tombstone for sync."""
    return delete_op(store, kind, record_id).record


def delete_op(store: Store, kind: str, record_id: str) -> Written:
    """`delete_record`, saying what changed: a record gone to the Trash."""
    kind_spec = spec(kind)
    with store.session() as s:
        record = _live(s, kind_spec, record_id)
        conflicted = _in_conflict(s, record.id)  # its conflicts leave the list with it
        record.deleted_at = record.updated_at = now_iso()
        s.add(record)
        s.flush()
        fts.remove(s.connection(), record.id)
        if not _local_only(record):
            capture(
                s.connection(), store.writer(), [RecordChange(kind_spec.kind, record.id, {DELETED: True})]
            )
        s.commit()
        log.info("deleted 1 %s record", kind_spec.kind)
    changed = Changes.records(kind_spec.kind, [record.id], membership=True, conflicts=conflicted, trash=True)
    return Written(record, changed)


def restore(store: Store, kind: str, record_id: str) -> RecordBase:
    """Bring a deleted record back (from the Trash, or Undo): a normal change that syncs,
    carrying the deleted flag set False. A record purged for good cannot come back."""
    return restore_op(store, kind, record_id).record


def restore_op(store: Store, kind: str, record_id: str) -> Written:
    """`restore`, saying what changed: a record back from the Trash."""
    kind_spec = spec(kind)
    with store.session() as s:
        record = _tombstone(s, kind_spec, record_id)
        conflicted = _in_conflict(s, record.id)
        record.deleted_at = None
        record.updated_at = now_iso()
        _write(s, kind_spec, record)
        if not _local_only(record):
            capture(
                s.connection(), store.writer(), [RecordChange(kind_spec.kind, record.id, {DELETED: False})]
            )
        s.commit()
        log.info("restored 1 %s record", kind_spec.kind)
    changed = Changes.records(kind_spec.kind, [record.id], membership=True, conflicts=conflicted, trash=True)
    return Written(record, changed)


def get(store: Store, kind: str, record_id: str) -> RecordBase:
    """A live record by id (or unique id prefix), else NotFoundError."""
    kind_spec = spec(kind)
    with store.session() as s:
        return _live(s, kind_spec, record_id)


def list_records(store: Store, kind: str, *, ids: Sequence[str] | None = None) -> list[RecordBase]:
    """Live records of `kind` in their natural order (optionally only `ids`)."""
    kind_spec = spec(kind)
    table = kind_spec.table
    query = select(table).where(col(table.deleted_at).is_(None)).order_by(*kind_spec.order())
    if ids is not None:
        query = query.where(col(table.id).in_(list(ids)))
    with store.session() as s:
        return list(s.exec(query))


def in_order(store: Store, kind: str, ids: Sequence[str]) -> list[RecordBase]:
    """The live records `ids` name, in that order (a listing's ids, read a chunk at a time)."""
    table = spec(kind).table
    found: list[RecordBase] = []
    with store.session() as s:
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = list(ids[start : start + _IDS_PER_QUERY])
            rows = {r.id: r for r in s.exec(select(table).where(col(table.id).in_(chunk)))}
            found.extend(rows[i] for i in chunk if i in rows and rows[i].deleted_at is None)
    return found


def purge(store: Store) -> dict[str, int]:
    """Remove for good the tombstones every peer has acknowledged and nothing points at;
    returns how many of each kind went."""
    removed: dict[str, int] = {}
    with store.session() as s:
        conn = s.connection()
        # Records that point at others go first, so their targets may go in the same pass.
        for kind in sync_purge.purge_order():
            ids = sync_purge.acknowledged(conn, kind)
            for record_id in ids:
                fts.remove(conn, record_id)
            sync_purge.forget(conn, kind, ids, now=now_iso())
            removed[kind] = len(ids)
        s.commit()
    log.info("purged %d tombstone(s)", sum(removed.values()))
    return removed


def resolve_id(session: Session, kind_spec: KindSpec, record_id: str) -> str:
    """A full id, or the one live id that starts with the given prefix (as typed on a CLI)."""
    table = kind_spec.table
    record_id = record_id.strip().lower()
    if session.get(table, record_id) is not None:
        return record_id
    if len(record_id) >= MIN_PREFIX:
        matches = list(
            session.exec(
                select(table.id)
                .where(col(table.id).startswith(record_id), col(table.deleted_at).is_(None))
                .limit(2)
            )
        )
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ValidationError(f"id prefix {record_id!r} matches several {kind_spec.label}s")
    raise NotFoundError(f"no {kind_spec.label} with id {record_id}")


def as_dict(record: RecordBase, *, bookkeeping: bool = True) -> dict[str, Any]:
    """The record as JSON-ready data: user fields, plus bookkeeping unless told otherwise."""
    kind_spec = kind_of(record)
    names = ["id", *(f.name for f in kind_spec.fields), *kind_spec.computed]
    if bookkeeping:
        names += [b for b in BOOKKEEPING_COLUMNS if b not in ("id", "deleted_at")]
    return {name: getattr(record, name) for name in names}


def kind_of(record: RecordBase) -> KindSpec:
    """The kind description of a record instance."""
    return kinds.kind_of(record)


def _in_conflict(session: Session, record_id: str) -> bool:
    """Whether a field of the record has an open conflict (one indexed lookup)."""
    found = session.connection().exec_driver_sql(
        "SELECT 1 FROM sync_heads WHERE record_id = ? AND conflicted > 0 LIMIT 1", (record_id,)
    )
    return found.first() is not None


def _live(session: Session, kind_spec: KindSpec, record_id: str) -> RecordBase:
    row: RecordBase | None = session.get(kind_spec.table, resolve_id(session, kind_spec, record_id))
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"no {kind_spec.label} with id {record_id}")
    return row


@dataclass(frozen=True, slots=True)
class _Keeping(Context):
    """Checks references as usual, except that the record may go on naming what it named
    already when that went to the Trash since: adding a second attendee must not fail
    because the first one was deleted (a restore brings the link back to life)."""

    kept: frozenset[str] = frozenset()

    def live(
        self, table: type[RecordBase], record_id: str, what: str, field: str | None = None
    ) -> RecordBase:
        row = self.session.get(table, record_id)
        if row is not None and record_id in self.kept:
            return row  # live or in the Trash: either way it is still there
        return Context.live(self, table, record_id, what, field)


def _referenced(kind_spec: KindSpec, record: RecordBase) -> frozenset[str]:
    """Every id the record's reference fields hold now."""
    ids: set[str] = set()
    for f in kind_spec.fields:
        if f.refers_to is None:
            continue
        value = getattr(record, f.name)
        ids.update(value if isinstance(value, list) else [value] if value else [])
    return frozenset(ids)


def _tombstone(session: Session, kind_spec: KindSpec, record_id: str) -> RecordBase:
    """A deleted record by id (or a prefix that only one deleted record has)."""
    table = kind_spec.table
    wanted = record_id.strip().lower()
    row: RecordBase | None = session.get(table, wanted)
    if row is None and len(wanted) >= MIN_PREFIX:
        matches = list(
            session.exec(
                select(table)
                .where(col(table.id).startswith(wanted), col(table.deleted_at).is_not(None))
                .limit(2)
            )
        )
        if len(matches) > 1:
            raise ValidationError(f"id prefix {wanted!r} matches several deleted {kind_spec.label}s")
        row = matches[0] if matches else None
    if row is None or row.deleted_at is None:
        raise NotFoundError(f"no deleted {kind_spec.label} with id {record_id}")
    if (
        session.connection()
        .exec_driver_sql("SELECT 1 FROM sync_merged WHERE record_id = ?", (row.id,))
        .first()
    ):
        raise ValidationError(
            f"{kind_spec.label} {record_id} was merged into another: unmerge it instead",
            rule=Rule.MERGED_AWAY,
        )
    return row


def _write(session: Session, kind_spec: KindSpec, record: RecordBase) -> None:
    """Every edit and restore ends here: cross-field rules, row, search document (a batch
    of new records does the same in bulk)."""
    kind_spec.finish(Context(session), record)
    session.add(record)
    session.flush()
    index(session, kind_spec, record)


def write(session: Session, kind_spec: KindSpec, record: RecordBase) -> None:
    """Write an edited record inside another service's transaction (a merge of duplicates)."""
    _write(session, kind_spec, record)


def index(session: Session, kind_spec: KindSpec, record: RecordBase) -> None:
    """Bring the search document of one record up to date (dropped if deleted)."""
    if record.deleted_at is not None:
        fts.remove(session.connection(), record.id)
        return
    kind, record_id, title, body = _document(kind_spec, record)
    fts.put(session.connection(), kind=kind, record_id=record_id, title=title, body=body)


def reindex(session: Session, kind: str, record_ids: Iterable[str]) -> None:
    """Re-index records changed behind the services' back (by a sync merge), in bulk."""
    kind_spec = spec(kind)
    ids = list(record_ids)
    conn = session.connection()
    # Plain rows, not ORM objects: re-indexing 100k merged records must not build 100k objects.
    rows = sync_records.load_rows(conn, kind, ids)
    documents = [
        _document(kind_spec, SimpleNamespace(id=record_id, **row))
        for record_id, row in rows.items()
        if row["deleted_at"] is None
    ]
    for record_id in ids:
        if record_id not in rows or rows[record_id]["deleted_at"] is not None:
            fts.remove(conn, record_id)
    fts.put_many(conn, documents)


def _document(kind_spec: KindSpec, record: Any) -> tuple[str, str, str, str]:
    body = " · ".join(part for part in kind_spec.body(record) if part)
    return (kind_spec.kind, record.id, kind_spec.title(record), body)


def _synced_values(record: RecordBase) -> dict[str, Any]:
    return {name: getattr(record, name) for name in synced_fields(type(record))}


def _local_only(record: RecordBase) -> bool:
    return bool(getattr(record, "do_not_share", False))


def _capture(
    store: Store, session: Session, kind_spec: KindSpec, record: RecordBase, *, before: dict[str, Any] | None
) -> None:
    """Hand the write to change capture, unless the record never leaves this laptop."""
    after = _synced_values(record)
    if before is None:
        values = after
    elif _local_only(record) and not before.get("do_not_share"):
        # Peers learn only the mark; the rest of this save stays here, as if saved just after.
        privacy.capture_marking(store, session, kind_spec.kind, record.id, before=before, after=after)
        return
    elif before.get("do_not_share") and not _local_only(record):
        privacy.refuse_lifting_others_mark(store, session, record.id)
        values = after  # shared from now on: peers need the whole record
    else:
        values = {k: v for k, v in after.items() if before.get(k) != v}
    if _local_only(record) and (before is None or before.get("do_not_share")):
        change = RecordChange(kind_spec.kind, record.id, values)
        capture_private(session.connection(), store.writer(), change)
        return
    capture(session.connection(), store.writer(), [RecordChange(kind_spec.kind, record.id, values)])


def _reject_unknown(
    kind_spec: KindSpec, fields: Mapping[str, Any], known_by_kind: dict[str, frozenset[str]] | None = None
) -> None:
    """A field the kind does not have is refused (`known_by_kind`: a batch's cache of names)."""
    known = None if known_by_kind is None else known_by_kind.get(kind_spec.kind)
    if known is None:
        known = frozenset(f.name for f in kind_spec.fields)
        if known_by_kind is not None:
            known_by_kind[kind_spec.kind] = known
    unknown = sorted(set(fields) - known)
    if unknown:
        raise ValidationError(f"{kind_spec.label} has no field {unknown[0]!r}")
