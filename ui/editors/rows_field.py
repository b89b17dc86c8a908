"""A field made of typed rows: a contact's phone numbers and addresses. Each row is a kind
and one or more texts; each text box asks for the width its text needs (a whole phone
number or email address), so a narrow editor puts the rows under their caption instead of
cutting them to a dozen characters. (A meeting's points have their own field:
ui.editors.points_field.)"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.editors.fields import Field
from ui.i18n import tr as _tr
from ui.icons import icon

FIT_MIN_CHARS = 8  # an empty box still shows its placeholder's start
FIT_MAX_CHARS = 44  # a longer text scrolls inside its box rather than widening the form


class FitLineEdit(QLineEdit):
    """A line edit whose size hints follow its text: it asks for the width the text (or
    placeholder) needs, up to FIT_MAX_CHARS characters, and never shrinks below the first
    `least_chars` of it (so a phone number stays whole in a narrow editor)."""

    def __init__(self, least_chars: int = FIT_MIN_CHARS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.least_chars = least_chars
        self.textChanged.connect(lambda _text: self.updateGeometry())

    def _width(self, chars: int) -> int:
        metrics = self.fontMetrics()
        wanted = metrics.horizontalAdvance(self.text() or self.placeholderText())
        low, high = (metrics.averageCharWidth() * n for n in (FIT_MIN_CHARS, chars))
        margins = self.textMargins()
        # Frame, inner padding and the cursor: what QLineEdit adds around the text.
        return max(low, min(high, wanted)) + margins.left() + margins.right() + 14

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width(FIT_MAX_CHARS), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width(self.least_chars), super().minimumSizeHint().height())


class _Row(QWidget):
    def __init__(
        self,
        kinds: Mapping[str, str],
        texts: Sequence[tuple[str, str, int]],
        owner: RowsField,
        least_chars: Mapping[str, int],
    ) -> None:
        super().__init__(owner)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for slug, label in kinds.items():
            self.kind.addItem(QCoreApplication.translate("vocab", label), slug)
        self.kind.currentIndexChanged.connect(owner.changed)
        self.texts: dict[str, FitLineEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        for key, placeholder, stretch in texts:
            edit = FitLineEdit(least_chars.get(key, FIT_MIN_CHARS), self)
            edit.setPlaceholderText(placeholder)
            edit.setObjectName(key)
            edit.updateGeometry()
            edit.textChanged.connect(owner.changed)
            self.texts[key] = edit
            layout.addWidget(edit, stretch)
        remove = QToolButton(self)
        remove.setIcon(icon("delete"))
        remove.setToolTip(_tr("Remove this line"))
        remove.setAccessibleName(_tr("Remove this line"))
        remove.setObjectName("remove")
        remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # every button in the form takes focus
        remove.clicked.connect(lambda: owner.remove_row(self))
        layout.addWidget(remove)
        self.remove = remove

    def tab_widgets(self) -> list[QWidget]:
        """Kind, each text, Remove: as the row reads."""
        return [self.kind, *self.texts.values(), self.remove]

    def value(self) -> dict[str, str]:
        return {"kind": str(self.kind.currentData())} | {key: edit.text() for key, edit in self.texts.items()}

    def is_blank(self) -> bool:
        return not any(edit.text().strip() for edit in self.texts.values())

    def set_value(self, value: Mapping[str, Any]) -> None:
        index = self.kind.findData(value.get("kind"))
        self.kind.setCurrentIndex(max(index, 0))
        for key, edit in self.texts.items():
            edit.setText(str(value.get(key, "")))
            edit.setCursorPosition(0)


class RowsField(Field):
    """A list of (kind, text...) rows with Add and Remove; `texts` are (key, placeholder,
    stretch) and `least_chars` the width per key a box never shrinks below."""

    def __init__(
        self,
        kinds: Mapping[str, str],
        texts: Sequence[tuple[str, str, int]],
        *,
        add_label: str,
        least_chars: Mapping[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Per text key, how many characters a box keeps however narrow the editor gets.
        self.least_chars = dict(least_chars or {})
        self.kinds = dict(kinds)
        self.texts = tuple(texts)
        self.rows: list[_Row] = []
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("add"), add_label, self)
        self.add_button.setAutoDefault(False)
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(lambda: self.add_row().kind.setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, value: Mapping[str, Any] | None = None) -> _Row:
        """Append a row (blank, or showing `value`)."""
        row = _Row(self.kinds, self.texts, self, self.least_chars)
        if value is not None:
            row.set_value(value)
        self.rows.append(row)
        self.box.addWidget(row)
        self.changed.emit()
        return row

    def remove_row(self, row: _Row) -> None:
        """Drop one row; the cursor goes to its neighbour (or to Add)."""
        index = self.rows.index(row)
        focused = QApplication.focusWidget()
        had_focus = focused is not None and row.isAncestorOf(focused)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        if had_focus:  # removed from the keyboard: stay in the field, not at the window's start
            target = self.rows[min(index, len(self.rows) - 1)].kind if self.rows else self.add_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def value(self) -> Any:
        # Blank rows are the user's scratch space, not data.
        return [row.value() for row in self.rows if not row.is_blank()]

    def set_value(self, value: Any) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        for item in value or []:
            self.add_row(item)

    def focus_target(self) -> QWidget:
        return self.rows[0].kind if self.rows else self.add_button

    def tab_widgets(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.tab_widgets()] + [self.add_button]
