"""Change passphrase (File menu) and recover with the recovery key (the unlock screen's
"Forgot passphrase?"). Both set a new passphrase under the one policy; the key derivation
(Argon2id) runs in a worker, never on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app import profile
from liaison_app.errors import WrongSecretError
from liaison_app.services import passphrase as rules
from ui import passphrase_words, worker
from ui.edge_words import edge_text
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.passphrase_entry import ERROR_STYLE, NewPassphraseFields, SecretEdit

log = logging.getLogger(__name__)


class _NewPassphraseDialog(QDialog):
    """What both dialogs share: the secret that proves the right to change the passphrase,
    the new passphrase twice, an error line, and the job that sets it."""

    def __init__(self, directory: Path, user_inputs: tuple[str, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.setWindowIcon(icon("key"))
        self.task: worker.TaskHandle | None = None
        self.fields = NewPassphraseFields(lambda: user_inputs, self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok: QPushButton = self.buttons.addButton(self._ok_text(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields.on_change(self._update)
        self.fields.passphrase.setMinimumWidth(300)

    def _ok_text(self) -> str:
        raise NotImplementedError

    def _secret(self) -> str:
        raise NotImplementedError

    def _job(self, secret: str, new: str) -> Callable[[worker.TaskState], None]:
        raise NotImplementedError

    def _wrong_secret_text(self) -> str:
        raise NotImplementedError

    def _secret_field(self) -> QLineEdit:
        raise NotImplementedError

    def _lay_out(self, intro: str, label: str) -> None:
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.fields.add_first_row(label, self._secret_field())
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with the error line
        layout.addWidget(text)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.error.hide()
        ready = bool(self._secret()) and self.fields.refusal() is None and self.task is None
        self.ok.setEnabled(ready)

    def submit(self) -> None:
        """Check the new passphrase, then set it in the background."""
        if self.task is not None or not self._secret():
            return
        try:
            new = self.fields.checked()
        except rules.PassphraseRefusedError as exc:
            self._show_error(passphrase_words.reason_text(exc.reason))
            return
        self.task = worker.start(self._job(self._secret(), new))
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._refused)
        self._busy(True)

    def reject(self) -> None:
        """Cancel; not while the new passphrase is being written."""
        if self.task is None:
            self._forget()
            super().reject()

    def _done(self, _result: object) -> None:
        self.task = None
        self._busy(False)
        self._forget()
        self.accept()

    def _refused(self, exc: object) -> None:
        self.task = None
        self._busy(False)
        if isinstance(exc, WrongSecretError):
            self._show_error(self._wrong_secret_text())
            self._secret_field().selectAll()
            self._secret_field().setFocus()
            return
        known = edge_text(exc, self.directory)  # a full disk, the wait after wrong tries...
        self._show_error(known or _tr("Not changed: {error}").format(error=exc))

    def _busy(self, busy: bool) -> None:
        for widget in (self._secret_field(), self.fields, self.buttons):
            widget.setEnabled(not busy)
        if not busy:
            self._update()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _forget(self) -> None:
        self._secret_field().clear()
        self.fields.clear()


class ChangePassphraseDialog(_NewPassphraseDialog):
    """The current passphrase, then the new one twice."""

    def __init__(
        self, directory: Path, user_inputs: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(directory, user_inputs, parent)
        self.setWindowTitle(_tr("Change passphrase"))
        self.current = SecretEdit(self)
        self.current.textChanged.connect(self._update)
        self._lay_out(
            _tr(
                "The new passphrase opens this profile from now on. Your records and the recovery"
                " key stay as they are."
            ),
            _tr("&Current passphrase:"),
        )
        self.current.setFocus()

    def _ok_text(self) -> str:
        return _tr("Change passphrase")

    def _secret(self) -> str:
        return self.current.text()

    def _secret_field(self) -> QLineEdit:
        return self.current

    def _wrong_secret_text(self) -> str:
        return _tr("The current passphrase is wrong. Nothing was changed.")

    def _job(self, secret: str, new: str) -> Callable[[worker.TaskState], None]:
        directory = self.directory
        return lambda state: profile.change_passphrase(directory, secret, new)


class RecoverDialog(_NewPassphraseDialog):
    """The recovery key written down at first run, then a new passphrase twice."""

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(directory, (), parent)
        self.setWindowTitle(_tr("Recover with the recovery key"))
        self.key = QLineEdit(self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(font)
        self.key.setPlaceholderText(_tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance("X" * 42))
        self.key.textChanged.connect(self._update)
        self._lay_out(
            _tr(
                "Type the recovery key you wrote down when this profile was made (dashes and"
                " small letters are fine), then choose a new passphrase."
            ),
            _tr("Recovery &key:"),
        )
        self.key.setFocus()

    def _ok_text(self) -> str:
        return _tr("Set new passphrase")

    def _secret(self) -> str:
        return self.key.text().strip()

    def _secret_field(self) -> QLineEdit:
        return self.key

    def _wrong_secret_text(self) -> str:
        return _tr("That is not this profile's recovery key. Check each group of four and try again.")

    def _job(self, secret: str, new: str) -> Callable[[worker.TaskState], None]:
        directory = self.directory
        return lambda state: profile.recover(directory, secret, new)


def change_passphrase(parent: QWidget, directory: Path, user_inputs: tuple[str, ...]) -> bool:
    """Run the Change passphrase dialog; True once the new passphrase is set."""
    return ChangePassphraseDialog(directory, user_inputs, parent).exec() == QDialog.DialogCode.Accepted


def recover(parent: QWidget, directory: Path) -> bool:
    """Run the recovery dialog; True once a new passphrase is set with the recovery key."""
    return RecoverDialog(directory, parent).exec() == QDialog.DialogCode.Accepted
