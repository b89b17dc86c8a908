# mypy: disable-error-code="no-untyped-call"
"""The main window: side bar, shortcuts, status bar, dashboard and settings."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from liaison_app import kinds
from liaison_app.clock import today
from liaison_app.kinds import Kind
from liaison_app.services import dashboard, preferences, records
from ui.context import AppContext
from ui.editors.meeting import MeetingEditor
from ui.list_view import ListPage
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_side_bar_lists_every_screen_in_order(window: MainWindow) -> None:
    labels = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert labels == [
        "Dashboard",
        "Meetings",
        "Contacts",
        "Organizations",
        "Action items",
        "Conflicts",
        "Sync",
        "Trash",
        "Areas",
        "Review",
    ]


def test_ctrl_6_and_7_show_the_conflicts_and_sync_screens(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    assert window.pages.currentWidget() is window.conflicts
    assert window.conflicts.heading.text() == "0 open conflicts"
    assert window.conflicts.detail_stack.currentWidget() is window.conflicts.placeholder
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)
    assert window.pages.currentWidget() is window.sync
    assert window.sync.identity.who.text() == "Maj. Anna Berg · toughbook-1 · Field officer"
    assert window.sync_label.text() == "Sync: no exchanges yet · 0 waiting · 0 conflicts"


def test_ctrl_n_starts_a_record_of_the_screen_on_show(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    page = window.lists["contact"]
    assert page.editor_stack.currentWidget() is page.editor
    assert page.editor.heading.text() == "New contact"
    assert page.editor.fields["full_name"].focus_target().hasFocus()


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.lists["org"].search.hasFocus()


def test_the_status_bar_names_the_officer_device_and_role(window: MainWindow) -> None:
    assert window.identity_label.text() == "Maj. Anna Berg · toughbook-1 · Field officer"


def test_the_overdue_filter_shows_only_overdue_actions(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    late = records.add(
        ctx.store, "action", {"title": "Late", "due": (today() - timedelta(days=3)).isoformat()}
    )
    records.add(ctx.store, "action", {"title": "Later", "due": "2999-01-01"})
    ctx.notify_changed("action")
    page = window.lists["action"]
    page.set_filter("overdue")
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [late.id]
    assert page.count_label.text() == "1 action item"


def test_the_dashboard_lists_overdue_actions_and_opens_them(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    late = records.add(
        ctx.store, "action", {"title": "Late", "due": (today() - timedelta(days=3)).isoformat()}
    )
    ctx.notify_changed("action")
    panel = window.dashboard.overdue
    assert panel.list.count() == 1 and "Late" in panel.list.item(0).text()
    panel.list.itemActivated.emit(panel.list.item(0))
    assert window.current_list() is window.lists["action"]
    assert window.lists["action"].editor.record_id == late.id


def test_settings_store_the_auto_lock_minutes_and_the_exchange_folder(
    qtbot: QtBot, ctx: AppContext, tmp_path: object
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(3)
    dialog.folder.setText("/media/usb/exchange")
    with qtbot.waitSignal(ctx.preferences_changed):
        dialog.apply()
    stored = preferences.read(ctx.store)
    assert stored.auto_lock_minutes == 3
    assert stored.exchange_folder == "/media/usb/exchange"


def test_settings_refuse_a_relative_exchange_folder_with_a_message(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.folder.setText("usb")
    dialog.apply()
    assert "not an absolute path" in dialog.error.text()
    assert preferences.read(ctx.store).exchange_folder == ""


def test_settings_change_the_kdf_cost_with_the_current_passphrase(qtbot: QtBot, ctx: AppContext) -> None:
    from tests.conftest import PASSPHRASE

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.memory.setValue(16)
    dialog.iterations.setValue(2)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.apply_kdf()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.kdf_status.text() == "New unlock speed applied."
    cost = preferences.read(ctx.store).kdf
    assert (cost.memory_mib, cost.iterations) == (16, 2)


class _FrenchKinds(QTranslator):
    """A translator holding only the kinds' plurals, as the French catalogue will."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "kind" and source_text == "meetings":
            return "réunions"
        # A Python translator cannot answer "not here" (an empty text is a translation):
        # everything else reads as its source.
        return source_text


def test_given_the_registry_plural_then_each_list_names_its_kind_as_the_registry_does(
    window: MainWindow,
) -> None:
    for kind, page in window.lists.items():
        plural = kinds.spec(kind).plural
        assert page.search.placeholderText() == f"Search {plural} (Ctrl+F)"
        assert page.show_filter.itemText(0) == f"All {plural}"


def test_given_a_catalogue_for_the_kinds_then_the_list_shows_the_translated_plural(
    qtbot: QtBot, ctx: AppContext
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    french = _FrenchKinds(app)
    app.installTranslator(french)
    try:
        page = ListPage(ctx, MeetingEditor(ctx))
        qtbot.addWidget(page)
    finally:
        app.removeTranslator(french)
    assert page.search.placeholderText() == "Search réunions (Ctrl+F)"


def test_given_the_dashboard_counts_then_every_registered_kind_is_counted(ctx: AppContext) -> None:
    records.add(ctx.store, "org", {"name": "Relief of the Sahel"})
    counts = dashboard.overview(ctx.store).counts
    assert counts == {str(kind): int(kind is Kind.ORG) for kind in kinds.KINDS}
