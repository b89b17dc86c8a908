"""An officer's page at HQ: their activity by week (meetings held, actions opened and
done), when each of their devices was last heard from, their overdue actions and their
areas of responsibility (`liaison hq officer ID`, the GUI's officer page).

An officer's records are those they recorded (`author_officer`, as the lists' "Recorded by"
filter). Each figure is a range of an index (db/hq_indexes.py) over one officer and one
period, so the page costs what it shows, not the size of the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from db.hq_indexes import OPEN_WHERE
from liaison_app.clock import today
from liaison_app.kinds import Kind
from liaison_app.services import areas, hq_officers
from liaison_app.services.hq_officers import Officer
from liaison_app.services.hq_period import DAY_SQL, Period, counts_by_week, period
from liaison_app.services.related import Group, RelatedGroup, RelatedItem
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store

PAGE = 50

_MEETINGS = (
    f"SELECT {DAY_SQL.format(column='start_utc')}, count(*) FROM meeting INDEXED BY ix_meeting_live_window"
    " WHERE deleted_at IS NULL AND start_utc >= ? AND start_utc < ? AND author_officer = ? GROUP BY 1"
)
_OPENED = (
    f"SELECT {DAY_SQL.format(column='created_at')}, count(*)"
    " FROM action_item INDEXED BY ix_action_item_live_officer_created"
    " WHERE deleted_at IS NULL AND author_officer = ? AND created_at >= ? AND created_at < ? GROUP BY 1"
)
_DONE = (
    f"SELECT {DAY_SQL.format(column='completed_at')}, count(*)"
    " FROM action_item INDEXED BY ix_action_item_live_officer_created"
    " WHERE deleted_at IS NULL AND author_officer = ? AND completed_at >= ? AND completed_at < ? GROUP BY 1"
)
_OVERDUE = (
    "FROM action_item INDEXED BY ix_action_item_open_officer_due"
    f" WHERE {OPEN_WHERE} AND author_officer = ? AND due < ?"
)


@dataclass(frozen=True, slots=True)
class Activity:
    """Per week of the period (`weeks`, each week's Monday), what the officer did."""

    weeks: tuple[str, ...]
    meetings: tuple[int, ...]  # meetings they recorded that started that week
    opened: tuple[int, ...]  # actions they recorded that week
    done: tuple[int, ...]  # actions they recorded, marked done that week


@dataclass(frozen=True, slots=True)
class OfficerPage:
    """What the officer page shows."""

    officer: Officer  # name, devices, last heard from
    period: Period
    activity: Activity
    overdue: RelatedGroup  # their open actions due before today, longest overdue first
    areas: tuple[str, ...]  # their areas of responsibility ("North Kivu (CD61)"), by name


def officer_page(
    store: Store, *, who: str, span: Period | None = None, on: date | None = None, limit: int = PAGE
) -> OfficerPage:
    """The page of the officer named by `who` (a device id or prefix, or their name;
    NotFoundError otherwise) over `span` (the last 26 weeks)."""
    officer = hq_officers.find(store, who)
    span = span or period()
    day = (on or today()).isoformat()
    assigned = {a.id: a for d in officer.devices for a in areas.of_officer(store, d.device_id)}
    with cursor(store) as cur:
        return OfficerPage(
            officer=officer,
            period=span,
            activity=activity(cur, officer.name, span),
            overdue=_overdue(cur, officer.name, day, limit),
            areas=tuple(a.title for a in sorted(assigned.values(), key=lambda a: a.name.casefold())),
        )


def activity(cur: Any, officer: str, span: Period) -> Activity:
    """The officer's meetings, opened and done actions per week of `span`."""
    low, high = span.low_utc, span.high_utc
    return Activity(
        weeks=span.weeks,
        meetings=counts_by_week(span, cur.execute(_MEETINGS, (low, high, officer)).fetchall()),
        opened=counts_by_week(span, cur.execute(_OPENED, (officer, low, high)).fetchall()),
        done=counts_by_week(span, cur.execute(_DONE, (officer, low, high)).fetchall()),
    )


def _overdue(cur: Any, officer: str, day: str, limit: int) -> RelatedGroup:
    rows = cur.execute(
        f"SELECT id, title, due, status {_OVERDUE} ORDER BY due, id LIMIT ?", (officer, day, limit)
    ).fetchall()
    total = len(rows)
    if total == limit:  # there may be more: count them (from the same index)
        total = int(cur.execute(f"SELECT count(*) {_OVERDUE}", (officer, day)).fetchone()[0])
    items = tuple(
        RelatedItem(kind=Kind.ACTION, id=i, title=str(t), when=str(d), status=str(s)) for i, t, d, s in rows
    )
    return RelatedGroup(Group.OPEN_ACTIONS, items, total)
