"""The editor frame every kind shares: a form of fields, Save / Revert / Delete, and
validation messages shown under the field they concern (the one the error names in
`exc.field`, never a field guessed from the message's wording), worded from the error's
rule code (ui.validation_words), never from the service's English.

The editor follows the stored record (`follow_store`): a sync or another process that
changes it reloads a clean form, or shows the changed-record bar over one with edits;
fields with an open sync conflict carry a link to it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.errors import LiaisonError, NotFoundError, ValidationError
from liaison_app.kinds import MissingReferenceError, spec
from liaison_app.services import forms, records, references, syncing
from ui import focus_ring
from ui.context import AppContext
from ui.display_words import label_text, vocab_labels
from ui.editors.fields import Field
from ui.editors.history_tab import HistoryTab
from ui.editors.registry_fields import field_for
from ui.editors.related_panel import RelatedPanel
from ui.editors.scope_field import SCOPE, ScopeField
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.lock_safe_access import Lookup
from ui.stale_record import ChangedBar, CompareDialog, ConflictNote, changed_fields
from ui.trash_words import referrers_text
from ui.validation_words import missing_reference_text, refusal_text, sentence
from ui.write_wait import wait_for_jobs

ERROR_STYLE = "color: #c0392b;"
_PLURAL_MARK = "(s)"


def count_text(translated: str, count: int, one: str, many: str) -> str:
    """`translated` (a `%n ...(s)` text through tr), or while no translation is installed
    English's own two forms with the count grouped by thousands ("2,044 contacts")."""
    if _PLURAL_MARK not in translated:
        return translated
    return f"{count:,} {one if count == 1 else many}"


@dataclass(frozen=True, slots=True)
class CarriedEdit:
    """An editor's state taken across a rebuilt window: the record and the form's values."""

    record_id: str | None
    values: dict[str, Any]
    dirty: bool


