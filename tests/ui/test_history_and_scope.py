"""The editor's History tab (read in the worker when first shown, refreshed on save) and its
sharing scope selector (Local / HQ only / Mission), with the list's marker for the first two."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from ui.context import AppContext
from ui.editors.contact import ContactEditor
from ui.editors.org import OrganizationEditor
from ui.editors.scope_field import ScopeField
from ui.main_window import MainWindow


def _history_rows(editor: ContactEditor | OrganizationEditor) -> list[list[str]]:
    table = editor.history.table
    return [[_cell(table, r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def test_given_an_edited_contact_when_the_history_tab_is_shown_then_it_lists_each_change_read_only(
    qtbot: QtBot, ctx: AppContext
) -> None:
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi", "position": "Driver"}).id
    records.edit(ctx.store, "contact", contact, {"position": "Mayor"})
    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(contact)
    editor.show()
    assert editor.history.task is None  # nothing read until the tab is shown
    editor.tabs.setCurrentWidget(editor.history)
    qtbot.waitUntil(lambda: editor.history.table.rowCount() > 0)
    last = _history_rows(editor)[-1]
    assert last[1] == "Maj. Anna Berg\ntoughbook-1"
    assert (last[2], last[3]) == ("Position", "Driver → Mayor")
    assert not _cell(editor.history.table, 0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    folder = os.environ.get("LIAISON_SHOTS")
    if folder:
        editor.resize(820, 520)
        editor.grab().save(str(Path(folder) / "editor-history.png"))


def test_given_the_history_tab_shown_when_the_record_is_saved_then_the_new_change_appears(
    qtbot: QtBot, ctx: AppContext
) -> None:
    org = records.add(ctx.store, "org", {"name": "UNHCR"}).id
    editor = OrganizationEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(org)
    editor.show()
    editor.tabs.setCurrentWidget(editor.history)
    qtbot.waitUntil(lambda: editor.history.table.rowCount() > 0)
    before = editor.history.table.rowCount()
    editor.fields["acronym"].set_value("HCR")
    editor._field_changed()
    assert editor.save()
    qtbot.waitUntil(lambda: editor.history.table.rowCount() == before + 1)
    assert _history_rows(editor)[-1][3] == "(empty) → HCR"


def test_given_hq_only_chosen_in_the_editor_when_saved_then_the_record_is_hq_scoped_and_the_list_marks_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    org = records.add(ctx.store, "org", {"name": "Militia liaison cell"}).id
    window.open_record("org", org)
    editor = window.lists["org"].editor
    scope = editor.fields["scope"]
    assert isinstance(scope, ScopeField)
    combo = scope.combo
    assert combo.currentData() == "mission"
    combo.setCurrentIndex(combo.findData("hq"))
    assert editor.changes() == {"sharing": "hq"}
    assert editor.save()
    stored = records.get(ctx.store, "org", org)
    assert (stored.sharing, stored.do_not_share) == ("hq", False)  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("local"))
    assert editor.save()
    assert records.get(ctx.store, "org", org).do_not_share is True  # type: ignore[attr-defined]
    ctx.notify_changed("org")
    model = window.lists["org"].model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole) is None
