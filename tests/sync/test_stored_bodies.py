"""Changeset bodies compressed at rest (sync.stored_body, migration v012): what is relayed is
still exactly what its origin signed, and stores of the previous release, whose bodies are
verbatim, export and merge the same."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from db import migrations
from db.engine import open_engine
from liaison_app.errors import BundleRefusedError
from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from sync import limits, stored_body
from sync.changeset import DELETED, ChangesetBody, Op, pack_item, sign
from sync.refusals import RefusalReason
from tests.sync.conftest import Factory, introduce, send
from tests.sync.hostile import bundle_of, org_changeset, signed
from tests.sync.hostile import stored_body as own_body


def _bodies(store: Store, origin: str) -> list[bytes]:
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT body FROM sync_changeset WHERE origin = ? ORDER BY seq", (origin,)
        )
        return [bytes(body) for (body,) in rows]


def _bulk(anna: Store, count: int = 200) -> None:
    with records.batch(anna) as batch:
        for i in range(count):
            batch.add("contact", {"full_name": f"Contact {i}", "notes": f"met {i} at the water cluster"})


@pytest.fixture
def trio(device: Factory) -> tuple[Store, Store, Store]:
    anna, hq, bob = device("Anna"), device("HQ", role="hq"), device("Bob")
    introduce(anna, hq)
    introduce(hq, bob)
    return anna, hq, bob


def test_given_a_bulk_changeset_received_when_stored_then_its_body_is_compressed(
    trio: tuple[Store, Store, Store],
) -> None:
    anna, hq, _ = trio
    _bulk(anna)

    send(anna, hq)

    signed_body = stored_body.unpack(_bodies(anna, anna.author.device_id)[-1])  # anna keeps hers packed too
    stored = _bodies(hq, anna.author.device_id)[-1]
    assert stored_body.is_packed(stored)
    assert len(stored) < len(signed_body) / 2
    assert stored_body.unpack(stored) == signed_body


def test_given_compressed_bodies_at_hq_when_relayed_then_a_third_device_verifies_and_merges_them(
    trio: tuple[Store, Store, Store],
) -> None:
    anna, hq, bob = trio
    _bulk(anna)
    send(anna, hq)

    counts = send(hq, bob)

    assert counts.applied == len(_bodies(anna, anna.author.device_id))
    assert (counts.pending, counts.rejected) == (0, 0)
    assert _bodies(bob, anna.author.device_id) == _bodies(hq, anna.author.device_id)
    assert dump.dump_json(bob) == dump.dump_json(anna)


def test_given_verbatim_bodies_as_the_previous_release_stored_them_then_export_and_merge_are_the_same(
    trio: tuple[Store, Store, Store],
) -> None:
    anna, hq, bob = trio
    _bulk(anna)
    send(anna, hq)
    with hq.session() as s:  # what a store of the previous release holds: every body verbatim
        conn = s.connection()
        for origin, seq, body in conn.exec_driver_sql("SELECT origin, seq, body FROM sync_changeset").all():
            conn.exec_driver_sql(
                "UPDATE sync_changeset SET body = ? WHERE origin = ? AND seq = ?",
                (stored_body.unpack(body), origin, seq),
            )
        s.commit()
    assert not any(stored_body.is_packed(b) for b in _bodies(hq, anna.author.device_id))

    counts = send(hq, bob)

    assert counts.applied == len(_bodies(anna, anna.author.device_id))
    assert dump.dump_json(bob) == dump.dump_json(anna)
    # Sent again in full, the verbatim rows are recognised as the same bytes.
    assert syncing.import_bundle(hq, _full_bundle(anna, hq)).counts.duplicate == len(
        _bodies(anna, anna.author.device_id)
    )


def _full_bundle(src: Store, dst: Store) -> Path:
    path = src.directory.parent / "full.liaison"
    syncing.export_bundle(src, to=[dst.author.device_id], path=path, full=True)
    return path


def test_given_a_signed_body_in_the_stored_form_when_imported_then_the_bundle_is_refused(
    trio: tuple[Store, Store, Store], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Only a store writes that form: kept, it would be unpacked on relay and its signature lost.
    anna, hq, _ = trio
    records.add(anna, "org", {"name": "World Food Programme"})
    template = own_body(anna, 1)
    packed = stored_body.pack(org_changeset(template, 2, ["x" * 2_000]).encode())
    assert stored_body.is_packed(packed)
    items = [signed(anna, template), pack_item(packed, sign(packed, anna.identity.signing_private))]
    before = dump.dump_json(hq)

    with pytest.raises(BundleRefusedError) as refused:
        syncing.import_bundle(hq, bundle_of(anna, hq, items, monkeypatch, tmp_path))

    assert refused.value.code is RefusalReason.MALFORMED_CHANGESET
    assert dump.dump_json(hq) == before


def _offline_body(records_count: int) -> ChangesetBody:
    """A changeset creating `records_count` organizations, made without any store."""
    ops = tuple(
        Op("org", f"{i:08d}-0000-4000-8000-000000000000", name, value)
        for i in range(records_count)
        for name, value in (
            ("name", f"Organization {i}"),
            ("notes", "water and sanitation"),
            (DELETED, False),
        )
    )
    return ChangesetBody("a" * 52, 2, 1_700_000_000_000, "Anna", {"b" * 52: 2}, ops)


def test_given_a_stored_form_then_the_decoder_reads_it_as_the_body_it_packs() -> None:
    raw = _offline_body(20).encode()

    packed = stored_body.pack(raw)

    assert stored_body.is_packed(packed)
    assert ChangesetBody.decode(packed) == ChangesetBody.decode(raw)


def test_given_a_body_that_compresses_badly_then_it_stays_verbatim() -> None:
    raw = b'{"x":"' + base64.b64encode(os.urandom(600)) + b'"}'
    assert stored_body.pack(raw) == raw


def test_given_a_damaged_stored_form_then_decoding_fails_as_malformed() -> None:
    packed = stored_body.pack(b'{"x":"' + b"y" * 4_000 + b'"}')
    with pytest.raises(ValueError):
        stored_body.unpack(packed[:-8])


def test_given_a_store_at_version_10_with_verbatim_bodies_when_migrated_then_they_are_compressed_losslessly(
    tmp_path: Path,
) -> None:
    engine = open_engine(tmp_path / "old.db", os.urandom(32))
    migrations.migrate(engine, to=10)
    big = _offline_body(50).encode()
    small = ChangesetBody(base64.b32encode(os.urandom(30)).decode(), 1, 1, "Anna", {}).encode()
    assert stored_body.pack(small) == small  # too little to gain
    with engine.begin() as conn:
        for seq, body in ((1, small), (2, big)):
            conn.exec_driver_sql(
                "INSERT INTO sync_changeset (origin, seq, hlc, status, body, signature, received_at)"
                " VALUES (?, ?, 1, 'applied', ?, x'00', '2026-01-01T00:00:00Z')",
                ("a" * 52, seq, body),
            )

    assert migrations.migrate(engine) == 10

    with engine.connect() as conn:
        stored = [bytes(b) for (b,) in conn.exec_driver_sql("SELECT body FROM sync_changeset ORDER BY seq")]
    assert stored[0] == small
    assert stored_body.is_packed(stored[1]) and stored_body.unpack(stored[1]) == big
    engine.dispose()


def test_the_decompression_bound_holds_any_changeset_a_peer_may_send() -> None:
    assert stored_body.MAX_BODY_BYTES >= limits.MAX_CHANGESET_BYTES
