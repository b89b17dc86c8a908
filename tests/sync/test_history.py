"""The exchange history: every bundle imported, refused, held or exported is remembered
across sessions, with counts and codes but no record content, and only the latest entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.errors import BundleRefusedError, ValidationError
from liaison_app.services import records, syncing
from liaison_app.store import Store
from sync import history
from sync.refusals import RefusalReason
from tests.sync.conftest import Factory, bundle_for, introduce, send


@pytest.fixture
def anna_hq(device: Factory) -> tuple[Store, Store]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    return anna, hq


def _results(store: Store) -> list[tuple[history.Direction, history.Result, str | None]]:
    return [(e.direction, e.result, e.reason) for e in syncing.exchange_history(store)]


def test_given_a_round_trip_then_each_side_remembers_its_export_and_its_import(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    records.add(anna, "org", {"name": "World Food Programme"})
    records.add(anna, "org", {"name": "UNICEF"})
    send(anna, hq)
    send(hq, anna)
    (export,) = (e for e in syncing.exchange_history(anna) if e.direction is history.Direction.EXPORT)
    assert export.peers == (hq.author.device_id,) and export.counts["changesets"] == 2
    (imported,) = (e for e in syncing.exchange_history(hq) if e.direction is history.Direction.IMPORT)
    assert imported.result is history.Result.IMPORTED and imported.peers == (anna.author.device_id,)
    assert imported.counts["applied"] == 2 and imported.file.endswith(".liaison")
    # Newest first: Anna exported, then imported HQ's answer.
    assert [e.direction for e in syncing.exchange_history(anna)] == [
        history.Direction.IMPORT,
        history.Direction.EXPORT,
    ]


def test_given_a_refused_bundle_then_nothing_changed_but_the_refusal_is_in_the_history(
    anna_hq: tuple[Store, Store], tmp_path: Path
) -> None:
    anna, _hq = anna_hq
    junk = tmp_path / "junk.liaison"
    junk.write_bytes(b"not a bundle at all")
    with pytest.raises(BundleRefusedError):
        syncing.import_bundle(anna, junk)
    assert _results(anna) == [
        (history.Direction.IMPORT, history.Result.REFUSED, RefusalReason.NOT_A_BUNDLE.value)
    ]
    assert syncing.status(anna).applied == 0


def test_given_a_bundle_imported_twice_then_the_second_time_is_remembered_as_already_imported(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    records.add(hq, "org", {"name": "OCHA"})
    path = bundle_for(hq, anna)
    syncing.import_bundle(anna, path)
    syncing.import_bundle(anna, path)
    assert [r for _d, r, _c in _results(anna)] == [history.Result.ALREADY_IMPORTED, history.Result.IMPORTED]


def test_given_an_export_to_a_revoked_device_then_the_refusal_is_remembered(
    anna_hq: tuple[Store, Store], tmp_path: Path
) -> None:
    anna, hq = anna_hq
    syncing.revoke_peer(anna, hq.author.device_id)
    with pytest.raises(ValidationError):
        syncing.export_bundle(anna, to=[hq.author.device_id], path=tmp_path / "x.liaison")
    (entry,) = syncing.exchange_history(anna)
    assert (entry.direction, entry.result, entry.reason) == (
        history.Direction.EXPORT,
        history.Result.REFUSED,
        RefusalReason.REVOKED_RECIPIENT.value,
    )
    assert entry.peers == (hq.author.device_id,)
    assert not (tmp_path / "x.liaison").exists()


def test_given_repeated_folder_exchanges_then_files_for_others_and_old_ones_are_not_logged_each_time(
    anna_hq: tuple[Store, Store], device: Factory, tmp_path: Path
) -> None:
    anna, hq = anna_hq
    bert = device("Bert")
    introduce(bert, hq)
    share = tmp_path / "share"
    share.mkdir()
    records.add(hq, "org", {"name": "OCHA"})
    syncing.export_bundle(hq, to=[bert.author.device_id], path=share / "for-bert.liaison")
    syncing.export_bundle(
        hq, to=[anna.author.device_id, bert.author.device_id], path=share / "for-both.liaison"
    )
    for _ in range(3):
        syncing.sync_folder(anna, share)
    imports = [e for e in syncing.exchange_history(anna) if e.direction is history.Direction.IMPORT]
    assert [(Path(e.file).name, e.result) for e in imports] == [("for-both.liaison", history.Result.IMPORTED)]
    exports = [e for e in syncing.exchange_history(anna) if e.direction is history.Direction.EXPORT]
    assert len(exports) == 3  # one outbox bundle per exchange


def test_the_history_keeps_only_the_latest_entries(device: Factory) -> None:
    anna = device("Anna")
    with anna.session() as s:
        for number in range(7):
            history.record(
                s.connection(),
                at=f"2026-12-01T10:0{number}:00Z",
                direction=history.Direction.IMPORT,
                file=f"{number}.liaison",
                peers=["x"],
                result=history.Result.IMPORTED,
                keep=3,
            )
        s.commit()
    assert [e.file for e in syncing.exchange_history(anna)] == ["6.liaison", "5.liaison", "4.liaison"]
    assert [e.file for e in syncing.exchange_history(anna, limit=1)] == ["6.liaison"]


def test_the_history_holds_no_record_content(anna_hq: tuple[Store, Store]) -> None:
    anna, hq = anna_hq
    records.add(anna, "contact", {"full_name": "Jean Mukendi", "notes": "met at the checkpoint"})
    send(anna, hq)
    with hq.session() as s:
        rows = s.connection().exec_driver_sql("SELECT * FROM sync_exchange_log").all()
    text = repr(rows)
    assert rows and "Mukendi" not in text and "checkpoint" not in text
