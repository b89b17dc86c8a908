"""Help → Diagnostics: the redacted log of this session, to read, copy or save.

The log lives only in memory (see `liaison_app.diagnostics_log`); this dialog is the one
way it reaches a file, and only where the user chooses.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app import diagnostics_log
from liaison_app.diagnostics_log import RingBufferHandler
from ui import recent_folders
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.recent_folders import Purpose

log = logging.getLogger(__name__)


def ask_save_path(parent: QWidget) -> Path | None:
    """Ask where to save the log; None when the user cancels (tests replace this function)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Save diagnostics"),
        recent_folders.start(Purpose.DIAGNOSTICS, "liaison-diagnostics.txt"),
        _tr("Text files (*.txt)"),
    )
    recent_folders.remember(Purpose.DIAGNOSTICS, name)
    return Path(name) if name else None


class DiagnosticsDialog(QDialog):
    """Shows the ring buffer's entries, with Copy and Save… buttons."""

    def __init__(self, parent: QWidget | None = None, *, log: RingBufferHandler | None = None) -> None:
        super().__init__(parent)
        self.log = log or diagnostics_log.buffer()
        self.setWindowTitle(_tr("Diagnostics"))
        self.resize(820, 520)
        note = QLabel(
            _tr(
                "What Liaison did in this session. Record contents, passphrases and keys are never "
                "logged. The log is kept in memory only, unless you save it."
            ),
            self,
        )
        note.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(_tr("Nothing logged yet."))
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = QPushButton(_tr("&Refresh"), self)
        self.copy_button = QPushButton(_tr("&Copy"), self)
        self.save_button = QPushButton(icon("save"), _tr("&Save…"), self)
        for button in (self.refresh_button, self.copy_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Show the entries kept so far, newest at the bottom."""
        entries = self.log.entries()
        self.text.setPlainText(self.log.text())
        self.text.verticalScrollBar().setValue(self.text.verticalScrollBar().maximum())
        self.status.setText(_tr("%Ln message(s), kept in memory only", "", len(entries)))

    def copy(self) -> None:
        """Put the log on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(_tr("Copied to the clipboard."))

    def save(self) -> None:
        """Write the log to a file the user picks."""
        path = ask_save_path(self)
        if path is None:
            return
        try:
            path.write_text(self.text.toPlainText(), encoding="utf-8")
        except OSError as exc:
            self.status.setText(
                _tr("Could not save: {reason}").format(reason=exc.strerror or type(exc).__name__)
            )
            return
        log.info("diagnostics saved to %s at the user's request", path)
        self.status.setText(_tr("Saved to {path}").format(path=path))
