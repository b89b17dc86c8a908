"""GUI test fixtures: offscreen Qt, cheap-KDF profiles, a main window on an open profile.

QT_QPA_PLATFORM must be set before anything imports Qt, hence at the top of this file.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison_app.store import Store
from liaison_app.translations import Language
from tests import profiles
from tests.conftest import PASSPHRASE  # one passphrase and KDF cost for every test
from ui import guard, gui_thread_gc, language, worker
from ui import wizard as wizard_module
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def own_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Qt settings (window geometry, the folders file dialogs remember) in a fresh folder per
    test, never in the officer's real settings file."""
    folder = tmp_path_factory.mktemp("qt-settings")
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def collector_in_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (ui/app.py): cycles are collected in the GUI thread, never in a job's;
    after the test (its jobs ended: the next fixture), the automatic collector again, for the
    tests that spin no event loop."""
    gui_thread_gc.install(qapp)
    yield
    gui_thread_gc.uninstall(qapp)


@pytest.fixture(autouse=True)
def jobs_end_with_their_test(qapp: QApplication) -> Iterator[None]:
    """A job a test started ends in that test, its signals delivered there: never running
    while the next test installs another language or deletes the widgets it reports to."""
    yield
    for handle in worker.running():
        handle.cancel()
    assert QThreadPool.globalInstance().waitForDone(30_000), "a background job never ended"
    qapp.processEvents()


@pytest.fixture(autouse=True)
def english_interface(qapp: object) -> None:
    """Every test starts in English, as a user whose system speaks it ("1 action", "2 actions")."""
    language.apply(Language.ENGLISH)


class KeyQuestions:
    """Scripted answers to "have you written down the recovery key?", and how often asked."""

    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.asked = 0

    def __call__(self, parent: object) -> bool:
        self.asked += 1
        return self.answers.pop(0) if self.answers else True


@pytest.fixture(autouse=True)
def key_questions(monkeypatch: pytest.MonkeyPatch) -> KeyQuestions:
    """No real modal question in tests (a wizard left on the key page closes at teardown)."""
    questions = KeyQuestions()
    monkeypatch.setattr(wizard_module, "ask_key_written_down", questions)
    return questions


@pytest.fixture
def gui_dir(tmp_path: Path) -> Path:
    """Where a GUI test's profile lives."""
    return tmp_path / "gui-profile"


@pytest.fixture
def gui_store(gui_dir: Path) -> Iterator[Store]:
    """An open, empty profile."""
    store = profiles.fresh_store(
        gui_dir, passphrase=PASSPHRASE, officer_name="Maj. Anna Berg", device_name="toughbook-1"
    )
    yield store
    store.close()


@pytest.fixture
def ctx(gui_dir: Path, gui_store: Store) -> Iterator[AppContext]:
    """The app context holding the open profile; locked again at the end."""
    context = AppContext(gui_dir)
    context.open(gui_store)
    yield context
    context.lock()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The main window on the open profile, shown offscreen."""
    main = MainWindow(ctx, remember_geometry=False)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitActive(main)
    yield main
    # Edits a test leaves behind must not hold the window open (or ask a question).
    monkeypatch.setattr(MainWindow, "_settle_all", lambda self: True)
    main.close()
    main.deleteLater()


class GuardAnswers:
    """Scripted answers to the unsaved-changes question, and the questions asked."""

    def __init__(self) -> None:
        self.answers: list[guard.Choice] = []
        self.asked: list[str] = []

    def __call__(self, parent: object, what: str) -> guard.Choice:
        self.asked.append(what)
        if not self.answers:
            raise AssertionError(f"unexpected unsaved-changes question about {what}")
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def guard_answers(monkeypatch: pytest.MonkeyPatch) -> GuardAnswers:
    """No real modal dialog in tests: the guard reads scripted answers."""
    answers = GuardAnswers()
    monkeypatch.setattr(guard, "ask", answers)
    return answers
