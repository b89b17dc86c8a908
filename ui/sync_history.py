"""The exchange history of the sync centre: every bundle imported, refused, held or exported
on this device (kept across sessions), newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.datetime_input import DisplayStyle
from liaison_app.services import sync_view
from liaison_app.services.sync_view import Direction, ExchangeResult, HistoryLine
from ui.context import AppContext
from ui.date_display import date_style
from ui.display_words import moment_words
from ui.i18n import tr as _tr
from ui.sync_exchange import counts_text
from ui.sync_intake_summary import new_table
from ui.sync_refusals import refusal_text

RESULT_COLUMN = 4
SHOWN = 200  # the table shows the latest entries; `liaison sync history` reaches the rest


class HistoryBox(QWidget):
    """When, which way, which file, with whom, and what came of it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list[HistoryLine] = []
        self.date_style = DisplayStyle.LOCAL  # the profile's date display, read on each refresh
        headers = [_tr("When"), _tr("Way"), _tr("File"), _tr("Device"), _tr("Result")]
        self.table = new_table(self, headers)
        self.empty = QLabel(_tr("No bundle exchanged on this device yet."), self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Reload the latest entries."""
        if self.ctx.is_locked:
            return
        self.date_style = date_style(self.ctx)
        self.show_lines(sync_view.history_lines(self.ctx.store, limit=SHOWN))

    def show_lines(self, lines: Sequence[HistoryLine]) -> None:
        """Fill the table, newest first."""
        self.lines = list(lines)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            way = _tr("Import") if line.direction is Direction.IMPORT else _tr("Export")
            devices = ", ".join(line.peers) or _tr("unknown")
            cells = (
                moment_words(line.when, self.date_style),
                way,
                line.file,
                devices,
                self.result_text(line),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(line.path if column == 2 else text)
                if line.result is ExchangeResult.REFUSED and column == RESULT_COLUMN:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.lines)

    def result_text(self, line: HistoryLine) -> str:
        """The Result cell: counts of an import, changes of an export, or why it was refused."""
        if line.result is ExchangeResult.REFUSED:
            fallback = line.refusal.value.replace("_", " ") if line.refusal is not None else ""
            return _tr("Refused: {reason}").format(reason=refusal_text(line.refusal, fallback))
        if line.result is ExchangeResult.HELD:
            return _tr("Kept for later: written by a newer Liaison")
        if line.result is ExchangeResult.ALREADY_IMPORTED:
            return _tr("Already imported; nothing changed")
        if line.result is ExchangeResult.WRITTEN:
            return _tr("Written: %Ln change(s)", "", line.changesets)
        return counts_text(line.counts) if line.counts is not None else ""

    def result_texts(self) -> list[str]:
        """The Result column, top to bottom."""
        items = (self.table.item(row, RESULT_COLUMN) for row in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def clear(self) -> None:
        """Forget the entries (the profile locked)."""
        self.lines = []
        self.table.setRowCount(0)
