"""The parts a list screen (Trash, Review) is made of: its heading, its one-paragraph
introduction, the red line of a refusal, the note shown when it has nothing to list, and
its table of records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QWidget

ERROR_STYLE = "color: #c0392b;"


def heading(text: str, parent: QWidget) -> QLabel:
    """The screen's name, larger and bold."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def intro(text: str, parent: QWidget) -> QLabel:
    """A paragraph saying what the screen is for, wrapped."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def error_line(parent: QWidget) -> QLabel:
    """A hidden red line for a refusal."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def empty_note(text: str, parent: QWidget) -> QLabel:
    """The centred, greyed note shown instead of an empty table."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def record_table(table: QTreeWidget, headers: list[str], selection: QAbstractItemView.SelectionMode) -> None:
    """Set up `table` as a flat list of records whose second column (the title) stretches."""
    table.setHeaderLabels(headers)
    table.setRootIsDecorated(False)
    table.setSelectionMode(selection)
    table.setUniformRowHeights(True)
    table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.header().setStretchLastSection(False)
