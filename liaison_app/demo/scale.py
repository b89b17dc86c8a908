"""Generated profiles at benchmark scale: `liaison demo --scale field|hq [--seed N]`.

A field profile is one officer's ~10k records; an HQ profile holds the work of 50 officers
over five years (1.78M records), received from their devices. Both are planned from a seeded
generator over the month demo's vocabulary (names, organizations, places, issues) and
written by `demo.bulk` straight into the project's tables, with the sync metadata a real
store of that history holds (signed changesets, heads, version vector, peers), because
going through the record services would take hours at HQ scale.

Each officer is planned and written on its own (about 36k records at HQ), so memory does
not grow with the profile.
"""

from __future__ import annotations

import bisect
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta, timezone
from typing import Any

from liaison_app import settings, vocab
from liaison_app.clock import utc_iso
from liaison_app.demo import areas as demo_areas
from liaison_app.demo import bulk
from liaison_app.demo.issues import ISSUES
from liaison_app.demo.names import NAME_POOLS
from liaison_app.demo.organizations import ORGANIZATIONS, OrgSpec
from liaison_app.demo.places import SITES, TOWNS, UTC_OFFSET
from liaison_app.store import Store
from sync import collector

RECORDS_PER_DAY = 20  # an officer's records per working day (1.78M / 50 officers / 5 years)
FRACTION_ENV = "LIAISON_DEMO_FRACTION"


@dataclass(frozen=True, slots=True)
class ScaleProfile:
    """How many records of each kind, from how many officers, over how many days."""

    name: str
    officers: int
    organizations: int
    contacts: int
    meetings: int
    actions: int
    days: int

    @property
    def records(self) -> int:
        return self.organizations + self.contacts + self.meetings + self.actions


# The shares of each kind are those of the HQ store measured in issue 10.
FIELD = ScaleProfile("field", 1, 60, 2_890, 1_650, 5_400, 500)
HQ = ScaleProfile("hq", 50, 3_000, 516_000, 294_000, 968_000, 5 * 365)
PROFILES = {p.name: p for p in (FIELD, HQ)}


def scaled(profile: ScaleProfile, fraction: float) -> ScaleProfile:
    """The same shape with every count (officers and days too, at least 1) times `fraction`:
    a small HQ for tests and CI."""
    if fraction >= 1:
        return profile

    def part(n: int) -> int:
        return max(1, round(n * fraction))

    officers = max(1, min(profile.officers, round(profile.officers * fraction**0.5)))
    return replace(
        profile,
        officers=officers,
        organizations=max(officers, part(profile.organizations)),
        contacts=part(profile.contacts),
        meetings=part(profile.meetings),
        actions=part(profile.actions),
        days=max(1, round(profile.days * fraction**0.5)),
    )


@dataclass(frozen=True, slots=True)
class _Span:
    """The days of a history: day 0 starts at `first` (midnight UTC)."""

    first: datetime
    days: int


@dataclass(frozen=True, slots=True)
class Planned:
    """One record to write: its kind, id, day of the officer's history and every field."""

    kind: str
    id: str
    day: int
    values: dict[str, Any]


