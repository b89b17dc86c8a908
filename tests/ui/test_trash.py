# mypy: disable-error-code="no-untyped-call"
"""Nothing lost: Revert asks, Delete defaults to No and names what points at the record,
deleted records leave the lists, wait in the Trash, and come back with Ctrl+Z or Restore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from liaison_app.services import records, trash
from ui.context import AppContext
from ui.editors.ref_fields import RefField
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
Button = QMessageBox.StandardButton


class Boxes:
    """Answers the next message box from inside its event loop; keeps what it said."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.seen: list[str] = []

    def answer(self, respond: Callable[[QMessageBox], None]) -> None:
        def handle() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox), "no question was asked"
            self.seen.append(f"{box.text()}\n{box.informativeText()}")
            respond(box)

        QTimer.singleShot(0, handle)

    def press_enter(self) -> None:
        self.answer(lambda box: self.qtbot.keyClick(box, Qt.Key.Key_Return))

    def click(self, button: QMessageBox.StandardButton) -> None:
        self.answer(lambda box: box.button(button).click())


def _cell(window: MainWindow, kind: str, record_id: str, column: str) -> str:
    page = window.lists[kind]
    row = page.model.row_of(record_id)
    assert row is not None
    names = [c.key for c in page.spec.columns]
    return str(page.model.index(row, names.index(column)).data())


def _trash_rows(window: MainWindow, column: int) -> list[str]:
    items = (window.trash.list.topLevelItem(i) for i in range(window.trash.list.topLevelItemCount()))
    return [item.text(column) for item in items if item is not None]


def test_given_a_new_meeting_draft_when_revert_is_clicked_then_it_asks_and_enter_keeps_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    boxes = Boxes(qtbot)
    window.go_to("meeting")
    page = window.lists["meeting"]
    page.new_record()
    title = page.editor.fields["title"].focus_target()
    qtbot.keyClicks(title, "Checkpoint liaison")

    boxes.press_enter()
    qtbot.mouseClick(page.editor.revert_button, Qt.MouseButton.LeftButton)
    assert "Discard this new record?" in boxes.seen[0]
    assert page.editor.fields["title"].value() == "Checkpoint liaison"

    boxes.click(Button.Discard)
    qtbot.mouseClick(page.editor.revert_button, Qt.MouseButton.LeftButton)
    assert page.editor.fields["title"].value() == ""
    assert not page.editor.is_dirty()


def test_revert_sits_with_delete_away_from_the_forms_add_buttons(window: MainWindow) -> None:
    editor = window.lists["meeting"].editor
    items = (editor.buttons.itemAt(i) for i in range(editor.buttons.count()))
    order = [item.widget() for item in items if item is not None]
    assert order.index(editor.revert_button) > order.index(editor.save_button) + 1
    assert order[-2:] == [editor.revert_button, editor.delete_button]


def test_given_a_contact_others_point_at_when_delete_then_it_names_them_and_enter_means_no(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    boxes = Boxes(qtbot)
    amina = records.add(ctx.store, "contact", {"full_name": "Amina Diallo"})
    records.add(ctx.store, "action", {"title": "Send the road report", "owner": amina.id})
    ctx.notify_changed("contact")
    window.open_record("contact", amina.id)
    editor = window.lists["contact"].editor

    boxes.press_enter()
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)

    assert "1 action item" in boxes.seen[0] and "Send the road report" in boxes.seen[0]
    assert [c.id for c in records.list_records(ctx.store, "contact")] == [amina.id]
    assert editor.record_id == amina.id


def test_given_a_deleted_owner_then_lists_drop_the_name_and_the_editor_says_trash(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    boxes = Boxes(qtbot)
    amina = records.add(ctx.store, "contact", {"full_name": "Amina Diallo"})
    action = records.add(ctx.store, "action", {"title": "Send the road report", "owner": amina.id})
    ctx.notify_changed("")
    window.open_record("action", action.id)
    assert _cell(window, "action", action.id, "owner") == "Amina Diallo"
    window.open_record("contact", amina.id)

    boxes.click(Button.Yes)
    qtbot.mouseClick(window.lists["contact"].editor.delete_button, Qt.MouseButton.LeftButton)

    assert records.list_records(ctx.store, "contact") == []
    window.open_record("action", action.id)
    assert _cell(window, "action", action.id, "owner") == ""
    owner = window.lists["action"].editor.fields["owner"]
    assert isinstance(owner, RefField)
    assert owner.edit.text() == "Amina Diallo (deleted, in the Trash)"
    qtbot.mouseClick(owner.open_button, Qt.MouseButton.LeftButton)  # the link leads to the Trash
    assert window.pages.currentWidget() is window.trash
    current = window.trash.current()
    assert current is not None and current.record_id == amina.id


def test_given_a_delete_when_ctrl_z_then_the_record_is_back_and_open(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    boxes = Boxes(qtbot)
    org = records.add(ctx.store, "org", {"name": "Red Crescent"})
    ctx.notify_changed("org")
    window.open_record("org", org.id)
    page = window.lists["org"]
    boxes.click(Button.Yes)
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of(org.id) is None)  # at the next turn of the event loop
    assert window.undo_delete.note.text.text() == "Deleted “Red Crescent”."
    assert window.undo_delete.note.button.isVisible()

    window.activateWindow()  # back from the question (offscreen does not do it by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)

    assert [o.id for o in records.list_records(ctx.store, "org")] == [org.id]
    qtbot.waitUntil(lambda: page.model.row_of(org.id) is not None)  # at the next turn of the loop
    assert page.editor.record_id == org.id and page.editor_stack.currentWidget() is page.editor
    assert window.undo_delete.note.text.text() == "Restored “Red Crescent”."
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)  # nothing more to undo
    assert len(records.list_records(ctx.store, "org")) == 1


