"""`records.batch`, the bulk write path: as strict as `records.add`, all records or none, and
the garbage collector back as it was afterwards."""

from __future__ import annotations

import gc

import pytest

from liaison_app import settings
from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.kinds import Kind
from liaison_app.services import records
from liaison_app.store import Store


def _counts(store: Store) -> tuple[int, ...]:
    with store.session() as s:
        run = s.connection().exec_driver_sql
        tables = ("organization", "contact", "search_doc", "sync_changeset", "sync_heads")
        return tuple(run(f"SELECT count(*) FROM {t}").scalar_one() for t in tables)


def test_given_a_bad_record_late_in_a_batch_when_it_is_added_then_nothing_of_the_batch_is_written(
    store: Store,
) -> None:
    before = _counts(store)
    with pytest.raises(ValidationError) as refused, records.batch(store) as writes:
        org = writes.add("org", {"name": "Relief of the Sahel"})
        writes.add("contact", {"full_name": "Amadou Diallo", "organization_id": org.id})
        writes.add("contact", {"full_name": "Awa", "languages": "not a list but text", "position": 7})
    assert refused.value.field == "position"
    assert _counts(store) == before


def test_given_a_record_added_earlier_in_the_batch_when_a_later_one_names_it_then_the_link_holds(
    store: Store,
) -> None:
    with records.batch(store) as writes:
        parent = writes.add("org", {"name": "Water for Gao"})
        child = writes.add("org", {"name": "Water for Gao, east", "parent_id": parent.id})
        contact = writes.add("contact", {"full_name": "Amadou Diallo", "organization_id": child.id})
    assert (parent.kind, contact.kind) == (Kind.ORG, Kind.CONTACT)
    assert records.get(store, "org", child.id).parent_id == parent.id  # type: ignore[attr-defined]
    assert records.get(store, "contact", contact.id).organization_id == child.id  # type: ignore[attr-defined]


def test_given_an_id_of_another_kind_when_a_batch_record_names_it_then_it_is_refused(store: Store) -> None:
    with records.batch(store) as writes:
        contact = writes.add("contact", {"full_name": "Amadou Diallo"})
    before = _counts(store)
    with pytest.raises(NotFoundError), records.batch(store) as writes:
        writes.add("contact", {"full_name": "Awa", "organization_id": contact.id})
    assert _counts(store) == before


def test_given_a_record_in_the_trash_when_a_batch_record_names_it_then_it_is_refused(store: Store) -> None:
    org = records.add(store, "org", {"name": "Gone Away"})
    records.delete_record(store, "org", org.id)
    with pytest.raises(NotFoundError), records.batch(store) as writes:
        writes.add("contact", {"full_name": "Awa", "organization_id": org.id})


def test_given_renamed_sensitivity_levels_when_a_batch_writes_then_it_reads_the_profiles_levels(
    store: Store,
) -> None:
    with store.session() as s:
        settings.put(s, "sensitivity_levels", ["OPEN", "INTERNAL"])
        s.commit()
    with records.batch(store) as writes:
        plain = writes.add("contact", {"full_name": "Amadou Diallo"})
        marked = writes.add("contact", {"full_name": "Awa", "sensitivity": "internal"})
    assert records.get(store, "contact", plain.id).sensitivity == "OPEN"  # type: ignore[attr-defined]
    assert records.get(store, "contact", marked.id).sensitivity == "INTERNAL"  # type: ignore[attr-defined]
    with pytest.raises(ValidationError), records.batch(store) as writes:
        writes.add("contact", {"full_name": "Awa", "sensitivity": "CONFIDENTIAL"})


def test_given_a_done_action_and_a_meeting_when_batched_then_their_finishing_rules_ran(store: Store) -> None:
    with records.batch(store) as writes:
        meeting = writes.add(
            "meeting", {"title": "Convoy", "start": "2026-03-14T09:30+03:00", "end": "11:00"}
        )
        action = writes.add("action", {"title": "Send the list", "status": "done", "meeting_id": meeting.id})
    stored = records.get(store, "meeting", meeting.id)
    assert (stored.start_utc, stored.end) == ("2026-03-14T06:30:00.000000Z", "2026-03-14T11:00:00+03:00")  # type: ignore[attr-defined]
    assert records.get(store, "action", action.id).completed_at is not None  # type: ignore[attr-defined]
    with pytest.raises(ValidationError), records.batch(store) as writes:
        writes.add("meeting", {"title": "Backwards", "start": "2026-03-14T09:30+03:00", "end": "08:00"})


@pytest.mark.parametrize("fails", [False, True])
def test_given_the_collector_on_when_a_batch_ends_then_it_is_on_again(store: Store, fails: bool) -> None:
    assert gc.isenabled()
    try:
        with records.batch(store) as writes:
            writes.add("org", {"name": "Water for Gao"})
            assert not gc.isenabled()  # no gen-2 passes over a bulk write
            if fails:
                writes.add("org", {})
    except ValidationError:
        assert fails
    assert gc.isenabled()


def test_given_the_collector_off_when_a_batch_ends_then_it_stays_off(store: Store) -> None:
    gc.disable()
    try:
        with records.batch(store) as writes:
            writes.add("org", {"name": "Water for Gao"})
        assert not gc.isenabled()
    finally:
        gc.enable()
