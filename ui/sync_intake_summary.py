"""The per-officer summary of the last import in the sync centre: one row per officer with
files, changesets applied, files already imported, changes waiting for earlier bundles,
conflicts, files held for a newer release, and what was refused and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from liaison_app.services.intake import OfficerSummary
from liaison_app.services.syncing import ChangesetRejection, RefusalReason
from ui.i18n import tr as _tr
from ui.sync_refusals import refusal_text
from ui.sync_rejections import reason_text


def refused_text(refused: Sequence[tuple[str, int]]) -> str:
    """'2 refused: the bundle is truncated; a value the field does not take' ('' if none)."""
    total = sum(n for _, n in refused)
    if not total:
        return ""
    reasons = "; ".join(_reason(code) for code, _ in refused)
    return _tr("%Ln refused: {reasons}", "", total).format(reasons=reasons)


def _reason(code: str) -> str:
    if code in _FILE_CODES:
        return refusal_text(RefusalReason(code), code)
    if code in _MERGE_CODES:
        return reason_text(ChangesetRejection(code))
    return code.replace("_", " ")


_FILE_CODES = frozenset(r.value for r in RefusalReason)
_MERGE_CODES = frozenset(r.value for r in ChangesetRejection)


def new_table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    """A read-only table with these column headers, as the sync centre's tables look."""
    table = QTableWidget(0, len(headers), parent)
    set_up(table, headers)
    return table


def set_up(table: QTableWidget, headers: Sequence[str]) -> None:
    """One look for the sync centre's tables: read-only rows, no row numbers, one line a row."""
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def fill(table: QTableWidget, row: int, cells: Sequence[str], numbers: range) -> list[QTableWidgetItem]:
    """Write one row of text cells (the columns in `numbers` right-aligned); its items."""
    items = []
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if column in numbers:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)
        items.append(item)
    return items


def header_tip(table: QTableWidget, column: int, tip: str) -> None:
    """A tool tip on a column's header."""
    item = table.horizontalHeaderItem(column)
    if item is not None:
        item.setToolTip(tip)


class OfficerSummaryTable(QTableWidget):
    """The last import, one row per officer: files, applied, already imported, waiting for
    earlier bundles, conflicts, held, and what was refused and why."""

    WAITING_COLUMN = 5
    SHOWN_ROWS = 6
    REFUSED_COLUMN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            _tr("Officer"),
            _tr("Device"),
            _tr("Files"),
            _tr("Applied"),
            _tr("Already imported"),
            _tr("Waiting"),
            _tr("Conflicts"),
            _tr("Held"),
            _tr("Refused"),
        ]
        super().__init__(0, len(headers), parent)
        set_up(self, headers)
        header_tip(self, self.WAITING_COLUMN, _tr("Changes still waiting for earlier bundles"))

    def show_officers(self, officers: Sequence[OfficerSummary]) -> None:
        """One row per officer (files of no known sender last, as "Unknown sender")."""
        self.setRowCount(len(officers))
        for row, o in enumerate(officers):
            who = o.officer if o.device_id else _tr("Unknown sender")
            figures = (o.files, o.applied, o.already_imported, o.waiting, o.conflicts, o.held)
            cells = [who, o.device_name, *(str(n) for n in figures), refused_text(o.refused)]
            items = fill(self, row, cells, range(2, 8))
            items[1].setToolTip(o.device_id)
            if o.refused:
                items[self.REFUSED_COLUMN].setForeground(Qt.GlobalColor.red)
            if o.waiting:
                tip = _tr("Waiting for earlier bundles from this officer")
                items[self.WAITING_COLUMN].setToolTip(tip)
        self.resizeColumnsToContents()
        self._fit(len(officers))
        self.setVisible(bool(officers))

    def _fit(self, rows: int) -> None:
        """As tall as its rows, up to SHOWN_ROWS (then it scrolls): the files below keep the rest."""
        row_heights = [self.rowHeight(r) for r in range(min(rows, self.SHOWN_ROWS))]
        body = sum(row_heights) or self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(self.horizontalHeader().height() + 2 * self.frameWidth() + body)

    def rows(self) -> list[list[str]]:
        """Every cell, row by row (what the officer reads)."""
        return [[cell_text(self, r, c) for c in range(self.columnCount())] for r in range(self.rowCount())]


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """A cell's text ("" for a cell with no item)."""
    item = table.item(row, column)
    return item.text() if item is not None else ""
