"""The dashboard's "Recently from other officers": one line per record other officers
changed, as data saying who, on which device, what they did and to which fields (the GUI
words it: tests/ui/test_dashboard.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from liaison_app import kinds
from liaison_app.services import dashboard, display_text, records, syncing
from liaison_app.store import Store
from tests.sync.conftest import introduce, send

STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d"


def _pair(device: Callable[..., Store]) -> tuple[Store, Store]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    return anna, hq


def test_given_hq_edited_a_contact_then_the_line_names_officer_device_record_and_fields(
    device: Callable[..., Store],
) -> None:
    anna, hq = _pair(device)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.edit(hq, "contact", contact.id, {"position": "Head of Logistics", "notes": "Moved to Goma"})
    send(hq, anna)
    (line,) = dashboard.change_lines(anna)
    assert re.fullmatch(STAMP, line.when)
    assert (line.officer, line.device, line.action) == ("HQ", "hq-laptop", dashboard.ChangeAction.CHANGED)
    assert (line.title, line.fields) == ("Jean Mukendi", ("Notes", "Position"))
    assert (line.kind, line.id, line.openable) == ("contact", contact.id, True)
    assert dashboard.overview(anna).from_others == [line]


def test_given_hq_deleted_an_organization_then_the_line_says_so_and_does_not_open(
    device: Callable[..., Store],
) -> None:
    anna, hq = _pair(device)
    org = records.add(anna, "org", {"name": "Kaldor Water Board"})
    send(anna, hq)
    records.delete_record(hq, "org", org.id)
    send(hq, anna)
    (line,) = dashboard.change_lines(anna)
    assert (line.kind, line.action, line.title) == (
        "org",
        dashboard.ChangeAction.DELETED,
        "Kaldor Water Board",
    )
    assert line.fields == ()
    assert not line.openable


def test_given_hq_added_a_record_then_the_line_says_added_without_listing_every_field(
    device: Callable[..., Store],
) -> None:
    anna, hq = _pair(device)
    meeting = records.add(hq, "meeting", {"title": "Water point coordination", "start": "2026-11-25T10:00"})
    send(hq, anna)
    (line,) = dashboard.change_lines(anna)
    assert (line.action, line.title, line.fields) == (
        dashboard.ChangeAction.ADDED,
        "Water point coordination",
        (),
    )
    assert (line.kind, line.id, line.openable) == ("meeting", meeting.id, True)


def test_given_changes_on_this_device_only_then_nothing_is_listed_from_others(
    device: Callable[..., Store],
) -> None:
    anna, hq = _pair(device)
    records.add(anna, "contact", {"full_name": "Amina Haddad"})
    send(anna, hq)
    assert dashboard.change_lines(anna) == []
    assert [line.kind for line in dashboard.change_lines(hq)] == ["contact"]


def test_given_fields_changed_then_the_line_carries_their_labels_and_the_local_time() -> None:
    change = syncing.ReceivedChange(
        officer="Col. Dana Reyes",
        device="d" * 32,
        time="2026-11-24T12:03:00.000000Z",
        kind="meeting",
        record_id="m1",
        title="Water point coordination",
        fields=("attendee_ids", "end", "location", "purpose", "start"),
        deleted=False,
        created=False,
        live=True,
    )
    line = dashboard.change_line(change, device="hq-desk")
    assert line.fields == ("Attendees", "End", "Location", "Purpose", "Start")
    assert re.fullmatch(STAMP, line.when) and line.device == "hq-desk"
    assert line.action is dashboard.ChangeAction.CHANGED


def test_given_hq_closed_an_action_and_moved_a_meeting_then_no_column_name_is_listed(
    device: Callable[..., Store],
) -> None:
    anna, hq = _pair(device)
    action = records.add(anna, "action", {"title": "Send the convoy list"})
    meeting = records.add(anna, "meeting", {"title": "Cluster meeting", "start": "2026-03-14T09:30+03:00"})
    send(anna, hq)
    records.edit(hq, "action", action.id, {"status": "done"})
    records.edit(hq, "meeting", meeting.id, {"start": "2026-03-14T11:00+03:00"})
    send(hq, anna)
    fields = {line.kind: line.fields for line in dashboard.change_lines(anna)}
    assert fields["action"] == ("Done on", "Status")  # not the column "completed at"
    assert fields["meeting"] == ("Start",)  # its UTC copy changes with it and is not named


def test_every_computed_column_of_the_registry_has_a_label() -> None:
    computed = {name for kind_spec in kinds.KINDS.values() for name in kind_spec.computed}
    assert computed <= set(display_text.COMPUTED_LABELS)
