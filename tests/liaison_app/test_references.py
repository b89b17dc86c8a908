"""What points at a record: the delete dialog names it (keys, owners, id lists)."""

from __future__ import annotations

from liaison_app.kinds import Kind
from liaison_app.services import records, references
from liaison_app.store import Store

START = "2026-11-20T10:00+03:00"


def test_given_records_pointing_at_a_contact_when_asked_then_each_is_named(store: Store) -> None:
    amina = records.add(store, "contact", {"full_name": "Amina Diallo"})
    meeting = records.add(
        store, "meeting", {"title": "Coordination", "start": START, "attendee_ids": [amina.id]}
    )
    action = records.add(store, "action", {"title": "Call back", "owner": amina.id})
    records.add(store, "action", {"title": "Someone else's", "owner": "me"})

    found = references.referrers(store, kind="contact", record_id=amina.id)

    assert dict(found.counts) == {Kind.MEETING: 1, Kind.ACTION: 1}
    assert found.total == 2
    assert {(r.kind, r.record_id, r.title, r.field) for r in found.sample} == {
        (Kind.MEETING, meeting.id, "Coordination", "attendee_ids"),
        (Kind.ACTION, action.id, "Call back", "owner"),
    }


def test_an_organization_is_named_by_contacts_children_and_meetings(store: Store) -> None:
    org = records.add(store, "org", {"name": "Red Crescent"})
    records.add(store, "org", {"name": "Branch", "parent_id": org.id})
    records.add(store, "contact", {"full_name": "Amina Diallo", "organization_id": org.id})
    records.add(store, "meeting", {"title": "Coordination", "start": START, "organization_ids": [org.id]})

    found = references.referrers(store, kind="org", record_id=org.id)

    assert dict(found.counts) == {Kind.ORG: 1, Kind.CONTACT: 1, Kind.MEETING: 1}


def test_deleted_referrers_do_not_count(store: Store) -> None:
    meeting = records.add(store, "meeting", {"title": "Coordination", "start": START})
    action = records.add(store, "action", {"title": "Call back", "meeting_id": meeting.id})
    records.delete_record(store, "action", action.id)

    assert references.referrers(store, kind="meeting", record_id=meeting.id).total == 0
