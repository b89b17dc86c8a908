"""What can be done to one record from a list: open it, open it in its own window, copy
it as text, mark an action done, merge a duplicate into it (and undo that), delete it,
purge it for good. The
same actions fill the Edit menu (for the record of the screen on show) and the context menu
of a list row (for that row), and are enabled only where they apply.

Every write goes through the record's editor (after the unsaved-changes guard), so a
delete asks the editor's question and a mark-done saves like the editor's button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from liaison_app import vocab
from liaison_app.errors import LiaisonError
from liaison_app.kinds import Kind, Widget, spec
from liaison_app.services import display_text, record_merge, records
from liaison_app.store import Store
from ui.display_words import capitalised, label_text, shown_text
from ui.editors.action import ActionEditor
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.list_view import ListPage
from ui.merge_dialog import merge_with, undo_merge
from ui.purge_dialog import purge_record

MERGEABLE = (Kind.ORG, Kind.CONTACT)


@dataclass(frozen=True)
class Target:
    """One record of a list screen: the page that shows it and its id."""

    page: ListPage
    record_id: str

    @property
    def kind(self) -> str:
        """The record's kind."""
        return self.page.kind


# --- the record as text -------------------------------------------------------------------


def record_text(store: Store, kind: str, record_id: str) -> str:
    """The record as plain text for the clipboard: its title, then one line per field that
    holds something ("Reach by: phone · +243 81 000 0000 · office"), labels translated,
    referenced records by title, vocabulary by label. LiaisonError if it is not live."""
    stored = records.get(store, kind, record_id)
    record = records.as_dict(stored)
    kind_spec = spec(kind)
    pairs = [(f.name, record.get(f.name)) for f in kind_spec.fields]
    titles = display_text.reference_titles(store, pairs)
    me = str(record.get("author_officer") or "") or None
    lines = [kind_spec.title(stored)]
    for field_spec in kind_spec.fields:
        value = _worded(field_spec.choices, record.get(field_spec.name))
        if field_spec.name == kind_spec.title.main or value in (None, "", [], False):
            continue  # the title line already says it, or there is nothing to say
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            shown = [_row_text(item) for item in value]
        elif field_spec.widget is Widget.DATETIME and isinstance(value, str):
            shown = [_moment_text(value)]
        else:
            shown = [
                shown_text(line) for line in display_text.value_lines(field_spec.name, value, titles, me=me)
            ]
        if field_spec.name == "owner" and value == vocab.OWNER_ME and me is None:
            shown = [_tr("me")]
        label = capitalised(label_text("field", display_text.field_label(field_spec.name)))
        if len(shown) == 1 and "\n" not in shown[0]:
            lines.append(_tr("%1: %2").replace("%1", label).replace("%2", shown[0]))
        else:
            lines.append(_tr("%1:").replace("%1", label))
            # A text of several lines (a point) keeps its lines, indented under its start.
            lines += ["  " + part.replace("\n", "\n    ") for part in shown]
    return "\n".join(line for line in lines if line.strip())


def _moment_text(iso: str) -> str:
    """A stored moment in its own offset, to the minute ("2026-11-20 10:00+01:00")."""
    try:
        return datetime.fromisoformat(iso).isoformat(sep=" ", timespec="minutes")
    except ValueError:
        return iso


def _row_text(item: dict[str, object]) -> str:
    """One row of a row field: "Phone (office): +243 81 000 0000", "Decision: Use the north road"."""
    head = str(item.get("kind") or "")
    label = str(item.get("label") or "")
    if label:
        head = _tr("%1 (%2)").replace("%1", head).replace("%2", label)
    rest = " · ".join(str(v) for k, v in item.items() if k not in ("kind", "label") and v not in (None, ""))
    return _tr("%1: %2").replace("%1", head).replace("%2", rest) if rest else head


def _worded(choices: object, value: object) -> object:
    """A vocabulary slug (or the `kind` of each row) as its translated label."""
    if not isinstance(choices, dict):
        return value
    if isinstance(value, str):
        return label_text("vocab", choices[value]) if value in choices else value
    if isinstance(value, list):
        return [
            item | {"kind": label_text("vocab", choices[item["kind"]])}
            if isinstance(item, dict) and item.get("kind") in choices
            else item
            for item in value
        ]
    return value


# --- the actions ---------------------------------------------------------------------------


