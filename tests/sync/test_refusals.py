"""Refused bundles: every reason to refuse has its own code and one line, raises
BundleRefusedError, and leaves the importer exactly as it was (records, changesets, heads,
clock, peers, import log). Re-importing a bundle is no refusal: it changes nothing either.

The container's own checks are tested byte by byte in test_bundle.py; here real bundles
written by real devices go through `syncing.import_bundle`, the path the CLI and GUI take.
"""

from __future__ import annotations

import base64
import dataclasses
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from liaison_app.clock import now_iso
from liaison_app.errors import BundleRefusedError
from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from sync import bundle, changeset, exchange, identity, protocol, stored_body
from sync.changeset import ChangesetBody, Op
from sync.refusals import RefusalReason
from tests.sync.conftest import bundle_for, introduce, send
from tests.sync.support import World, state_of

MAGIC_SIZE = len(bundle.MAGIC)
VERSION_OFFSET = MAGIC_SIZE  # u16, right after the magic (docs/BUNDLE_FORMAT.md, cleartext header)
CLEARTEXT_HEADER_ONE_RECIPIENT = 64 + 1184
SIGNATURE_SIZE = 64


def refusal(store: Store, path: Path) -> BundleRefusedError:
    """Import `path`, which must be refused without changing anything; returns the refusal."""
    before = state_of(store)
    with pytest.raises(BundleRefusedError) as caught:
        syncing.import_bundle(store, path)
    assert state_of(store) == before, "a refused bundle changed the importer"
    reason = str(caught.value)
    assert reason.startswith(f"{path.name}: ") and len(reason) > len(path.name) + 2
    assert "\n" not in reason and "\r" not in reason, "a refusal is one line"
    return caught.value


def refused(store: Store, path: Path) -> RefusalReason:
    """Import `path`, which must be refused without changing anything; returns the code."""
    return refusal(store, path).code


