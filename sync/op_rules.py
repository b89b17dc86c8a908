"""What a received changeset must hold before the merge applies it.

A signature says who wrote a changeset, not that it is sane. Each changeset is checked as
a whole: its numbers (sequence, clock, dependencies) in the ranges devices write, every
operation on a record kind and field a protocol may carry (bookkeeping columns never),
every value of the type its column stores and, when the app supplies them (`OpRules`, built
from the record-kind registry), as strict as the services are with a local edit. What depends
on other records (a new record's required fields, a reference, a `pred`) is decided against
the changeset's causal past only (sync.seen), so every device decides alike.

Operations on record kinds or fields this release does not know are not refused: a newer
protocol may carry them (sync.deferred keeps them); their names must still look like names.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Connection

from db.models import BOOKKEEPING_COLUMNS, RECORD_TABLES
from sync import hlc, records, seen
from sync.changeset import DELETED, PURGED, ChangesetBody, Op
from sync.refusals import ChangesetRejection

# JSON carries integers exactly up to 2**53; no device counts its changesets beyond.
MAX_SEQ = (1 << 53) - 1
# A clock past 2100 is no clock: refused outright (a clock merely ahead is quarantined).
MAX_HLC = hlc.pack(int(datetime(2100, 1, 1, tzinfo=UTC).timestamp() * 1000))
# SQLite stores signed 64-bit integers: beyond, a changeset cannot even be kept.
_SQL_INT = (1 << 63) - 1

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
_KIND = re.compile(r"[a-z][a-z0-9_]{0,31}")
_FIELD = re.compile(r"_?[a-z][a-z0-9_]{0,63}")

ValueCheck = Callable[[Any], bool]


@dataclass(frozen=True, slots=True)
class OpRules:
    """Checks of values beyond their column's type, per record kind and field: True when the
    value is one a local edit could have stored. The app builds them from its registry."""

    values: Mapping[str, Mapping[str, ValueCheck]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a changeset is refused, and the "kind.field" of the operation concerned (if one)."""

    reason: ChangesetRejection
    field: str | None = None


def storable(body: ChangesetBody) -> bool:
    """Whether the changeset's number fits the store at all (else it cannot be kept; no
    such number is ever next in its origin's sequence, so nothing waits for it)."""
    return 0 <= body.seq <= _SQL_INT


def stored_hlc(body: ChangesetBody) -> int:
    """The clock as the store's column keeps it (only ordering reads it there); a clock out
    of range is refused by the merge from the body itself."""
    return max(0, min(body.hlc, _SQL_INT))


def well_formed_id(text: str) -> bool:
    """Whether a record id is shaped as ours are."""
    return _ID.fullmatch(text) is not None


def check(conn: Connection, body: ChangesetBody, rules: OpRules | None = None) -> Rejection | None:
    """Why the merge must refuse `body` (whose dependencies are all applied), or None."""
    return _numbers(body) or _operations(body, rules or OpRules()) or _against_past(conn, body)


def check_numbers(body: ChangesetBody) -> Rejection | None:
    """The sequence number, clock and dependencies, before waiting on those dependencies."""
    return _numbers(body)


def _numbers(body: ChangesetBody) -> Rejection | None:
    fine = (
        1 <= body.seq <= MAX_SEQ
        and 0 <= body.hlc <= MAX_HLC
        and all(_ID.fullmatch(o) and 0 <= s <= MAX_SEQ for o, s in body.deps.items())
        and all(0 <= s <= MAX_SEQ for op in body.ops for _, s in op.pred)
    )
    return None if fine else Rejection(ChangesetRejection.OUT_OF_RANGE)


