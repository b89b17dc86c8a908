"""`liaison calendar export`: meetings as VEVENT and action items as VTODO, in one .ics file.

Stable and deterministic, so a calendar that imports the file again updates its copy instead
of duplicating it: each UID is the record's id; DTSTAMP and LAST-MODIFIED are the record's
last change (RFC 5545 §3.8.7.2: without a METHOD, DTSTAMP is the last revision), SEQUENCE is
the seconds from creation to that change, rounded up (0 until it first changes, then growing),
and an unchanged store exports byte for byte the same file. Times are UTC: we store instants with
an offset, not a named zone, so a VTIMEZONE would be invented.

What goes (a calendar file is plaintext, and is often synced to phones; docs/INTEROP.md):
title, time, place (name and grid reference), status and attendees by name (an email only
when the contact is at the lowest sensitivity level and its details may go); the purpose only
for a meeting at the lowest level; never the typed points or the assessment. A do-not-share
contact is neither an attendee nor an owner unless do-not-share records were explicitly
included; what the redaction profile leaves out (partner: CONFIDENTIAL and above) is not in.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from icalendar import Calendar, Event, Todo, vCalAddress
from sqlalchemy import tuple_
from sqlmodel import Session, col, func, select

from db.models import ActionItem, Contact, Meeting, RecordBase
from liaison_app import __version__, vocab
from liaison_app.services import export_log, privacy
from liaison_app.services.backup_copies import QUIET, Progress
from liaison_app.services.interop import files
from liaison_app.services.interop.redaction import Redaction
from liaison_app.services.interop.selection import org_types
from liaison_app.services.reports.people import contacts
from liaison_app.store import Store

PAGE = 1000  # records read (and written out) at a time: memory stays flat at any size
PRODID = f"-//Liaison//Liaison {__version__}//EN"

_TODO_STATUS = {
    "open": "NEEDS-ACTION",
    "blocked": "NEEDS-ACTION",
    "in-progress": "IN-PROCESS",
    "done": "COMPLETED",
    "cancelled": "CANCELLED",
}
_EVENT_STATUS = {"draft": "TENTATIVE", "final": "CONFIRMED", "sent": "CONFIRMED"}
_PRIORITY = {"high": 1, "normal": 5, "low": 9}  # RFC 5545: 1 highest, 9 lowest


def export(store: Store, path: Path, rules: Redaction, progress: Progress = QUIET) -> int:
    """Write every live meeting and action item `rules` admit to `path` and log the export;
    returns how many components."""
    rules.require_people("a calendar export")
    with store.session() as s, files.atomic(path) as out:
        total = _count(s, Meeting) + _count(s, ActionItem)
        written = write(s, out, rules, progress, total)
    export_log.record(
        store, what=export_log.What.CALENDAR, format="ics", path=path, profile=rules.profile, records=written
    )
    return written


def write(session: Session, out: BinaryIO, rules: Redaction, progress: Progress, total: int) -> int:
    """The calendar onto `out`: header, events by start, to-dos by id, footer; returns how
    many components went."""
    head, foot = _frame(rules)
    out.write(head)
    done = written = 0
    for page in _pages(session, Meeting, (col(Meeting.start_utc), col(Meeting.id))):
        people = contacts(session, (i for m in page for i in m.attendee_ids))
        kinds = org_types(session.connection(), {c.organization_id for c in people.values()})
        for meeting in page:
            if rules.admits(meeting):
                out.write(event(meeting, people, rules, kinds).to_ical())
                written += 1
        done = _step(progress, done + len(page), total)
    for page in _pages(session, ActionItem, (col(ActionItem.id),)):
        owners = contacts(session, (a.owner for a in page if a.owner and a.owner != vocab.OWNER_ME))
        kinds = org_types(session.connection(), {c.organization_id for c in owners.values()})
        meetings, withheld = _sensitivities(session, {a.meeting_id for a in page if a.meeting_id}, rules)
        for action in page:
            # An action item says what its meeting said: it goes only with its meeting.
            if action.meeting_id in withheld or not rules.admits(action):
                continue
            if rules.admits_level(meetings.get(action.meeting_id or "", "")):
                out.write(todo(action, owners, meetings, rules, kinds).to_ical())
                written += 1
        done = _step(progress, done + len(page), total)
    out.write(foot)
    return written


def event(
    meeting: Meeting, people: dict[str, Contact], rules: Redaction, kinds: dict[str, str] | None = None
) -> Event:
    """One meeting as a VEVENT (`kinds`: the type of each attendee's organization)."""
    component = Event()
    _stamp(component, meeting)
    component.add("dtstart", _instant(meeting.start_utc))
    if meeting.end_utc:
        component.add("dtend", _instant(meeting.end_utc))
    component.add("summary", meeting.title)
    place = "; ".join(part for part in (meeting.location, meeting.grid and f"MGRS {meeting.grid}") if part)
    if place:
        component.add("location", place)
    if meeting.latitude is not None and meeting.longitude is not None:
        component.add("geo", (meeting.latitude, meeting.longitude))
    component.add("status", _EVENT_STATUS.get(meeting.status, "TENTATIVE"))
    component.add("categories", [vocab.MEETING_TYPES.get(meeting.meeting_type, meeting.meeting_type)])
    if not rules.details(meeting.sensitivity):
        component.add("class", "CONFIDENTIAL")
    elif meeting.purpose:
        component.add("description", meeting.purpose)
    for contact_id in meeting.attendee_ids:
        contact = people.get(contact_id)
        if contact is not None and rules.shares(contact):
            component.add("attendee", _address(contact, rules, kinds or {}), encode=False)
    return component


def todo(
    action: ActionItem,
    owners: dict[str, Contact],
    meetings: dict[str, str],
    rules: Redaction,
    kinds: dict[str, str] | None = None,
) -> Todo:
    """One action item as a VTODO (its owner as the attendee, its meeting as RELATED-TO)."""
    component = Todo()
    _stamp(component, action)
    component.add("summary", action.title)
    if action.due:
        component.add("due", date.fromisoformat(action.due))
    component.add("status", _TODO_STATUS.get(action.status, "NEEDS-ACTION"))
    component.add("priority", _PRIORITY.get(action.priority, 5))
    if action.completed_at:
        component.add("completed", _instant(action.completed_at))
    meeting_level = meetings.get(action.meeting_id or "")
    if action.meeting_id and meeting_level is not None:
        component.add("related-to", uid(action.meeting_id))
    if action.description and rules.details(meeting_level or ""):
        component.add("description", action.description)
    owner = _owner(action, owners, rules, kinds or {})
    if owner is not None:
        component.add("attendee", owner, encode=False)
    return component


def uid(record_id: str) -> str:
    """The UID of a record's component: its id, the same in every export."""
    return f"{record_id}@liaison"


def _stamp(component: Event | Todo, record: RecordBase) -> None:
    changed = _instant(record.updated_at)
    component.add("uid", uid(record.id))
    component.add("dtstamp", changed)
    component.add("last-modified", changed)
    # Whole seconds since creation, rounded up: 0 for a record never changed, then growing.
    component.add("sequence", max(0, math.ceil((changed - _instant(record.created_at)).total_seconds())))


def _address(contact: Contact, rules: Redaction, kinds: dict[str, str]) -> vCalAddress:
    """A contact as a calendar address: mailto when an email may go, else its id as a URN."""
    email = next((p["value"] for p in contact.contact_points if p["kind"] == "email"), "")
    mailed = rules.details(contact.sensitivity) and rules.contact_details(
        contact, kinds.get(contact.organization_id or "")
    )
    value = f"mailto:{email}" if email and mailed else _urn(contact.id)
    address = vCalAddress(value)
    address.params["cn"] = contact.full_name
    return address


def _owner(
    action: ActionItem, owners: dict[str, Contact], rules: Redaction, kinds: dict[str, str]
) -> vCalAddress | None:
    if action.owner == vocab.OWNER_ME:
        address = vCalAddress(_urn(action.author_device))
        address.params["cn"] = action.author_officer
        return address
    contact = owners.get(action.owner or "")
    if contact is None or not rules.shares(contact):
        return None
    return _address(contact, rules, kinds)


def _urn(identifier: str) -> str:
    try:
        return uuid.UUID(identifier).urn
    except ValueError:
        return f"urn:x-liaison:{identifier}"


def _instant(stored: str) -> datetime:
    return datetime.fromisoformat(stored).astimezone(UTC)


def _frame(rules: Redaction) -> tuple[bytes, bytes]:
    """The calendar's own lines before and after its components; the redaction profile as
    an X- property of the calendar (RFC 5545 §3.8.8.2: readers keep or ignore it)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-liaison-redaction", rules.marks())
    text = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert text.endswith(end)
    return text[: -len(end)], end


def _count(session: Session, table: type[RecordBase]) -> int:
    query = select(func.count()).select_from(table).where(col(table.deleted_at).is_(None))
    return int(session.exec(query).one())


def _pages(session: Session, table: type[Any], order: Sequence[Any]) -> Iterator[list[Any]]:
    """Live rows of `table` in `order`, PAGE at a time (keyset: each page one index range)."""
    last: tuple[Any, ...] | None = None
    while True:
        query = select(table).where(col(table.deleted_at).is_(None)).order_by(*order).limit(PAGE)
        if last is not None:
            query = query.where(tuple_(*order) > tuple_(*last))
        page = list(session.exec(query))
        if not page:
            return
        yield page
        session.expunge_all()  # the page is written: let its objects go
        last = tuple(getattr(page[-1], c.key) for c in order)


def _sensitivities(session: Session, ids: set[str], rules: Redaction) -> tuple[dict[str, str], set[str]]:
    """The sensitivity of each of these meetings, and those whose sharing scope keeps them
    (and so their action items) out of the file."""
    found: dict[str, str] = {}
    withheld: set[str] = set()
    wanted = sorted(ids)
    for start in range(0, len(wanted), PAGE):
        query = select(Meeting.id, Meeting.sensitivity, Meeting.do_not_share, Meeting.sharing).where(
            col(Meeting.id).in_(wanted[start : start + PAGE]), col(Meeting.deleted_at).is_(None)
        )
        for meeting_id, level, local, sharing in session.exec(query):
            found[str(meeting_id)] = str(level)
            if not rules.admits_scope(privacy.scope_of({privacy.FIELD: local, privacy.SHARING: sharing})):
                withheld.add(str(meeting_id))
    return found, withheld


def _step(progress: Progress, done: int, total: int) -> int:
    progress.check_cancel()
    progress.set_progress(done, total, "")
    return done
