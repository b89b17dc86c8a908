"""Field widgets shared by the editors. Each shows one record field and hands back what
the user typed, unchecked: services validate, and the editor shows their message next
to the field that caused it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class Field(QWidget):
    """A form field: `value()` / `set_value()`, and `changed` whenever the user edits."""

    changed = Signal()

    def value(self) -> Any:
        """What the field holds now, as the service expects it."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored value."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The widget that takes focus when this field has an error."""
        return self

    def tab_widgets(self) -> list[QWidget]:
        """The widgets Tab visits in this field, in the order they are seen (a field made
        of rows lists each row's parts; the default: its focusable parts as created)."""
        own = [self.focus_target()]
        return own + [w for w in self.findChildren(QWidget) if w not in own and takes_tab_focus(w)]


def takes_tab_focus(widget: QWidget) -> bool:
    """Whether `widget` is one Tab stops at (by its focus policy; shown or not)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _bare(layout: QHBoxLayout | QVBoxLayout) -> None:
    layout.setContentsMargins(0, 0, 0, 0)


class LineField(Field):
    """One line of text."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        _bare(layout)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # show the start of long text, not its end

    def focus_target(self) -> QWidget:
        return self.edit

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit]


class OptionalTextField(LineField):
    """Text that is stored as nothing when empty (coordinates)."""

    def value(self) -> Any:
        return self.edit.text().strip() or None


class ListTextField(LineField):
    """A short list typed with commas (tags, sectors, languages)."""

    def value(self) -> Any:
        return [part.strip() for part in self.edit.text().split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.edit.setText(", ".join(value or []))
        self.edit.setCursorPosition(0)


class NotesField(Field):
    """Several lines of text; Tab moves on rather than typing a tab."""

    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        _bare(layout)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit]


class ChoiceField(Field):
    """One of a fixed set of slugs, shown by label."""

    def __init__(self, options: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.set_options(options)
        self.combo.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        _bare(layout)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)

    def set_options(self, options: Mapping[str, str]) -> None:
        """Replace the choices, keeping the current one if it is still offered."""
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for slug, label in options.items():
            # Vocabulary labels come from liaison_app.vocab in English; the catalogue has them.
            self.combo.addItem(QCoreApplication.translate("vocab", label), slug)
        self.combo.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value:
            # A value this profile no longer offers (e.g. a marking from another
            # officer's list) is shown as it is rather than silently replaced.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo

    def tab_widgets(self) -> list[QWidget]:
        return [self.combo]


class CheckField(Field):
    """A yes/no box."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(text, self)
        self.box.toggled.connect(self.changed)
        layout = QHBoxLayout(self)
        _bare(layout)
        layout.addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def focus_target(self) -> QWidget:
        return self.box

    def tab_widgets(self) -> list[QWidget]:
        return [self.box]
