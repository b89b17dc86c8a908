"""Versions that roll out across a mission (docs/SYNC.md, "Versions").

Cards say which protocols a device speaks; a writer addresses each bundle in the highest
protocol every recipient reads and never sends a protocol-1 reader what it would refuse.
A reader keeps what a newer protocol adds and it cannot apply (merged after an upgrade), and
holds a bundle it cannot read at all, reading it by itself once upgraded. "An upgrade" is
played here by raising the protocol this release speaks; everything else is real.
"""

from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path
from typing import Any

import pytest

from liaison_app.errors import BundleHeldError
from liaison_app.services import dump, records, syncing
from liaison_app.services.held_bundles import held_files
from liaison_app.store import Store
from sync import changeset, deferred, peers, protocol
from sync.bundle import kem_private_key, open_bundle
from sync.changeset import ChangesetBody, Op
from tests.conftest import Factory
from tests.sync.conftest import bundle_for, introduce, send
from tests.sync.support import items_in, state_of
from tests.sync.test_refusals import changesets_of, handmade_bundle

VERSION_OFFSET = 12  # the container's format version, right after the magic


def header_of(path: Path, recipient: Store) -> dict[str, Any]:
    """The sync header of a bundle as its recipient decrypts it."""
    with recipient.session() as s:
        conn = s.connection()
        with open_bundle(
            path,
            my_device_id=recipient.author.device_id,
            my_kem_private=kem_private_key(recipient.identity),
            trusted_signing_key_lookup=lambda device: peers.signing_key(conn, device),
        ) as opened:
            return opened.header


def introduce_as_0_1_0(old: Store, other: Store) -> None:
    """Exchange cards, `old`'s card written as 0.1.0 writes it (no protocols)."""
    card = json.loads(json.dumps(syncing.me(old).card().to_json()))
    del card["protocols"]
    path = old.directory.parent / f"old-card-{old.author.device_id}.json"
    path.write_text(json.dumps(card), encoding="utf-8")
    syncing.add_peer(other, path)
    syncing.add_peer(old, syncing.export_card(other, other.directory.parent / "card.json"))


def signed(author: Store, seq: int, *ops: Op, deps: dict[str, int] | None = None) -> bytes:
    """A changeset `author` signs as a newer release would write it."""
    body = ChangesetBody(
        author.author.device_id, seq, (author.now_ms() + 1000) << 16, "Anna", deps or {}, ops
    ).encode()
    return changeset.pack_item(body, changeset.sign(body, author.identity.signing_private))


def own_items(store: Store) -> list[bytes]:
    return [changeset.pack_item(b, s) for b, s in changesets_of(store, store.author.device_id)]


def field_of(store: Store, org_id: str, name: str) -> Any:
    return getattr(records.get(store, "org", org_id), name)


NEWER = {"protocol": 3, "readable_from": 3, "app_version": "0.3.0"}


# --- Cards and addressing ---------------------------------------------------------------------


def test_a_card_lists_the_protocols_this_release_speaks_and_a_card_without_them_is_0_1_0(
    device: Factory,
) -> None:
    anna = device("Anna")
    data = syncing.me(anna).card().to_json()
    assert data["protocols"] == [1, 2] and peers.Card.from_json(data).protocols == (1, 2)
    del data["protocols"]
    assert peers.Card.from_json(data).protocols == (1,)


@pytest.mark.parametrize("bad", [[], ["2"], [True], [0], "1,2", [1.5]])
def test_a_card_with_a_malformed_protocol_list_is_not_a_valid_card(device: Factory, bad: object) -> None:
    data = syncing.me(device("Anna")).card().to_json() | {"protocols": bad}
    with pytest.raises(peers.TrustError):
        peers.Card.from_json(data)


