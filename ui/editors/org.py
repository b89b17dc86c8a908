"""The organization editor."""

from __future__ import annotations

from liaison_app.kinds import Kind
from ui.editors.area import area_field
from ui.editors.base import RecordEditor, count_text
from ui.editors.duplicate_note import DuplicateNote, NameField, watch
from ui.editors.fields import ChoiceField, LineField, ListTextField, NotesField
from ui.editors.ref_fields import RefField


class OrganizationEditor(RecordEditor):
    """Name, acronym, type, sectors, parent organization and notes."""

    kind = Kind.ORG
    duplicate_note: DuplicateNote | None = None

    def build(self) -> None:
        self.duplicate_note = DuplicateNote(self.ctx, Kind.ORG)
        name = NameField(self.tr("e.g. World Food Programme"), self.duplicate_note)
        self.add_field("name", self.tr("Name"), name)
        self.add_field("acronym", self.tr("Acronym"), LineField(self.tr("e.g. WFP")))
        self.add_field("org_type", self.tr("Type"), ChoiceField(self.choices("org_type")))
        self.add_field(
            "sectors", self.tr("Sectors"), ListTextField(self.tr("comma-separated, e.g. food, logistics"))
        )
        self.add_field(
            "parent_id",
            self.tr("Part of"),
            RefField(Kind.ORG, self.lookup, placeholder=self.tr("Parent organization")),
        )
        self.add_field("area_id", self.tr("Area"), area_field(self.lookup))
        self.add_field("notes", self.tr("Notes"), NotesField(6))
        watch(self, self.duplicate_note, ("name", "acronym"))

    def prepare(self) -> None:
        if self.duplicate_note is not None:  # None when another `build` made the form
            self.duplicate_note.clear()

    def new_heading(self) -> str:
        return self.tr("New organization")

    def this_record(self) -> str:
        return self.tr("this organization")

    def delete_title(self) -> str:
        return self.tr("Delete organization")

    def count_text(self, count: int) -> str:
        return count_text(self.tr("%n organization(s)", "", count), count, "organization", "organizations")
