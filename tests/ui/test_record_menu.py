# mypy: disable-error-code="no-untyped-call"
"""The Edit menu and the list rows' context menus: copy a record as text, mark an action
done, open, delete; the Trash's Restore and a conflict's Open; enabled only where they apply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.services import records, trash
from tests.ui.conflict_world import position_conflict
from tests.ui.modal import when_modal
from ui.context import AppContext
from ui.main_window import MainWindow


def _row_rect_centre(window: MainWindow, kind: str, row: int) -> object:
    table = window.lists[kind].table
    return table.visualRect(window.lists[kind].model.index(row, 0)).center()


def _entries(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def test_edit_menu_copy_puts_the_selected_contact_on_the_clipboard_as_text(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    wfp = records.add(ctx.store, "org", {"name": "World Food Programme", "acronym": "WFP"})
    points = [{"kind": "phone", "value": "+243 81 000 0000", "label": "office"}]
    points.append({"kind": "email", "value": "jean@example.org", "label": ""})
    contact = records.add(
        ctx.store,
        "contact",
        {
            "full_name": "Jean Mukendi",
            "position": "Logistics",
            "organization_id": wfp.id,
            "contact_points": points,
        },
    )
    ctx.notify_changed("")
    window.open_record("contact", contact.id)
    window.lists["contact"].table.setFocus()
    QGuiApplication.clipboard().clear()
    window.edit_menu.aboutToShow.emit()
    assert window.record_actions.copy_action.isEnabled()
    qtbot.keyClick(window.lists["contact"].table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == "Jean Mukendi"
    assert "Position: Logistics" in lines
    assert any(line.startswith("Organization: World Food Programme") for line in lines)
    assert "Full name: Jean Mukendi" not in lines  # the title line already says it
    assert "  Phone (office): +243 81 000 0000" in lines  # the kind by its label, not its slug
    assert "  Email: jean@example.org" in lines


def test_ctrl_c_in_a_text_box_copies_the_text_not_the_record(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    ctx.notify_changed("contact")
    window.open_record("contact", contact.id)
    name = window.lists["contact"].editor.fields["full_name"].focus_target()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(name, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Jean Mukendi"


def test_context_menu_mark_done_closes_the_action_and_is_offered_only_while_open(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    action = records.add(ctx.store, "action", {"title": "Recce the route"})
    ctx.notify_changed("action")
    window.go_to("action")
    page = window.lists["action"]
    menu = window.record_actions.row_menu(page, _row_rect_centre(window, "action", 0))  # type: ignore[arg-type]
    assert menu is not None
    entries = ["Open", "Open in own window", "Copy record", "Mark done", "Delete…", "Purge for good…"]
    assert _entries(menu) == entries
    done = window.record_actions.done_action
    assert done.isEnabled()
    done.trigger()
    menu.hide()
    assert records.as_dict(records.get(ctx.store, "action", action.id))["status"] == "done"
    qtbot.wait(10)  # the menu lets go of its row
    window.record_actions._target = None
    page.show_filter.setCurrentIndex(0)  # all actions, done ones too
    window.open_record("action", action.id)
    window.record_actions.update()
    assert not done.isEnabled()  # already done: nothing to mark


def test_the_row_menu_of_a_contact_has_no_mark_done_and_delete_asks_with_no_the_default(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    ctx.notify_changed("contact")
    window.go_to("contact")
    page = window.lists["contact"]
    menu = window.record_actions.row_menu(page, _row_rect_centre(window, "contact", 0))  # type: ignore[arg-type]
    assert menu is not None
    assert "Mark done" not in _entries(menu)
    answers: list[bool] = []

    def answer_yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        answers.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(answer_yes)
    window.record_actions.delete_action.trigger()  # the question closes the menu
    assert answers == [True]
    assert trash.deleted_titles(ctx.store, kind="contact", ids=[contact.id]) == {contact.id: "Jean Mukendi"}
    assert window.undo_delete.action in window.edit_menu.actions()
    assert window.undo_delete.action.isEnabled()  # Edit → Undo delete (Ctrl+Z) takes it back


def test_open_in_own_window_from_the_row_menu_detaches_the_editor(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    records.add(ctx.store, "org", {"name": "World Food Programme"})
    ctx.notify_changed("org")
    window.go_to("org")
    page = window.lists["org"]
    menu = window.record_actions.row_menu(page, _row_rect_centre(window, "org", 0))  # type: ignore[arg-type]
    assert menu is not None
    window.record_actions.window_action.trigger()
    menu.hide()
    assert page.detacher.is_detached()
    assert page.editor.fields["name"].value() == "World Food Programme"
    page.detacher.attach()


def test_with_nothing_selected_the_record_actions_are_off(window: MainWindow) -> None:
    window.go_to("dashboard")
    window.edit_menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in window.record_actions.actions)


def test_the_trash_row_menu_restores_the_record(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    org = records.add(ctx.store, "org", {"name": "World Food Programme"})
    records.delete_record(ctx.store, "org", org.id)
    window.go_to("trash")
    window.trash.refresh()
    item = window.trash.list.topLevelItem(0)
    assert item is not None
    menu = window.trash.row_menu(window.trash.list.visualItemRect(item).center())
    assert menu is not None
    assert _entries(menu) == ["Restore"]
    menu.actions()[0].trigger()
    menu.hide()
    assert records.get(ctx.store, "org", org.id).deleted_at is None  # live again


def test_the_menu_key_opens_the_highlighted_rows_menu_for_that_row(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    with records.batch(ctx.store) as batch:
        for n in range(30):
            batch.add("org", {"name": f"Organization {n:02d}"})
    ctx.notify_changed("org")
    window.go_to("org")
    page = window.lists["org"]
    page.focus_results()
    for _ in range(5):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    target = window.record_actions._target
    assert target is not None and target.record_id == page.model.id_at(5)
    menus = [m for m in window.findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1
    menus[0].hide()


def test_a_conflicts_context_menu_opens_the_record_it_concerns(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    contact_id = position_conflict(ctx, tmp_path)
    window.go_to("conflicts")
    window.conflicts.refresh()
    table = window.conflicts.table
    menu = window.conflict_menu(table.visualRect(table.model().index(0, 0)).center())
    assert menu is not None
    assert _entries(menu) == ["Open the record"]
    menu.actions()[0].trigger()
    menu.hide()
    assert window.current_list() is window.lists["contact"]
    assert window.lists["contact"].editor.record_id == contact_id


def test_ctrl_c_on_another_screens_table_keeps_its_own_cell_copy(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    gone = records.add(ctx.store, "org", {"name": "World Food Programme"})
    records.delete_record(ctx.store, "org", gone.id)
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    ctx.notify_changed("")
    window.open_record("contact", contact.id)
    window.go_to("trash")
    window.trash.refresh()
    window.trash.list.setFocus()
    qtbot.waitUntil(window.trash.list.hasFocus)
    QGuiApplication.clipboard().setText("before")
    qtbot.keyClick(window.trash.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == window.trash.list.currentIndex().data()
