"""Administrative areas: finding one as people name it, the areas within an area, and the
officers' areas of responsibility (kept at HQ only, never synced).

The areas themselves are ordinary records (`liaison area add|edit|...`, the registry's
`area` kind); this module holds what is particular to them. Other services build on
`within` (an area and everything inside it: list filters, area-scoped relay) and on
`of_officer` (an officer's areas: the officer page, relay).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlmodel import Session

from liaison_app.clock import now_iso
from liaison_app.errors import NotFoundError
from liaison_app.field_rules import area_reference
from liaison_app.kind_schema import Context, Kind, MissingReferenceError
from liaison_app.kinds import spec
from liaison_app.services.records import MIN_PREFIX, resolve_id
from liaison_app.services.snapshot_cursor import cursor as _cursor
from liaison_app.store import Store
from sync import peers, protocol

_COLUMNS = "a.id, a.name, a.pcode, a.level, a.parent_area_id"
# An area and its descendants, down the parent links (ix_area_parent_area_id); UNION, not
# UNION ALL, so a cycle a merge let in (concurrent edits of two devices) still ends.
_WITHIN = (
    "WITH RECURSIVE inside(id) AS (SELECT id FROM area WHERE id = ? AND deleted_at IS NULL"
    " UNION SELECT a.id FROM area a JOIN inside i ON a.parent_area_id = i.id WHERE a.deleted_at IS NULL)"
    " SELECT id FROM inside"
)


@dataclass(frozen=True, slots=True)
class AreaRef:
    """An area as other screens and services name it."""

    id: str
    name: str
    pcode: str
    level: str
    parent_area_id: str | None

    @property
    def title(self) -> str:
        """ "North Kivu (CD61)", or the name alone when it has no P-code."""
        return f"{self.name} ({self.pcode})" if self.pcode else self.name


@dataclass(frozen=True, slots=True)
class Assignment:
    """One area of one officer's responsibility."""

    device_id: str
    area: AreaRef
    assigned_at: str


def resolve(store: Store, text: str) -> str:
    """The id of the live area `text` names: an id (or a unique prefix), a P-code or an exact
    name (either case); NotFoundError if none, ValidationError if several."""
    with store.session() as s:
        return _resolve(s, text)


def within(store: Store, area_id: str) -> list[str]:
    """Ids of the live area `area_id` and of every live area inside it, at any depth (none
    if it is not a live area)."""
    with _cursor(store) as cur:
        return [row[0] for row in cur.execute(_WITHIN, (area_id,))]


def get(store: Store, area_id: str) -> AreaRef:
    """One live area, by what `resolve` accepts."""
    with store.session() as s:
        found = _refs(s.connection(), [_resolve(s, area_id)])
    return found[0]


def refs(store: Store, area_ids: Sequence[str]) -> list[AreaRef]:
    """The live ones of `area_ids`, by name."""
    with store.session() as s:
        return _refs(s.connection(), area_ids)


def assign(store: Store, *, area: str, device_id: str) -> Assignment:
    """Make `area` (as `resolve` reads it) one of the officer device's areas of
    responsibility; assigning it twice keeps the first time."""
    with store.session() as s:
        conn = s.connection()
        area_id = _resolve(s, area)
        device = _device(conn, device_id)
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO area_assignment (device_id, area_id, assigned_at) VALUES (?, ?, ?)",
            (device, area_id, now_iso()),
        )
        (at,) = conn.exec_driver_sql(
            "SELECT assigned_at FROM area_assignment WHERE device_id = ? AND area_id = ?", (device, area_id)
        ).one()
        (ref,) = _refs(conn, [area_id])
        s.commit()
    return Assignment(device, ref, str(at))


