"""The organization editor."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from liaison_app import vocab
from ui.editors.base import RecordEditor
from ui.editors.fields import ChoiceField, LineField, ListTextField, NotesField
from ui.editors.ref_fields import RefField


class OrganizationEditor(RecordEditor):
    """Name, acronym, type, sectors, parent organization and notes."""

    kind = "org"
    noun = "organization"
    aliases: ClassVar[Mapping[str, str]] = {"parent": "parent_id", "sectors": "sectors"}
    not_found: ClassVar[Mapping[str, str]] = {"organization": "parent_id"}

    def build(self) -> None:
        self.add_field("name", "Name", LineField("e.g. World Food Programme"))
        self.add_field("acronym", "Acronym", LineField("e.g. WFP"))
        self.add_field("org_type", "Type", ChoiceField(vocab.ORG_TYPES))
        self.add_field("sectors", "Sectors", ListTextField("comma-separated, e.g. food, logistics"))
        self.add_field(
            "parent_id", "Part of", RefField("org", self.lookup, placeholder="Parent organization")
        )
        self.add_field("notes", "Notes", NotesField(6))
