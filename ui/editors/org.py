"""The organization editor."""

from __future__ import annotations

from liaison_app.kinds import Kind
from ui.editors.area import area_field
from ui.editors.base import RecordEditor, count_text
from ui.editors.duplicate_note import DuplicateNote, NameField, watch
from ui.editors.fields import ChoiceField, LineField, ListTextField, NotesField
from ui.editors.ref_fields import RefField
from ui.i18n import tr as _tr


class OrganizationEditor(RecordEditor):
    """Name, acronym, type, sectors, parent organization and notes."""

    kind = Kind.ORG
    duplicate_note: DuplicateNote | None = None

    def build(self) -> None:
        self.duplicate_note = DuplicateNote(self.ctx, Kind.ORG)
        name = NameField(_tr("e.g. World Food Programme"), self.duplicate_note)
        self.add_field("name", _tr("Name"), name)
        self.add_field("acronym", _tr("Acronym"), LineField(_tr("e.g. WFP")))
        self.add_field("org_type", _tr("Type"), ChoiceField(self.choices("org_type")))
        self.add_field("sectors", _tr("Sectors"), ListTextField(_tr("comma-separated, e.g. food, logistics")))
        self.add_field(
            "parent_id",
            _tr("Part of"),
            RefField(Kind.ORG, self.lookup, placeholder=_tr("Parent organization")),
        )
        self.add_field("area_id", _tr("Area"), area_field(self.lookup))
        self.add_field("notes", _tr("Notes"), NotesField(6))
        watch(self, self.duplicate_note, ("name", "acronym"))

    def prepare(self) -> None:
        if self.duplicate_note is not None:  # None when another `build` made the form
            self.duplicate_note.clear()

    def new_heading(self) -> str:
        return _tr("New organization")

    def this_record(self) -> str:
        return _tr("this organization")

    def delete_title(self) -> str:
        return _tr("Delete organization")

    def count_text(self, count: int) -> str:
        return count_text(_tr("%Ln organization(s)", "", count), count, "organization", "organizations")
