# mypy: disable-error-code="no-untyped-call"
"""Help: the shortcut list read from the window's own actions, the guide, About."""

from __future__ import annotations

import PySide6
from pytestqt.qtbot import QtBot

from liaison_app import __version__
from tests.ui.modal import when_modal
from ui.help_dialogs import AboutDialog, GuideDialog, ShortcutsDialog, window_actions
from ui.main_window import MainWindow


def _shortcuts(window: MainWindow) -> ShortcutsDialog:
    return ShortcutsDialog(window_actions(window), window)


def test_the_shortcut_list_names_f5_undo_delete_trash_and_every_screen(window: MainWindow) -> None:
    dialog = _shortcuts(window)
    rows = dict(dialog.rows)
    assert rows["F5"] == "Refresh"
    assert rows["Ctrl+Z"] == "Undo delete"
    assert rows["Ctrl+8"] == "Trash"
    for number in range(1, 9):
        assert f"Ctrl+{number}" in rows
    for keys in ("Ctrl+N", "Ctrl+S", "Ctrl+F", "Ctrl+L", "Ctrl+,", "Ctrl+C", "F6", "Del", "Return"):
        assert keys in rows, keys
    listed = dialog.keys()
    assert len(listed) == len(set(listed))  # each key once
    assert dialog.table.rowCount() == len(dialog.rows)


def test_a_shortcut_added_to_the_window_shows_up_without_editing_the_list(window: MainWindow) -> None:
    window._action("Mark everything read", "Ctrl+Shift+M", lambda: None)
    assert dict(_shortcuts(window).rows)["Ctrl+Shift+M"] == "Mark everything read"


def test_help_keyboard_shortcuts_opens_the_dialog_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    assert window.shortcuts_action in window.help_menu.actions()
    shown = when_modal(lambda dialog: None)  # closed once seen
    window.shortcuts_action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], ShortcutsDialog)


def test_the_guide_covers_the_days_work_sync_conflicts_trash_and_the_recovery_key(qtbot: QtBot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for heading in ("The day's work", "Sync with HQ", "Conflicts", "Trash and undo", "recovery key"):
        assert heading in text, heading


def test_about_names_the_release_protocols_schema_licence_and_qt(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"Liaison {__version__}" in text
    assert "Sync protocols" in text and ", ".join(str(p) for p in dialog.facts.protocols) in text
    assert f"<td>{dialog.facts.schema}</td>" in text
    assert PySide6.__version__ in text
    assert dialog.facts.protocols[0] == 1 and dialog.facts.schema >= 5