def variant(original: Path, name: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of a bundle next to it with its bytes changed."""
    path = original.with_name(name)
    path.write_bytes(change(original.read_bytes()))
    return path


def flip(at: int) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]

    return change


def changesets_of(store: Store, origin: str) -> list[tuple[bytes, bytes]]:
    """(body, signature) of every changeset from `origin` that `store` holds, in order."""
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT body, signature FROM sync_changeset WHERE origin = ? ORDER BY seq", (origin,)
        )
        # As signed: the store keeps bodies compressed (sync.stored_body).
        return [(stored_body.unpack(body), bytes(signature)) for body, signature in rows]


def handmade_bundle(
    path: Path,
    sender: Store,
    recipient: Store,
    items: Iterable[bytes],
    header_changes: dict[str, Any] | None = None,
) -> Path:
    """A bundle signed by `sender` whose header is the one `exchange.export_bundle` writes,
    with `header_changes` applied (None removes a key) and exactly the given items."""
    me = syncing.me(sender)
    header: dict[str, Any] = {
        "type": exchange.HEADER_TYPE,
        "sender": me.device_id,
        "recipients": [recipient.author.device_id],
        "vv": {},
        **protocol.header_fields(protocol.PROTOCOL, me.app_version),
        "created": now_iso(),
        "full": False,
        "card": me.card().to_json(),
        "cards": [],
        "revoked": [],
    }
    for key, value in (header_changes or {}).items():
        if value is None:
            del header[key]
        else:
            header[key] = value
    bundle.write_bundle(
        path,
        sender=sender.identity,
        header=header,
        recipients=[identity.public_keys(recipient.identity)],
        items=list(items),
    )
    return path


class Scene:
    """Anna (field) and HQ trust each other and have synced once; `bundle` is Anna's next
    bundle for HQ, carrying a new contact and an edit HQ does not have yet. Bert knows only
    Anna; Carl holds HQ's card but HQ never added his. Profiles unlock when first used."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.bundle = world.root / "anna-to-hq.liaison"

    @property
    def anna(self) -> Store:
        return self.world["Anna"]

    @property
    def hq(self) -> Store:
        return self.world["HQ"]

    @property
    def carl(self) -> Store:
        return self.world["Carl"]

    def file(self, name: str) -> Path:
        return self.world.root / name


@pytest.fixture(scope="module")
def scene_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    world = World(tmp_path_factory.mktemp("refusals"))
    anna, hq, bert, carl = (
        world.device("Anna"),
        world.device("HQ", role="hq"),
        world.device("Bert"),
        world.device("Carl"),
    )
    introduce(anna, hq)
    introduce(anna, bert)
    syncing.add_peer(carl, syncing.export_card(hq, world.root / "hq.card"))
    org = records.add(anna, "org", {"name": "World Food Programme"})
    records.add(hq, "org", {"name": "OCHA"})
    records.add(carl, "org", {"name": "Carl's NGO"})
    send(anna, hq)
    send(hq, anna)
    records.add(anna, "contact", {"full_name": "Jean Mukendi", "organization_id": org.id})
    records.edit(anna, "org", org.id, {"acronym": "WFP"})
    bundle_for(anna, hq).rename(world.root / "anna-to-hq.liaison")
    bundle_for(anna, bert).rename(world.root / "anna-to-bert.liaison")
    bundle_for(carl, hq).rename(world.root / "carl-to-hq.liaison")
    world.close()
    return world


@pytest.fixture
def scene(scene_world: World, tmp_path: Path) -> Iterator[Scene]:
    with scene_world.copy(tmp_path / "world") as world:
        yield Scene(world)


# --- The control: the bundle the refusals start from is a good one --------------------------


def test_given_the_untouched_bundle_when_imported_then_it_changes_the_importer(scene: Scene) -> None:
    before = state_of(scene.hq)
    counts = syncing.import_bundle(scene.hq, scene.bundle).counts
    assert counts.applied == 2
    assert state_of(scene.hq) != before
    assert dump.dump_json(scene.hq) == dump.dump_json(scene.anna)


# --- Damaged files ------------------------------------------------------------------------------


DAMAGED = RefusalReason.DAMAGED


@pytest.mark.parametrize(
    ("position", "expected", "where"),
    [
        pytest.param(lambda size: 0, RefusalReason.NOT_A_BUNDLE, "", id="first byte of the magic"),
        pytest.param(lambda size: 20, DAMAGED, "(cleartext header)", id="salt"),
        pytest.param(lambda size: 100, DAMAGED, "(cleartext header)", id="recipient slot"),
        pytest.param(
            lambda size: CLEARTEXT_HEADER_ONE_RECIPIENT - 1, DAMAGED, "(cleartext header)", id="outer hash"
        ),
        pytest.param(
            lambda size: CLEARTEXT_HEADER_ONE_RECIPIENT + 200, DAMAGED, "(header)", id="sealed header"
        ),
        pytest.param(lambda size: size // 2, DAMAGED, "", id="middle of the file"),
        pytest.param(lambda size: size - SIGNATURE_SIZE - 20, DAMAGED, "(chunk 1)", id="last payload chunk"),
        pytest.param(lambda size: size - SIGNATURE_SIZE, RefusalReason.BAD_SIGNATURE, "", id="signature"),
        pytest.param(lambda size: size - 1, RefusalReason.BAD_SIGNATURE, "", id="last byte of the file"),
    ],
)
def test_given_one_byte_flipped_when_imported_then_refused_and_nothing_changed(
    scene: Scene, position: Callable[[int], int], expected: RefusalReason, where: str
) -> None:
    damaged = variant(scene.bundle, "flipped.liaison", flip(position(scene.bundle.stat().st_size)))
    caught = refusal(scene.hq, damaged)
    assert caught.code is expected and where in str(caught)  # the message says where, for the log


@pytest.mark.parametrize(
    "keep",
    [
        pytest.param(lambda size: 5, id="inside the magic"),
        pytest.param(lambda size: MAGIC_SIZE + 1, id="inside the version"),
        pytest.param(lambda size: 500, id="inside the recipient slot"),
        pytest.param(lambda size: CLEARTEXT_HEADER_ONE_RECIPIENT, id="after the cleartext header"),
        pytest.param(lambda size: size // 2, id="half"),
        pytest.param(lambda size: size - SIGNATURE_SIZE, id="signature missing"),
        pytest.param(lambda size: size - 1, id="last byte missing"),
    ],
)
def test_given_a_truncated_bundle_when_imported_then_refused_as_truncated(
    scene: Scene, keep: Callable[[int], int]
) -> None:
    size = scene.bundle.stat().st_size
    cut = variant(scene.bundle, "cut.liaison", lambda data: data[: keep(size)])
    assert refused(scene.hq, cut) is RefusalReason.TRUNCATED


# Newer format versions (2, 0xFFFF) are held for an upgrade: tests/sync/test_versions.py.
@pytest.mark.parametrize("version", [0])
def test_given_an_unknown_format_version_when_imported_then_refused_naming_it(
    scene: Scene, version: int
) -> None:
    def patch(data: bytes) -> bytes:
        return data[:VERSION_OFFSET] + struct.pack(">H", version) + data[VERSION_OFFSET + 2 :]

    assert struct.unpack(">H", scene.bundle.read_bytes()[VERSION_OFFSET : VERSION_OFFSET + 2]) == (1,)
    caught = refusal(scene.hq, variant(scene.bundle, "future.liaison", patch))
    assert caught.code is RefusalReason.UNKNOWN_FORMAT and f"version {version}" in str(caught)


# --- Files that are not bundles -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("notes.liaison", b"Meeting notes, not a bundle\n", id="text file"),
        pytest.param("empty.liaison", b"", id="empty file"),
        pytest.param("noise.liaison", os.urandom(4096), id="random bytes"),
        pytest.param("png.liaison", b"\x89PNG\r\n\x1a\n" + bytes(64), id="another format's magic"),
    ],
)
def test_given_a_file_that_is_not_a_bundle_when_imported_then_refused_as_not_a_bundle(
    scene: Scene, name: str, content: bytes
) -> None:
    path = scene.file(name)
    path.write_bytes(content)
    assert refused(scene.hq, path) is RefusalReason.NOT_A_BUNDLE


def test_given_an_identity_card_picked_by_mistake_when_imported_then_refused_as_not_a_bundle(
    scene: Scene,
) -> None:
    card = syncing.export_card(scene.anna, scene.file("anna.liaison-card"))
    assert refused(scene.hq, card) is RefusalReason.NOT_A_BUNDLE


@pytest.mark.parametrize("what", ["missing file", "folder"])
def test_given_a_path_that_cannot_be_read_when_imported_then_refused(scene: Scene, what: str) -> None:
    path = scene.file("elsewhere.liaison")
    if what == "folder":
        path.mkdir()
    assert refused(scene.hq, path) is RefusalReason.UNREADABLE


# --- Addressing and trust -----------------------------------------------------------------------


def test_given_a_bundle_addressed_to_another_device_when_imported_then_refused(scene: Scene) -> None:
    assert refused(scene.hq, scene.file("anna-to-bert.liaison")) is RefusalReason.NOT_ADDRESSED


def test_given_a_sender_never_introduced_when_imported_then_refused_as_untrusted(scene: Scene) -> None:
    caught = refusal(scene.hq, scene.file("carl-to-hq.liaison"))
    assert caught.code is RefusalReason.UNTRUSTED_SENDER and scene.carl.author.device_id in str(caught)


def test_given_a_revoked_sender_when_its_bundle_is_imported_then_refused_as_revoked(scene: Scene) -> None:
    syncing.revoke_peer(scene.hq, scene.anna.author.device_id)
    caught = refusal(scene.hq, scene.bundle)
    assert caught.code is RefusalReason.REVOKED_SENDER and scene.anna.author.device_id in str(caught)


# --- The bundle's header ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param({"type": "something-else"}, RefusalReason.NOT_A_SYNC_BUNDLE, id="another type"),
        pytest.param({"vv": None}, RefusalReason.MALFORMED_HEADER, id="no version vector"),
        pytest.param(
            {"vv": {"x" * 26: "seven"}}, RefusalReason.MALFORMED_HEADER, id="version vector not numbers"
        ),
        pytest.param({"recipients": "y" * 26}, RefusalReason.MALFORMED_HEADER, id="recipients not a list"),
        pytest.param({"sender": "x" * 26}, RefusalReason.MISMATCHED_HEADER, id="claims another sender"),
        pytest.param(
            {"recipients": ["y" * 26]}, RefusalReason.MISMATCHED_HEADER, id="names other recipients"
        ),
    ],
)
def test_given_a_signed_bundle_whose_header_is_unacceptable_when_imported_then_refused(
    scene: Scene, changes: dict[str, Any], expected: RefusalReason
) -> None:
    items = [changeset.pack_item(b, s) for b, s in changesets_of(scene.anna, scene.anna.author.device_id)]
    path = handmade_bundle(scene.file("odd.liaison"), scene.anna, scene.hq, items, changes)
    assert refused(scene.hq, path) is expected


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"protocol": "2"}, id="protocol not a number"),
        pytest.param({"protocol": 0}, id="protocol zero"),
        pytest.param({"readable_from": 3}, id="readable from above its own protocol"),
        pytest.param({"app_version": 7}, id="app version not text"),
        pytest.param({"protocol": None, "schema": "2"}, id="legacy header, schema not a number"),
    ],
)
def test_given_a_header_with_malformed_version_keys_when_imported_then_refused(
    scene: Scene, changes: dict[str, Any]
) -> None:
    items = [changeset.pack_item(b, s) for b, s in changesets_of(scene.anna, scene.anna.author.device_id)]
    path = handmade_bundle(scene.file("odd-version.liaison"), scene.anna, scene.hq, items, changes)
    assert refused(scene.hq, path) is RefusalReason.MALFORMED_HEADER


