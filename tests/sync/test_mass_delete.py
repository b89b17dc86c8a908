"""The mass-delete guard: a bundle deleting more than the set share of this device's live
records (and at least 20) is refused with nothing applied, saying how many of which kind,
until the officer allows it; ordinary deletions go in as ever."""

from __future__ import annotations

import pytest

from liaison_app import settings
from liaison_app.errors import MassDeleteError
from liaison_app.services import record_purge, records, syncing
from liaison_app.services.syncing import RefusalReason
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import bundle_for, introduce, send


def _shared(device: Factory, contacts: int, orgs: int = 0) -> tuple[Store, Store]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    with records.batch(anna) as batch:
        for i in range(contacts):
            batch.add("contact", {"full_name": f"Person {i}"})
        for i in range(orgs):
            batch.add("org", {"name": f"Org {i}"})
    send(anna, hq)
    return anna, hq


def _delete(store: Store, kind: str, count: int) -> None:
    for record in records.list_records(store, kind)[:count]:
        records.delete_record(store, kind, record.id)


def test_given_a_bundle_deleting_most_records_when_imported_then_refused_with_counts_and_nothing_applied(
    device: Factory,
) -> None:
    anna, hq = _shared(device, contacts=40, orgs=10)
    _delete(anna, "contact", 30)
    _delete(anna, "org", 5)
    path = bundle_for(anna, hq)

    with pytest.raises(MassDeleteError) as refused:
        syncing.import_bundle(hq, path)

    assert refused.value.code is RefusalReason.MASS_DELETE
    assert dict(refused.value.deleted) == {"org": 5, "contact": 30}
    assert refused.value.live == 50
    assert "35 of the 50 records" in str(refused.value) and "30 contacts" in str(refused.value)
    assert len(records.list_records(hq, "contact")) == 40  # nothing applied
    assert syncing.exchange_history(hq, limit=1)[0].reason == RefusalReason.MASS_DELETE


def test_given_the_officer_allows_it_then_the_same_bundle_goes_in(device: Factory) -> None:
    anna, hq = _shared(device, contacts=40)
    _delete(anna, "contact", 30)
    path = bundle_for(anna, hq)
    assert syncing.import_one(hq, path).would_delete == (("contact", 30),)

    outcome = syncing.import_bundle(hq, path, allow_mass_delete=True)

    assert outcome.counts.applied == 30
    assert len(records.list_records(hq, "contact")) == 10


def test_given_fewer_than_twenty_deletions_then_no_guard_whatever_the_share(device: Factory) -> None:
    anna, hq = _shared(device, contacts=19)
    _delete(anna, "contact", 19)

    assert send(anna, hq).applied == 19
    assert records.list_records(hq, "contact") == []


def test_given_deletions_within_the_share_then_they_go_in(device: Factory) -> None:
    anna, hq = _shared(device, contacts=300)
    _delete(anna, "contact", 25)  # 8 %: under the default 10 %

    assert send(anna, hq).applied == 25


def test_given_a_lower_share_in_the_settings_then_it_is_the_one_that_applies(device: Factory) -> None:
    anna, hq = _shared(device, contacts=300)
    with hq.session() as s:
        settings.put(s, "mass_delete_percent", 5)
        s.commit()
    _delete(anna, "contact", 25)

    assert syncing.import_one(hq, bundle_for(anna, hq)).refusal is RefusalReason.MASS_DELETE


def test_after_a_refusal_the_counting_leaves_nothing_behind_and_later_imports_work(device: Factory) -> None:
    anna, hq = _shared(device, contacts=40)
    _delete(anna, "contact", 30)
    syncing.import_one(hq, bundle_for(anna, hq))
    records.add(anna, "org", {"name": "UNHCR"})

    syncing.import_bundle(hq, bundle_for(anna, hq), allow_mass_delete=True)

    with hq.session() as s:
        temp = s.connection().exec_driver_sql("SELECT name FROM temp.sqlite_master").scalars().all()
    assert [name for name in temp if "mass_delete" in name] == []
    assert [getattr(o, "name", None) for o in records.list_records(hq, "org")] == ["UNHCR"]


def test_given_a_bundle_purging_most_records_when_imported_then_it_asks_like_a_mass_delete(
    device: Factory,
) -> None:
    anna, hq = _shared(device, contacts=40)
    record_purge.purge(anna, "contact", [r.id for r in records.list_records(anna, "contact")[:30]])
    path = bundle_for(anna, hq)

    with pytest.raises(MassDeleteError) as refused:
        syncing.import_bundle(hq, path)

    assert dict(refused.value.deleted) == {"contact": 30}
    assert len(records.list_records(hq, "contact")) == 40 and record_purge.purge_log(hq) == []
    syncing.import_bundle(hq, path, allow_mass_delete=True)
    assert len(records.list_records(hq, "contact")) == 10 and len(record_purge.purge_log(hq)) == 30
