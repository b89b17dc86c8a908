"""The dashboard's day at a glance: meetings today and ahead, actions overdue and due soon,
and what other officers changed lately. Plain data, read in a few indexed queries."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from db import live_counts
from liaison_app import kinds, vocab
from liaison_app.clock import today, utc_iso
from liaison_app.services import sync_view, syncing
from liaison_app.services.display_text import field_label, local_time, shown_fields
from liaison_app.services.snapshot_cursor import cursor as _cursor
from liaison_app.store import Store

# The open live actions, spelled as ix_action_item_open_due's WHERE (SQLite uses a partial
# index only for a query that repeats its condition); vocab's closed statuses, as literals.
# Dated ones only, said as the index's first column says it: the panels are then a range of
# its second column (due), read in order.
_OPEN = f"t.deleted_at IS NULL AND t.status NOT IN {live_counts.CLOSED_SQL} AND (t.due IS NULL) = 0"


@dataclass(frozen=True, slots=True)
class MeetingLine:
    """A meeting as the dashboard lists it."""

    id: str
    start: str  # as stored, with its offset (the GUI writes it as the display setting asks)
    title: str
    location: str


@dataclass(frozen=True, slots=True)
class ActionLine:
    """An open action as the dashboard lists it."""

    id: str
    title: str
    due: str
    status: str  # the stored status code ("open", "blocked"...); the GUI words it
    owner: str  # the owner's name ("me" named as the officer who recorded it), "" for nobody


class ChangeAction(enum.Enum):
    """What another officer did to a record."""

    ADDED = "added"
    CHANGED = "changed"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class ChangeLine:
    """A change another officer made to a record, as the dashboard lists it (the GUI words it:
    '2026-11-24 15:03  HQ (hq-laptop) changed Contact "Jean Mukendi": position')."""

    kind: str
    id: str
    when: str  # local time, 'YYYY-MM-DD HH:MM'
    officer: str  # "" when the officer is unknown here
    device: str  # the device's name, else the start of its id
    action: ChangeAction
    title: str
    fields: tuple[str, ...]  # labels of the fields changed (empty when added or deleted)
    openable: bool  # the record is live here, so double-clicking it opens its editor


@dataclass(frozen=True, slots=True)
class Overview:
    """Everything the dashboard shows."""

    today: list[MeetingLine]
    upcoming: list[MeetingLine]
    overdue: list[ActionLine]
    due_soon: list[ActionLine]
    from_others: list[ChangeLine]
    counts: dict[str, int]


def overview(
    store: Store, *, on: date | None = None, days: int = 7, limit: int = 50, changes: int = 20
) -> Overview:
    """The dashboard for the local day `on` (today) looking `days` ahead, with the latest
    `changes` records other officers changed."""
    day = on or today()
    bounds = [_utc_midnight(day + timedelta(days=n)) for n in (0, 1, days + 1)]
    due_limit = (day + timedelta(days=days)).isoformat()
    with _cursor(store) as cur:
        meetings = _meetings(cur, bounds[0], bounds[2], limit * 2)
        overdue = _actions(cur, OVERDUE, (day.isoformat(),), limit)
        due_soon = _actions(cur, DUE_SOON, (day.isoformat(), due_limit), limit)
        kept = live_counts.read(cur)
        counts = {
            str(kind): kept[str(kind_spec.table.__tablename__)] for kind, kind_spec in kinds.KINDS.items()
        }
    return Overview(
        today=[m for start, m in meetings if start < bounds[1]][:limit],
        upcoming=[m for start, m in meetings if start >= bounds[1]][:limit],
        overdue=overdue,
        due_soon=due_soon,
        from_others=change_lines(store, limit=changes),
        counts=counts,
    )


def _utc_midnight(day: date) -> str:
    # Local midnight as stored UTC text, so "today" follows this machine's calendar.
    return utc_iso(datetime.combine(day, time()).astimezone())


def _meetings(cur: object, low: str, high: str, limit: int) -> list[tuple[str, MeetingLine]]:
    rows = cur.execute(  # type: ignore[attr-defined]
        "SELECT t.start_utc, t.id, t.start, t.title, t.location FROM meeting t"
        " WHERE t.deleted_at IS NULL AND t.start_utc >= ? AND t.start_utc < ?"
        " ORDER BY t.start_utc, t.id LIMIT ?",
        (low, high, limit),
    )
    return [
        (start_utc, MeetingLine(id=i, start=start, title=t, location=loc))
        for start_utc, i, start, t, loc in rows
    ]


# The panels' actions: a range of ix_action_item_open_due in its order, so a page is read,
# not every open action (named: on tiny or absent statistics the planner may take another).
ACTIONS_SQL = (
    "SELECT t.id, t.title, t.due, t.status,"
    " CASE WHEN t.owner = ? THEN t.author_officer ELSE coalesce(c.full_name, '') END"
    " FROM action_item t INDEXED BY ix_action_item_open_due LEFT JOIN contact c ON c.id = t.owner"
    f" WHERE {_OPEN} AND {{condition}}"
    " ORDER BY t.due, t.id LIMIT ?"
)
OVERDUE = "t.due < ?"  # before the day
DUE_SOON = "t.due >= ? AND t.due <= ?"  # the day to the last day looked ahead


def _actions(cur: object, condition: str, params: tuple[str, ...], limit: int) -> list[ActionLine]:
    rows = cur.execute(  # type: ignore[attr-defined]
        ACTIONS_SQL.format(condition=condition), (vocab.OWNER_ME, *params, limit)
    )
    return [ActionLine(id=i, title=t, due=d, status=s, owner=o) for i, t, d, s, o in rows]


def change_lines(store: Store, *, limit: int = 20) -> list[ChangeLine]:
    """The latest changes other officers made, newest first, one line per record."""
    changes = syncing.recent_changes(store, limit=limit)
    names = sync_view.device_names(store)
    return [
        change_line(change, device=names.get(change.device, ("", change.device[:10]))[1])
        for change in changes
    ]


def change_line(change: syncing.ReceivedChange, *, device: str) -> ChangeLine:
    """One received change as data: when, who on which device, what they did to which record
    and, for an edit, which fields."""
    if change.deleted:
        action = ChangeAction.DELETED
    elif change.created:
        action = ChangeAction.ADDED
    else:
        action = ChangeAction.CHANGED
    return ChangeLine(
        kind=change.kind,
        id=change.record_id,
        when=local_time(change.time),
        officer=change.officer,
        device=device,
        action=action,
        title=change.title,
        fields=tuple(field_label(f) for f in shown_fields(change.fields))
        if action is ChangeAction.CHANGED
        else (),
        openable=change.live,
    )
