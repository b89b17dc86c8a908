"""The Review screen: records past their review date (retention), oldest change first, a
page at a time; several can be kept until a later day (with a reason) or purged at once.

Everything here is a call of liaison_app/services/retention.py; the screen only shows it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.clock import today
from liaison_app.errors import LiaisonError
from liaison_app.kinds import Kind
from liaison_app.services import retention
from liaison_app.services.retention import DueRecord, Why
from ui import page_parts, purge_dialog
from ui.context import AppContext
from ui.display_words import capitalised, kind_label
from ui.error_words import error_text
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.operations import Refresher

_INDEX = Qt.ItemDataRole.UserRole
DEFAULT_KEEP_DAYS = 180


class KeepDialog(QDialog):
    """Asks until when, and why, the selected records are kept."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Keep until…"))
        intro = QLabel(
            _tr(
                "Keep %Ln record(s) past the review date. They come back to this list on the day chosen.",
                "",
                count,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setMinimumDate(_qdate(today() + timedelta(days=1)))
        self.until.setDate(_qdate(today() + timedelta(days=DEFAULT_KEEP_DAYS)))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(retention.MAX_REASON_LENGTH)
        self.reason.setPlaceholderText(_tr("why they are still needed (shown here later)"))
        form = QFormLayout()
        form.addRow(_tr("Keep until"), self.until)
        form.addRow(_tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        """The day chosen."""
        return date.fromisoformat(self.until.date().toString("yyyy-MM-dd"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReviewPage(QWidget):
    """Records due for review, with Keep until… and Purge… for the selection."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[DueRecord] = []
        self.after: tuple[str, str] | None = None
        heading = page_parts.heading(_tr("Review"), self)
        intro = page_parts.intro(
            _tr(
                "Records kept longer than the retention policy allows (Settings ▸ Retention)."
                " Keep what is still needed, with a reason; purge the rest."
            ),
            self,
        )
        self.list = QTreeWidget(self)
        headers = [
            _tr("Kind"),
            _tr("Title"),
            _tr("Last change"),
            _tr("Review date"),
            _tr("Why"),
        ]
        page_parts.record_table(self.list, headers, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._sync_buttons)
        self.keep_button = QPushButton(icon("save"), _tr("Keep until…"), self)
        self.keep_button.clicked.connect(self.keep_selected)
        self.purge_button = QPushButton(icon("delete"), _tr("Purge…"), self)
        self.purge_button.clicked.connect(self.purge_selected)
        self.more_button = QPushButton(_tr("Show more"), self)
        self.more_button.clicked.connect(self.load_more)
        self.count_label = QLabel(self)
        self.error = page_parts.error_line(self)
        self.empty = page_parts.empty_note(_tr("Nothing is due for review."), self)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.keep_button)
        bar.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setFocusProxy(self.list)
        self._stale = True
        # Any write may move a record's last change; preferences hold the policy.
        self.refresher = Refresher(
            ctx, self, lambda _c, _w: self.refresh(), concerns=lambda c: bool(c.kinds) or c.preferences
        )
        ctx.locked.connect(self._locked)
        self._sync_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the first page of records due again."""
        if self.ctx.is_locked:
            return
        self._stale = False
        self.refresher.forget()
        self.entries, self.after = [], None
        self.list.clear()
        self.load_more()

    def load_more(self) -> None:
        """Add the next page of records due."""
        page = retention.due(self.ctx.store, after=self.after)
        self.after = page.after
        for entry in page.records:
            self._add(entry)
        for column in (0, 2, 3, 4):
            self.list.resizeColumnToContents(column)
        more = _tr(" or more") if self.after is not None else ""
        self.count_label.setText(_tr("%Ln record(s) due", "", len(self.entries)) + more)
        self.more_button.setVisible(self.after is not None)
        self.list.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        self._sync_buttons()

    def _add(self, entry: DueRecord) -> None:
        why = _tr("kept until then") if entry.why is Why.KEPT else _tr("retention policy")
        if entry.reason:
            why = f"{why}: {entry.reason}"
        item = QTreeWidgetItem(
            [
                capitalised(kind_label(entry.kind.value)),
                entry.title,
                entry.updated_at[:10],
                entry.review_on,
                why,
            ]
        )
        item.setData(0, _INDEX, len(self.entries))
        self.entries.append(entry)
        self.list.addTopLevelItem(item)

    def selected(self) -> list[DueRecord]:
        """The records selected, in list order."""
        rows = sorted(int(item.data(0, _INDEX)) for item in self.list.selectedItems())
        return [self.entries[row] for row in rows]

    def keep_selected(self) -> None:
        """Ask until when and why, then keep the selected records."""
        chosen = self.selected()
        if not chosen:
            return
        dialog = KeepDialog(len(chosen), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.keep(chosen, dialog.chosen(), dialog.reason.text())

    def keep(self, chosen: list[DueRecord], until: date, reason: str) -> None:
        """Keep `chosen` until `until`, then show the list as it is now."""
        self.error.hide()
        try:
            retention.keep(self.ctx.store, _refs(chosen), until=until, reason=reason)
        except LiaisonError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
        self.refresh()

    def purge_selected(self) -> None:
        """Confirm with a reason, then purge the selected records for good (here and, after
        exchange, everywhere)."""
        chosen = self.selected()
        if chosen and purge_dialog.purge_due(self.ctx, _refs(chosen), self):
            self.refresh()

    def _sync_buttons(self) -> None:
        some = bool(self.list.selectedItems())
        self.keep_button.setEnabled(some)
        self.purge_button.setEnabled(some)

    def _locked(self) -> None:
        self._stale = True
        self.entries, self.after = [], None
        self.list.clear()
        self.count_label.clear()


def _refs(chosen: list[DueRecord]) -> list[tuple[Kind, str]]:
    return [(entry.kind, entry.record_id) for entry in chosen]
