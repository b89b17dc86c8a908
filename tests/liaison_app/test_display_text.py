"""Stored values as people read them: field labels, values, reference titles, times."""

from __future__ import annotations

import time

import pytest

from liaison_app.services import display_text, records
from liaison_app.services.display_text import Shown
from liaison_app.store import Store


def test_field_labels_drop_id_suffixes_and_name_lists_in_the_plural() -> None:
    assert display_text.field_label("organization_id") == "Organization"
    assert display_text.field_label("attendee_ids") == "Attendees"
    assert display_text.field_label("organization_ids") == "Organizations"
    assert display_text.field_label(display_text.DELETED_FIELD) == "Deleted or kept"


def test_field_labels_are_the_registrys_captions_as_the_editors_show_them() -> None:
    assert display_text.field_label("full_name") == "Name"
    assert display_text.field_label("meeting_type") == "Type"
    assert display_text.field_label("grid") == "MGRS grid"
    assert display_text.field_label("parent_id") == "Part of"
    assert display_text.field_label("do_not_share") == "Do not share"


def test_computed_and_derived_columns_read_as_what_they_mean_not_as_column_names() -> None:
    assert display_text.field_label("completed_at") == "Done on"  # never "completed at"
    assert display_text.field_label("start_utc") == "Start"


def test_given_no_titles_then_values_read_as_stored() -> None:
    assert display_text.value_lines("notes", "") == (Shown.EMPTY,)
    assert display_text.value_lines("sectors", ["food", "health"]) == ("food", "health")
    assert display_text.value_lines("organization_id", "0193abcd") == ("0193abcd",)
    assert display_text.value_lines(display_text.DELETED_FIELD, True) == (Shown.DELETED,)
    assert display_text.value_lines(display_text.DELETED_FIELD, False) == (Shown.KEPT,)
    assert display_text.value_lines("do_not_share", True) == (Shown.YES,)


def test_given_reference_fields_then_ids_read_as_titles_one_per_line(store: Store) -> None:
    amina = records.add(store, "contact", {"full_name": "Amina Haddad"})
    samir = records.add(store, "contact", {"full_name": "Samir Aziz"})
    wfp = records.add(store, "org", {"name": "World Food Programme", "acronym": "WFP"})
    values = [("attendee_ids", [amina.id, samir.id, "gone"]), ("organization_id", wfp.id), ("notes", "x")]
    titles = display_text.reference_titles(store, values)
    assert titles == {amina.id: "Amina Haddad", samir.id: "Samir Aziz", wfp.id: "World Food Programme (WFP)"}
    assert display_text.value_lines("attendee_ids", [amina.id, "gone"], titles) == (
        "Amina Haddad",
        Shown.NOT_HERE,
    )
    assert display_text.value_lines("organization_id", wfp.id, titles) == ("World Food Programme (WFP)",)
    assert display_text.value_lines("notes", "x", titles) == ("x",)


def test_given_the_owner_is_me_then_it_is_not_looked_up_as_a_contact(store: Store) -> None:
    assert display_text.referenced_ids("owner", "me") == []
    assert display_text.value_lines("owner", "me", {}) == (Shown.ME,)
    assert display_text.value_lines("owner", None, {}) == (Shown.EMPTY,)


def test_times_read_in_utc_for_stamps_and_on_this_machines_clock_for_local_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "XXX-2")  # POSIX: two hours east of UTC
    time.tzset()
    try:
        assert display_text.local_time("2026-11-24T12:03:09.000000Z") == "2026-11-24 14:03"
        assert display_text.stamp("2026-11-24T12:03:09.000000Z") == "2026-11-24 12:03 UTC"
    finally:
        monkeypatch.undo()
        time.tzset()
    assert display_text.local_time("not a time") == "not a time"
    assert display_text.stamp(None) is None  # never: the GUI words it
