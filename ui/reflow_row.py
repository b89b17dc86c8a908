"""Boxes side by side while the screen is wide enough for them, one under the other when
it is not: a small window keeps every box whole instead of forcing the window wider."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ReflowRow(QWidget):
    """A row of widgets (with stretch factors) that stacks into a column below the width
    their minimums need side by side; its minimum width is that of the widest one."""

    def __init__(self, widgets: Sequence[tuple[QWidget, int]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.widgets: list[QWidget] = []
        self.set_widgets(widgets)

    def set_widgets(self, widgets: Sequence[tuple[QWidget, int]]) -> None:
        """Show these widgets (with their stretch factors) instead of the ones before, which
        are taken out of the row but not deleted."""
        for old in self.widgets:
            self.box.removeWidget(old)
        self.widgets = [w for w, _ in widgets]
        for widget, stretch in widgets:
            self.box.addWidget(widget, stretch)
        self._follow_width(self.width())

    def side_by_side(self) -> bool:
        """Whether the widgets are in one row now."""
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def row_width(self) -> int:
        """The width the widgets need side by side."""
        spacing = self.box.spacing() * (len(self.widgets) - 1)
        return sum(w.minimumSizeHint().width() for w in self.widgets if not w.isHidden()) + spacing

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        shown = [w.minimumSizeHint() for w in self.widgets if not w.isHidden()]
        width = max((size.width() for size in shown), default=0)
        if self.side_by_side():
            return QSize(width, max((size.height() for size in shown), default=0))
        spacing = self.box.spacing() * max(len(shown) - 1, 0)
        return QSize(width, sum(size.height() for size in shown) + spacing)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._follow_width(event.size().width())
        super().resizeEvent(event)

    def _follow_width(self, width: int) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= self.row_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
            self.updateGeometry()  # taller stacked: the page makes room
