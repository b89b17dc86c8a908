"""The records related to the one an editor shows, listed under its form: an
organization's contacts, meetings and open actions; a contact's meetings and actions with
the date they were last met; a meeting's actions. One click or Enter opens a record.

Read through liaison_app.services.related (indexed lookups); re-read when records change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app import vocab
from liaison_app.changes import Changes
from liaison_app.kinds import Kind
from liaison_app.services import related
from liaison_app.services.related import Group, RelatedGroup, RelatedItem
from ui.context import AppContext
from ui.display_words import number_text, vocab_label
from ui.i18n import tr as _tr
from ui.operations import Refresher

_KIND = Qt.ItemDataRole.UserRole
_ID = Qt.ItemDataRole.UserRole + 1
_VISIBLE_ROWS = 8
# The kinds each kind's panel lists: a write of another kind leaves it as it is.
_LISTED: dict[str, tuple[str, ...]] = {
    Kind.ORG: (Kind.CONTACT, Kind.MEETING, Kind.ACTION),
    Kind.CONTACT: (Kind.MEETING, Kind.ACTION),
    Kind.MEETING: (Kind.ACTION,),
}


class RelatedPanel(QWidget):
    """Related records of one record of `kind`, grouped; hidden for a new record."""

    open_requested = Signal(str, str)  # kind, id

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.record_id: str | None = None
        self.heading = QLabel(_tr("Related records"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.last_met = QLabel(self)
        self.last_met.hide()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("related")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)  # group headings say what each block is
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setToolTip(_tr("Click or press Enter to open"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Tall enough to read a few of each group under a long form; fills what is left below
        # a short one (the editor gives the panel the spare height).
        self.tree.setMinimumHeight((self.tree.fontMetrics().lineSpacing() + 6) * _VISIBLE_ROWS)
        self.tree.itemClicked.connect(self._open)
        self.tree.itemActivated.connect(self._open)  # Enter, and double-click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.last_met)
        layout.addWidget(self.tree)
        # The form holding the panel says whether it is on show: the panel hides itself
        # while it has nothing to list, and must still hear of a first related record.
        self.refresher = Refresher(
            ctx, parent or self, lambda _changes, _who: self.refresh(), concerns=self._concerns
        )
        ctx.locked.connect(self._locked)  # a method, not a lambda: disconnected with the panel
        self.hide()

    def show_record(self, record_id: str | None) -> None:
        """List what relates to `record_id` (nothing, and hidden, for None)."""
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        """Read the related records again."""
        self.refresher.forget()  # read now: nothing is pending any more
        self.tree.clear()
        if self.record_id is None or self.ctx.is_locked:
            self.hide()
            return
        found = related.related(self.ctx.store, kind=self.kind, record_id=self.record_id)
        if not found.groups:
            self.hide()
            return
        for group in found.groups:
            self._add_group(group)
        self.tree.expandAll()
        if self.kind == Kind.CONTACT:
            self.last_met.setText(
                _tr("Last engagement: %1").replace("%1", found.last_engagement)
                if found.last_engagement
                else _tr("Last engagement: none recorded")
            )
            self.last_met.show()
        else:
            self.last_met.hide()
        self.show()

    def items(self) -> list[tuple[str, str]]:
        """(kind, id) of every listed record, in order (for tests and screenshots)."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            for i in range(group.childCount()):
                child = group.child(i)
                assert child is not None
                if child.data(0, _ID):
                    found.append((str(child.data(0, _KIND)), str(child.data(0, _ID))))
        return found

    def _add_group(self, group: RelatedGroup) -> None:
        top = QTreeWidgetItem(self.tree, [self._group_title(group)])
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, opens nothing
        top.setFirstColumnSpanned(True)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        if not group.items:
            QTreeWidgetItem(top, [_tr("none")]).setFlags(Qt.ItemFlag.ItemIsEnabled)
        for item in group.items:
            row = QTreeWidgetItem(top, [self._title(item), self._details(item)])
            row.setToolTip(0, self._title(item))
            row.setData(0, _KIND, str(item.kind))
            row.setData(0, _ID, item.id)
        hidden = group.total - len(group.items)
        if hidden > 0:
            more = QTreeWidgetItem(top, [_tr("… and %Ln more", "", hidden)])
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _group_title(self, group: RelatedGroup) -> str:
        titles = {
            Group.CONTACTS: _tr("Contacts (%1)"),
            Group.MEETINGS: _tr("Meetings (%1)"),
            Group.OPEN_ACTIONS: _tr("Open action items (%1)"),
            Group.OWNED_ACTIONS: _tr("Action items they own (%1)"),
            Group.ACTIONS: _tr("Action items from this meeting (%1)"),
        }
        return titles[group.group].replace("%1", number_text(group.total))

    def _title(self, item: RelatedItem) -> str:
        if item.kind is Kind.CONTACT and item.status:  # the position, as typed
            return _tr("%1 — %2").replace("%1", item.title).replace("%2", item.status)
        return item.title

    def _details(self, item: RelatedItem) -> str:
        """When (a meeting's start, an action's due date) and the status, worded."""
        if item.kind is Kind.ACTION:
            status = vocab_label(vocab.ACTION_STATUSES, item.status)
            if not item.when:
                return status
            return _tr("due %1 · %2").replace("%1", item.when).replace("%2", status)
        if item.kind is Kind.MEETING:
            status = vocab_label(vocab.MEETING_STATUSES, item.status)
            return _tr("%1 · %2").replace("%1", item.when).replace("%2", status)
        return ""

    def _concerns(self, changes: Changes) -> bool:
        # Only writes of the kinds listed here concern the panel.
        return self.record_id is not None and changes.touches(*_LISTED.get(self.kind, ()))

    def _locked(self) -> None:
        self.show_record(None)

    def _open(self, item: QTreeWidgetItem) -> None:
        record_id = item.data(0, _ID)
        if record_id:
            self.open_requested.emit(str(item.data(0, _KIND)), str(record_id))
