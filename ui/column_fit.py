"""List columns that fit the width the list has: dates, statuses and other short columns keep
their width, text columns (titles, names, organizations) give way down to their heading's
width, and their cells end in "…". So the last column ("Recorded by") stays on screen at
1280 px with the editor open, and a list only scrolls sideways when even that cannot fit.

Once the officer drags a column edge, their widths are kept as they set them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

PADDING = 28  # a heading's margins and its sort arrow


def fitted(preferred: Sequence[int], floors: Sequence[int], elastic: Sequence[bool], width: int) -> list[int]:
    """Column widths within `width`: as preferred when there is room (the first elastic
    column takes what is left over), else elastic ones shrunk in proportion to their floors."""
    widths = list(preferred)
    fixed = sum(w for w, e in zip(preferred, elastic, strict=True) if not e)
    wanted = sum(w for w, e in zip(preferred, elastic, strict=True) if e)
    room = width - fixed
    if wanted == 0:
        return widths
    if room >= wanted:
        first = elastic.index(True)
        widths[first] += room - wanted
        return widths
    # Shrink in proportion; a column that would go below its floor stays at it and the
    # others share what is left, until none goes below (each pass fixes at least one).
    shrinking = [i for i, is_elastic in enumerate(elastic) if is_elastic]
    while shrinking:
        at_floor = [i for i in range(len(widths)) if elastic[i] and i not in shrinking]
        share = max(room - sum(floors[i] for i in at_floor), 0)
        scale = share / sum(preferred[i] for i in shrinking)
        below = [i for i in shrinking if preferred[i] * scale < floors[i]]
        if not below:
            for i in shrinking:
                widths[i] = int(preferred[i] * scale)
            break
        for i in below:
            widths[i] = floors[i]
        shrinking = [i for i in shrinking if i not in below]
    return widths


class ColumnFit(QObject):
    """Keeps a table's columns fitted to its viewport until the officer resizes one."""

    def __init__(self, table: QTableView, preferred: Sequence[int], elastic: Sequence[bool]) -> None:
        super().__init__(table)
        self.table = table
        self.preferred = list(preferred)
        self.elastic = list(elastic)
        self.manual = False  # the officer set a width: leave the columns alone
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)
        self.fit()

    def needed(self) -> int:
        """The width the columns want (the list's share of a splitter)."""
        return (
            sum(self.preferred)
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
        )

    def floor_width(self) -> int:
        """The narrowest the list can be with every heading readable."""
        return (
            sum(self.floors())
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
        )

    def floors(self) -> list[int]:
        """The narrowest each column gets: its heading readable."""
        model = self.table.model()
        metrics = self.table.horizontalHeader().fontMetrics()
        heads = [
            str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(len(self.preferred))
        ]
        return [
            min(metrics.horizontalAdvance(h) + PADDING, p) for h, p in zip(heads, self.preferred, strict=True)
        ]

    def fit(self) -> None:
        """Set the widths for the viewport's width now (unless the officer chose them)."""
        if self.manual:
            return
        widths = fitted(self.preferred, self.floors(), self.elastic, self.table.viewport().width())
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.manual = True
