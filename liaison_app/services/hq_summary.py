"""The HQ dashboard's figures over a period (the last 26 weeks by default): engagements per
week by officer and by organization type, overdue actions by owner, where engagements took
place, and each officer's last-heard-from (`liaison hq summary`, the GUI's HQ dashboard).

Every figure is an aggregate of a range of an index (db/hq_indexes.py) bounded by the
period: at HQ (1.8M records) the whole summary reads a few tens of thousands of index
entries, never a table. The JSON shape of `as_json` is a contract (docs/SYNC.md's sibling,
README "HQ summary"): keys are only ever added.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from db.hq_indexes import OPEN_WHERE
from liaison_app import vocab
from liaison_app.clock import today
from liaison_app.services import hq_areas, hq_locations, hq_officers
from liaison_app.services.hq_areas import AreaQuiet, AreaShape
from liaison_app.services.hq_locations import Places
from liaison_app.services.hq_officers import Officer
from liaison_app.services.hq_period import DAY_SQL, Period, counts_by_week, period
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store

TOP_OWNERS = 15  # overdue by owner: the owners with most, then the rest as one number

_WINDOW = "deleted_at IS NULL AND start_utc >= :low AND start_utc < :high"
_BY_OFFICER = (
    f"SELECT author_officer, {DAY_SQL.format(column='start_utc')}, count(*)"
    f" FROM meeting INDEXED BY ix_meeting_live_window WHERE {_WINDOW} GROUP BY 1, 2"
)
# A meeting counts once per type among the organizations it names; one that names none held
# here, among its attendees' organizations (the organizations are few and cached; contacts are
# looked up only for the meetings that name none, set apart first). What a meeting names is in
# the window index itself: through `meeting_link` each meeting cost a random page (0.6 s at HQ).
_BY_ORG_TYPE = (
    f"WITH w(id, day, orgs) AS MATERIALIZED (SELECT id, {DAY_SQL.format(column='start_utc')},"
    f" organization_ids FROM meeting INDEXED BY ix_meeting_live_window WHERE {_WINDOW}),"
    " named(id, day, org_type) AS MATERIALIZED (SELECT w.id, w.day, o.org_type"
    " FROM w CROSS JOIN json_each(w.orgs) j CROSS JOIN organization o ON o.id = j.value),"
    " bare(id, day) AS MATERIALIZED (SELECT id, day FROM w WHERE id NOT IN (SELECT id FROM named)),"
    " attended(id, day, org_type) AS (SELECT b.id, b.day, o.org_type"
    " FROM bare b CROSS JOIN meeting_link l ON l.meeting_id = b.id CROSS JOIN contact c ON c.id = l.record_id"
    " CROSS JOIN organization o ON o.id = c.organization_id)"
    " SELECT org_type, day, count(DISTINCT id) FROM (SELECT * FROM named UNION ALL SELECT * FROM attended)"
    " GROUP BY 1, 2"
)
# Open actions due in the period and before today, by owner ("me": the officer who recorded it):
# the owners with most, and all of them counted apart (HQ's 26 weeks have 41k owners: shipping
# each to Python for a sum cost more than the count of the range).
_OVERDUE_RANGE = (
    "FROM action_item INDEXED BY ix_action_item_open_due_owner"
    f" WHERE {OPEN_WHERE} AND due >= :low AND due < :high"
)
_OVERDUE = (
    "SELECT CASE WHEN owner = :me THEN 'officer' WHEN owner IS NULL THEN 'none' ELSE 'contact' END,"
    f" CASE WHEN owner = :me THEN author_officer ELSE coalesce(owner, '') END, count(*) {_OVERDUE_RANGE}"
    " GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT :top"
)
_OVERDUE_TOTAL = f"SELECT count(*) {_OVERDUE_RANGE}"


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a per-week figure: its key (an officer's name, an organization type's
    code), the count per week of the period, and their sum."""

    key: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class OwnerOverdue:
    """An owner's overdue actions: a contact (by id), an officer ('me' on their device), or none."""

    owner: str  # 'contact' | 'officer' | 'none'
    id: str  # the contact's id, the officer's name, '' for none
    name: str  # the contact's name ('' if not held here), the officer's name
    count: int


@dataclass(frozen=True, slots=True)
class OfficerLine:
    """An officer as the dashboard lists them: when last heard from, engagements in the period."""

    officer: Officer
    engagements: int


@dataclass(frozen=True, slots=True)
class Summary:
    """Everything the HQ dashboard draws, for one period."""

    period: Period
    by_officer: tuple[Series, ...]  # most engagements first
    by_org_type: tuple[Series, ...]  # in vocab.ORG_TYPES order, types with none left out
    overdue: tuple[OwnerOverdue, ...]  # the TOP_OWNERS with most
    overdue_total: int
    places: Places
    officers: tuple[OfficerLine, ...]  # quietest first (never heard from, then longest ago)
    quiet_days: int = hq_areas.DEFAULT_QUIET_DAYS
    quiet_areas: tuple[AreaQuiet, ...] = ()  # no engagement in `quiet_days` days, quietest first
    outlines: tuple[AreaShape, ...] = ()  # the areas' outlines, for the places plot
    areas: int = 0  # live areas in the profile (none: the areas figure has nothing to say)

    @property
    def engagements(self) -> int:
        """Meetings that started in the period."""
        return sum(s.total for s in self.by_officer)


