# mypy: disable-error-code="no-untyped-call"
"""The action editor closes an action in one step: Mark done sets Done and saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from ui.context import AppContext
from ui.editors.action import ActionEditor
from ui.main_window import MainWindow


def test_given_an_open_action_when_mark_done_is_pressed_from_the_keyboard_then_it_is_saved_done(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    action = records.add(ctx.store, "action", {"title": "Send the convoy list"})
    ctx.notify_changed("action")
    window.open_record("action", action.id)
    editor = window.lists["action"].editor
    assert isinstance(editor, ActionEditor) and editor.record_id == action.id
    button = editor.done_button
    assert button.isEnabled() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    stored = records.as_dict(records.get(ctx.store, "action", action.id))
    assert stored["status"] == "done" and stored["completed_at"]
    assert not button.isEnabled()  # already done: nothing left to mark
    assert not editor.is_dirty()


def test_given_a_new_action_then_mark_done_saves_it_closed(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.go_to("action")
    page = window.lists["action"]
    page.new_record()
    qtbot.keyClicks(page.editor.fields["title"].focus_target(), "Thank the chief")
    assert isinstance(page.editor, ActionEditor)
    with qtbot.waitSignal(page.editor.saved):
        qtbot.mouseClick(page.editor.done_button, Qt.MouseButton.LeftButton)
    (saved,) = records.list_records(ctx.store, "action")
    assert records.as_dict(saved)["status"] == "done"


def test_the_action_list_starts_on_open_actions_and_shows_done_ones_when_asked(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    records.add(ctx.store, "action", {"title": "Recce the route"})
    records.add(ctx.store, "action", {"title": "Thank the chief", "status": "done"})
    ctx.notify_changed("action")
    window.go_to("action")
    page = window.lists["action"]
    assert page.show_filter.currentData() == "open"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    page.show_filter.setCurrentIndex(page.show_filter.findData(""))  # "All action items"

    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
