"""The Trash screen: deleted records newest first (kind, title, when, by whom), restorable.

Deletes are tombstones, so nothing here is gone yet: Restore (or Enter) brings a record
back through the write path, which syncs to the other officers like any change, and
opens it. Records purged for good (`liaison purge`) are no longer listed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.errors import LiaisonError
from liaison_app.kinds import KINDS
from liaison_app.services import display_text, records, trash
from liaison_app.services.trash import TrashedRecord
from ui import page_parts
from ui.context import AppContext
from ui.date_display import date_style
from ui.display_words import capitalised, kind_label, moment_words, officer_text
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.operations import Refresher

_RECORD = Qt.ItemDataRole.UserRole


class _TrashList(QTreeWidget):
    """The deleted records; Enter restores the highlighted one."""

    restore_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.restore_pressed.emit()
            return
        super().keyPressEvent(event)


class TrashPage(QWidget):
    """Deleted records of every kind (or one), with Restore."""

    restored = Signal(str, str)  # kind, id: the main window opens it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[TrashedRecord] = []
        heading = page_parts.heading(_tr("Trash"), self)
        intro = page_parts.intro(
            _tr(
                "Deleted records stay here until every device has them and they are purged."
                " Restoring one brings it back for the other officers too."
            ),
            self,
        )
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(_tr("All kinds"), "")
        for kind in KINDS:
            self.kind_filter.addItem(capitalised(kind_label(kind.value)), kind.value)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list = _TrashList(self)
        headers = [_tr("Kind"), _tr("Title"), _tr("Deleted"), _tr("Deleted by")]
        page_parts.record_table(self.list, headers, QAbstractItemView.SelectionMode.SingleSelection)
        self.list.restore_pressed.connect(self.restore_selected)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.restore_selected())
        self.list.currentItemChanged.connect(lambda *_a: self._sync_buttons())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self.row_menu)
        self.restore_button = QPushButton(icon("open"), _tr("Restore"), self)
        self.restore_button.setToolTip(_tr("Bring the record back (Enter)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.count_label = QLabel(self)
        self.error = page_parts.error_line(self)
        self.empty = page_parts.empty_note(_tr("The Trash is empty: nothing has been deleted."), self)
        bar = QHBoxLayout()
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.setFocusProxy(self.list)
        self._stale = True  # never read, or locked since
        # Only deletes and restores concern the Trash; out of sight it reads once, when shown.
        self.refresher = Refresher(
            ctx, self, lambda _changes, _who: self.refresh(), concerns=lambda c: c.trash
        )
        ctx.locked.connect(self._locked)
        self._sync_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload the deleted records, keeping the highlight on the same one if it is still here."""
        if self.ctx.is_locked:
            return
        self._stale = False
        self.refresher.forget()  # read now: nothing is pending any more
        kept = self.current()
        self.entries = trash.list_trash(self.ctx.store, kind=self.kind_filter.currentData() or None)
        self.list.clear()
        dates = date_style(self.ctx)  # as the settings show date-times
        for entry in self.entries:
            item = QTreeWidgetItem(
                [
                    capitalised(kind_label(entry.kind.value)),
                    entry.title,
                    moment_words(display_text.local_time(entry.deleted_at), dates),
                    officer_text(entry.deleted_by),
                ]
            )
            item.setData(0, _RECORD, entry.record_id)
            self.list.addTopLevelItem(item)
            if kept is not None and entry.record_id == kept.record_id:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        for column in (0, 2, 3):
            self.list.resizeColumnToContents(column)
        self.count_label.setText(_tr("%Ln deleted record(s)", "", len(self.entries)))
        self.list.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        self._sync_buttons()

    def current(self) -> TrashedRecord | None:
        """The highlighted deleted record."""
        item = self.list.currentItem()
        if item is None:
            return None
        record_id = str(item.data(0, _RECORD))
        return next((e for e in self.entries if e.record_id == record_id), None)

    def select(self, record_id: str) -> bool:
        """Highlight `record_id` (the link from a reference to a deleted record)."""
        if self.kind_filter.currentIndex() != 0:
            self.kind_filter.setCurrentIndex(0)  # refreshes
        elif self._stale or self.refresher.behind:
            self.refresh()
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, _RECORD) == record_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def restore_selected(self) -> None:
        """Restore the highlighted record through the write path, then open it."""
        entry = self.current()
        if entry is None:
            return
        self.error.hide()
        try:
            written = records.restore_op(self.ctx.store, entry.kind.value, entry.record_id)
        except LiaisonError:
            # Purged, or restored elsewhere meanwhile: the list was stale; show what is true.
            self.error.setText(_tr("That record is no longer in the Trash."))
            self.error.show()
            self.refresh()
            return
        self.ctx.announce(written.changes, self)
        self.restored.emit(entry.kind.value, entry.record_id)

    def row_menu(self, at: QPoint) -> QMenu | None:
        """The context menu of a deleted record (viewport coordinates): Restore."""
        item = self.list.itemAt(at)
        if item is None:
            return None
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        restore = menu.addAction(icon("open"), _tr("&Restore"))
        restore.triggered.connect(self.restore_selected)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.list.viewport().mapToGlobal(at))
        return menu

    def _sync_buttons(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def _locked(self) -> None:
        self._stale = True
        self.entries = []
        self.list.clear()
        self.count_label.clear()