def unassign(store: Store, *, area: str, device_id: str) -> bool:
    """Take `area` off the officer device's areas; False if it was not among them."""
    with store.session() as s:
        conn = s.connection()
        area_id = _resolve(s, area)
        device = _device(conn, device_id)
        removed = conn.exec_driver_sql(
            "DELETE FROM area_assignment WHERE device_id = ? AND area_id = ?", (device, area_id)
        ).rowcount
        s.commit()
    return bool(removed)


def of_officer(store: Store, device_id: str) -> list[AreaRef]:
    """The live areas assigned to an officer's device, by name (not the areas inside them:
    `within` gives those)."""
    return [a.area for a in assignments(store, device_id=device_id)]


def assignments(store: Store, *, device_id: str | None = None) -> list[Assignment]:
    """Every assignment of a live area (or one device's), by device then area name."""
    sql = (
        f"SELECT g.device_id, g.assigned_at, {_COLUMNS} FROM area_assignment g"
        " JOIN area a ON a.id = g.area_id AND a.deleted_at IS NULL"
    )
    params: tuple[str, ...] = ()
    if device_id is not None:
        sql += " WHERE g.device_id = ?"
        params = (device_id,)
    sql += " ORDER BY g.device_id, a.name COLLATE NOCASE, a.id"
    with _cursor(store) as cur:
        return [Assignment(row[0], AreaRef(*row[2:]), row[1]) for row in cur.execute(sql, params)]


def officers_of(store: Store, area_id: str) -> list[str]:
    """The devices the area is assigned to (directly, not through an area around it)."""
    with _cursor(store) as cur:
        sql = "SELECT device_id FROM area_assignment WHERE area_id = ? ORDER BY device_id"
        return [row[0] for row in cur.execute(sql, (area_id,))]


def _resolve(session: Session, text: str) -> str:
    # A P-code such as "CD61" is also a possible id prefix: the id, P-code and name come first.
    raw = text.strip()
    try:
        found = area_reference(Context(session), "area", raw)
    except MissingReferenceError:
        if len(raw) < MIN_PREFIX:
            raise
        try:
            return resolve_id(session, spec(Kind.AREA), raw)
        except NotFoundError:
            raise NotFoundError(f"no area with id, P-code or name {raw!r}") from None
    if found is None:
        raise NotFoundError("no area given")
    return found


def device_id(store: Store, text: str) -> str:
    """A known peer's device id from the id or a unique prefix of it, else NotFoundError."""
    with store.session() as s:
        return _device(s.connection(), text)


def _device(conn: Connection, device_id: str) -> str:
    """A known peer's device id, from the id or a unique prefix of it."""
    wanted = device_id.strip().lower()
    known = [p.card.device_id for p in peers.list_peers(conn)]
    if wanted in known:
        return wanted
    matches = [d for d in known if len(wanted) >= MIN_PREFIX and d.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    raise NotFoundError(f"no known device {device_id} (see liaison peer list)")


def _refs(conn: Connection, area_ids: Sequence[str]) -> list[AreaRef]:
    ids = list(dict.fromkeys(area_ids))
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = conn.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM area a WHERE a.deleted_at IS NULL AND a.id IN ({marks})"
        " ORDER BY a.name COLLATE NOCASE, a.id",
        tuple(ids),
    )
    return [AreaRef(*row) for row in rows]


@dataclass(frozen=True, slots=True)
class OlderPeer:
    """A trusted device still on protocol 1 (0.1.0), which areas do not reach."""

    device_id: str
    officer: str
    device_name: str


def peers_without_areas(store: Store) -> list[OlderPeer]:
    """Trusted devices that speak only protocol 1: an area changeset is never sent to them, so
    each of this device's changesets written after one waits there until they upgrade
    (docs/SYNC.md, "Areas")."""
    with store.session() as s:
        found = peers.list_peers(s.connection())
    return [
        OlderPeer(p.card.device_id, p.card.officer, p.card.device_name)
        for p in found
        if p.revoked_at is None and max(p.card.protocols, default=protocol.OLDEST) <= protocol.OLDEST
    ]
