"""Fill the open profile with demo data in a worker, with progress and cancel.

`liaison_app.demo` is written by another team member; it is imported only when the
user asks, so the app runs (and this menu entry is disabled) before it exists.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ui import worker
from ui.context import AppContext


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
    handle = worker.start(demo_job(ctx.store))
    worker.with_progress_dialog(parent, "Generating demo data…", handle)
    handle.finished.connect(lambda: ctx.notify_changed(""))
    handle.failed.connect(lambda exc: QMessageBox.warning(parent, "Demo data", f"Demo data failed: {exc}"))
    return handle