def generate(
    store: Store,
    profile: ScaleProfile,
    *,
    seed: int = 1,
    end: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Fill the empty `store` with `profile`'s records; returns counts per kind.

    With one officer the records are this device's own work; with several they come from
    generated officers' devices, trusted here as peers, as an HQ store receives them.
    `end` is the last day of the history (default: now).
    """
    bulk.require_empty(store)
    rng = random.Random(seed)
    last = end or datetime.now(UTC)
    # Midnight UTC of the history's first day: records and their changesets share its days.
    first = datetime.combine((last - timedelta(days=profile.days)).date(), time(), UTC)
    with store.session() as s:
        levels: list[str] = settings.get(s, "sensitivity_levels")
    own = profile.officers == 1
    counts = {"org": 0, "contact": 0, "meeting": 0, "action": 0, "area": 0}
    # The areas draw on their own generator, so every other record is what it was before.
    area_rng = random.Random(f"areas:{seed}")
    area_plan = _areas(area_rng)
    districts = [a.id for a in area_plan if a.values["level"] == "adm2"]
    indexes = bulk.set_indexes_aside(store)
    try:
        # Plans and rows are millions of small objects freed by reference counting: a full
        # collection walks them all again and finds no cycle (4% of an HQ build).
        with collector.paused():
            deps: dict[str, int] = {}
            if not own:
                # HQ wrote the mission's areas (its own first changeset), which officers' records name.
                bulk.write_officer(store, bulk.own_author(store), area_plan, first)
                deps = {store.author.device_id: 1}
            counts["area"] = len(area_plan)
            for n in range(profile.officers):
                author = bulk.own_author(store) if own else bulk.generated_author(rng, n)
                home = districts[n % len(districts)]
                plan = [
                    *(area_plan if own else ()),
                    *_in_areas(area_rng, _plan_officer(rng, profile, n, levels, first), home, districts),
                ]
                bulk.write_officer(store, author, plan, first, deps=deps)
                if not own:
                    _assign(store, author.identity.device_id, home)
                for item in plan:
                    if item.kind != "area":
                        counts[item.kind] += 1
                if progress:
                    progress(n + 1, profile.officers)
    finally:
        bulk.finish(store, indexes)  # also after a failure: the profile keeps every index
    return counts


def _areas(rng: random.Random) -> list[Planned]:
    """The demo mission's areas, each after the area it lies in (day 0 of the history)."""
    ids = {a.key: _id(rng) for a in demo_areas.AREAS}
    return [
        Planned("area", ids[a.key], 0, demo_areas.fields(a, ids[a.parent] if a.parent else None))
        for a in demo_areas.AREAS
    ]


# An officer works mostly in their own district: most of their records lie in it.
_HOME_SHARE = 0.85


def _in_areas(
    rng: random.Random, plan: Iterator[Planned], home: str, districts: list[str]
) -> Iterator[Planned]:
    for item in plan:
        if item.kind in ("org", "contact", "meeting"):
            item.values["area_id"] = home if rng.random() < _HOME_SHARE else rng.choice(districts)
        yield item


def _assign(store: Store, device_id: str, area_id: str) -> None:
    """HQ's assignment of the officer's home district (its area of responsibility)."""
    with store.session() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO area_assignment (device_id, area_id, assigned_at) VALUES (?, ?, ?)",
            (device_id, area_id, utc_iso(datetime.now(UTC))),
        )
        s.commit()


def _share(total: int, officers: int, n: int) -> int:
    return total // officers + (1 if n < total % officers else 0)


def _plan_officer(
    rng: random.Random, p: ScaleProfile, n: int, levels: list[str], first: datetime
) -> Iterator[Planned]:
    span = _Span(first, p.days)
    orgs = [_org(rng, i) for i in range(_share(p.organizations, p.officers, n))]
    yield from orgs
    contacts = sorted(
        (_contact(rng, orgs, p.days, levels) for _ in range(_share(p.contacts, p.officers, n))),
        key=lambda c: c.day,
    )
    yield from contacts
    contact_days = [c.day for c in contacts]
    meetings = sorted(
        (
            _meeting(rng, orgs, contacts, contact_days, span, levels)
            for _ in range(_share(p.meetings, p.officers, n))
        ),
        key=lambda m: m.day,
    )
    yield from meetings
    for _ in range(_share(p.actions, p.officers, n)):
        yield _action(rng, rng.choice(meetings) if meetings else None, contacts, span)


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _round_robin() -> tuple[int, ...]:
    """Indexes of ORGANIZATIONS taking one of each type in turn: an officer's first few
    organizations (a small fraction of the HQ profile) are then of every type, not all UN."""
    by_type: dict[str, list[int]] = {}
    for index, spec in enumerate(ORGANIZATIONS):
        by_type.setdefault(spec.org_type, []).append(index)
    queues = list(by_type.values())
    order: list[int] = []
    while any(queues):
        order.extend(queue.pop(0) for queue in queues if queue)
    return tuple(order)


_SPREAD = _round_robin()


def _spec(i: int) -> OrgSpec:
    return ORGANIZATIONS[_SPREAD[i % len(_SPREAD)]]


def _org(rng: random.Random, i: int) -> Planned:
    spec = _spec(i)
    town = rng.choice(list(TOWNS.values())).name
    # Each officer's catalogue holds the province's organizations and their local branches.
    name = spec.name if i < len(ORGANIZATIONS) else f"{spec.name}, {town} branch {i // len(ORGANIZATIONS)}"
    values = {
        "name": name,
        "acronym": spec.acronym,
        "org_type": spec.org_type,
        "sectors": sorted(set(spec.sectors)),  # set-like: stored as cleaned, sorted
        "parent_id": None,
        "notes": spec.notes,
    }
    return Planned("org", _id(rng), 0, values)


