"""Open dated actions in due order, read as a range of ix_action_item_open_due: counted
whole, listed up to a limit (the weekly summary's overdue ones, the register's lists)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session, col, select

from db import live_counts
from db.models import ActionItem
from liaison_app.services.reports import people

# The index's own WHERE (SQLite uses a partial index only for a query that repeats it), and
# dated actions only, as its first column says it.
_OPEN_DATED = f"{live_counts.OPEN_ACTIONS_WHERE} AND (due IS NULL) = 0"
_SOURCE = "FROM action_item INDEXED BY ix_action_item_open_due"


def read(
    session: Session, condition: str, params: dict[str, str], *, limit: int, officer: str = ""
) -> tuple[list[ActionItem], int]:
    """The first `limit` open dated actions meeting `condition` (on `due`), most urgent
    first, and how many meet it; only those `officer` recorded when one is named."""
    where = f"{_OPEN_DATED} AND {condition}"
    if officer:
        where += " AND author_officer = :officer"
        params = {**params, "officer": officer}
    conn = session.connection()
    total = int(conn.execute(text(f"SELECT count(*) {_SOURCE} WHERE {where}"), params).scalar_one())
    ids = [
        str(i)
        for (i,) in conn.execute(
            text(f"SELECT id {_SOURCE} WHERE {where} ORDER BY (due IS NULL), due, id LIMIT :limit"),
            {"limit": limit, **params},
        )
    ]
    found: dict[str, ActionItem] = {}
    for part in people.chunks(ids):
        found.update((a.id, a) for a in session.exec(select(ActionItem).where(col(ActionItem.id).in_(part))))
    return [found[i] for i in ids if i in found], total
