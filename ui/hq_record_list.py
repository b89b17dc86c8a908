"""A titled list of related records on an HQ page (an organization's engagements, contacts,
actions; an officer's overdue actions), the first page of each with its total, and the
header every HQ page starts with (a way back, a title). Enter or a double-click opens
the record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app import vocab
from liaison_app.kinds import Kind
from liaison_app.services.related import RelatedGroup, RelatedItem
from ui.display_words import day_words, moment_words, number_text, vocab_label
from ui.i18n import tr as _tr

_ID = Qt.ItemDataRole.UserRole
_KIND = Qt.ItemDataRole.UserRole + 1
ALERT = QColor("#c0392b")


def item_text(item: RelatedItem) -> str:
    """A record's line: when (a meeting's start, an action's due date), its title, status."""
    if item.kind is Kind.ACTION:
        status = vocab_label(vocab.ACTION_STATUSES, item.status)
        due = day_words(item.when) if item.when else _tr("no due date")
        return _tr("%1  %2  · %3").replace("%1", due).replace("%2", item.title).replace("%3", status)
    if item.kind is Kind.MEETING:
        status = vocab_label(vocab.MEETING_STATUSES, item.status)
        line = (
            _tr("%1  %2  · %3")
            .replace("%1", moment_words(item.when))
            .replace("%2", item.title)
            .replace("%3", status)
        )
        officer = str(getattr(item, "officer", ""))  # an engagement says who met them
        return _tr("%1  · %2").replace("%1", line).replace("%2", officer) if officer else line
    if item.status:  # a contact's position, as typed
        return _tr("%1 — %2").replace("%1", item.title).replace("%2", item.status)
    return item.title


class RecordList(QGroupBox):
    """Records of one group: "{title} (shown of total)", one line each."""

    open_requested = Signal(str, str)  # kind, id

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.title_text = title
        self.empty = empty
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def fill(self, group: RelatedGroup, *, overdue_before: str = "", append: bool = False) -> None:
        """Show the group's records (after those shown, with `append`); actions due before
        `overdue_before` ('YYYY-MM-DD') in red."""
        if not append:
            self.list.clear()
        for item in group.items:
            line = QListWidgetItem(item_text(item))
            line.setData(_ID, item.id)
            line.setData(_KIND, item.kind.value)
            if overdue_before and item.kind is Kind.ACTION and item.when and item.when < overdue_before:
                line.setForeground(ALERT)
            self.list.addItem(line)
        if self.list.count() == 0:
            note = QListWidgetItem(self.empty)
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(note)
        shown = sum(1 for row in range(self.list.count()) if self.list.item(row).data(_ID))
        count = (
            number_text(group.total)
            if shown == group.total
            else _tr("%1 of %2").replace("%1", number_text(shown)).replace("%2", number_text(group.total))
        )
        self.setTitle(_tr("%1 (%2)").replace("%1", self.title_text).replace("%2", count))

    def ids(self) -> list[str]:
        """The ids listed, in order."""
        found = (self.list.item(row).data(_ID) for row in range(self.list.count()))
        return [str(i) for i in found if i]

    def _open(self, line: QListWidgetItem) -> None:
        record_id = line.data(_ID)
        if record_id:
            self.open_requested.emit(str(line.data(_KIND)), str(record_id))


class PageHeader(QWidget):
    """ "← Back" and the page's title, with a line of details under it."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = QPushButton(_tr("← Back"), self)
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
