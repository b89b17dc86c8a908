"""Exchange through one folder (a network share or a USB stick passed around):
`sync_folder` imports the bundles addressed to this device, archives them, and writes a fresh
bundle for every directly trusted peer into DIR/outbox/. What is not ours is left alone, what
is refused is reported and left in place, and running it again does no harm."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from liaison_app.errors import ValidationError
from liaison_app.services import dump, records, stoppable, syncing
from liaison_app.store import Store
from sync.bundle import BundleError
from sync.refusals import RefusalReason
from tests.sync.conftest import Factory, introduce

BUNDLES = "*.liaison"


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.glob(BUNDLES)}


def applied(result: syncing.FolderResult) -> list[int]:
    return [outcome.counts.applied for outcome in result.imported]


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def anna_hq(device: Factory) -> tuple[Store, Store]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    return anna, hq


@pytest.fixture
def bert(anna_hq: tuple[Store, Store], device: Factory) -> Store:
    """A second officer, introduced to HQ only."""
    officer = device("Bert")
    introduce(officer, anna_hq[1])
    return officer


def test_given_two_devices_sharing_a_folder_when_each_syncs_then_changes_cross_and_are_archived(
    anna_hq: tuple[Store, Store], share: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    records.add(hq, "contact", {"full_name": "Jean Mukendi"})

    first = syncing.sync_folder(anna, share)
    assert first.imported == ()
    (written,) = first.written
    assert written.to == hq.author.device_id and written.changesets == 1
    anna_file = written.path
    assert anna_file.parent == share / "outbox" and anna_file.is_file()

    second = syncing.sync_folder(hq, share)
    assert applied(second) == [1]
    assert not anna_file.exists() and (share / "archive" / anna_file.name).is_file()
    (hq_written,) = second.written
    assert hq_written.to == anna.author.device_id

    third = syncing.sync_folder(anna, share)
    assert applied(third) == [1]
    assert (share / "archive" / hq_written.path.name).is_file()
    assert dump.dump_json(anna) == dump.dump_json(hq)
    assert len(dump.dump_json(anna).splitlines()) > 10


def test_given_a_bundle_addressed_to_another_device_in_the_folder_then_it_is_left_alone(
    anna_hq: tuple[Store, Store], share: Path, bert: Store
) -> None:
    anna, hq = anna_hq
    records.add(hq, "org", {"name": "OCHA"})
    for_bert = share / "hq-to-bert.liaison"
    syncing.export_bundle(hq, to=[bert.author.device_id], path=for_bert)
    content = for_bert.read_bytes()

    result = syncing.sync_folder(anna, share)
    assert result.imported == ()
    assert for_bert.read_bytes() == content and names(share / "archive") == set()
    assert records.list_records(anna, "org") == []


def test_given_a_damaged_bundle_in_the_folder_then_it_is_reported_left_in_place_and_the_rest_imports(
    anna_hq: tuple[Store, Store], share: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    good = syncing.sync_folder(anna, share).written[0].path
    data = good.read_bytes()
    damaged = share / "from-the-usb-stick.liaison"
    damaged.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))

    result = syncing.sync_folder(hq, share)
    errors = [outcome for outcome in result.imported if outcome.refused]
    assert [e.path for e in errors] == [damaged]
    assert errors[0].refusal is RefusalReason.BAD_SIGNATURE
    assert errors[0].error is not None and "\n" not in errors[0].error
    assert [o.counts.applied for o in result.imported if not o.refused] == [1]
    assert damaged.read_bytes() == data[:-1] + bytes([data[-1] ^ 1])
    assert names(share / "archive") == {good.name}

    again = syncing.sync_folder(hq, share)
    assert [outcome.path for outcome in again.imported] == [damaged]
    assert damaged.exists()


def test_given_a_folder_already_synced_when_run_again_then_nothing_changes_and_one_bundle_per_peer_is_left(
    anna_hq: tuple[Store, Store], share: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    records.add(hq, "contact", {"full_name": "Jean Mukendi"})
    for store in (anna, hq, anna):
        syncing.sync_folder(store, share)
    converged = dump.dump_json(anna)
    assert dump.dump_json(hq) == converged

    for store in (anna, anna, hq, hq, anna):
        result = syncing.sync_folder(store, share)
        assert all(o.counts.applied == 0 and not o.refused for o in result.imported), result.imported
        assert dump.dump_json(store) == converged
    assert syncing.conflicts(anna) == [] and syncing.conflicts(hq) == []
    (written,) = syncing.sync_folder(anna, share).written
    assert names(share / "outbox") == {written.path.name}  # anna's one bundle, for HQ
    assert names(share) == set()


def test_given_an_older_outgoing_bundle_not_yet_picked_up_then_the_new_one_replaces_it(
    anna_hq: tuple[Store, Store], share: Path
) -> None:
    anna, _ = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    (written,) = syncing.sync_folder(anna, share).written
    records.add(anna, "org", {"name": "UNHCR"})
    (fresh,) = syncing.sync_folder(anna, share).written
    assert fresh.changesets == 2  # everything the stale one held, and the news
    assert names(share / "outbox") == {fresh.path.name} and fresh.path != written.path


def test_given_an_outgoing_bundle_named_as_0_2_0_named_them_then_the_new_one_replaces_it(
    anna_hq: tuple[Store, Store], share: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    (share / "outbox").mkdir()
    legacy = (
        share
        / "outbox"
        / f"{anna.author.device_id[:10]}-to-{hq.author.device_id[:10]}-20261201T100000Z.liaison"
    )
    syncing.export_bundle(anna, to=[hq.author.device_id], path=legacy)
    (fresh,) = syncing.sync_folder(anna, share).written
    assert names(share / "outbox") == {fresh.path.name}


def test_given_bundles_written_to_a_folder_then_their_names_say_nothing_of_sender_or_recipient(
    anna_hq: tuple[Store, Store], share: Path, bert: Store
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    ids = [s.author.device_id for s in (anna, hq, bert)]
    written = [syncing.sync_folder(store, share).written for store in (anna, bert, anna)]
    found = names(share / "outbox")
    assert len(found) == 2  # anna's second bundle replaced her first; bert's is left alone
    for name in found | {w.path.name for ws in written for w in ws}:
        assert re.fullmatch(r"[0-9a-f]{32}\.liaison", name), name
        assert not any(device_id[:4] in name for device_id in ids), name
    assert written[0][0].path.name != written[2][0].path.name  # the same pair, a new name


def test_given_a_peer_that_still_names_bundles_as_0_2_0_did_then_its_bundle_is_read(
    anna_hq: tuple[Store, Store], share: Path
) -> None:
    anna, hq = anna_hq
    records.add(hq, "org", {"name": "OCHA"})
    old_style = share / f"{hq.author.device_id[:10]}-to-{anna.author.device_id[:10]}-20261201T100000Z.liaison"
    syncing.export_bundle(hq, to=[anna.author.device_id], path=old_style)
    result = syncing.sync_folder(anna, share)
    assert applied(result) == [1] and (share / "archive" / old_style.name).is_file()


@pytest.mark.parametrize("what", ["fifo", "device", "folder"])
def test_given_something_not_a_regular_file_named_like_a_bundle_then_the_folder_sync_refuses_it_at_once(
    anna_hq: tuple[Store, Store], share: Path, what: str
) -> None:
    anna, hq = anna_hq
    records.add(hq, "org", {"name": "OCHA"})
    syncing.export_bundle(hq, to=[anna.author.device_id], path=share / "good.liaison")
    odd = share / "odd.liaison"
    if what == "fifo":
        os.mkfifo(odd)  # no writer ever opens it: a plain open() would wait for ever
    elif what == "device":
        odd.symlink_to("/dev/zero")  # endless
    else:
        odd.mkdir()
    before = dump.dump_json(anna)
    result = syncing.sync_folder(anna, share)
    refused = [o for o in result.imported if o.refused]
    assert [o.path for o in refused] == [odd] and refused[0].refusal is RefusalReason.UNREADABLE
    assert refused[0].error is not None and "\n" not in refused[0].error
    assert [o.counts.applied for o in result.imported if not o.refused] == [1]
    assert dump.dump_json(anna) != before and odd.exists()


def test_given_a_copy_of_an_imported_bundle_put_back_then_it_is_archived_without_complaint(
    anna_hq: tuple[Store, Store], share: Path
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    syncing.sync_folder(anna, share)
    syncing.sync_folder(hq, share)
    (archived,) = (share / "archive").glob(BUNDLES)
    copy = share / archived.name
    copy.write_bytes(archived.read_bytes())
    before = dump.dump_json(hq)
    result = syncing.sync_folder(hq, share)
    assert result.imported == ()
    assert not copy.exists() and archived.is_file()
    assert dump.dump_json(hq) == before


def test_given_peers_vouched_for_or_revoked_then_outgoing_bundles_go_to_directly_trusted_ones_only(
    anna_hq: tuple[Store, Store], share: Path, device: Factory, tmp_path: Path
) -> None:
    anna, hq = anna_hq
    bert, carl = device("Bert"), device("Carl")
    introduce(bert, hq)
    introduce(carl, anna)
    records.add(bert, "org", {"name": "UNICEF"})
    syncing.import_bundle(hq, _bundle(bert, hq, tmp_path / "b.liaison"))
    syncing.import_bundle(anna, _bundle(hq, anna, tmp_path / "h.liaison"))  # HQ vouches for Bert
    syncing.revoke_peer(anna, carl.author.device_id)
    assert {p.card.officer for p in syncing.list_peers(anna)} == {"HQ", "Bert", "Carl"}
    result = syncing.sync_folder(anna, share)
    assert [w.to for w in result.written] == [hq.author.device_id]


def test_given_a_folder_that_is_not_there_then_it_is_a_validation_error(
    anna_hq: tuple[Store, Store], tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="not reachable"):
        syncing.sync_folder(anna_hq[0], tmp_path / "unplugged-usb-stick")


def test_given_one_bundle_addressed_to_two_officers_in_the_folder_then_both_import_it(
    anna_hq: tuple[Store, Store], share: Path, bert: Store
) -> None:
    anna, hq = anna_hq
    records.add(hq, "org", {"name": "OCHA"})
    syncing.export_bundle(hq, to=[anna.author.device_id, bert.author.device_id], path=share / "brief.liaison")
    syncing.sync_folder(anna, share)
    syncing.sync_folder(bert, share)
    assert dump.dump_json(anna) == dump.dump_json(bert) == dump.dump_json(hq)


def _bundle(src: Store, dst: Store, path: Path) -> Path:
    syncing.export_bundle(src, to=[dst.author.device_id], path=path)
    return path


def test_given_every_refusal_reworded_then_the_folder_sync_decides_exactly_as_before(
    anna_hq: tuple[Store, Store], share: Path, bert: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decisions read the refusal code: another device's bundle is left alone, a damaged one
    is reported and kept, a copy of an imported one is archived, whatever the messages say."""
    anna, hq = anna_hq
    records.add(hq, "org", {"name": "OCHA"})
    for_bert = share / "hq-to-bert.liaison"
    syncing.export_bundle(hq, to=[bert.author.device_id], path=for_bert)
    for_anna = share / "hq-to-anna.liaison"
    syncing.export_bundle(hq, to=[anna.author.device_id], path=for_anna)
    data = for_anna.read_bytes()
    damaged = share / "damaged.liaison"
    damaged.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    copy = share / "copy-of-hq-to-anna.liaison"
    copy.write_bytes(data)
    syncing.import_bundle(anna, copy)  # imported once already, from elsewhere

    original = BundleError.__init__

    def reworded(self: BundleError, code: RefusalReason, message: str) -> None:
        original(self, code, f"Umformuliert ({len(message)} Zeichen)")

    monkeypatch.setattr(BundleError, "__init__", reworded)
    result = syncing.sync_folder(anna, share)

    (reported,) = result.imported  # only the damaged file: the others are fine or not ours
    assert reported.path == damaged and reported.refusal is RefusalReason.BAD_SIGNATURE
    assert reported.error is not None and "Umformuliert" in reported.error  # the new wording is shown
    assert damaged.is_file() and for_bert.is_file()
    assert names(share / "archive") == {copy.name, for_anna.name}
    assert [o.status for o in syncing.import_bundles(anna, [for_bert])] == [syncing.FileStatus.REFUSED]