def test_given_the_handmade_header_unchanged_then_the_same_items_are_accepted(scene: Scene) -> None:
    items = [changeset.pack_item(b, s) for b, s in changesets_of(scene.anna, scene.anna.author.device_id)]
    path = handmade_bundle(scene.file("plain.liaison"), scene.anna, scene.hq, items)
    counts = syncing.import_bundle(scene.hq, path).counts
    assert (counts.applied, counts.duplicate) == (2, 1)  # HQ had Anna's first one already


# --- Replays --------------------------------------------------------------------------------------


def already_imported(store: Store, path: Path, first: syncing.FileOutcome) -> None:
    """Import `path` again: harmless, reported as such, and nothing changes."""
    before = state_of(store)
    again = syncing.import_bundle(store, path)
    assert state_of(store) == before, "re-importing a bundle changed the importer"
    assert again.status is syncing.FileStatus.ALREADY_IMPORTED and not again.refused
    assert again.counts == syncing.ImportCounts() and again.refusal is None and again.error is None
    assert (again.sender, again.imported_at) == (first.sender, first.imported_at)  # when it first went in


def test_given_a_bundle_already_imported_when_imported_again_then_it_is_harmless_and_nothing_changes(
    scene: Scene,
) -> None:
    first = syncing.import_bundle(scene.hq, scene.bundle)
    assert first.status is syncing.FileStatus.IMPORTED
    already_imported(scene.hq, scene.bundle, first)


