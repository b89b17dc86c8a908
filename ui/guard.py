"""The unsaved-changes guard: before an edit could be lost, ask Save, Discard or Cancel."""

from __future__ import annotations

import enum
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import tr as _tr


class Choice(enum.Enum):
    """What the user answered."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Guarded(Protocol):
    """An editor the guard can ask about."""

    def is_dirty(self) -> bool: ...

    def save(self) -> bool: ...

    def revert(self) -> None: ...

    def describe(self) -> str: ...


def ask(parent: QWidget, what: str) -> Choice:
    """Ask what to do with unsaved changes to `what` (tests replace this function)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("Save the changes to {what}?").format(what=what))
    box.setInformativeText(_tr("Your changes are lost if you don't save them."))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    if answer == buttons.Save:
        return Choice.SAVE
    if answer == buttons.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def settle(parent: QWidget, editor: Guarded) -> bool:
    """True when it is safe to move on: nothing unsaved, saved, or knowingly discarded."""
    if not editor.is_dirty():
        return True
    choice = ask(parent, editor.describe())
    if choice is Choice.SAVE:
        return editor.save()
    if choice is Choice.DISCARD:
        editor.revert()
        return True
    return False
