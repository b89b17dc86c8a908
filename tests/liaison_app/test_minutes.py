"""The minutes service: a meeting as data a reader (or a printer) needs, names not ids."""

from __future__ import annotations

import pytest

from liaison_app.errors import NotFoundError
from liaison_app.services import minutes, records
from liaison_app.services.minutes import ActionLine, Attendee, Point
from liaison_app.store import Store

START = "2026-11-20T10:00+03:00"


def _meeting(store: Store) -> str:
    wfp = records.add(store, "org", {"name": "World Food Programme"})
    town = records.add(store, "org", {"name": "Municipality of Kaldor"})
    amina = records.add(
        store,
        "contact",
        {"full_name": "Amina Haddad", "position": "Head of sub-office", "organization_id": wfp.id},
    )
    yusuf = records.add(store, "contact", {"full_name": "Yusuf Darwish"})
    meeting = records.add(
        store,
        "meeting",
        {
            "title": "Water point security",
            "start": START,
            "end": "2026-11-20T11:30+03:00",
            "location": "Town hall",
            "attendee_ids": [yusuf.id, amina.id],
            "organization_ids": [town.id, wfp.id],
            "purpose": "Agree escorts.",
            "points": [
                {"kind": "finding", "text": "The northern route is mined"},
                {"kind": "decision", "text": "Escort trucks on Tuesdays"},
                {"kind": "finding", "text": "Two wells are dry"},
            ],
            "assessment": "Cooperative.",
        },
    )
    records.add(store, "action", {"title": "Send schedule", "owner": "me", "meeting_id": meeting.id})
    records.add(
        store,
        "action",
        {"title": "Ask engineers", "owner": yusuf.id, "meeting_id": meeting.id, "due": "2026-11-25"},
    )
    records.add(store, "action", {"title": "Unrelated"})
    return meeting.id


def test_given_a_meeting_when_read_as_minutes_then_attendees_are_named_with_their_organization_by_name(
    store: Store,
) -> None:
    found = minutes.minutes(store, _meeting(store))
    assert found.title == "Water point security"
    assert found.attendees == (
        Attendee("Amina Haddad", "Head of sub-office", "World Food Programme"),
        Attendee("Yusuf Darwish", "", ""),
    )
    assert found.organizations == ("Municipality of Kaldor", "World Food Programme")
    assert (found.start[:16], (found.end or "")[:16]) == ("2026-11-20T10:00", "2026-11-20T11:30")
    assert found.location == "Town hall"


def test_points_keep_their_order_and_can_be_grouped_by_kind(store: Store) -> None:
    found = minutes.minutes(store, _meeting(store))
    assert [p.text for p in found.points] == [
        "The northern route is mined",
        "Escort trucks on Tuesdays",
        "Two wells are dry",
    ]
    assert found.points_of("finding") == (
        Point("finding", "The northern route is mined"),
        Point("finding", "Two wells are dry"),
    )


def test_the_actions_that_came_from_the_meeting_are_listed_with_owner_me_as_the_officer(
    store: Store,
) -> None:
    found = minutes.minutes(store, _meeting(store))
    assert found.actions == (
        ActionLine("Send schedule", "Maj. Anna Berg", None, "open"),
        ActionLine("Ask engineers", "Yusuf Darwish", "2026-11-25", "open"),
    )


def test_a_deleted_attendee_and_a_deleted_action_are_left_out(store: Store) -> None:
    meeting_id = _meeting(store)
    before = minutes.minutes(store, meeting_id)
    yusuf = next(c for c in records.list_records(store, "contact") if c.full_name == "Yusuf Darwish")  # type: ignore[attr-defined]
    schedule = next(a for a in records.list_records(store, "action") if a.title == "Send schedule")  # type: ignore[attr-defined]
    records.delete_record(store, "action", schedule.id)
    records.delete_record(store, "contact", yusuf.id)
    after = minutes.minutes(store, meeting_id)
    assert len(before.attendees) == 2 and [a.name for a in after.attendees] == ["Amina Haddad"]
    assert [a.title for a in after.actions] == ["Ask engineers"]
    assert after.actions[0].owner == ""  # the owner is no longer on this device


def test_a_deleted_meeting_has_no_minutes(store: Store) -> None:
    meeting_id = _meeting(store)
    records.delete_record(store, "meeting", meeting_id)
    with pytest.raises(NotFoundError):
        minutes.minutes(store, meeting_id)
