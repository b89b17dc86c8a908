"""Which changesets an HQ bundle scoped to officers' needs carries, and which it leaves out.

A changeset is signed whole by its author, so it travels whole or not at all. HQ sends the
changesets the recipients lack that touch or name a record *in scope* (sync.scope_rule: in
their areas, or written by them) or a record they already hold, and everything tied to those.
Candidates touching the same record are one group (union-find: a record's history travels
whole), and a group that is sent brings the groups of the records it names (references point
one way: an organization named by a meeting comes with it, not every contact of that
organization). So every record a recipient holds comes with all of its history, what it
holds names only records it holds, and a changeset left out touches no record it holds: when
it arrives later it lands on records nothing there has touched (sync.scope_holes).
Candidates are only what the recipients lack (above what they acknowledged, and what they
said they lack), so an export follows the changes, not the store.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

import msgspec
import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from db.models import RECORD_TABLES
from sync import collector, op_rules, scope_graph, scope_holes, scope_memory, stored_body
from sync.scope_memory import Basis, record_key
from sync.scope_rule import AREA_KIND, Audience, every_in_scope, in_scope

# References held as lists or free ids, and the kind they name (foreign keys come from the
# models: op_rules.references). An action's owner is a contact's id, or "me" (no record).
_FREE_REFERENCES = {
    "meeting": {"attendee_ids": "contact", "organization_ids": "org"},
    "action": {"owner": "contact"},
}
_NOT_AN_ID = frozenset(("me",))
_CHUNK = 400  # ids per statement, far below SQLite's cap on bound parameters


class Scope(StrEnum):
    """What an HQ export carries for a peer."""

    ALL = "all"  # every changeset the peer lacks
    AREA = "area"  # only what the officer needs (and everything tied to it)


@dataclass(frozen=True, slots=True)
class Recipient:
    """What the scope needs to know of one recipient: what it holds, and who it is."""

    device_id: str
    officer: str
    known: dict[str, int]
    lacks: scope_holes.Ranges


@dataclass(slots=True)
class Selection:
    """The changesets to send, in clock order, and the ranges left out, per origin."""

    send: list[tuple[str, int]] = field(default_factory=list)
    omitted: scope_holes.Ranges = field(default_factory=dict)
    # The keys of the records the changesets left out touch, when this selection read them
    # (not those of the changesets it left out again from memory: sync.scope_memory keeps those).
    left_keys: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, np.uint64))

    def omitted_json(self) -> dict[str, list[list[int]]]:
        """The header value `omitted`."""
        return {o: [[a, b] for a, b in r] for o, r in sorted(self.omitted.items())}


def candidates(
    conn: Connection, recipients: list[Recipient], tops: dict[str, int]
) -> list[tuple[int, str, int]]:
    """(hlc, origin, seq) of every stored changeset some recipient lacks, in clock order."""
    keys: set[tuple[int, str, int]] = set()
    floor = {o: min(r.known.get(o, 0) for r in recipients) for o in tops}
    for origin, top in tops.items():
        if top > floor[origin]:
            rows = conn.exec_driver_sql(
                "SELECT hlc, seq FROM sync_changeset WHERE origin = ? AND seq > ?", (origin, floor[origin])
            )
            keys.update((int(at), origin, int(seq)) for at, seq in rows)
    for recipient in recipients:
        for origin, ranges in recipient.lacks.items():
            for first, last in ranges:
                rows = conn.exec_driver_sql(
                    "SELECT hlc, seq FROM sync_changeset WHERE origin = ? AND seq BETWEEN ? AND ?",
                    (origin, first, min(last, floor.get(origin, 0))),
                )
                keys.update((int(at), origin, int(seq)) for at, seq in rows)
    return sorted(keys)


def select(
    conn: Connection,
    recipients: list[Recipient],
    keys: list[tuple[int, str, int]],
    audience: Audience,
    memory: Basis | None = None,
) -> Selection | None:
    """Split the candidates `keys` into the groups to send (tied to a record in scope or held
    by a recipient) and those left out, as ranges of consecutive numbers per origin.

    With `memory` (what the last area export for this audience left out), the candidates it
    left out are left out again unread, unless a candidate to be sent touches or names a
    record they may touch: then None (the caller looks at everything). One left out that
    touches such a record is only tied to them, and left out with them."""
    left_again: list[tuple[str, int]] = []
    if memory is not None:
        left_again = [(o, q) for _, o, q in keys if scope_memory.contains(memory.omitted, o, q)]
        keys = [k for k in keys if not scope_memory.contains(memory.omitted, k[1], k[2])]
    reading = _Reading(len(keys))
    tied: list[int] = []  # candidates that touch or name a record what was left out may touch
    # Millions of small objects (decoded operations), freed by reference counting: full
    # collections over them found no cycle and cost a third of the time.
    with collector.paused():
        for node, touched, named in _records_of_all(conn, keys):
            touched_keys, named_keys = reading.add(node, touched, named)
            if memory is not None and memory.touched.holds_any(touched_keys + named_keys):
                tied.append(node)
    reading.seed(conn, recipients, audience)
    names = (reading.named, reading.named_areas)
    decision = scope_graph.decide(len(keys), reading.touched, names, reading.seeds)
    if any(decision.sent[node] for node in tied):
        return None  # what was left out may have to go with it: decide afresh
    selection = Selection(left_keys=decision.left_keys)
    left_out: dict[str, list[int]] = {}
    for origin, seq in left_again:
        left_out.setdefault(origin, []).append(seq)
    for (_, origin, seq), sent in zip(keys, decision.sent.tolist(), strict=True):
        if sent:
            selection.send.append((origin, seq))
        else:
            left_out.setdefault(origin, []).append(seq)
    selection.omitted = {o: runs(seqs) for o, seqs in left_out.items()}
    return selection


class _Reading:
    """What the candidates' bodies say, as scope_graph's pairs, and which candidates are seeds
    (touch or name a record in scope or held by a recipient)."""

    # Up to this many records, which are in scope or held is asked of the store by id (an
    # incremental export); beyond, the store says which of all its records are (sync.scope_rule
    # and sync_record_seen, read by the recipients' devices and areas), and keys are compared.
    BY_ID = 20_000

    def __init__(self, size: int) -> None:
        self.touched = scope_graph.Pairs()
        self.named = scope_graph.Pairs()
        self.named_areas = scope_graph.Pairs()  # an area named says where a record lies: no seed
        self.seeds = np.zeros(size, np.bool_)
        self.records: dict[str, str] | None = {}

    def add(self, node: int, touched: dict[str, str], named: dict[str, str]) -> tuple[list[int], list[int]]:
        """Enter one candidate's records; their keys (touched, named)."""
        touched_keys = [record_key(r) for r in touched]
        named_keys: list[int] = []
        area_keys: list[int] = []
        for record_id, kind in named.items():
            (area_keys if kind == AREA_KIND else named_keys).append(record_key(record_id))
        self.touched.add(node, touched_keys)
        self.named.add(node, named_keys)
        self.named_areas.add(node, area_keys)
        if AREA_KIND in touched.values():
            self.seeds[node] = True  # the mission's list of areas goes to every officer
        if self.records is not None:
            self.records.update({r: k for r, k in named.items() if k != AREA_KIND})
            self.records.update(touched)
            if len(self.records) > self.BY_ID:
                self.records = None
        return touched_keys, named_keys + area_keys

    def seed(self, conn: Connection, recipients: list[Recipient], audience: Audience) -> None:
        """Mark the candidates touching or naming a record in scope or held."""
        if self.records is not None:
            positive: Iterable[str] = held_records(conn, self.records, recipients) | in_scope(
                conn, self.records, audience
            )
        else:
            positive = itertools.chain(all_held(conn, recipients), every_in_scope(conn, audience))
        found = np.unique(np.fromiter(map(record_key, positive), dtype=np.uint64))
        for pairs in (self.touched, self.named):
            self.seeds[pairs.nodes_with(found)] = True


