"""The Trash: deleted records (tombstones) newest first, by kind, with who deleted them.

Each kind's tombstones come from its partial index (`ix_<table>_tombstones`, schema 2),
newest first and limited, so the Trash opens without scanning live records. Restoring
is a normal change through the one write path (`records.restore`), so it syncs.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from sqlalchemy import Connection

from liaison_app.kinds import KINDS, Kind, KindSpec, spec
from liaison_app.store import Store
from sync import state
from sync.changeset import DELETED

LIMIT = 500  # the newest tombstones shown; older ones are still restorable by id
_CHUNK = 400  # ids per IN (...) query, well under SQLite's variable limit


@dataclass(frozen=True, slots=True)
class TrashedRecord:
    """One deleted record: its kind, id, title, when it was deleted and by which officer
    ("" when not known: the delete came from a device this one has no card of)."""

    kind: Kind
    record_id: str
    title: str
    deleted_at: str
    deleted_by: str


def list_trash(store: Store, *, kind: str | None = None, limit: int = LIMIT) -> list[TrashedRecord]:
    """Deleted records (of one kind, or all), most recently deleted first."""
    kind_specs = [spec(kind)] if kind is not None else list(KINDS.values())
    with store.session() as s:
        conn = s.connection()
        per_kind = [_tombstones(conn, k, limit) for k in kind_specs]
        newest = list(heapq.merge(*per_kind, key=lambda r: r[2], reverse=True))[:limit]
        officers = _deleters(conn, store, [r[1] for r in newest])
    return [
        TrashedRecord(kind, record_id, title, deleted_at, officers.get(record_id, ""))
        for kind, record_id, deleted_at, title in ((r[0], r[1], r[2], r[3]) for r in newest)
    ]


def _tombstones(conn: Connection, kind_spec: KindSpec, limit: int) -> list[tuple[Kind, str, str, str]]:
    table = kind_spec.table_name
    rows = conn.exec_driver_sql(
        f"SELECT t.id, t.deleted_at, {kind_spec.title.sql('t')} FROM {table} t"
        f" INDEXED BY ix_{table}_tombstones"
        " WHERE t.deleted_at IS NOT NULL"
        # Merged into another record: undone by "Undo merge", not restored (services.record_merge).
        " AND NOT EXISTS (SELECT 1 FROM sync_merged m WHERE m.record_id = t.id)"
        " ORDER BY t.deleted_at DESC LIMIT ?",
        (limit,),
    )
    return [(kind_spec.kind, row[0], row[1], row[2]) for row in rows]


def _deleters(conn: Connection, store: Store, record_ids: list[str]) -> dict[str, str]:
    """Officer behind the winning delete operation of each record (records never shared
    have no merge state: deleted here, by this officer)."""
    heads = state.load_heads(conn, record_ids)
    officers = {
        device: officer
        for device, officer in conn.exec_driver_sql("SELECT device_id, officer FROM sync_peer")
    }
    officers[store.author.device_id] = store.author.officer
    found: dict[str, str] = {}
    for record_id in record_ids:
        deletes = heads.get((record_id, DELETED))
        origin = state.winner(DELETED, deletes).origin if deletes else store.author.device_id
        found[record_id] = officers.get(origin, "")
    return found


def deleted_titles(store: Store, *, kind: str, ids: list[str]) -> dict[str, str]:
    """Titles of the deleted records among `ids` (by primary key: what an editor shows for a
    reference to a record in the Trash)."""
    kind_spec = spec(kind)
    if not ids:
        return {}
    found: dict[str, str] = {}
    with store.session() as s:
        conn = s.connection()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = conn.exec_driver_sql(
                f"SELECT t.id, {kind_spec.title.sql('t')} FROM {kind_spec.table_name} t"
                f" WHERE t.deleted_at IS NOT NULL AND t.id IN ({marks})",
                tuple(chunk),
            )
            found.update((row[0], row[1]) for row in rows)
    return found
