"""The clock guard: changes stamped more than 24 h ahead of the importer's clock are held in
quarantine and shown, not merged silently; they merge once the importer's clock catches up.
A clock less far ahead is merged, and the hybrid logical clock then keeps later local edits
ordered after it."""

from __future__ import annotations

import pytest

from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from tests.sync.conftest import Factory, introduce, send
from tests.sync.support import state_of

HOUR = 60 * 60 * 1000
DAY = 24 * HOUR


def position(store: Store, contact_id: str) -> str | None:
    return records.get(store, "contact", contact_id).position  # type: ignore[attr-defined,no-any-return]


def last_stamp(store: Store, origin: str) -> int:
    """The HLC of the newest changeset from `origin` that `store` holds."""
    with store.session() as s:
        return int(
            s.connection()
            .exec_driver_sql("SELECT max(hlc) FROM sync_changeset WHERE origin = ?", (origin,))
            .scalar_one()
        )


def anna_and_hq_sharing_a_contact(device: Factory) -> tuple[Store, Store, str]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Driver"})
    send(anna, hq)
    return anna, hq, contact.id


@pytest.mark.parametrize(
    "ahead",
    [
        pytest.param(DAY + 10 * 60 * 1000, id="24h and 10 minutes"),
        pytest.param(2 * DAY, id="2 days"),
        pytest.param(365 * DAY, id="a year"),
    ],
)
def test_given_an_edit_stamped_more_than_a_day_ahead_when_imported_then_it_is_quarantined_not_merged(
    device: Factory, ahead: int
) -> None:
    anna, hq, contact_id = anna_and_hq_sharing_a_contact(device)
    anna.clock_skew_ms = ahead
    records.edit(anna, "contact", contact_id, {"position": "Convoy lead"})
    before = dump.dump_json(hq)
    counts = send(anna, hq)
    assert (counts.quarantined, counts.applied) == (1, 0)
    assert syncing.status(hq).quarantined == 1
    assert position(hq, contact_id) == "Driver"
    assert dump.dump_json(hq) == before


def test_given_a_quarantined_changeset_then_the_import_counts_it_once_as_quarantined_not_also_pending(
    device: Factory,
) -> None:
    anna, hq, contact_id = anna_and_hq_sharing_a_contact(device)
    anna.clock_skew_ms = 2 * DAY
    records.edit(anna, "contact", contact_id, {"position": "Convoy lead"})
    counts = send(anna, hq)
    assert (counts.quarantined, counts.pending) == (1, 0)
    assert (syncing.status(hq).quarantined, syncing.status(hq).pending) == (1, 0)


def test_given_a_quarantined_edit_when_the_importers_clock_has_not_caught_up_then_release_keeps_it(
    device: Factory,
) -> None:
    anna, hq, contact_id = anna_and_hq_sharing_a_contact(device)
    anna.clock_skew_ms = 2 * DAY
    records.edit(anna, "contact", contact_id, {"position": "Convoy lead"})
    send(anna, hq)
    hq.clock_skew_ms = 12 * HOUR  # closer, still more than a day behind the stamp
    before = state_of(hq)
    result = syncing.release_quarantine(hq)
    assert (result.applied, len(result.quarantined)) == ([], 1)
    assert state_of(hq) == before


def test_given_a_quarantined_edit_when_the_importers_clock_catches_up_then_release_merges_it(
    device: Factory,
) -> None:
    anna, hq, contact_id = anna_and_hq_sharing_a_contact(device)
    anna.clock_skew_ms = 2 * DAY
    records.edit(anna, "contact", contact_id, {"position": "Convoy lead"})
    send(anna, hq)
    hq.clock_skew_ms = 2 * DAY
    result = syncing.release_quarantine(hq)
    assert result.applied == [(anna.author.device_id, 2)]
    assert syncing.status(hq).quarantined == 0
    assert position(hq, contact_id) == "Convoy lead"
    assert dump.dump_json(hq) == dump.dump_json(anna)


def test_given_a_quarantined_edit_then_a_later_one_from_the_same_device_waits_as_pending(
    device: Factory,
) -> None:
    anna, hq, contact_id = anna_and_hq_sharing_a_contact(device)
    anna.clock_skew_ms = 2 * DAY
    records.edit(anna, "contact", contact_id, {"position": "Convoy lead"})
    send(anna, hq)
    records.edit(anna, "contact", contact_id, {"position": "Head of convoys"})
    counts = send(anna, hq)
    assert (counts.applied, counts.pending) == (0, 1)
    status = syncing.status(hq)
    assert (status.quarantined, status.pending) == (1, 1)
    assert position(hq, contact_id) == "Driver"
    hq.clock_skew_ms = 2 * DAY
    released = syncing.release_quarantine(hq)
    assert [seq for _, seq in released.applied] == [2, 3]
    assert position(hq, contact_id) == "Head of convoys"
    assert (syncing.status(hq).quarantined, syncing.status(hq).pending) == (0, 0)
    assert dump.dump_json(hq) == dump.dump_json(anna)


def test_given_a_device_a_day_less_an_hour_ahead_then_its_edit_merges_and_pushes_the_importers_clock(
    device: Factory,
) -> None:
    anna, hq, contact_id = anna_and_hq_sharing_a_contact(device)
    anna.clock_skew_ms = DAY - HOUR
    records.edit(anna, "contact", contact_id, {"position": "Convoy lead"})
    counts = send(anna, hq)
    assert (counts.applied, counts.quarantined) == (1, 0)
    assert position(hq, contact_id) == "Convoy lead"
    records.edit(hq, "contact", contact_id, {"notes": "Call before noon"})
    hq_stamp, anna_stamp = last_stamp(hq, hq.author.device_id), last_stamp(anna, anna.author.device_id)
    assert hq_stamp > anna_stamp, "the HLC went backwards after merging a clock that runs ahead"
    assert (hq_stamp >> 16) < hq.now_ms() + DAY - HOUR + 60_000, "the HLC stays close to the stamp it saw"


def test_given_a_merged_clock_ahead_then_a_later_local_edit_wins_over_an_earlier_concurrent_one(
    device: Factory,
) -> None:
    """Bert's laptop runs 12 h ahead, Anna's 23 h. HQ merges one of Anna's edits, then edits a
    contact's position, after Bert (who has not seen HQ's edit) changed it too: HQ's edit came
    later in real time and must win everywhere, although HQ's own wall clock is behind Bert's."""
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    contact = records.add(hq, "contact", {"full_name": "Jean Mukendi", "position": "Driver"})
    send(hq, anna)
    send(hq, bert)
    bert.clock_skew_ms = 12 * HOUR
    records.edit(bert, "contact", contact.id, {"position": "Bert's guess"})
    anna.clock_skew_ms = DAY - HOUR
    records.add(anna, "org", {"name": "Norwegian Refugee Council"})
    assert send(anna, hq).applied == 1
    records.edit(hq, "contact", contact.id, {"position": "Head of convoys"})
    assert send(bert, hq).conflicts == 1
    assert send(hq, bert).conflicts == 1
    for store in (hq, bert):
        (conflict,) = syncing.conflicts(store)
        shown = next(v for v in conflict.values if v.winner)
        assert shown.value == "Head of convoys" and shown.origin == hq.author.device_id
        assert position(store, contact.id) == "Head of convoys"
    assert dump.dump_json(hq) == dump.dump_json(bert)
