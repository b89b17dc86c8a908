"""A one-line label that gives up width gracefully: too narrow for its text, it ends at the
last whole word that fits with "…", and its tool tip gives the whole line.

For the status bar, whose parts (identity, undo note, sync status) together are wider than
a small window: plain labels would hold the window wide or be cut mid-word.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"
MIN_CHARS = 6  # how narrow it may get: a few characters and the ellipsis


def elided(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` cut to `width` pixels at a word boundary, ending in "…" ("" if nothing fits)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width).removesuffix(ELLIPSIS)
    if not text[len(cut) : len(cut) + 1].isspace():
        # Mid-word: back to the end of the previous word (separators such as "·" go too);
        # only a first word wider than the label is cut inside.
        words = cut.rsplit(" ", 1)
        cut = words[0] if len(words) > 1 else cut
    cut = cut.rstrip(" ·,;:—-")
    return cut + ELLIPSIS if cut else ""


class ElidedLabel(QLabel):
    """A QLabel for one line of plain text that may be narrower than its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setWordWrap(False)

    def set_details(self, details: str) -> None:
        """A tool tip of its own (the whole line is put above it while the text is cut)."""
        self._details = details
        self._update_tip()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._update_tip()

    def clear(self) -> None:
        """No text (and no tool tip from it)."""
        self.setText("")

    def shown_text(self) -> str:
        """The text as painted at the current width."""
        return elided(self.text(), self.fontMetrics(), self.contentsRect().width())

    def is_elided(self) -> bool:
        """Whether the text is cut at the current width."""
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().averageCharWidth() * MIN_CHARS
        return QSize(min(hint.width(), narrow), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.pixmap() is not None and not self.pixmap().isNull():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(self.alignment() | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextSingleLine)
        painter.drawText(self.contentsRect(), flags, self.shown_text())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        parts = [self.text()] if self.text() and self.is_elided() else []
        if self._details:
            parts.append(self._details)
        self.setToolTip("\n\n".join(parts))
