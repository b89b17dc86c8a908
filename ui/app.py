"""Application set-up and the lock lifecycle: first-run wizard or unlock dialog, the main
window, and the idle timer that locks the profile when nobody is at the keyboard."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from liaison_app import keyfile, profile
from liaison_app.services import preferences
from ui import gui_thread_gc, language
from ui.context import AppContext
from ui.header_arrows import SortArrowStyle
from ui.icons import icon
from ui.language_switch import WindowHost
from ui.main_window import MainWindow
from ui.sleep_lock import SleepLock
from ui.unlock import UnlockDialog
from ui.wizard import SetupWizard

log = logging.getLogger(__name__)

# Events that mean someone is at the keyboard or mouse.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Locks the profile after the configured minutes without input (0: never)."""

    def __init__(self, ctx: AppContext, app: QCoreApplication) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.interval_ms = 0
        app.installEventFilter(self)
        ctx.unlocked.connect(self.reload)
        ctx.preferences_changed.connect(self.reload)
        ctx.locked.connect(self.timer.stop)
        if not ctx.is_locked:
            self.reload()

    def reload(self) -> None:
        """Read the auto-lock minutes from the profile and restart the countdown."""
        if self.ctx.is_locked:
            return
        minutes = preferences.read(self.ctx.store).auto_lock_minutes
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, interval_ms: int) -> None:
        """Lock after `interval_ms` of inactivity (0 disables the idle lock)."""
        self.interval_ms = interval_ms
        if interval_ms > 0 and not self.ctx.is_locked:
            self.timer.start(interval_ms)
        else:
            self.timer.stop()

    def _idle(self) -> None:
        log.info("locking after %d ms without input", self.interval_ms)
        self.ctx.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start(self.interval_ms)
        return False


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, set up for sharp rendering at any display scale."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (125 %, 150 %) are used as they are, not rounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(list(argv))
    if app.style().name().lower() == "fusion":  # the native styles draw their own arrows
        app.setStyle(SortArrowStyle("fusion"))  # ascending shows ▲, as on the platforms
    app.setApplicationName("Liaison")
    app.setOrganizationName("Liaison")
    # No explicit display name: once one is set, Qt appends " — Liaison" to every window
    # title, and the main window's title already starts with the app's name ("Liaison —
    # Maj. Anna Berg — Liaison" on X11 and Windows).
    app.setWindowIcon(icon("liaison"))
    language.apply_chosen()
    gui_thread_gc.install(app)  # no cycle holding a widget may be freed in a worker
    return app


def open_profile(directory: Path, *, cost: keyfile.KdfCost | None = None) -> AppContext | None:
    """Run the wizard (first run) or the unlock dialog; None if the user gave up."""
    ctx = AppContext(directory)
    if not profile.exists(directory):
        log.info("no profile in %s: first-run wizard", directory)
        wizard = SetupWizard(directory, cost=cost)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if wizard.created is None:
            return None
        if not accepted:
            # The profile exists now; the next start asks for its passphrase.
            wizard.created.store.close()
            return None
        ctx.open(wizard.created.store)
        return ctx
    dialog = UnlockDialog(directory)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
        return None
    ctx.open(dialog.store)
    return ctx


def run(directory: Path, argv: Sequence[str] = ()) -> int:
    """The whole GUI session for the profile in `directory`; returns the exit status."""
    app = create_application(argv or sys.argv[:1])
    ctx = open_profile(directory)
    if ctx is None:
        log.info("start-up cancelled")
        return 1
    window = MainWindow(ctx)
    WindowHost(window)  # a language chosen in the settings rebuilds the window in it
    IdleLock(ctx, app)
    SleepLock(ctx)
    window.show()
    # The unlock dialog had the keyboard; hand it to the window (some X setups, and a
    # session with no window manager, leave it with nobody and shortcuts seem dead).
    window.raise_()
    window.activateWindow()
    status = app.exec()
    log.info("event loop ended with status %d", status)
    ctx.lock()
    return int(status)
