"""When the record open in an editor changes under it (a sync, another process).

A clean editor simply reloads. One with unsaved edits keeps them and shows `ChangedBar`
above the form; its Compare… opens `CompareDialog`, which lays the officer's value beside
the stored one for every field that changed, and lets them keep theirs or take the stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr as _tr

BAR_STYLE = "QFrame#changedBar { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 3px; }"


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any], names: Sequence[str]) -> list[str]:
    """The fields of `names` whose stored value differs between `before` and `after`."""
    return [name for name in names if before.get(name) != after.get(name)]


def value_text(value: Any) -> str:
    """A stored or typed value as one readable text (rows one per line)."""
    if value is None or value == "" or value == []:
        return _tr("(empty)")
    if isinstance(value, list | tuple):
        return "\n".join(value_text(item) for item in value)
    if isinstance(value, dict):
        return " · ".join(str(v) for v in value.values() if v not in (None, ""))
    return str(value)


class ChangedBar(QFrame):
    """ "This record was changed elsewhere": Compare… or Take theirs, above the form."""

    compare_requested = Signal()
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBar")
        self.setStyleSheet(BAR_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.compare_button = QPushButton(_tr("&Compare…"), self)
        self.compare_button.setAutoDefault(False)
        self.compare_button.clicked.connect(self.compare_requested)
        self.reload_button = QPushButton(self)
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.message, 1)
        row.addWidget(self.compare_button)
        row.addWidget(self.reload_button)
        self.set_deleted(False)
        self.hide()

    def set_deleted(self, deleted: bool) -> None:
        """Word the bar for a record changed (False) or deleted (True) elsewhere."""
        if deleted:
            self.message.setText(
                _tr("This record was deleted elsewhere (it is in the Trash). Your edits are not saved.")
            )
            self.reload_button.setText(_tr("Close it"))
            self.reload_button.setToolTip(_tr("Discard your edits; the record stays in the Trash"))
        else:
            self.message.setText(
                _tr("This record was changed elsewhere (a sync or another window) while you edited it.")
            )
            self.reload_button.setText(_tr("Take the stored version"))
            self.reload_button.setToolTip(_tr("Discard your edits and show the record as stored now"))
        self.compare_button.setVisible(not deleted)


class CompareDialog(QDialog):
    """Your value / stored value per changed field; Keep mine (accept) or Take theirs."""

    TAKE_THEIRS = 2  # the dialog's result when the stored values win

    def __init__(self, rows: Sequence[tuple[str, Any, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Compare with the stored record"))
        intro = QLabel(
            _tr(
                "Keep mine saves your values over the stored ones when you save; fields you did not"
                " edit take the stored value either way."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([_tr("Field"), _tr("Your value"), _tr("Stored value")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (label, mine, theirs) in enumerate(rows):
            for column, text in enumerate((label, value_text(mine), value_text(theirs))):
                item = QTableWidgetItem(text)
                if column and mine != theirs:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        self.keep_button = buttons.addButton(_tr("&Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button = buttons.addButton(_tr("&Take theirs"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.take_button.clicked.connect(lambda: self.done(self.TAKE_THEIRS))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)


class ConflictNote(QWidget):
    """Under a field other officers disagree on: says so, with a button to the conflict
    (a button, so Tab reaches it and Enter or Space opens it)."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(_tr("Other officers disagree on this field."), self)
        self.text.setStyleSheet("color: #b9770e;")
        self.text.setWordWrap(True)
        self.button = QPushButton(_tr("See the conflict"), self)
        self.button.setFlat(True)
        self.button.setAutoDefault(False)
        self.button.setStyleSheet("color: palette(link); text-decoration: underline; padding: 0 2px;")
        self.button.clicked.connect(self.open_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
