"""Schema version 31: the HQ dashboard's window of meetings holds the organizations each one
names (issue 10/11: the HQ dashboard under 1 s at HQ scale).

Frozen as released: this SQL must never change. The engagements by organization type reached
each meeting's organizations through `meeting_link`, a random page of its meeting index per
meeting (0.6-0.9 s for the 28,700 meetings of HQ's 26 weeks); `ix_meeting_live_window` now
ends with `organization_ids`, so the period's meetings and what they name are one range of one
index. Same name, same leading columns: every plan that read it still does.
"""

from __future__ import annotations

from sqlalchemy import Connection

_STATEMENTS = (
    "DROP INDEX ix_meeting_live_window",
    "CREATE INDEX ix_meeting_live_window ON meeting"
    " (start_utc, author_officer, id, latitude, longitude, grid, organization_ids, deleted_at)"
    " WHERE deleted_at IS NULL",
)


def upgrade(conn: Connection) -> None:
    """Rebuild the window index with the organizations each meeting names."""
    for statement in _STATEMENTS:
        conn.exec_driver_sql(statement)
