"""This device's sync bookkeeping: clock, next changeset number, version vector, heads."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from db.sync_models import SyncState
from sync import staging
from sync.changeset import DELETED

HeadKey = tuple[str, str]  # (record_id, field)
# The field holding a device's privacy decision: it resolves by its own rule (see `survives`).
DO_NOT_SHARE = "do_not_share"
_CHUNK = 400  # ids per IN (...) query, well under SQLite's variable limit


@dataclass(frozen=True, slots=True)
class Head:
    """An operation not (yet) known to be overwritten. `value` is meaningful only while
    a field has several heads; with one head the record row holds the value."""

    origin: str
    seq: int
    hlc: int
    value: Any = None

    @property
    def op_id(self) -> tuple[str, int]:
        return (self.origin, self.seq)


def winner(field: str, heads: Iterable[Head]) -> Head:
    """The head whose value the record shows: latest (HLC, origin device) wins.

    For the deleted flag, keeping a record beats deleting it when both happened
    concurrently: an edit made without seeing a delete must not vanish. For do-not-share,
    one standing mark is enough, whatever the clocks of other devices' "false".
    """
    if field == DELETED:
        return max(heads, key=lambda h: (h.value is False, h.hlc, h.origin))
    if field == DO_NOT_SHARE:
        return max(heads, key=lambda h: (h.value is True, h.hlc, h.origin))
    return max(heads, key=lambda h: (h.hlc, h.origin))


def survives(field: str, head: Head, *, seen: bool, writer: str) -> bool:
    """Whether `head` stays a head when `writer`'s operation on `field` arrives (`seen`: the
    writer had it). A do-not-share mark is one device's decision: only that device's own
    later write lifts it, so another device's "false" stands beside it instead."""
    if field == DO_NOT_SHARE and head.value is True and head.origin != writer:
        return True
    return not seen


def in_conflict(field: str, heads: list[Head]) -> bool:
    """Several heads carrying different values: concurrent edits that disagree. Marks and
    lifts of do-not-share by different devices are their own decisions, not a dispute."""
    if len(heads) < 2 or field == DO_NOT_SHARE:
        return False
    first = heads[0].value
    return any(h.value != first for h in heads[1:])


def load_state(conn: Connection) -> SyncState:
    """The persisted clock and counter (created on first use)."""
    row = conn.exec_driver_sql("SELECT hlc, next_seq FROM sync_state WHERE id = 1").first()
    if row is None:
        conn.exec_driver_sql("INSERT INTO sync_state (id, hlc, next_seq) VALUES (1, 0, 1)")
        return SyncState(id=1, hlc=0, next_seq=1)
    return SyncState(id=1, hlc=row[0], next_seq=row[1])


def save_state(conn: Connection, state: SyncState) -> None:
    """Persist the clock and counter."""
    conn.exec_driver_sql(
        "UPDATE sync_state SET hlc = ?, next_seq = ? WHERE id = 1", (state.hlc, state.next_seq)
    )


def version_vector(conn: Connection) -> dict[str, int]:
    """Highest applied sequence number per origin."""
    return {o: s for o, s in conn.exec_driver_sql("SELECT origin, seq FROM sync_vv")}


# Every origin's highest stored number, by the primary key (origin, seq) alone: a loose
# index scan (next origin above the last, then its last number), two index searches per
# origin, so the status bar and export cost O(origins), not O(changesets) (issue 10).
STORED_TOPS = (
    "WITH RECURSIVE o(origin) AS ("
    " SELECT (SELECT min(origin) FROM sync_changeset)"
    " UNION ALL"
    " SELECT (SELECT min(origin) FROM sync_changeset WHERE origin > o.origin) FROM o"
    " WHERE o.origin IS NOT NULL)"
    " SELECT origin, (SELECT max(seq) FROM sync_changeset c WHERE c.origin = o.origin) FROM o"
    " WHERE origin IS NOT NULL"
)


def stored_tops(conn: Connection) -> dict[str, int]:
    """Highest stored changeset number per origin, whatever its status (what a peer lacks
    is counted from these: stored changesets are relayed, applied or not)."""
    return {str(origin): int(top) for origin, top in conn.exec_driver_sql(STORED_TOPS)}


def set_applied(conn: Connection, origin: str, seq: int) -> None:
    """Record that `origin`'s changesets up to `seq` are applied."""
    conn.exec_driver_sql(
        "INSERT INTO sync_vv (origin, seq) VALUES (?, ?)"
        " ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq",
        (origin, seq),
    )


def load_heads(conn: Connection, record_ids: Iterable[str]) -> dict[HeadKey, list[Head]]:
    """Every head of every field of the given records."""
    found: dict[HeadKey, list[Head]] = {}
    for record_id, document in load_documents(conn, record_ids).items():
        for field, heads in decode_heads(document).items():
            found[(record_id, field)] = heads
    return found


