"""Action-item rules beyond plain editing: status changes and the overdue list."""

from __future__ import annotations

from datetime import date

from sqlmodel import col, select

from db.models import ActionItem
from liaison_app import vocab
from liaison_app.clock import today
from liaison_app.services import records
from liaison_app.store import Store


def set_status(store: Store, action_id: str, status: str) -> ActionItem:
    """Move an action to `status`; done stamps the completion time, reopening clears it."""
    record = set_status_op(store, action_id, status).record
    assert isinstance(record, ActionItem)
    return record


def set_status_op(store: Store, action_id: str, status: str) -> records.Written:
    """`set_status`, saying what changed (for the GUI's screens)."""
    return records.edit_op(store, "action", action_id, {"status": status})


def is_overdue(action: ActionItem, on: date | None = None) -> bool:
    """Not done or cancelled, and its due date has passed."""
    return (
        action.due is not None
        and action.status not in vocab.CLOSED_ACTION_STATUSES
        and action.due < (on or today()).isoformat()
    )


def overdue(store: Store, *, on: date | None = None) -> list[ActionItem]:
    """Live overdue actions, most overdue first."""
    query = (
        select(ActionItem)
        .where(
            col(ActionItem.deleted_at).is_(None),
            col(ActionItem.status).not_in(vocab.CLOSED_ACTION_STATUSES),
            col(ActionItem.due) < (on or today()).isoformat(),
        )
        .order_by(col(ActionItem.due), col(ActionItem.id))
    )
    with store.session() as s:
        return list(s.exec(query))
