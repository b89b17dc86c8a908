"""Areas at HQ: when each area last had an engagement (a meeting in it or in an area inside
it that has begun), the areas without one in N days, and the areas' outlines for the
places plot.

Areas are few (a mission's adm1/adm2 list: tens to hundreds), so every live area is read;
each one's latest engagement is one seek of `ix_meeting_live_area_start` (db/hq_indexes.py),
then the dates roll up to the areas around it in Python, never a read of the meetings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from liaison_app.clock import now_iso
from liaison_app.services.areas import AreaRef

DEFAULT_QUIET_DAYS = 30

_LATEST = (
    "SELECT max(start_utc) FROM meeting INDEXED BY ix_meeting_live_area_start"
    " WHERE deleted_at IS NULL AND area_id = ? AND start_utc <= ?"
)


@dataclass(frozen=True, slots=True)
class AreaQuiet:
    """An area and its latest engagement (its own or in an area inside it)."""

    area: AreaRef
    last: str | None  # 'YYYY-MM-DD' (UTC) of the latest engagement that has begun; None: never
    days: int | None  # whole days since then; None: never


@dataclass(frozen=True, slots=True)
class AreaShape:
    """Where the places plot draws an area: its outline ([latitude, longitude] points)."""

    name: str
    outline: tuple[tuple[float, float], ...]


def last_engagements(cur: Any, *, now: str | None = None) -> list[AreaQuiet]:
    """Every live area with its latest engagement, quietest first (never, then longest ago)."""
    moment = now or now_iso()
    rows = cur.execute(
        "SELECT id, name, pcode, level, parent_area_id FROM area WHERE deleted_at IS NULL"
    ).fetchall()
    found = {str(r[0]): AreaRef(str(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4]) for r in rows}
    latest: dict[str, str] = {}
    for area_id in found:
        own = cur.execute(_LATEST, (area_id, moment)).fetchone()[0]
        if own:
            _roll_up(latest, found, area_id, str(own))
    today = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    quiet = [
        AreaQuiet(area=ref, last=latest[i][:10] if i in latest else None, days=_days(latest.get(i), today))
        for i, ref in found.items()
    ]
    return sorted(quiet, key=lambda q: (q.last is not None, q.last or "", q.area.name.casefold()))


def quiet_areas(cur: Any, *, days: int = DEFAULT_QUIET_DAYS, now: str | None = None) -> tuple[AreaQuiet, ...]:
    """The areas without an engagement in the last `days` days (or never), quietest first."""
    return quiet_of(last_engagements(cur, now=now), days=days)


def quiet_of(areas: list[AreaQuiet], *, days: int) -> tuple[AreaQuiet, ...]:
    """Those of `areas` without an engagement in the last `days` days (or never)."""
    return tuple(q for q in areas if q.days is None or q.days >= days)


def shapes(cur: Any) -> tuple[AreaShape, ...]:
    """The outlines of the live areas that have one."""
    found = []
    for name, outline in cur.execute(
        "SELECT name, outline FROM area WHERE deleted_at IS NULL AND outline != '[]' ORDER BY name"
    ):
        points = json.loads(outline) if isinstance(outline, str) else outline
        found.append(AreaShape(name=str(name), outline=tuple((float(a), float(b)) for a, b in points)))
    return tuple(found)


def _roll_up(latest: dict[str, str], areas: dict[str, AreaRef], area_id: str, start: str) -> None:
    # The area and every area around it (a parent cycle cannot be stored: finish_area refuses it).
    seen: set[str] = set()
    at: str | None = area_id
    while at is not None and at in areas and at not in seen:
        seen.add(at)
        if latest.get(at, "") < start:
            latest[at] = start
        at = areas[at].parent_area_id


def _days(start: str | None, today: datetime) -> int | None:
    if start is None:
        return None
    return max(0, (today - datetime.fromisoformat(start.replace("Z", "+00:00")).astimezone(UTC)).days)
