"""What the meeting / liaison report shows, in staff order, as plain data.

The minutes (services/minutes.py) give the meeting itself; this adds what a staff report
needs on top: participants with the do-not-share rule, commitments told apart by who made
them, the actions with their owners, the distribution and the marking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select

from db.models import ActionItem, Meeting
from liaison_app import vocab
from liaison_app.datetime_input import DisplayStyle
from liaison_app.kinds import Kind
from liaison_app.services import minutes, privacy, records
from liaison_app.services.display_text import moment_text
from liaison_app.services.interop.redaction import Redaction, left_out, scoped_out
from liaison_app.services.reports import marking, people
from liaison_app.services.reports.people import ActionRow, Person
from liaison_app.store import Store
from liaison_app.translations import tr as _tr


def default_distribution() -> tuple[str, ...]:
    """Who reads a meeting report unless the officer says otherwise (CIMIC practice: the chief
    CIMIC for action, the sector for information, and the file), in the report's language."""
    return (_tr("Chief CIMIC (action)"), _tr("Sector HQ (information)"), _tr("File", "distribution"))


# "UNHCR: two trucks by Friday" names who committed; a longer head is a sentence, not a name.
_MAX_WHO = 60


@dataclass(frozen=True, slots=True)
class Commitment:
    """A commitment made at the meeting: who (as the point names them, else "") and what."""

    who: str
    what: str


@dataclass(frozen=True, slots=True)
class PointGroup:
    """The points of one kind (slug), in the order the minutes keep."""

    kind: str
    texts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MeetingReport:
    """Everything the meeting report shows."""

    marking: str
    meeting_id: str
    title: str
    meeting_type: str  # slug
    status: str  # slug
    when: str  # the start as a date-time group
    until: str  # the end as a date-time group, "" if none
    place: str
    grid: str
    position: str  # "lat, lon" to five places, "" if unknown
    participants: tuple[Person, ...]
    organizations: tuple[str, ...]
    purpose: str
    points: tuple[PointGroup, ...]  # findings, decisions, requests, recommendations (if any)
    commitments: tuple[Commitment, ...]
    actions: tuple[ActionRow, ...]
    assessment: str
    distribution: tuple[str, ...]
    author: str


def gather(
    store: Store,
    meeting_id: str,
    *,
    distribution: Sequence[str] | None = None,
    rules: Redaction | None = None,
) -> MeetingReport:
    """The report of the live meeting `meeting_id` (NotFoundError if there is none) under
    the redaction `rules` (RedactionRefusedError when they leave the meeting itself out)."""
    meeting = records.get(store, Kind.MEETING, meeting_id)
    assert isinstance(meeting, Meeting)
    if rules is not None:
        rules.require_people("a meeting report")
        scope = privacy.scope_of(meeting)
        if not rules.admits_scope(scope):
            raise scoped_out(f"meeting {meeting.id[:8]}", scope, rules)
        if not rules.admits_level(meeting.sensitivity):
            raise left_out(f"meeting {meeting.id[:8]}", meeting.sensitivity, rules)
    seen = minutes.minutes(store, meeting.id)
    with store.session() as s:
        participants = people.people(s, meeting.attendee_ids, rules)
        query = (
            select(ActionItem)
            .where(col(ActionItem.meeting_id) == meeting.id, col(ActionItem.deleted_at).is_(None))
            .order_by(col(ActionItem.created_at), col(ActionItem.id))
        )
        actions, action_levels = people.action_rows(s, list(s.exec(query)), rules)
    found = [meeting.sensitivity, *(p.sensitivity for p in participants), *action_levels]
    return MeetingReport(
        marking=marking.levels(store).highest(found),
        meeting_id=meeting.id,
        title=meeting.title,
        meeting_type=meeting.meeting_type,
        status=meeting.status,
        when=dtg(meeting.start),
        until=dtg(meeting.end) if meeting.end else "",
        place=meeting.location,
        grid=meeting.grid,
        position=_position(meeting.latitude, meeting.longitude),
        participants=participants,
        organizations=seen.organizations,
        purpose=meeting.purpose,
        points=point_groups(seen.points),
        commitments=tuple(commitment(p.text) for p in seen.points_of("commitment")),
        actions=actions,
        assessment=meeting.assessment,
        distribution=tuple(distribution) if distribution is not None else default_distribution(),
        author=meeting.author_officer,
    )


def dtg(iso: str) -> str:
    """A stored time as a date-time group (the text itself if unreadable)."""
    return moment_text(iso, DisplayStyle.DTG)


def point_groups(points: Sequence[minutes.Point]) -> tuple[PointGroup, ...]:
    """The points other than commitments, grouped by kind in vocab order, empty kinds left out."""
    groups = []
    for kind in vocab.POINT_KINDS:
        texts = tuple(p.text for p in points if p.kind == kind)
        if texts and kind != "commitment":
            groups.append(PointGroup(kind, texts))
    return tuple(groups)


def commitment(text: str) -> Commitment:
    """A commitment point read as 'WHO: WHAT' when it starts with a short name and a colon."""
    who, sep, what = text.partition(":")
    if sep and what.strip() and 0 < len(who.strip()) <= _MAX_WHO and "." not in who:
        return Commitment(who.strip(), what.strip())
    return Commitment("", text.strip())


def _position(latitude: float | None, longitude: float | None) -> str:
    if latitude is None or longitude is None:
        return ""
    return f"{latitude:.5f}, {longitude:.5f}"
