"""Conflicts: concurrent edits of one field that disagree.

Open conflicts are fields whose heads disagree; they are derived from the heads, so every
device holding the same operations lists the same conflicts. When an operation overwrites
disagreeing heads knowingly, the overwritten values are kept as a resolved conflict.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from db.models import DERIVED_COLUMNS
from sync import hlc
from sync.changeset import ChangesetBody
from sync.state import Head, decode_heads, in_conflict, winner


@dataclass(frozen=True, slots=True)
class ConflictValue:
    """One side of a conflict: the value, who wrote it and when."""

    value: Any
    origin: str
    seq: int
    hlc: int
    officer: str
    winner: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "device": self.origin,
            "seq": self.seq,
            "officer": self.officer,
            "time": hlc.to_iso(self.hlc),
            "winner": self.winner,
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """Concurrent values of one field of one record."""

    id: str
    kind: str
    record_id: str
    field: str
    values: tuple[ConflictValue, ...]
    resolved: bool
    resolved_by: tuple[str, int] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "record_id": self.record_id,
            "field": self.field,
            "status": "resolved" if self.resolved else "open",
            "values": [v.to_json() for v in self.values],
        }


def conflict_id(record_id: str, field: str, op_ids: list[tuple[str, int]]) -> str:
    """A name for a set of concurrent operations, the same on every device."""
    text = json.dumps([record_id, field, sorted(op_ids)])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def record_resolution(
    conn: Connection,
    kind: str,
    record_id: str,
    field: str,
    overwritten: list[Head],
    by_origin: str,
    by_seq: int,
    by_hlc: int,
) -> None:
    """Keep the values an operation overwrote knowingly (heads must carry their values)."""
    values = [
        {"origin": h.origin, "seq": h.seq, "hlc": h.hlc, "value": h.value}
        for h in sorted(overwritten, key=lambda h: h.op_id)
    ]
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_resolved_conflict"
        ' (id, kind, record_id, field, "values", resolved_by_origin, resolved_by_seq, resolved_hlc)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            conflict_id(record_id, field, [h.op_id for h in overwritten]),
            kind,
            record_id,
            field,
            json.dumps(values),
            by_origin,
            by_seq,
            by_hlc,
        ),
    )


def op_value(conn: Connection, origin: str, seq: int, record_id: str, field: str) -> Any:
    """The value an operation wrote, read back from its stored changeset."""
    row = conn.exec_driver_sql(
        "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
    ).first()
    if row is None:
        return None
    for op in ChangesetBody.decode(row[0]).ops:
        if op.record_id == record_id and op.field == field:
            return op.value
    return None


def officers(conn: Connection) -> dict[str, str]:
    """Officer name per device id, for showing who wrote what."""
    names = {d: o for d, o in conn.exec_driver_sql("SELECT device_id, officer FROM sync_peer")}
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'officer_name'").first()
    own = conn.exec_driver_sql("SELECT device_id FROM local_identity").first()
    if row is not None and own is not None:
        names[own[0]] = json.loads(row[0])
    return names


def list_conflicts(conn: Connection, *, include_resolved: bool = False) -> list[Conflict]:
    """Open conflicts (and, if asked, resolved ones), in a stable order."""
    who = officers(conn)
    by_field: dict[tuple[str, str, str], list[Head]] = {}
    for kind, record_id, document in conn.exec_driver_sql(
        "SELECT kind, record_id, heads FROM sync_heads WHERE conflicted > 0"
        # A record merged away is hidden with its conflicts: what it was sent goes to the
        # record it merged into, and conflicts there (sync.merges).
        " AND record_id NOT IN (SELECT record_id FROM sync_merged)"
    ):
        for field, heads in decode_heads(document).items():
            # A derived column conflicts exactly when its source does: list the source only
            # (resolving it resolves both, as they were written by the same operations).
            if len(heads) > 1 and field not in DERIVED_COLUMNS:
                by_field[(kind, record_id, field)] = heads
    found: list[Conflict] = []
    for (kind, record_id, field), heads in by_field.items():
        if len({json.dumps(h.value, sort_keys=True) for h in heads}) < 2 or not in_conflict(field, heads):
            continue
        best = winner(field, heads)
        found.append(
            Conflict(
                id=conflict_id(record_id, field, [h.op_id for h in heads]),
                kind=kind,
                record_id=record_id,
                field=field,
                values=tuple(_side(h, who, h == best) for h in sorted(heads, key=lambda h: h.op_id)),
                resolved=False,
            )
        )
    if include_resolved:
        for cid, kind, record_id, field, values, by_origin, by_seq in conn.exec_driver_sql(
            'SELECT id, kind, record_id, field, "values", resolved_by_origin, resolved_by_seq'
            " FROM sync_resolved_conflict"
        ):
            if field in DERIVED_COLUMNS:
                continue
            sides = [Head(v["origin"], v["seq"], v["hlc"], v["value"]) for v in json.loads(values)]
            found.append(
                Conflict(
                    id=cid,
                    kind=kind,
                    record_id=record_id,
                    field=field,
                    values=tuple(_side(h, who, False) for h in sides),
                    resolved=True,
                    resolved_by=(by_origin, by_seq),
                )
            )
    found.sort(key=lambda c: (c.resolved, c.kind, c.record_id, c.field, c.id))
    return found


def _side(head: Head, who: dict[str, str], is_winner: bool) -> ConflictValue:
    return ConflictValue(head.value, head.origin, head.seq, head.hlc, who.get(head.origin, ""), is_winner)