def test_given_a_copy_of_an_imported_bundle_under_another_name_then_it_is_already_imported_too(
    scene: Scene,
) -> None:
    first = syncing.import_bundle(scene.hq, scene.bundle)
    copy = variant(scene.bundle, "copy-from-the-usb-stick.liaison", lambda data: data)
    already_imported(scene.hq, copy, first)


def test_given_a_bundle_already_imported_from_a_sender_since_revoked_then_it_is_refused_as_revoked(
    scene: Scene,
) -> None:
    """Trust is checked before the import log: a revoked device's file is a refusal, not a replay."""
    syncing.import_bundle(scene.hq, scene.bundle)
    syncing.revoke_peer(scene.hq, scene.anna.author.device_id)
    assert refused(scene.hq, scene.bundle) is RefusalReason.REVOKED_SENDER


# --- After a refusal ------------------------------------------------------------------------------


def test_given_a_refused_bundle_when_the_good_one_follows_then_it_imports_in_full(scene: Scene) -> None:
    refused(
        scene.hq,
        variant(scene.bundle, "flipped.liaison", flip(scene.bundle.stat().st_size - SIGNATURE_SIZE - 20)),
    )
    refused(scene.hq, variant(scene.bundle, "cut.liaison", lambda data: data[:-1]))
    counts = syncing.import_bundle(scene.hq, scene.bundle).counts
    assert (counts.applied, counts.pending) == (2, 0)
    assert dump.dump_json(scene.hq) == dump.dump_json(scene.anna)


