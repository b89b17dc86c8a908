"""Plans the demo officer's month: which engagement happens on which day and hour, who
attends, the typed points recorded, the assessment, and the action items that followed,
with statuses that make sense on the demo's `today`.

Nothing here touches the store; `liaison_app.demo.writer` writes what is planned.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import mgrs

from liaison_app import vocab
from liaison_app.demo.areas import district_key
from liaison_app.demo.engagements import ASSESSMENT_OPENERS, ENGAGEMENTS, RANKS, Engagement, Seat
from liaison_app.demo.issues import ISSUES, ActionTemplate, Issue
from liaison_app.demo.places import SITES, UTC_OFFSET
from liaison_app.demo.roster import Person, Planned, Ref, Roster

PAST_DAYS = 30
AHEAD_DAYS = 7
_ZONE = datetime.fromisoformat(f"2000-01-01T00:00{UTC_OFFSET}").tzinfo
_RECURRING = [e for e in ENGAGEMENTS if e.every]
_ONE_OFF = [e for e in ENGAGEMENTS if not e.every]
# How often each kind of one-off engagement is picked, and how many days must pass
# before the same one comes round again.
_TYPE_WEIGHTS = {"call": 35, "meeting": 25, "visit": 20, "key-leader-engagement": 20}
_COOLDOWN = {"call": 3, "meeting": 7, "visit": 6, "key-leader-engagement": 10}
# Per meeting type: issues discussed, findings per issue, other point kinds drawn from
# (repeats weight them) and how many, and the chances an issue yields a first, second
# action item.
_ISSUE_COUNT = {
    "coordination-meeting": (2, 4),
    "key-leader-engagement": (2, 3),
    "visit": (1, 2),
    "meeting": (2, 3),
    "call": (1, 2),
}
_MIX: dict[str, tuple[tuple[int, int], tuple[str, ...], tuple[int, int]]] = {
    "coordination-meeting": ((1, 1), ("decision", "decision", "request", "recommendation"), (1, 2)),
    "key-leader-engagement": (
        (1, 1),
        ("request", "request", "commitment", "recommendation"),
        (1, 2),
    ),
    "visit": ((1, 2), ("request", "recommendation", "commitment"), (0, 1)),
    "meeting": ((1, 1), ("decision", "request", "commitment", "recommendation"), (1, 2)),
    "call": ((0, 1), ("request", "commitment"), (1, 1)),
}
_ACTION_CHANCES = {
    "coordination-meeting": (0.8, 0.3),
    "key-leader-engagement": (0.85, 0.2),
    "visit": (0.75,),
    "meeting": (0.85, 0.25),
    "call": (0.75,),
}
_PREPARATION = {
    "key-leader-engagement": "Prepare talking points and interpreter: {title}",
    "visit": "Request movement clearance: {title}",
}


@dataclass(frozen=True, slots=True)
class _Slot:
    day: int  # 0 is PAST_DAYS before today
    start: datetime
    end: datetime
    engagement: Engagement


@dataclass
class _Month:
    """What the planner remembers while it walks through the month."""

    rng: random.Random
    today: date
    roster: Roster
    levels: dict[str, str]
    regulars: dict[tuple[str, int], Person] = field(default_factory=dict)
    last_due: dict[str, date] = field(default_factory=dict)
    planned: list[Planned] = field(default_factory=list)


def plan_month(rng: random.Random, today: date, roster: Roster, levels: dict[str, str]) -> list[Planned]:
    """Meetings of the PAST_DAYS before `today` and the AHEAD_DAYS after, each followed
    by the action items it produced."""
    month = _Month(rng, today, roster, levels)
    for number, slot in enumerate(_schedule(rng, today - timedelta(days=PAST_DAYS))):
        _meeting(month, slot, f"meeting:{number}")
    return month.planned


# --- when ----------------------------------------------------------------------------


def _schedule(rng: random.Random, first: date) -> list[_Slot]:
    slots: list[_Slot] = []
    last_used: dict[str, int] = {}
    for day in range(PAST_DAYS + AHEAD_DAYS):
        on = first + timedelta(days=day)
        busy: list[_Slot] = []
        for e in _RECURRING:
            fortnight_off = e.every == 14 and on.isocalendar().week % 2
            if on.weekday() == e.weekday and day >= e.first_day and not fortnight_off:
                start = datetime.combine(on, time.fromisoformat(e.start), _ZONE)
                busy.append(_Slot(day, start, start + timedelta(minutes=e.length[0]), e))
        for _ in range(_extra_count(rng, on, day)):
            kind = rng.choices(list(_TYPE_WEIGHTS), weights=list(_TYPE_WEIGHTS.values()))[0]
            options = [e for e in _ONE_OFF if e.meeting_type == kind and _eligible(e, day, last_used)]
            if options:
                chosen = rng.choice(options)
                slot = _free_slot(rng, day, on, chosen, busy)
                if slot is not None:
                    busy.append(slot)
                    last_used[chosen.title] = day
        slots.extend(busy)
    return sorted(slots, key=lambda s: s.start)


def _extra_count(rng: random.Random, on: date, day: int) -> int:
    if day >= PAST_DAYS:
        return rng.choice((0, 0, 1))  # the week ahead is only partly planned yet
    if on.weekday() == 4:  # Friday: the weekly day of rest in the province
        return rng.choice((0, 0, 1))
    if on.weekday() == 5:
        return rng.choice((0, 1))
    return rng.choice((2, 2, 3, 3, 4))


def _eligible(e: Engagement, day: int, last_used: dict[str, int]) -> bool:
    recent = day - last_used.get(e.title, -99) < _COOLDOWN[e.meeting_type]
    live = any(ISSUES[key].live_on(min(day, PAST_DAYS - 1)) for key in e.issues)
    return day >= e.first_day and live and not recent


def _free_slot(rng: random.Random, day: int, on: date, e: Engagement, busy: list[_Slot]) -> _Slot | None:
    minutes = rng.randint(*e.length) // 5 * 5
    for _ in range(20):
        begin = rng.randrange(8 * 60, 17 * 60 - minutes, 15)
        start = datetime.combine(on, time(begin // 60, begin % 60), _ZONE)
        end = start + timedelta(minutes=minutes)
        gap = timedelta(minutes=15)
        if all(end + gap <= s.start or start >= s.end + gap for s in busy):
            return _Slot(day, start, end, e)
    return None


# --- what ----------------------------------------------------------------------------


def _meeting(month: _Month, slot: _Slot, key: str) -> None:
    rng, e = month.rng, slot.engagement
    held = slot.day < PAST_DAYS
    attendees = _attendees(month, slot)
    issue_day = min(slot.day, PAST_DAYS - 1)
    live = [ISSUES[k] for k in e.issues if ISSUES[k].live_on(issue_day)]
    issues = rng.sample(live, min(len(live), rng.randint(*_ISSUE_COUNT[e.meeting_type])))
    strict = any(i.sensitivity == "strict" for i in issues)
    fields: dict[str, Any] = {
        "title": e.title,
        "meeting_type": e.meeting_type,
        "start": slot.start.isoformat(),
        "end": slot.end.isoformat(),
        "attendee_ids": [Ref(p.key) for p in attendees],
        "organization_ids": [Ref(f"org:{org}") for org in dict.fromkeys(p.org for p in attendees)],
        "purpose": e.purpose or "Follow-up by phone on open points.",
        "status": _meeting_status(rng, PAST_DAYS - slot.day),
        "sensitivity": month.levels["strict" if strict else e.sensitivity],
        **_place(rng, e),
    }
    if held:
        fields["points"] = _points(rng, e, issues, issue_day)
        fields["assessment"] = _assessment(rng, e, issues, attendees)
    month.planned.append(Planned("meeting", key, fields))
    if held:
        for issue in issues:
            for chance in _ACTION_CHANCES[e.meeting_type]:
                if rng.random() < chance:
                    _follow_up(month, slot, issue, attendees, key)
    elif e.meeting_type in _PREPARATION:
        _prepare(month, slot, key)


def _attendees(month: _Month, slot: _Slot) -> list[Person]:
    chosen: list[Person] = []
    e = slot.engagement
    for index, seat in enumerate(e.seats):
        absent = e.meeting_type == "coordination-meeting" and not seat.head
        if absent and month.rng.random() < 0.15:
            continue
        person = _occupant(month, e, index, seat, chosen)
        if person is not None:
            chosen.append(person)
    return chosen


def _occupant(month: _Month, e: Engagement, index: int, seat: Seat, taken: list[Person]) -> Person | None:
    staff = month.roster.staff.get(seat.org, [])
    if seat.head:
        candidates = staff[:1]
    elif seat.tag:
        candidates = [p for p in staff if seat.tag in p.tags]
    else:
        # Specialists come when their subject is on the agenda (a tagged seat);
        # otherwise an organization sends its generalists.
        candidates = [p for p in staff if not p.tags] or staff
    candidates = [p for p in candidates if p not in taken]
    if not candidates:
        return None
    # Recurring meetings see the same representative most weeks.
    regular = month.regulars.get((e.title, index))
    if e.every and regular in candidates and month.rng.random() < 0.85:
        return regular
    person = month.rng.choice(candidates)
    month.regulars.setdefault((e.title, index), person)
    return person


def _place(rng: random.Random, e: Engagement) -> dict[str, Any]:
    if e.site is None:
        return {}
    site = SITES[e.site]
    area = Ref(district_key(site.town))
    if e.meeting_type != "visit":
        return {"location": site.name, "grid": _grid(site.lat, site.lon, 4), "area_id": area}
    # On a visit the position comes from a handheld GPS: a few metres off the site's.
    lat = round(site.lat + rng.uniform(-3e-4, 3e-4), 5)
    lon = round(site.lon + rng.uniform(-3e-4, 3e-4), 5)
    return {
        "location": site.name,
        "latitude": lat,
        "longitude": lon,
        "grid": _grid(lat, lon, 5),
        "area_id": area,
    }


def _grid(lat: float, lon: float, precision: int) -> str:
    return str(mgrs.MGRS().toMGRS(lat, lon, MGRSPrecision=precision))


def _meeting_status(rng: random.Random, age: int) -> str:
    if age <= 2:
        return "draft"  # includes the meetings still to come
    if age <= 6:
        return rng.choice(("draft", "draft", "final", "final", "sent"))
    return rng.choice(("final", "sent", "sent", "sent"))


def _points(rng: random.Random, e: Engagement, issues: list[Issue], day: int) -> list[dict[str, str]]:
    findings, others, extra = _MIX[e.meeting_type]
    points: list[dict[str, str]] = []
    for issue in issues:
        pool = issue.points["finding"]
        chosen = [("finding", t) for t in rng.sample(pool, min(len(pool), rng.randint(*findings)))]
        for _ in range(rng.randint(*extra)):
            kind = rng.choice(others)
            options = [t for t in issue.points[kind] if (kind, t) not in chosen]
            if options:
                chosen.append((kind, rng.choice(options)))
        numbers = issue.numbers(day)
        points += [{"kind": kind, "text": text.format(**numbers)} for kind, text in chosen]
    return points


def _assessment(rng: random.Random, e: Engagement, issues: list[Issue], attendees: list[Person]) -> str:
    if e.meeting_type == "call" or not issues:
        return ""
    who = attendees[0].position if attendees else "counterpart"
    for rank in RANKS:
        who = who.removeprefix(rank)
    opener = rng.choice(ASSESSMENT_OPENERS[e.meeting_type]).format(who=who)
    return " ".join([opener, *(rng.choice(i.assessments) for i in issues[:2])]).strip()


# --- what follows --------------------------------------------------------------------


def _follow_up(month: _Month, slot: _Slot, issue: Issue, attendees: list[Person], meeting: str) -> None:
    rng = month.rng
    held_on = slot.start.date()
    # A task comes up again only once the last one like it has fallen due.
    options = [a for a in issue.actions if held_on > month.last_due.get(issue.key + a.title, date.min)]
    if not options:
        return
    template = rng.choice(options)
    due = held_on + timedelta(days=rng.randint(*template.due_in))
    month.last_due[issue.key + template.title] = due
    numbers = issue.numbers(slot.day)
    month.planned.append(
        Planned(
            "action",
            f"action:{len(month.planned)}",
            {
                "title": template.title.format(**numbers),
                "description": template.description.format(**numbers),
                "owner": _owner(month, template, attendees),
                "due": due.isoformat(),
                "status": _action_status(rng, due, month.today),
                "priority": template.priority,
                "meeting_id": Ref(meeting),
            },
        )
    )


def _owner(month: _Month, template: ActionTemplate, attendees: list[Person]) -> Any:
    if template.owner == vocab.OWNER_ME:
        return vocab.OWNER_ME
    present = [p for p in attendees if p.org == template.owner]
    staff = present or month.roster.staff.get(template.owner, [])
    return Ref(month.rng.choice(staff).key) if staff else vocab.OWNER_ME


def _action_status(rng: random.Random, due: date, today: date) -> str:
    if due < today:
        # Most past-due work gets done; what is still open is what the officer chases.
        still_open = 0.3 if (today - due).days <= 7 else 0.15
        if rng.random() < still_open:
            return rng.choice(("open", "in-progress", "in-progress", "blocked"))
        return "cancelled" if rng.random() < 0.1 else "done"
    return rng.choice(("done", "open", "open", "open", "in-progress", "in-progress", "blocked"))


def _prepare(month: _Month, slot: _Slot, meeting: str) -> None:
    e = slot.engagement
    due = max(month.today, slot.start.date() - timedelta(days=1))
    fields = {
        "title": _PREPARATION[e.meeting_type].format(title=e.title.removeprefix("KLE: ")),
        "owner": vocab.OWNER_ME,
        "due": due.isoformat(),
        "status": month.rng.choice(("open", "in-progress")),
        "priority": "high" if e.meeting_type == "key-leader-engagement" else "normal",
        "meeting_id": Ref(meeting),
    }
    month.planned.append(Planned("action", f"action:{len(month.planned)}", fields))
