"""Equivocation: a device that signs two different changesets with the same sequence number.

Without detection two devices that received the two versions stay diverged for good, each
calling the other's a duplicate. The first version stored stays, every other is refused by
itself (the rest of the bundle goes in), and the device is reported as equivocating: in the
import counts, in `sync status`, in the exchange history, and for good (after a restart)."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app import profile
from liaison_app.errors import BundleRefusedError
from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from sync import history
from sync.history import Result
from sync.refusals import RefusalReason
from tests.sync.conftest import Factory, bundle_for, introduce
from tests.sync.hostile import bundle_of, signed, stored_body, with_value
from tests.sync.support import state_of


@pytest.fixture
def anna_hq(device: Factory) -> tuple[Store, Store]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    return anna, hq


def _forked(anna: Store) -> bytes:
    """Anna's changeset 1 rewritten and signed again by Anna: a second history."""
    return signed(anna, with_value(stored_body(anna, 1), "name", "Another history"))


def _equivocation_entries(store: Store) -> list[history.Entry]:
    return [e for e in syncing.exchange_history(store) if e.reason == RefusalReason.EQUIVOCATION.value]


def test_given_a_device_that_signs_a_second_changeset_one_then_the_second_is_refused_and_the_device_reported(
    anna_hq: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    syncing.import_bundle(hq, bundle_for(anna, hq))
    records.add(anna, "org", {"name": "UNHCR"})  # changeset 2, honest
    before = dump.dump_json(hq)

    path = bundle_of(anna, hq, [_forked(anna), signed(anna, stored_body(anna, 2))], monkeypatch, tmp_path)
    outcome = syncing.import_bundle(hq, path)

    assert outcome.status is syncing.FileStatus.IMPORTED
    assert outcome.counts.equivocations == 1 and outcome.counts.applied == 1  # changeset 2 went in
    assert "Another history" not in dump.dump_json(hq) and dump.dump_json(hq) != before
    assert syncing.status(hq).equivocating == {anna.author.device_id: 1}
    (entry,) = _equivocation_entries(hq)
    assert entry.result is Result.REFUSED and entry.peers == (anna.author.device_id,)
    assert entry.counts == {"seq": 1}


def test_given_the_two_versions_reached_two_devices_then_the_relay_of_one_to_the_other_reports_the_fork(
    anna_hq: tuple[Store, Store], device: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    anna, hq = anna_hq
    bert = device("Bert")
    introduce(bert, hq)
    introduce(bert, anna)
    records.add(anna, "org", {"name": "World Food Programme"})
    syncing.import_bundle(hq, bundle_for(anna, hq))  # HQ holds the honest version
    syncing.import_bundle(bert, bundle_of(anna, bert, [_forked(anna)], monkeypatch, tmp_path))
    assert "Another history" in dump.dump_json(bert)  # Bert was shown the other one first
    records.add(hq, "contact", {"full_name": "Jean Mukendi"})

    outcome = syncing.import_bundle(bert, bundle_for(hq, bert))

    assert outcome.counts.equivocations == 1 and outcome.counts.applied == 1  # HQ's own work goes in
    assert "Jean Mukendi" in dump.dump_json(bert)
    assert syncing.status(bert).equivocating == {anna.author.device_id: 1}
    with bert.session() as s:
        (via,) = s.connection().exec_driver_sql("SELECT via FROM sync_equivocation").one()
    assert via == hq.author.device_id  # who brought the second version, for the officer to ask


def test_given_an_equivocation_found_then_it_is_still_reported_after_the_profile_is_opened_again(
    anna_hq: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    syncing.import_bundle(hq, bundle_for(anna, hq))
    syncing.import_bundle(hq, bundle_of(anna, hq, [_forked(anna)], monkeypatch, tmp_path))
    directory = hq.directory
    hq.close()
    with profile.unlock(directory, "passphrase") as reopened:
        assert syncing.status(reopened).equivocating == {anna.author.device_id: 1}
        assert len(_equivocation_entries(reopened)) == 1


def test_given_the_same_fork_sent_again_then_it_is_not_reported_twice(
    anna_hq: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    syncing.import_bundle(hq, bundle_for(anna, hq))
    forked = _forked(anna)
    syncing.import_bundle(hq, bundle_of(anna, hq, [forked], monkeypatch, tmp_path))
    again = syncing.import_bundle(hq, bundle_of(anna, hq, [forked], monkeypatch, tmp_path))
    assert again.status is syncing.FileStatus.IMPORTED and again.counts.equivocations == 0
    assert len(_equivocation_entries(hq)) == 1
    assert syncing.status(hq).equivocating == {anna.author.device_id: 1}


def test_given_two_versions_of_one_number_in_one_bundle_then_the_first_goes_in_and_the_second_is_refused(
    anna_hq: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    honest = signed(anna, stored_body(anna, 1))
    outcome = syncing.import_bundle(hq, bundle_of(anna, hq, [honest, _forked(anna)], monkeypatch, tmp_path))
    assert (outcome.counts.applied, outcome.counts.equivocations) == (1, 1)
    assert "World Food Programme" in dump.dump_json(hq) and "Another history" not in dump.dump_json(hq)


def test_given_a_second_version_not_signed_by_its_device_then_the_bundle_is_refused_and_nobody_is_accused(
    anna_hq: tuple[Store, Store], device: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A fork is reported only when the device's own key signed both: a forger (here HQ's
    key, which must not speak for Anna) cannot get an honest device reported."""
    anna, hq = anna_hq
    bert = device("Bert")
    introduce(bert, hq)
    records.add(anna, "org", {"name": "World Food Programme"})
    syncing.import_bundle(hq, bundle_for(anna, hq))
    syncing.import_bundle(bert, bundle_for(hq, bert))
    before = state_of(bert)
    forged = signed(hq, with_value(stored_body(anna, 1), "name", "Another history"))
    with pytest.raises(BundleRefusedError) as caught:
        syncing.import_bundle(bert, bundle_of(hq, bert, [forged], monkeypatch, tmp_path))
    assert caught.value.code is RefusalReason.FORGED_CHANGESET
    assert state_of(bert) == before and syncing.status(bert).equivocating == {}
