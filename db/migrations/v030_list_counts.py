"""Schema version 30: a filtered list's counts kept by triggers (`list_count`).

Frozen as released: this SQL must never change. Live records per (table, area, recording
device, open), seeded from the tables once (at HQ a grouped read of 1.78M rows) and kept by
triggers on each record table, so a province's count, or the open actions', reads a few
hundred rows of this table instead of walking an index of 500,000 entries (db/list_counts.py).
"""

from __future__ import annotations

from sqlalchemy import Connection

_OPEN = "coalesce({row}.status NOT IN ('cancelled', 'done'), 1)"
_TABLES = (
    ("organization", "area_id", "1"),
    ("contact", "area_id", "1"),
    ("meeting", "area_id", "1"),
    ("action_item", "meeting_area", _OPEN),
)


def _key(table: str, area: str, opened: str, row: str) -> tuple[str, ...]:
    return (
        f"'{table}'",
        f"coalesce({row}.{area}, '')",
        f"coalesce({row}.author_device, '')",
        opened.format(row=row),
    )


def _statements() -> list[str]:
    found = [
        "CREATE TABLE list_count (tbl VARCHAR NOT NULL, area VARCHAR NOT NULL, device VARCHAR NOT NULL,"
        " open INTEGER NOT NULL, live INTEGER NOT NULL, PRIMARY KEY (tbl, area, device, open)) WITHOUT ROWID"
    ]
    for table, area, opened in _TABLES:
        new, old = _key(table, area, opened, "NEW"), _key(table, area, opened, "OLD")
        old_key = "tbl = {} AND area = {} AND device = {} AND open = {}".format(*old)
        add_new = (
            f"INSERT INTO list_count (tbl, area, device, open, live) SELECT {', '.join(new)}, 1"
            " WHERE NEW.deleted_at IS NULL ON CONFLICT DO UPDATE SET live = live + 1;"
        )
        moved = (
            f"(OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.{area} IS NOT NEW.{area}"
            f" OR OLD.author_device IS NOT NEW.author_device OR ({old[3]}) IS NOT ({new[3]})"
        )
        columns = f"deleted_at, {area}, author_device" + (", status" if opened != "1" else "")
        counted = ", ".join(_key(table, area, opened, "t"))
        name = f"list_count_{table}"
        found += [
            f"INSERT INTO list_count (tbl, area, device, open, live) SELECT {counted},"
            f" count(*) FROM {table} t WHERE t.deleted_at IS NULL GROUP BY 2, 3, 4",
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} WHEN NEW.deleted_at IS NULL"
            f" BEGIN {add_new} END",
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} WHEN OLD.deleted_at IS NULL BEGIN"
            f" UPDATE list_count SET live = live - 1 WHERE {old_key}; END",
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {columns} ON {table} WHEN {moved} BEGIN"
            f" UPDATE list_count SET live = live - 1 WHERE OLD.deleted_at IS NULL AND {old_key};"
            f" {add_new} END",
        ]
    return found


def upgrade(conn: Connection) -> None:
    """Add the kept list counts, counted from the tables, and the triggers that keep them."""
    for statement in _statements():
        conn.exec_driver_sql(statement)
