"""A save waits, visibly, for the background sync job instead of failing with "busy".

A folder sync can hold SQLite's write lock for longer than the busy timeout; a save made
meanwhile would freeze the window, then fail. So a GUI write first waits for the job to
end behind a small progress note the officer can cancel (the edits stay in the form).
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.context import AppContext
from ui.i18n import tr as _tr

RECHECK_MS = 100


def wait_for_jobs(parent: QWidget, ctx: AppContext) -> bool:
    """True once no background job runs (at once if none does); False if cancelled."""
    if not ctx.job_running:
        return True
    text = _tr("Waiting for the sync to finish, then saving…")
    dialog = QProgressDialog(text, _tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("waitForSync")
    dialog.setWindowTitle(_tr("Saving"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    ctx.job_running_changed.connect(loop.quit)
    dialog.canceled.connect(loop.quit)
    dialog.finished.connect(loop.quit)  # closed by Escape or the window manager: a cancel too
    # A wake-up that came before exec() started would be lost (quit() on a loop not yet
    # running does nothing): look again every so often rather than trust the signal alone.
    recheck = QTimer()
    recheck.setInterval(RECHECK_MS)
    recheck.timeout.connect(loop.quit)
    recheck.start()
    dialog.show()
    while ctx.job_running and not _given_up(dialog):
        loop.exec()
    recheck.stop()
    cancelled = _given_up(dialog)
    ctx.job_running_changed.disconnect(loop.quit)
    dialog.close()
    dialog.deleteLater()
    return not cancelled


def _given_up(dialog: QProgressDialog) -> bool:
    # Escape may close the dialog without its `canceled` signal on some platforms/styles.
    return dialog.wasCanceled() or not dialog.isVisible()
