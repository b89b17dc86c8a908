"""The dashboard's counts come from `live_count`, kept by triggers, and its action panels from
a range of `ix_action_item_open_due`: both must say exactly what a scan of the tables says,
after every write path (record services, trash and restore, purge, a sync merge, bulk SQL)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from db import live_counts, migrations
from db.engine import open_engine
from db.migrations import v013_dashboard_counts
from liaison_app import vocab
from liaison_app.services import dashboard, listing, records
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce, send

_KINDS = {
    "org": "organization",
    "contact": "contact",
    "meeting": "meeting",
    "action": "action_item",
    "area": "area",
}


def scanned(store: Store) -> dict[str, int]:
    """Live records per kind, counted from the tables (what the dashboard used to run)."""
    with cursor(store) as cur:
        return {
            kind: int(cur.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])
            for kind, table in _KINDS.items()
        }


def shown(store: Store) -> dict[str, int]:
    return dashboard.overview(store).counts


def insert_bare(conn: Connection, table: str, record_id: str, deleted_at: str | None = None) -> None:
    """A row by plain SQL, as a bulk writer makes it: every NOT NULL column filled."""
    values: dict[str, object] = {"id": record_id, "deleted_at": deleted_at}
    for _cid, name, kind, notnull, default, _pk in conn.exec_driver_sql(f"PRAGMA table_info({table})"):
        if notnull and default is None and name not in values:
            values[name] = 0 if kind.upper() in ("INTEGER", "BOOLEAN") else ""
    names = ", ".join(values)
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in values)})", tuple(values.values())
    )


def some_records(store: Store) -> dict[str, str]:
    org = records.add(store, "org", {"name": "WFP"})
    contact = records.add(store, "contact", {"full_name": "Jean Mukendi", "organization_id": org.id})
    meeting = records.add(store, "meeting", {"title": "Convoy planning", "start": "2026-11-24T10:00+01:00"})
    action = records.add(store, "action", {"title": "Send the list", "meeting_id": meeting.id})
    return {"org": org.id, "contact": contact.id, "meeting": meeting.id, "action": action.id}


def test_given_a_new_profile_then_every_count_is_zero(store: Store) -> None:
    assert shown(store) == {"org": 0, "contact": 0, "meeting": 0, "action": 0, "area": 0} == scanned(store)


def test_given_records_added_deleted_restored_and_purged_then_the_counts_follow_each_step(
    store: Store,
) -> None:
    ids = some_records(store)
    records.add(store, "contact", {"full_name": "Amina Haddad"})
    assert shown(store) == scanned(store) == {"org": 1, "contact": 2, "meeting": 1, "action": 1, "area": 0}
    for kind, record_id in ids.items():
        records.delete_record(store, kind, record_id)
    assert shown(store) == scanned(store) == {"org": 0, "contact": 1, "meeting": 0, "action": 0, "area": 0}
    records.restore(store, "contact", ids["contact"])
    records.restore(store, "meeting", ids["meeting"])
    assert shown(store) == scanned(store) == {"org": 0, "contact": 2, "meeting": 1, "action": 0, "area": 0}
    records.purge(store)  # the org and the action go for good: tombstones did not count
    assert shown(store) == scanned(store)
    records.edit(store, "contact", ids["contact"], {"position": "Head of office"})
    assert shown(store) == scanned(store)


def test_given_records_deleted_and_restored_on_another_device_then_the_merge_keeps_the_counts_true(
    device: Factory,
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    ids = some_records(anna)
    extra = records.add(anna, "contact", {"full_name": "Amina Haddad"})
    send(anna, hq)
    assert shown(hq) == scanned(hq) == {"org": 1, "contact": 2, "meeting": 1, "action": 1, "area": 0}
    records.delete_record(anna, "contact", extra.id)
    records.delete_record(anna, "action", ids["action"])
    send(anna, hq)
    assert shown(hq) == scanned(hq) == {"org": 1, "contact": 1, "meeting": 1, "action": 0, "area": 0}
    records.restore(anna, "action", ids["action"])
    records.edit(anna, "meeting", ids["meeting"], {"title": "Convoy planning (moved)"})
    send(anna, hq)
    assert shown(hq) == scanned(hq) == {"org": 1, "contact": 1, "meeting": 1, "action": 1, "area": 0}
    records.purge(hq)
    assert shown(hq) == scanned(hq)


def test_given_rows_written_by_bulk_sql_then_the_triggers_count_them(store: Store) -> None:
    with store.session() as s:
        conn = s.connection()
        insert_bare(conn, "organization", "o1")
        insert_bare(conn, "organization", "o2")
        conn.exec_driver_sql("UPDATE organization SET deleted_at = 'x' WHERE id = 'o1'")
        conn.exec_driver_sql("UPDATE organization SET name = 'Uno' WHERE id = 'o1'")  # still deleted
        conn.exec_driver_sql("DELETE FROM organization WHERE id = 'o2'")
        conn.exec_driver_sql("UPDATE organization SET deleted_at = NULL WHERE id = 'o1'")
        s.commit()
    assert shown(store) == scanned(store) == {"org": 1, "contact": 0, "meeting": 0, "action": 0, "area": 0}


def test_given_a_profile_with_records_when_upgraded_then_the_counts_start_from_its_rows(
    tmp_path: Path,
) -> None:
    engine = open_engine(tmp_path / "old.db", os.urandom(32))
    before = migrations.MIGRATIONS.index(v013_dashboard_counts.upgrade)
    migrations.migrate(engine, to=before)
    with engine.begin() as conn:
        for n, deleted in enumerate((None, None, "2026-01-01T00:00:00Z")):
            insert_bare(conn, "contact", f"c{n}", deleted)
    migrations.migrate(engine)
    with engine.connect() as conn:
        counts = live_counts.read(conn.connection.driver_connection)
    engine.dispose()
    assert counts == {"organization": 0, "contact": 2, "meeting": 0, "action_item": 0, "area": 0}


def test_given_actions_of_every_status_and_date_then_the_panels_list_the_open_ones_as_a_scan_would(
    store: Store,
) -> None:
    today = date(2026, 11, 24)
    statuses = sorted(vocab.ACTION_STATUSES)
    for n in range(40):
        due = None if n % 7 == 0 else (today + timedelta(days=n % 13 - 6)).isoformat()
        records.add(
            store, "action", {"title": f"Action {n:02}", "due": due, "status": statuses[n % len(statuses)]}
        )
    gone = records.add(store, "action", {"title": "Deleted", "due": today.isoformat()})
    records.delete_record(store, "action", gone.id)
    view = dashboard.overview(store, on=today, limit=5)
    with cursor(store) as cur:
        rows = cur.execute(
            "SELECT id, due FROM action_item WHERE deleted_at IS NULL AND due IS NOT NULL"
            " AND status NOT IN ('done', 'cancelled') ORDER BY due, id"
        ).fetchall()
    day, week = today.isoformat(), (today + timedelta(days=7)).isoformat()
    assert [a.id for a in view.overdue] == [i for i, due in rows if due < day][:5]
    assert [a.id for a in view.due_soon] == [i for i, due in rows if day <= due <= week][:5]
    assert view.overdue and view.due_soon


def test_the_open_actions_index_spells_the_closed_statuses_of_the_vocabulary() -> None:
    closed = ", ".join(f"'{s}'" for s in sorted(vocab.CLOSED_ACTION_STATUSES))
    assert f"({closed})" == live_counts.CLOSED_SQL


def test_the_action_panels_and_the_open_actions_list_read_the_index_in_order(store: Store) -> None:
    some_records(store)
    first_page = listing.ids_query(listing.ListQuery("action", filters={"open": ""}), limit=100)
    assert first_page is not None
    queries: list[tuple[str, Any]] = [
        (dashboard.ACTIONS_SQL.format(condition=dashboard.OVERDUE), ("me", "2026-11-24", 50)),
        (dashboard.ACTIONS_SQL.format(condition=dashboard.DUE_SOON), ("me", "2026-11-24", "2026-12-01", 50)),
        first_page,
    ]
    with store.session() as s:
        for sql, params in queries:
            lines = [
                str(row[3]) for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
            ]
            assert any("USING INDEX ix_action_item_open_due" in line for line in lines), lines
            assert not any("TEMP B-TREE" in line for line in lines), lines
