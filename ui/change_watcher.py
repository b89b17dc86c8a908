"""Lists pick up what another process wrote (the CLI, a folder sync run elsewhere).

Every two seconds the watcher asks SQLite whether any other connection committed
(`ChangeProbe`, one PRAGMA); if so it says "anything may have changed" and the screens
refresh (`Changes.everything()`: nobody said what). Operations this window already
announced (a save, a finished sync job) are absorbed when announced, so they do not cause a
second refresh at the next poll.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from liaison_app.changes import Changes
from liaison_app.services.snapshot_cursor import ChangeProbe
from ui.context import AppContext

log = logging.getLogger(__name__)
POLL_MS = 2000  # a PRAGMA costs microseconds; two seconds is "at once" for a list


class ChangeWatcher(QObject):
    """Polls the open profile for commits made outside this window's own operations."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.probe: ChangeProbe | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        ctx.unlocked.connect(self._start)
        ctx.about_to_lock.connect(self.stop)
        ctx.operation_done.connect(self._absorb)
        if not ctx.is_locked:
            self._start()

    def poll(self) -> bool:
        """Refresh the screens if someone else committed since the last poll."""
        if self.probe is None or self.ctx.job_running:
            return False  # a running sync announces its writes once, when it ends
        if not self.probe.changed():
            return False
        log.debug("the profile changed outside this window: refreshing")
        self.ctx.announce(Changes.everything(), self)
        return True

    def _absorb(self, _changes: Changes, _initiator: object) -> None:
        # Announced already: this commit must not trigger another refresh at the next poll.
        if self.probe is not None:
            self.probe.changed()

    def _start(self) -> None:
        self.stop()
        self.probe = ChangeProbe(self.ctx.store)
        self.timer.start()

    def stop(self) -> None:
        """Stop polling and give the probe's connection back (the window is going away)."""
        self.timer.stop()
        if self.probe is not None:
            probe, self.probe = self.probe, None
            probe.close()
