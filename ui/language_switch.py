"""Switching the interface language in a running session: the main window is built again
in the new language and takes over what the old one showed — the screen, the record open in
each list, detached editors, and every unsaved edit (still unsaved: nothing is saved or lost
by a switch). Qt widgets do not re-read their texts, so rebuilding is the one sure way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from liaison_app.translations import Language
from ui import language, worker
from ui.editors.base import CarriedEdit
from ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class OpenList:
    """One list screen as it was left: its editor's state, whether it was on show and detached."""

    kind: str
    edit: CarriedEdit | None  # None: no record open in the editor
    detached: bool


@dataclass(frozen=True, slots=True)
class WindowState:
    """What a rebuilt window takes over from the one it replaces."""

    screen: str | None  # the side bar's key of the screen on show
    lists: tuple[OpenList, ...]


def capture(window: MainWindow) -> WindowState:
    """The screen on show and every list's editor, as the officer left them."""
    lists = []
    for kind, page in window.lists.items():
        showing = page.detacher.is_showing_editor() or page.detacher.is_detached()
        edit = page.editor.carry() if showing else None
        lists.append(OpenList(kind, edit, page.detacher.is_detached()))
    row = window.sidebar.currentRow()
    screen = window.sidebar.key_at(row) if row >= 0 else None
    return WindowState(screen, tuple(lists))


def restore(window: MainWindow, state: WindowState) -> None:
    """Show `state` in `window` (a freshly built one)."""
    for open_list in state.lists:
        page = window.lists[open_list.kind]
        if open_list.edit is None:
            continue
        page.editor.resume(open_list.edit)
        page.detacher.show_editor()
        if open_list.edit.record_id is not None:
            page.open_record(open_list.edit.record_id)  # selects its row; the editor keeps the edits
        if open_list.detached:
            page.detacher.detach()
    if state.screen is not None:
        window.go_to(state.screen)


def switch(window: MainWindow, to: Language) -> MainWindow:
    """Speak `to` from now on: a new main window in it, showing what `window` showed."""
    state = capture(window)
    language.apply(to)
    rebuilt = MainWindow(window.ctx, remember_geometry=window.remember_geometry)
    rebuilt.restoreGeometry(window.saveGeometry())
    restore(rebuilt, state)
    window.retire()
    rebuilt.show()
    return rebuilt


_RETRY_MS = 250


class WindowHost(QObject):
    """Keeps the session's one main window, replacing it when the officer picks a language."""

    replaced = Signal(object)  # the new MainWindow

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.ctx)
        self.window = window
        window.language_chosen.connect(self._switch)

    def _switch(self, to: object) -> None:
        if not isinstance(to, Language) or to is language.current():
            return
        if worker.running():
            # A job (a sync, an export) reports to this window's widgets: switch once it ends.
            QTimer.singleShot(_RETRY_MS, lambda: self._switch(to))
            return
        self.window = switch(self.window, to)
        self.window.language_chosen.connect(self._switch)
        self.replaced.emit(self.window)
