"""Indexes of the HQ pages (issue 11): the organization page, the officer page and the HQ
dashboard read ranges of these and nothing else, so each figure costs what it shows, not
the size of the store (HQ holds 1.8M records).

- `ix_meeting_live_window`: live meetings by start with what the dashboard counts (officer,
  position, the organizations named): a period's engagements are read from the index alone
  (v031 added the organizations: reaching them through `meeting_link` cost a random page per
  meeting, 0.6 s for HQ's 26 weeks).
- `ix_meeting_live_engaged`: a meeting's start and officer by its id, for the meetings an
  organization's links name (the organization page sorts and counts them from the index).
- `ix_meeting_live_area_start`: live meetings by area and start (an area's latest
  engagement is one seek).
- `ix_action_item_open_meeting` / `ix_action_item_open_owner`: the open actions of a
  meeting, of an owner (an organization's open and overdue actions).
- `ix_action_item_open_due_owner`: open actions by due date with their owner (overdue by
  owner over a period).
- `ix_action_item_open_officer_due`: an officer's open actions by due date (overdue).
- `ix_action_item_live_officer_created`: an officer's actions by creation, with when they
  were done (opened and closed per week).

Each ends with the columns of its own WHERE (deleted_at, status): SQLite reads an index
alone only when it holds every column a query names, and a query names them to use a
partial index at all.

Attached to the models' tables, so `SQLModel.metadata.create_all` builds them (the reference
the migration chain is compared with); profiles get them from migration v017.
"""

from __future__ import annotations

from sqlalchemy import Index, Table, text

from db.models import ActionItem, Meeting

# The statuses of an open action (vocab.ACTION_STATUSES less vocab.CLOSED_ACTION_STATUSES,
# sorted; tests/db/test_hq_indexes.py checks): spelled as IN, not as the lists' NOT IN,
# so a list's "open" view never takes these indexes for its own (with statistics the
# planner would, then sort every open action for a page). Queries spell OPEN_WHERE alike.
OPEN_SQL = "('blocked', 'in-progress', 'open')"
OPEN_WHERE = f"deleted_at IS NULL AND status IN {OPEN_SQL}"
_LIVE = text("deleted_at IS NULL")
_OPEN = text(OPEN_WHERE)

_meeting: Table = Meeting.__table__  # type: ignore[attr-defined]
_action: Table = ActionItem.__table__  # type: ignore[attr-defined]
m, a = _meeting.c, _action.c

Index(
    "ix_meeting_live_window",
    m.start_utc,
    m.author_officer,
    m.id,
    m.latitude,
    m.longitude,
    m.grid,
    m.organization_ids,
    m.deleted_at,
    sqlite_where=_LIVE,
)
Index("ix_meeting_live_engaged", m.id, m.start_utc, m.author_officer, m.deleted_at, sqlite_where=_LIVE)
Index("ix_meeting_live_area_start", m.area_id, m.start_utc, m.deleted_at, sqlite_where=_LIVE)
_open_columns = (a.status, a.deleted_at)
Index("ix_action_item_open_meeting", a.meeting_id, a.due, a.id, *_open_columns, sqlite_where=_OPEN)
Index("ix_action_item_open_owner", a.owner, a.due, a.id, *_open_columns, sqlite_where=_OPEN)
Index("ix_action_item_open_due_owner", a.due, a.owner, a.author_officer, *_open_columns, sqlite_where=_OPEN)
Index("ix_action_item_open_officer_due", a.author_officer, a.due, a.id, *_open_columns, sqlite_where=_OPEN)
Index(
    "ix_action_item_live_officer_created",
    a.author_officer,
    a.created_at,
    a.completed_at,
    a.deleted_at,
    sqlite_where=_LIVE,
)
