"""What the action register shows: the open actions overdue and due soon, and who owns them.

Both lists are ranges of ix_action_item_open_due (open live actions by due date), capped at
LIST_LIMIT rows each while their counts stay whole; "by owner" counts the rows listed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text
from sqlmodel import Session, col, select

from db.models import ActionItem
from liaison_app.services.reports import marking, people
from liaison_app.services.reports.people import ActionRow
from liaison_app.services.reports.words import owner_word
from liaison_app.store import Store

LIST_LIMIT = 500
DUE_SOON_DAYS = 14
# The open dated actions, as ix_action_item_open_due's WHERE spells them (db/live_counts.py).
_OPEN_DATED = "deleted_at IS NULL AND status NOT IN ('cancelled', 'done') AND (due IS NULL) = 0"


@dataclass(frozen=True, slots=True)
class Section:
    """Action rows (at most LIST_LIMIT) of `total`, most urgent first."""

    rows: tuple[ActionRow, ...]
    total: int


@dataclass(frozen=True, slots=True)
class ActionRegister:
    """Everything the action register shows."""

    marking: str
    on: date
    soon_until: date
    overdue: Section
    due_soon: Section
    by_owner: tuple[tuple[str, int, int], ...]  # (owner as worded, overdue, due soon), most overdue first


def gather(
    store: Store, *, on: date | None = None, days: int = DUE_SOON_DAYS, limit: int = LIST_LIMIT
) -> ActionRegister:
    """The register for the day `on` (today), due soon meaning within `days` days, each
    list at most `limit` rows."""
    day = on or date.today()
    until = day + timedelta(days=days)
    with store.session() as s:
        overdue, overdue_levels = _section(s, "due < :low", {"low": day.isoformat()}, limit)
        soon, soon_levels = _section(
            s, "due >= :low AND due <= :high", {"low": day.isoformat(), "high": until.isoformat()}, limit
        )
    late = Counter(owner_word(a) for a in overdue.rows)
    coming = Counter(owner_word(a) for a in soon.rows)
    owners = sorted(set(late) | set(coming), key=lambda o: (-late[o], -coming[o], o.casefold()))
    return ActionRegister(
        marking=marking.levels(store).highest([*overdue_levels, *soon_levels]),
        on=day,
        soon_until=until,
        overdue=overdue,
        due_soon=soon,
        by_owner=tuple((o, late[o], coming[o]) for o in owners),
    )


def _section(
    session: Session, condition: str, params: dict[str, str], limit: int
) -> tuple[Section, tuple[str, ...]]:
    where = f"{_OPEN_DATED} AND {condition}"
    conn = session.connection()
    source = "FROM action_item INDEXED BY ix_action_item_open_due"
    total = int(conn.execute(text(f"SELECT count(*) {source} WHERE {where}"), params).scalar_one())
    ids = [
        str(i)
        for (i,) in conn.execute(
            text(f"SELECT id {source} WHERE {where} ORDER BY (due IS NULL), due, id LIMIT :limit"),
            {"limit": limit, **params},
        )
    ]
    found: dict[str, ActionItem] = {}
    for part in people.chunks(ids):
        found.update((a.id, a) for a in session.exec(select(ActionItem).where(col(ActionItem.id).in_(part))))
    rows, levels = people.action_rows(session, [found[i] for i in ids if i in found])
    return Section(rows, total), levels
