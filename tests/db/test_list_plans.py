"""Every list's first page is an index walk, in the order the joined names gave before.

For each list kind, each sortable column and both directions, the first-page query
(`listing.ids_query(..., limit=100)`) must not sort: no `USE TEMP B-TREE FOR ORDER BY` in
its EXPLAIN QUERY PLAN, neither with no statistics (a new profile) nor with ones measured
on a filled profile. The sort keys that copy another record's name (db/sort_keys.py) must
give exactly the order the list's LEFT JOIN expressions give, after every kind of write.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from db import statistics
from liaison_app.kinds import Kind
from liaison_app.services import listing, records
from liaison_app.services.listing import SPECS, ListQuery
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce, send

ON = date(2026, 3, 15)
CASES = [
    (kind.value, column.key, descending, with_default_filter)
    for kind, ls in SPECS.items()
    for column in ls.columns
    for descending in (False, True)
    for with_default_filter in ((False, True) if ls.default_filter else (False,))
]


def _query(kind: str, sort: str, descending: bool, with_default_filter: bool, text: str = "") -> ListQuery:
    ls = listing.list_spec(kind)
    filters = {ls.default_filter: ""} if with_default_filter else {}
    return ListQuery(kind, text=text, filters=filters, sort=sort, descending=descending)


def _plan(store: Store, query: ListQuery) -> list[str]:
    found = listing.ids_query(query, on=ON, limit=100)
    assert found is not None
    sql, params = found
    with cursor(store) as cur:
        return [row[3] for row in cur.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def _fill(store: Store) -> dict[str, Any]:
    """A small profile with every case a joined name has: present, missing, deleted, 'me'."""
    made: dict[str, Any] = {}
    unhcr = records.add(store, "org", {"name": "UNHCR"})
    ngo = records.add(store, "org", {"name": "alpha relief", "parent_id": unhcr.id})
    gone = records.add(store, "org", {"name": "Zeta Aid"})
    orphan = records.add(store, "org", {"name": "Beta", "parent_id": gone.id})
    amy = records.add(store, "contact", {"full_name": "Amy", "organization_id": ngo.id, "position": "Head"})
    bob = records.add(store, "contact", {"full_name": "bob", "organization_id": unhcr.id})
    cid = records.add(store, "contact", {"full_name": "Cid", "organization_id": gone.id})
    records.add(store, "contact", {"full_name": "Dee"})
    records.add(store, "contact", {"full_name": "Eve", "organization_id": unhcr.id})
    records.delete_record(store, "org", gone.id)
    talk = records.add(store, "meeting", {"title": "Talks", "start": "2026-03-14T09:00+03:00"})
    brief = records.add(
        store, "meeting", {"title": "brief", "start": "2026-03-10T09:00Z", "attendee_ids": [amy.id, bob.id]}
    )
    for n, (owner, meeting) in enumerate(
        [
            ("me", talk.id),
            (amy.id, brief.id),
            (bob.id, None),
            (cid.id, talk.id),
            (None, None),
            (amy.id, talk.id),
        ]
    ):
        fields: dict[str, Any] = {"title": f"Task {n % 3}", "owner": owner, "meeting_id": meeting}
        if n % 2:
            fields["due"] = f"2026-03-{10 + n}"
        if n == 4:
            fields["status"] = "done"
        records.add(store, "action", fields)
    made.update(unhcr=unhcr, ngo=ngo, orphan=orphan, amy=amy, bob=bob, cid=cid, talk=talk, brief=brief)
    return made


def _reference(store: Store, query: ListQuery) -> list[str]:
    """The ids in the order the list gave before the sort keys: by its join expressions."""
    ls = listing.list_spec(query.kind)
    column = ls.column(query.sort or ls.default_sort)
    direction = " DESC" if query.descending else ""
    if column.sort_expr and not column.sort_expr.startswith("t.sort_"):
        parts = column.sort_expr.split(",")  # as listing writes it (due: "t.due IS NULL, t.due")
    else:
        parts = [f"{column.expr} COLLATE NOCASE"]  # one expression, commas and all
    found = listing.ids_query(query, on=ON)
    assert found is not None
    sql, params = found
    head = sql.split(" ORDER BY ")[0]
    ordered = ", ".join(f"{p.strip()}{direction}" for p in parts)
    with cursor(store) as cur:
        return [row[0] for row in cur.execute(f"{head} ORDER BY {ordered}, t.id{direction}", params)]


@pytest.mark.parametrize(("kind", "sort", "descending", "with_default_filter"), CASES)
def test_the_first_page_of_every_list_order_walks_an_index_without_statistics(
    store: Store, kind: str, sort: str, descending: bool, with_default_filter: bool
) -> None:
    plan = _plan(store, _query(kind, sort, descending, with_default_filter))
    assert not [step for step in plan if "TEMP B-TREE" in step], plan


def test_with_statistics_of_a_filled_profile_no_first_page_sorts(store: Store) -> None:
    _fill(store)
    with cursor(store) as cur:
        cur.execute("ANALYZE")
    sorting = [
        (kind, sort, descending, step)
        for kind, sort, descending, with_filter in CASES
        for step in _plan(store, _query(kind, sort, descending, with_filter))
        if "TEMP B-TREE" in step
    ]
    assert sorting == []


def test_every_order_is_the_one_the_joined_names_give(store: Store) -> None:
    _fill(store)
    for kind, sort, descending, with_filter in CASES:
        query = _query(kind, sort, descending, with_filter)
        assert listing.ordered_ids(store, query, on=ON) == _reference(store, query), (kind, sort, descending)


def test_a_first_page_is_the_head_of_the_whole_order(store: Store) -> None:
    _fill(store)
    query = _query("contact", "organization", True, False)
    assert listing.ordered_ids(store, query, on=ON, limit=2) == listing.ordered_ids(store, query, on=ON)[:2]


def test_renames_deletes_restores_and_purges_keep_the_joined_orders(store: Store) -> None:
    made = _fill(store)
    records.edit(store, "org", made["unhcr"].id, {"name": "aardvark"})
    records.edit(store, "contact", made["amy"].id, {"full_name": "Zoe", "organization_id": made["orphan"].id})
    records.edit(store, "meeting", made["talk"].id, {"title": "A talk"})
    records.delete_record(store, "meeting", made["brief"].id)
    records.delete_record(store, "contact", made["bob"].id)
    records.restore(store, "contact", made["bob"].id)
    records.delete_record(store, "org", made["ngo"].id)
    records.purge(store)
    for kind, sort, descending, with_filter in CASES:
        query = _query(kind, sort, descending, with_filter)
        assert listing.ordered_ids(store, query, on=ON) == _reference(store, query), (kind, sort, descending)


def test_a_row_arriving_before_the_record_it_names_gets_its_name_when_that_arrives(store: Store) -> None:
    # A sync merge inserts in any order (foreign keys are deferred): the trigger on the
    # named record fills the key of the rows that were waiting for it.
    with cursor(store) as cur:
        cur.execute("BEGIN")
        cur.execute(
            "INSERT INTO contact (id, created_at, updated_at, author_officer, author_device, full_name,"
            " organization_id, position, contact_points, languages, location, notes, tags, sensitivity,"
            " do_not_share, do_not_contact)"
            " VALUES ('c1', 'x', 'x', 'o', 'd', 'Kim', 'o1', '', '[]', '[]', '', '', '[]', '', 0, 0)"
        )
        early = cur.execute("SELECT sort_organization FROM contact WHERE id = 'c1'").fetchone()[0]
        cur.execute(
            "INSERT INTO organization (id, created_at, updated_at, author_officer, author_device, name,"
            " acronym, org_type, sectors, notes)"
            " VALUES ('o1', 'x', 'x', 'o', 'd', 'Later Org', '', 'other', '[]', '')"
        )
        late = cur.execute("SELECT sort_organization FROM contact WHERE id = 'c1'").fetchone()[0]
        cur.execute("ROLLBACK")
    assert (early, late) == ("", "Later Org")


def test_sort_keys_are_neither_record_fields_nor_synced() -> None:
    from db.models import RECORD_TABLES, synced_fields

    for table in RECORD_TABLES.values():
        assert not [name for name in synced_fields(table) if name.startswith("sort_")]
        assert not [name for name in table.model_fields if name.startswith("sort_")]
    assert Kind.CONTACT in SPECS


def _stat_tables(store: Store) -> set[str]:
    with cursor(store) as cur:
        if not cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return set()
        return {row[0] for row in cur.execute("SELECT tbl FROM sqlite_stat1")}


def test_a_new_profile_holds_no_statistics_of_its_empty_tables(store: Store) -> None:
    # Version 2's ANALYZE of the empty tables is what misled the planner at HQ.
    assert not _stat_tables(store) & {"contact", "organization", "meeting", "action_item"}
    with store.engine.begin() as conn:
        statistics.refresh(conn)
    assert not _stat_tables(store) & {"contact", "organization", "meeting", "action_item"}


def test_refreshed_statistics_measure_the_filled_tables_and_keep_every_page_an_index_walk(
    store: Store,
) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        statistics.refresh(conn)
    assert {"contact", "organization", "action_item"} <= _stat_tables(store)
    sorting = [
        (kind, sort, descending, step)
        for kind, sort, descending, with_filter in CASES
        for step in _plan(store, _query(kind, sort, descending, with_filter))
        if "TEMP B-TREE" in step
    ]
    assert sorting == []


def _keys(store: Store) -> list[tuple[str, ...]]:
    with cursor(store) as cur:
        return [
            *cur.execute("SELECT id, sort_parent FROM organization ORDER BY id"),
            *cur.execute("SELECT id, sort_organization FROM contact ORDER BY id"),
            *cur.execute("SELECT id, sort_owner, sort_meeting FROM action_item ORDER BY id"),
        ]


def test_a_sync_merge_keeps_the_sort_keys_of_the_receiving_device_true(device: Factory) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    made = _fill(anna)
    send(anna, hq)
    assert _keys(hq) == _keys(anna)
    records.edit(anna, "org", made["unhcr"].id, {"name": "aardvark"})
    records.edit(anna, "contact", made["amy"].id, {"full_name": "Zoe"})
    records.delete_record(anna, "meeting", made["talk"].id)
    send(anna, hq)
    assert _keys(hq) == _keys(anna)
    for kind, sort, descending, with_filter in CASES:
        query = _query(kind, sort, descending, with_filter)
        assert listing.ordered_ids(hq, query, on=ON) == _reference(hq, query), (kind, sort, descending)
