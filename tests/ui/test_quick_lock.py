# mypy: disable-error-code="no-untyped-call"
"""Quick lock: a toolbar button that locks at once, even while a job runs (the job stops at
its next check and nothing it committed is lost), hides every other window, and leaves no
database connection open: no pooled connection, no file handle on the profile's database."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QDialog, QToolButton
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import PASSPHRASE
from ui import worker
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.worker import TaskState


def _open_database_files(directory: Path) -> list[str]:
    """The files of the profile's database this process holds open (Linux: /proc/self/fd)."""
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue  # closed while listing
        if target.startswith(str(directory / profile.DB_NAME)):
            found.append(target)
    return found


def test_given_an_unlocked_window_then_the_toolbar_has_a_lock_button_that_locks(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    button = window.lock_toolbar.widgetForAction(window.lock_action)
    assert isinstance(button, QToolButton) and button.isVisible()

    with qtbot.waitSignal(ctx.locked):
        button.click()

    assert window.central.currentWidget() is window.lock_screen


def test_after_quick_lock_no_database_connection_is_open(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    store = ctx.store
    records.add(store, "contact", {"full_name": "Amina Haddad"})
    ctx.notify_changed("contact")
    window.go_to("contact")
    assert _open_database_files(ctx.directory)  # the check can fail: open, it sees the file

    window.lock_action.trigger()

    pool = store.engine.pool
    assert (pool.checkedout(), pool.checkedin()) == (0, 0)  # type: ignore[attr-defined]
    assert _open_database_files(ctx.directory) == []


def test_given_a_job_writing_when_locked_then_it_stops_and_what_it_committed_is_kept(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    store: Store = ctx.store
    started, written = threading.Event(), []

    def job(state: TaskState) -> None:
        # One record per transaction, checking for cancel between them, as every job does.
        for i in range(10_000):
            state.check_cancel()
            written.append(records.add(store, "org", {"name": f"Org {i}"}).id)
            started.set()

    handle = worker.start(job)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        window.lock_action.trigger()
        assert ctx.is_locked  # at once, not when the job is done

    assert len(written) < 10_000
    # Closed again once the job has handed its connection back (at the end of its turn).
    qtbot.waitUntil(lambda: _open_database_files(ctx.directory) == [], timeout=5_000)
    with profile.unlock(ctx.directory, PASSPHRASE) as again:
        assert {r.id for r in records.list_records(again, "org")} == set(written)


def test_given_other_windows_open_when_locked_then_they_hide_and_the_caption_names_no_one(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    other = QDialog(window)
    other.setWindowTitle(f"Notes on {ctx.store.author.officer}")
    other.show()
    qtbot.waitExposed(other)

    ctx.lock()

    assert not other.isVisible()
    assert "Anna" not in window.windowTitle()
    assert window.windowTitle().startswith("Liaison")
