"""Backups in the app: File → Back up now… and Restore from backup…, the restore dialog (also
reached from the first-run wizard), and the automatic backup taken when the profile locks.

The work runs in the worker (ui.worker) with its phase and progress shown; the services
return codes and this module words them.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app import profile
from liaison_app.backup_format import SUFFIX, BackupError, BackupRefusal
from liaison_app.errors import LiaisonError, WrongSecretError
from liaison_app.services import backup, backup_copies
from liaison_app.services import restore as restoring
from liaison_app.services.passphrase import PassphraseRefusedError
from liaison_app.store import Store
from ui import passphrase_words, recent_folders, worker
from ui.context import AppContext
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.passphrase_entry import ERROR_STYLE, NewPassphraseFields, SecretEdit
from ui.recent_folders import Purpose

log = logging.getLogger(__name__)


def phase_text(phase: str) -> str:
    """What a long backup or restore is doing, in words."""
    words = {
        backup_copies.Phase.COPY: _tr("Copying the encrypted database…"),
        backup_copies.Phase.VERIFY: _tr("Checking the copy…"),
        backup_copies.Phase.WRITE: _tr("Writing the backup file…"),
        backup_copies.Phase.READ: _tr("Checking the backup file…"),
        backup_copies.Phase.RESTORE: _tr("Unpacking the profile…"),
    }
    try:
        return words[backup_copies.Phase(phase)]
    except ValueError:
        return ""


def failure_text(exc: object) -> str:
    """A failed backup or restore, worded from its type and code (never parsed from text)."""
    if isinstance(exc, WrongSecretError):
        return _tr("The passphrase or recovery key does not open this backup. Nothing was changed.")
    if isinstance(exc, PassphraseRefusedError):
        return passphrase_words.reason_text(exc.reason)
    if isinstance(exc, BackupError):
        words = {
            BackupRefusal.UNREADABLE: _tr("This file cannot be read. Nothing was changed."),
            BackupRefusal.NOT_A_BACKUP: _tr("This file is not a Liaison backup. Nothing was changed."),
            BackupRefusal.NEWER_FORMAT: _tr(
                "This backup was made by a newer Liaison: upgrade to restore it."
            ),
            BackupRefusal.NEWER_SCHEMA: _tr(
                "This backup was made by a newer Liaison: upgrade to restore it."
            ),
            BackupRefusal.DAMAGED: _tr("This backup is damaged or was altered. Nothing was changed."),
            BackupRefusal.TARGET_NOT_EMPTY: _tr(
                "The profile folder holds other files; restore into a new or empty folder."
            ),
            BackupRefusal.TARGET_HAS_PROFILE: _tr("A profile already exists in this folder."),
        }
        return words[exc.code]
    return _tr("Not done: %s") % exc


def notify(parent: QWidget, title: str, text: str) -> None:
    """Tell the officer how a backup or restore ended (tests replace this)."""
    QMessageBox.information(parent, title, text)


def ask_replace(parent: QWidget) -> bool:
    """Ask before a restore replaces the profile on this laptop; No is the default."""
    answer = QMessageBox.question(
        parent,
        _tr("Replace this profile?"),
        _tr(
            "Restoring replaces every record on this laptop with those in the backup. Work written"
            " since the backup was taken is lost here unless it reached HQ. Restore?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def restored_text(result: restoring.RestoreResult) -> str:
    """What to do after a restore: this laptop is a new device for sync."""
    return (
        _tr(
            "The backup of %1 is restored (%2 records). For sync this laptop is now a new device:"
            " send its identity card to HQ (Sync → Identity) before the next exchange."
        )
        .replace("%1", result.created)
        .replace("%2", str(result.records))
    )


class _Progress(QWidget):
    """A phase label over a progress bar, for work running in the worker."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def follow(self, handle: worker.TaskHandle) -> None:
        self.bar.setRange(0, 0)
        self.show()
        handle.progress.connect(self.show_progress)
        handle.finished.connect(self.hide)

    def show_progress(self, done: int, total: int, phase: str) -> None:
        self.label.setText(phase_text(phase))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))


