# mypy: disable-error-code="no-untyped-call"
"""Nothing stale: an editor follows its record when a sync or another process writes it.
A clean form reloads; a form with edits keeps them, says the record changed and offers a
comparison (keep mine / take theirs); a field other officers disagree on links to the
conflict."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import PASSPHRASE
from tests.ui.conflict_world import position_conflict
from ui import worker
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.stale_record import CompareDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def other_process(gui_dir: Path, gui_store: Store) -> Iterator[Store]:
    """The same profile opened a second time, as the CLI or a folder sync would."""
    store = profile.unlock(gui_dir, PASSPHRASE)
    yield store
    store.close()


def _open_contact(window: MainWindow, ctx: AppContext) -> str:
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi", "position": "Driver"})
    ctx.notify_changed("contact")
    window.open_record("contact", contact.id)
    return contact.id


def _text(window: MainWindow, name: str) -> object:
    return window.lists["contact"].editor.fields[name].value()


def test_given_a_clean_editor_when_another_process_edits_its_record_then_it_shows_the_new_value(
    window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    contact_id = _open_contact(window, ctx)

    records.edit(other_process, "contact", contact_id, {"position": "Head of Logistics"})
    ctx.notify_changed("contact")  # what a finished sync job or the change watcher says

    editor = window.lists["contact"].editor
    assert _text(window, "position") == "Head of Logistics"
    assert not editor.is_dirty() and editor.changed_bar.isHidden()


def test_given_edits_when_the_record_changes_elsewhere_then_the_edits_stay_and_the_bar_says_so(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    contact_id = _open_contact(window, ctx)
    editor = window.lists["contact"].editor
    location = editor.fields["location"].focus_target()
    location.setFocus()
    qtbot.keyClicks(location, "Goma")

    records.edit(other_process, "contact", contact_id, {"position": "Head of Logistics"})
    ctx.notify_changed("")

    assert _text(window, "location") == "Goma" and editor.is_dirty()
    assert editor.changed_bar.isVisible()
    assert [(caption, mine, theirs) for caption, mine, theirs in editor.compare_rows()] == [
        ("Position", "Driver", "Head of Logistics")
    ]


def test_keep_mine_takes_the_stored_change_of_other_fields_and_saves_the_edits_over_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    contact_id = _open_contact(window, ctx)
    editor = window.lists["contact"].editor
    position = editor.fields["position"].focus_target()
    position.setFocus()
    qtbot.keyClick(position, Qt.Key.Key_End)
    qtbot.keyClicks(position, " (senior)")
    location = editor.fields["location"].focus_target()
    qtbot.keyClicks(location, "Goma")
    theirs = {"position": "Head of Logistics", "notes": "Met at HQ"}
    records.edit(other_process, "contact", contact_id, theirs)
    ctx.notify_changed("")

    def keep_mine() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CompareDialog)
        assert dialog.table.rowCount() == 2  # position and notes changed; location did not
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Keep mine is the default

    QTimer.singleShot(0, keep_mine)
    qtbot.mouseClick(editor.changed_bar.compare_button, LEFT)

    assert editor.changed_bar.isHidden()
    assert _text(window, "position") == "Driver (senior)"
    assert _text(window, "notes") == "Met at HQ"
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    location.setFocus()
    qtbot.keyClick(location, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = records.get(ctx.store, "contact", contact_id)
    assert (stored.position, stored.location, stored.notes) == ("Driver (senior)", "Goma", "Met at HQ")  # type: ignore[attr-defined]


def test_take_the_stored_version_drops_the_edits(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    contact_id = _open_contact(window, ctx)
    editor = window.lists["contact"].editor
    qtbot.keyClicks(editor.fields["location"].focus_target(), "Goma")
    records.edit(other_process, "contact", contact_id, {"location": "Bukavu"})
    ctx.notify_changed("")

    qtbot.mouseClick(editor.changed_bar.reload_button, LEFT)

    assert _text(window, "location") == "Bukavu"
    assert not editor.is_dirty() and editor.changed_bar.isHidden()


def test_our_own_save_reads_the_record_back_neither_in_the_editor_nor_in_the_list(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _open_contact(window, ctx)
    editor = window.lists["contact"].editor
    qtbot.keyClicks(editor.fields["location"].focus_target(), "Goma")
    reads: list[str] = []
    original = editor._read

    def counted(record_id: str) -> dict[str, Any]:
        reads.append(record_id)
        return original(record_id)

    editor._read = counted  # type: ignore[method-assign]

    assert editor.save()

    assert reads == [] and editor.changed_bar.isHidden() and not editor.is_dirty()
    assert _text(window, "location") == "Goma"


def _names(window: MainWindow) -> list[str]:
    model = window.lists["contact"].model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_given_another_process_adds_a_contact_then_the_list_shows_it_at_the_next_poll(
    qtbot: QtBot, window: MainWindow, other_process: Store
) -> None:
    window.watcher.timer.setInterval(20)
    window.go_to("contact")

    records.add(other_process, "contact", {"full_name": "Added From The CLI"})

    qtbot.waitUntil(lambda: _names(window) == ["Added From The CLI"], timeout=3000)


def test_a_poll_after_our_own_save_refreshes_nothing(window: MainWindow, ctx: AppContext) -> None:
    window.watcher.timer.stop()
    window.watcher.poll()
    _open_contact(window, ctx)  # a write this window announced

    assert window.watcher.poll() is False


def test_f5_shows_what_another_process_wrote(qtbot: QtBot, window: MainWindow, other_process: Store) -> None:
    window.watcher.timer.stop()  # F5 alone, not the poll
    window.go_to("contact")
    records.add(other_process, "contact", {"full_name": "Added From The CLI"})
    assert _names(window) == []

    qtbot.keyClick(window.lists["contact"].search, Qt.Key.Key_F5)

    assert _names(window) == ["Added From The CLI"]


def test_locking_gives_the_watchers_connection_back(window: MainWindow, ctx: AppContext) -> None:
    ctx.lock()

    assert window.watcher.probe is None and not window.watcher.timer.isActive()


def test_a_field_in_conflict_is_marked_in_the_editor_and_its_link_opens_the_conflict(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    contact_id = position_conflict(ctx, tmp_path)
    window.open_record("contact", contact_id)
    editor = window.lists["contact"].editor
    assert editor.conflict_fields() == ["position"]

    note = editor._conflict_notes["position"]
    position = editor.fields["position"].focus_target()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    position.setFocus()
    qtbot.keyClick(position, Qt.Key.Key_Tab)  # the link is next in the tab order
    assert QApplication.focusWidget() is note.button
    qtbot.keyClick(note.button, Qt.Key.Key_Space)

    assert window.pages.currentWidget() is window.conflicts
    current = window.conflicts.current()
    assert current is not None and current.record_id == contact_id and current.field == "position"


def test_a_save_during_a_background_sync_waits_visibly_then_saves(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    contact_id = _open_contact(window, ctx)
    editor = window.lists["contact"].editor
    location = editor.fields["location"].focus_target()
    qtbot.keyClicks(location, "Goma")
    locked = threading.Event()

    def sync_holding_the_write_lock(_state: worker.TaskState) -> None:
        raw = other_process.engine.raw_connection()
        try:
            raw.cursor().execute("BEGIN IMMEDIATE")
            locked.set()
            time.sleep(0.6)
            raw.rollback()
        finally:
            raw.close()

    assert window.jobs.run("folder", "sync", sync_holding_the_write_lock, dialog=False) is not None
    qtbot.waitUntil(locked.is_set, timeout=3000)
    seen: list[bool] = []

    def look() -> None:
        waiting = editor.findChild(QProgressDialog, "waitForSync")
        seen.append(waiting is not None and waiting.isVisible())

    QTimer.singleShot(100, look)
    assert editor.save()

    assert seen == [True]
    assert records.get(ctx.store, "contact", contact_id).location == "Goma"  # type: ignore[attr-defined]


def test_cancelling_the_wait_keeps_the_edits_unsaved(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _open_contact(window, ctx)
    editor = window.lists["contact"].editor
    qtbot.keyClicks(editor.fields["location"].focus_target(), "Goma")
    ctx.set_job_running(True)

    def cancel() -> None:
        # Polled, not timed: on a loaded machine the dialog may show after a fixed delay.
        waiting = editor.findChild(QProgressDialog, "waitForSync")
        if waiting is not None and waiting.isVisible():
            poll.stop()
            qtbot.keyClick(waiting, Qt.Key.Key_Escape)

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(cancel)
    poll.start()
    try:
        assert not editor.save()
    finally:
        poll.stop()
        ctx.set_job_running(False)
    assert editor.is_dirty() and _text(window, "location") == "Goma"


def test_an_editor_out_of_sight_catches_up_once_when_its_screen_is_shown(
    window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    org = records.add(ctx.store, "org", {"name": "Haldara Water Board"})
    ctx.notify_changed("org")
    window.open_record("org", org.id)
    editor = window.lists["org"].editor
    reads: list[str] = []
    original = editor._read

    def counted(record_id: str) -> dict[str, Any]:
        reads.append(record_id)
        return original(record_id)

    editor._read = counted  # type: ignore[method-assign]
    window.go_to("contact")

    records.edit(other_process, "org", org.id, {"name": "Haldara Water Authority"})
    ctx.notify_changed("")
    records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    ctx.notify_changed("contact")
    assert reads == []  # nothing read for a screen nobody sees

    window.go_to("org")

    assert reads == [org.id]
    assert editor.fields["name"].value() == "Haldara Water Authority"


def test_clicking_the_open_records_row_shows_it_as_stored_now(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    window.watcher.timer.stop()
    contact_id = _open_contact(window, ctx)
    records.edit(other_process, "contact", contact_id, {"position": "Head of Logistics"})  # not announced
    page = window.lists["contact"]
    row = page.model.row_of(contact_id)
    assert row is not None
    rect = page.table.visualRect(page.model.index(row, 0))

    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())

    assert _text(window, "position") == "Head of Logistics"


def test_the_watcher_leaves_a_running_sync_to_announce_its_writes(
    window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    window.watcher.timer.stop()
    ctx.set_job_running(True)
    try:
        records.add(other_process, "contact", {"full_name": "Imported By The Sync"})
        assert window.watcher.poll() is False
    finally:
        ctx.set_job_running(False)


def test_given_edits_when_the_record_is_deleted_elsewhere_then_the_bar_says_so_and_close_it_closes(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    contact_id = _open_contact(window, ctx)
    page = window.lists["contact"]
    editor = page.editor
    qtbot.keyClicks(editor.fields["location"].focus_target(), "Goma")

    records.delete_record(other_process, "contact", contact_id)
    ctx.notify_changed("")

    assert editor.changed_bar.isVisible() and editor.changed_bar.compare_button.isHidden()
    assert _text(window, "location") == "Goma"  # still there to copy
    qtbot.mouseClick(editor.changed_bar.reload_button, LEFT)
    assert page.editor_stack.currentWidget() is page.placeholder
    assert editor.record_id is None and not editor.is_dirty()


def test_an_editor_in_its_own_window_follows_its_record_too(
    window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    contact_id = _open_contact(window, ctx)
    page = window.lists["contact"]
    page.detacher.detach()

    records.edit(other_process, "contact", contact_id, {"position": "Head of Logistics"})
    ctx.notify_changed("contact")

    assert _text(window, "position") == "Head of Logistics"