def test_given_peers_on_both_releases_then_each_bundle_is_addressed_in_the_highest_protocol_all_read(
    device: Factory,
) -> None:
    hq, anna, bert = device("HQ", role="hq"), device("Anna"), device("Bert")
    introduce_as_0_1_0(anna, hq)
    introduce(bert, hq)
    records.add(hq, "org", {"name": "OCHA"})

    to_bert = header_of(bundle_for(hq, bert), bert)
    to_anna = header_of(bundle_for(hq, anna), anna)
    both = hq.directory.parent / "both.liaison"
    syncing.export_bundle(hq, to=[anna.author.device_id, bert.author.device_id], path=both)

    assert (to_bert["protocol"], to_bert["readable_from"], to_bert["schema"]) == (2, 2, 2)
    assert (to_anna["protocol"], to_anna["readable_from"], to_anna["schema"]) == (1, 1, 2)
    assert header_of(both, bert)["protocol"] == 1
    assert to_bert["app_version"] == syncing.me(hq).app_version


def test_given_a_peer_upgraded_when_its_next_bundle_arrives_then_it_is_addressed_in_the_newer_protocol(
    device: Factory,
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce_as_0_1_0(anna, hq)
    assert syncing.list_peers(hq)[0].card.protocols == (1,)

    send(anna, hq)  # Anna's bundle carries her own card, listing what she speaks now

    assert syncing.list_peers(hq)[0].card.protocols == (1, 2)
    assert header_of(bundle_for(hq, anna), anna)["protocol"] == 2


def test_given_hq_vouches_for_an_officer_then_the_relayed_card_carries_her_protocols(device: Factory) -> None:
    hq, anna, bert = device("HQ", role="hq"), device("Anna"), device("Bert")
    introduce(anna, hq)
    introduce(bert, hq)
    records.add(anna, "org", {"name": "UNICEF"})
    send(anna, hq)
    send(hq, bert)

    vouched = {p.card.device_id: p for p in syncing.list_peers(bert)}[anna.author.device_id]
    assert vouched.vouched_by == hq.author.device_id and vouched.card.protocols == (1, 2)


def test_given_a_peer_that_speaks_no_protocol_of_ours_then_export_is_refused_naming_it(
    device: Factory,
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    card = syncing.me(anna).card().to_json() | {"protocols": [7]}
    path = anna.directory.parent / "future-card.json"
    path.write_text(json.dumps(card), encoding="utf-8")
    syncing.add_peer(hq, path)

    with pytest.raises(Exception, match=f"device {anna.author.device_id} speaks no sync protocol"):
        bundle_for(hq, anna)


def test_given_hq_holds_a_changeset_of_a_kind_0_1_0_lacks_then_it_relays_everything_else_to_0_1_0(
    device: Factory,
) -> None:
    hq, anna, old, new = device("HQ", role="hq"), device("Anna"), device("Old"), device("New")
    introduce(anna, hq)
    introduce_as_0_1_0(old, hq)
    introduce(new, hq)
    records.add(anna, "org", {"name": "IOM"})
    vehicle = signed(anna, 2, Op("vehicle", "5f3c1c1e-0000-4000-8000-000000000009", "plate", "UN 77"))
    syncing.import_bundle(
        hq, handmade_bundle(hq.directory.parent / "v.liaison", anna, hq, [*own_items(anna), vehicle])
    )

    to_old = [body.seq for body, _ in items_in(bundle_for(hq, old), old)]
    to_new = [body.seq for body, _ in items_in(bundle_for(hq, new), new)]

    assert (to_old, to_new) == ([1], [1, 2]), "0.1.0 would refuse the whole bundle for a vehicle"


# --- A bundle it can partly read -----------------------------------------------------------------


def test_given_a_newer_protocol_readable_by_ours_then_what_is_known_is_applied_and_the_rest_kept(
    device: Factory,
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    org = records.add(anna, "org", {"name": "WHO"})
    newer = signed(
        anna,
        2,
        Op("org", org.id, "notes", "Health"),
        Op("org", org.id, "area", "North Kivu"),  # a field of a newer protocol
        Op("org", org.id, "_merge_into", "another-id"),  # an operation kind of a newer protocol
        deps={},
    )
    path = handmade_bundle(
        hq.directory.parent / "p3.liaison", anna, hq, [*own_items(anna), newer], NEWER | {"readable_from": 2}
    )

    counts = syncing.import_bundle(hq, path).counts

    assert (counts.applied, counts.pending) == (2, 0)
    assert field_of(hq, org.id, "notes") == "Health"
    (change,) = syncing.recent_changes(hq)
    assert change.fields == ("notes",), "only what this release applied is listed"
    with hq.session() as s:
        assert deferred.count(s.connection()) == 1
    assert syncing.status(hq).deferred == 1
    stored = changesets_of(hq, anna.author.device_id)[1]
    assert changeset.pack_item(*stored) == newer, "kept verbatim, relayed with Anna's signature"


def older_release(monkeypatch: pytest.MonkeyPatch, without: str) -> None:
    """Play a release that does not know the org field `without` yet (leaving the context
    is the upgrade to a release that knows it, which `upgraded` gives a newer protocol)."""
    known = {k: v - {without} if k == "org" else v for k, v in deferred._known_fields().items()}
    monkeypatch.setattr(deferred, "_known_fields", lambda: known)


def upgraded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(protocol, "PROTOCOL", protocol.PROTOCOL + 1)


def test_given_fields_kept_for_later_when_the_release_learns_them_then_they_merge_without_resending(
    device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    org = records.add(anna, "org", {"name": "UNFPA", "acronym": "FPA"})
    records.edit(anna, "org", org.id, {"acronym": "UNFPA", "notes": "Health"})
    with monkeypatch.context() as older:
        older_release(older, without="acronym")
        send(anna, hq)
        assert field_of(hq, org.id, "acronym") == ""
        assert field_of(hq, org.id, "notes") == "Health"

    assert syncing.catch_up(hq) == []
    assert field_of(hq, org.id, "acronym") == "", "the same release does not try again"
    upgraded(monkeypatch)
    assert syncing.catch_up(hq) == []  # the upgraded release merges what it kept

    assert dump.dump_json(hq) == dump.dump_json(anna)
    assert syncing.conflicts(hq) == [] and syncing.status(hq).deferred == 0


def test_given_a_kept_field_already_overwritten_by_someone_who_saw_it_then_the_upgrade_keeps_the_newer(
    device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, anna, bert = device("HQ", role="hq"), device("Anna"), device("Bert")
    introduce(anna, hq)
    introduce(bert, hq)
    introduce(anna, bert)
    org = records.add(anna, "org", {"name": "UNDP"})
    records.edit(anna, "org", org.id, {"acronym": "old"})
    with monkeypatch.context() as older:
        older_release(older, without="acronym")
        send(anna, hq)  # HQ, not upgraded yet, keeps Anna's acronym for later
    send(anna, bert)
    records.edit(bert, "org", org.id, {"acronym": "UNDP"})  # Bert saw Anna's "old"
    upgraded(monkeypatch)
    # Upgraded, HQ first takes Bert's edit, then merges what it kept: "old" stays overwritten.
    syncing.import_bundle(hq, bundle_for(bert, hq))
    syncing.catch_up(hq)

    assert field_of(hq, org.id, "acronym") == "UNDP"
    assert syncing.conflicts(hq) == [] and syncing.status(hq).deferred == 0
    assert dump.dump_json(hq) == dump.dump_json(bert)


# --- A bundle it cannot read at all -----------------------------------------------------------------


def held_scene(device: Factory) -> tuple[Store, Store, Path]:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "Save the Children"})
    path = handmade_bundle(hq.directory.parent / "from-0.3.0.liaison", anna, hq, own_items(anna), NEWER)
    return hq, anna, path


def test_given_a_bundle_only_a_newer_release_reads_then_it_is_held_and_nothing_else_changes(
    device: Factory,
) -> None:
    hq, _anna, path = held_scene(device)
    before = state_of(hq)

    with pytest.raises(BundleHeldError) as caught:
        syncing.import_bundle(hq, path)

    assert str(caught.value) == f"{path.name}: written by a newer Liaison (0.3.0): upgrade to read it"
    assert caught.value.written_by == "0.3.0"
    assert state_of(hq) == before
    (held,) = held_files(hq.directory)
    assert held.path.read_bytes() == path.read_bytes() and held.path.is_relative_to(hq.directory)
    with pytest.raises(BundleHeldError):
        syncing.import_bundle(hq, path)
    assert len(held_files(hq.directory)) == 1, "held once, however often it is imported"
    assert syncing.status(hq).held == 1


def test_given_a_held_bundle_when_the_release_is_upgraded_then_the_next_import_reads_it_unasked(
    device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, anna, path = held_scene(device)
    syncing.import_bundles(hq, [path])
    path.unlink()  # the stick is gone; the profile kept its copy
    assert syncing.import_bundles(hq, []) == [], "not due before an upgrade"

    monkeypatch.setattr(protocol, "PROTOCOL", 3)
    (outcome,) = syncing.import_bundles(hq, [])

    assert outcome.error is None and outcome.counts.applied == 1
    assert held_files(hq.directory) == []
    assert dump.dump_json(hq) == dump.dump_json(anna)


def test_given_a_newer_bundle_container_then_it_is_held_and_tried_again_by_each_newer_release(
    device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "ICRC"})
    good = bundle_for(anna, hq)
    data = good.read_bytes()
    path = good.with_name("format-2.liaison")
    path.write_bytes(data[:VERSION_OFFSET] + struct.pack(">H", 2) + data[VERSION_OFFSET + 2 :])

    (outcome,) = syncing.import_bundles(hq, [path])
    assert outcome.held and outcome.written_by is None

    monkeypatch.setattr(protocol, "PROTOCOL", 3)  # a release that still reads only format 1
    assert syncing.import_bundles(hq, []) == []
    (held,) = held_files(hq.directory)
    assert held.held_at_protocol == 3 and not held.due()


def test_given_a_changeset_in_a_newer_format_then_the_whole_bundle_is_held(device: Factory) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    body = json.dumps({"format": "liaison-changeset/2", "origin": anna.author.device_id, "seq": 1}).encode()
    item = changeset.pack_item(body, changeset.sign(body, anna.identity.signing_private))
    path = handmade_bundle(hq.directory.parent / "cs2.liaison", anna, hq, [item], {"app_version": "0.4.1"})
    before = state_of(hq)

    with pytest.raises(BundleHeldError, match=r"newer Liaison \(0\.4\.1\)"):
        syncing.import_bundle(hq, path)
    assert state_of(hq) == before


def test_given_held_files_in_a_folder_exchange_then_they_are_reported_and_stay_for_others(
    device: Factory,
) -> None:
    hq, _anna, path = held_scene(device)
    folder = hq.directory.parent / "stick"
    folder.mkdir()
    shutil.copy(path, folder / path.name)

    result = syncing.sync_folder(hq, folder)

    (item,) = result.imported
    assert (item.held, item.written_by, item.counts.applied) == (True, "0.3.0", 0)
    assert (folder / path.name).exists() and len(held_files(hq.directory)) == 1


def test_given_a_held_file_refused_once_upgraded_then_it_is_reported_as_retried_and_forgotten(
    device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, anna, path = held_scene(device)
    syncing.import_bundles(hq, [path])
    syncing.revoke_peer(hq, anna.author.device_id)

    monkeypatch.setattr(protocol, "PROTOCOL", 3)
    (outcome,) = syncing.import_bundles(hq, [])

    assert outcome.retried and outcome.error is not None and "revoked" in outcome.error
    assert held_files(hq.directory) == []
