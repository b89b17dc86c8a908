# mypy: disable-error-code="no-untyped-call"
"""HQ intake in the sync centre, on a real HQ window: a folder of four officers' bundles
imported through "Import folder…" or dropped, in the worker, with progress naming the file
and officer, cancel between bundles; the per-officer summary; the Officers tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.services import intake
from liaison_app.store import Store
from tests.liaison_app import intake_world
from tests.liaison_app.intake_world import IntakeWorld
from tests.sync.support import PASSPHRASE
from ui import worker
from ui.main_window import MainWindow
from ui.sync_intake_summary import cell_text
from ui.sync_jobs import import_job
from ui.sync_officers import NEVER_COLOUR


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> IntakeWorld:
    return intake_world.build(tmp_path_factory.mktemp("intake-gui"))


@pytest.fixture
def inbox(built: IntakeWorld, tmp_path: Path) -> Path:
    with built.copy(tmp_path):
        pass  # copied; the window opens the HQ profile
    return tmp_path / "inbox"


@pytest.fixture
def gui_dir(inbox: Path) -> Path:
    return inbox.parent / "world" / "HQ"


@pytest.fixture
def gui_store(gui_dir: Path) -> Iterator[Store]:
    store = profile.unlock(gui_dir, PASSPHRASE)
    yield store
    store.close()


def _wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)


def test_import_folder_imports_every_bundle_and_shows_one_row_per_officer(
    qtbot: QtBot, window: MainWindow, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(inbox)))
    window.go_to("sync")
    page = window.sync
    seen: list[str] = []

    def watch(busy: bool) -> None:
        if busy and page.jobs.handle is not None:
            page.jobs.handle.progress.connect(lambda _done, _total, text: seen.append(text))

    page.jobs.busy_changed.connect(watch)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, window)

    rows = page.results.officers.rows()
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("Anna", "2", "2", "0", "0"),
        ("Bert", "2", "1", "1", "0"),
        ("Carl", "1", "1", "0", "0"),
        ("Unknown sender", "1", "0", "0", "0"),
    ]
    assert rows[3][8] == "1 refused: the bundle is truncated (copied only in part?)"
    assert page.results.summary.text() == "Imported 5 of 6 files, 1 refused."
    assert any("(1 of 6) from Anna" in text for text in seen)


def test_the_officers_tab_lists_the_officer_never_heard_from_first_and_highlighted(
    qtbot: QtBot, window: MainWindow, inbox: Path
) -> None:
    window.go_to("sync")
    page = window.sync
    page.import_files([inbox])
    _wait_idle(qtbot, window)
    assert page.officers.table.rowCount() == 0  # read only once shown
    page.tabs.setCurrentWidget(page.officers)

    table = page.officers.table
    names = [cell_text(table, row, 0) for row in range(table.rowCount())]
    assert names[0] == "Dana" and sorted(names[1:]) == ["Anna", "Bert", "Carl"]
    dana = table.item(0, 0)
    assert cell_text(table, 0, 2) == "never"
    assert dana is not None and dana.background().color() == NEVER_COLOUR
    anna = names.index("Anna")
    assert (cell_text(table, anna, 3), cell_text(table, anna, 5)) == ("0", "2")
    assert cell_text(table, anna, 6) == "1 applied"


def test_a_dropped_folder_is_imported(qtbot: QtBot, window: MainWindow, inbox: Path) -> None:
    window.go_to("sync")
    page = window.sync
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(inbox))])
    copy, none = Qt.DropAction.CopyAction, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), copy, mime, Qt.MouseButton.NoButton, none)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(page, QDropEvent(QPointF(20, 20), copy, mime, Qt.MouseButton.NoButton, none))
    _wait_idle(qtbot, window)
    assert len(page.results.officers.rows()) == 4


def test_cancel_in_the_worker_stops_between_bundles_and_a_second_import_does_the_rest(
    qtbot: QtBot, window: MainWindow, inbox: Path
) -> None:
    window.go_to("sync")
    page = window.sync
    assert page.import_files([inbox])
    handle = page.jobs.handle
    assert handle is not None
    # Pressed while the first bundle goes in (in the worker's thread, so exactly then).
    handle.progress.connect(lambda *_a: handle.cancel(), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(handle.cancelled, timeout=30_000):
        pass
    _wait_idle(qtbot, window)

    (result,) = page.last_intake
    assert result.cancelled and len(result.files) == 1 and result.found == 6
    assert page.results.summary.text().startswith("Cancelled after 1 file.")
    assert page.results.officers.rows()[0][:4] == ["Anna", "anna-laptop", "1", "1"]

    page.import_files([inbox])
    _wait_idle(qtbot, window)
    (rest,) = page.last_intake
    assert not rest.cancelled and sum(o.applied for o in rest.officers) == 3


def test_the_import_job_reports_each_file_and_its_officer_and_stops_when_asked(
    gui_store: Store, inbox: Path
) -> None:
    messages: list[str] = []

    def report(_done: int, _total: int, text: str) -> None:
        messages.append(text)
        state.request_cancel()  # the officer presses Cancel as the first file starts

    state = worker.TaskState(report)
    done: list[intake.IntakeResult] = []
    result: Any = import_job(gui_store, [inbox], done)(state)
    assert result is done[0] and result.cancelled and len(result.files) == 1
    assert messages[0] == f"Importing {intake_world.FILES['anna-first']} (1 of 6) from Anna…"
