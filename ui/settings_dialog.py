"""Settings: auto-lock minutes, the exchange folder, the key-derivation cost, and a word
on the theme (it follows the system). Values are stored in the encrypted profile."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from liaison_app import keyfile
from liaison_app.errors import LiaisonError
from liaison_app.services import preferences
from ui import worker
from ui.context import AppContext

ERROR_STYLE = "color: #c0392b;"


class SettingsDialog(QDialog):
    """Edits the profile's preferences through the preferences service."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Settings")
        self.task: worker.TaskHandle | None = None
        current = preferences.read(ctx.store)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(0, preferences.MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSpecialValueText("Never")
        self.auto_lock.setSuffix(" min")
        self.auto_lock.setValue(current.auto_lock_minutes)
        self.folder = QLineEdit(current.exchange_folder, self)
        self.folder.setPlaceholderText("Folder or USB stick where sync bundles are exchanged")
        browse = QPushButton("Browse…", self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        general = QGroupBox("General", self)
        form = QFormLayout(general)
        form.addRow("Lock after idle:", self.auto_lock)
        form.addRow("Exchange folder:", folder_row)
        theme = QLabel("Follows the system's light or dark setting.", self)
        form.addRow("Theme:", theme)
        levels = QLabel(", ".join(current.sensitivity_levels), self)
        levels.setWordWrap(True)
        form.addRow("Sensitivity markings:", levels)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(self._kdf_box(current.kdf))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _kdf_box(self, cost: keyfile.KdfCost) -> QGroupBox:
        box = QGroupBox("Passphrase key derivation (Argon2id)", self)
        self.memory = QSpinBox(box)
        self.memory.setRange(keyfile.MIN_MEMORY_MIB, 4096)
        self.memory.setSuffix(" MiB")
        self.memory.setValue(cost.memory_mib)
        self.iterations = QSpinBox(box)
        self.iterations.setRange(keyfile.MIN_ITERATIONS, 20)
        self.iterations.setValue(cost.iterations)
        self.passphrase = QLineEdit(box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Needed to re-encrypt the key at the new cost")
        self.kdf_button = QPushButton("Apply new cost", box)
        self.kdf_button.setAutoDefault(False)
        self.kdf_button.clicked.connect(self.apply_kdf)
        self.kdf_status = QLabel(box)
        self.kdf_status.setWordWrap(True)
        note = QLabel(
            "Higher cost makes guessing the passphrase of a seized laptop slower, and unlocking slower too.",
            box,
        )
        note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(note)
        form.addRow("Memory:", self.memory)
        form.addRow("Passes:", self.iterations)
        form.addRow("Current passphrase:", self.passphrase)
        form.addRow(self.kdf_button, self.kdf_status)
        return box

    def apply(self) -> None:
        """Store the general settings and close, or show what is wrong."""
        try:
            preferences.update(
                self.ctx.store,
                auto_lock_minutes=self.auto_lock.value(),
                exchange_folder=self.folder.text(),
            )
        except LiaisonError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.ctx.preferences_changed.emit()
        self.accept()

    def apply_kdf(self) -> None:
        """Rewrap the key at the chosen cost, in the background."""
        if self.task is not None:
            return
        try:
            cost = keyfile.KdfCost(self.memory.value(), self.iterations.value())
        except LiaisonError as exc:
            self.kdf_status.setText(str(exc))
            return
        store, secret = self.ctx.store, self.passphrase.text()
        self.kdf_button.setEnabled(False)
        self.kdf_status.setText("Re-encrypting the key…")
        self.task = worker.start(
            lambda state: preferences.change_kdf_cost(store, passphrase=secret, cost=cost)
        )
        self.task.succeeded.connect(lambda _r: self._kdf_done("New cost applied."))
        self.task.failed.connect(lambda exc: self._kdf_done(f"Not changed: {exc}"))

    def _kdf_done(self, message: str) -> None:
        self.task = None
        self.passphrase.clear()
        self.kdf_button.setEnabled(True)
        self.kdf_status.setText(message)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Exchange folder", self.folder.text())
        if chosen:
            self.folder.setText(chosen)