def _operations(body: ChangesetBody, rules: OpRules) -> Rejection | None:
    seen_ops: set[tuple[str, str, str]] = set()
    # A bulk changeset repeats names and values across its records: each distinct record id,
    # (kind, field) and plain value (or list of strings) of a field is checked once (each
    # check depends on nothing else), while the operations are still walked in order, so the
    # first one at fault is the one named, as when every operation was checked in full.
    ids_fine: set[str] = set()
    names: dict[tuple[str, str], _Name] = {}
    fits: dict[tuple[str, str, type, Any], bool] = {}
    for op in body.ops:
        kind, record_id, name, value = op.kind, op.record_id, op.field, op.value
        pair = (kind, name)
        verdict = names.get(pair)
        if verdict is None:
            verdict = names[pair] = _name_of(kind, name)
        if verdict is _Name.BAD or (record_id not in ids_fine and not _fine_id(record_id, ids_fine)):
            return Rejection(ChangesetRejection.BAD_NAME, f"{kind}.{name}" if _KIND.fullmatch(kind) else None)
        if verdict is _Name.BOOKKEEPING:
            return Rejection(ChangesetRejection.NOT_WRITABLE, f"{kind}.{name}")
        key = (kind, record_id, name)
        if key in seen_ops:
            return Rejection(ChangesetRejection.DUPLICATE_OPERATION, f"{kind}.{name}")
        seen_ops.add(key)
        if verdict is _Name.UNKNOWN:
            continue  # a newer protocol's: kept for after an upgrade (sync.deferred)
        memo = _memo_key(kind, name, value)
        if memo is not None:
            found = fits.get(memo)
            if found is None:
                found = fits[memo] = _value_fits(op, rules)
        else:
            found = _value_fits(op, rules)
        if not found:
            return Rejection(ChangesetRejection.BAD_VALUE, f"{kind}.{name}")
    return _lone_markers(body)


def _lone_markers(body: ChangesetBody) -> Rejection | None:
    """A purge marker is the only operation on its record: purging and editing a record in
    one changeset has no order, so it is refused rather than read one way or the other."""
    marked = {op.record_id: op.kind for op in body.ops if op.field == PURGED}
    if not marked:
        return None
    for op in body.ops:
        if op.field != PURGED and op.record_id in marked:
            return Rejection(ChangesetRejection.PURGE_NOT_ALONE, f"{marked[op.record_id]}.{PURGED}")
    return None


class _Name(Enum):
    """What an operation's (kind, field) names are, as far as the changeset's checks go."""

    BAD = "bad"  # not shaped like a name: refused
    BOOKKEEPING = "bookkeeping"  # a column no operation writes: refused
    UNKNOWN = "unknown"  # a newer protocol's kind or field: kept, not checked
    KNOWN = "known"  # a field this release merges: its value is checked


def _name_of(kind: str, name: str) -> _Name:
    if not (_KIND.fullmatch(kind) and _FIELD.fullmatch(name)):
        return _Name.BAD
    if name in BOOKKEEPING_COLUMNS:
        return _Name.BOOKKEEPING
    return _Name.KNOWN if _known_names(kind, name) else _Name.UNKNOWN


def _fine_id(record_id: str, fine: set[str]) -> bool:
    if _ID.fullmatch(record_id) is None:
        return False
    fine.add(record_id)
    return True


# Values whose equality is their identity for a check (1 == 1.0 == True: the type is in the key).
_PLAIN = (str, int, bool, type(None))


def _memo_key(kind: str, name: str, value: Any) -> tuple[str, str, type, Any] | None:
    """What identifies a value for its check: a plain value with its type, a list of strings
    (languages, tags: repeated across records) as a tuple; None for anything else."""
    of = type(value)
    if of in _PLAIN:
        return (kind, name, of, value)
    if of is list and all(type(i) is str for i in value):
        return (kind, name, list, tuple(value))
    return None


def value_fits(op: Op, rules: OpRules | None = None) -> bool:
    """Whether a known operation's value passes its column's type and the app's rules (for
    operations merged after an upgrade, whose changeset was accepted long ago)."""
    return _value_fits(op, rules or OpRules())


def _known_names(kind: str, name: str) -> bool:
    return kind in RECORD_TABLES and (name in (DELETED, PURGED) or name in records.fields(kind))


def _value_fits(op: Op, rules: OpRules) -> bool:
    if op.field == DELETED:
        return type(op.value) is bool
    if op.field == PURGED:
        return op.value is True  # a purge is never undone: there is no False
    if not column_type(op.kind, op.field)(op.value):
        return False
    extra = rules.values.get(op.kind, {}).get(op.field)
    try:
        return extra is None or extra(op.value)
    except Exception:  # a check that breaks on a hostile value has refused it
        return False


