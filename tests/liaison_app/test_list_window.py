"""The windowed list: its count, pages and rows agree with every ordered id, for every sort."""

from __future__ import annotations

from datetime import date

import pytest

from liaison_app.services import list_window, listing, records
from liaison_app.services.list_window import ListWindow
from liaison_app.services.listing import SPECS, ListQuery
from liaison_app.store import Store

ON = date(2026, 3, 15)


def _fill(store: Store) -> None:
    """Ties, case differences, empty and missing values, deleted rows and joined names."""
    wfp = records.add(store, "org", {"name": "WFP"})
    alpha = records.add(store, "org", {"name": "alpha relief"})
    names = ["amy", "Amy", "bob", "Bob", "Cid", "", "dee", "Eve", "eve", "Fay", "gus", "Hal"]
    contacts = []
    for n, name in enumerate(names):
        org = [wfp.id, alpha.id, None][n % 3]
        fields: dict[str, object] = {"full_name": name or "Zed", "position": ["Head", "head", ""][n % 3]}
        fields["organization_id"] = org
        fields["location"] = ["Goma", "", "goma", "Bunia"][n % 4]
        fields["do_not_contact"] = n % 4 == 0
        contacts.append(records.add(store, "contact", fields))
    records.delete_record(store, "contact", contacts[3].id)
    records.delete_record(store, "org", alpha.id)
    for n in range(9):
        due = None if n % 3 == 0 else f"2026-03-{10 + n % 4:02d}"
        owner = contacts[n * 2 % 12].id if n % 2 else "me"  # never the deleted one (3)
        records.add(store, "action", {"title": ["Call", "call", "Visit"][n % 3], "due": due, "owner": owner})


CASES = [
    (kind.value, column.key, descending)
    for kind, ls in SPECS.items()
    if kind.value in ("contact", "action")
    for column in ls.columns
    for descending in (False, True)
]


@pytest.mark.parametrize(("kind", "sort", "descending"), CASES)
def test_given_any_sort_then_pages_and_rows_match_every_ordered_id(
    store: Store, kind: str, sort: str, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store)
    monkeypatch.setattr(ListWindow, "PAGE", 3)  # pages from the front and from the back
    query = ListQuery(kind, sort=sort, descending=descending)
    every = listing.ordered_ids(store, query, on=ON)
    window = ListWindow(store, query, on=ON)
    assert len(window) == len(every)
    assert [window[row] for row in reversed(range(len(every)))] == every[::-1]
    assert window[2:7] == every[2:7]
    for row, record_id in enumerate(every):
        assert list_window.rank(store, query, record_id, on=ON) == row, (record_id, row)
        around = list_window.ids_around(store, query, record_id, before=2, after=3, on=ON)
        assert around is None or around == every[max(row - 2, 0) : row + 3], (record_id, row)
    seeks = [list_window.ids_around(store, query, i, before=1, after=1, on=ON) for i in every]
    assert sum(found is not None for found in seeks) >= len(every) // 2  # NULL keys alone fall back


@pytest.mark.parametrize(("kind", "sort", "descending"), CASES)
def test_given_a_jump_into_the_middle_then_scrolling_either_way_reads_the_same_ids(
    store: Store, kind: str, sort: str, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pages next to one already read come by a seek from its edge (NULL keys: OFFSET).
    _fill(store)
    monkeypatch.setattr(ListWindow, "PAGE", 2)
    query = ListQuery(kind, sort=sort, descending=descending)
    every = listing.ordered_ids(store, query, on=ON)
    middle = len(every) // 2
    down, up = ListWindow(store, query, on=ON), ListWindow(store, query, on=ON)
    assert [down[row] for row in range(middle, len(every))] == every[middle:]
    assert [up[row] for row in reversed(range(middle + 1))] == every[middle::-1]


def test_given_a_page_read_then_the_pages_beside_it_need_no_offset_walk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store)
    monkeypatch.setattr(ListWindow, "PAGE", 2)
    walks: list[int] = []
    real = list_window.page_ids

    def counted(*args: object, **kwargs: object) -> list[str]:
        walks.append(int(str(kwargs["offset"])))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(list_window, "page_ids", counted)
    query = ListQuery("contact", sort="full_name")
    every = listing.ordered_ids(store, query, on=ON)
    window = ListWindow(store, query, on=ON)
    assert window[5] == every[5]
    assert [window[row] for row in range(3, 8)] == every[3:8]
    assert walks == [4]  # the page of row 5 (rows 4-5); rows 2-3 and 6-7 by seeks


