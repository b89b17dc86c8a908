"""The side bar that switches between screens (with a count badge, e.g. open conflicts),
and an empty state for screens with nothing to show."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.i18n import tr as _tr
from ui.icons import icon

_LABEL = Qt.ItemDataRole.UserRole + 1

# The icons are drawn in the highlight blue, so a highlight-filled selected row hid them
# (blue on blue): the selected row gets a light fill and a highlight bar at its left edge.
SIDEBAR_STYLE = (
    "QListWidget { background: palette(window); }"
    " QListWidget::item { padding: 6px; border-left: 3px solid transparent; }"
    " QListWidget::item:selected { background: palette(base); color: palette(text);"
    " border-left: 3px solid palette(highlight); }"
)


def _untinted(source: QIcon) -> QIcon:
    """`source` with its normal pixmap also used when selected, so the style does not tint it."""
    result = QIcon(source)
    for size in (QSize(22, 22), QSize(44, 44)):
        result.addPixmap(source.pixmap(size), QIcon.Mode.Selected)
    return result


class Sidebar(QListWidget):
    """One entry per screen; the row is the index of the screen in the main stack. Tab
    never lands here (the screens keep it); F6 or a click does, and Enter goes on into
    the screen."""

    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(22, 22))
        self.setSpacing(2)
        self.setFixedWidth(190)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setStyleSheet(SIDEBAR_STYLE)
        self.setObjectName("sidebar")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached by F6 or a click, not by Tab

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)

    def add_entry(self, key: str, label: str, icon_name: str) -> None:
        """Append a screen's entry."""
        item = QListWidgetItem(_untinted(icon(icon_name)), label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(_LABEL, label)
        item.setToolTip(_tr("{label} (Ctrl+{number})").format(label=label, number=self.count() + 1))
        self.addItem(item)

    def set_badge(self, key: str, count: int) -> None:
        """Show `count` after the entry's label (e.g. open conflicts); 0 shows the label alone."""
        for row in range(self.count()):
            item = self.item(row)
            if self.key_at(row) == key:
                label = str(item.data(_LABEL))
                badge = _tr("{label}  ({count})").format(label=label, count=count)
                item.setText(badge if count else label)
                font = item.font()
                font.setBold(count > 0)  # something waits for the officer there
                item.setFont(font)

    def label_at(self, row: int) -> str:
        """The entry's label without its badge."""
        item = self.item(row)
        return str(item.data(_LABEL)) if item else ""

    def key_at(self, row: int) -> str:
        """The screen key of `row`."""
        item = self.item(row)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""


class EmptyState(QWidget):
    """A screen that explains why it is empty and what will fill it."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = QLabel(self)
        picture.setPixmap(icon(icon_name).pixmap(QSize(64, 64)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(480)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.heading = heading
        self.body = body