def _stop_at(call: int) -> stoppable.Watch:
    """A watch that says stop from its `call`-th question on."""
    asked: list[bool] = []

    def watch() -> bool:
        asked.append(True)
        return len(asked) >= call

    return watch


def test_given_a_stop_after_the_first_file_then_it_stays_imported_and_the_rest_waits_in_the_folder(
    anna_hq: tuple[Store, Store], share: Path, bert: Store
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    records.add(bert, "org", {"name": "OCHA"})
    first = syncing.sync_folder(anna, share).written[0].path
    second = syncing.sync_folder(bert, share).written[0].path
    assert first != second

    watch = _stop_at(2)  # asked before each file: the second question stops
    with pytest.raises(stoppable.StoppedError):
        syncing.sync_folder(hq, share, watch=watch)

    assert len(records.list_records(hq, "org")) == 1
    assert len(names(share / "archive")) == 1 and len(names(share / "outbox")) == 1
    assert not any(p.name.startswith(hq.author.device_id) for p in (share / "outbox").iterdir())
    again = syncing.sync_folder(hq, share)  # run again: the one left goes in
    assert applied(again) == [1] and len(records.list_records(hq, "org")) == 2


def test_given_a_stop_before_a_peers_bundle_then_its_earlier_bundle_stays_in_the_outbox(
    anna_hq: tuple[Store, Store], share: Path, bert: Store
) -> None:
    anna, hq = anna_hq
    records.add(hq, "org", {"name": "OCHA"})
    earlier = {w.to: w.path for w in syncing.sync_folder(hq, share).written}
    assert set(earlier) == {anna.author.device_id, bert.author.device_id}
    outbox_before = names(share / "outbox")
    records.add(hq, "org", {"name": "UNICEF"})

    outbox = share / "outbox"

    def one_written() -> bool:  # asked before each peer and inside each export
        return bool(names(outbox) - outbox_before)

    with pytest.raises(stoppable.StoppedError):
        syncing.sync_folder(hq, share, watch=one_written)

    after = names(outbox)
    # One per peer still: the first one's replaced, the second's earlier one kept.
    assert len(after) == 2 and len(after - outbox_before) == 1 and len(after & outbox_before) == 1
    reader = anna if earlier[anna.author.device_id].name in after else bert
    assert applied(syncing.sync_folder(reader, share)) == [1]  # the kept one still reads
