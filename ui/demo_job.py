"""Fill the open profile with demo data in a worker, with progress and cancel.

`liaison_app.demo` is written by another team member; it is imported only when the
user asks, so the app runs (and this menu entry is disabled) before it exists.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from liaison_app.changes import Changes
from ui import operations, worker
from ui.context import AppContext
from ui.i18n import tr as _tr

log = logging.getLogger(__name__)


def demo_job(store: Any, seed: int = 1) -> Any:
    """A job for `worker.start`: demo.generate with progress and cancel wired in."""
    demo = importlib.import_module("liaison_app.demo")

    def job(state: worker.TaskState) -> Any:
        def progress(*args: Any) -> None:
            # Every call is a chance to stop: raising unwinds demo.generate's transaction.
            numbers = [a for a in args if isinstance(a, int)]
            if len(numbers) >= 2:
                state.set_progress(numbers[0], numbers[1])
            state.check_cancel()

        return demo.generate(store, seed=seed, progress=progress)

    return job


def run_demo(parent: QWidget, ctx: AppContext) -> worker.TaskHandle:
    """Start the demo job with a progress dialog; refresh every screen when it ends."""
    log.info("demo data requested")
    # One long operation in the worker; records of every kind appear, so every screen follows.
    handle = operations.run_in_background(
        ctx,
        parent,
        _tr("Generating demo data…"),
        demo_job(ctx.store),
        changes=lambda _r: Changes.everything(),
    )
    handle.succeeded.connect(lambda _result: log.info("demo data generated"))
    handle.failed.connect(lambda exc: _failed(parent, exc))
    return handle


def _failed(parent: QWidget, exc: object) -> None:
    log.warning("demo data failed: %s", exc)
    QMessageBox.warning(parent, _tr("Demo data"), _tr("Demo data failed: {error}").format(error=exc))