class RecordEditor(QWidget):
    """Edits one record of `kind`; subclasses add their fields in `build`."""

    kind: ClassVar[str]

    saved = Signal(str, str)  # kind, id
    deleted = Signal(str, str)
    open_requested = Signal(str, str)
    new_related = Signal(str, object)  # kind, initial values
    dirty_changed = Signal(bool)
    conflict_requested = Signal(str)  # a sync conflict's id
    gone = Signal()  # the record was deleted elsewhere and the officer closed it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lookup = Lookup(ctx)
        self.record_id: str | None = None
        self.fields: dict[str, Field] = {}
        self._errors: dict[str, QLabel] = {}
        self._snapshot: dict[str, Any] = {}
        self._stored: dict[str, Any] = {}  # the record as loaded, to notice writes by others
        self._pending: dict[str, Any] | None = None  # stored since, while the form has edits
        self._conflict_notes: dict[str, ConflictNote] = {}
        self._conflicts: dict[str, str] = {}  # field -> id of its open sync conflict
        self._captions: dict[str, str] = {}
        self._dirty = False
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.changed_bar = ChangedBar(self)
        self.changed_bar.compare_requested.connect(self.compare_with_stored)
        self.changed_bar.reload_requested.connect(self.take_stored)
        for bar_button in (self.changed_bar.compare_button, self.changed_bar.reload_button):
            bar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(self.form)
        column.addStretch(1)  # short forms sit at the top instead of spreading out
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops at fields, not at their frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.buttons = QHBoxLayout()
        self.save_button = QPushButton(icon("save"), _tr("Save"), self)
        self.save_button.setToolTip(_tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(_tr("Revert…"), self)
        self.revert_button.setToolTip(_tr("Discard the changes not yet saved (asks first)"))
        self.revert_button.clicked.connect(self.confirm_revert)
        self.delete_button = QPushButton(icon("delete"), _tr("Delete"), self)
        self.delete_button.clicked.connect(self.confirm_delete)
        for name, button in (
            ("save", self.save_button),
            ("revert", self.revert_button),
            ("delete", self.delete_button),
        ):
            button.setObjectName(name)
            button.setAutoDefault(False)
            # Some styles (macOS) leave push buttons out of Tab: every button here takes focus.
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Revert sits at the far end with Delete, away from the form's "Add …" buttons
        # just above, and a line parts the form from the bar: a slip cannot discard a draft.
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.revert_button)
        self.buttons.addWidget(self.delete_button)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.changed_bar)
        layout.addWidget(self.general_error)
        # The form, and the record's history beside it (read only when its tab is shown).
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Ctrl+Tab switches; Tab stays in the form's ring (tests/ui/test_tab_order.py).
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(scroll, _tr("Record"))
        self.history = HistoryTab(ctx, self.kind, self)
        self.tabs.addTab(self.history, _tr("History"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(rule)
        layout.addLayout(self.buttons)
        self.build()
        self._add_unplaced_fields()
        # Made after the fields, so Tab reaches the related records after the last field.
        self.related = RelatedPanel(ctx, self.kind, body)
        self.related.open_requested.connect(self.open_requested)
        column.insertWidget(1, self.related, 10)  # the spare height, before the stretch
        self._sync_buttons()

    # --- building -----------------------------------------------------------------------

    def build(self) -> None:
        """Add this kind's fields with `add_field` (tab order follows the order added)."""
        raise NotImplementedError

    # Texts that name the kind: whole sentences per kind, so that translations can agree
    # in gender and number.
    def new_heading(self) -> str:
        """The heading of a record not yet saved ("New contact")."""
        raise NotImplementedError

    def this_record(self) -> str:
        """How a question names a record not yet saved ("this contact")."""
        raise NotImplementedError

    def delete_title(self) -> str:
        """The title of the delete confirmation ("Delete contact")."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """How many records a list shows ("1 contact", "2,044 contacts")."""
        raise NotImplementedError

    def _add_unplaced_fields(self) -> None:
        # A field the registry knows and `build` did not lay out still gets a widget of
        # its shape at the end of the form: a new field is editable before anyone designs
        # its place.
        for field_spec in spec(self.kind).fields:
            if field_spec.name in ScopeField.covers and SCOPE not in self.fields:
                self.add_scope_field(_tr("Sharing"))  # where its first field would be
            if field_spec.name not in self.fields and field_spec.name not in self._covered():
                caption = label_text("field", field_spec.label())
                self.add_field(field_spec.name, caption, field_for(field_spec, self.lookup, caption))

    def add_scope_field(self, label: str) -> None:
        """Put the sharing scope selector here (else it comes last on the form)."""
        self.add_field(SCOPE, label, ScopeField())

    def _covered(self) -> tuple[str, ...]:
        # Record fields a selector edits together (the scope: the mark and `sharing`).
        return ScopeField.covers if SCOPE in self.fields else ()

    def _record_names(self) -> list[str]:
        return [n for n in self.fields if n != SCOPE] + list(self._covered())

    def add_field(self, name: str, label: str, field: Field) -> Field:
        """Put `field` on the form with an (initially hidden) error line under it."""
        error = QLabel(field.parentWidget())
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        note = ConflictNote(field.parentWidget())
        note.open_requested.connect(lambda n=name: self._open_conflict(n))
        note.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        note.hide()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(note)
        box.addWidget(error)
        caption = QLabel(_tr("%1:").replace("%1", label))
        caption.setBuddy(field.focus_target())
        self.form.addRow(caption, cell)
        self.fields[name] = field
        self._errors[name] = error
        self._conflict_notes[name] = note
        self._captions[name] = label
        field.setObjectName(name)
        field.changed.connect(self._field_changed)
        if hasattr(field, "open_requested"):
            field.open_requested.connect(self.open_requested)
        return field

    def choices(self, name: str) -> dict[str, str]:
        """The options the registry gives field `name` (slug -> translated label)."""
        return vocab_labels(spec(self.kind).field(name).choices or {})

    def add_button(self, text: str, icon_name: str, slot: Any) -> QPushButton:
        """An extra action next to Save (e.g. "New action from this meeting")."""
        button = QPushButton(icon(icon_name), text, self)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(slot)
        self.buttons.insertWidget(1, button)
        return button

    # --- the keyboard -------------------------------------------------------------------

    def header_widgets(self) -> list[QWidget]:
        """What Tab visits above the form (subclasses put their reading bar first)."""
        return [self.changed_bar.compare_button, self.changed_bar.reload_button]

    def button_widgets(self) -> list[QWidget]:
        """The buttons under the form, left to right (Save, the kind's extras, Revert, Delete)."""
        found = []
        for at in range(self.buttons.count()):
            item = self.buttons.itemAt(at)
            widget = item.widget() if item is not None else None
            if widget is not None:
                found.append(widget)
        return found

    def tab_sequence(self) -> list[QWidget]:
        """Every widget Tab visits in this editor, in the order they are seen: the bar above
        the form, each field's parts (rows included) with its conflict link, the related
        records, then the buttons. Read afresh on each Tab, so rows added since count."""
        sequence = self.header_widgets()
        for name, field in self.fields.items():
            sequence += field.tab_widgets()
            sequence.append(self._conflict_notes[name].button)
        sequence.append(self.related.tree)
        return sequence + self.button_widgets()

    def focus_first(self) -> None:
        """Put the cursor in the first field (Enter on a list row, a new record)."""
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        # In a window of its own the editor is the whole ring; beside a list the list page
        # makes the ring (its toolbar, the table, then this editor's sequence).
        window = self.parentWidget()
        if window is not None and window.isWindow() and focus_ring.move(self.tab_sequence(), next):
            return True
        return super().focusNextPrevChild(next)

    # --- loading ------------------------------------------------------------------------

    def new(self, initial: Mapping[str, Any] | None = None) -> None:
        """Show a blank record with the kind's defaults, then `initial` values."""
        self.prepare()
        values = forms.defaults(self.ctx.store, self.kind) | dict(initial or {})
        self.record_id = None
        self._stored, self._pending = {}, None
        self._show({name: values.get(name) for name in self.fields})
        self.heading.setText(self.new_heading())
        self.related.show_record(None)
        self.history.show_record(None)
        self.tabs.setCurrentIndex(0)  # a new record starts on its form
        self._mark_conflicts({})

    def load(self, record_id: str) -> None:
        """Show the stored record `record_id`."""
        self._show_stored(self._read(record_id))

    def _read(self, record_id: str) -> dict[str, Any]:
        return records.as_dict(records.get(self.ctx.store, self.kind, record_id))

    def _show_stored(self, record: dict[str, Any], *, conflicts: bool = True) -> None:
        self.prepare()
        self.record_id = str(record["id"])
        self._stored, self._pending = record, None
        self.changed_bar.hide()
        self.changed_bar.set_deleted(False)
        self._show(record)
        self.heading.setText(self.describe_record(record))
        self.related.show_record(self.record_id)
        self.history.show_record(self.record_id)
        if conflicts:
            found = syncing.conflicts(self.ctx.store)
            mine = [c for c in found if c.record_id == self.record_id and not c.resolved]
            self._mark_conflicts({c.field: c.id for c in mine})
        else:
            self._mark_conflicts({})

    # --- following the stored record --------------------------------------------------

    def follow_store(self, *, reload_clean: bool = False) -> None:
        """Catch up with what is stored now: a clean form reloads when the record changed
        (always with `reload_clean`, e.g. a record it names went to the Trash); a form with
        edits keeps them and shows the changed-record bar. NotFoundError if it is gone."""
        if self.record_id is None:
            return
        if self._dirty:
            try:
                stored = self._read(self.record_id)
            except NotFoundError:
                self.changed_bar.set_deleted(True)  # the edits stay on screen, to copy
                self.changed_bar.show()
                return
            if changed_fields(self._stored, stored, self._record_names()) and stored != self._pending:
                self._pending = stored
                self.changed_bar.set_deleted(False)
                self.changed_bar.show()
            return
        stored = self._read(self.record_id)
        if reload_clean or stored != self._stored:
            self._show_stored(stored)

    def has_stored_change(self) -> bool:
        """Whether the record changed elsewhere while this form holds edits."""
        return self._pending is not None

    def compare_rows(self) -> list[tuple[str, Any, Any]]:
        """(caption, your value, stored value) for each field changed elsewhere."""
        if self._pending is None:
            return []
        names = changed_fields(self._stored, self._pending, self._record_names())
        mine = self.values()
        return [(self._caption(name), mine.get(name), self._pending.get(name)) for name in names]

    def compare_with_stored(self) -> None:
        """The Compare… dialog: keep mine (edits stay, saved over the stored record) or
        take theirs (the stored record replaces the edits)."""
        if self._pending is None:
            return
        dialog = CompareDialog(self.compare_rows(), self)
        result = dialog.exec()
        dialog.deleteLater()
        if result == CompareDialog.TAKE_THEIRS:
            self.take_stored()
        elif result == QDialog.DialogCode.Accepted:
            self.keep_mine()

    def take_stored(self) -> None:
        """Drop the edits for the record as stored now."""
        if self.record_id is None:
            return
        try:
            self.load(self.record_id)
        except NotFoundError:
            self.record_id = None
            self._stored, self._pending = {}, None
            self.changed_bar.hide()
            self._show({})
            self.gone.emit()

    def keep_mine(self) -> None:
        """Rebase the edits on the stored record: fields edited here keep their value,
        the others show the stored one; a save then writes only the edits."""
        if self._pending is None:
            return
        edits = self.changes()
        self._show_stored(self._pending)
        for name, value in edits.items():
            field = self.fields[name]
            field.blockSignals(True)
            field.set_value(value)
            field.blockSignals(False)
        self._field_changed()

    def _caption(self, name: str) -> str:
        return self._captions.get(name, name)

    def _mark_conflicts(self, conflicts: Mapping[str, str]) -> None:
        # A link under each field other officers disagree on; the conflict id it opens.
        self._conflicts = dict(conflicts)
        for name, note in self._conflict_notes.items():
            note.setVisible(name in self._conflicts)

    def conflict_fields(self) -> list[str]:
        """The fields marked as in conflict."""
        return [name for name, note in self._conflict_notes.items() if not note.isHidden()]

    def _open_conflict(self, name: str) -> None:
        conflict = self._conflicts.get(name)
        if conflict is not None:
            self.conflict_requested.emit(conflict)

    def prepare(self) -> None:
        """Refresh choices that depend on the profile (subclasses override)."""

    def describe_record(self, record: Mapping[str, Any]) -> str:
        """The heading for a stored record."""
        return str(record.get("title") or record.get("name") or record.get("full_name") or "")

    def describe(self) -> str:
        """How the unsaved-changes question names this record."""
        if self.record_id is None:
            return self.this_record()
        return _tr("“%1”").replace("%1", self.heading.text())

    def _show(self, values: Mapping[str, Any]) -> None:
        for name, field in self.fields.items():
            field.blockSignals(True)
            if isinstance(field, ScopeField):
                field.show_record(values)
            else:
                field.set_value(values.get(name))
            field.blockSignals(False)
        self.clear_errors()
        # A new record counts as unchanged until the user types: compare with the form.
        self._snapshot = self.values()
        self._set_dirty(False)
        self._sync_buttons()

    # --- state --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field as the user has it now."""
        found: dict[str, Any] = {}
        for name, field in self.fields.items():
            if isinstance(field, ScopeField):
                found.update(field.record_values())
            else:
                found[name] = field.value()
        return found

    def carry(self) -> CarriedEdit:
        """What the form holds now, to be taken into a rebuilt window (a language switch)."""
        return CarriedEdit(self.record_id, self.values(), dirty=self.is_dirty())

    def resume(self, carried: CarriedEdit) -> None:
        """Show `carried` as it was left: the record it was open on, with the unsaved edits
        typed over it (still unsaved)."""
        if carried.record_id is None:
            self.new()
        else:
            self.load(carried.record_id)
        if not carried.dirty:
            return
        for name, field in self.fields.items():
            field.blockSignals(True)
            if isinstance(field, ScopeField):
                field.show_record(carried.values)
            elif name in carried.values:
                field.set_value(carried.values[name])
            field.blockSignals(False)
        self._set_dirty(bool(self.changes()) or carried.record_id is None)

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from what was loaded."""
        return {k: v for k, v in self.values().items() if self._snapshot.get(k) != v}

    def is_dirty(self) -> bool:
        """Whether there are unsaved edits."""
        return self._dirty

    def _field_changed(self) -> None:
        self._set_dirty(bool(self.changes()))

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty or self.record_id is None)
        self.revert_button.setEnabled(self._dirty)
        self.delete_button.setEnabled(self.record_id is not None)

    # --- actions ------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store through the record service; show what is wrong, if anything."""
        self.clear_errors()
        if not wait_for_jobs(self, self.ctx):
            return False  # cancelled while a sync ran: the edits stay in the form
        try:
            if self.record_id is None:
                written = records.add_op(self.ctx.store, self.kind, self.values())
            else:
                written = records.edit_op(self.ctx.store, self.kind, self.record_id, self.changes())
        except LiaisonError as exc:
            self.show_error(exc)
            return False
        record = written.record
        # The service hands back the record as written: no second read, and conflicts
        # are looked up again only if a field was marked (a save can resolve, not make one).
        self._show_stored(records.as_dict(record), conflicts=bool(self._conflicts))
        # One operation: the screens showing contacts refresh at the next turn of the event
        # loop, and this editor (the initiator) is not reloaded from what it just wrote.
        self.ctx.announce(written.changes, self)
        self.saved.emit(self.kind, record.id)
        return True

    def confirm_revert(self) -> None:
        """Ask, then drop unsaved edits (the Revert button): a new record's draft or the
        changes to a stored one are never discarded by one click."""
        if not self._dirty:
            return
        if self.record_id is None:
            question = _tr("Discard this new record? Nothing of it has been saved.")
        else:
            question = _tr("Discard your changes to %1?").replace("%1", self.describe())
        if ask_discard(self, question):
            self.revert()

    def revert(self) -> None:
        """Drop unsaved edits without asking (the guard and Revert button ask first)."""
        if self.record_id is None:
            self._show(self._snapshot)
        else:
            self.load(self.record_id)

    def confirm_delete(self) -> None:
        """Ask, then delete the record (it stays as a tombstone for sync)."""
        if self.record_id is None:
            return
        if self.delete_question().exec() == QMessageBox.StandardButton.Yes:
            self.delete()

    def delete_question(self) -> QMessageBox:
        """The delete question for the open record: what points at it, No the default (so
        Enter never deletes), and that the Trash keeps it."""
        assert self.record_id is not None
        found = references.referrers(self.ctx.store, kind=self.kind, record_id=self.record_id)
        restorable = _tr("You can restore it from the Trash (Ctrl+Z right away).")
        question = _tr("Delete %1? Other officers will see it go.").replace("%1", self.describe())
        box = QMessageBox(QMessageBox.Icon.Question, self.delete_title(), question, parent=self)
        box.setInformativeText("\n\n".join(part for part in (referrers_text(found), restorable) if part))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.No)
        box.setDefaultButton(buttons.No)
        box.setEscapeButton(buttons.No)
        return box

    def delete(self) -> None:
        """Delete without asking (the confirmation is the caller's)."""
        if self.record_id is None or not wait_for_jobs(self, self.ctx):
            return
        written = records.delete_op(self.ctx.store, self.kind, self.record_id)
        gone, self.record_id = self.record_id, None
        self.related.show_record(None)
        self.ctx.announce(written.changes, self)
        self.deleted.emit(self.kind, gone)

    # --- errors -------------------------------------------------------------------------

    def clear_errors(self) -> None:
        """Hide every message."""
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()

    def show_error(self, exc: LiaisonError) -> None:
        """Word the refusal from its rule and put it under the field the error names, else
        above the form (the service's message only for an error without a code)."""
        field_name: str | None = None
        message = str(exc)
        if isinstance(exc, ValidationError):
            field_name, message = exc.field, refusal_text(exc)
        elif isinstance(exc, MissingReferenceError):
            field_name, message = exc.field, missing_reference_text(exc)
        if field_name in self._covered():
            field_name = SCOPE  # a refused lift of another device's mark, say
        if field_name not in self.fields:
            if isinstance(exc, ValidationError) and field_name is not None:
                # A field this form does not lay out: say which, as the message does.
                message = _tr("%1: %2").replace("%1", field_name).replace("%2", message)
            self.general_error.setText(message)
            self.general_error.show()
            return
        assert field_name is not None
        label = self._errors[field_name]
        label.setText(sentence(message))
        label.show()
        self.fields[field_name].focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, name: str) -> str:
        """The message shown under field `name` ("" when none)."""
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""


def ask_discard(parent: QWidget, question: str) -> bool:
    """Whether to discard unsaved edits: Discard or Cancel, Cancel the default (Enter keeps)."""
    title = _tr("Discard changes")
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=parent)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    return box.exec() == buttons.Discard
