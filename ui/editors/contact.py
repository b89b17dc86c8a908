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


class ContactEditor(RecordEditor):
    """Name, position, organization, contact points, languages, sensitivity and flags."""

    kind = Kind.CONTACT
    duplicate_note: DuplicateNote | None = None

    def build(self) -> None:
        self.duplicate_note = DuplicateNote(self.ctx, Kind.CONTACT)
        self.add_field("full_name", self.tr("Name"), NameField(self.tr("Full name"), self.duplicate_note))
        self.add_field("position", self.tr("Position"), LineField(self.tr("e.g. Head of sub-office")))
        org = RefField(Kind.ORG, self.lookup, placeholder=self.tr("Type to find an organization"))
        self.add_field("organization_id", self.tr("Organization"), org)
        self.add_field(
            "contact_points",
            self.tr("Reach by"),
            RowsField(
                self.choices("contact_points"),
                (("value", self.tr("number or address"), 3), ("label", self.tr("label, e.g. office"), 2)),
                add_label=self.tr("Add phone, email…"),
                # A whole phone number or short address even in a narrow editor.
                least_chars={"value": 24, "label": 8},
            ),
        )
        self.add_field("languages", self.tr("Languages"), ListTextField(self.tr("comma-separated")))
        self.add_field("location", self.tr("Location"), LineField(self.tr("Town, district")))
        self.add_field("area_id", self.tr("Area"), area_field(self.lookup))
        self.add_field("tags", self.tr("Tags"), ListTextField(self.tr("comma-separated")))
        self.sensitivity = ChoiceField({})
        self.add_field("sensitivity", self.tr("Sensitivity"), self.sensitivity)
        self.add_scope_field(self.tr("Sharing"))
        self.add_field("do_not_contact", self.tr("Contact"), CheckField(self.tr("Do not contact")))
        self.add_field("notes", self.tr("Notes"), NotesField(5))
        watch(self, self.duplicate_note, ("full_name", "organization_id", "contact_points"))

    def prepare(self) -> None:
        if self.duplicate_note is not None:  # None when another `build` made the form
            self.duplicate_note.clear()
        levels = forms.sensitivity_levels(self.ctx.store)
        self.sensitivity.set_options({level: sensitivity_text(level) for level in levels})

    def describe_record(self, record: Mapping[str, Any]) -> str:
        return str(record["full_name"])

    def new_heading(self) -> str:
        return self.tr("New contact")

    def this_record(self) -> str:
        return self.tr("this contact")

    def delete_title(self) -> str:
        return self.tr("Delete contact")

    def count_text(self, count: int) -> str:
        return count_text(self.tr("%n contact(s)", "", count), count, "contact", "contacts")
