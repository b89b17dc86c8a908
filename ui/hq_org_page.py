"""An organization's page: every engagement any officer had with it (newest first, a page
at a time), the officers who engage it, its contacts and its open actions (overdue in
red). Reached from an organization's row ("Open organization page"); every line opens
its record, an officer's row their page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app import vocab
from liaison_app.changes import Changes
from liaison_app.clock import today
from liaison_app.services import org_page
from liaison_app.services.org_page import OrgPage
from ui.context import AppContext
from ui.display_words import number_text, vocab_label
from ui.hq_record_list import PageHeader, RecordList
from ui.i18n import tr as _tr
from ui.operations import Refresher


def concerns_org_page(changes: Changes) -> bool:
    """What the page lists: meetings, actions, contacts, the organization itself, arrivals."""
    return changes.touches("meeting", "action", "contact", "org") or changes.sync


class OrgPageView(QWidget):
    """The page of one organization."""

    open_requested = Signal(str, str)  # kind, id
    officer_requested = Signal(str)  # an officer's name
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.org_id: str | None = None
        self.page: OrgPage | None = None
        self.header = PageHeader(self)
        self.header.back_requested.connect(self.back_requested)
        self.engagements = RecordList(_tr("Engagements"), _tr("No officer has met it yet."), self)
        self.more = QPushButton(_tr("Show more engagements"), self)
        self.more.clicked.connect(self.show_more)
        self.officers = self._officer_table()
        self.contacts = RecordList(_tr("Contacts"), _tr("No contacts."), self)
        self.open_actions = RecordList(_tr("Open action items"), _tr("Nothing open."), self)
        for listed in (self.engagements, self.contacts, self.open_actions):
            listed.open_requested.connect(self.open_requested)
        self._layout()
        self.refresher = Refresher(ctx, self, lambda _c, _w: self.reload(), concerns=concerns_org_page)
        ctx.locked.connect(self._clear)

    def _officer_table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([_tr("Officer"), _tr("Engagements"), _tr("Last")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.cellActivated.connect(self._officer_activated)
        table.cellDoubleClicked.connect(self._officer_activated)
        return table

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.engagements, 1)
        left.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        officers = QGroupBox(_tr("Officers who engage it"), self)
        QVBoxLayout(officers).addWidget(self.officers)
        right = QVBoxLayout()
        right.addWidget(officers, 2)
        right.addWidget(self.contacts, 3)
        right.addWidget(self.open_actions, 3)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(columns, 1)

    def show_org(self, org_id: str) -> None:
        """Show the page of `org_id` (LiaisonError if it is not a live organization)."""
        self.org_id = org_id
        self.reload()

    def reload(self) -> None:
        """Read the page again from its first engagement."""
        if self.org_id is None or self.ctx.is_locked:
            return
        self._show(org_page.org_page(self.ctx.store, org_id=self.org_id), append=False)

    def show_more(self) -> None:
        """The next page of engagements, under those shown."""
        if self.page is None or self.ctx.is_locked:
            return
        offset = len(self.engagements.ids())
        self._show(org_page.org_page(self.ctx.store, org_id=self.page.id, offset=offset), append=True)

    def _show(self, page: OrgPage, *, append: bool) -> None:
        self.page = page
        name = (
            _tr("%1 (%2)").replace("%1", page.name).replace("%2", page.acronym) if page.acronym else page.name
        )
        self.header.title.setText(name)
        last = page.last_engagement or _tr("never")
        self.header.details.setText(
            _tr("%1 · last engagement %2 · %3 open action(s), %4 overdue")
            .replace("%1", vocab_label(vocab.ORG_TYPES, page.org_type))
            .replace("%2", last)
            .replace("%3", number_text(page.open_actions.total))
            .replace("%4", number_text(page.overdue))
        )
        self.engagements.fill(page.engagements, append=append)
        self.more.setVisible(len(self.engagements.ids()) < page.engagements.total)
        self.contacts.fill(page.contacts)
        self.open_actions.fill(page.open_actions, overdue_before=today().isoformat())
        self.officers.setRowCount(len(page.officers))
        for row, officer in enumerate(page.officers):
            cells = [officer.officer, number_text(officer.count), officer.last or _tr("not yet")]
            for column, text in enumerate(cells):
                self.officers.setItem(row, column, QTableWidgetItem(text))

    def _officer_activated(self, row: int, _column: int) -> None:
        item = self.officers.item(row, 0)
        if item is not None:
            self.officer_requested.emit(item.text())

    def _clear(self) -> None:
        self.org_id = None
        self.page = None
        self.header.title.clear()
        self.header.details.clear()
        self.officers.setRowCount(0)
        for listed in (self.engagements, self.contacts, self.open_actions):
            listed.list.clear()
