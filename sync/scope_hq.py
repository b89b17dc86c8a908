"""Records shared with HQ only: the changesets an export leaves out for any recipient but HQ.

A record whose `sharing` is "hq" reaches HQ and, from HQ, only the device that wrote it. Every
export to a recipient that is not HQ leaves out, whole, each changeset it lacks that touches
such a record (unless the bundle goes to the record's author alone). Left out with them:
what those changesets also touch and what names those records by a foreign key (their
contacts, sub-organizations, action items), unless the recipients hold it already, so what
is sent never needs a record they cannot have. An HQ bundle names what it left out
(`omitted`, sync.scope_holes) so that everything depending on it still merges there; a field
device's bundle leaves a gap, which HQ's next bundle to that device names as omitted.

The changesets touching a record are read from `sync_record_change` (sync.record_changes),
and only those bodies are decoded: an export never re-reads the store for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from db.models import RECORD_TABLES, references_to
from sync import records, scope, scope_holes

HQ_ONLY = "hq"
FIELD = "sharing"
_HQ_ROLE = "hq"
_CHUNK = 400  # ids per statement, far below SQLite's cap on bound parameters
_KIND_OF_TABLE = {records.table_name(k): k for k in RECORD_TABLES}


@dataclass(frozen=True, slots=True)
class Reader:
    """One recipient of an export as this rule sees it: its device, whether it is HQ, and
    what it holds (its acknowledged version vector less what it said it lacks)."""

    device_id: str
    is_hq: bool
    known: dict[str, int]
    lacks: scope_holes.Ranges

    def as_recipient(self) -> scope.Recipient:
        return scope.Recipient(self.device_id, "", self.known, self.lacks)


def withheld(conn: Connection, readers: Sequence[Reader]) -> set[tuple[str, int]]:
    """(origin, seq) of every stored changeset some reader lacks that must not reach it."""
    if not readers or all(r.is_hq for r in readers):
        return set()  # HQ receives every record shared with it
    authors = {r.device_id for r in readers}
    hidden = hq_only_records(conn, sole_reader=next(iter(authors)) if len(authors) == 1 else None)
    if not hidden:
        return set()
    recipients = [r.as_recipient() for r in readers]
    out: set[tuple[str, int]] = set()
    todo = dict(hidden)
    while todo:
        found = {k for k in touching(conn, todo) if k not in out and _lacked(recipients, *k)}
        out |= found
        reached = dict(_touched_by(conn, found))
        reached.update(_referring(conn, todo))
        fresh = {r: k for r, k in reached.items() if r not in hidden}
        held = scope.held_records(conn, fresh, recipients)
        todo = {r: k for r, k in fresh.items() if r not in held}
        hidden.update(todo)
    return out


def hq_only_records(conn: Connection, *, sole_reader: str | None) -> dict[str, str]:
    """id -> kind of every live record shared with HQ only that `sole_reader` (the one
    recipient, if one) did not write: a partial index holds just these (schema 26)."""
    found: dict[str, str] = {}
    for kind in RECORD_TABLES:
        if FIELD not in records.fields(kind):
            continue  # areas are the mission's list
        sql = f"SELECT id FROM {records.table_name(kind)} WHERE {FIELD} = '{HQ_ONLY}'"
        args: tuple[str, ...] = ()
        if sole_reader is not None:
            sql, args = sql + " AND author_device != ?", (sole_reader,)
        found.update((str(row[0]), kind) for row in conn.exec_driver_sql(sql, args))
    return found


def touching(conn: Connection, record_ids: Iterable[str]) -> set[tuple[str, int]]:
    """(origin, seq) of every stored changeset that touches one of these records."""
    ids = sorted(record_ids)
    out: set[tuple[str, int]] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = conn.exec_driver_sql(
            f"SELECT origin, seq FROM sync_record_change WHERE record_id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
        out.update((str(o), int(s)) for o, s in rows)
    return out


def _lacked(recipients: list[scope.Recipient], origin: str, seq: int) -> bool:
    return any(not scope.holds(r, origin, seq) for r in recipients)


def _touched_by(conn: Connection, keys: Iterable[tuple[str, int]]) -> Iterator[tuple[str, str]]:
    """(record id, kind) of what these changesets touch: their bodies alone are decoded."""
    for origin, seq in sorted(keys):
        row = conn.exec_driver_sql(
            "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
        ).first()
        if row is not None:
            touched, _ = scope.records_in(bytes(row[0]))
            yield from touched.items()


def _referring(conn: Connection, targets: dict[str, str]) -> dict[str, str]:
    """id -> kind of the records whose foreign keys name one of `targets` (a contact of an
    HQ-only organization would name a record its recipient cannot have)."""
    by_table: dict[str, list[str]] = {}
    for record_id, kind in targets.items():
        by_table.setdefault(records.table_name(kind), []).append(record_id)
    found: dict[str, str] = {}
    for target, ids in by_table.items():
        for table, column in references_to(target):
            kind = _KIND_OF_TABLE[table]
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                rows = conn.exec_driver_sql(
                    f"SELECT id FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", tuple(chunk)
                )
                found.update((str(r[0]), kind) for r in rows)
    return found


def apply(
    conn: Connection, readers: Sequence[Reader], selection: scope.Selection | None, tops: dict[str, int]
) -> scope.Selection | None:
    """`selection` (None: everything the readers lack) less the changesets they must not
    have, those added to what it leaves out."""
    left = withheld(conn, readers)
    if not left:
        return selection
    if selection is None:
        keys = scope.candidates(conn, [r.as_recipient() for r in readers], tops)
        selection = scope.Selection(send=[(o, s) for _, o, s in keys])
    selection.send = [k for k in selection.send if k not in left]
    omitted = {o: list(r) for o, r in selection.omitted.items()}
    for origin, runs in ranges(left).items():
        omitted[origin] = scope_holes.union([*omitted.get(origin, []), *runs])
    selection.omitted = omitted
    return selection


def ranges(keys: Iterable[tuple[str, int]]) -> scope_holes.Ranges:
    """The changesets as runs of consecutive numbers per origin."""
    by_origin: dict[str, list[int]] = {}
    for origin, seq in keys:
        by_origin.setdefault(origin, []).append(seq)
    return {o: scope.runs(seqs) for o, seqs in by_origin.items()}


def is_hq(role: str) -> bool:
    """Whether a device of this role receives records shared with HQ only."""
    return role == _HQ_ROLE
