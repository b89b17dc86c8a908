"""The side bar that switches between screens, and the honest empty state used by the
screens whose services have not arrived yet."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.icons import icon


class Sidebar(QListWidget):
    """One entry per screen; the row is the index of the screen in the main stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(22, 22))
        self.setSpacing(2)
        self.setFixedWidth(190)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setStyleSheet("QListWidget { background: palette(window); } QListWidget::item { padding: 6px; }")

    def add_entry(self, key: str, label: str, icon_name: str) -> None:
        """Append a screen's entry."""
        item = QListWidgetItem(icon(icon_name), label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(f"{label} (Ctrl+{self.count() + 1})")
        self.addItem(item)

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
