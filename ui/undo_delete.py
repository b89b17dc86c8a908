"""Undo right after a delete: Ctrl+Z, or the "Undo" button of the status bar note.

The delete was a tombstone, so undoing it is a restore through the write path (which
syncs). Only the latest delete of this session is undone (until the next delete or the
lock), while it is still in the Trash; older ones are restored from the Trash screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from liaison_app.errors import LiaisonError
from liaison_app.services import records, trash
from ui.context import AppContext
from ui.elided_label import ElidedLabel
from ui.i18n import tr as _tr
from ui.trash_words import deleted_message, restored_message

NOTE_MS = 20_000  # how long the note (and its Undo button) stays in the status bar


class UndoNote(QWidget):
    """The status bar's "Deleted “X”" note with its Undo button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ElidedLabel(self)
        self.text.setMaximumWidth(420)  # a long title must not push the sync status away
        self.button = QToolButton(self)
        self.button.setText(_tr("Undo (Ctrl+Z)"))
        self.button.setToolTip(_tr("Bring the deleted record back (Ctrl+Z)"))
        self.button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.hide()


class UndoDelete(QObject):
    """Remembers the latest delete; `undo` restores it and says so."""

    restored = Signal(str, str)  # kind, id: the main window opens it

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.last: tuple[str, str, str] | None = None  # kind, id, title
        self.note = UndoNote(window)
        self.note.button.clicked.connect(self.undo)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTE_MS)
        self.timer.timeout.connect(self._timed_out)
        self.action = QAction(_tr("&Undo delete"), window)
        # Text boxes keep Ctrl+Z for their own typing: Qt offers it to the focused editor first.
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        window.addAction(self.action)
        ctx.locked.connect(self.forget)

    def record_deleted(self, kind: str, record_id: str) -> None:
        """Note a delete just made, so Ctrl+Z can take it back."""
        title = trash.deleted_titles(self.ctx.store, kind=kind, ids=[record_id]).get(record_id, "")
        self.last = (kind, record_id, title)
        self.action.setEnabled(True)
        self._show(deleted_message(title), undoable=True)

    def undo(self) -> None:
        """Restore the latest deleted record, if it is still in the Trash."""
        if self.last is None or self.ctx.is_locked:
            return
        kind, record_id, title = self.last
        self.forget()
        try:
            written = records.restore_op(self.ctx.store, kind, record_id)
        except LiaisonError:
            return  # restored or purged meanwhile: nothing left to undo
        self.ctx.announce(written.changes, self)
        self._show(restored_message(title), undoable=False)
        self.restored.emit(kind, record_id)

    def forget(self) -> None:
        """Nothing to undo any more (locked, or undone)."""
        self.last = None
        self.action.setEnabled(False)
        self.note.button.hide()

    def _show(self, text: str, *, undoable: bool) -> None:
        self.note.text.setText(text)
        self.note.button.setVisible(undoable)
        self.note.show()
        self.timer.start()

    def _timed_out(self) -> None:
        self.note.hide()  # Ctrl+Z still undoes it until the next delete or the lock
