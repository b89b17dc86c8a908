"""An import merges (and re-indexes) a chunk of staged changesets at a time, each body decoded
once: the result must be the one merge of the whole bundle, and a bundle refused after some
chunks merged must still change nothing."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from liaison_app.errors import BundleRefusedError
from liaison_app.services import dump, records, search, syncing
from liaison_app.store import Store
from sync import exchange
from sync.changeset import pack_item, sign
from sync.refusals import RefusalReason
from tests.sync.conftest import Factory, bundle_for, introduce
from tests.sync.hostile import bundle_of, org_changeset, signed
from tests.sync.hostile import stored_body as own_body


def _search_documents(store: Store) -> list[tuple[str, ...]]:
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT d.kind, d.record_id, s.title, s.body FROM search_doc d"
            " JOIN search_index s ON s.rowid = d.rowid ORDER BY d.record_id"
        )
        return [tuple(r) for r in rows]


@pytest.fixture
def anna_hq_bob(device: Factory) -> tuple[Store, Store, Store]:
    anna, hq, bob = device("Anna"), device("HQ", role="hq"), device("Bob")
    introduce(anna, hq)
    introduce(anna, bob)
    for batch_number in range(5):
        with records.batch(anna) as batch:
            for i in range(20):
                batch.add("contact", {"full_name": f"Batch{batch_number} Person{i}", "notes": "water point"})
    first = records.list_records(anna, "contact")[0]
    records.edit(anna, "contact", first.id, {"notes": "moved to the clinic"})
    return anna, hq, bob


def test_given_every_changeset_its_own_chunk_then_the_import_equals_the_one_merge_of_the_bundle(
    anna_hq_bob: tuple[Store, Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, hq, bob = anna_hq_bob
    whole = syncing.import_bundle(bob, bundle_for(anna, bob)).counts
    monkeypatch.setattr(exchange, "_DECODED_OPS_KEPT", 1)

    chunked = syncing.import_bundle(hq, bundle_for(anna, hq)).counts

    assert chunked == whole
    assert (chunked.applied, chunked.pending) == (whole.applied, 0)
    assert dump.dump_json(hq) == dump.dump_json(bob) == dump.dump_json(anna)
    assert _search_documents(hq) == _search_documents(bob) == _search_documents(anna)
    assert [h.title for h in search.search(hq, "Batch4 Person19")] == ["Batch4 Person19"]


def test_given_a_changeset_before_the_one_it_follows_then_it_waits_across_chunks_and_both_merge(
    device: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "World Food Programme"})
    template = own_body(anna, 1)
    items = [signed(anna, org_changeset(template, 2, ["late"] * 3)), signed(anna, template)]
    monkeypatch.setattr(exchange, "_DECODED_OPS_KEPT", 1)

    counts = syncing.import_bundle(hq, bundle_of(anna, hq, items, monkeypatch, tmp_path)).counts

    assert (counts.applied, counts.pending, counts.rejected) == (2, 0, 0)
    assert len(records.list_records(hq, "org")) == 4


def test_given_a_forgery_after_chunks_merged_then_the_bundle_is_refused_and_nothing_changed(
    device: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "World Food Programme"})
    template = own_body(anna, 1)
    forged = org_changeset(template, 3, ["forged"]).encode()
    items = [
        signed(anna, template),
        signed(anna, org_changeset(template, 2, ["merged first"] * 3)),
        pack_item(forged, sign(forged, hq.identity.signing_private)),  # in Anna's name, HQ's key
    ]
    monkeypatch.setattr(exchange, "_DECODED_OPS_KEPT", 1)
    before, documents = dump.dump_json(hq), _search_documents(hq)

    with pytest.raises(BundleRefusedError) as refused:
        syncing.import_bundle(hq, bundle_of(anna, hq, items, monkeypatch, tmp_path))

    assert refused.value.code is RefusalReason.FORGED_CHANGESET
    assert dump.dump_json(hq) == before
    assert _search_documents(hq) == documents
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_given_an_import_then_the_garbage_collector_is_as_it_was(
    anna_hq_bob: tuple[Store, Store, Store],
) -> None:
    anna, hq, _ = anna_hq_bob
    assert gc.isenabled()

    syncing.import_bundle(hq, bundle_for(anna, hq))

    assert gc.isenabled() and gc.get_freeze_count() == 0
