"""A form widget for any registry field, chosen by the shape the registry gives it.

Editors lay out their fields by hand (placeholders, order, groupings); this is what a
field gets when no editor has placed it yet, so a field added to the registry is
editable from the start.
"""

from __future__ import annotations

from liaison_app.kinds import FieldSpec, Widget
from ui.display_words import vocab_labels
from ui.editors.datetime_fields import DateField, DateTimeField
from ui.editors.fields import (
    CheckField,
    ChoiceField,
    Field,
    LineField,
    ListTextField,
    NotesField,
    OptionalTextField,
)
from ui.editors.ref_fields import RefField, RefListField
from ui.editors.rows_field import RowsField
from ui.i18n import tr as _tr
from ui.lock_safe_access import Lookup


def field_for(spec: FieldSpec, lookup: Lookup, caption: str) -> Field:
    """A widget that edits `spec` (a plain line when its shape asks for nothing more)."""
    if spec.refers_to is not None and spec.widget is Widget.REFS:
        return RefListField(spec.refers_to, lookup, placeholder=_tr("Type to add…"))
    if spec.refers_to is not None:
        return RefField(spec.refers_to, lookup)
    choices = vocab_labels(spec.choices or {})
    shapes: dict[Widget, type[Field]] = {
        Widget.NOTES: NotesField,
        Widget.LIST: ListTextField,
        Widget.DATE: DateField,
        Widget.NUMBER: OptionalTextField,
        Widget.DATETIME: DateTimeField,
    }
    if spec.widget is Widget.CHOICE:
        return ChoiceField(choices)
    if spec.widget is Widget.CHECK:
        return CheckField(caption)
    if spec.widget is Widget.ROWS:
        return RowsField(choices, (("text", "", 1),), add_label=_tr("Add"))
    return shapes.get(spec.widget, LineField)()
