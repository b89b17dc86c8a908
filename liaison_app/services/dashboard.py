"""The dashboard's day at a glance: meetings today and ahead, actions overdue and due soon,
and what other officers recorded lately. Plain data, read in a few indexed queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from liaison_app import vocab
from liaison_app.clock import today, utc_iso
from liaison_app.services.readonly import cursor as _cursor
from liaison_app.store import Store

_CLOSED = tuple(sorted(vocab.CLOSED_ACTION_STATUSES))
_KIND_OF_TABLE = {"organization": "org", "contact": "contact", "meeting": "meeting"}


@dataclass(frozen=True, slots=True)
class MeetingLine:
    """A meeting as the dashboard lists it."""

    id: str
    start: str
    title: str
    location: str


@dataclass(frozen=True, slots=True)
class ActionLine:
    """An open action as the dashboard lists it."""

    id: str
    title: str
    due: str
    status: str
    owner: str


@dataclass(frozen=True, slots=True)
class RecentLine:
    """A record another officer recorded, newest change first."""

    kind: str
    id: str
    title: str
    officer: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Overview:
    """Everything the dashboard shows."""

    today: list[MeetingLine]
    upcoming: list[MeetingLine]
    overdue: list[ActionLine]
    due_soon: list[ActionLine]
    from_others: list[RecentLine]
    counts: dict[str, int]


def overview(store: Store, *, on: date | None = None, days: int = 7, limit: int = 50) -> Overview:
    """The dashboard for the local day `on` (today) looking `days` ahead."""
    day = on or today()
    bounds = [_utc_midnight(day + timedelta(days=n)) for n in (0, 1, days + 1)]
    due_limit = (day + timedelta(days=days)).isoformat()
    with _cursor(store) as cur:
        meetings = _meetings(cur, bounds[0], bounds[2], limit * 2)
        overdue = _actions(cur, "t.due < ?", (day.isoformat(),), limit)
        due_soon = _actions(cur, "t.due >= ? AND t.due <= ?", (day.isoformat(), due_limit), limit)
        from_others = _from_others(cur, store.author.device_id, limit)
        counts = {
            kind: int(cur.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])
            for kind, table in (
                ("org", "organization"),
                ("contact", "contact"),
                ("meeting", "meeting"),
                ("action", "action_item"),
            )
        }
    return Overview(
        today=[m for start, m in meetings if start < bounds[1]][:limit],
        upcoming=[m for start, m in meetings if start >= bounds[1]][:limit],
        overdue=overdue,
        due_soon=due_soon,
        from_others=from_others,
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
        (start_utc, MeetingLine(id=i, start=start[:16].replace("T", " "), title=t, location=loc))
        for start_utc, i, start, t, loc in rows
    ]


def _actions(cur: object, condition: str, params: tuple[str, ...], limit: int) -> list[ActionLine]:
    rows = cur.execute(  # type: ignore[attr-defined]
        "SELECT t.id, t.title, t.due, t.status,"
        " CASE WHEN t.owner = ? THEN 'me' ELSE coalesce(c.full_name, '') END"
        " FROM action_item t LEFT JOIN contact c ON c.id = t.owner"
        f" WHERE t.deleted_at IS NULL AND t.status NOT IN (?, ?) AND {condition}"
        " ORDER BY t.due, t.id LIMIT ?",
        (vocab.OWNER_ME, *_CLOSED, *params, limit),
    )
    return [
        ActionLine(id=i, title=t, due=d, status=vocab.ACTION_STATUSES.get(s, s), owner=o)
        for i, t, d, s, o in rows
    ]


def _from_others(cur: object, my_device: str, limit: int) -> list[RecentLine]:
    # Authorship is per record (who created it); who made the latest edit is not stored yet.
    union = " UNION ALL ".join(
        f"SELECT '{table}', id, {title}, author_officer, updated_at FROM {table}"
        " WHERE deleted_at IS NULL AND author_device != :me"
        for table, title in (
            ("organization", "name"),
            ("contact", "full_name"),
            ("meeting", "title"),
            ("action_item", "title"),
        )
    )
    rows = cur.execute(  # type: ignore[attr-defined]
        f"{union} ORDER BY 5 DESC LIMIT :limit", {"me": my_device, "limit": limit}
    )
    return [
        RecentLine(kind=_KIND_OF_TABLE.get(table, "action"), id=i, title=t, officer=o, updated_at=u)
        for table, i, t, o, u in rows
    ]
