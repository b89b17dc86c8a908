"""Sort arrows follow the platforms' convention: ascending (A to Z) points up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableWidget
from pytestqt.qtbot import QtBot

from ui.header_arrows import SortArrowStyle


def _arrow_points_up(header: QHeaderView) -> bool:
    """Whether the dark triangle in the sorted section is wider at its bottom than its top."""
    image = header.grab().toImage()
    rows = []
    for y in range(image.height()):
        # the right end of the section, where the arrow sits (the label is at the left)
        dark = [
            x
            for x in range(header.sectionSize(0) - 25, header.sectionSize(0))
            if image.pixelColor(x, y).lightness() < 120
        ]
        if dark:
            rows.append(len(dark))
    assert len(rows) >= 2, "no arrow drawn"
    return rows[-1] > rows[0]


def _sorted_table(qtbot: QtBot, order: Qt.SortOrder) -> QTableWidget:
    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Name"])
    style = SortArrowStyle(QApplication.style().name())
    table.setStyle(style)
    header = table.horizontalHeader()
    header.setStyle(style)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(0, order)
    table.resize(300, 120)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_given_an_ascending_sort_then_the_arrow_points_up(qtbot: QtBot) -> None:
    table = _sorted_table(qtbot, Qt.SortOrder.AscendingOrder)
    assert _arrow_points_up(table.horizontalHeader())


def test_given_a_descending_sort_then_the_arrow_points_down(qtbot: QtBot) -> None:
    table = _sorted_table(qtbot, Qt.SortOrder.DescendingOrder)
    assert not _arrow_points_up(table.horizontalHeader())
