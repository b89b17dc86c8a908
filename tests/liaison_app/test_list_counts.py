"""A filtered list's count by area, officer's device and open status comes from `list_count`,
kept by triggers: it must say exactly what the records say after every write path (record
services, trash, restore, purge, a sync merge, bulk SQL, a meeting's area reaching its
actions), and an upgraded profile starts from its rows."""

from __future__ import annotations

import itertools
import os
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from db import list_counts, migrations
from db.engine import open_engine
from db.migrations import v030_list_counts
from liaison_app.services import list_window, listing, records
from liaison_app.services.listing import ListQuery
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store
from tests.conftest import Factory
from tests.liaison_app.test_dashboard_counts import insert_bare
from tests.sync.conftest import introduce, send

ON = date(2026, 11, 25)
Key = tuple[str, str, str, int]


def recounted(conn: Any) -> Counter[Key]:
    """The live rows per key, counted in Python from the record tables themselves (a DB-API
    cursor or connection)."""
    found: Counter[Key] = Counter()
    for counted in list_counts.COUNTED:
        status = "status" if counted.table == "action_item" else "'open'"
        rows = conn.execute(
            f"SELECT {counted.area}, author_device, {status} FROM {counted.table} WHERE deleted_at IS NULL"
        )
        for area, device, state in rows:
            found[(counted.table, area or "", device or "", int(state not in ("done", "cancelled")))] += 1
    return found


def kept(conn: Any) -> Counter[Key]:
    rows = conn.execute("SELECT tbl, area, device, open, live FROM list_count WHERE live <> 0")
    return Counter({(t, a, d, o): n for t, a, d, o, n in rows})


def assert_true(store: Store) -> None:
    with cursor(store) as cur:
        assert kept(cur) == recounted(cur)


def areas(store: Store) -> tuple[str, str]:
    one = records.add(store, "area", {"name": "Kessa", "pcode": "XM0402"}).id
    two = records.add(store, "area", {"name": "Tumbari", "pcode": "XM0403"}).id
    return one, two


def test_given_records_added_moved_closed_deleted_restored_and_purged_then_the_counts_follow(
    store: Store,
) -> None:
    kessa, tumbari = areas(store)
    org = records.add(store, "org", {"name": "WFP", "area_id": kessa})
    contact = records.add(store, "contact", {"full_name": "Jean", "organization_id": org.id})
    convoy = {"title": "Convoy", "start": "2026-11-20T09:00Z", "area_id": kessa}
    meeting = records.add(store, "meeting", convoy)
    action = records.add(store, "action", {"title": "Recce", "meeting_id": meeting.id})
    assert_true(store)
    records.edit(store, "contact", contact.id, {"area_id": tumbari})
    records.edit(store, "meeting", meeting.id, {"area_id": tumbari})  # its action's area follows
    records.edit(store, "action", action.id, {"status": "done"})
    assert_true(store)
    with cursor(store) as cur:
        assert kept(cur)[("action_item", tumbari, store.author.device_id, 0)] == 1
    records.delete_record(store, "contact", contact.id)
    records.delete_record(store, "meeting", meeting.id)
    assert_true(store)
    records.restore(store, "contact", contact.id)
    records.edit(store, "action", action.id, {"status": "open", "meeting_id": None})
    assert_true(store)
    records.purge(store)
    assert_true(store)