def test_given_a_bundle_refused_for_a_revoked_sender_when_reinstated_then_the_same_file_imports(
    scene: Scene,
) -> None:
    """A refusal is not remembered as an import: the file is not taken for a replay later."""
    syncing.revoke_peer(scene.hq, scene.anna.author.device_id)
    refused(scene.hq, scene.bundle)
    card = syncing.export_card(scene.anna, scene.file("anna-again.card"))
    syncing.add_peer(scene.hq, card)  # a deliberate new card add reinstates the device
    assert syncing.import_bundle(scene.hq, scene.bundle).counts.applied == 2


# --- Relayed changesets: HQ may forward an officer's edits, never forge them ----------------------


@dataclass
class Relay:
    """Anna and Bert know only HQ. HQ holds Anna's two changesets; Bert has none of them."""

    anna: Store
    bert: Store
    hq: Store

    def anna_changesets(self) -> list[tuple[bytes, bytes]]:
        return changesets_of(self.hq, self.anna.author.device_id)

    def relayed(self, name: str, items: Iterable[bytes], cards: list[dict[str, Any]] | None = None) -> Path:
        """A bundle from HQ to Bert holding `items` and vouching for Anna, as HQ would write it.
        (Bert takes the vouched card before the items: a refusal must roll that back too.)"""
        cards = [syncing.me(self.anna).card().to_json()] if cards is None else cards
        path = self.hq.directory.parent / name
        return handmade_bundle(path, self.hq, self.bert, items, {"cards": cards})


@pytest.fixture(scope="module")
def relay_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    world = World(tmp_path_factory.mktemp("relay"))
    anna, bert, hq = world.device("Anna"), world.device("Bert"), world.device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    org = records.add(anna, "org", {"name": "UNHCR"})
    records.edit(anna, "org", org.id, {"acronym": "UNHCR"})
    send(anna, hq)
    world.close()
    return world


@pytest.fixture
def relay(relay_world: World, tmp_path: Path) -> Iterator[Relay]:
    with relay_world.copy(tmp_path / "world") as world:
        yield Relay(world["Anna"], world["Bert"], world["HQ"])


def altered(body: bytes, value: str) -> bytes:
    """The same changeset with its first operation's value changed."""
    decoded = ChangesetBody.decode(body)
    first = dataclasses.replace(decoded.ops[0], value=value)
    return dataclasses.replace(decoded, ops=(first, *decoded.ops[1:])).encode()


