"""A long export can be stopped: SQLite asks as it goes (liaison_app/services/stoppable.py),
and a stopped export leaves no file and no trace in the exchange history."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.services import records, stoppable, syncing
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce


@pytest.fixture
def hq_and_anna(device: Factory, monkeypatch: pytest.MonkeyPatch) -> tuple[Store, Store]:
    """HQ holding 20 organizations for Anna; SQLite asks every 100 steps."""
    monkeypatch.setattr(stoppable, "STEPS", 100)
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    for number in range(20):
        records.add(hq, "org", {"name": f"Organization {number}"})
    return hq, anna


def test_given_a_watch_that_says_stop_when_exporting_then_no_file_and_no_history(
    hq_and_anna: tuple[Store, Store], tmp_path: Path
) -> None:
    hq, anna = hq_and_anna
    asked: list[int] = []

    def watch() -> bool:
        asked.append(1)
        return len(asked) >= 3  # stopped well inside the export

    before = syncing.exchange_history(hq)
    path = tmp_path / "out" / "for-anna.liaison"
    path.parent.mkdir()
    with pytest.raises(stoppable.StoppedError):
        syncing.export_bundle(hq, to=[anna.author.device_id], path=path, watch=watch)

    assert len(asked) == 3
    assert list(path.parent.iterdir()) == []  # not even the hidden partial file
    assert syncing.exchange_history(hq) == before


def test_given_a_watch_that_lets_it_go_on_when_exporting_then_it_is_asked_and_the_bundle_is_written(
    hq_and_anna: tuple[Store, Store], tmp_path: Path
) -> None:
    hq, anna = hq_and_anna
    asked: list[int] = []

    def watch() -> bool:
        asked.append(1)
        return False

    result = syncing.export_bundle(hq, to=[anna.author.device_id], path=tmp_path / "b.liaison", watch=watch)

    assert asked and result.changesets == 20
    assert syncing.import_bundle(anna, tmp_path / "b.liaison").counts.applied == 20
