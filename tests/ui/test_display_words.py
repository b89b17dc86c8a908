"""Values and labels the services hand over as data, as the GUI words them: the same
English as before, every marker worded, and labels taken from the registry."""

from __future__ import annotations

import pytest

from liaison_app.kinds import Kind
from liaison_app.services import display_text
from liaison_app.services.display_text import Shown
from ui import display_words
from ui.dashboard import kind_name


def test_every_value_marker_has_gui_wording(qapp: object) -> None:
    worded = {marker: display_words.shown_text(marker) for marker in Shown}
    assert all(worded.values()) and len(set(worded.values())) == len(Shown)


def test_given_value_lines_when_worded_then_they_read_as_before(qapp: object) -> None:
    assert display_words.value_text(display_text.value_lines("notes", "")) == "(empty)"
    assert display_words.value_text(display_text.value_lines(display_text.DELETED_FIELD, True)) == "Deleted"
    assert display_words.value_text(display_text.value_lines(display_text.DELETED_FIELD, False)) == "Kept"
    assert display_words.value_text(display_text.value_lines("owner", "me", {})) == "me"
    assert display_words.value_text(["Amina Haddad", Shown.NOT_HERE]) == "Amina Haddad\n(not on this device)"


def test_stored_text_that_looks_like_a_marker_is_shown_as_stored(qapp: object) -> None:
    # A title "empty" is text someone typed, not the marker for nothing stored.
    assert display_words.value_text(display_text.value_lines("notes", "empty")) == "empty"


def test_a_missing_time_reads_never_and_a_time_reads_as_given(qapp: object) -> None:
    assert display_words.stamp_text(display_text.stamp(None)) == "never"
    assert display_words.stamp_text("2026-11-24 12:03 UTC") == "2026-11-24 12:03 UTC"


def test_an_unknown_officer_and_a_deleted_record_are_worded_by_the_gui(qapp: object) -> None:
    assert display_words.officer_text("") == "unknown officer"
    assert display_words.officer_text("HQ") == "HQ"
    assert display_words.record_title(None, "0193abcd-ffff") == "deleted record 0193abcd"
    assert display_words.record_title("Jean Mukendi", "0193abcd-ffff") == "Jean Mukendi"


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (Kind.ORG, "Organization"),
        (Kind.CONTACT, "Contact"),
        (Kind.MEETING, "Meeting"),
        (Kind.ACTION, "Action item"),
    ],
)
def test_kind_names_come_from_the_registry_labels(qapp: object, kind: Kind, name: str) -> None:
    assert kind_name(kind) == name
