"""The Trash: deleted records listed newest first with who deleted them; restore brings
them back through the write path (search, lists and peers see it again)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from liaison_app.errors import NotFoundError
from liaison_app.kinds import Kind, MissingReferenceError
from liaison_app.services import records, search, trash
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce, send


def test_given_deleted_records_when_listing_the_trash_then_newest_first_with_the_deleter(
    store: Store,
) -> None:
    org = records.add(store, "org", {"name": "Red Crescent"})
    contact = records.add(store, "contact", {"full_name": "Amina Diallo"})
    records.add(store, "contact", {"full_name": "Still Here"})
    records.delete_record(store, "org", org.id)
    records.delete_record(store, "contact", contact.id)

    found = trash.list_trash(store)

    assert [(t.kind, t.record_id, t.title) for t in found] == [
        (Kind.CONTACT, contact.id, "Amina Diallo"),
        (Kind.ORG, org.id, "Red Crescent"),
    ]
    assert {t.deleted_by for t in found} == {"Maj. Anna Berg"}
    assert found[0].deleted_at >= found[1].deleted_at
    assert [t.record_id for t in trash.list_trash(store, kind="org")] == [org.id]


def test_the_trash_never_falls_back_to_a_scan_of_live_records(store: Store) -> None:
    # INDEXED BY: without its tombstone index the listing refuses rather than scanning.
    with store.session() as s:
        s.connection().exec_driver_sql("DROP INDEX ix_contact_tombstones")
        s.commit()
    with pytest.raises(OperationalError, match="no such index"):
        trash.list_trash(store, kind="contact")


def test_given_a_deleted_contact_when_restored_then_lists_and_search_have_it_again(store: Store) -> None:
    contact = records.add(store, "contact", {"full_name": "Amina Diallo"})
    records.delete_record(store, "contact", contact.id)

    back = records.restore(store, "contact", contact.id[:8])

    assert back.deleted_at is None
    assert [r.id for r in records.list_records(store, "contact")] == [contact.id]
    assert [h.id for h in search.search(store, "Amina")] == [contact.id]
    assert trash.list_trash(store) == []


def test_restoring_a_live_or_unknown_record_is_refused(store: Store) -> None:
    contact = records.add(store, "contact", {"full_name": "Amina Diallo"})
    with pytest.raises(NotFoundError):
        records.restore(store, "contact", contact.id)
    with pytest.raises(NotFoundError):
        records.restore(store, "contact", "0000dead")


def test_given_a_restore_when_synced_then_the_peer_has_the_record_back(device: Factory) -> None:
    anna, ben = device("Anna"), device("Ben")
    introduce(anna, ben)
    org = records.add(anna, "org", {"name": "Red Crescent"})
    records.delete_record(anna, "org", org.id)
    send(anna, ben)
    assert records.list_records(ben, "org") == []
    assert [t.deleted_by for t in trash.list_trash(ben)] == ["Anna"]

    records.restore(anna, "org", org.id)
    send(anna, ben)

    assert [r.id for r in records.list_records(ben, "org")] == [org.id]


def test_an_editor_can_name_a_reference_to_a_record_in_the_trash(store: Store) -> None:
    gone = records.add(store, "contact", {"full_name": "Amina Diallo"})
    alive = records.add(store, "contact", {"full_name": "Still Here"})
    records.delete_record(store, "contact", gone.id)

    assert trash.deleted_titles(store, kind="contact", ids=[gone.id, alive.id]) == {gone.id: "Amina Diallo"}


def test_a_record_may_keep_naming_a_record_in_the_trash_but_not_start_to(store: Store) -> None:
    amina = records.add(store, "contact", {"full_name": "Amina Diallo"})
    jonas = records.add(store, "contact", {"full_name": "Jonas Keller"})
    ben = records.add(store, "contact", {"full_name": "Ben Okoro"})
    start = "2026-11-20T10:00+03:00"
    meeting = records.add(
        store, "meeting", {"title": "Coordination", "start": start, "attendee_ids": [amina.id]}
    )
    records.delete_record(store, "contact", amina.id)
    records.delete_record(store, "contact", ben.id)

    edited = records.edit(store, "meeting", meeting.id, {"attendee_ids": [amina.id, jonas.id]})
    assert sorted(edited.attendee_ids) == sorted([amina.id, jonas.id])  # type: ignore[attr-defined]

    with pytest.raises(MissingReferenceError):
        records.edit(store, "meeting", meeting.id, {"attendee_ids": [amina.id, jonas.id, ben.id]})
