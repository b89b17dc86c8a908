"""An owner "me" is the officer who recorded the action, and is named so on every device."""

from __future__ import annotations

from collections.abc import Callable

from liaison_app.services import dashboard, display_text, listing, records, sync_view
from liaison_app.services.display_text import Shown
from liaison_app.services.listing import ListQuery
from liaison_app.store import Store
from tests.sync.conftest import introduce, send


def _owner_cell(store: Store, action_id: str) -> str:
    spec = listing.list_spec("action")
    names = [c.key for c in spec.columns]
    (row,) = listing.load_rows(store, "action", [action_id]).values()
    return row.cells[names.index("owner")]


def test_an_action_i_own_lists_my_name_as_its_owner(store: Store) -> None:
    mine = records.add(store, "action", {"title": "Recce the route", "owner": "me"})
    assert _owner_cell(store, mine.id) == "Maj. Anna Berg"
    assert listing.ordered_ids(store, ListQuery("action")) == [mine.id]


def test_on_another_device_me_is_the_officer_who_recorded_it(device: Callable[..., Store]) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    action = records.add(anna, "action", {"title": "Recce the route", "owner": "me", "due": "2020-01-01"})
    send(anna, hq)
    assert _owner_cell(hq, action.id) == "Anna"
    assert [a.owner for a in dashboard.overview(hq).overdue] == ["Anna"]


def test_a_conflict_on_the_owner_names_me_as_the_officer_who_recorded_the_action(
    device: Callable[..., Store],
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    jean = records.add(hq, "contact", {"full_name": "Jean Mukendi"})
    send(hq, anna)
    action = records.add(anna, "action", {"title": "Recce the route"})
    send(anna, hq)
    records.edit(anna, "action", action.id, {"owner": "me"})
    records.edit(hq, "action", action.id, {"owner": jean.id})
    send(anna, hq)
    send(hq, anna)
    for store in (anna, hq):
        (view,) = sync_view.conflict_views(store)
        assert sorted(side.lines for side in view.sides) == [("Anna",), ("Jean Mukendi",)]


def test_without_knowing_the_officer_me_stays_a_marker_the_gui_words() -> None:
    assert display_text.value_lines("owner", "me", {}) == (Shown.ME,)
    assert display_text.value_lines("owner", "me", {}, me="Anna") == ("Anna",)
