"""The contact editor: a person, their organization and how to reach them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from liaison_app import vocab
from liaison_app.services import forms
from ui.editors.base import RecordEditor
from ui.editors.fields import CheckField, ChoiceField, LineField, ListTextField, NotesField
from ui.editors.ref_fields import RefField
from ui.editors.rows_field import RowsField


class ContactEditor(RecordEditor):
    """Name, position, organization, contact points, languages, sensitivity and flags."""

    kind = "contact"
    noun = "contact"
    # Contact-point messages name the point's kind ("phone: '12' is not a phone number").
    aliases: ClassVar[Mapping[str, str]] = {
        "phone": "contact_points",
        "email": "contact_points",
        "radio": "contact_points",
        "messaging": "contact_points",
        "contact_points kind": "contact_points",
    }
    not_found: ClassVar[Mapping[str, str]] = {"organization": "organization_id"}

    def build(self) -> None:
        self.add_field("full_name", "Name", LineField("Full name"))
        self.add_field("position", "Position", LineField("e.g. Head of sub-office"))
        org = RefField("org", self.lookup, placeholder="Type to find an organization")
        self.add_field("organization_id", "Organization", org)
        self.add_field(
            "contact_points",
            "Reach by",
            RowsField(
                vocab.CONTACT_POINT_KINDS,
                (("value", "number or address", 3), ("label", "label, e.g. office", 2)),
                add_label="Add phone, email…",
            ),
        )
        self.add_field("languages", "Languages", ListTextField("comma-separated"))
        self.add_field("location", "Location", LineField("Town, district"))
        self.add_field("tags", "Tags", ListTextField("comma-separated"))
        self.sensitivity = ChoiceField({})
        self.add_field("sensitivity", "Sensitivity", self.sensitivity)
        self.add_field("do_not_share", "Sharing", CheckField("Do not share with other officers"))
        self.add_field("do_not_contact", "Contact", CheckField("Do not contact"))
        self.add_field("notes", "Notes", NotesField(5))

    def prepare(self) -> None:
        levels = forms.sensitivity_levels(self.ctx.store)
        self.sensitivity.set_options({level: level.title() for level in levels})

    def describe_record(self, record: Mapping[str, Any]) -> str:
        return str(record["full_name"])
