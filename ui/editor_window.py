"""A list page's editor taken out into its own window, so a long record (a full meeting)
reads like a document, and put back when that window closes.

The editor stays one widget with one state: detaching moves it, it does not copy it, so
unsaved edits, the unsaved-changes guard and the list's selection keep working. While it
is away, the page shows a note with a button that brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.editors.base import RecordEditor
from ui.i18n import tr as _tr

WINDOW_SIZE = (860, 900)


class EditorWindow(QWidget):
    """A top-level window holding an editor; `closing` fires before it lets go of it."""

    closing = Signal()

    def __init__(self, editor: RecordEditor, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.editor = editor
        self.box = QVBoxLayout(self)
        self.box.addWidget(editor)
        editor.show()  # the stack it came from had it hidden or current; here it is the window
        # The main window's shortcuts do not reach another window: save from here too.
        QShortcut(QKeySequence.StandardKey.Save, self, editor.save)
        self.resize(*WINDOW_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closing.emit()
        event.accept()


class Detacher(QObject):
    """Moves `editor` between its place in `stack` and a window of its own. An editor that
    offers it (the meeting's) asks with its `detach_requested` signal, which toggles, and
    hears where it is through `detached_changed`."""

    detached_changed = Signal(bool)

    def __init__(self, stack: QStackedWidget, editor: RecordEditor) -> None:
        super().__init__(stack)
        self.stack = stack
        self.editor = editor
        self.window: EditorWindow | None = None
        self.note = QWidget(stack)
        label = QLabel(_tr("This record is open in its own window."), self.note)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        back = QPushButton(_tr("&Bring it back here"), self.note)
        back.clicked.connect(self.attach)
        column = QVBoxLayout(self.note)
        column.addStretch(1)
        column.addWidget(label)
        column.addWidget(back, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        stack.addWidget(self.note)
        editor.saved.connect(self._retitle)  # a new record gets its name once saved
        requested = getattr(editor, "detach_requested", None)
        if requested is not None:
            requested.connect(self.toggle)
        shown = getattr(editor, "show_detached", None)
        if shown is not None:
            self.detached_changed.connect(shown)

    def is_detached(self) -> bool:
        """Whether the editor is in its own window now."""
        return self.window is not None

    def detach(self) -> None:
        """Put the editor in its own window (or raise that window if it already is)."""
        if self.window is None:
            self.stack.removeWidget(self.editor)
            self.window = EditorWindow(self.editor, self.stack.window())
            self.window.closing.connect(self._window_closing)
            self.stack.setCurrentWidget(self.note)
            self.detached_changed.emit(True)
        self.show_editor()

    def toggle(self) -> None:
        """Detach, or put back if detached."""
        if self.window is None:
            self.detach()
        else:
            self.attach()

    def attach(self) -> None:
        """Put the editor back in its page (closing its window)."""
        if self.window is not None:
            self.window.close()

    def show_editor(self) -> None:
        """Make the editor visible wherever it is; its window is titled after the record."""
        if self.window is None:
            self.stack.setCurrentWidget(self.editor)
            return
        self._retitle()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def is_showing_editor(self) -> bool:
        """Whether the editor (not the placeholder) is what the user sees."""
        return self.window is not None or self.stack.currentWidget() is self.editor

    def show_placeholder(self, placeholder: QWidget) -> None:
        """Bring the editor back and show `placeholder` in its place (nothing is open)."""
        self.attach()
        self.stack.setCurrentWidget(placeholder)

    def _retitle(self) -> None:
        if self.window is not None:
            self.window.setWindowTitle(self.editor.heading.text())

    def _window_closing(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        window.box.removeWidget(self.editor)
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self.editor.show()
        window.deleteLater()
        self.detached_changed.emit(False)