def _records_of_all(
    conn: Connection, keys: list[tuple[int, str, int]]
) -> Iterator[tuple[int, dict[str, str], dict[str, str]]]:
    """(place in `keys`, records touched, records named) of each candidate changeset.

    Bodies are read one statement each on the driver's cursor (through SQLAlchemy that cost
    more than decoding them), in clock order: the order they were stored in, so the reads go
    through the table's pages in sequence (by origin and number they jumped across a 2 GB
    store and read three times as long as the plain export's one pass)."""
    cursor = _raw_cursor(conn)
    for node, (_, origin, seq) in enumerate(keys):
        row = cursor.execute(_BODY, (origin, seq)).fetchone()
        if row is not None:
            yield (node, *records_in(bytes(row[0])))


_BODY = "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?"


def _raw_cursor(conn: Connection) -> Any:
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver.cursor()


def records_in(stored: bytes) -> tuple[dict[str, str], dict[str, str]]:
    """The records a stored changeset touches and those its operations name (id -> kind).

    Read from the JSON without building the merge's operations: the body was checked when it
    was stored, and only kinds, ids and references matter here. An HQ's first area export
    reads every body it holds: a well-formed one (all of them, unless one was stored odd) is
    decoded by msgspec into just kinds, ids and fields, each value left as its raw text (ten
    times json.loads here); any other goes through the loop that skips odd operations alone."""
    try:
        raw = stored_body.unpack(stored)
        return _records_of_ops(_OPS.decode(raw).ops)
    except msgspec.DecodeError:  # ValidationError included: a shape this decoder does not take
        return _records_of_any(raw)
    except ValueError:
        return {}, {}  # a damaged stored body: it ties nothing


