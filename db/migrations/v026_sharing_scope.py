"""Schema version 26: a sharing scope on every record kind but areas (issue 13).

Organizations, meetings and action items get the do-not-share mark contacts already had
(`do_not_share`, 0 on every record stored before), and all four get `sharing`, who a shared
record reaches: 'mission' (everyone, as every record stored before) or 'hq' (HQ only, never
relayed to another officer). A partial index over the few HQ-only records answers HQ's relay.

Frozen as released: this SQL must never change.
"""

from __future__ import annotations

from sqlalchemy import Connection

_TABLES = ("organization", "contact", "meeting", "action_item")
_MARKED = ("organization", "meeting", "action_item")

_STATEMENTS = (
    *(f"ALTER TABLE {t} ADD COLUMN do_not_share BOOLEAN DEFAULT 0 NOT NULL" for t in _MARKED),
    *(f"ALTER TABLE {t} ADD COLUMN sharing VARCHAR DEFAULT 'mission' NOT NULL" for t in _TABLES),
    *(f"CREATE INDEX ix_{t}_hq_only ON {t} (author_device) WHERE sharing = 'hq'" for t in _TABLES),
)


def upgrade(conn: Connection) -> None:
    for statement in _STATEMENTS:
        conn.exec_driver_sql(statement)
