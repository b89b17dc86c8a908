"""The records that point at one record, as its editor lists them: an organization's
contacts, meetings (any officer's) and open actions; a contact's meetings and the actions
they own, with the date they were last met; a meeting's actions.

Every query starts from an index: `contact.organization_id`, `action_item.meeting_id`,
`action_item.owner`, and `meeting_link` (db/meeting_links.py) for the attendees and
organizations that meetings hold as JSON lists. Opening an editor reads the related
records of that one record, never every meeting (CROSS JOIN pins SQLite's join order,
links first: on small or fresh statistics it would otherwise walk the meetings). No
sentences here: groups are codes and statuses stay stored codes; the GUI words them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from liaison_app import vocab
from liaison_app.clock import now_iso
from liaison_app.kinds import Kind, spec
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store

_CLOSED = ", ".join(f"'{s}'" for s in sorted(vocab.CLOSED_ACTION_STATUSES))
# Open actions first, then by due date (undated last), as the action list orders them.
_ACTION_ORDER = f"a.status IN ({_CLOSED}), a.due IS NULL, a.due, a.id"


class Group(StrEnum):
    """Which related records a group holds (the GUI names each)."""

    CONTACTS = "contacts"  # an organization's people
    MEETINGS = "meetings"  # meetings naming the organization, or attended by the contact
    OPEN_ACTIONS = "open_actions"  # an organization's: owned by its people or from its meetings
    OWNED_ACTIONS = "owned_actions"  # a contact's own actions, open ones first
    ACTIONS = "actions"  # the actions that came from a meeting


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """One related record: enough to show a line and open its editor."""

    kind: Kind
    id: str
    title: str
    when: str  # a meeting's start ('YYYY-MM-DD HH:MM', its own clock), an action's due, else ""
    status: str  # the stored status code of a meeting or action; a contact's position


@dataclass(frozen=True, slots=True)
class RelatedGroup:
    """Related records of one kind, the first `limit` of `total`."""

    group: Group
    items: tuple[RelatedItem, ...]
    total: int


@dataclass(frozen=True, slots=True)
class Related:
    """Everything an editor lists under its record."""

    groups: tuple[RelatedGroup, ...]
    last_engagement: str | None = None  # a contact's latest meeting that has begun, 'YYYY-MM-DD'


def related(store: Store, *, kind: str, record_id: str, limit: int = 50) -> Related:
    """The records related to `record_id` of `kind`, at most `limit` per group."""
    reader = _READERS.get(spec(kind).kind)
    if reader is None:
        return Related(groups=())
    with cursor(store) as cur:
        return reader(cur, record_id, limit)


def _organization(cur: Any, org_id: str, limit: int) -> Related:
    contacts = _group(
        cur,
        Group.CONTACTS,
        Kind.CONTACT,
        "SELECT c.id, c.full_name, '', c.position FROM contact c"
        " WHERE c.organization_id = ? AND c.deleted_at IS NULL",
        "c.full_name COLLATE NOCASE, c.id",
        (org_id,),
        limit,
    )
    open_actions = _group(
        cur,
        Group.OPEN_ACTIONS,
        Kind.ACTION,
        "SELECT a.id, a.title, coalesce(a.due, ''), a.status FROM action_item a WHERE a.id IN ("
        " SELECT x.id FROM meeting_link l CROSS JOIN action_item x ON x.meeting_id = l.meeting_id"
        " WHERE l.record_id = ?"
        " UNION SELECT x.id FROM contact c CROSS JOIN action_item x ON x.owner = c.id"
        " WHERE c.organization_id = ?)"
        f" AND a.deleted_at IS NULL AND a.status NOT IN ({_CLOSED})",
        _ACTION_ORDER,
        (org_id, org_id),
        limit,
    )
    return Related(groups=(contacts, _meetings(cur, org_id, limit), open_actions))


def _contact(cur: Any, contact_id: str, limit: int) -> Related:
    owned = _group(
        cur,
        Group.OWNED_ACTIONS,
        Kind.ACTION,
        "SELECT a.id, a.title, coalesce(a.due, ''), a.status FROM action_item a"
        " WHERE a.owner = ? AND a.deleted_at IS NULL",
        _ACTION_ORDER,
        (contact_id,),
        limit,
    )
    last = cur.execute(
        "SELECT m.start FROM meeting_link l CROSS JOIN meeting m ON m.id = l.meeting_id"
        # `+` keeps the planner off the start index: it would range over every past meeting.
        " WHERE l.record_id = ? AND m.deleted_at IS NULL AND +m.start_utc <= ?"
        " ORDER BY m.start_utc DESC LIMIT 1",
        (contact_id, now_iso()),
    ).fetchone()
    return Related(
        groups=(_meetings(cur, contact_id, limit), owned),
        last_engagement=str(last[0])[:10] if last else None,
    )


def _meeting(cur: Any, meeting_id: str, limit: int) -> Related:
    actions = _group(
        cur,
        Group.ACTIONS,
        Kind.ACTION,
        "SELECT a.id, a.title, coalesce(a.due, ''), a.status FROM action_item a"
        " WHERE a.meeting_id = ? AND a.deleted_at IS NULL",
        _ACTION_ORDER,
        (meeting_id,),
        limit,
    )
    return Related(groups=(actions,))


def _meetings(cur: Any, record_id: str, limit: int) -> RelatedGroup:
    # Any officer's meetings: the links hold every meeting received here, newest first.
    return _group(
        cur,
        Group.MEETINGS,
        Kind.MEETING,
        "SELECT m.id, m.title, m.start, m.status"
        " FROM meeting_link l CROSS JOIN meeting m ON m.id = l.meeting_id"
        " WHERE l.record_id = ? AND m.deleted_at IS NULL",
        "m.start_utc DESC, m.id",
        (record_id,),
        limit,
    )


def _group(
    cur: Any, group: Group, kind: Kind, select: str, order: str, params: tuple[str, ...], limit: int
) -> RelatedGroup:
    """`select` yields (id, title, when, status) rows; the first `limit` in `order`, and the count."""
    rows = cur.execute(f"{select} ORDER BY {order} LIMIT ?", (*params, limit)).fetchall()
    total = len(rows)
    if total == limit:  # there may be more: count them (from the same indexes)
        total = int(cur.execute(f"SELECT count(*) FROM ({select})", params).fetchone()[0])
    items = tuple(
        RelatedItem(kind=kind, id=i, title=str(t), when=_when(kind, str(w or "")), status=str(s or ""))
        for i, t, w, s in rows
    )
    return RelatedGroup(group=group, items=items, total=total)


def _when(kind: Kind, stored: str) -> str:
    # A meeting's start as its own clock read it ('2026-11-20T10:00+01:00' -> '2026-11-20 10:00').
    return stored[:16].replace("T", " ") if kind is Kind.MEETING else stored


_READERS = {Kind.ORG: _organization, Kind.CONTACT: _contact, Kind.MEETING: _meeting}
