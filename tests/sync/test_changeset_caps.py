"""Amplification: what one field, one record and one changeset may hold (sync.limits), and
memory that does not grow with the bundle.

A validly signed bundle of 31.7 KB could carry 32 distinct 16 MiB values and cost more than
a gigabyte of memory and disk. A changeset above a cap is refused by itself (not stored, not
merged, reported with `changeset_too_large` naming its device) and the rest of the bundle
goes in; below the caps the merge holds one changeset at a time, not the bundle."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from sync import exchange, history, limits
from sync.changeset import ChangesetBody
from sync.refusals import RefusalReason
from sync.stored_body import unpack
from tests.sync.conftest import Factory, introduce, send
from tests.sync.hostile import bundle_of, org_changeset, signed, stored_body

NOTE = 20_000  # the longest text a local edit may write (liaison_app.validation.MAX_TEXT)


@pytest.fixture
def anna_hq(device: Factory) -> tuple[Store, Store]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "World Food Programme"})
    return anna, hq


def _changesets(store: Store) -> int:
    with store.session() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM sync_changeset").scalar_one())


def _refusals(store: Store) -> list[history.Entry]:
    return [e for e in syncing.exchange_history(store) if e.reason == RefusalReason.CHANGESET_TOO_LARGE.value]


def _hostile(template: ChangesetBody, case: str) -> ChangesetBody:
    if case == "field":  # one value just above 1 MiB
        return org_changeset(template, 2, ["x" * (limits.MAX_FIELD_BYTES + 1)])
    if case == "record":  # five values under the field cap, one record above 4 MiB
        body = org_changeset(template, 2, ["n"])
        big = "y" * (limits.MAX_FIELD_BYTES - 16)
        ops = tuple(
            op.__class__(
                op.kind,
                op.record_id,
                op.field,
                big if op.field in {"notes", "name", "acronym", "org_type", "_deleted"} else op.value,
            )
            for op in body.ops
        )
        return ChangesetBody(body.origin, body.seq, body.hlc, body.officer, body.deps, ops)
    if case == "changeset":  # many records, each well under the caps, above 8 MiB in all
        return org_changeset(
            template, 2, [chr(65 + i % 26) * NOTE for i in range(limits.MAX_CHANGESET_BYTES // NOTE + 8)]
        )
    assert case == "operations"
    return org_changeset(template, 2, [""] * (limits.MAX_CHANGESET_OPS // 6 + 1))


@pytest.mark.parametrize("case", ["field", "record", "changeset", "operations"])
def test_given_a_changeset_above_a_cap_then_it_alone_is_refused_and_the_rest_of_the_bundle_goes_in(
    anna_hq: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, case: str
) -> None:
    anna, hq = anna_hq
    template = stored_body(anna, 1)
    hostile = _hostile(template, case)
    honest = signed(anna, template)
    path = bundle_of(anna, hq, [honest, signed(anna, hostile)], monkeypatch, tmp_path)

    outcome = syncing.import_bundle(hq, path)

    assert outcome.status is syncing.FileStatus.IMPORTED
    assert (outcome.counts.applied, outcome.counts.too_large) == (1, 1)
    assert "World Food Programme" in dump.dump_json(hq)
    assert _changesets(hq) == 1  # the hostile one is not kept
    (entry,) = _refusals(hq)
    assert entry.peers == (anna.author.device_id,) and entry.counts == {"seq": 2}


def test_given_changesets_at_the_longest_text_a_local_edit_writes_then_they_are_not_refused(
    anna_hq: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    anna, hq = anna_hq
    template = stored_body(anna, 1)
    items = [signed(anna, template), signed(anna, org_changeset(template, 2, ["é" * NOTE] * 100))]
    outcome = syncing.import_bundle(hq, bundle_of(anna, hq, items, monkeypatch, tmp_path))
    assert (outcome.counts.applied, outcome.counts.too_large) == (2, 0)


def _peak_import(anna: Store, hq: Store, count: int, monkeypatch: pytest.MonkeyPatch, folder: Path) -> int:
    template = stored_body(anna, 1)
    items = [signed(anna, template)]
    for seq in range(2, count + 2):
        items.append(signed(anna, org_changeset(template, seq, [chr(64 + seq % 26) * NOTE] * 100)))
    path = bundle_of(anna, hq, items, monkeypatch, folder)
    del items
    tracemalloc.start()
    try:
        outcome = syncing.import_bundle(hq, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome.counts.applied == count + 1
    return peak


def test_given_a_bundle_three_times_longer_then_the_import_needs_no_more_memory(
    device: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each changeset holds 100 records of 20,000 characters (2 MiB). Decoded bodies are kept
    for the merge only up to a bound (made small here, as it would be reached with bigger
    bundles); beyond it, memory must be one changeset's, whatever the count."""
    monkeypatch.setattr(exchange, "_DECODED_BYTES_KEPT", 2 * 1024 * 1024)
    peaks = []
    for count in (4, 12):
        anna, hq = device(f"Anna{count}"), device(f"HQ{count}", role="hq")
        introduce(anna, hq)
        records.add(anna, "org", {"name": "World Food Programme"})
        peaks.append(_peak_import(anna, hq, count, monkeypatch, tmp_path))
    small, large = peaks
    assert large < small * 1.5, (
        f"peak {small / 2**20:.0f} MiB for 4 changesets, {large / 2**20:.0f} MiB for 12"
    )


def test_given_a_bulk_write_above_half_a_cap_when_captured_then_it_is_split_and_every_peer_takes_it(
    anna_hq: tuple[Store, Store],
) -> None:
    # Honest bulk work (an import of hundreds of contacts with long notes) must never make a
    # changeset its peers refuse as too large: capture splits it below half of every cap.
    anna, hq = anna_hq
    before = _changesets(anna)
    with records.batch(anna) as batch:
        for i in range(450):  # about 9 MB in all: one changeset would be above the 8 MiB cap
            batch.add("contact", {"full_name": f"Contact {i}", "notes": f"{i} " + "n" * (NOTE - 8)})
    with anna.session() as s:
        sizes = [
            len(unpack(body))  # as signed: the caps bound what travels
            for (body,) in s.connection().exec_driver_sql(
                "SELECT body FROM sync_changeset WHERE seq > ? ORDER BY seq", (before,)
            )
        ]
    assert len(sizes) >= 2
    assert all(size <= limits.MAX_CHANGESET_BYTES // 2 + NOTE * 2 for size in sizes)

    counts = send(anna, hq)

    assert counts.too_large == 0 and counts.rejected == 0 and counts.pending == 0
    assert dump.dump(hq) == dump.dump(anna)
