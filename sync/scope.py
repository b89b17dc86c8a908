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

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Connection

from db.models import RECORD_TABLES
from sync import collector, op_rules, scope_holes, scope_memory, stored_body
from sync.scope_memory import Basis
from sync.scope_rule import AREA_KIND, Audience, in_scope

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
    # The records the changesets left out touch, when this selection read them (not those of
    # the changesets it left out again from memory: sync.scope_memory keeps those).
    left_records: list[str] = field(default_factory=list)

    def omitted_json(self) -> dict[str, list[list[int]]]:
        """The header value `omitted`."""
        return {o: [[a, b] for a, b in r] for o, r in sorted(self.omitted.items())}


class _Groups:
    """Union-find over candidate changesets, tied through the records they touch: a record's
    history is one group. What a group names points at other groups (`names`), one way."""

    def __init__(self, size: int) -> None:
        # One node per candidate, by its place in clock order (bodies are read in any order).
        self.parent: list[int] = list(range(size))
        self.wanted: list[bool] = [False] * size
        self.by_record: dict[str, int] = {}
        self.names: list[list[str]] = [[] for _ in range(size)]  # records named, not touched

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def tie(self, node: int, record_id: str) -> int:
        other = self.by_record.setdefault(record_id, node)
        a, b = self.find(node), self.find(other)
        if a != b:
            self.parent[b] = a
            self.wanted[a] = self.wanted[a] or self.wanted[b]
        return a

    def close_over_names(self) -> None:
        """Every group a wanted group names is wanted too (what is sent never names a record
        left out), whatever the order the changesets came in."""
        pointing: dict[int, set[int]] = {}
        for node, named in enumerate(self.names):
            for record_id in named:
                target = self.by_record.get(record_id)
                if target is not None:  # else held by the recipients already, or not here
                    pointing.setdefault(self.find(node), set()).add(self.find(target))
        todo = [root for root in pointing if self.wanted[root]]
        while todo:
            for target in pointing.get(todo.pop(), ()):
                if not self.wanted[target]:
                    self.wanted[target] = True
                    todo.append(target)


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
    groups = _Groups(len(keys))
    seeds = _Seeds(conn, recipients, audience)
    tied: list[int] = []  # candidates that touch or name a record what was left out may touch
    # Millions of small objects (decoded operations, the groups' maps), freed by reference
    # counting: full collections over them found no cycle and cost a third of the time.
    with collector.paused():
        for node, touched, named in _records_of_all(conn, keys):
            groups.names[node] = list(named)
            if memory is not None and any(map(memory.touched.may_hold, (*touched, *named))):
                tied.append(node)
            for record_id in touched:
                groups.tie(node, record_id)
            # Naming an area says where a record lies, not that it concerns those of the area.
            seeds.add(node, {**{r: k for r, k in named.items() if k != AREA_KIND}, **touched})
        found = seeds.finish()
    for node in found:
        groups.wanted[groups.find(node)] = True
    groups.close_over_names()
    if any(groups.wanted[groups.find(node)] for node in tied):
        return None  # what was left out may have to go with it: decide afresh
    selection = Selection()
    left_out: dict[str, list[int]] = {}
    for origin, seq in left_again:
        left_out.setdefault(origin, []).append(seq)
    for node, (_, origin, seq) in enumerate(keys):
        if groups.wanted[groups.find(node)]:
            selection.send.append((origin, seq))
        else:
            left_out.setdefault(origin, []).append(seq)
    selection.omitted = {o: runs(seqs) for o, seqs in left_out.items()}
    selection.left_records = [
        r for r, node in groups.by_record.items() if not groups.wanted[groups.find(node)]
    ]
    return selection


class _Seeds:
    """Which changesets touch or name a record in scope or held by a recipient, asked of the
    store a batch of records at a time (a query per changeset was most of the cost)."""

    _BATCH = 20_000

    def __init__(self, conn: Connection, recipients: list[Recipient], audience: Audience) -> None:
        self.conn = conn
        self.recipients = recipients
        self.audience = audience
        self.pending: list[tuple[int, list[str]]] = []
        self.records: dict[str, str] = {}
        self.found: list[int] = []

    def add(self, node: int, records: dict[str, str]) -> None:
        self.pending.append((node, list(records)))
        self.records.update(records)
        if len(self.records) >= self._BATCH:
            self._flush()

    def finish(self) -> list[int]:
        self._flush()
        return self.found

    def _flush(self) -> None:
        if not self.pending:
            return
        positive = held_records(self.conn, self.records, self.recipients) | in_scope(
            self.conn, self.records, self.audience
        )
        self.found += [node for node, ids in self.pending if not positive.isdisjoint(ids)]
        self.pending = []
        self.records = {}


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
    was stored, and only kinds, ids and references matter here. One tight loop: an HQ's
    first area export walks every operation of every changeset (about 90 per changeset)."""
    try:
        ops = json.loads(stored_body.unpack(stored))["ops"]
    except (ValueError, KeyError, TypeError):
        ops = []  # not a body this store could decode: it ties nothing
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
