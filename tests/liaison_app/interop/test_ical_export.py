"""iCalendar export: read back by vobject, an independent parser (events, to-dos, attendees,
UIDs), stable across re-exports, and only what a plaintext calendar on a phone may carry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import vobject

from liaison_app.services import records
from liaison_app.services.interop import ical_export
from liaison_app.services.interop.redaction import Profile, redaction
from liaison_app.store import Store
from tests.liaison_app.interop.world import SECRET_WORDS, World


def _export(store: Store, path: Path, *, include: bool = False) -> Any:
    ical_export.export(store, path, redaction(store, include_do_not_share=include, profile=Profile.FULL))
    return vobject.readOne(path.read_text(encoding="utf-8"))


def _by_uid(components: list[Any]) -> dict[str, Any]:
    return {c.uid.value: c for c in components}


def test_given_a_meeting_when_exported_then_vobject_reads_its_event_with_time_place_and_uid(
    store: Store, mission: World, tmp_path: Path
) -> None:
    calendar = _export(store, tmp_path / "c.ics")
    event = _by_uid(calendar.vevent_list)[f"{mission.convoy}@liaison"]
    assert event.summary.value == "Convoy planning"
    assert event.dtstart.value.isoformat() == "2026-11-20T09:00:00+00:00"
    assert event.dtend.value.isoformat() == "2026-11-20T10:30:00+00:00"
    assert event.location.value == "WFP sub-office, Haldara; MGRS 36PVT4313885590"
    assert event.description.value == "Convoy plans before the rains"
    assert event.status.value == "CONFIRMED"


def test_given_attendees_then_each_shared_one_has_its_name_and_mailto_only_when_open(
    store: Store, mission: World, tmp_path: Path
) -> None:
    event = _by_uid(_export(store, tmp_path / "c.ics").vevent_list)[f"{mission.convoy}@liaison"]
    attendees = {a.params["CN"][0]: a.value for a in event.attendee_list}
    assert attendees == {
        "Henrik Nilsen": "mailto:henrik.nilsen@wfp.example.org",
        "Amina Haroun": f"urn:uuid:{mission.amina}",  # confidential: named, its email withheld
    }


def test_given_a_do_not_share_contact_then_it_is_no_attendee_nor_owner_unless_included(
    store: Store, mission: World, tmp_path: Path
) -> None:
    _export(store, tmp_path / "c.ics")
    plain = (tmp_path / "c.ics").read_text()
    assert "Jean Mukendi" not in plain and "jean@example.org" not in plain
    included = _export(store, tmp_path / "all.ics", include=True)
    kle = _by_uid(included.vevent_list)[f"{mission.kle}@liaison"]
    assert [a.params["CN"][0] for a in kle.attendee_list] == ["Jean Mukendi"]
    warn = _by_uid(included.vtodo_list)[f"{mission.warn}@liaison"]
    assert warn.attendee.params["CN"] == ["Jean Mukendi"]


def test_given_a_confidential_meeting_then_its_purpose_points_and_assessment_stay_out(
    store: Store, mission: World, tmp_path: Path
) -> None:
    calendar = _export(store, tmp_path / "c.ics")
    text = (tmp_path / "c.ics").read_text()
    kle = _by_uid(calendar.vevent_list)[f"{mission.kle}@liaison"]
    assert kle.summary.value == "KLE with the KDF commander"
    assert kle.getChildValue("class") == "CONFIDENTIAL"
    assert not hasattr(kle, "description")
    assert SECRET_WORDS not in text
    assert "northern route" not in text.replace("Recce the northern route", "")  # the decision point
    assert "WFP will move first" not in text  # the assessment


def test_given_action_items_then_they_are_todos_with_due_status_owner_and_their_meeting(
    store: Store, mission: World, tmp_path: Path
) -> None:
    todos = _by_uid(_export(store, tmp_path / "c.ics").vtodo_list)
    recce = todos[f"{mission.recce}@liaison"]
    assert recce.summary.value == "Recce the northern route"
    assert recce.due.value.isoformat() == "2026-11-27"
    assert recce.status.value == "COMPLETED"
    assert recce.completed.value.tzinfo is not None
    assert recce.attendee.params["CN"] == ["Henrik Nilsen"]
    assert recce.related_to.value == f"{mission.convoy}@liaison"
    warn = todos[f"{mission.warn}@liaison"]
    assert warn.status.value == "NEEDS-ACTION"
    assert not hasattr(warn, "attendee")  # its owner is do-not-share


def test_given_an_unchanged_store_when_exported_again_then_the_file_is_byte_identical(
    store: Store, mission: World, tmp_path: Path
) -> None:
    _export(store, tmp_path / "one.ics")
    _export(store, tmp_path / "two.ics")
    assert (tmp_path / "one.ics").read_bytes() == (tmp_path / "two.ics").read_bytes()


def test_given_an_edit_when_exported_again_then_the_uid_stays_and_sequence_and_last_modified_grow(
    store: Store, mission: World, tmp_path: Path
) -> None:
    before = _by_uid(_export(store, tmp_path / "one.ics").vevent_list)[f"{mission.convoy}@liaison"]
    records.edit(store, "meeting", mission.convoy, {"title": "Convoy planning (moved)"})
    after = _by_uid(_export(store, tmp_path / "two.ics").vevent_list)[f"{mission.convoy}@liaison"]
    assert after.summary.value == "Convoy planning (moved)"
    assert int(after.sequence.value) > int(before.sequence.value)
    assert after.last_modified.value >= before.last_modified.value
    assert after.dtstamp.value == after.last_modified.value


def test_given_a_deleted_meeting_then_it_leaves_the_calendar(
    store: Store, mission: World, tmp_path: Path
) -> None:
    records.delete_record(store, "meeting", mission.kle)
    uids = _by_uid(_export(store, tmp_path / "c.ics").vevent_list)
    assert list(uids) == [f"{mission.convoy}@liaison"]


def test_given_the_file_then_icalendar_parses_it_too_with_every_component(
    store: Store, mission: World, tmp_path: Path
) -> None:
    import icalendar

    _export(store, tmp_path / "c.ics")
    parsed = icalendar.Calendar.from_ical((tmp_path / "c.ics").read_bytes())
    assert parsed["VERSION"] == "2.0"
    assert sorted(str(c.name) for c in parsed.subcomponents) == ["VEVENT", "VEVENT", "VTODO", "VTODO"]