def _person(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    pool = rng.choice(list(NAME_POOLS.values()))
    given = rng.choice(pool.male + pool.female)
    family = " ".join(rng.choice(pool.family) for _ in range(pool.parts))
    return f"{given} {family}", pool.languages


def _contact(rng: random.Random, orgs: list[Planned], days: int, levels: list[str]) -> Planned:
    i = rng.randrange(len(orgs))
    org, spec = orgs[i], _spec(i)
    post = rng.choice(spec.posts) if spec.posts else None
    name, languages = _person(rng)
    phone = f"+283 9{rng.randrange(10_000_000):07d}"
    values = {
        "full_name": name,
        "position": post.position if post else "Staff",
        "organization_id": org.id,
        "contact_points": [{"kind": "phone", "label": "Mobile", "value": phone}],
        "languages": sorted(set(languages)),
        "location": rng.choice(list(TOWNS.values())).name,
        "notes": rng.choice(("", "", "Met at the coordination meeting.", spec.notes[:200].strip())),
        "tags": sorted(set(post.tags)) if post else [],
        "sensitivity": rng.choice(levels[:2]),
        "do_not_share": False,  # a record kept off sync would not be in an HQ store at all
        "do_not_contact": False,
    }
    return Planned("contact", _id(rng), rng.randrange(days), values)


def _meeting(
    rng: random.Random,
    orgs: list[Planned],
    contacts: list[Planned],
    contact_days: list[int],
    span: _Span,
    levels: list[str],
) -> Planned:
    day = rng.randrange(span.days)
    # Attendees among the contacts met lately (those created by that day, in day order).
    upto = bisect.bisect_right(contact_days, day)
    known = contacts[max(0, upto - 40) : upto] or contacts[:1]
    issues = rng.sample(list(ISSUES.values()), 2)
    site = rng.choice(list(SITES.values()))
    start = span.first + timedelta(days=day, hours=6, minutes=30 * rng.randrange(16))
    points = [
        {"kind": kind, "text": text.format(**issue.numbers(15))}
        for issue in issues
        for kind in rng.sample(list(vocab.POINT_KINDS), 3)
        for text in issue.points.get(kind, ())[:1]
    ]
    values = {
        "meeting_type": rng.choice(list(vocab.MEETING_TYPES)),
        "title": f"{issues[0].key.replace('_', ' ').title()} follow-up, {TOWNS[site.town].name}",
        "start": _local(start),
        "start_utc": utc_iso(start),
        "end": _local(start + timedelta(hours=1)),
        "end_utc": utc_iso(start + timedelta(hours=1)),
        "location": site.name,
        "grid": "",
        "latitude": site.lat,
        "longitude": site.lon,
        "attendee_ids": sorted({c.id for c in rng.sample(known, min(len(known), 3))}),
        "organization_ids": sorted({o.id for o in rng.sample(orgs, min(len(orgs), 2))}),
        "purpose": "Review of open points with the counterparts concerned.",
        "points": points,
        "assessment": " ".join(a for issue in issues for a in issue.assessments[:1]),
        "status": rng.choice(list(vocab.MEETING_STATUSES)),
        "sensitivity": rng.choice(levels),
    }
    return Planned("meeting", _id(rng), day, values)


def _action(rng: random.Random, meeting: Planned | None, contacts: list[Planned], span: _Span) -> Planned:
    issue = rng.choice([i for i in ISSUES.values() if i.actions])
    template = rng.choice(issue.actions)
    day = meeting.day if meeting else rng.randrange(span.days)
    due = span.first + timedelta(days=day + rng.randint(*template.due_in))
    status = rng.choice(list(vocab.ACTION_STATUSES))
    values = {
        "title": template.title.format(**issue.numbers(15)),
        "description": template.description.format(**issue.numbers(15)),
        "owner": "me" if template.owner == "me" or not contacts else rng.choice(contacts).id,
        "due": due.date().isoformat(),
        "status": status,
        "priority": template.priority,
        "meeting_id": meeting.id if meeting else None,
        "completed_at": utc_iso(due) if status == "done" else None,
    }
    return Planned("action", _id(rng), day, values)


_LOCAL = timezone(timedelta(hours=int(UTC_OFFSET[1:3])))


def _local(moment: datetime) -> str:
    return moment.astimezone(_LOCAL).isoformat()
