# mypy: disable-error-code="no-untyped-call"
"""A list and its pickers by keyboard: Down from the search box into the results, Up back,
Home/End and Ctrl+Home/Ctrl+End over the whole (paged) list, Enter and Delete on a row,
Enter in a picker that chooses and stays in the editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.services import listing, records
from liaison_app.services.listing import ListQuery, Row
from tests.ui.conftest import GuardAnswers
from tests.ui.modal import when_modal
from ui.context import AppContext
from ui.editors.meeting import MeetingEditor
from ui.editors.ref_fields import RefField, RefListField
from ui.lock_safe_access import StoreRowSource
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
START = "2026-11-20T10:00+01:00"


class CountingSource:
    """The real store's rows, counting the pages the model asks for."""

    def __init__(self, inner: StoreRowSource) -> None:
        self.inner = inner
        self.pages: list[int] = []

    def ids(self, query: ListQuery) -> list[str]:
        return self.inner.ids(query)

    def forget(self) -> None:
        self.inner.forget()

    def rows(self, kind: str, ids: Sequence[str]) -> dict[str, Row]:
        self.pages.append(len(ids))
        return self.inner.rows(kind, ids)


def _orgs(ctx: AppContext, names: Sequence[str]) -> None:
    with records.batch(ctx.store) as batch:
        for name in names:
            batch.add("org", {"name": name})
    ctx.notify_changed("org")


def test_down_from_the_search_box_selects_the_first_result_and_up_goes_back(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _orgs(ctx, ["Alpha Relief", "Bravo Water", "Charlie Health"])
    window.go_to("org")
    page = window.lists["org"]
    page.focus_search()
    qtbot.keyClicks(page.search, "a")
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    first = page.model.id_at(0)
    assert page.current_record() == first and page.editor.record_id == first  # selected, so open
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.search.hasFocus()


def test_ctrl_end_selects_the_last_of_a_thousand_rows_without_loading_every_page(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _orgs(ctx, [f"Organization {n:04d}" for n in range(1_000)])
    window.go_to("org")
    page = window.lists["org"]
    counting = CountingSource(StoreRowSource(ctx))
    page.model.source = counting
    page.refresh()
    assert page.model.rowCount() == 1_000
    page.focus_results()
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    last = page.model.id_at(999)
    assert page.table.currentIndex().row() == 999
    assert page.current_record() == last and page.editor.record_id == last
    page.table.viewport().repaint()
    loaded = sum(counting.pages)
    assert 0 < loaded <= 3 * page.model.PAGE_SIZE  # the first and last screens, not 1,000 rows
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_End)  # End alone: the last row too, as in a mail list
    assert page.table.currentIndex().row() == 999
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.table.currentIndex().row() == 0


def test_enter_on_a_row_puts_the_cursor_in_its_editor(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _orgs(ctx, ["Alpha Relief"])
    window.go_to("org")
    page = window.lists["org"]
    page.focus_results()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.editor.fields["name"].focus_target()


def test_delete_in_the_list_asks_like_the_editors_delete_button_and_no_keeps_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _orgs(ctx, ["Alpha Relief"])
    window.go_to("org")
    page = window.lists["org"]
    page.focus_results()
    asked: list[tuple[str, bool]] = []

    def answer_no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        no = box.button(QMessageBox.StandardButton.No)
        asked.append((box.windowTitle(), box.defaultButton() is no))
        no.click()

    when_modal(answer_no)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == [("Delete organization", True)]  # the editor's question, No the default
    assert listing.ordered_ids(ctx.store, ListQuery("org")) == [page.model.id_at(0)]


def test_enter_in_the_attendee_picker_adds_the_contact_and_stays_in_the_editor_without_saving(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, guard_answers: GuardAnswers
) -> None:
    amina = records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    meeting = records.add(ctx.store, "meeting", {"title": "Water point security", "start": START})
    ctx.notify_changed("")
    window.open_record("meeting", meeting.id)
    editor = window.lists["meeting"].editor
    assert isinstance(editor, MeetingEditor)
    attendees = editor.fields["attendee_ids"]
    assert isinstance(attendees, RefListField)
    picker = attendees.adder.edit
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClicks(picker, "Amina")
    popup = attendees.adder.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert attendees.value() == [amina.id]
    assert picker.hasFocus() and picker.text() == ""  # ready for the next attendee
    assert editor.is_dirty()  # chosen, not saved
    stored = records.as_dict(records.get(ctx.store, "meeting", meeting.id))
    assert stored["attendee_ids"] == []
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # Enter again on the empty picker: still nothing saved
    assert editor.is_dirty() and picker.hasFocus()
    assert records.as_dict(records.get(ctx.store, "meeting", meeting.id))["attendee_ids"] == []


def test_enter_in_the_organization_picker_chooses_it_and_stays_in_the_contact_editor(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    wfp = records.add(ctx.store, "org", {"name": "World Food Programme"})
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    ctx.notify_changed("")
    window.open_record("contact", contact.id)
    editor = window.lists["contact"].editor
    field = editor.fields["organization_id"]
    assert isinstance(field, RefField)
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClicks(field.edit, "World")
    popup = field.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.value() == wfp.id and field.edit.text() == "World Food Programme"
    assert field.edit.hasFocus() and not popup.isVisible()
    assert editor.is_dirty()
    assert records.as_dict(records.get(ctx.store, "contact", contact.id))["organization_id"] is None
