"""The note under the name of a NEW contact or organization that looks like one already
stored ("Jean Mukendi, WFP — already here?"), with a button to open the existing one and
one to merge what was typed into it (the new record is saved, then merged: ui/merge_dialog).

It never blocks saving. It looks a moment after the officer stops typing (DEBOUNCE_MS),
through `duplicates.likely_existing`, which reads only indexes; the matching libraries
are imported on the first look, not when the app starts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from liaison_app.kinds import Kind
from liaison_app.translations import fill as _fill
from ui.context import AppContext
from ui.editors.fields import LineField
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from liaison_app.services.duplicates import Draft, Existing
    from ui.editors.base import RecordEditor

DEBOUNCE_MS = 300
NOTE_STYLE = "color: #8a5a00;"


def reason_text(reason: str) -> str:
    """Why a stored record looks like the draft, in words (a tooltip)."""
    words = {
        "SAME_PHONE": _tr("Same phone number"),
        "SAME_EMAIL": _tr("Same email address"),
        "SAME_NAME_SAME_ORG": _tr("Same name, same organization"),
        "SIMILAR_NAME_SAME_ORG": _tr("Similar name, same organization"),
        "SAME_NAME": _tr("Same name"),
        "SAME_ACRONYM": _tr("Same acronym"),
        "SIMILAR_NAME": _tr("Similar name"),
    }
    return words.get(reason, reason)


class DuplicateNote(QWidget):
    """Up to three lines "NAME, ORG — already here?" [Open], hidden when nothing matches."""

    open_requested = Signal(str, str)  # kind, id
    merge_requested = Signal(str, str)  # kind, id of the stored record to merge the new one into

    def __init__(self, ctx: AppContext, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.matches: tuple[Existing, ...] = ()
        self._values: Mapping[str, Any] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.look)
        self._lines = QVBoxLayout(self)
        self._lines.setContentsMargins(0, 2, 0, 0)
        self._lines.setSpacing(2)
        self.open_buttons: list[QPushButton] = []
        self.merge_buttons: list[QPushButton] = []
        self.hide()

    def schedule(self, values: Mapping[str, Any]) -> None:
        """Look again DEBOUNCE_MS after the last call (each keystroke restarts the wait)."""
        self._values = dict(values)
        self.timer.start()

    def clear(self) -> None:
        """Forget the draft and hide (a record was loaded or saved)."""
        self.timer.stop()
        self._show(())

    def look(self) -> None:
        """Find the stored records the draft looks like, and show them."""
        draft = self._draft()
        if draft is None or self.ctx.is_locked:
            self._show(())
            return
        from liaison_app.services import duplicates  # rapidfuzz, phonenumbers: on first use

        self._show(duplicates.likely_existing(self.ctx.store, self.kind, draft))

    def _draft(self) -> Draft | None:
        from liaison_app.services.duplicates import Draft

        values = self._values
        if self.kind is Kind.ORG:
            name = str(values.get("name") or "").strip()
            return Draft(name, acronym=str(values.get("acronym") or "")) if name else None
        name = str(values.get("full_name") or "").strip()
        if not name:
            return None
        points = [p for p in values.get("contact_points") or [] if isinstance(p, Mapping)]
        return Draft(
            name,
            organization_id=values.get("organization_id") or None,
            phones=tuple(str(p.get("value", "")) for p in points if p.get("kind") == "phone"),
            emails=tuple(str(p.get("value", "")) for p in points if p.get("kind") == "email"),
        )

    def _show(self, matches: Sequence[Existing]) -> None:
        self.matches = tuple(matches)
        while self._lines.count():
            item = self._lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.open_buttons, self.merge_buttons = [], []
        for match in self.matches:
            opened, merged = self._add_line(match)
            self.open_buttons.append(opened)
            self.merge_buttons.append(merged)
        self.setVisible(bool(self.matches))

    def _add_line(self, match: Existing) -> tuple[QPushButton, QPushButton]:
        line = QWidget(self)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.note_text(match), line)
        label.setStyleSheet(NOTE_STYLE)
        label.setToolTip(reason_text(match.reason.value))
        label.setWordWrap(True)
        button = QPushButton(_tr("Open"), line)
        button.setToolTip(_tr("Open the stored record instead"))
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _=False, i=match.id: self.open_requested.emit(self.kind.value, i))
        merge = QPushButton(_tr("Merge…"), line)
        merge.setToolTip(_tr("Save this one, then merge it into the stored record"))
        merge.setAutoDefault(False)
        merge.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        merge.clicked.connect(lambda _=False, i=match.id: self.merge_requested.emit(self.kind.value, i))
        row.addWidget(label, 1)
        row.addWidget(button)
        row.addWidget(merge)
        self._lines.addWidget(line)
        return button, merge

    def note_text(self, match: Existing) -> str:
        """ "Jean Mukendi, WFP — already here?" (or without the organization)."""
        if match.organization:
            return _fill(_tr("%1, %2 — already here?"), match.name, match.organization)
        return _fill(_tr("%1 — already here?"), match.name)


def watch(editor: RecordEditor, note: DuplicateNote, fields: Sequence[str]) -> None:
    """Have `note` look whenever one of `fields` of a NEW record changes, open what the
    officer picks through the editor's own link, and hide once the record is saved."""

    def changed() -> None:
        if editor.record_id is None:
            note.schedule(editor.values())

    for name in fields:
        editor.fields[name].changed.connect(changed)

    def merge(kind: str, existing: str) -> None:
        from ui.merge_dialog import merge_pair  # the merge services: on first use

        if editor.record_id is not None or not editor.save():
            return  # the draft could not be saved: its errors are on the form
        new_id = _saved_id(editor)
        if new_id is not None and merge_pair(editor.ctx, kind, existing, new_id, editor):
            editor.open_requested.emit(kind, existing)  # the new one is merged away

    note.open_requested.connect(editor.open_requested)
    note.merge_requested.connect(merge)
    editor.saved.connect(note.clear)


def _saved_id(editor: RecordEditor) -> str | None:
    return editor.record_id


class NameField(LineField):
    """The name line of a new record, with the duplicate note under it (Tab reaches its
    Open buttons right after the name)."""

    def __init__(self, placeholder: str, note: DuplicateNote, parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self.note = note
        line = self.layout()
        assert isinstance(line, QBoxLayout)
        line.setDirection(QBoxLayout.Direction.TopToBottom)  # the note under the line
        line.addWidget(note)

    def tab_widgets(self) -> list[QWidget]:
        buttons = [
            b for pair in zip(self.note.open_buttons, self.note.merge_buttons, strict=True) for b in pair
        ]
        return [self.edit, *(b for b in buttons if self.note.isVisible())]
