# mypy: disable-error-code="no-untyped-call"
"""The side bar: the selected entry's icon stays visible against its row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from ui.sidebar import Sidebar


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_given_a_selected_entry_when_drawn_then_its_icon_stands_out_from_the_row(qtbot: QtBot) -> None:
    bar = Sidebar()
    qtbot.addWidget(bar)
    bar.add_entry("contacts", "Contacts", "contact")
    bar.add_entry("orgs", "Organizations", "organization")
    bar.resize(190, 120)
    bar.show()
    bar.setCurrentRow(1)
    qtbot.keyClick(bar, Qt.Key.Key_Up)  # a user moves to the entry from the keyboard
    assert bar.currentRow() == 0
    image = bar.grab().toImage()
    rect = bar.visualItemRect(bar.item(0))
    row_background = image.pixelColor(rect.right() - 4, rect.center().y())
    icon_area = [
        image.pixelColor(x, y)
        for x in range(rect.left(), rect.left() + 40)
        for y in range(rect.top(), rect.bottom())
    ]
    # the icon's strokes differ clearly from the row behind them
    assert max(_distance(pixel, row_background) for pixel in icon_area) > 150
    assert _distance(row_background, bar.palette().highlight().color()) > 150
