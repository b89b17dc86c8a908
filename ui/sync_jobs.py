"""Sync work off the GUI thread: export, import and folder exchange, one at a time.

Each job gets the store object and opens its own sessions through the services (one
session per service call, never shared with the GUI thread); SQLite's WAL mode and busy
timeout let the GUI keep reading while a job writes. Only one sync job runs at a time,
so two imports never race for the same changesets.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from liaison_app.changes import Changes
from liaison_app.services import intake, syncing
from liaison_app.services.stoppable import StoppedError
from liaison_app.store import Store
from ui import worker
from ui.context import AppContext
from ui.error_words import error_text
from ui.i18n import tr as _tr

Job = Callable[[worker.TaskState], Any]


class SyncJobs(QObject):
    """Runs sync jobs in the worker and tells every screen when one ends."""

    succeeded = Signal(str, object)  # job name, its result
    failed = Signal(str, str)  # job name, the message
    cancelled = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.handle: worker.TaskHandle | None = None
        ctx.locked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        """Whether a sync job is running."""
        return self.handle is not None

    def run(self, name: str, title: str, job: Job, *, dialog: bool = True) -> worker.TaskHandle | None:
        """Start `job` (None if another sync job runs or the profile is locked)."""
        if self.busy or self.ctx.is_locked:
            return None
        handle = worker.start(job, owner=self)
        self.handle = handle
        if dialog:
            progress = worker.with_progress_dialog(self.window, title, handle)
            # Edits made while an import holds the write lock could time out: the officer
            # waits (or cancels) instead. The automatic folder sync runs without a dialog.
            progress.setWindowModality(Qt.WindowModality.WindowModal)
        handle.succeeded.connect(lambda result: self.succeeded.emit(name, result))
        handle.failed.connect(lambda exc: self.failed.emit(name, error_text(exc)))
        handle.cancelled.connect(lambda: self.cancelled.emit(name))
        handle.finished.connect(self._finished)
        self.busy_changed.emit(True)
        return handle

    def cancel(self) -> None:
        """Ask the running job to stop at its next check (locking does this)."""
        if self.handle is not None:
            self.handle.cancel()

    def _finished(self) -> None:
        self.handle = None
        self.busy_changed.emit(False)
        # Imports write records of every kind behind the editors' back: one operation that
        # may have changed anything (a cancelled one too: files before the cancel went in).
        self.ctx.announce(Changes.everything(), self)
        self.ctx.sync_changed.emit()


def export_job(store: Store, to: Sequence[str], path: Path, full: bool) -> Job:
    """Write one bundle for `to`. Its steps cannot be counted beforehand (the first area export
    at HQ reads every changeset the officer lacks, for over a minute), so the dialog is busy
    with the seconds gone by; Cancel stops it inside its queries, and nothing is written."""

    def job(state: worker.TaskState) -> Any:
        started = time.monotonic()
        text = _tr("Writing {file}… ({seconds} s)")

        def watch() -> bool:
            seconds = int(time.monotonic() - started)
            state.set_progress(0, 0, text.format(file=path.name, seconds=seconds))
            return state.is_cancel_requested()

        state.set_progress(0, 0, text.format(file=path.name, seconds=0))
        state.check_cancel()
        try:
            result = syncing.export_bundle(store, to=list(to), path=path, full=full, watch=watch)
        except StoppedError:
            raise worker.TaskCancelledError from None
        state.set_progress(1, 1)
        return result

    return job


def import_job(
    store: Store, paths: Sequence[Path], done: list[intake.IntakeResult], *, allow_mass_delete: bool = False
) -> Job:
    """Import the bundles of files and folders one by one, each in its own transaction, by
    sender and sequence (services.intake); cancel stops between two files.

    The result is appended to `done`, so a cancelled import still reports the files that
    went in and its per-officer summary (the list is read in the GUI thread once the job
    ended: a cancelled job hands no result to its signals).
    """

    def job(state: worker.TaskState) -> Any:
        def step(at: intake.Step) -> None:
            text = _tr("Importing {file} ({number} of {total})…")
            if at.officer:
                text = _tr("Importing {file} ({number} of {total}) from {officer}…")
            shown = text.format(file=at.file.name, number=at.number, total=at.total, officer=at.officer)
            state.set_progress(at.number - 1, at.total, shown)

        result = intake.import_all(
            store, paths, progress=step, stop=state.is_cancel_requested, allow_mass_delete=allow_mass_delete
        )
        done.append(result)
        state.set_progress(result.found, max(result.found, 1))
        return result

    return job


def folder_job(store: Store, folder: Path) -> Job:
    """Exchange through the folder: import what is addressed here, write the outbox. Cancel
    stops between two files and inside each bundle written (the files before it stay in)."""

    def job(state: worker.TaskState) -> Any:
        state.set_progress(0, 1, _tr("Exchanging through {folder}…").format(folder=folder))
        state.check_cancel()
        try:
            return syncing.sync_folder(store, folder, watch=state.is_cancel_requested)
        except StoppedError:
            raise worker.TaskCancelledError from None

    return job
