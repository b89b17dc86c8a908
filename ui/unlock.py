"""Unlocking: the passphrase form, the start-up dialog around it, and the lock screen
that covers the main window while the profile is locked.

The key derivation (Argon2id) runs in a worker so the window keeps painting even when
the profile uses a high KDF cost. The form counts failed attempts, warns of Caps Lock,
can show the passphrase, and leads to the recovery key when the passphrase is forgotten.
After too many wrong passphrases it counts down the wait the profile imposes (kept on disk,
liaison_app/unlock_attempts.py) with a timer, never blocking the GUI thread.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app import profile
from liaison_app.errors import (
    LiaisonError,
    ProfileTooNewError,
    UnlockDelayedError,
    UpgradeFailedError,
    WrongSecretError,
)
from liaison_app.services import syncing
from liaison_app.store import Store
from ui import passphrase_dialogs, worker
from ui.edge_words import edge_text
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.passphrase_entry import GOOD_STYLE, CapsLockWarning, SecretEdit, show_toggle

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #c0392b;"


class UnlockForm(QWidget):
    """Passphrase entry; emits `unlocked` with the open store."""

    unlocked = Signal(object)  # Store

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.task: worker.TaskHandle | None = None
        self.started = 0.0
        self.failures = 0
        self.passphrase = SecretEdit(self)
        self.passphrase.setPlaceholderText(_tr("Passphrase"))
        self.passphrase.setMinimumWidth(280)
        self.passphrase.returnPressed.connect(self.submit)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.attempts = QLabel(self)
        self.attempts.hide()
        self.wait = QLabel(self)
        self.wait.hide()
        self.wait_deadline = 0.0
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(250)  # a quarter second: the count never lags a whole one
        self.wait_timer.timeout.connect(self._tick)
        self.notice = QLabel(self)
        self.notice.setStyleSheet(GOOD_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.caps = CapsLockWarning(self, self.passphrase)
        self.shown = show_toggle(self, self.passphrase)
        self.button = QPushButton(icon("unlock"), _tr("Unlock"), self)
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.forgot = QPushButton(_tr("Forgot passphrase? Use the &recovery key…"), self)
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(self.recover)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_tr("Enter the passphrase of this profile:")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.caps)
        layout.addWidget(self.shown)
        layout.addWidget(self.error)
        layout.addWidget(self.attempts)
        layout.addWidget(self.wait)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.setFocusProxy(self.passphrase)
        self._start_wait(profile.unlock_wait(directory))  # a wait survives restarting the app

    def waiting(self) -> int:
        """Whole seconds left before the next passphrase may be tried (0: now)."""
        left = self.wait_deadline - time.monotonic()
        return max(0, int(-(-left // 1)))

    def _start_wait(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self.wait_deadline = time.monotonic() + seconds
        self.wait_timer.start()
        self._tick()

    def _tick(self) -> None:
        left = self.waiting()
        if left == 0:
            self.wait_timer.stop()
            self.wait.hide()
        else:
            self.wait.setText(_tr("Too many wrong passphrases: wait %Ln s before trying again.", "", left))
            self.wait.show()
        self.button.setEnabled(self.task is None and left == 0)

    def submit(self) -> None:
        """Derive the key and open the database in the background."""
        if self.task is not None or not self.passphrase.text() or self.waiting():
            return
        passphrase = self.passphrase.text()
        self.error.hide()
        self.notice.hide()
        self._busy(True)
        self.started = time.monotonic()
        self.task = worker.start(lambda state: open_and_catch_up(self.directory, passphrase))
        self.task.succeeded.connect(self._opened)
        self.task.failed.connect(self._refused)

    def reset(self) -> None:
        """Blank the form (the passphrase never lingers in a widget)."""
        self.passphrase.clear()
        self.shown.setChecked(False)
        self.error.hide()
        self.notice.hide()

    def recover(self) -> None:
        """Set a new passphrase with the recovery key, then ask for it here."""
        if self.task is not None:
            return
        if not passphrase_dialogs.recover(self, self.directory):
            self.passphrase.setFocus()
            return
        self.reset()
        self.failures = 0
        self.attempts.hide()
        self.wait_deadline = 0.0  # a new passphrase set with the recovery key ends the wait
        self._tick()
        self.notice.setText(_tr("A new passphrase is set. Enter it to unlock."))
        self.notice.show()
        self.passphrase.setFocus()

    def _opened(self, store: object) -> None:
        assert isinstance(store, Store)
        self.task = None
        self._busy(False)
        self.passphrase.clear()
        self.shown.setChecked(False)
        self.failures = 0
        self.attempts.hide()
        log.info("profile %s unlocked in %.2f s", self.directory, time.monotonic() - self.started)
        self.unlocked.emit(store)

    def _refused(self, exc: object) -> None:
        self.task = None
        self._busy(False)
        log.warning("unlock of %s refused: %s", self.directory, exc)  # the error's type only
        self.error.setText(refusal_text(exc, self.directory))
        # A wrapped label does not ask its window for room: reserve the lines it needs.
        self.error.setMinimumHeight(self.error.heightForWidth(self.passphrase.width()))
        self.error.show()
        if isinstance(exc, WrongSecretError):
            # Counted on disk too, so a restart does not hide earlier failures.
            self.failures = max(self.failures + 1, profile.failed_attempts(self.directory))
            self.attempts.setText(_tr("%Ln failed attempt(s).", "", self.failures))
            self.attempts.show()
        if isinstance(exc, WrongSecretError | UnlockDelayedError):
            self._start_wait(profile.unlock_wait(self.directory))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.button.setEnabled(not busy and not self.waiting())
        self.forgot.setEnabled(not busy)
        self.button.setText(_tr("Unlocking…") if busy else _tr("Unlock"))


def open_and_catch_up(directory: Path, passphrase: str) -> Store:
    """Unlock the profile, then read what an upgrade made readable (bundles held for a newer
    release, operations kept from a newer protocol): the officer need not import them again."""
    store = profile.unlock(directory, passphrase)
    try:
        syncing.catch_up(store)
    except LiaisonError as exc:
        # The profile is open and whole; the held copies stay and the next import tries again.
        log.warning("catching up on held bundles failed: %s", exc)
    return store


def refusal_text(exc: object, directory: Path) -> str:
    """One translated line saying why the profile in `directory` did not open, worded from
    the error's type and values (an upgrade's step, schema versions), not its message."""
    if isinstance(exc, WrongSecretError):
        return _tr("Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.")
    if isinstance(exc, ProfileTooNewError):
        return _tr(
            "This profile was written by a newer Liaison (schema {found}; this one reads up to"
            " {supported}). Upgrade Liaison to open it. The profile is unchanged.",
        ).format(found=exc.found, supported=exc.supported)
    if isinstance(exc, UpgradeFailedError):
        return _upgrade_failed_text(exc, directory)
    known = edge_text(exc, directory)
    if known is not None:
        return known
    return _tr("Could not open the profile: {error}").format(error=exc)


def _upgrade_failed_text(exc: UpgradeFailedError, directory: Path) -> str:
    step = profile.FailedStep(exc.step)
    if step is profile.FailedStep.COPY:
        return _tr(
            "Could not upgrade this profile: its safety copy could not be written (is the disk"
            " full?). The profile is unchanged.",
        )
    if exc.unchanged:
        return _tr("Could not upgrade this profile. It was restored and is unchanged.")
    return _tr(
        "Could not upgrade this profile, nor restore it. Its encrypted pre-upgrade copy is kept as {copy}.",
    ).format(copy=directory / profile.PRE_UPGRADE_COPY_NAME)


def _logo(size: int) -> QLabel:
    label = QLabel()
    label.setPixmap(icon("liaison").pixmap(QSize(size, size)))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class UnlockDialog(QDialog):
    """The dialog shown at start-up; `store` holds the result once accepted."""

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Unlock Liaison"))
        self.setWindowIcon(icon("liaison"))
        self.store: Store | None = None
        self.form = UnlockForm(directory, self)
        self.form.unlocked.connect(self._accept_store)
        layout = QVBoxLayout(self)
        # Grow when the error and attempt lines appear, rather than clip them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(_logo(64))
        path = QLabel(_tr("Profile: {folder}").format(folder=directory))
        path.setStyleSheet("color: palette(placeholder-text);")
        path.setWordWrap(True)
        layout.addWidget(path)
        layout.addWidget(self.form)
        self.form.setFocus()

    def _accept_store(self, store: object) -> None:
        assert isinstance(store, Store)
        self.store = store
        self.accept()


class LockScreen(QWidget):
    """What the main window shows while locked: nothing of the data, only the form."""

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = UnlockForm(directory, self)
        title = QLabel(_tr("Liaison is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(_tr("The database is closed and its key forgotten. Unsaved edits are kept."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        box = QWidget(self)
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        lock = QLabel()
        lock.setPixmap(icon("lock").pixmap(QSize(72, 72)))
        lock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(lock)
        inner.addWidget(title)
        inner.addWidget(note)
        inner.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.form)
