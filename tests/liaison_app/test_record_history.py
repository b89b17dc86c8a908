"""A record's history: each field written, old and new value as people read them, when, by
whom and from which device, in clock order; conflicts, deletes and private edits marked."""

from __future__ import annotations

import pytest

from liaison_app.errors import NotFoundError
from liaison_app.services import record_history, records
from liaison_app.services.record_history import Change
from tests.sync.conftest import Factory, introduce, send


def _changes(found: record_history.RecordHistory) -> list[tuple[str, str | None, str | None]]:
    return [(e.field, e.old, e.new) for e in found.entries]


def test_given_a_contact_edited_twice_then_its_history_lists_each_field_with_old_and_new_in_order(
    device: Factory,
) -> None:
    anna = device("Anna")
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Driver"}).id
    records.edit(anna, "contact", contact, {"position": "Logistics officer"})
    records.edit(anna, "contact", contact, {"position": "Head of logistics", "location": "Goma"})
    found = record_history.history(anna, "contact", contact)
    positions = [(e.old, e.new) for e in found.entries if e.field == "position"]
    assert positions == [
        (None, "Driver"),
        ("Driver", "Logistics officer"),
        ("Logistics officer", "Head of logistics"),
    ]
    assert ("location", None, "Goma") in _changes(found)
    assert all(e.officer == "Anna" and e.device_id == anna.author.device_id for e in found.entries)
    assert [e.hlc for e in found.entries] == sorted(e.hlc for e in found.entries)
    assert found.entries[0].at.endswith("Z")


def test_given_a_reference_then_the_history_names_the_record_referred_to(device: Factory) -> None:
    anna = device("Anna")
    org = records.add(anna, "org", {"name": "World Food Programme", "acronym": "WFP"}).id
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"}).id
    records.edit(anna, "contact", contact, {"organization_id": org})
    found = record_history.history(anna, "contact", contact)
    assert ("organization_id", None, "World Food Programme (WFP)") in _changes(found)


def test_given_an_edit_from_hq_then_its_entry_names_the_officer_and_the_device_by_name(
    device: Factory,
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"}).id
    send(anna, hq)
    records.edit(hq, "contact", contact, {"position": "Mayor"})
    send(hq, anna)
    (entry,) = [e for e in record_history.history(anna, "contact", contact).entries if e.field == "position"]
    assert (entry.officer, entry.device_id) == ("HQ", hq.author.device_id)
    assert entry.device == hq.author.device_name


def test_given_concurrent_edits_then_the_later_one_is_marked_as_a_conflict(device: Factory) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"}).id
    send(anna, hq)
    records.edit(anna, "contact", contact, {"position": "Driver"})
    records.edit(hq, "contact", contact, {"position": "Mayor"})
    send(hq, anna)
    entries = [e for e in record_history.history(anna, "contact", contact).entries if e.field == "position"]
    assert [e.conflict for e in entries] == [False, True]


def test_given_a_delete_and_a_restore_then_both_appear_and_the_record_in_the_trash_has_a_history(
    device: Factory,
) -> None:
    anna = device("Anna")
    org = records.add(anna, "org", {"name": "UNHCR"}).id
    records.delete_record(anna, "org", org)
    assert record_history.history(anna, "org", org).entries[-1].change is Change.DELETE
    records.restore(anna, "org", org)
    assert record_history.history(anna, "org", org).entries[-1].change is Change.RESTORE


def test_given_edits_made_while_marked_do_not_share_then_they_show_as_private_entries_of_this_device(
    device: Factory,
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi", "notes": "met in Goma"}).id
    send(anna, hq)
    records.edit(anna, "contact", contact, {"do_not_share": True, "notes": "protected source"})
    private = [
        e for e in record_history.history(anna, "contact", contact).entries if e.change is Change.PRIVATE
    ]
    assert [(e.field, e.old, e.new) for e in private] == [("notes", "met in Goma", "protected source")]


def test_given_no_such_record_then_history_raises_not_found(device: Factory) -> None:
    with pytest.raises(NotFoundError):
        record_history.history(device("Anna"), "contact", "no-such-id")