def _against_past(conn: Connection, body: ChangesetBody) -> Rejection | None:
    # One pass over the operations gathers what the checks below need per record (in the
    # order records first appear) and the operations that name a record or a `pred`; the
    # checks then run in the order they always did, so the same operation is named.
    records_of: dict[str, _Record] = {}
    targets: set[str] = set()
    pointing: list[tuple[Op, str | None]] = []  # (operation, the kind its value must name)
    refers: dict[tuple[str, str], str | None] = {}
    for op in body.ops:
        kind, record_id, name, value, pred = op.kind, op.record_id, op.field, op.value, op.pred
        if kind not in RECORD_TABLES:
            if pred:  # a newer protocol's record kind: its `pred` is checked all the same
                pointing.append((op, None))
            continue
        found = records_of.get(record_id)
        if found is None:
            records_of[record_id] = found = _Record(kind, name)
        elif kind != found.kind:
            found.mixed = True
        found.fields.add(name)
        pair = (kind, name)
        target = refers[pair] if pair in refers else refers.setdefault(pair, references(kind).get(name))
        if target is not None and value:
            targets.add(value)
        if target is not None or pred:
            pointing.append((op, target))
    past = seen.in_past(conn, body, [*records_of, *targets])
    here = seen.kinds_here(conn, records_of)
    for record_id, found in records_of.items():
        kind = found.kind
        where = f"{kind}.{found.first_field}"
        if found.mixed or past.get(record_id, kind) != kind:
            return Rejection(ChangesetRejection.WRONG_KIND, where)
        if here.get(record_id, kind) != kind:
            return Rejection(ChangesetRejection.WRONG_KIND, where)
        if record_id not in past and PURGED not in found.fields:  # a purge of one never seen here
            missing = required(kind) - found.fields
            if missing:
                return Rejection(ChangesetRejection.MISSING_REQUIRED, f"{kind}.{min(missing)}")
    for op, target in pointing:
        if target is not None and op.value:
            named = past.get(op.value)
            if named is None and op.value in records_of:
                named = records_of[op.value].kind  # created by this very changeset
            if named != target:
                return Rejection(ChangesetRejection.MISSING_REFERENCE, f"{op.kind}.{op.field}")
        for origin, seq in op.pred:
            had = body.seq - 1 if origin == body.origin else body.deps.get(origin, 0)
            if seq > had:
                return Rejection(ChangesetRejection.BAD_PRED, f"{op.kind}.{op.field}")
    return None


@dataclass(slots=True)
class _Record:
    """One record of a changeset as its checks against the past see it."""

    kind: str  # of its first operation
    first_field: str
    mixed: bool = False  # operations of several kinds name it
    fields: set[str] = field(default_factory=set)


@cache
def required(kind: str) -> frozenset[str]:
    """The fields a changeset creating a record of `kind` must set (no default)."""
    table = RECORD_TABLES[kind]
    return frozenset(n for n in records.fields(kind) if table.model_fields[n].is_required())


@cache
def references(kind: str) -> dict[str, str]:
    """Foreign-key fields of `kind` and the record kind each names (from the tables' metadata)."""
    kind_of_table = {records.table_name(k): k for k in RECORD_TABLES}
    return {
        fk.parent.name: kind_of_table[fk.column.table.name]
        for fk in RECORD_TABLES[kind].__table__.foreign_keys  # type: ignore[attr-defined]
    }


@cache
def column_type(kind: str, name: str) -> ValueCheck:
    """Whether a value has the Python type the model declares for the column."""
    return _type_check(RECORD_TABLES[kind].model_fields[name].annotation)


def _type_check(annotation: Any) -> ValueCheck:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        checks = [_type_check(a) for a in args]
        return lambda v: any(c(v) for c in checks)
    if annotation is type(None) or annotation is None:
        return lambda v: v is None
    if origin is list:
        item = _type_check(args[0]) if args else (lambda v: True)
        return lambda v: type(v) is list and all(item(i) for i in v)
    if origin is dict:
        key, value = (_type_check(a) for a in args)
        return lambda v: type(v) is dict and all(key(k) and value(x) for k, x in v.items())
    if annotation is float:
        return lambda v: type(v) in (int, float)
    if annotation in (str, bool, int):
        return lambda v: type(v) is annotation
    raise TypeError(f"no check for column type {annotation!r}")
