"""An editor's History tab: who changed which field of the record when, old → new, read-only.

Read in a worker (ui/worker.py) the first time the tab is shown for a record, and again when
the record changes while it is shown; a record changed while it is hidden is read again when
it is next shown (liaison_app/services/record_history.py does the reading).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services import record_history
from liaison_app.services.display_text import local_time
from liaison_app.services.record_history import Change, HistoryEntry, RecordHistory
from ui import worker
from ui.context import AppContext
from ui.display_words import label_text
from ui.i18n import tr as _tr

_ARROW = " → "


class HistoryTab(QWidget):
    """The changes of one record, oldest first."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.record_id: str | None = None
        self._stale = True
        self.task: worker.TaskHandle | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([_tr("When"), _tr("Who"), _tr("Field"), _tr("Change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The change takes the room left, wrapping: an editor beside a list is narrow.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        column_box = QVBoxLayout(self)
        column_box.addWidget(self.note)
        column_box.addWidget(self.table, 1)

    def show_record(self, record_id: str | None) -> None:
        """Follow `record_id` (None: a record not yet saved); read now if the tab is shown."""
        self.record_id = record_id
        self._stale = True
        if record_id is None:
            self._fill(None)
        elif self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and self.record_id is not None:
            self.reload()

    def reload(self) -> None:
        """Read the record's history in the worker."""
        if self.record_id is None or self.ctx.is_locked:
            return
        self._stale = False
        store, kind, record_id = self.ctx.store, self.kind, self.record_id
        self.note.setText(_tr("Reading the history…"))
        task = self.task = worker.start(
            lambda _state: record_history.history(store, kind, record_id), owner=self
        )
        task.succeeded.connect(lambda found, t=task: self._loaded(t, found))
        task.failed.connect(lambda _exc, t=task: self._failed(t))

    def _loaded(self, task: worker.TaskHandle, found: object) -> None:
        if task is self.task and isinstance(found, RecordHistory) and found.record_id == self.record_id:
            self._fill(found)

    def _failed(self, task: worker.TaskHandle) -> None:
        if task is self.task:
            self.note.setText(_tr("The history could not be read."))

    def _fill(self, found: RecordHistory | None) -> None:
        entries = found.entries if found is not None else ()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if found is None:
            self.note.setText(_tr("A record has a history once it is saved."))
        elif not entries:
            self.note.setText(_tr("No changes recorded."))
        else:
            self.note.setText(_tr("%Ln change(s), oldest first.", "", len(entries)))

    def _cells(self, entry: HistoryEntry) -> tuple[str, str, str, str]:
        # Officer over device, and date over time: two short lines leave the change its room.
        who = f"{entry.officer}\n{entry.device}"
        when = local_time(entry.at).replace(" ", "\n", 1)
        return (when, who, label_text("field", entry.label), self._change(entry))

    def _change(self, entry: HistoryEntry) -> str:
        if entry.change is Change.DELETE:
            return _tr("deleted")
        if entry.change is Change.RESTORE:
            return _tr("restored")
        empty = _tr("(empty)")
        text = f"{entry.old or empty}{_ARROW}{entry.new or empty}"
        if entry.change is Change.PRIVATE:
            text += " " + _tr("(private: kept on this laptop)")
        if entry.conflict:
            text += " " + _tr("(conflict: made without seeing the change before)")
        return text