def test_given_anna_changesets_with_her_signatures_when_hq_relays_them_then_bert_accepts(
    relay: Relay,
) -> None:
    items = [changeset.pack_item(b, s) for b, s in relay.anna_changesets()]
    counts = syncing.import_bundle(relay.bert, relay.relayed("genuine.liaison", items)).counts
    assert counts.applied == 2
    assert dump.dump_json(relay.bert) == dump.dump_json(relay.anna)


def test_given_a_relayed_changeset_altered_after_signing_when_imported_then_refused_as_forged(
    relay: Relay,
) -> None:
    (body, signature), second = relay.anna_changesets()
    forged = changeset.pack_item(altered(body, "Forged Refugee Agency"), signature)
    path = relay.relayed("altered.liaison", [forged, changeset.pack_item(*second)])
    caught = refusal(relay.bert, path)
    assert caught.code is RefusalReason.FORGED_CHANGESET and relay.anna.author.device_id in str(caught)


def test_given_a_changeset_in_annas_name_signed_by_hq_when_relayed_then_refused_as_forged(
    relay: Relay,
) -> None:
    (body, _signature), _ = relay.anna_changesets()
    forged_body = altered(body, "Forged Refugee Agency")
    resigned = changeset.sign(forged_body, relay.hq.identity.signing_private)
    caught = refusal(
        relay.bert, relay.relayed("resigned.liaison", [changeset.pack_item(forged_body, resigned)])
    )
    assert caught.code is RefusalReason.FORGED_CHANGESET and relay.anna.author.device_id in str(caught)


def test_given_genuine_changesets_followed_by_a_forged_one_then_none_of_them_is_applied(
    relay: Relay,
) -> None:
    first, (body, signature) = relay.anna_changesets()
    items = [changeset.pack_item(*first), changeset.pack_item(altered(body, "Forged"), signature)]
    refused(relay.bert, relay.relayed("mixed.liaison", items))
    assert records.list_records(relay.bert, "org") == []


def test_given_changesets_bert_already_has_when_one_comes_back_altered_then_it_is_still_refused(
    relay: Relay,
) -> None:
    """Known changesets are skipped without decoding only when their bytes are identical."""
    items = [changeset.pack_item(b, s) for b, s in relay.anna_changesets()]
    syncing.import_bundle(relay.bert, relay.relayed("genuine.liaison", items))
    (body, signature), second = relay.anna_changesets()
    again = [changeset.pack_item(altered(body, "Forged"), signature), changeset.pack_item(*second)]
    assert refused(relay.bert, relay.relayed("forged-again.liaison", again)) is RefusalReason.FORGED_CHANGESET
    counts = syncing.import_bundle(relay.bert, relay.relayed("same-again.liaison", items)).counts
    assert (counts.duplicate, counts.applied) == (2, 0)


def test_given_a_changeset_from_a_device_nobody_vouched_for_when_relayed_then_refused(
    relay: Relay,
) -> None:
    stranger = identity.generate()
    body = ChangesetBody(
        origin=stranger.device_id,
        seq=1,
        hlc=relay.hq.now_ms() << 16,
        officer="Stranger",
        deps={},
        ops=(Op("org", "5f3c1c1e-0000-4000-8000-000000000001", "name", "Stranger's front"),),
    ).encode()
    item = changeset.pack_item(body, changeset.sign(body, stranger.signing_private))
    caught = refusal(relay.bert, relay.relayed("stranger.liaison", [item]))
    assert caught.code is RefusalReason.UNKNOWN_DEVICE and stranger.device_id in str(caught)


