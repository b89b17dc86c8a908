"""What the action register shows: the open actions overdue and due soon, and who owns them.

Both lists are ranges of ix_action_item_open_due (open live actions by due date), capped at
LIST_LIMIT rows each while their counts stay whole; "by owner" counts the rows listed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from liaison_app.services.interop.redaction import Redaction
from liaison_app.services.reports import marking, open_actions, people
from liaison_app.services.reports.people import Listed
from liaison_app.services.reports.words import owner_word
from liaison_app.store import Store

LIST_LIMIT = 500
DUE_SOON_DAYS = 14


@dataclass(frozen=True, slots=True)
class ActionRegister:
    """Everything the action register shows."""

    marking: str
    on: date
    soon_until: date
    overdue: Listed
    due_soon: Listed
    by_owner: tuple[tuple[str, int, int], ...]  # (owner as worded, overdue, due soon), most overdue first


def gather(
    store: Store,
    *,
    on: date | None = None,
    days: int = DUE_SOON_DAYS,
    limit: int = LIST_LIMIT,
    rules: Redaction | None = None,
) -> ActionRegister:
    """The register for the day `on` (today), due soon meaning within `days` days, each
    list at most `limit` rows, under the redaction `rules`."""
    day = on or date.today()
    until = day + timedelta(days=days)
    if rules is not None:
        rules.require_people("the action register")
    with store.session() as s:
        overdue, overdue_levels = _section(s, "due < :low", {"low": day.isoformat()}, limit, rules)
        soon, soon_levels = _section(
            s,
            "due >= :low AND due <= :high",
            {"low": day.isoformat(), "high": until.isoformat()},
            limit,
            rules,
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
    session: Session, condition: str, params: dict[str, str], limit: int, rules: Redaction | None
) -> tuple[Listed, tuple[str, ...]]:
    items, total = open_actions.read(session, condition, params, limit=limit)
    return people.listed(session, items, total, rules)