def test_the_undo_button_of_the_status_bar_restores_too(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    boxes = Boxes(qtbot)
    org = records.add(ctx.store, "org", {"name": "Red Crescent"})
    ctx.notify_changed("org")
    window.open_record("org", org.id)
    boxes.click(Button.Yes)
    qtbot.mouseClick(window.lists["org"].editor.delete_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(window.undo_delete.note.button, Qt.MouseButton.LeftButton)

    assert [o.id for o in records.list_records(ctx.store, "org")] == [org.id]


def test_given_deleted_records_when_enter_in_the_trash_then_the_highlighted_one_is_restored(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    older = records.add(ctx.store, "contact", {"full_name": "Amina Diallo"})
    newer = records.add(ctx.store, "org", {"name": "Red Crescent"})
    records.delete_record(ctx.store, "contact", older.id)
    records.delete_record(ctx.store, "org", newer.id)
    ctx.notify_changed("")

    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    assert window.pages.currentWidget() is window.trash
    assert _trash_rows(window, 1) == ["Red Crescent", "Amina Diallo"]
    assert _trash_rows(window, 3) == ["Maj. Anna Berg", "Maj. Anna Berg"]
    assert window.trash.count_label.text() == "2 deleted records"

    window.trash.list.setFocus()
    qtbot.keyClick(window.trash.list, Qt.Key.Key_Down)
    qtbot.keyClick(window.trash.list, Qt.Key.Key_Return)

    assert [c.id for c in records.list_records(ctx.store, "contact")] == [older.id]
    assert [t.record_id for t in trash.list_trash(ctx.store)] == [newer.id]
    assert window.pages.currentWidget() is window.lists["contact"]
    assert window.lists["contact"].editor.record_id == older.id


def test_ctrl_z_in_a_text_box_undoes_the_typing_not_the_delete(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    boxes = Boxes(qtbot)
    gone = records.add(ctx.store, "org", {"name": "Red Crescent"})
    kept = records.add(ctx.store, "org", {"name": "WFP"})
    ctx.notify_changed("org")
    window.open_record("org", gone.id)
    boxes.click(Button.Yes)
    qtbot.mouseClick(window.lists["org"].editor.delete_button, Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_record("org", kept.id)
    name = window.lists["org"].editor.fields["name"].focus_target()
    name.setFocus()
    qtbot.keyClicks(name, " Logistics")

    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)

    assert window.lists["org"].editor.fields["name"].value() == "WFP"
    assert [o.id for o in records.list_records(ctx.store, "org")] == [kept.id]


def test_a_meetings_attendees_name_the_one_in_the_trash_and_the_one_purged(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    purged = records.add(ctx.store, "contact", {"full_name": "Jonas Keller"})
    trashed = records.add(ctx.store, "contact", {"full_name": "Amina Diallo"})
    start = "2026-11-20T10:00+03:00"
    fields = {"title": "Coordination", "start": start, "attendee_ids": [trashed.id, purged.id]}
    meeting = records.add(ctx.store, "meeting", fields)
    records.delete_record(ctx.store, "contact", purged.id)
    records.purge(ctx.store)  # no peers to wait for: gone for good
    records.delete_record(ctx.store, "contact", trashed.id)
    ctx.notify_changed("")

    window.open_record("meeting", meeting.id)

    field = window.lists["meeting"].editor.fields["attendee_ids"]
    shown = [field.list.item(i).text() for i in range(field.list.count())]  # type: ignore[attr-defined]
    # Attendees are a set: their order on screen is not part of the contract.
    assert sorted(shown) == sorted(
        ["Amina Diallo (deleted, in the Trash)", f"deleted record {purged.id[:8]}"]
    )
