"""What the weekly activity and information summary shows, for a span of days and,
optionally, one officer.

Every query is a range of an index, bounded by the period rather than the store (HQ holds
1.8M records): the engagements are a range of ix_meeting_live_order (start_utc), their
areas read by primary key; the actions raised are those of the period's meetings
(ix_action_item_meeting_id); the actions closed in the period are found among those raised
in it or in the LOOKBACK weeks before (no index holds completion times); the overdue ones
are a range of ix_action_item_open_due.
Lists are capped (LIST_LIMIT, ACTION_LIMIT for actions) while their counts stay whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from db.models import ActionItem, Meeting
from liaison_app import vocab
from liaison_app.services import areas
from liaison_app.services.interop.redaction import Redaction
from liaison_app.services.reports import marking, open_actions, people
from liaison_app.services.reports.meeting_report import dtg
from liaison_app.services.reports.people import Listed
from liaison_app.services.reports.period import Period, midnight
from liaison_app.store import Store

LIST_LIMIT = 200
# A summary lists the first of its actions; the action register lists them all.
ACTION_LIMIT = 50
LOOKBACK_WEEKS = 12


@dataclass(frozen=True, slots=True)
class Engagement:
    """A meeting held in the period, as the summary lists it."""

    when: str  # date-time group
    title: str
    meeting_type: str  # slug
    place: str
    organizations: str  # acronyms (else names), joined
    officer: str


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """A decision or commitment of the period and the meeting it was made at."""

    kind: str  # "decision" or "commitment"
    text: str
    meeting: str
    when: str  # date-time group of the meeting


@dataclass(frozen=True, slots=True)
class WeeklySummary:
    """Everything the weekly summary shows."""

    marking: str
    first: date
    last: date
    officer: str  # "" for every officer
    engagement_total: int
    by_type: tuple[tuple[str, int], ...]  # (meeting type slug, count), most first
    by_area: tuple[tuple[str, int], ...]  # (area as titled, "" for none, count), most first
    per_day: tuple[tuple[date, int], ...]  # every day of the period
    engagements: tuple[Engagement, ...]  # at most LIST_LIMIT, in time order
    organizations: tuple[tuple[str, int], ...]  # (name, engagements), most first
    key_points: tuple[KeyPoint, ...]  # at most LIST_LIMIT
    opened: Listed
    closed: Listed
    overdue: Listed
    overdue_on: date  # overdue means due before this day and still open


def gather(
    store: Store,
    *,
    period: Period,
    officer: str = "",
    today: date | None = None,
    rules: Redaction | None = None,
) -> WeeklySummary:
    """The summary of `period`, of `officer`'s records only when one is named, under the
    redaction `rules` (the meetings they leave out are neither listed nor counted)."""
    overdue_on = min(period.last + timedelta(days=1), today or date.today())
    if rules is not None:
        rules.require_people("a weekly summary")
    with store.session() as s:
        meetings = _meetings(s, period.low, period.high, officer)
        if rules is not None:
            meetings = [m for m in meetings if rules.admits(m)]
        org_names = people.organizations(s, (i for m in meetings for i in m.organization_ids))
        opened = _raised(s, [m.id for m in meetings])
        earlier = _meeting_ids(
            s, midnight(period.first - timedelta(weeks=LOOKBACK_WEEKS)), period.high, officer
        )
        closed = _closed(s, earlier, period)
        overdue, overdue_total = _overdue(s, overdue_on, officer)
        listed = [
            people.listed(s, rows[:ACTION_LIMIT], total, rules)
            for rows, total in ((opened, len(opened)), (closed, len(closed)), (overdue, overdue_total))
        ]
    titles = {a.id: a.title for a in areas.refs(store, sorted({m.area_id for m in meetings if m.area_id}))}
    names = {i: o.name for i, o in org_names.items()}
    short = {i: o.acronym or o.name for i, o in org_names.items()}
    engaged = Counter(names[i] for m in meetings for i in set(m.organization_ids) if i in names)
    found = [m.sensitivity for m in meetings]
    found += [level for rows, levels in listed for level in levels]
    return WeeklySummary(
        marking=marking.levels(store).highest(found),
        first=period.first,
        last=period.last,
        officer=officer,
        engagement_total=len(meetings),
        by_type=tuple(Counter(m.meeting_type for m in meetings).most_common()),
        # A deleted area, like none, counts as no area.
        by_area=tuple(Counter(titles.get(m.area_id or "", "") for m in meetings).most_common()),
        per_day=_per_day(period, meetings),
        engagements=tuple(_engagement(m, short) for m in meetings[:LIST_LIMIT]),
        organizations=tuple(sorted(engaged.items(), key=lambda item: (-item[1], item[0].casefold()))),
        key_points=_key_points(meetings),
        opened=listed[0][0],
        closed=listed[1][0],
        overdue=listed[2][0],
        overdue_on=overdue_on,
    )


def _meetings(session: Session, low: str, high: str, officer: str) -> list[Meeting]:
    query = (
        select(Meeting)
        .where(
            col(Meeting.deleted_at).is_(None), col(Meeting.start_utc) >= low, col(Meeting.start_utc) < high
        )
        .order_by(col(Meeting.start_utc), col(Meeting.id))
    )
    if officer:
        query = query.where(col(Meeting.author_officer) == officer)
    return list(session.exec(query))


def _meeting_ids(session: Session, low: str, high: str, officer: str) -> list[str]:
    query = select(Meeting.id).where(
        col(Meeting.deleted_at).is_(None), col(Meeting.start_utc) >= low, col(Meeting.start_utc) < high
    )
    if officer:
        query = query.where(col(Meeting.author_officer) == officer)
    return [str(i) for i in session.exec(query)]


def _raised(session: Session, meeting_ids: Sequence[str]) -> list[ActionItem]:
    found: list[ActionItem] = []
    for part in people.chunks(meeting_ids):
        query = select(ActionItem).where(
            col(ActionItem.meeting_id).in_(part), col(ActionItem.deleted_at).is_(None)
        )
        found.extend(session.exec(query))
    return sorted(found, key=lambda a: (a.created_at, a.id))


def _closed(session: Session, meeting_ids: Sequence[str], period: Period) -> list[ActionItem]:
    found: list[ActionItem] = []
    for part in people.chunks(meeting_ids):
        query = select(ActionItem).where(
            col(ActionItem.meeting_id).in_(part),
            col(ActionItem.deleted_at).is_(None),
            col(ActionItem.status).in_(vocab.CLOSED_ACTION_STATUSES),
            col(ActionItem.completed_at) >= period.low,
            col(ActionItem.completed_at) < period.high,
        )
        found.extend(session.exec(query))
    return sorted(found, key=lambda a: (a.completed_at or "", a.id))


def _overdue(session: Session, before: date, officer: str) -> tuple[list[ActionItem], int]:
    return open_actions.read(
        session, "due < :before", {"before": before.isoformat()}, limit=ACTION_LIMIT, officer=officer
    )


def _per_day(period: Period, meetings: Sequence[Meeting]) -> tuple[tuple[date, int], ...]:
    counted = Counter(_local_day(m.start_utc) for m in meetings)
    return tuple((day, counted.get(day, 0)) for day in period.days())


def _local_day(start_utc: str) -> date:
    return datetime.fromisoformat(start_utc.replace("Z", "+00:00")).astimezone().date()


def _engagement(meeting: Meeting, names: dict[str, str]) -> Engagement:
    orgs = sorted((names[i] for i in meeting.organization_ids if i in names), key=str.casefold)
    return Engagement(
        when=dtg(meeting.start),
        title=meeting.title,
        meeting_type=meeting.meeting_type,
        place=meeting.location,
        organizations="; ".join(orgs),
        officer=meeting.author_officer,
    )


def _key_points(meetings: Sequence[Meeting]) -> tuple[KeyPoint, ...]:
    found = [
        KeyPoint(str(p.get("kind")), str(p.get("text", "")), m.title, dtg(m.start))
        for m in meetings
        for p in m.points
        if p.get("kind") in ("decision", "commitment")
    ]
    return tuple(found[:LIST_LIMIT])
