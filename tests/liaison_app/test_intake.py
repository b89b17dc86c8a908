"""HQ intake (services.intake): a folder of bundles from several officers goes in by sender
and sequence, one file at a time, summed up per officer; the intake log (services.officer_log)
says afterwards what arrived from whom and who has gone quiet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.services import intake, officer_log, syncing
from liaison_app.services.syncing import FileStatus
from sync import hlc
from tests.liaison_app import intake_world
from tests.liaison_app.intake_world import IntakeWorld
from tests.sync.support import World


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> IntakeWorld:
    return intake_world.build(tmp_path_factory.mktemp("intake"))


@pytest.fixture
def scene(built: IntakeWorld, tmp_path: Path) -> Iterator[tuple[World, Path]]:
    with built.copy(tmp_path) as copied:
        yield copied


def by_officer(result: intake.IntakeResult) -> dict[str, intake.OfficerSummary]:
    return {o.officer or "?": o for o in result.officers}


def test_given_a_folder_from_three_officers_when_imported_then_one_summary_each_and_one_for_the_unknown(
    scene: tuple[World, Path],
) -> None:
    world, inbox = scene
    result = intake.import_all(world["HQ"], [inbox])

    assert [o.officer for o in result.officers] == ["Anna", "Bert", "Carl", ""]
    anna, bert, carl, unknown = result.officers
    assert (anna.files, anna.applied, anna.waiting, anna.already_imported, anna.refused) == (2, 2, 0, 0, ())
    assert (bert.files, bert.applied, bert.already_imported) == (2, 1, 1)
    assert (carl.files, carl.applied, carl.refused) == (1, 1, ())
    assert (unknown.device_id, unknown.files, unknown.refused) == ("", 1, (("truncated", 1),))
    assert not result.cancelled and len(result.files) == result.found == 6


def test_given_an_officers_later_bundle_named_first_then_it_is_imported_after_the_earlier_one(
    built: IntakeWorld, scene: tuple[World, Path]
) -> None:
    world, inbox = scene
    result = intake.import_all(world["HQ"], [inbox])

    anna = [o for o in result.files if o.sender == built.device_ids["Anna"]]
    assert [o.path.name for o in anna] == [intake_world.FILES["anna-first"], intake_world.FILES["anna-later"]]
    assert [(o.counts.applied, o.counts.pending) for o in anna] == [(1, 0), (1, 0)]


def test_given_a_gap_when_the_later_bundle_comes_alone_then_it_waits_and_the_earlier_one_resolves_it(
    built: IntakeWorld, scene: tuple[World, Path]
) -> None:
    world, inbox = scene
    hq = world["HQ"]
    alone = intake.import_all(hq, [built.file("anna-later", inbox)])
    (anna,) = alone.officers
    assert (anna.officer, anna.applied, anna.waiting) == ("Anna", 0, 1)

    then = intake.import_all(hq, [built.file("anna-first", inbox)])
    (anna,) = then.officers
    assert (anna.applied, anna.waiting) == (2, 0)


def test_given_a_folder_imported_twice_then_the_second_run_is_harmless_and_says_already_imported(
    scene: tuple[World, Path],
) -> None:
    world, inbox = scene
    hq = world["HQ"]
    intake.import_all(hq, [inbox])
    again = intake.import_all(hq, [inbox])

    statuses = {o.path.name: o.status for o in again.files}
    assert statuses.pop(intake_world.FILES["carl-damaged"]) is FileStatus.REFUSED
    assert set(statuses.values()) == {FileStatus.ALREADY_IMPORTED}
    assert [(o.applied, o.already_imported) for o in again.officers[:3]] == [(0, 2), (0, 2), (0, 1)]


def test_given_files_and_folders_mixed_then_each_bundle_is_imported(
    built: IntakeWorld, scene: tuple[World, Path], tmp_path: Path
) -> None:
    world, inbox = scene
    other = tmp_path / "other-stick"
    other.mkdir()
    built.file("carl", inbox).rename(other / "carl.liaison")
    (other / "archive").mkdir()  # sub-folders are not looked into
    (other / "._carl.liaison").write_bytes(b"a resource fork macOS left")
    result = intake.import_all(world["HQ"], [other, built.file("bert", inbox)])

    assert [o.path.name for o in result.files] == [intake_world.FILES["bert"], "carl.liaison"]
    assert all(o.status is FileStatus.IMPORTED for o in result.files)


def test_given_a_stop_request_after_the_first_file_then_the_run_ends_there_and_a_second_run_does_the_rest(
    scene: tuple[World, Path],
) -> None:
    world, inbox = scene
    hq = world["HQ"]
    steps: list[intake.Step] = []
    result = intake.import_all(hq, [inbox], progress=steps.append, stop=lambda: len(steps) >= 1)

    assert result.cancelled and len(result.files) == 1 and result.found == 6
    assert (steps[0].number, steps[0].total, steps[0].officer) == (1, 6, "Anna")
    rest = intake.import_all(hq, [inbox])
    statuses = [o.status for o in rest.files]
    # The first file again (harmless), then the five it had not reached.
    assert (statuses.count(FileStatus.ALREADY_IMPORTED), statuses.count(FileStatus.IMPORTED)) == (2, 3)


def test_given_an_intake_then_the_log_lists_every_officer_quietest_first(
    built: IntakeWorld, scene: tuple[World, Path]
) -> None:
    world, inbox = scene
    hq = world["HQ"]
    intake.import_all(hq, [inbox])

    found = officer_log.officers(hq)
    assert next(o.officer for o in found) == "Dana"  # never heard from: the quietest
    assert {o.officer: o.bundles for o in found} == {"Dana": 0, "Anna": 2, "Bert": 1, "Carl": 1}
    dana = found[0]
    assert (dana.last_change, dana.days_quiet, dana.last_received) == (None, None, None)
    anna = next(o for o in found if o.officer == "Anna")
    assert anna.days_quiet == 0 and anna.last_change is not None and anna.last_received is not None
    assert anna.last_file == str(built.file("anna-later", inbox))
    assert anna.last_result is not None and anna.last_result["applied"] == 1


def test_given_one_officer_asked_for_then_every_bundle_received_from_them_is_listed_newest_first(
    built: IntakeWorld, scene: tuple[World, Path]
) -> None:
    world, inbox = scene
    hq = world["HQ"]
    intake.import_all(hq, [inbox])

    anna = officer_log.officer(hq, built.device_ids["Anna"][:6])
    assert [Path(r.file).name for r in anna.received] == [
        intake_world.FILES["anna-later"],
        intake_world.FILES["anna-first"],
    ]
    assert [r.changesets for r in anna.received] == [1, 1]
    with pytest.raises(NotFoundError):
        officer_log.officer(hq, "zzzzzz")
    with pytest.raises(ValidationError):
        officer_log.officer(hq, "ab")


def test_given_a_change_dated_ten_days_ago_then_the_officer_is_ten_days_quiet() -> None:
    stamp = hlc.pack(1_764_547_200_000)  # 2025-12-01 00:00 UTC
    assert officer_log.days_since(stamp, date(2025, 12, 11)) == 10
    assert officer_log.days_since(stamp, date(2025, 11, 30)) == 0  # a clock ahead is not negative


def test_given_an_empty_folder_then_nothing_is_imported_and_nothing_is_refused(
    scene: tuple[World, Path], tmp_path: Path
) -> None:
    world, _inbox = scene
    empty = tmp_path / "empty"
    empty.mkdir()
    result = intake.import_all(world["HQ"], [empty])
    assert (result.files, result.officers, result.found) == ((), (), 0)


def test_given_a_file_that_is_not_there_then_it_is_refused_as_unreadable_and_the_others_go_in(
    built: IntakeWorld, scene: tuple[World, Path], tmp_path: Path
) -> None:
    world, inbox = scene
    result = intake.import_all(world["HQ"], [tmp_path / "gone.liaison", built.file("carl", inbox)])
    assert [o.status for o in result.files] == [FileStatus.IMPORTED, FileStatus.REFUSED]
    assert result.officers[-1].refused == (("unreadable", 1),)
    assert syncing.status(world["HQ"]).pending == 0
