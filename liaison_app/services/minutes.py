"""A meeting as minutes: what a reader needs on one page, as plain data.

The minutes view renders this; a later print-to-PDF can render the same data. No Qt and
no sentences here: kinds, types and statuses stay slugs (the GUI words them), people and
organizations are resolved to their titles, and the owner "me" becomes the name of the
officer who recorded the action (so it reads right on every device).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from db.models import ActionItem, Contact, Meeting, Organization
from liaison_app import vocab
from liaison_app.kinds import Kind
from liaison_app.services import records
from liaison_app.store import Store


@dataclass(frozen=True)
class Attendee:
    """One person present: name, position and organization (the last two may be "")."""

    name: str
    position: str
    organization: str


@dataclass(frozen=True)
class Point:
    """One point raised, in the order the minutes keep: its kind slug and its text."""

    kind: str
    text: str


@dataclass(frozen=True)
class ActionLine:
    """An action item that came from the meeting."""

    title: str
    owner: str  # a contact's name, the recording officer's name for "me", or "" for nobody
    due: str | None
    status: str  # slug


@dataclass(frozen=True)
class Minutes:
    """Everything the minutes of one meeting show, in reading order."""

    meeting_id: str
    title: str
    meeting_type: str  # slug
    start: str  # ISO-8601 as stored
    end: str | None
    location: str
    grid: str
    latitude: float | None
    longitude: float | None
    attendees: tuple[Attendee, ...]
    organizations: tuple[str, ...]
    purpose: str
    points: tuple[Point, ...]
    assessment: str
    actions: tuple[ActionLine, ...]
    status: str  # slug
    sensitivity: str
    recorded_by: str

    def points_of(self, kind: str) -> tuple[Point, ...]:
        """The points of one kind, in their order (for minutes grouped by kind)."""
        return tuple(p for p in self.points if p.kind == kind)


def minutes(store: Store, meeting_id: str) -> Minutes:
    """The minutes of the live meeting `meeting_id` (NotFoundError if there is none)."""
    meeting = records.get(store, Kind.MEETING, meeting_id)
    assert isinstance(meeting, Meeting)
    with store.session() as s:
        attendees = _attendees(s, meeting.attendee_ids)
        organizations = tuple(_org_names(s, meeting.organization_ids))
        actions = _actions(s, meeting.id)
    return Minutes(
        meeting_id=meeting.id,
        title=meeting.title,
        meeting_type=meeting.meeting_type,
        start=meeting.start,
        end=meeting.end,
        location=meeting.location,
        grid=meeting.grid,
        latitude=meeting.latitude,
        longitude=meeting.longitude,
        attendees=attendees,
        organizations=organizations,
        purpose=meeting.purpose,
        points=tuple(Point(str(p.get("kind", "")), str(p.get("text", ""))) for p in meeting.points),
        assessment=meeting.assessment,
        actions=actions,
        status=meeting.status,
        sensitivity=meeting.sensitivity,
        recorded_by=meeting.author_officer,
    )


def _contacts(session: Session, ids: list[str]) -> dict[str, Contact]:
    # Records deleted or never received here are left out (the minutes name who is known).
    if not ids:
        return {}
    query = select(Contact).where(col(Contact.id).in_(ids), col(Contact.deleted_at).is_(None))
    return {row.id: row for row in session.exec(query)}


def _orgs(session: Session, ids: list[str]) -> dict[str, Organization]:
    if not ids:
        return {}
    query = select(Organization).where(col(Organization.id).in_(ids), col(Organization.deleted_at).is_(None))
    return {row.id: row for row in session.exec(query)}


def _org_names(session: Session, ids: list[str]) -> list[str]:
    # Stored references are a set (kept sorted by id): the minutes read them by name.
    return sorted((org.name for org in _orgs(session, ids).values()), key=str.casefold)


def _attendees(session: Session, ids: list[str]) -> tuple[Attendee, ...]:
    people = _contacts(session, ids)
    org_ids = sorted({p.organization_id for p in people.values() if p.organization_id})
    orgs = _orgs(session, org_ids)
    found: list[Attendee] = []
    for contact_id in ids:
        person = people.get(contact_id)
        if person is None:
            continue
        org = orgs.get(person.organization_id or "")
        found.append(Attendee(person.full_name, person.position, org.name if org else ""))
    return tuple(sorted(found, key=lambda a: a.name.casefold()))


def _actions(session: Session, meeting_id: str) -> tuple[ActionLine, ...]:
    query = (
        select(ActionItem)
        .where(col(ActionItem.meeting_id) == meeting_id, col(ActionItem.deleted_at).is_(None))
        .order_by(col(ActionItem.created_at), col(ActionItem.id))
    )
    items = list(session.exec(query))
    owner_ids = [a.owner for a in items if a.owner and a.owner != vocab.OWNER_ME]
    owners = _contacts(session, owner_ids)
    return tuple(ActionLine(item.title, _owner_name(item, owners), item.due, item.status) for item in items)


def _owner_name(item: ActionItem, owners: dict[str, Contact]) -> str:
    if item.owner == vocab.OWNER_ME:
        return item.author_officer
    owner = owners.get(item.owner or "")
    return owner.full_name if owner else ""
