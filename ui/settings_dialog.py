"""Settings: auto-lock minutes, the exchange folder, how dates are shown (local format or
military date-time groups), automatic backups (a folder and how many to keep), the unlock
speed / protection (key derivation cost), and a word on the theme (it follows the system);
the Retention and Protection tabs (ui/settings_protection.py). Values are stored in the
encrypted profile."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app import keyfile, translations
from liaison_app.datetime_input import DisplayStyle
from liaison_app.errors import LiaisonError, WrongSecretError
from liaison_app.services import backup, preferences
from liaison_app.services.preferences import Rule, SettingRefusedError
from ui import recent_folders, worker
from ui.context import AppContext
from ui.display_words import sensitivity_text
from ui.error_words import error_text
from ui.i18n import tr as _tr
from ui.language_combo import language_combo, picked
from ui.recent_folders import Purpose
from ui.settings_protection import ProtectionTab, RetentionTab
from ui.unlock_cost import unlock_cost_note

ERROR_STYLE = "color: #c0392b;"


class SettingsDialog(QDialog):
    """Edits the profile's preferences through the preferences service."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_tr("Settings"))
        self.task: worker.TaskHandle | None = None
        self.refusal: tuple[str, Rule] | None = None  # the setting and rule last refused
        current = preferences.read(ctx.store)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(0, preferences.MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSpecialValueText(_tr("Never"))
        self.auto_lock.setSuffix(_tr(" min"))
        self.auto_lock.setValue(current.auto_lock_minutes)
        self.folder = QLineEdit(current.exchange_folder, self)
        self.folder.setPlaceholderText(_tr("Folder or USB stick where sync bundles are exchanged"))
        browse = QPushButton(_tr("Browse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        general = QGroupBox(_tr("General"), self)
        form = QFormLayout(general)
        form.addRow(_tr("Lock after idle:"), self.auto_lock)
        form.addRow(_tr("Exchange folder:"), folder_row)
        self.datetime_display = QComboBox(self)
        self.datetime_display.addItem(_tr("Local date and time (01.12.2026 10:00)"), DisplayStyle.LOCAL.value)
        self.datetime_display.addItem(_tr("Military date-time group (011000ZDEC26)"), DisplayStyle.DTG.value)
        self.datetime_display.setCurrentIndex(
            max(self.datetime_display.findData(current.datetime_display), 0)
        )
        form.addRow(_tr("Show dates as:"), self.datetime_display)
        self.language = language_combo(self)
        form.addRow(_tr("Language:"), self.language)
        theme = QLabel(_tr("Follows the system's light or dark setting."), self)
        form.addRow(_tr("Theme:"), theme)
        levels = QLabel(", ".join(sensitivity_text(level) for level in current.sensitivity_levels), self)
        levels.setWordWrap(True)
        form.addRow(_tr("Sensitivity levels:"), levels)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        first = QWidget(self)
        column = QVBoxLayout(first)
        column.addWidget(general)
        column.addWidget(self._backup_box())
        column.addWidget(self._kdf_box(current.kdf))
        self.retention = RetentionTab(ctx, current.sensitivity_levels, self)
        self.protection = ProtectionTab(ctx, current, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(first, _tr("General"))
        self.tabs.addTab(self.retention, _tr("Retention"))
        self.tabs.addTab(self.protection, _tr("Protection"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Automatic backups"), self)
        chosen = backup.auto_settings(self.ctx.store)
        self.backup_folder = QLineEdit(chosen.folder, box)
        self.backup_folder.setPlaceholderText(_tr("None: choose a folder, ideally on another disk or stick"))
        browse = QPushButton(_tr("Browse…"), box)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse_backups)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(browse)
        self.backup_keep = QSpinBox(box)
        self.backup_keep.setRange(1, backup.MAX_KEEP)
        self.backup_keep.setValue(chosen.keep)
        self.backup_keep.setSuffix(_tr(" backups"))
        note = QLabel(
            _tr(
                "An encrypted, checked backup is written each time the profile locks and when"
                " Liaison quits; beyond this number the oldest are removed."
            ),
            box,
        )
        note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(note)
        form.addRow(_tr("Backup folder:"), row)
        form.addRow(_tr("Keep the last:"), self.backup_keep)
        return box

    def _browse_backups(self) -> None:
        begin = self.backup_folder.text() or recent_folders.start(Purpose.EXCHANGE_FOLDER)
        chosen = QFileDialog.getExistingDirectory(self, _tr("Backup folder"), begin)
        if chosen:
            self.backup_folder.setText(chosen)

    def _kdf_box(self, cost: keyfile.KdfCost) -> QGroupBox:
        box = QGroupBox(_tr("Unlock speed / protection"), self)
        self.memory = QSpinBox(box)
        self.memory.setRange(keyfile.MIN_MEMORY_MIB, 4096)
        self.memory.setSuffix(_tr(" MiB"))
        self.memory.setValue(cost.memory_mib)
        self.iterations = QSpinBox(box)
        self.iterations.setRange(keyfile.MIN_ITERATIONS, 20)
        self.iterations.setValue(cost.iterations)
        self.passphrase = QLineEdit(box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(_tr("Needed to apply a new unlock speed"))
        self.kdf_button = QPushButton(_tr("Apply new unlock speed"), box)
        self.kdf_button.setAutoDefault(False)
        self.kdf_button.clicked.connect(self.apply_kdf)
        self.kdf_status = QLabel(box)
        self.kdf_status.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(unlock_cost_note(box))
        form.addRow(_tr("Memory used to unlock:"), self.memory)
        form.addRow(_tr("Repetitions:"), self.iterations)
        form.addRow(_tr("Current passphrase:"), self.passphrase)
        form.addRow(self.kdf_button, self.kdf_status)
        return box

    def apply(self) -> None:
        """Store the general settings and close, or show what is wrong."""
        store = self.ctx.store
        folder, keep = self.backup_folder.text(), self.backup_keep.value()
        try:
            # Both groups are checked before either is stored: a refusal changes nothing.
            backup.check_auto_settings(store, folder=folder, keep=keep)
            preferences.update(
                store,
                auto_lock_minutes=self.auto_lock.value(),
                exchange_folder=self.folder.text(),
                datetime_display=str(self.datetime_display.currentData()),
                mass_delete_percent=self.protection.share.value(),
                lock_on_sleep=self.protection.lock_on_sleep.isChecked(),
            )
            backup.set_auto_settings(store, folder=folder, keep=keep)
            self.retention.apply()
            # This computer's user's choice, not the profile's (the window switches after).
            translations.choose(picked(self.language))
        except SettingRefusedError as exc:
            self.refusal = (exc.key, exc.rule)
            self._show_error(self._refusal_text(exc.key, exc.rule))
            return
        except LiaisonError as exc:
            self._show_error(error_text(exc))
            return
        self.refusal = None
        self.ctx.preferences_changed.emit()
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _refusal_text(self, key: str, rule: Rule) -> str:
        """A refused setting, worded from its key and rule (never from the service's message)."""
        if key == "exchange_folder" and rule is Rule.NOT_ABSOLUTE:
            return _tr("Exchange folder: “%s” is not an absolute path; use Browse to choose one.") % (
                self.folder.text().strip()
            )
        if key == "backup_folder" and rule is Rule.NOT_ABSOLUTE:
            return _tr("Backup folder: “%s” is not an absolute path; use Browse to choose one.") % (
                self.backup_folder.text().strip()
            )
        if key == "auto_lock_minutes":
            return _tr(
                "Lock after idle: choose 0 (never) to %Ln minutes.", "", preferences.MAX_AUTO_LOCK_MINUTES
            )
        labels = {
            "exchange_folder": _tr("Exchange folder"),
            "sensitivity_levels": _tr("Sensitivity levels"),
            "default_sensitivity": _tr("Default sensitivity"),
            "datetime_display": _tr("Show dates as"),
        }
        return _tr("%s: this value is not accepted.") % labels.get(key, key)

    def apply_kdf(self) -> None:
        """Rewrap the key at the chosen cost, in the background."""
        if self.task is not None:
            return
        try:
            cost = keyfile.KdfCost(self.memory.value(), self.iterations.value())
        except LiaisonError as exc:
            self.kdf_status.setText(error_text(exc))
            return
        store, secret = self.ctx.store, self.passphrase.text()
        self.kdf_button.setEnabled(False)
        self.kdf_status.setText(_tr("Re-encrypting the key…"))
        self.task = worker.start(
            lambda state: preferences.change_kdf_cost(store, passphrase=secret, cost=cost)
        )
        self.task.succeeded.connect(lambda _r: self._kdf_done(_tr("New unlock speed applied.")))
        self.task.failed.connect(lambda exc: self._kdf_done(self._kdf_failure(exc)))

    def _kdf_failure(self, exc: object) -> str:
        if isinstance(exc, WrongSecretError):
            return _tr("Not changed: wrong passphrase.")
        return _tr("Not changed: %s") % exc

    def _kdf_done(self, message: str) -> None:
        self.task = None
        self.passphrase.clear()
        self.kdf_button.setEnabled(True)
        self.kdf_status.setText(message)

    def _browse(self) -> None:
        begin = self.folder.text() or recent_folders.start(Purpose.EXCHANGE_FOLDER)
        chosen = QFileDialog.getExistingDirectory(self, _tr("Exchange folder"), begin)
        if chosen:
            recent_folders.remember(Purpose.EXCHANGE_FOLDER, chosen)
            self.folder.setText(chosen)