def load_documents(conn: Connection, record_ids: Iterable[str]) -> dict[str, str]:
    """The stored heads document of each of the given records that has one."""
    found: dict[str, str] = {}
    ids = list(dict.fromkeys(record_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = conn.exec_driver_sql(
            f"SELECT record_id, heads FROM sync_heads WHERE record_id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
        found.update((str(r), str(d)) for r, d in rows)
    return found


# Heads documents, JSON text. Since schema 11 (compact, db/migrations/v011_compact_heads):
#   [origin, seq, hlc, "f1 f2 ..."]                   the fields named (sorted, space-separated)
#                                                     all have this one head, value in the row
#   [origin, seq, hlc, "f1 f2 ...", {field: heads}]   plus the fields whose heads differ, as
#                                                     below; "", 0, 0, "" when none is shared
# Up to schema 10 one object per record, `{field: [[origin, seq, hlc(, value)], ...]}`: still
# read (a device may hold documents written before the migration ran, e.g. a restored backup).


def decode_heads(document: str) -> dict[str, list[Head]]:
    """The heads of each field from a record's stored document (compact or schema-10 form)."""
    doc = json.loads(document)
    if isinstance(doc, dict):
        return _decode_fields(doc)
    found: dict[str, list[Head]] = {}
    if doc[3]:
        shared = Head(doc[0], doc[1], doc[2])
        for name in doc[3].split(" "):
            found[name] = [shared]
    if len(doc) > 4:
        found.update(_decode_fields(doc[4]))
    return dict(sorted(found.items()))


def _decode_fields(fields: dict[str, list[list[Any]]]) -> dict[str, list[Head]]:
    return {
        field: [Head(h[0], h[1], h[2], h[3] if len(h) > 3 else None) for h in heads]
        for field, heads in fields.items()
    }


def single_prefix(origin: str, seq: int, stamp: int) -> str:
    """The start of a compact document whose fields all have this one head: append
    `names_suffix(names)` (bulk writers build documents from these two without encoding)."""
    return json.dumps([origin, seq, stamp], separators=(",", ":"))[:-1]


def names_suffix(names: Iterable[str]) -> str:
    """The end of a compact document naming these fields (merged field names: no quoting)."""
    return ',"' + " ".join(sorted(names)) + '"]'


def encode_heads(fields: dict[str, list[Head]]) -> tuple[str, int]:
    """A record's heads as its compact document, and how many of its fields are in conflict.
    The shared head is the one most fields have (ties: the lowest), so encoding is canonical."""
    shared: dict[tuple[str, int, int], list[str]] = {}
    others: dict[str, list[list[Any]]] = {}
    conflicted = 0
    for field, heads in fields.items():
        if len(heads) == 1:
            only = heads[0]
            shared.setdefault((only.origin, only.seq, only.hlc), []).append(field)
            continue
        others[field] = [[h.origin, h.seq, h.hlc, h.value] for h in heads]
        conflicted += in_conflict(field, heads)
    if shared:
        common = min(shared, key=lambda k: (-len(shared[k]), k))
        for key, names in shared.items():
            if key != common:
                others.update({name: [[key[0], key[1], key[2]]] for name in names})
        document: list[Any] = [*common, " ".join(sorted(shared[common]))]
    else:
        document = ["", 0, 0, ""]
    if others:
        document.append(dict(sorted(others.items())))
    return json.dumps(document, separators=(",", ":")), conflicted


def store_heads(conn: Connection, kind_of: dict[str, str], heads: dict[HeadKey, list[Head]]) -> None:
    """Write the heads of the given records; `heads` must hold every field of each of them."""
    write_documents(conn, heads_rows(kind_of, heads))


HeadsRow = tuple[str, str, str, int]  # (record_id, kind, document, conflicted): a sync_heads row


def heads_rows(kind_of: dict[str, str], heads: dict[HeadKey, list[Head]]) -> list[HeadsRow]:
    """The sync_heads rows of the given records (`heads` holds every field of each)."""
    by_record: dict[str, dict[str, list[Head]]] = {}
    for (record_id, field), field_heads in heads.items():
        by_record.setdefault(record_id, {})[field] = field_heads
    rows = []
    for record_id, fields in by_record.items():
        document, conflicted = encode_heads(fields)
        rows.append((record_id, kind_of[record_id], document, conflicted))
    return rows


def write_documents(conn: Connection, rows: list[HeadsRow], *, staged: bool = True) -> None:
    """Replace the sync_heads rows of these records, in key order (B-tree pages once each);
    `staged`: by one statement through a TEMP table (sync.staging), else an executemany."""
    if not rows:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    head = "INSERT OR REPLACE INTO sync_heads (record_id, kind, heads, conflicted)"
    if staged:
        staging.insert(raw, head, sorted(rows))
    else:
        raw.executemany(f"{head} VALUES (?, ?, ?, ?)", sorted(rows))