def test_given_hq_vouches_a_card_with_annas_id_but_other_keys_then_the_bundle_is_refused(
    relay: Relay,
) -> None:
    impostor = identity.public_keys(identity.generate())
    card = syncing.me(relay.anna).card().to_json()
    card["signing_key"] = base64.b64encode(impostor.signing).decode()
    assert refused(relay.bert, relay.relayed("impostor.liaison", [], cards=[card])) is RefusalReason.BAD_CARD


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param({"cards": 5}, "(cards)", id="cards not a list"),
        pytest.param({"revoked": "abc"}, "(revoked)", id="revocations not a list"),
    ],
)
def test_given_hq_signs_a_header_with_malformed_vouching_then_it_is_refused_not_a_crash(
    relay: Relay, changes: dict[str, Any], expected: str
) -> None:
    path = handmade_bundle(relay.hq.directory.parent / "odd.liaison", relay.hq, relay.bert, [], changes)
    caught = refusal(relay.bert, path)
    assert caught.code is RefusalReason.MALFORMED_HEADER and expected in str(caught)


def test_given_a_signed_changeset_for_an_unknown_kind_of_record_then_it_is_kept_not_refused(
    relay: Relay,
) -> None:
    """Anna's own signature is good; the changeset names a kind of record this app lacks (a
    newer protocol's): it is stored verbatim for relay, the rest is applied (docs/SYNC.md)."""
    body = ChangesetBody(
        origin=relay.anna.author.device_id,
        seq=3,
        hlc=relay.hq.now_ms() << 16,
        officer="Anna",
        deps={},
        ops=(Op("vehicle", "5f3c1c1e-0000-4000-8000-000000000002", "plate", "UN 1234"),),
    ).encode()
    own = changeset.pack_item(body, changeset.sign(body, relay.anna.identity.signing_private))
    items = [*(changeset.pack_item(b, s) for b, s in relay.anna_changesets()), own]
    outcome = syncing.import_bundle(relay.bert, relay.relayed("vehicle.liaison", items))
    assert (outcome.counts.applied, outcome.counts.pending) == (3, 0)
    assert dump.dump_json(relay.bert) == dump.dump_json(relay.anna)
    assert changesets_of(relay.bert, relay.anna.author.device_id)[2] == (body, changeset.unpack_item(own)[1])
    assert {c.kind for c in syncing.recent_changes(relay.bert)} == {"org"}, "the vehicle is not shown"


def test_given_an_item_that_is_not_a_changeset_when_relayed_then_refused_as_malformed(relay: Relay) -> None:
    junk = relay.relayed("junk.liaison", [os.urandom(200)])
    assert refused(relay.bert, junk) is RefusalReason.MALFORMED_CHANGESET


def test_given_a_relayed_changeset_from_a_device_revoked_here_then_it_is_skipped_not_merged(
    relay: Relay,
) -> None:
    """Not a refusal: HQ's bundle is fine, but Bert no longer accepts Anna's word."""
    items = [changeset.pack_item(b, s) for b, s in relay.anna_changesets()]
    syncing.import_bundle(relay.bert, relay.relayed("first.liaison", []))  # Bert learns Anna's card
    syncing.revoke_peer(relay.bert, relay.anna.author.device_id)
    counts = syncing.import_bundle(relay.bert, relay.relayed("later.liaison", items)).counts
    assert (counts.applied, counts.skipped_revoked) == (0, 2)
    assert records.list_records(relay.bert, "org") == []
    (anna,) = [p for p in syncing.list_peers(relay.bert) if p.card.device_id == relay.anna.author.device_id]
    assert anna.revoked_at is not None


def test_given_hq_vouches_for_the_recipients_own_card_then_the_recipient_does_not_list_itself(
    relay: Relay,
) -> None:
    """HQ's full bundles carry the cards of every origin inside, the recipient's own included."""
    cards = [syncing.me(s).card().to_json() for s in (relay.anna, relay.bert)]
    path = handmade_bundle(
        relay.hq.directory.parent / "full.liaison", relay.hq, relay.bert, [], {"cards": cards}
    )
    syncing.import_bundle(relay.bert, path)
    listed = {p.card.device_id for p in syncing.list_peers(relay.bert)}
    assert listed == {relay.hq.author.device_id, relay.anna.author.device_id}