def test_given_records_changed_on_another_device_then_the_merge_keeps_the_counts_true(
    device: Factory,
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    kessa, tumbari = areas(hq)
    send(hq, anna)
    convoy = {"title": "Convoy", "start": "2026-11-20T09:00Z", "area_id": kessa}
    meeting = records.add(anna, "meeting", convoy)
    action = records.add(anna, "action", {"title": "Recce", "meeting_id": meeting.id})
    records.add(anna, "contact", {"full_name": "Jean", "area_id": kessa})
    send(anna, hq)
    assert_true(hq)
    records.edit(anna, "meeting", meeting.id, {"area_id": tumbari})
    records.edit(anna, "action", action.id, {"status": "cancelled"})
    send(anna, hq)
    assert_true(hq)
    records.delete_record(anna, "meeting", meeting.id)
    send(anna, hq)
    assert_true(hq)


def test_given_rows_written_by_bulk_sql_then_the_triggers_count_them(store: Store) -> None:
    with store.session() as s:
        conn = s.connection()
        insert_bare(conn, "area", "a1")
        insert_bare(conn, "area", "a2")
        insert_bare(conn, "contact", "c1")
        insert_bare(conn, "contact", "c2")
        conn.exec_driver_sql("UPDATE contact SET area_id = 'a1', author_device = 'd1' WHERE id = 'c1'")
        conn.exec_driver_sql("UPDATE contact SET deleted_at = 'x' WHERE id = 'c2'")
        conn.exec_driver_sql("UPDATE contact SET area_id = 'a2' WHERE id = 'c2'")  # still deleted
        conn.exec_driver_sql("DELETE FROM contact WHERE id = 'c2'")
        insert_bare(conn, "contact", "c3")
        conn.exec_driver_sql("DELETE FROM contact WHERE id = 'c3'")  # a live row, gone for good
        insert_bare(conn, "action_item", "x1")
        conn.exec_driver_sql("UPDATE action_item SET status = 'done' WHERE id = 'x1'")
        s.commit()
    assert_true(store)
    with cursor(store) as cur:
        assert kept(cur) == Counter({("contact", "a1", "d1", 1): 1, ("action_item", "", "", 0): 1})


def test_given_every_combination_of_kept_filters_then_the_count_is_the_lists_own(device: Factory) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    kessa, tumbari = areas(hq)
    send(hq, anna)
    for n, (store, area) in enumerate(itertools.product((hq, anna), (kessa, tumbari, None))):
        meeting = records.add(
            store, "meeting", {"title": f"M{n}", "start": "2026-11-20T09:00Z", "area_id": area}
        )
        records.add(store, "contact", {"full_name": f"C{n}", "area_id": area})
        records.add(store, "org", {"name": f"O{n}", "area_id": area})
        for status in ("open", "done", "in_progress"):
            records.add(store, "action", {"title": f"A{n}", "meeting_id": meeting.id, "status": status})
    send(anna, hq)
    values = {"area": f"{kessa},{tumbari}", "device": anna.author.device_id, "open": "", "done": ""}
    checked = 0
    for kind in ("org", "contact", "meeting", "action"):
        names = sorted(listing.list_spec(kind).kept_counts)
        for size in range(1, len(names) + 1):
            for chosen in itertools.combinations(names, size):
                query = ListQuery(kind, filters={name: values[name] for name in chosen})
                assert listing.kept_count(query) is not None
                expected = len(listing.ordered_ids(hq, query, on=ON))
                assert list_window.count_listed(hq, query, on=ON) == expected, (kind, chosen)
                checked += expected
    assert checked > 0


@pytest.mark.parametrize("value", ["", ","])
def test_given_an_area_filter_naming_no_area_then_nothing_is_counted(store: Store, value: str) -> None:
    records.add(store, "contact", {"full_name": "Jean"})  # no area: kept under ''
    query = ListQuery("contact", filters={"area": value})
    assert list_window.count_listed(store, query, on=ON) == 0 == len(listing.ordered_ids(store, query, on=ON))


def test_given_a_profile_with_records_when_upgraded_then_the_counts_start_from_its_rows(
    tmp_path: Path,
) -> None:
    engine = open_engine(tmp_path / "old.db", os.urandom(32))
    migrations.migrate(engine, to=migrations.MIGRATIONS.index(v030_list_counts.upgrade))
    with engine.begin() as conn:
        insert_bare(conn, "area", "a1")
        for n, deleted in enumerate((None, None, "2026-01-01T00:00:00Z")):
            insert_bare(conn, "contact", f"c{n}", deleted)
        conn.exec_driver_sql("UPDATE contact SET area_id = 'a1', author_device = 'd1' WHERE id = 'c0'")
        insert_bare(conn, "action_item", "x1")
        conn.exec_driver_sql("UPDATE action_item SET status = 'done', author_device = 'd1'")
    migrations.migrate(engine)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert kept(raw) == recounted(raw)
        assert kept(raw) == Counter(
            {("contact", "a1", "d1", 1): 1, ("contact", "", "", 1): 1, ("action_item", "", "d1", 0): 1}
        )
    engine.dispose()
