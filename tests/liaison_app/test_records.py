"""The record services: every field validated, references checked, deletes soft."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from db.models import ActionItem, Contact, Meeting, Organization
from liaison_app import settings
from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.kinds import MissingReferenceError
from liaison_app.services import actions, records, search
from liaison_app.store import Store

START = "2026-11-20T10:00+03:00"


def _org(store: Store, **fields: Any) -> Organization:
    record = records.add(store, "org", {"name": "UNHCR Field Office", **fields})
    assert isinstance(record, Organization)
    return record


def _contact(store: Store, **fields: Any) -> Contact:
    record = records.add(store, "contact", {"full_name": "Amina Diallo", **fields})
    assert isinstance(record, Contact)
    return record


def _meeting(store: Store, **fields: Any) -> Meeting:
    record = records.add(store, "meeting", {"title": "Coordination", "start": START, **fields})
    assert isinstance(record, Meeting)
    return record


def test_a_new_record_carries_id_times_and_author(store: Store) -> None:
    org = _org(store)
    assert len(org.id) == 36
    assert org.created_at == org.updated_at and org.created_at.endswith("Z")
    assert org.author_officer == "Maj. Anna Berg"
    assert org.author_device == store.author.device_id
    assert org.deleted_at is None


def test_defaults_fill_what_was_not_given(store: Store) -> None:
    org = _org(store)
    contact = _contact(store)
    meeting = _meeting(store)
    action = records.add(store, "action", {"title": "Call back"})
    assert org.org_type == "other"
    assert contact.sensitivity == "CONFIDENTIAL" and not contact.do_not_share
    assert (meeting.meeting_type, meeting.status) == ("meeting", "draft")
    assert isinstance(action, ActionItem)
    assert (action.status, action.priority, action.owner) == ("open", "normal", None)


def test_input_is_normalised(store: Store) -> None:
    org = _org(store, org_type="UN Agency", sectors=["Protection", " shelter ", "Protection"])
    meeting = _meeting(store, meeting_type="KLE", grid="37s bv 12345 67890", status="Final")
    assert org.org_type == "un-agency"
    assert org.sectors == ["Protection", "shelter"]
    assert meeting.meeting_type == "key-leader-engagement"
    assert meeting.grid == "37SBV1234567890"
    assert meeting.status == "final"


@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        ("org", {"name": "  "}, "name: must not be empty"),
        ("org", {"name": "X", "org_type": "cartel"}, "org_type: 'cartel' is not one of"),
        ("org", {"name": "X", "colour": "red"}, "no field 'colour'"),
        (
            "contact",
            {"full_name": "X", "contact_points": [{"kind": "email", "value": "nobody"}]},
            "not an email",
        ),
        (
            "contact",
            {"full_name": "X", "contact_points": [{"kind": "phone", "value": "call me"}]},
            "not a phone",
        ),
        (
            "contact",
            {"full_name": "X", "contact_points": [{"kind": "pigeon", "value": "x"}]},
            "kind",
        ),
        (
            "contact",
            {"full_name": "X", "sensitivity": "TOP SECRET"},
            "sensitivity: 'TOP SECRET' is not one of",
        ),
        ("contact", {"full_name": "X", "do_not_share": "perhaps"}, "do_not_share"),
        ("meeting", {"title": "X"}, "start: required"),
        (
            "meeting",
            {"title": "X", "start": "2026-13-01"},
            "start: '2026-13-01' is not an ISO-8601",
        ),
        ("meeting", {"title": "X", "start": "last week"}, "is not an ISO-8601"),
        (
            "meeting",
            {"title": "X", "start": START, "end": "2026-11-20T09:00+03:00"},
            "end: must not be before",
        ),
        ("meeting", {"title": "X", "start": START, "grid": "37SBV123"}, "grid"),
        ("meeting", {"title": "X", "start": START, "grid": "99ZZZ1234"}, "grid"),
        ("meeting", {"title": "X", "start": START, "latitude": 91, "longitude": 0}, "latitude"),
        ("meeting", {"title": "X", "start": START, "latitude": 10}, "both latitude and longitude"),
        ("meeting", {"title": "X", "start": START, "points": ["no kind here"]}, "KIND:TEXT"),
        ("meeting", {"title": "X", "start": START, "points": ["gossip:x"]}, "points kind"),
        ("meeting", {"title": "X", "start": START, "status": "lost"}, "status"),
        ("action", {"title": "X", "due": "2026-02-30"}, "due: '2026-02-30' is not a date"),
        ("action", {"title": "X", "due": "20261101"}, "is not a date"),
        ("action", {"title": "X", "priority": "urgent"}, "priority"),
        ("action", {"title": "X", "status": "finished"}, "status"),
    ],
)
def test_invalid_input_is_refused_with_a_message_naming_the_field(
    store: Store, kind: str, fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        records.add(store, kind, fields)
    assert records.list_records(store, kind) == []


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("org", {"name": "X", "parent_id": "00000000-0000-0000-0000-000000000000"}),
        ("contact", {"full_name": "X", "organization_id": "nope-nope"}),
        ("meeting", {"title": "X", "start": START, "attendee_ids": ["ghost"]}),
        ("meeting", {"title": "X", "start": START, "organization_ids": ["ghost"]}),
        ("action", {"title": "X", "owner": "ghost"}),
        ("action", {"title": "X", "meeting_id": "ghost"}),
    ],
)
def test_references_to_unknown_records_are_refused(store: Store, kind: str, fields: dict[str, Any]) -> None:
    with pytest.raises(NotFoundError):
        records.add(store, kind, fields)


def test_a_reference_to_a_deleted_record_is_refused(store: Store) -> None:
    org = _org(store)
    records.delete_record(store, "org", org.id)
    with pytest.raises(NotFoundError):
        _contact(store, organization_id=org.id)


def test_an_organization_cannot_become_its_own_ancestor(store: Store) -> None:
    parent = _org(store, name="UNHCR")
    child = _org(store, name="UNHCR Sub-Office", parent_id=parent.id)
    with pytest.raises(ValidationError, match="own ancestor"):
        records.edit(store, "org", parent.id, {"parent_id": child.id})


def test_a_meeting_time_without_offset_is_read_in_local_time_and_kept_aware(store: Store) -> None:
    meeting = _meeting(store, start="2026-11-20T10:00")
    assert meeting.start[19:] != ""  # an offset was attached
    aware = _meeting(store, start="2026-11-20T07:00Z")
    assert aware.start_utc == "2026-11-20T07:00:00.000000Z"
    assert _meeting(store, start=START).start_utc == aware.start_utc


def test_edit_changes_only_the_given_fields_and_the_update_time(store: Store) -> None:
    contact = _contact(store, position="Protection Officer", tags=["a"])
    edited = records.edit(store, "contact", contact.id, {"position": "Head of Office"})
    assert isinstance(edited, Contact)
    assert edited.position == "Head of Office"
    assert edited.tags == ["a"] and edited.full_name == "Amina Diallo"
    assert edited.updated_at > contact.updated_at
    assert edited.created_at == contact.created_at


def test_an_edit_that_changes_nothing_does_not_touch_the_record(store: Store) -> None:
    contact = _contact(store)
    again = records.edit(store, "contact", contact.id, {"full_name": " Amina Diallo "})
    assert again.updated_at == contact.updated_at


def test_a_required_field_cannot_be_emptied(store: Store) -> None:
    meeting = _meeting(store)
    with pytest.raises(ValidationError, match="title"):
        records.edit(store, "meeting", meeting.id, {"title": ""})


def test_records_are_found_by_a_unique_id_prefix(store: Store) -> None:
    org = _org(store)
    assert records.get(store, "org", org.id[:8].upper()).id == org.id
    with pytest.raises(NotFoundError):
        records.get(store, "org", "zzzz")
    with pytest.raises(NotFoundError):
        records.get(store, "contact", org.id)  # right id, wrong kind


def test_delete_is_soft_and_purge_is_final(store: Store) -> None:
    org = _org(store)
    records.delete_record(store, "org", org.id)
    assert records.list_records(store, "org") == []
    with pytest.raises(NotFoundError):
        records.get(store, "org", org.id)
    with pytest.raises(NotFoundError):
        records.delete_record(store, "org", org.id)
    with store.session() as s:
        tombstone = s.get(Organization, org.id)
        assert tombstone is not None and tombstone.deleted_at is not None
    assert records.purge(store) == {"action": 0, "meeting": 0, "contact": 0, "org": 1, "area": 0}
    with store.session() as s:
        assert s.get(Organization, org.id) is None
    assert records.purge(store)["org"] == 0


def test_purge_keeps_a_tombstone_that_a_record_still_points_at(store: Store) -> None:
    org = _org(store)
    contact = _contact(store, organization_id=org.id)
    records.delete_record(store, "org", org.id)
    assert records.purge(store)["org"] == 0
    assert records.get(store, "contact", contact.id).organization_id == org.id  # type: ignore[attr-defined]
    records.edit(store, "contact", contact.id, {"organization_id": None})
    assert records.purge(store)["org"] == 1


def test_lists_come_in_the_order_people_read_them(store: Store) -> None:
    for name in ["zeta", "Alpha", "beta"]:
        _org(store, name=name)
    assert [o.name for o in records.list_records(store, "org")] == ["Alpha", "beta", "zeta"]  # type: ignore[attr-defined]
    _meeting(store, title="old", start="2026-11-01T10:00Z")
    _meeting(store, title="new", start="2026-11-21T10:00Z")
    assert [m.title for m in records.list_records(store, "meeting")] == ["new", "old"]  # type: ignore[attr-defined]


def test_done_stamps_the_completion_time_and_reopening_clears_it(store: Store) -> None:
    action = records.add(store, "action", {"title": "Send report"})
    done = actions.set_status(store, action.id, "done")
    assert done.completed_at is not None
    assert actions.set_status(store, action.id, "in-progress").completed_at is None


def test_overdue_means_past_due_and_neither_done_nor_cancelled(store: Store) -> None:
    on = date(2026, 11, 24)
    for title, due, status in [
        ("late", "2026-11-23", "open"),
        ("late blocked", "2026-11-01", "blocked"),
        ("due today", "2026-11-24", "open"),
        ("late but done", "2026-11-01", "done"),
        ("late but cancelled", "2026-11-01", "cancelled"),
        ("no due date", None, "open"),
    ]:
        records.add(store, "action", {"title": title, "due": due, "status": status})
    overdue = actions.overdue(store, on=on)
    assert [a.title for a in overdue] == ["late blocked", "late"]
    assert all(actions.is_overdue(a, on) for a in overdue)


def test_action_owner_is_me_or_a_live_contact(store: Store) -> None:
    contact = _contact(store)
    mine = records.add(store, "action", {"title": "a", "owner": "ME"})
    theirs = records.add(store, "action", {"title": "b", "owner": contact.id})
    assert (mine.owner, theirs.owner) == ("me", contact.id)  # type: ignore[attr-defined]


def test_sensitivity_levels_are_configurable_per_profile(store: Store) -> None:
    with store.session() as s:
        settings.put(s, "sensitivity_levels", ["nato unclassified", "NATO RESTRICTED"])
        s.commit()
    contact = _contact(store, sensitivity="nato restricted")
    assert contact.sensitivity == "NATO RESTRICTED"
    assert _contact(store).sensitivity == "NATO UNCLASSIFIED"  # the default is not in the list
    with pytest.raises(ValidationError):
        _contact(store, sensitivity="CONFIDENTIAL")


def test_search_follows_every_write(store: Store) -> None:
    contact = _contact(store, notes="met at the water point")
    assert [h.id for h in search.search(store, "water")] == [contact.id]
    records.edit(store, "contact", contact.id, {"notes": "moved to Gao"})
    assert search.search(store, "water") == []
    assert [h.kind for h in search.search(store, "gao")] == ["contact"]
    records.delete_record(store, "contact", contact.id)
    assert search.search(store, "gao") == []


def test_search_covers_every_kind_and_ranks_titles_first(store: Store) -> None:
    org = _org(store, name="Cholera Task Force")
    meeting = _meeting(
        store, title="Health cluster", points=[{"kind": "finding", "text": "cholera cases rising"}]
    )
    action = records.add(store, "action", {"title": "Chlorinate wells", "description": "cholera response"})
    contact = _contact(store, tags=["cholera"])
    hits = search.search(store, "cholera")
    assert hits[0].id == org.id
    assert {h.id for h in hits} == {org.id, meeting.id, action.id, contact.id}
    assert {h.kind for h in hits} == {"org", "meeting", "action", "contact"}
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


POINTS = "contact_points"  # a phone number's own check still blames the record field


@pytest.mark.parametrize(
    ("kind", "fields", "field"),
    [
        ("contact", {"full_name": "  "}, "full_name"),
        (
            "contact",
            {"full_name": "X", "contact_points": [{"kind": "phone", "value": "x"}]},
            "contact_points",
        ),
        (
            "contact",
            {"full_name": "X", "contact_points": [{"kind": "pigeon", "value": "x"}]},
            "contact_points",
        ),
        ("meeting", {"title": "X"}, "start"),
        ("meeting", {"title": "X", "start": START, "end": "2026-11-20T09:00+03:00"}, "end"),
        ("meeting", {"title": "X", "start": START, "latitude": 10}, "latitude"),
        ("meeting", {"title": "X", "start": START, "points": ["gossip:x"]}, "points"),
        ("action", {"title": "X", "due": "2026-02-30"}, "due"),
        ("org", {"name": "X", "nickname": "Y"}, None),  # no such field: no field to blame
    ],
)
def test_a_refusal_names_the_record_field_at_fault_as_data(
    store: Store, kind: str, fields: dict[str, Any], field: str | None
) -> None:
    with pytest.raises(ValidationError) as refused:
        records.add(store, kind, fields)
    assert refused.value.field == field


def test_a_missing_reference_names_its_field_and_keeps_its_exit_code(store: Store) -> None:
    with pytest.raises(MissingReferenceError) as refused:
        records.add(store, "meeting", {"title": "X", "start": START, "attendee_ids": ["ghost"]})
    assert refused.value.field == "attendee_ids"
    assert refused.value.exit_code == NotFoundError.exit_code


def test_an_ancestor_loop_is_blamed_on_the_parent_field(store: Store) -> None:
    parent = _org(store, name="UNHCR")
    child = _org(store, name="UNHCR Sub-Office", parent_id=parent.id)
    with pytest.raises(ValidationError) as refused:
        records.edit(store, "org", parent.id, {"parent_id": child.id})
    assert (refused.value.field, str(refused.value)) == (
        "parent_id",
        "parent: an organization cannot be its own ancestor",
    )
