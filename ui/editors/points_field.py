"""A meeting's points as the body of the minutes: each point its type and a wrapping,
multi-line text that grows with what is typed, in an order the officer sets (the Up and
Down buttons, or Alt+Up / Alt+Down from anywhere in the point). Ctrl+Enter in a point
starts the next one below it, so minutes can be typed straight through."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.editors.fields import Field
from ui.i18n import tr as _tr
from ui.icons import icon

MIN_LINES = 2  # room to start typing a sentence without the box looking like a line edit
MAX_LINES = 14  # beyond that the point scrolls inside its box, the form stays navigable


class PointText(QPlainTextEdit):
    """Wrapping text whose height follows its content (between MIN_LINES and MAX_LINES)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on through the form, as in every field
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _fit(self) -> None:
        lines = max(MIN_LINES, min(MAX_LINES, int(self.document().size().height())))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + frame + 2)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()  # a narrower box wraps into more lines


class _KindBox(QComboBox):
    """A point's type that the mouse wheel changes only once chosen: scrolling through a
    long meeting over the boxes scrolls the form instead of retyping the points."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the scroll area


class PointRow(QFrame):
    """One point: number, type, Up / Down / Remove on top, its text below."""

    move_requested = Signal(object, int)  # the row, -1 (up) or +1 (down)
    remove_requested = Signal(object)
    next_requested = Signal(object)  # Ctrl+Enter: a new point right after this one

    def __init__(self, kinds: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel(self)
        self.kind = _KindBox(self)
        self.kind.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for slug, label in kinds.items():
            # The registry names point types in English; the catalogue has them under "vocab".
            self.kind.addItem(QCoreApplication.translate("vocab", label), slug)
        self.kind.setToolTip(_tr("Type of point"))
        self.text = PointText(self)
        self.text.setPlaceholderText(_tr("What was found, decided, asked… (Ctrl+Enter: next point)"))
        style = self.style()
        self.up = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), _tr("Move up (Alt+Up)"))
        self.down = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), _tr("Move down (Alt+Down)")
        )
        self.remove = self._button(icon("delete"), _tr("Remove this point"))
        for name, widget in (("kind", self.kind), ("text", self.text), ("up", self.up), ("down", self.down)):
            widget.setObjectName(name)
        self.remove.setObjectName("remove")
        self.up.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.number)
        top.addWidget(self.kind)
        top.addStretch(1)
        for button in (self.up, self.down, self.remove):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.text)
        for widget in (self.kind, self.text, self.up, self.down, self.remove):
            widget.installEventFilter(self)

    def _button(self, glyph: Any, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(glyph)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # every button in the form takes focus
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Alt+Up / Alt+Down move the point wherever the cursor is in it.
        if self._is_next_key(event):
            self.next_requested.emit(self)
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_requested.emit(self, -1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_next_key(event: QEvent) -> bool:
        return (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )

    def tab_widgets(self) -> list[QWidget]:
        """Type, text, Up, Down, Remove: the point's parts as Tab visits them."""
        return [self.kind, self.text, self.up, self.down, self.remove]

    def value(self) -> dict[str, str]:
        """The point as stored: its type slug and its text."""
        return {"kind": str(self.kind.currentData()), "text": self.text.toPlainText()}

    def is_blank(self) -> bool:
        """A point with no text yet (scratch space, not data)."""
        return not self.text.toPlainText().strip()

    def set_value(self, value: Mapping[str, Any]) -> None:
        """Show a stored point."""
        self.kind.setCurrentIndex(max(self.kind.findData(value.get("kind")), 0))
        self.text.setPlainText(str(value.get("text", "")))


class PointsField(Field):
    """The meeting's points, in order, with Add point under the last one."""

    def __init__(self, kinds: Mapping[str, str], *, add_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = dict(kinds)
        self.rows: list[PointRow] = []
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("add"), add_label, self)
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(_tr("Add a point at the end"))
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(lambda: self.add_row().text.setFocus(Qt.FocusReason.OtherFocusReason))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, value: Mapping[str, Any] | None = None, *, at: int | None = None) -> PointRow:
        """Add a point (blank, or showing `value`) at the end, or at position `at`."""
        row = PointRow(self.kinds, self)
        if value is not None:
            row.set_value(value)
        row.kind.currentIndexChanged.connect(self.changed)
        row.text.textChanged.connect(self.changed)
        row.move_requested.connect(self.move_row)
        row.remove_requested.connect(self.remove_row)
        row.next_requested.connect(self._add_after)
        index = len(self.rows) if at is None else at
        self.rows.insert(index, row)
        self.box.insertWidget(index, row)
        self._renumber()
        self.changed.emit()
        return row

    def _add_after(self, row: PointRow) -> None:
        # The new point takes the type of the one before: findings tend to come in runs.
        kind = row.kind.currentData()
        new = self.add_row({"kind": kind, "text": ""}, at=self.rows.index(row) + 1)
        new.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal(new)

    def move_row(self, row: PointRow, step: int) -> None:
        """Move `row` one place up (-1) or down (+1); the cursor stays in it."""
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        focused = row.focusWidget() or row.text
        self.rows.insert(target, self.rows.pop(index))
        self.box.removeWidget(row)
        self.box.insertWidget(target, row)
        self._renumber()
        focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal(row)
        self.changed.emit()

    def _reveal(self, row: PointRow) -> None:
        # A point moved or added by keyboard stays in sight in the editor's scroll area,
        # once the layout has placed it (hence after the events now queued).
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        if widget is not None:
            area = widget
            QTimer.singleShot(0, row, lambda: area.ensureWidgetVisible(row, 0, 8))

    def remove_row(self, row: PointRow) -> None:
        """Drop one point; the cursor goes to its neighbour (or to Add point)."""
        index = self.rows.index(row)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._renumber()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].text.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _renumber(self) -> None:
        # Tab follows the order on screen, not the order the rows were created in: from
        # the field above, through each point, to Add point (rows made after the form was
        # built would otherwise come last of all, after Save).
        previous = self._widget_before()
        for number, row in enumerate(self.rows, 1):
            row.number.setText(_tr("%1.").replace("%1", str(number)))
            row.up.setEnabled(number > 1)
            row.down.setEnabled(number < len(self.rows))
            for widget in (row.kind, row.text, row.up, row.down, row.remove):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)

    def _widget_before(self) -> QWidget | None:
        # Qt orders Tab only between focusable widgets, and this field itself takes no
        # focus: anchor on the nearest focusable widget before it, outside it.
        widget = self.previousInFocusChain()
        while widget is not None and widget is not self:
            takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if takes_tab and not self.isAncestorOf(widget) and widget.window() is self.window():
                return widget
            widget = widget.previousInFocusChain()
        return None

    def value(self) -> Any:
        return [row.value() for row in self.rows if not row.is_blank()]

    def set_value(self, value: Any) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        for item in value or []:
            self.add_row(item)
        self._renumber()

    def focus_target(self) -> QWidget:
        return self.rows[0].text if self.rows else self.add_button

    def tab_widgets(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.tab_widgets()] + [self.add_button]