def test_given_filters_then_the_count_is_the_number_of_listed_rows(store: Store) -> None:
    _fill(store)
    for filters in ({}, {"officer": store.author.officer}, {"officer": "Somebody"}, {"do_not_contact": ""}):
        query = ListQuery("contact", filters=filters)
        assert list_window.count_listed(store, query, on=ON) == len(listing.ordered_ids(store, query, on=ON))
    actions = ListQuery("action", filters={"open": "", "officer": store.author.officer})
    assert list_window.count_listed(store, actions, on=ON) == len(listing.ordered_ids(store, actions, on=ON))


def test_a_record_the_filter_leaves_out_has_no_row(store: Store) -> None:
    listed = records.add(store, "contact", {"full_name": "Amina", "do_not_contact": True})
    other = records.add(store, "contact", {"full_name": "Jonas"})
    query = ListQuery("contact", filters={"do_not_contact": ""})
    window = ListWindow(store, query)
    assert window.row_of(listed.id) == 0 and window.index(listed.id) == 0
    assert window.row_of(other.id) is None and other.id not in window
    with pytest.raises(ValueError):
        window.index(other.id)


def test_given_few_matches_then_a_search_lists_them_all_in_the_lists_order(store: Store) -> None:
    _fill(store)
    query = ListQuery("contact", text="e", sort="location", descending=True)
    found = list_window.search_ids(store, query, on=ON)
    assert not found.capped
    assert list(found.ids) == listing.ordered_ids(store, query, on=ON)


def test_given_more_matches_than_the_cap_then_the_newest_are_listed_and_it_says_so(store: Store) -> None:
    made = [records.add(store, "contact", {"full_name": f"Amina {n}"}) for n in range(5)]
    found = list_window.search_ids(store, ListQuery("contact", text="amina", descending=True), cap=3)
    assert found.capped and found.cap == 3
    assert list(found.ids) == [made[4].id, made[3].id, made[2].id]  # the newest three, by name
    assert not list_window.search_ids(store, ListQuery("contact", text="amina"), cap=5).capped


def test_after_a_rename_the_window_says_where_the_row_was_and_where_it_went(store: Store) -> None:
    ids = [records.add(store, "contact", {"full_name": name}).id for name in ("Amy", "Bob", "Cid")]
    window = ListWindow(store, ListQuery("contact"))
    assert window[0] == ids[0]
    records.edit(store, "contact", ids[0], {"full_name": "Zoe"})
    moved = window.settle(ids[0])
    assert (moved.old, moved.new, moved.before, moved.after) == (0, 2, 3, 3)
    assert list(window) == [ids[1], ids[2], ids[0]]


def test_given_open_or_done_actions_then_their_count_is_kept_and_says_what_the_list_holds(
    store: Store,
) -> None:
    _fill(store)
    done = records.add(store, "action", {"title": "Done one", "owner": "me", "status": "done"})
    for name in ("open", "done"):
        query = ListQuery("action", filters={name: ""})
        assert listing.kept_count(query) is not None
        assert list_window.count_listed(store, query, on=ON) == len(listing.ordered_ids(store, query, on=ON))
    records.edit(store, "action", done.id, {"status": "open"})
    for name in ("open", "done"):
        query = ListQuery("action", filters={name: ""})
        assert list_window.count_listed(store, query, on=ON) == len(listing.ordered_ids(store, query, on=ON))
