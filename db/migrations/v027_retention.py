"""Schema version 27: retention (issue 13).

Frozen as released: this SQL must never change. `retention_keep` holds the records an
officer kept past their review date (until when, why; local, never synced). Records due for
review are read oldest change first per kind, and per sensitivity level for the kinds that
carry one: meetings and actions gain the live `updated_at` index organizations and contacts
had since v016, contacts and meetings one on (sensitivity, updated_at), so the Review list's
page is a range of an index that stops after a page, never a scan of 1.8M records.
"""

from __future__ import annotations

from sqlalchemy import Connection

_LIVE = "WHERE deleted_at IS NULL"
_STATEMENTS = (
    "CREATE TABLE retention_keep ("
    " kind VARCHAR NOT NULL,"
    " record_id VARCHAR NOT NULL,"
    " until VARCHAR NOT NULL,"
    " reason VARCHAR NOT NULL,"
    " kept_at VARCHAR NOT NULL,"
    " kept_by VARCHAR NOT NULL,"
    " PRIMARY KEY (kind, record_id))",
    "CREATE INDEX ix_retention_keep_until ON retention_keep (until)",
    f"CREATE INDEX ix_meeting_live_updated ON meeting (updated_at) {_LIVE}",
    f"CREATE INDEX ix_action_item_live_updated ON action_item (updated_at) {_LIVE}",
    f"CREATE INDEX ix_contact_live_level_updated ON contact (sensitivity, updated_at) {_LIVE}",
    f"CREATE INDEX ix_meeting_live_level_updated ON meeting (sensitivity, updated_at) {_LIVE}",
)


def upgrade(conn: Connection) -> None:
    """Add the kept-records table and the indexes retention reads records by."""
    for statement in _STATEMENTS:
        conn.exec_driver_sql(statement)
