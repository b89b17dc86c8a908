"""A filter that keeps most rows (a province at HQ) reads indexes alone: its first page walks
the list's order index testing each entry's area and origin device there, and its count
is a sum of kept counts (db/list_counts.py) (issue 11: a filtered first page under
100 ms at HQ scale). Checked with EXPLAIN QUERY PLAN on a profile without statistics, as a
synced store is, and with statistics measured on a filled one.
"""

from __future__ import annotations

from datetime import date

import pytest

from db import statistics
from liaison_app.services import list_window, records
from liaison_app.services.list_window import ListWindow
from liaison_app.services.listing import ListQuery
from liaison_app.store import Store

ON = date(2026, 11, 25)
AREAS = "a1,a2,a3"  # a province and its districts, as list_filters.area_value gives them
ORDER_INDEX = {
    "org": "ix_organization_live_order",
    "contact": "ix_contact_live_order",
    "meeting": "ix_meeting_live_order",
    "action": "ix_action_item_open_due",  # the action list's default view: open actions
}


def _query(kind: str, **filters: str) -> ListQuery:
    return ListQuery(kind, filters={**({"open": ""} if kind == "action" else {}), **filters})


def _steps(store: Store, found: tuple[str, dict[str, object]] | None) -> list[str]:
    assert found is not None
    sql, params = found
    params = {**params, "page_limit": 100, "page_offset": 0}
    with store.engine.connect() as conn:
        return [str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]


def _fill(store: Store) -> None:
    area = records.add(store, "area", {"name": "Haldara", "pcode": "XM04"}).id
    org = records.add(store, "org", {"name": "WFP", "area_id": area}).id
    contact = records.add(store, "contact", {"full_name": "Jean", "organization_id": org, "area_id": area}).id
    meeting = records.add(
        store, "meeting", {"title": "Convoy", "start": "2026-11-20T09:00:00+00:00", "area_id": area}
    ).id
    action = {"title": "Recce", "owner": contact, "meeting_id": meeting, "due": "2026-11-30"}
    records.add(store, "action", action)


@pytest.mark.parametrize("measured", [False, True], ids=["no statistics", "statistics"])
@pytest.mark.parametrize("kind", list(ORDER_INDEX))
def test_given_a_dense_area_then_its_first_page_walks_the_order_index_alone(
    store: Store, kind: str, measured: bool
) -> None:
    _fill(store)
    if measured:
        with store.session() as s:
            statistics.refresh(s.connection())
            s.commit()
    steps = _steps(store, list_window.page_query(_query(kind, area=AREAS), on=ON, walking=True))
    assert any(f"COVERING INDEX {ORDER_INDEX[kind]}" in step for step in steps), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps
    officer = _query(kind, area=AREAS, device=store.author.device_id)
    steps = _steps(store, list_window.page_query(officer, on=ON, walking=True))
    assert not any("TEMP B-TREE" in step for step in steps), steps


@pytest.mark.parametrize("kind", list(ORDER_INDEX))
@pytest.mark.parametrize("filters", ["area", "device", "area+device"])
def test_given_areas_or_a_device_then_the_count_reads_the_kept_counts_and_no_record(
    store: Store, kind: str, filters: str
) -> None:
    _fill(store)
    values = {"area": AREAS, "device": store.author.device_id}
    query = _query(kind, **{name: values[name] for name in filters.split("+")})
    steps = _steps(store, list_window.count_query(query, on=ON))
    assert any("SEARCH k USING PRIMARY KEY" in step for step in steps), steps
    assert not any(" t " in f" {step} " for step in steps), steps


def test_given_a_filter_the_kept_counts_do_not_hold_then_the_count_reads_the_records(store: Store) -> None:
    _fill(store)
    query = _query("contact", area=AREAS, **{"from": "2026-11-01"})
    steps = _steps(store, list_window.count_query(query, on=ON))
    assert not any("list_count" in step or "SEARCH k" in step for step in steps), steps
    assert any("ix_contact" in step for step in steps), steps


def test_given_the_open_actions_then_a_page_names_their_index_and_a_record_row_does_not(store: Store) -> None:
    # Without statistics SQLite cannot tell the open actions' index from the wider one of every
    # live action in the same order: a page names it. A record's row is found by its id.
    _fill(store)
    query = _query("action")
    steps = _steps(store, list_window.page_query(query, on=ON))
    assert any("ix_action_item_open_due" in step for step in steps), steps
    window = ListWindow(store, query, on=ON)
    (only,) = list(window)
    assert window.row_of(only) == 0
    sorted_by_title = ListQuery("action", filters={"open": ""}, sort="title")
    found = list_window.page_query(sorted_by_title, on=ON)
    assert found is not None and "INDEXED BY" not in found[0]
