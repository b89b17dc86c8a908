"""The one open profile the windows share, and the signals that tell them what changed."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from liaison_app.changes import Changes
from liaison_app.kinds import Kind
from liaison_app.store import Store
from ui import worker

log = logging.getLogger(__name__)


class LockedError(RuntimeError):
    """Raised when a widget asks for the store while the profile is locked."""


class AppContext(QObject):
    """Holds the unlocked store (or nothing, when locked) and broadcasts changes.

    Locking closes every database connection and drops the only reference to the store,
    whose engine holds the data key: after `lock()` no widget can read the database.
    """

    locked = Signal()
    about_to_lock = Signal()  # the store is still open: give back what holds a connection
    unlocked = Signal()
    # An operation ran: (Changes, the widget that started it or None). Each screen decides
    # whether it concerns it and refreshes once per event-loop turn (ui.operations).
    operation_done = Signal(object, object)
    refresh_now = Signal()  # screens run their pending refreshes at once (scripts, tests)
    # Kept for code written against the old broadcast: a kind, or "" for anything.
    records_changed = Signal(str)
    preferences_changed = Signal()
    sync_changed = Signal()  # peers, conflicts or exchange state changed (status bar, sync pages)
    job_running_changed = Signal(bool)  # a background job that writes started or ended

    def __init__(self, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._store: Store | None = None
        self.job_running = False  # saves wait for it (ui.write_wait) rather than meet "busy"

    @property
    def store(self) -> Store:
        """The open store; LockedError while locked."""
        if self._store is None:
            raise LockedError("the profile is locked")
        return self._store

    @property
    def is_locked(self) -> bool:
        """Whether the database is closed."""
        return self._store is None

    def open(self, store: Store) -> None:
        """Adopt a freshly unlocked store and tell every screen to reload."""
        if self._store is not None and self._store is not store:
            self._store.close()
        self._store = store
        log.info("profile %s open", self.directory)
        self.unlocked.emit()

    def lock(self) -> None:
        """Close the database and forget the key at once; screens clear what they cached.

        Running jobs are asked to stop: each stops at its next check, between transactions
        (a write in progress commits or rolls back whole, none is lost). The connection a
        job still holds closes when it hands it back, and the store is closed again as each
        job ends, so one that opened another connection meanwhile leaves none open."""
        if self._store is None:
            return
        self.about_to_lock.emit()
        store, self._store = self._store, None
        jobs = worker.running()
        for job in jobs:
            job.cancel()
            job.finished.connect(store.close)
        if jobs:
            # Only the idle connections now: one a job holds must come back to this pool
            # (a disposed engine would hand it to a pool nobody closes), and does at its end.
            store.engine.pool.dispose()
        else:
            store.close()
        log.info("profile %s locked: database closed, key dropped", self.directory)
        self.locked.emit()

    def set_job_running(self, running: bool) -> None:
        """Say whether a background job that writes (a sync) is running."""
        if running != self.job_running:
            self.job_running = running
            self.job_running_changed.emit(running)

    def announce(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every screen what an operation changed (`initiator` does not reload itself)."""
        if not changes.any:
            return
        self.operation_done.emit(changes, initiator)
        kinds = sorted(changes.kinds)
        self.records_changed.emit(kinds[0].value if len(kinds) == 1 and changes.ids is not None else "")

    def notify_changed(self, kind: str = "") -> None:
        """Records of `kind` (any, for "") were written outside an operation: the screens
        that show them refresh now, not at the next turn of the event loop."""
        changes = Changes.everything() if not kind else Changes(kinds=frozenset({Kind(kind)}), ids=None)
        if kind:
            changes = changes.merge(Changes(membership=True, conflicts=True, trash=True, outgoing=True))
        self.announce(changes)
        self.refresh_now.emit()
