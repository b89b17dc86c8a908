"""The plain-words explanation of the passphrase protection settings (memory and
repetitions of the key derivation), shared by the first-run wizard and Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.i18n import tr as _tr


def unlock_cost_note(parent: QWidget) -> QLabel:
    """A wrapped note saying what raising memory or repetitions buys and costs."""
    note = QLabel(
        _tr(
            "More memory and repetitions make guessing the passphrase of a seized laptop "
            "slower, and unlocking slower too.",
        ),
        parent,
    )
    note.setWordWrap(True)
    return note
