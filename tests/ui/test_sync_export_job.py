# mypy: disable-error-code="no-untyped-call"
"""The export and folder jobs (ui/sync_jobs.py): the first area export at HQ takes minutes, so its dialog
is busy with the seconds gone by, and Cancel stops it inside its queries with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from liaison_app.services import records, stoppable
from tests.conftest import Factory
from tests.sync.conftest import introduce
from ui import worker
from ui.sync_jobs import export_job, folder_job


def test_given_cancel_pressed_during_an_export_then_the_job_stops_and_no_bundle_is_written(
    device: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    for number in range(200):
        records.add(hq, "org", {"name": f"Organization {number}"})
    monkeypatch.setattr(stoppable, "STEPS", 100)
    monkeypatch.setattr(worker, "_PROGRESS_INTERVAL_S", 0.0)
    reports: list[str] = []

    def report(_done: int, _total: int, message: str) -> None:
        reports.append(message)
        if len(reports) == 2:  # the officer presses Cancel once the export runs
            state.request_cancel()

    state = worker.TaskState(report)
    path = tmp_path / "for-anna.liaison"
    with pytest.raises(worker.TaskCancelledError):
        export_job(hq, [anna.author.device_id], path, False)(state)

    assert not path.exists()
    assert all(m.startswith("Writing for-anna.liaison… (") for m in reports)


def test_given_an_export_of_unknown_length_then_its_dialog_is_busy_and_names_the_file(
    qtbot: QtBot, device: Factory, tmp_path: Path
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    parent = QWidget()
    qtbot.addWidget(parent)
    handle = worker.start(export_job(hq, [anna.author.device_id], tmp_path / "b.liaison", False))
    dialog = worker.with_progress_dialog(parent, "Writing the bundle…", handle)
    seen: list[tuple[int, str]] = []
    handle.progress.connect(lambda _d, total, _m: seen.append((dialog.maximum(), dialog.labelText())))

    with qtbot.waitSignal(handle.succeeded, timeout=10_000):
        pass

    assert seen[0] == (0, "Writing b.liaison… (0 s)")  # a range of 0 to 0: busy
    assert (tmp_path / "b.liaison").exists()


class _CancelOnceArchived(worker.TaskState):
    """The officer presses Cancel once the first bundle went in (and was archived)."""

    def __init__(self, archive: Path) -> None:
        super().__init__(lambda *_: None)
        self.archive = archive

    def is_cancel_requested(self) -> bool:
        return any(self.archive.glob("*.liaison"))


def test_given_cancel_pressed_during_a_folder_exchange_then_what_went_in_stays_and_no_bundle_is_written(
    device: Factory, tmp_path: Path
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    share = tmp_path / "share"
    share.mkdir()
    records.add(anna, "org", {"name": "World Food Programme"})
    folder_job(anna, share)(worker.TaskState(lambda *_: None))
    for_hq = set((share / "outbox").iterdir())

    with pytest.raises(worker.TaskCancelledError):
        folder_job(hq, share)(_CancelOnceArchived(share / "archive"))

    assert [o.name for o in records.list_records(hq, "org")] == ["World Food Programme"]  # type: ignore[attr-defined]
    assert set((share / "outbox").iterdir()) == set() and {p.name for p in (share / "archive").iterdir()} == {
        p.name for p in for_hq
    }
