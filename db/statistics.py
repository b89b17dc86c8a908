"""Planner statistics that are true: measured on filled tables, bounded in cost.

Schema version 2 ran ANALYZE on a new, empty profile; those rows told the planner every
table was tiny, and at HQ it walked the wrong index for 7.7 s (version 8 deletes them).
`refresh` runs `PRAGMA optimize`, which analyzes only the tables whose size changed a lot
since they were last measured and skips empty ones; `analysis_limit` makes it sample
about a thousand rows per index instead of reading them all, so it costs milliseconds
on a field profile and well under a second at HQ. Run it when the store may have
changed shape: when a profile is opened, after a big import or merge, after a demo fill.
"""

from __future__ import annotations

from sqlalchemy import Connection

# Rows sampled per index (SQLite's recommended range is 100-1000): enough to tell a
# column of four statuses from one of 500k names, which is all the list plans need.
ANALYSIS_LIMIT = 1000
# 0x10000: look at every table, not only those this connection has queried; 0x02: analyze.
_OPTIMIZE = "PRAGMA optimize = 0x10002"


def refresh(conn: Connection) -> None:
    """Bring the planner statistics up to date where the tables have changed shape."""
    conn.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    conn.exec_driver_sql(_OPTIMIZE)