def summary(
    store: Store,
    *,
    span: Period | None = None,
    on: date | None = None,
    quiet_days: int = hq_areas.DEFAULT_QUIET_DAYS,
) -> Summary:
    """The HQ figures over `span` (the last 26 weeks); overdue as of the day `on` (today);
    the areas without an engagement in `quiet_days` days."""
    span = span or period()
    params = {"low": span.low_utc, "high": span.high_utc}
    due_high = min(span.end + timedelta(days=1), on or today()).isoformat()
    with cursor(store) as cur:
        by_officer = _series(span, cur.execute(_BY_OFFICER, params).fetchall())
        by_type = _series(span, cur.execute(_BY_ORG_TYPE, params).fetchall())
        due = {"low": span.start.isoformat(), "high": due_high}
        owners = cur.execute(_OVERDUE, {**due, "me": vocab.OWNER_ME, "top": TOP_OWNERS}).fetchall()
        top = _named_owners(cur, owners)
        overdue_total = int(cur.execute(_OVERDUE_TOTAL, due).fetchone()[0])
        places = hq_locations.places(cur, span.low_utc, span.high_utc)
        every_area = hq_areas.last_engagements(cur)
        outlines = hq_areas.shapes(cur)
    engaged = {s.key: s.total for s in by_officer}
    return Summary(
        period=span,
        by_officer=tuple(sorted(by_officer, key=lambda s: (-s.total, s.key.casefold()))),
        by_org_type=tuple(sorted(by_type, key=lambda s: _type_rank(s.key))),
        overdue=top,
        overdue_total=overdue_total,
        places=places,
        officers=_officer_lines(hq_officers.officers(store), engaged),
        quiet_days=quiet_days,
        quiet_areas=hq_areas.quiet_of(every_area, days=quiet_days),
        areas=len(every_area),
        outlines=outlines,
    )


def _series(span: Period, rows: list[Any]) -> list[Series]:
    weeks: dict[str, list[tuple[str, int]]] = {}
    for key, week, count in rows:
        weeks.setdefault(str(key), []).append((str(week), int(count)))
    return [Series(key=key, counts=counts_by_week(span, found)) for key, found in weeks.items()]


def _type_rank(code: str) -> tuple[int, str]:
    order = list(vocab.ORG_TYPES)
    return (order.index(code) if code in order else len(order), code)


def _named_owners(cur: Any, rows: list[Any]) -> tuple[OwnerOverdue, ...]:
    ids = [str(i) for kind, i, _ in rows if kind == "contact"]
    names: dict[str, str] = {}
    if ids:
        marks = ", ".join("?" * len(ids))
        names = {
            str(i): str(n)
            for i, n in cur.execute(f"SELECT id, full_name FROM contact WHERE id IN ({marks})", ids)
        }
    return tuple(
        OwnerOverdue(
            owner=str(kind),
            id=str(i),
            name=names.get(str(i), "") if kind == "contact" else str(i),
            count=int(n),
        )
        for kind, i, n in rows
    )


def _officer_lines(known: list[Officer], engaged: dict[str, int]) -> tuple[OfficerLine, ...]:
    # Officers who recorded engagements but whose device is not known here are listed too.
    named = {o.name for o in known}
    everyone = [*known, *(Officer(name=n, devices=()) for n in engaged if n not in named)]
    lines = [OfficerLine(officer=o, engagements=engaged.get(o.name, 0)) for o in everyone]
    # Quietest first: never heard from (and not this device), then heard from longest ago.
    own = [line for line in lines if any(d.own for d in line.officer.devices)]
    others = [line for line in lines if line not in own]
    others.sort(key=lambda line: (line.officer.last_heard or "", line.officer.name.casefold()))
    return (*others, *own)


def as_json(found: Summary) -> dict[str, Any]:
    """The summary as the stable JSON of `liaison hq summary --json` (README documents it)."""
    span = found.period
    return {
        "from": span.start.isoformat(),
        "to": span.last_day,
        "weeks": list(span.weeks),
        "engagements": {
            "total": found.engagements,
            "by_officer": [_series_json("officer", s) for s in found.by_officer],
            "by_org_type": [_series_json("org_type", s) for s in found.by_org_type],
        },
        "overdue_by_owner": {
            "total": found.overdue_total,
            "owners": [
                {"owner": o.owner, "id": o.id or None, "name": o.name, "count": o.count}
                for o in found.overdue
            ],
        },
        "locations": {
            "unplaced": found.places.unplaced,
            "squares": [
                {"grid": p.grid, "latitude": p.latitude, "longitude": p.longitude, "count": p.count}
                for p in found.places.places
            ],
        },
        "officers": [
            {
                "officer": line.officer.name,
                "last_heard_from": line.officer.last_heard,
                "engagements": line.engagements,
                "devices": [
                    {"id": d.device_id, "name": d.device_name, "last_heard_from": d.last_heard, "own": d.own}
                    for d in line.officer.devices
                ],
            }
            for line in found.officers
        ],
        "quiet_areas": {
            "days": found.quiet_days,
            "areas": [
                {
                    "id": q.area.id,
                    "name": q.area.name,
                    "pcode": q.area.pcode,
                    "level": q.area.level,
                    "last_engagement": q.last,
                    "days": q.days,
                }
                for q in found.quiet_areas
            ],
        },
    }


def _series_json(name: str, series: Series) -> dict[str, Any]:
    return {name: series.key, "total": series.total, "counts": list(series.counts)}