class RecordActions(QObject):
    """Open, Open in own window, Copy, Mark done, Delete: for the record `current()` names
    (the Edit menu) or for a list row (its context menu)."""

    def __init__(self, parent: QWidget, current: Callable[[], Target | None]) -> None:
        super().__init__(parent)
        self.current = current
        self._target: Target | None = None  # while a context menu is open: its row
        self.open_action = self._make(_tr("&Open"), "open", self.open)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.window_action = self._make(_tr("Open in own &window"), "open", self.open_in_window)
        self.copy_action = self._make(_tr("&Copy record"), "", self.copy)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setToolTip(_tr("Copy the record as text: name, phone, email… (Ctrl+C)"))
        self.done_action = self._make(_tr("&Mark done"), "action", self.mark_done)
        self.merge_action = self._make(_tr("Mer&ge with…"), "", self.merge_with)
        self.merge_action.setToolTip(_tr("Merge a duplicate into this record, for every device"))
        self.unmerge_action = self._make(_tr("&Undo merge…"), "", self.undo_merge)
        self.unmerge_action.setToolTip(_tr("Bring back a record that was merged into this one"))
        self.delete_action = self._make(_tr("&Delete…"), "delete", self.delete)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.purge_action = self._make(_tr("&Purge for good…"), "", self.purge)
        self.purge_action.setToolTip(
            _tr("Remove the record for good, here and on every device after exchange")
        )
        # Enter and Delete are the list's own keys (a window-wide Delete would fire in a
        # picker list too): here they only label the menu entries. Ctrl+C works on a list
        # screen (`attach` it there) outside text boxes, which keep it for the text; other
        # screens' tables keep their own cell copy.
        for action in (self.open_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actions = [
            self.open_action,
            self.window_action,
            self.copy_action,
            self.done_action,
            self.merge_action,
            self.unmerge_action,
            self.delete_action,
            self.purge_action,
        ]
        self.update()

    def attach(self, page: QWidget) -> None:
        """Let Ctrl+C copy the record anywhere on `page` (a list screen)."""
        page.addAction(self.copy_action)

    def _make(self, text: str, icon_name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    # --- which record ---------------------------------------------------------------------

    def target(self) -> Target | None:
        """The row a context menu was opened on, else the record of the screen on show."""
        return self._target if self._target is not None else self.current()

    def update(self) -> None:
        """Enable only what applies to the record now targeted."""
        target = self.target()
        for action in self.actions:
            action.setEnabled(target is not None)
        self.done_action.setVisible(target is None or target.kind == Kind.ACTION)
        self.done_action.setEnabled(target is not None and self._can_mark_done(target))
        mergeable = target is None or target.kind in MERGEABLE
        self.merge_action.setVisible(mergeable)
        self.unmerge_action.setVisible(mergeable)
        self.unmerge_action.setEnabled(target is not None and self._has_merged(target))

    def _has_merged(self, target: Target) -> bool:
        if target.kind not in MERGEABLE or target.page.ctx.is_locked:
            return False
        store = target.page.ctx.store
        return bool(record_merge.merged_into(store, kind=target.kind, record_id=target.record_id))

    def _can_mark_done(self, target: Target) -> bool:
        if target.kind != Kind.ACTION or target.page.ctx.is_locked:
            return False
        try:
            stored = records.get(target.page.ctx.store, Kind.ACTION, target.record_id)
            status = records.as_dict(stored)["status"]
        except LiaisonError:
            return False
        return status not in vocab.CLOSED_ACTION_STATUSES

    def row_menu(self, page: ListPage, at: QPoint) -> QMenu | None:
        """The context menu of the list row under `at` (viewport coordinates), for that row."""
        index = page.table.indexAt(at)
        record_id = page.model.id_at(index.row()) if index.isValid() else None
        if record_id is None:
            return None
        menu = self.menu_for(Target(page, record_id))
        menu.popup(page.table.viewport().mapToGlobal(at))
        return menu

    def menu_for(self, target: Target) -> QMenu:
        """A menu of the actions, bound to `target` until it closes."""
        self._target = target
        self.update()
        menu = QMenu(target.page)
        menu.addAction(self.open_action)
        menu.addAction(self.window_action)
        menu.addAction(self.copy_action)
        if target.kind == Kind.ACTION:
            menu.addAction(self.done_action)
        if target.kind in MERGEABLE:
            menu.addSeparator()
            menu.addAction(self.merge_action)
            menu.addAction(self.unmerge_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addAction(self.purge_action)
        menu.aboutToHide.connect(self._menu_closed)
        menu.aboutToHide.connect(menu.deleteLater)  # one menu per right-click, not one kept each
        return menu

    def _menu_closed(self) -> None:
        # The chosen action runs after the menu hides: let go of the row only then.
        QTimer.singleShot(0, self._forget_row)

    def _forget_row(self) -> None:
        self._target = None
        self.update()

    # --- doing it ------------------------------------------------------------------------

    def _opened(self) -> Target | None:
        # The record in its editor (after the guard), or None when the officer cancelled.
        target = self.target()
        if target is None or not target.page.open_record(target.record_id):
            return None
        return target

    def open(self) -> None:
        """Show the record in its editor, the cursor in its first field."""
        target = self._opened()
        if target is not None:
            target.page.editor.focus_first()

    def open_in_window(self) -> None:
        """Show the record in an editor window of its own."""
        target = self._opened()
        if target is not None:
            target.page.detacher.detach()

    def copy(self) -> None:
        """Put the record on the clipboard as text."""
        target = self.target()
        if target is None or target.page.ctx.is_locked:
            return
        try:
            text = record_text(target.page.ctx.store, target.kind, target.record_id)
        except LiaisonError:
            return  # deleted meanwhile: nothing to copy
        QGuiApplication.clipboard().setText(text)

    def mark_done(self) -> None:
        """Set an action item's status to Done and save it (as its editor's button does)."""
        target = self._opened()
        if target is not None and isinstance(target.page.editor, ActionEditor):
            target.page.editor.mark_done()

    def merge_with(self) -> None:
        """Pick a duplicate of the record and merge it in (the merge dialog decides how)."""
        target = self._opened()
        if target is not None and target.kind in MERGEABLE:
            merge_with(target.page.ctx, target.kind, target.record_id, target.page)

    def undo_merge(self) -> None:
        """Bring back a record merged into this one."""
        target = self._opened()
        if target is not None and target.kind in MERGEABLE:
            undo_merge(target.page.ctx, target.kind, target.record_id, target.page)

    def delete(self) -> None:
        """Ask, as the editor's Delete button does, then delete."""
        target = self._opened()
        if target is not None:
            target.page.editor.confirm_delete()

    def purge(self) -> None:
        """Ask for the reason, then purge the record for good (ui.purge_dialog)."""
        target = self._opened()
        if target is None:
            return
        try:
            title = spec(target.kind).title(records.get(target.page.ctx.store, target.kind, target.record_id))
        except LiaisonError:
            return  # gone meanwhile
        purge_record(target.page.ctx, target.kind, target.record_id, title, target.page)
