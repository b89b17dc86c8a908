"""Purging a record for good (services.record_purge, issue 13): nothing of it remains
anywhere in the profile folder — read page by page with the key, free pages and the WAL
included — and the purge log keeps what, when, by whom and why, without content."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.models import Contact
from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.services import held_bundles, record_purge, records, search, syncing
from liaison_app.store import Store
from tests.conftest import Factory
from tests.liaison_app.sqlcipher_pages import holding
from tests.sync.conftest import introduce, send

SECRET = "Tessellate-Quokka-4471"


def _profile_holding_the_secret(device: Factory, tmp_path: Path) -> tuple[Store, Store, str]:
    """Anna's profile with a contact whose name, notes and history hold SECRET, searched,
    edited in conflict with HQ, in stored changesets, and a held bundle naming it."""
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    person = records.add(anna, "contact", {"full_name": f"Amina {SECRET}", "notes": f"lives by {SECRET}"}).id
    send(anna, hq)
    records.edit(anna, "contact", person, {"position": f"chief {SECRET}"})
    records.edit(hq, "contact", person, {"position": f"elder {SECRET}"})
    send(hq, anna)
    records.edit(anna, "contact", person, {"notes": f"moved from {SECRET} street"})
    for n in range(30):  # neighbours on the same pages, so the purge frees and rewrites cells
        records.add(anna, "contact", {"full_name": f"Neighbour {n}", "notes": "x" * 200})
    stand_in = tmp_path / "newer.liaison"
    stand_in.write_bytes(SECRET.encode())  # as a bundle only a newer release reads would hold it
    held_bundles.hold(anna.directory, stand_in)
    assert search.search(anna, SECRET)
    return anna, hq, person


def test_given_the_secret_in_a_profile_before_the_purge_then_the_page_reader_finds_it(
    device: Factory, tmp_path: Path
) -> None:
    anna, _, _ = _profile_holding_the_secret(device, tmp_path)
    assert anna.data_key is not None
    assert "liaison.db" in holding(
        anna.directory, anna.data_key, SECRET.encode()
    ) or "liaison.db-wal" in holding(anna.directory, anna.data_key, SECRET.encode())


def test_given_a_purged_contact_then_no_file_of_the_profile_holds_any_of_its_text(
    device: Factory, tmp_path: Path
) -> None:
    anna, _, person = _profile_holding_the_secret(device, tmp_path)

    done = record_purge.purge(anna, "contact", [person[:8]], reason="retention period over")

    assert done.ids == (person,) and done.files_removed
    assert anna.data_key is not None
    assert holding(anna.directory, anna.data_key, SECRET.encode()) == []
    assert holding(anna.directory, anna.data_key, b"Quokka") == []  # nor a word of it
    assert search.search(anna, "Quokka") == []
    assert len(records.list_records(anna, "contact")) == 30


def test_given_a_purge_then_the_log_says_what_when_who_and_why_and_nothing_else(device: Factory) -> None:
    anna = device("Anna")
    person = records.add(anna, "contact", {"full_name": f"Amina {SECRET}"}).id

    done = record_purge.purge(anna, "contact", [person], reason="subject asked")

    (entry,) = record_purge.purge_log(anna)
    assert (entry.kind, entry.record_id, entry.reason, entry.origin) == (
        "contact",
        person,
        "subject asked",
        "here",
    )
    assert (entry.officer, entry.device, entry.purged_at) == ("Anna", anna.author.device_id, done.purged_at)
    assert SECRET not in repr(entry)


def test_given_several_records_when_purged_in_one_call_then_all_go_in_one_marker(device: Factory) -> None:
    anna = device("Anna")
    ids = [records.add(anna, "org", {"name": f"Org {n}"}).id for n in range(3)]

    done = record_purge.purge(anna, "org", ids)

    assert sorted(done.ids) == sorted(ids) and done.marker is not None
    assert records.list_records(anna, "org") == []
    assert {e.record_id for e in record_purge.purge_log(anna)} == set(ids)


def test_given_an_org_that_contacts_name_when_purged_then_they_stay_without_it(device: Factory) -> None:
    anna = device("Anna")
    org = records.add(anna, "org", {"name": "Water Board"}).id
    person = records.add(anna, "contact", {"full_name": "Amina", "organization_id": org}).id

    record_purge.purge(anna, "org", [org])

    contact = records.get(anna, "contact", person)
    assert isinstance(contact, Contact) and contact.organization_id is None


def test_given_a_deleted_record_when_purged_then_it_leaves_the_trash(device: Factory) -> None:
    anna = device("Anna")
    person = records.add(anna, "contact", {"full_name": "Amina"}).id
    records.delete_record(anna, "contact", person)

    record_purge.purge(anna, "contact", [person])

    with pytest.raises(NotFoundError):
        records.restore(anna, "contact", person)


@pytest.mark.parametrize("given", ["no-such-id", ""])
def test_given_no_such_record_when_purging_then_not_found_and_nothing_changes(
    device: Factory, given: str
) -> None:
    anna = device("Anna")
    records.add(anna, "contact", {"full_name": "Amina"})
    before = syncing.status(anna)

    with pytest.raises(NotFoundError):
        record_purge.purge(anna, "contact", [given])

    assert syncing.status(anna) == before and record_purge.purge_log(anna) == []


def test_given_a_purged_record_when_purged_again_then_not_found(device: Factory) -> None:
    anna = device("Anna")
    person = records.add(anna, "contact", {"full_name": "Amina"}).id
    record_purge.purge(anna, "contact", [person])

    with pytest.raises(NotFoundError):
        record_purge.purge(anna, "contact", [person])


@pytest.mark.parametrize("reason", ["x" * 501, "two\nlines"])
def test_given_a_bad_reason_when_purging_then_refused_and_the_record_stays(
    device: Factory, reason: str
) -> None:
    anna = device("Anna")
    person = records.add(anna, "contact", {"full_name": "Amina"}).id

    with pytest.raises(ValidationError):
        record_purge.purge(anna, "contact", [person], reason=reason)

    assert records.get(anna, "contact", person).id == person


def test_given_a_record_made_do_not_share_when_purged_then_no_marker_names_it(device: Factory) -> None:
    store = device("Ana")
    shared = records.add(store, "contact", {"full_name": "Jean Mukendi"})
    private = records.add(store, "contact", {"full_name": "A Source", "do_not_share": True})

    kept_here = record_purge.purge(store, "contact", [private.id])
    travelled = record_purge.purge(store, "contact", [shared.id])

    assert kept_here.marker is None  # it never left this laptop: neither does its id
    assert travelled.marker is not None
    assert [e.record_id for e in record_purge.purge_log(store)] == [private.id, shared.id]