class _Op(msgspec.Struct, array_like=True):
    """An operation as scoping reads it: [kind, id, field, value, pred?]."""

    kind: str
    record_id: str
    field: str
    value: msgspec.Raw
    pred: msgspec.Raw = msgspec.Raw()


class _Ops(msgspec.Struct):
    ops: list[_Op]


_OPS = msgspec.json.Decoder(_Ops)


def _records_of_ops(ops: list[_Op]) -> tuple[dict[str, str], dict[str, str]]:
    # Reversed, so that a record keeps the kind of its first operation.
    touched = {op.record_id: op.kind for op in reversed(ops)}
    named: dict[str, str] = {}
    for op in [op for op in ops if op.field in _REFERENCE_FIELDS]:
        target = _references(op.kind).get(op.field)
        if target is not None:
            value = msgspec.json.decode(op.value)
            for record_id in value if type(value) is list else (value,):
                if type(record_id) is str and record_id and record_id not in _NOT_AN_ID:
                    named[record_id] = target
    return touched, {r: k for r, k in named.items() if r not in touched}


def _records_of_any(raw: bytes) -> tuple[dict[str, str], dict[str, str]]:
    try:
        ops = json.loads(raw)["ops"]
    except (ValueError, KeyError, TypeError):
        return {}, {}  # not a body this store could decode: it ties nothing
    touched: dict[str, str] = {}
    named: dict[str, str] = {}
    last: tuple[Any, Any] | None = None
    references: dict[str, str] = {}
    for op in ops if type(ops) is list else ():
        # Shapes were checked when the body was stored (a rejected one may still be odd).
        if type(op) is not list or len(op) < 4 or type(op[1]) is not str or type(op[2]) is not str:
            continue
        if last is None or op[1] != last[1] or op[0] != last[0]:  # a record's operations come together
            last = (op[0], op[1])
            kind = str(op[0])
            touched.setdefault(op[1], kind)
            references = _references(kind)
        target = references.get(op[2])
        if target is not None:
            for record_id in op[3] if type(op[3]) is list else (op[3],):
                if type(record_id) is str and record_id and record_id not in _NOT_AN_ID:
                    named[record_id] = target
    return touched, {r: k for r, k in named.items() if r not in touched}


@cache
def _references(kind: str) -> dict[str, str]:
    """Field -> the kind it names, for every reference field of `kind`."""
    known = op_rules.references(kind) if kind in RECORD_TABLES else {}
    return {**known, **_FREE_REFERENCES.get(kind, {})}


# Every field that names a record under some kind: an operation on any other field names none.
_REFERENCE_FIELDS = frozenset(f for kind in (*RECORD_TABLES, *_FREE_REFERENCES) for f in _references(kind))


def held_records(conn: Connection, records: dict[str, str], recipients: list[Recipient]) -> set[str]:
    """Which of these records a recipient holds: one it holds a changeset that touched (it
    then holds them all: a record travels with its whole history)."""
    origins = sorted({o for r in recipients for o in r.known})
    if not origins:
        return set()
    # Only rows of origins a recipient holds anything of can say it holds the record.
    ids = sorted(records)
    cursor = _raw_cursor(conn)
    held: set[str] = set()
    of_origins = f"origin IN ({','.join('?' * len(origins))})"
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        cursor.execute(
            "SELECT record_id, origin, seq FROM sync_record_seen"
            f" WHERE record_id IN ({','.join('?' * len(chunk))}) AND {of_origins}",
            (*chunk, *origins),
        )
        held.update(
            str(record_id)
            for record_id, origin, seq in cursor
            if any(holds(r, str(origin), int(seq)) for r in recipients)
        )
    return held


def all_held(conn: Connection, recipients: list[Recipient]) -> Iterator[str]:
    """Every record a recipient holds (one pass over sync_record_seen: for an export that looks
    at more records than asking for each would be worth)."""
    origins = sorted({o for r in recipients for o in r.known})
    if not origins:
        return
    cursor = _raw_cursor(conn)
    cursor.execute(
        "SELECT record_id, origin, seq FROM sync_record_seen"
        f" WHERE origin IN ({','.join('?' * len(origins))})",
        origins,
    )
    for record_id, origin, seq in cursor:
        if any(holds(r, str(origin), int(seq)) for r in recipients):
            yield str(record_id)


def holds(recipient: Recipient, origin: str, seq: int) -> bool:
    if seq > recipient.known.get(origin, 0):
        return False
    return not any(first <= seq <= last for first, last in recipient.lacks.get(origin, ()))


def runs(seqs: list[int]) -> list[tuple[int, int]]:
    """Consecutive numbers as ranges. A number not left out (sent, or not stored here)
    breaks a run: a receiver must still wait for one HQ does not hold (a gap, not an omission)."""
    out: list[tuple[int, int]] = []
    for seq in sorted(seqs):
        if out and seq == out[-1][1] + 1:
            out[-1] = (out[-1][0], seq)
        else:
            out.append((seq, seq))
    return out
