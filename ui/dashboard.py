"""The dashboard: today's and upcoming meetings, overdue and due-soon actions, and what
other officers changed lately. Double-click (or Enter) opens the record."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services import dashboard
from ui.context import AppContext

_ID = Qt.ItemDataRole.UserRole
_KIND = Qt.ItemDataRole.UserRole + 1


class Panel(QGroupBox):
    """A titled list of record lines, with a note when it is empty."""

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.title_text = title
        self.empty = empty
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def fill(self, lines: Sequence[tuple[str, str, str]], alert: bool = False) -> None:
        """Show (kind, id, text) lines."""
        self.list.clear()
        self.setTitle(f"{self.title_text} ({len(lines)})" if lines else self.title_text)
        for kind, record_id, text in lines:
            item = QListWidgetItem(text)
            item.setData(_ID, record_id)
            item.setData(_KIND, kind)
            if alert:
                item.setForeground(QColor("#c0392b"))
            self.list.addItem(item)
        if not lines:
            note = QListWidgetItem(self.empty)
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(note)


class Dashboard(QWidget):
    """The first screen after unlocking."""

    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel(self)
        self.today = Panel("Today's meetings", "No meetings today.")
        self.upcoming = Panel("Upcoming meetings (7 days)", "Nothing planned this week.")
        self.overdue = Panel("Overdue actions", "Nothing overdue.")
        self.due_soon = Panel("Actions due within 7 days", "Nothing due this week.")
        self.others = Panel(
            "Recently from other officers",
            "Nothing from other officers yet. Their changes are listed here after a sync exchange.",
        )
        grid = QGridLayout()
        grid.addWidget(self.today, 0, 0)
        grid.addWidget(self.upcoming, 0, 1)
        grid.addWidget(self.overdue, 1, 0)
        grid.addWidget(self.due_soon, 1, 1)
        grid.addWidget(self.others, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        for panel in self.panels():
            panel.list.itemActivated.connect(self._activated)
        ctx.records_changed.connect(lambda _kind: self.refresh())
        ctx.locked.connect(self._clear)

    def panels(self) -> list[Panel]:
        """Every panel, in reading order."""
        return [self.today, self.upcoming, self.overdue, self.due_soon, self.others]

    def refresh(self) -> None:
        """Reload from the dashboard service."""
        if self.ctx.is_locked:
            return
        view = dashboard.overview(self.ctx.store)
        counts = view.counts
        self.summary.setText(
            f"<b>{self.ctx.store.author.officer}</b> · {counts['org']:,} organizations · "
            f"{counts['contact']:,} contacts · {counts['meeting']:,} meetings · "
            f"{counts['action']:,} action items"
        )
        self.today.fill(
            [("meeting", m.id, f"{m.start[11:]}  {m.title}  · {m.location}".rstrip(" ·")) for m in view.today]
        )
        self.upcoming.fill([("meeting", m.id, f"{m.start}  {m.title}") for m in view.upcoming])
        self.overdue.fill(
            [("action", a.id, f"{a.due}  {a.title}  ({a.owner or 'no owner'})") for a in view.overdue],
            alert=True,
        )
        self.due_soon.fill(
            [("action", a.id, f"{a.due}  {a.title}  ({a.owner or 'no owner'})") for a in view.due_soon]
        )
        self.others.fill([(c.kind, c.id if c.openable else "", c.text) for c in view.from_others])

    def _clear(self) -> None:
        self.summary.clear()
        for panel in self.panels():
            panel.fill([])

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(_ID)
        if record_id:
            self.open_requested.emit(str(item.data(_KIND)), str(record_id))
