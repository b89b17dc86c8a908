"""GUI writes as operations, and screens that refresh only for what concerns them (Anki's model).

An operation is one write service call: `run` does a quick one at once on the GUI thread,
`run_in_background` a long one in the worker with progress and cancel. Either way the
`Changes` it returns go out once, as `AppContext.operation_done`. A screen hands its
refresh to a `Refresher`, which keeps only the changes that concern the screen, folds
every operation of one event-loop turn into one refresh, and, while the screen is out of
sight, only remembers that it is behind: it catches up once, when shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from liaison_app.changes import Changes
from ui import worker
from ui.context import AppContext

log = logging.getLogger(__name__)
R = TypeVar("R")
Apply = Callable[[Changes, tuple[object, ...]], None]  # the changes, and who started them


def _changes_of(result: Any) -> Changes:
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else Changes.everything()


def run(
    ctx: AppContext,
    write: Callable[[], R],
    *,
    initiator: object | None = None,
    changes: Callable[[R], Changes] = _changes_of,
) -> R:
    """Do a quick write now and announce what it changed (its `.changes` by default).

    An exception propagates and nothing is announced: a refused write changed nothing.
    """
    result = write()
    ctx.announce(changes(result), initiator)
    return result


def run_in_background(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    job: Callable[[worker.TaskState], R],
    *,
    changes: Callable[[R], Changes] = _changes_of,
) -> worker.TaskHandle:
    """Run a long write in the worker behind a progress dialog; announce what it changed
    when it ends. Cancelled or failed, it may have committed part: anything may differ."""
    handle = worker.start(job)
    worker.with_progress_dialog(parent, title, handle)
    handle.succeeded.connect(lambda result: ctx.announce(changes(result)))
    handle.failed.connect(lambda _exc: ctx.announce(Changes.everything()))
    handle.cancelled.connect(lambda: ctx.announce(Changes.everything()))
    return handle


class Refresher(QObject):
    """Runs one screen's refresh for the operations that concern it: once per event-loop
    turn, and only while the screen is on show (else once, when it is shown again)."""

    def __init__(
        self,
        ctx: AppContext,
        screen: QWidget,
        apply: Apply,
        *,
        concerns: Callable[[Changes], bool] = lambda _changes: True,
        on_show: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(screen)
        self.ctx = ctx
        self.screen = screen
        self.apply = apply
        self.concerns = concerns
        self.on_show = on_show or screen.isVisible
        self.pending: Changes | None = None
        self.initiators: list[object] = []
        self.runs = 0  # refreshes done (tests count them)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        ctx.operation_done.connect(self.note)
        ctx.refresh_now.connect(self.flush)
        ctx.locked.connect(self.forget)
        screen.installEventFilter(self)

    @property
    def behind(self) -> bool:
        """Whether changes that concern the screen wait for it."""
        return self.pending is not None

    def note(self, changes: Changes, initiator: object | None = None) -> None:
        """Remember `changes` if they concern the screen; refresh at the next turn if shown."""
        if not self.concerns(changes):
            return
        self.pending = changes if self.pending is None else self.pending.merge(changes)
        self.initiators.append(initiator)
        if self.on_show():
            self._timer.start()

    def flush(self) -> None:
        """Refresh now if the screen is behind and on show."""
        self._timer.stop()
        if self.pending is None or self.ctx.is_locked or not self.on_show():
            return
        changes, initiators = self.pending, tuple(self.initiators)
        self.pending, self.initiators = None, []
        self.runs += 1
        self.apply(changes, initiators)

    def forget(self) -> None:
        """Drop what was pending (the profile was locked; unlocking reloads everything)."""
        self._timer.stop()
        self.pending, self.initiators = None, []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.screen and event.type() == QEvent.Type.Show and self.pending is not None:
            self.flush()  # shown again: catch up once, before the first paint
        return False
