"""Long jobs off the GUI thread, with progress and cooperative cancel (as Orange3 does).

A job is a plain function taking a `TaskState`: it reports progress through it and asks
it whether to stop. It must not touch widgets; it opens its own database session. The
`TaskHandle` lives in the GUI thread, so its signals reach widgets there.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import warnings
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from liaison_app.errors import LiaisonError
from ui.i18n import tr as _tr

log = logging.getLogger(__name__)
_PROGRESS_INTERVAL_S = 0.05  # more often than this only floods the event queue
# Keeps each handle alive until its runner has let go of it (`_Releases`), by id.
_running: dict[int, TaskHandle] = {}


class TaskCancelledError(Exception):
    """Raised inside a job (by `TaskState.check_cancel`) to stop it early."""


class JobCrashedError(RuntimeError):
    """A job failed with an error that is a bug, not a `LiaisonError`; `cause` holds it."""

    def __init__(self, cause: Exception) -> None:
        message = _tr("unexpected error: {error}")
        super().__init__(message.format(error=cause))
        self.cause = cause


class TaskState:
    """What a job sees: where to report progress and whether it was asked to stop."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()
        self._last = 0.0

    def set_progress(self, done: int, total: int, message: str = "") -> None:
        """Report `done` of `total` steps (thread-safe, throttled); a total of 0: busy, steps
        not known."""
        now = time.monotonic()
        if (total and done >= total) or now - self._last >= _PROGRESS_INTERVAL_S:
            self._last = now
            self._report(done, total, message)

    def is_cancel_requested(self) -> bool:
        """Whether the user pressed cancel."""
        return self._cancel.is_set()

    def check_cancel(self) -> None:
        """Raise TaskCancelledError if the user pressed cancel."""
        if self._cancel.is_set():
            raise TaskCancelledError

    def request_cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()


class TaskHandle(QObject):
    """The GUI side of a running job."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception: a LiaisonError carries a one-line message
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = TaskState(self.progress.emit)
        self.done = False
        self.finished.connect(self._forget)

    def cancel(self) -> None:
        """Ask the job to stop; `cancelled` follows once it has."""
        self.state.request_cancel()

    def abandon(self) -> None:
        """The widget waiting for the job has gone: ask the job to stop and tell nobody of its
        end (a slot of a deleted widget, or a signal it would emit, cannot run)."""
        self.state.request_cancel()
        for signal in (self.progress, self.succeeded, self.failed, self.cancelled):
            # Nothing connected: PySide warns and raises; neither is news here.
            with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
                warnings.simplefilter("ignore", RuntimeWarning)
                signal.disconnect()

    def _forget(self) -> None:
        self.done = True


class _Releases(QObject):
    """Tells the GUI thread that a runner has let go of its handle and job.

    A handle's last reference must go in the GUI thread, where the handle lives: dropped in
    the pool's thread (its runner freed there), the QObject was destroyed beside events still
    queued for it, and the slots of its `finished` were lost. The pool's thread lets go first,
    then emits this (queued behind `finished`); only then does `_running` drop the handle.
    """

    released = Signal(object)  # the key in `_running` (a Python int: may not fit 32 bits)

    def __init__(self) -> None:
        super().__init__()
        self.released.connect(self._drop)

    def _drop(self, key: int) -> None:
        _running.pop(key, None)


class _Runner(QRunnable):
    def __init__(self, job: Callable[[TaskState], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.job = job
        self.handle = handle

    def run(self) -> None:
        key = id(self.handle)
        self._run()
        self.handle = self.job = None  # type: ignore[assignment]
        _releases().released.emit(key)

    def _run(self) -> None:
        handle = self.handle
        started = time.monotonic()
        try:
            result = self.job(handle.state)
        except TaskCancelledError:
            log.info("background job cancelled after %.2f s", time.monotonic() - started)
            handle.cancelled.emit()
        except LiaisonError as exc:
            log.info("background job refused: %s", exc)  # the type only, never the message
            handle.failed.emit(exc)
        except Exception as exc:
            log.exception("background job failed")
            handle.failed.emit(JobCrashedError(exc))
        else:
            if handle.state.is_cancel_requested():
                handle.cancelled.emit()
            else:
                log.debug("background job done in %.2f s", time.monotonic() - started)
                handle.succeeded.emit(result)
        handle.finished.emit()


def running() -> list[TaskHandle]:
    """The jobs started and not finished yet (quick lock cancels them)."""
    return [handle for handle in _running.values() if not handle.done]


@cache
def _releases() -> _Releases:
    return _Releases()  # made in the GUI thread by the first `start`


def start(job: Callable[[TaskState], Any], *, owner: QObject | None = None) -> TaskHandle:
    """Run `job` on the shared thread pool once control returns to the event loop.

    Starting later rather than now means the caller's signal connections are in place
    before a quick job can finish: a signal emitted with no receiver is simply lost. With an
    `owner` (the widget that shows the result), the job is cancelled and its result dropped
    when the owner is destroyed: it may outlive the widget, its slots never run without it.
    """
    _releases()
    handle = TaskHandle()
    _running[id(handle)] = handle
    if owner is not None:
        owner.destroyed.connect(handle.abandon)
    runner = _Runner(job, handle)
    QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(runner))
    return handle


def with_progress_dialog(parent: QWidget, title: str, handle: TaskHandle) -> QProgressDialog:
    """Show a modal progress dialog for `handle`; its Cancel button cancels the job."""
    dialog = QProgressDialog(title, _tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)  # quick jobs finish before a dialog flickers up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def show_progress(done: int, total: int, message: str) -> None:
        if total == 0:
            dialog.setRange(0, 0)  # steps not known: busy
        else:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        if message:
            dialog.setLabelText(message)

    handle.progress.connect(show_progress)
    dialog.canceled.connect(handle.cancel)
    handle.finished.connect(dialog.close)
    dialog.show()
    return dialog
