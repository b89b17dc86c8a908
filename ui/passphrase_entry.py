"""Passphrase fields shared by the wizard, the unlock form and the passphrase dialogs: a
secret field with a show toggle and a Caps Lock warning, and the new-passphrase pair with
its strength meter and a live "passphrases match" hint.

Qt cannot ask the keyboard whether Caps Lock is on, so the field infers it from what a
letter key typed: a capital without Shift (or a small letter with Shift) means it is on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from liaison_app.services import passphrase as rules
from ui import passphrase_words
from ui.i18n import tr as _tr

ERROR_STYLE = "color: #c0392b;"
GOOD_STYLE = "color: #1e8449;"
WARNING_STYLE = "color: #b9770e;"
METER_COLOURS = ("#c0392b", "#d35400", "#d4ac0d", "#27ae60", "#1e8449")


def caps_lock_from_key(event: QKeyEvent) -> bool | None:
    """Whether Caps Lock is on, judged from one key press (None: this key cannot tell)."""
    if event.key() == Qt.Key.Key_CapsLock:
        return None
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class SecretEdit(QLineEdit):
    """A passphrase field: hidden while typed; says when Caps Lock seems to be on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.caps_lock: bool | None = None
        self.caps_lock_watchers: list[Callable[[], None]] = []  # called when `caps_lock` changes

    def show_text(self, shown: bool) -> None:
        """Show the passphrase in clear (the toggle) or hide it again."""
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_CapsLock and self.caps_lock is not None:
            self._set_caps_lock(not self.caps_lock)
        else:
            seen = caps_lock_from_key(event)
            if seen is not None:
                self._set_caps_lock(seen)
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        # Caps Lock may change elsewhere; the next letter typed here tells again.
        self._set_caps_lock(None)
        super().focusOutEvent(event)

    def _set_caps_lock(self, on: bool | None) -> None:
        if on == self.caps_lock:
            return
        self.caps_lock = on
        for watcher in self.caps_lock_watchers:
            watcher()


class CapsLockWarning(QLabel):
    """A warning shown while Caps Lock seems on in any of the fields it watches."""

    def __init__(self, parent: QWidget, *fields: SecretEdit) -> None:
        super().__init__(_tr("Caps Lock is on."), parent)
        self.setStyleSheet(WARNING_STYLE)
        self.hide()
        self.fields: list[SecretEdit] = []
        for field in fields:
            self.watch(field)

    def watch(self, field: SecretEdit) -> None:
        """Also warn while Caps Lock seems on in `field`."""
        self.fields.append(field)
        field.caps_lock_watchers.append(self._update)

    def _update(self) -> None:
        self.setVisible(any(field.caps_lock for field in self.fields))


def show_toggle(parent: QWidget, *fields: SecretEdit) -> QCheckBox:
    """A "Show passphrase" check box that shows or hides `fields` together."""
    box = QCheckBox(_tr("S&how passphrase"), parent)
    for field in fields:
        box.toggled.connect(field.show_text)
    return box


def match_text(state: rules.Match) -> str:
    """The live hint under the repeated passphrase ("" while there is nothing to say)."""
    if state is rules.Match.MATCH:
        return _tr("✓ The passphrases match.")
    if state is rules.Match.DIFFER:
        return passphrase_words.reason_text(rules.Reason.MISMATCH)
    return ""


class NewPassphraseFields(QWidget):
    """A new passphrase twice, with the strength meter, the policy's verdict, a live match
    hint, a show toggle and the Caps Lock warning."""

    def __init__(
        self,
        user_inputs: Callable[[], tuple[str, ...]],
        parent: QWidget | None = None,
        *,
        first_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.user_inputs = user_inputs
        self.passphrase = SecretEdit(self)
        self.confirmation = SecretEdit(self)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, rules.MAX_SCORE)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.match_hint = QLabel(self)
        self.match_hint.setWordWrap(True)
        self.shown = show_toggle(self, self.passphrase, self.confirmation)
        self.caps = CapsLockWarning(self, self.passphrase, self.confirmation)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        label = first_label or _tr("&New passphrase:")
        self.form.addRow(label, self.passphrase)
        self.form.addRow(_tr("&Repeat it:"), self.confirmation)
        self.form.addRow("", self.match_hint)
        self.form.addRow(_tr("Strength:"), self.meter)
        self.form.addRow("", self.verdict)
        self.form.addRow("", self.shown)
        self.form.addRow("", self.caps)
        self.rating = rules.strength("")
        self.passphrase.textChanged.connect(self.rate)
        self.confirmation.textChanged.connect(self.rate)
        self.rate()

    def add_first_row(self, label: str, field: QLineEdit) -> None:
        """Put the secret that proves the right to change the passphrase (the current one,
        the recovery key) above the new one; a SecretEdit follows the toggle and the warning."""
        self.form.insertRow(0, label, field)
        if isinstance(field, SecretEdit):
            self.shown.toggled.connect(field.show_text)
            self.caps.watch(field)

    def refusal(self) -> rules.Reason | None:
        """Why the new passphrase cannot be set now (None: it can)."""
        if not self.rating.accepted:
            return self.rating.reason
        if self.confirmation.text() != self.passphrase.text():
            return rules.Reason.MISMATCH
        return None

    def checked(self) -> str:
        """The new passphrase, checked by the policy (PassphraseRefusedError otherwise)."""
        typed, repeated = self.passphrase.text(), self.confirmation.text()
        return rules.check_new(typed, repeated, user_inputs=self.user_inputs())

    def clear(self) -> None:
        """Forget what was typed (the passphrase never lingers in a widget)."""
        self.passphrase.clear()
        self.confirmation.clear()

    def rate(self) -> None:
        """Rate the passphrase and say whether the repeat matches, as the officer types."""
        text = self.passphrase.text()
        self.rating = rules.strength(text, user_inputs=self.user_inputs())
        self.meter.setValue(self.rating.score if text else 0)
        colour = METER_COLOURS[self.rating.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.verdict.setText(passphrase_words.verdict(self.rating) if text else "")
        state = rules.match(text, self.confirmation.text())
        self.match_hint.setText(match_text(state))
        self.match_hint.setStyleSheet(GOOD_STYLE if state is rules.Match.MATCH else ERROR_STYLE)

    def on_change(self, slot: Callable[[], None]) -> None:
        """Call `slot` after each keystroke in either field, once the rating is updated."""
        # Connected after `rate`, so Qt calls it once the rating is fresh.
        self.passphrase.textChanged.connect(slot)
        self.confirmation.textChanged.connect(slot)
