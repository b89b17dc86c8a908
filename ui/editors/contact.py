"""The contact editor: a person, their organization and how to reach them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liaison_app.kinds import Kind
from liaison_app.services import forms
from ui.display_words import sensitivity_text
from ui.editors.area import area_field
from ui.editors.base import RecordEditor, count_text
from ui.editors.duplicate_note import DuplicateNote, NameField, watch
from ui.editors.fields import CheckField, ChoiceField, LineField, ListTextField, NotesField
from ui.editors.ref_fields import RefField
from ui.editors.rows_field import RowsField
from ui.i18n import tr as _tr


class ContactEditor(RecordEditor):
    """Name, position, organization, contact points, languages, sensitivity and flags."""

    kind = Kind.CONTACT
    duplicate_note: DuplicateNote | None = None

    def build(self) -> None:
        self.duplicate_note = DuplicateNote(self.ctx, Kind.CONTACT)
        self.add_field("full_name", _tr("Name"), NameField(_tr("Full name"), self.duplicate_note))
        self.add_field("position", _tr("Position"), LineField(_tr("e.g. Head of sub-office")))
        org = RefField(Kind.ORG, self.lookup, placeholder=_tr("Type to find an organization"))
        self.add_field("organization_id", _tr("Organization"), org)
        self.add_field(
            "contact_points",
            _tr("Reach by"),
            RowsField(
                self.choices("contact_points"),
                (("value", _tr("number or address"), 3), ("label", _tr("label, e.g. office"), 2)),
                add_label=_tr("Add phone, email…"),
                # A whole phone number or short address even in a narrow editor.
                least_chars={"value": 24, "label": 8},
            ),
        )
        self.add_field("languages", _tr("Languages"), ListTextField(_tr("comma-separated")))
        self.add_field("location", _tr("Location"), LineField(_tr("Town, district")))
        self.add_field("area_id", _tr("Area"), area_field(self.lookup))
        self.add_field("tags", _tr("Tags"), ListTextField(_tr("comma-separated")))
        self.sensitivity = ChoiceField({})
        self.add_field("sensitivity", _tr("Sensitivity"), self.sensitivity)
        self.add_scope_field(_tr("Sharing"))
        self.add_field("do_not_contact", _tr("Contact"), CheckField(_tr("Do not contact")))
        self.add_field("notes", _tr("Notes"), NotesField(5))
        watch(self, self.duplicate_note, ("full_name", "organization_id", "contact_points"))

    def prepare(self) -> None:
        if self.duplicate_note is not None:  # None when another `build` made the form
            self.duplicate_note.clear()
        levels = forms.sensitivity_levels(self.ctx.store)
        self.sensitivity.set_options({level: sensitivity_text(level) for level in levels})

    def describe_record(self, record: Mapping[str, Any]) -> str:
        return str(record["full_name"])

    def new_heading(self) -> str:
        return _tr("New contact")

    def this_record(self) -> str:
        return _tr("this contact")

    def delete_title(self) -> str:
        return _tr("Delete contact")

    def count_text(self, count: int) -> str:
        return count_text(_tr("%Ln contact(s)", "", count), count, "contact", "contacts")