class BackUpDialog(QDialog):
    """Back up now: shows the phase and progress while the worker writes the file."""

    def __init__(self, store: Store, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Back up now"))
        self.result_info: backup.BackupResult | None = None
        self.error: object = None
        self.stopped = False
        self.progress = _Progress(self)
        self.cancel = QPushButton(_tr("Cancel"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Backing up to %s") % path, self))
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(440)
        self.task = worker.start(lambda state: backup.back_up(store, to=path, progress=state))
        self.progress.follow(self.task)
        self.cancel.clicked.connect(self.task.cancel)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._stop)

    def _done(self, result: object) -> None:
        assert isinstance(result, backup.BackupResult)
        self.result_info = result
        self.accept()

    def _failed(self, exc: object) -> None:
        self.error = exc
        self._stop()

    def _stop(self) -> None:
        self.stopped = True
        super().reject()

    def reject(self) -> None:
        """Closing asks the job to stop (nothing is left behind); the dialog closes once it has."""
        if not self.stopped:
            self.task.cancel()
            return
        super().reject()


class RestoreDialog(QDialog):
    """Choose a backup, unlock it with its passphrase or the recovery key, restore it.

    `before_restore` runs just before the work starts (the main window locks the profile
    it is about to replace). On success `store` holds the restored profile, unlocked.
    """

    restored = Signal(object)  # Store

    def __init__(
        self,
        directory: Path,
        *,
        force: bool,
        before_restore: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.force = force
        self.before_restore = before_restore
        self.task: worker.TaskHandle | None = None
        self.store: Store | None = None
        self.result_info: restoring.RestoreResult | None = None
        self.setWindowTitle(_tr("Restore from backup"))
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(_tr("The backup file (%s)") % SUFFIX)
        browse = QPushButton(_tr("Browse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.with_passphrase = QRadioButton(_tr("With the passphrase the backup was made with"), self)
        self.with_key = QRadioButton(_tr("With the recovery key, choosing a new passphrase"), self)
        self.with_passphrase.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.with_passphrase)
        self.modes.addButton(self.with_key)
        self.passphrase = SecretEdit(self)
        self.key = QLineEdit(self)
        self.key.setPlaceholderText(_tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.new = NewPassphraseFields(lambda: (), self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.progress = _Progress(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(_tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setIcon(icon("unlock"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        file_label = QLabel(_tr("&Backup file:"), self)
        file_label.setBuddy(self.file)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, file_row)
        form.addRow("", self.with_passphrase)
        form.addRow(_tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.with_key)
        form.addRow(_tr("Recovery &key:"), self.key)
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.with_key.toggled.connect(self._mode_changed)
        self._mode_changed()
        self.setMinimumWidth(560)

    def _intro(self) -> str:
        if self.force:
            return _tr("The backup replaces the profile on this laptop once it is checked and unpacked.")
        return _tr("The backup becomes the profile on this laptop. Nothing readable is in the file.")

    def _mode_changed(self) -> None:
        by_key = self.with_key.isChecked()
        self.passphrase.setEnabled(not by_key)
        self.key.setEnabled(by_key)
        self.new.setVisible(by_key)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Backup file"),
            str(recent_folders.folder(Purpose.BUNDLE)),
            _tr("Liaison backups (*%s);;All files (*)") % SUFFIX,
        )
        if chosen:
            self.file.setText(chosen)

    def _secret(self) -> tuple[restoring.Secret, str]:
        """What unlocks the backup, and the passphrase that opens the restored profile."""
        if self.with_key.isChecked():
            new = self.new.checked()
            return restoring.Secret(recovery_key=self.key.text().strip(), new_passphrase=new), new
        return restoring.Secret(passphrase=self.passphrase.text()), self.passphrase.text()

    def start(self) -> None:
        """Check what was typed, then restore in the background."""
        if self.task is not None:
            return
        if not self.file.text().strip():
            self._show_error(_tr("Choose the backup file to restore."))
            return
        try:
            secret, opens_with = self._secret()
        except PassphraseRefusedError as exc:
            self._show_error(failure_text(exc))
            return
        source, directory, force = Path(self.file.text().strip()), self.directory, self.force
        self.error.hide()
        self.restore_button.setEnabled(False)
        if callable(self.before_restore):
            self.before_restore()

        def job(state: worker.TaskState) -> tuple[restoring.RestoreResult, Store]:
            result = restoring.restore(
                source, directory=directory, secret=secret, force=force, progress=state
            )
            return result, profile.unlock(directory, opens_with)

        self.task = worker.start(job)
        self.progress.follow(self.task)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        self.task = None
        self.passphrase.clear()
        self.new.clear()
        self.key.clear()
        self.result_info, self.store = outcome
        self.restored.emit(self.store)
        self.accept()

    def _failed(self, exc: object) -> None:
        self.task = None
        self.restore_button.setEnabled(True)
        self._show_error(failure_text(exc))

    def _cancelled(self) -> None:
        self.task = None
        self.restore_button.setEnabled(True)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def reject(self) -> None:
        """Closing is refused while the restore runs: stopping halfway helps nobody."""
        if self.task is not None:
            return
        super().reject()


class BackupActions(QObject):
    """The two File menu actions and the automatic backup at lock (and so at quit)."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.last_automatic: backup.BackupResult | None = None
        self.back_up_action = QAction(icon("save"), _tr("&Back up now…"), window)
        self.back_up_action.triggered.connect(lambda: self.back_up_now())
        self.restore_action = QAction(_tr("&Restore from backup…"), window)
        self.restore_action.triggered.connect(self.restore)
        ctx.about_to_lock.connect(self.back_up_automatically)

    def back_up_now(self, path: Path | None = None) -> BackUpDialog | None:
        """Ask where (unless given), then write and verify a backup with progress shown."""
        if path is None:
            path = self._ask_path()
            if path is None:
                return None
        dialog = BackUpDialog(self.ctx.store, path, self.window)
        dialog.finished.connect(lambda _code: self._backed_up(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _ask_path(self) -> Path | None:
        name = f"liaison-{datetime.now(UTC):%Y-%m-%d}{SUFFIX}"
        start = recent_folders.folder(Purpose.BUNDLE) / name
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, _tr("Back up to"), str(start), _tr("Liaison backups (*%s)") % SUFFIX
        )
        return Path(chosen) if chosen else None

    def _backed_up(self, dialog: BackUpDialog) -> None:
        if dialog.result_info is not None:
            info = dialog.result_info
            text = _tr("Backup written and checked: %1 (%2 records).")
            notify(
                self.window,
                _tr("Backup written"),
                text.replace("%1", str(info.path)).replace("%2", str(info.records)),
            )
        elif dialog.error is not None:
            notify(self.window, _tr("Backup not written"), failure_text(dialog.error))

    def restore(self) -> RestoreDialog | None:
        """Replace this laptop's profile with a backup, after asking."""
        if not ask_replace(self.window):
            return None
        dialog = RestoreDialog(
            self.ctx.directory, force=True, before_restore=self.ctx.lock, parent=self.window
        )
        dialog.restored.connect(self._restored)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, store: object) -> None:
        assert isinstance(store, Store)
        self.ctx.open(store)
        dialog = self.dialog
        if isinstance(dialog, RestoreDialog) and dialog.result_info is not None:
            notify(self.window, _tr("Backup restored"), restored_text(dialog.result_info))

    def back_up_automatically(self) -> None:
        """At lock (and quit, which locks): a backup into the chosen folder, if one is set."""
        try:
            store = self.ctx.store
            if not backup.auto_settings(store).enabled:
                return
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.last_automatic = backup.back_up_automatically(store)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except (LiaisonError, OSError) as exc:
            # Locking must go on: the officer is leaving the laptop. The next lock tries again.
            log.warning("automatic backup failed: %s", type(exc).__name__)
            self.last_automatic = None
