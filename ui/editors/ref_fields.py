"""Fields that point at other records: one reference (with completion and an Open
button) and a list of references (the attendee picker)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services import trash
from ui.editors.fields import Field
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.lock_safe_access import Choice, Lookup
from ui.trash_words import gone_text, in_trash_text

_ID = Qt.ItemDataRole.UserRole


def absent_titles(lookup: Lookup, kind: str, ids: Sequence[str]) -> dict[str, str]:
    """How to name referenced records that are not live: in the Trash (restorable, its
    Open link leads there), or gone from this device for good."""
    if not ids:
        return {}
    ctx = lookup.ctx
    deleted = {} if ctx.is_locked else trash.deleted_titles(ctx.store, kind=kind, ids=list(ids))
    return {i: in_trash_text(deleted[i]) if i in deleted else gone_text(i) for i in ids}


class RefField(Field):
    """A reference to one record, found by typing part of its name."""

    chosen = Signal(str, str)  # id, title
    open_requested = Signal(str, str)  # kind, id

    def __init__(
        self,
        kind: str,
        lookup: Lookup,
        *,
        placeholder: str | None = None,
        extra: Sequence[Choice] = (),
        openable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.lookup = lookup
        self.extra = tuple(extra)
        self._id: str | None = None
        self._title = ""
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_tr("Type to search…") if placeholder is None else placeholder)
        self.edit.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        # The service already ranked and filtered; the popup must not filter again.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.edit.textEdited.connect(self._typed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.open_button = QToolButton(self)
        self.open_button.setIcon(icon("open"))
        self.open_button.setToolTip(_tr("Open this record"))
        self.open_button.setAccessibleName(_tr("Open this record"))
        self.open_button.setObjectName("open")
        self.open_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # every button in the form takes focus
        self.open_button.clicked.connect(self._open)
        self.open_button.setVisible(openable)
        layout.addWidget(self.open_button)
        self.setFocusProxy(self.edit)
        self._sync_open_button()

    def choose(self, record_id: str, title: str) -> None:
        """Take `record_id` as the value (what picking a completion does)."""
        self._id, self._title = record_id, title
        self.edit.setText(title)
        self._hide_popup()
        self._sync_open_button()
        self.chosen.emit(record_id, title)
        self.changed.emit()

    def has_choice(self) -> bool:
        """Whether a record was picked (rather than text typed that names none yet)."""
        return self._id is not None

    def clear(self) -> None:
        """Empty the field."""
        self._id, self._title = None, ""
        self.edit.clear()
        self._sync_open_button()
        self.changed.emit()

    def value(self) -> Any:
        if self._id is not None:
            return self._id
        # Typed text that names no record goes to the service, which says so plainly.
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        if not value:
            self._id, self._title = None, ""
        else:
            names = dict(self.extra) | self.lookup.titles(self.kind, [value])
            if value not in names:
                names |= absent_titles(self.lookup, self.kind, [value])
            self._id, self._title = value, names[value]
        self.edit.setText(self._title)
        self.edit.setCursorPosition(0)
        self._sync_open_button()

    def focus_target(self) -> QWidget:
        return self.edit

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit, self.open_button]

    def _typed(self, text: str) -> None:
        if text != self._title:
            self._id, self._title = None, ""
        needle = text.strip().lower()
        choices = [c for c in self.extra if needle and needle in c[1].lower()]
        choices += self.lookup.find(self.kind, text)
        self.matches.clear()
        for record_id, title in choices:
            item = QStandardItem(title)
            item.setData(record_id, _ID)
            self.matches.appendRow(item)
        if choices:
            self.completer.complete()
        else:
            self._hide_popup()
        self._sync_open_button()
        self.changed.emit()

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _activated(self, index: QModelIndex) -> None:
        self.choose(str(index.data(_ID)), str(index.data()))

    def _open(self) -> None:
        if self._id is not None and self._id not in dict(self.extra):
            self.open_requested.emit(self.kind, self._id)

    def _sync_open_button(self) -> None:
        self.open_button.setEnabled(self._id is not None and self._id not in dict(self.extra))


class _RefList(QListWidget):
    """The chosen records; Delete removes the selected one."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class RefListField(Field):
    """Several references, added by typing a name and picking a completion."""

    open_requested = Signal(str, str)

    def __init__(self, kind: str, lookup: Lookup, *, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.lookup = lookup
        self.adder = RefField(kind, lookup, placeholder=placeholder, openable=False, parent=self)
        self.adder.chosen.connect(self._add_chosen)
        self.list = _RefList(self)
        self.list.setObjectName("chosen")
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5 + 12)
        self.list.setToolTip(_tr("Double-click to open; Delete removes"))
        self.list.itemActivated.connect(self._open)
        self.list.delete_pressed.connect(self.remove_selected)
        remove = QToolButton(self)
        remove.setIcon(icon("delete"))
        remove.setToolTip(_tr("Remove the selected entry"))
        remove.setAccessibleName(_tr("Remove the selected entry"))
        remove.setObjectName("remove")
        remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        remove.clicked.connect(self.remove_selected)
        self.remove_button = remove
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.adder)
        layout.addLayout(row)
        self.setFocusProxy(self.adder)

    def add(self, record_id: str, title: str) -> None:
        """Append a record unless it is already listed."""
        if record_id in self.value():
            return
        item = QListWidgetItem(title)
        item.setData(_ID, record_id)
        self.list.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        """Drop the highlighted entry."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def value(self) -> Any:
        return [str(self.list.item(i).data(_ID)) for i in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        ids = list(value or [])
        names = self.lookup.titles(self.kind, ids)
        names |= absent_titles(self.lookup, self.kind, [i for i in ids if i not in names])
        self.list.clear()
        for record_id in ids:
            item = QListWidgetItem(names[record_id])
            item.setData(_ID, record_id)
            self.list.addItem(item)

    def focus_target(self) -> QWidget:
        return self.adder.edit

    def tab_widgets(self) -> list[QWidget]:
        return [self.adder.edit, self.list, self.remove_button]

    def _add_chosen(self, record_id: str, title: str) -> None:
        self.add(record_id, title)
        self.adder.clear()

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(self.kind, str(item.data(_ID)))
