"""The listing service: ordered ids computed in SQL, and row pages by id."""

from __future__ import annotations

from datetime import date

import pytest

from liaison_app.errors import ValidationError
from liaison_app.services import listing, records
from liaison_app.services.listing import ListQuery
from liaison_app.store import Store

ON = date(2026, 3, 15)


def _ids(store: Store, kind: str, **query: object) -> list[str]:
    return listing.ordered_ids(store, ListQuery(kind, **query), on=ON)  # type: ignore[arg-type]


def test_contacts_are_listed_by_name_ignoring_case_and_deleted_ones_are_left_out(
    store: Store,
) -> None:
    zed = records.add(store, "contact", {"full_name": "zed"})
    amy = records.add(store, "contact", {"full_name": "Amy"})
    gone = records.add(store, "contact", {"full_name": "Bob"})
    records.delete_record(store, "contact", gone.id)
    assert _ids(store, "contact") == [amy.id, zed.id]
    assert _ids(store, "contact", descending=True) == [zed.id, amy.id]


def test_meetings_are_newest_first_by_utc_start_whatever_the_offset(store: Store) -> None:
    early = records.add(store, "meeting", {"title": "A", "start": "2026-03-14T09:00+03:00"})
    late = records.add(store, "meeting", {"title": "B", "start": "2026-03-14T07:30+00:00"})
    assert _ids(store, "meeting") == [late.id, early.id]


def test_search_narrows_the_list_through_the_index_as_a_word_prefix(store: Store) -> None:
    amina = records.add(store, "contact", {"full_name": "Amina Haddad"})
    records.add(store, "contact", {"full_name": "Jonas Keller"})
    assert _ids(store, "contact", text="ami") == [amina.id]
    assert _ids(store, "contact", text="ami had") == [amina.id]
    assert _ids(store, "contact", text="xyz") == []
    assert _ids(store, "contact", text="'\"*") == []


def test_the_overdue_filter_keeps_open_actions_past_their_due_date(store: Store) -> None:
    late = records.add(store, "action", {"title": "Late", "due": "2026-03-01"})
    records.add(store, "action", {"title": "Done late", "due": "2026-03-01", "status": "done"})
    records.add(store, "action", {"title": "Future", "due": "2026-04-01"})
    records.add(store, "action", {"title": "No date"})
    assert _ids(store, "action", filters={"overdue": ""}) == [late.id]


def test_actions_without_a_due_date_sort_last(store: Store) -> None:
    undated = records.add(store, "action", {"title": "Someday"})
    soon = records.add(store, "action", {"title": "Soon", "due": "2026-03-20"})
    assert _ids(store, "action") == [soon.id, undated.id]


def test_filters_by_organization_and_by_origin_officer(store: Store) -> None:
    wfp = records.add(store, "org", {"name": "WFP"})
    amina = records.add(store, "contact", {"full_name": "Amina", "organization_id": wfp.id})
    records.add(store, "contact", {"full_name": "Jonas"})
    meeting = records.add(
        store, "meeting", {"title": "Food", "start": "2026-03-14T09:00", "organization_ids": [wfp.id]}
    )
    records.add(store, "meeting", {"title": "Other", "start": "2026-03-14T10:00"})
    via_owner = records.add(store, "action", {"title": "Call", "owner": amina.id})
    via_meeting = records.add(store, "action", {"title": "Send", "meeting_id": meeting.id})
    records.add(store, "action", {"title": "Unrelated"})
    assert _ids(store, "contact", filters={"organization": wfp.id}) == [amina.id]
    assert _ids(store, "meeting", filters={"organization": wfp.id}) == [meeting.id]
    assert sorted(_ids(store, "action", filters={"organization": wfp.id})) == sorted(
        [via_owner.id, via_meeting.id]
    )
    assert _ids(store, "contact", filters={"officer": "Somebody Else"}) == []
    assert len(_ids(store, "contact", filters={"officer": store.author.officer})) == 2
    assert listing.officers(store, "contact") == [store.author.officer]


def test_rows_are_display_text_in_column_order_with_an_alert_flag(store: Store) -> None:
    wfp = records.add(store, "org", {"name": "World Food Programme", "acronym": "WFP"})
    amina = records.add(
        store, "contact", {"full_name": "Amina", "position": "Head", "organization_id": wfp.id}
    )
    late = records.add(store, "action", {"title": "Call", "owner": amina.id, "due": "2026-03-01"})
    contact_row = listing.load_rows(store, "contact", [amina.id])[amina.id]
    assert contact_row.cells[:3] == ("Amina", "Head", "World Food Programme")
    action_row = listing.load_rows(store, "action", [late.id], on=ON)[late.id]
    assert action_row.cells[:5] == ("Call", "2026-03-01", "Open", "Normal", "Amina")
    assert action_row.alert
    assert listing.titles(store, "org", [wfp.id]) == {wfp.id: "World Food Programme (WFP)"}


def test_a_page_with_more_ids_than_sqlite_binds_at_once_still_loads(store: Store) -> None:
    ids = [records.add(store, "org", {"name": f"Org {n:04d}"}).id for n in range(1_000)]
    rows = listing.load_rows(store, "org", ids)
    assert len(rows) == 1_000
    assert listing.count(store, "org") == 1_000


def test_an_unknown_filter_or_sort_column_is_a_validation_error(store: Store) -> None:
    with pytest.raises(ValidationError, match="filter"):
        _ids(store, "contact", filters={"overdue": ""})
    with pytest.raises(ValidationError, match="sort"):
        _ids(store, "contact", sort="due")


def test_given_the_action_list_default_then_done_and_cancelled_actions_are_hidden(store: Store) -> None:
    open_one = records.add(store, "action", {"title": "Call WFP", "due": "2026-03-20"})
    done = records.add(store, "action", {"title": "Send the list", "due": "2026-03-10", "status": "done"})
    cancelled = records.add(store, "action", {"title": "Recce", "due": "2026-03-12", "status": "cancelled"})
    default = listing.list_spec("action").default_filter
    assert default == "open"
    assert _ids(store, "action", filters={default: ""}) == [open_one.id]
    # "show done" lists exactly the closed ones; "All" (no filter) lists everything
    assert _ids(store, "action", filters={"done": ""}) == [done.id, cancelled.id]
    assert len(_ids(store, "action")) == 3


def test_every_default_filter_is_one_of_its_lists_filters() -> None:
    for kind in ("org", "contact", "meeting", "action"):
        spec = listing.list_spec(kind)
        assert spec.default_filter == "" or spec.default_filter in spec.filters
