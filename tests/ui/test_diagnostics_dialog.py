# mypy: disable-error-code="no-untyped-call"
"""Help → Diagnostics shows this session's redacted log, copies it and saves it where the
user says; an unlock, an edit and a lock in the real window leave no secret in it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison_app import diagnostics_log, keyfile, profile
from liaison_app.diagnostics_log import RingBufferHandler
from liaison_app.services import records
from tests.conftest import PASSPHRASE
from ui import diagnostics_dialog
from ui.context import AppContext
from ui.diagnostics_dialog import DiagnosticsDialog
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ring() -> Iterator[RingBufferHandler]:
    buffer = diagnostics_log.install(debug=False)
    buffer.clear()
    yield buffer
    buffer.clear()


def _unlock_through_the_lock_screen(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    with qtbot.waitSignal(ctx.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    form = window.lock_screen.form
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(ctx.unlocked, timeout=10_000):
        qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)


def test_given_a_session_then_help_diagnostics_shows_its_entries(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, ring: RingBufferHandler
) -> None:
    _unlock_through_the_lock_screen(qtbot, window, ctx)
    assert window.help_menu.title() == "&Help"
    assert window.diagnostics_action in window.help_menu.actions()
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DiagnosticsDialog)
        shown.append(dialog.text.toPlainText())
        shown.append(dialog.status.text())
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.diagnostics_action.trigger()
    text, status = shown
    assert "ui.context: profile" in text and "locked: database closed, key dropped" in text
    assert "ui.unlock: profile" in text and "unlocked in" in text
    assert status == f"{len(ring.entries())} messages, kept in memory only"


def test_given_an_unlock_an_edit_and_a_lock_then_the_saved_log_holds_no_secret(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    ring: RingBufferHandler,
    gui_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    added = records.add(ctx.store, "contact", {"full_name": "Informant at the " + "river crossing"})
    title = str(records.get(ctx.store, "contact", added.id).full_name)  # type: ignore[attr-defined]
    ctx.notify_changed("contact")
    window.open_record("contact", added.id)
    _unlock_through_the_lock_screen(qtbot, window, ctx)
    key = keyfile.unlock(keyfile.load(gui_dir / profile.KEYFILE_NAME), PASSPHRASE).hex()
    target = tmp_path / "chosen" / "diagnostics.txt"
    target.parent.mkdir()
    monkeypatch.setattr(diagnostics_dialog, "ask_save_path", lambda parent: target)
    dialog = DiagnosticsDialog(window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = target.read_text(encoding="utf-8")
    assert "unlocked in" in saved and dialog.status.text() == f"Saved to {target}"
    for secret in (title, PASSPHRASE, key):
        assert secret not in saved
        assert secret not in ring.text()


def test_given_copy_then_the_clipboard_holds_the_log(qtbot: QtBot, ring: RingBufferHandler) -> None:
    logging.getLogger("ui.test_probe").warning("sync folder scan found %d bundles", 3)
    dialog = DiagnosticsDialog()
    qtbot.addWidget(dialog)
    assert "ui.test_probe: sync folder scan found 3 bundles" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert dialog.status.text() == "Copied to the clipboard."


def test_given_the_user_cancels_save_then_nothing_is_written(
    qtbot: QtBot, ring: RingBufferHandler, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(diagnostics_dialog, "ask_save_path", lambda parent: None)
    dialog = DiagnosticsDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []
