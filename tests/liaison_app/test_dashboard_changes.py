"""The dashboard's "Recently from other officers": one line per record other officers
changed, saying who, on which device, what they did and to which fields."""

from __future__ import annotations

import re
from collections.abc import Callable

from liaison_app.services import dashboard, records, syncing
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
    assert re.fullmatch(
        rf'{STAMP}  HQ \(hq-laptop\) changed Contact "Jean Mukendi": notes, position', line.text
    )
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
    assert re.fullmatch(rf'{STAMP}  HQ \(hq-laptop\) deleted Organization "Kaldor Water Board"', line.text)
    assert not line.openable


def test_given_hq_added_a_record_then_the_line_says_added_without_listing_every_field(
    device: Callable[..., Store],
) -> None:
    anna, hq = _pair(device)
    meeting = records.add(hq, "meeting", {"title": "Water point coordination", "start": "2026-11-25T10:00"})
    send(hq, anna)
    (line,) = dashboard.change_lines(anna)
    assert re.fullmatch(rf'{STAMP}  HQ \(hq-laptop\) added Meeting "Water point coordination"', line.text)
    assert (line.kind, line.id, line.openable) == ("meeting", meeting.id, True)


def test_given_changes_on_this_device_only_then_nothing_is_listed_from_others(
    device: Callable[..., Store],
) -> None:
    anna, hq = _pair(device)
    records.add(anna, "contact", {"full_name": "Amina Haddad"})
    send(anna, hq)
    assert dashboard.change_lines(anna) == []
    assert [line.kind for line in dashboard.change_lines(hq)] == ["contact"]


def test_given_many_fields_changed_then_the_line_names_three_and_counts_the_rest() -> None:
    change = syncing.ReceivedChange(
        officer="Col. Dana Reyes",
        device="d" * 32,
        time="2026-11-24T12:03:00.000000Z",
        kind="meeting",
        record_id="m1",
        title="ignored",
        fields=("attendee_ids", "end", "location", "purpose", "start"),
        deleted=False,
        created=False,
        live=True,
    )
    text = dashboard.change_text(change, title="Water point coordination", device="hq-desk")
    assert text.endswith(
        'Col. Dana Reyes (hq-desk) changed Meeting "Water point coordination":'
        " attendees, end, location and 2 more"
    )
