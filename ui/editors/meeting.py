"""The meeting editor: when and where, who attended, the points raised, and a button
that starts an action item from this meeting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from liaison_app import vocab
from liaison_app.services import forms
from ui.editors.base import RecordEditor
from ui.editors.fields import ChoiceField, DateTimeField, LineField, NotesField, OptionalTextField
from ui.editors.ref_fields import RefListField
from ui.editors.rows_field import RowsField


class MeetingEditor(RecordEditor):
    """Title, type, time, place, attendees, organizations, points, assessment, status."""

    kind = "meeting"
    noun = "meeting"
    # "position: give both latitude and longitude" concerns the coordinate pair.
    aliases: ClassVar[Mapping[str, str]] = {"position": "latitude", "points kind": "points"}
    not_found: ClassVar[Mapping[str, str]] = {
        "contact": "attendee_ids",
        "organization": "organization_ids",
    }

    def build(self) -> None:
        self.add_field("title", "Title", LineField("e.g. Water point security"))
        self.add_field("meeting_type", "Type", ChoiceField(vocab.MEETING_TYPES))
        self.add_field("start", "Start", DateTimeField())
        self.add_field("end", "End", DateTimeField())
        self.add_field("location", "Location", LineField("Place name"))
        self.add_field("grid", "MGRS grid", LineField("e.g. 38SMB4400012000"))
        self.add_field("latitude", "Latitude", OptionalTextField("decimal degrees"))
        self.add_field("longitude", "Longitude", OptionalTextField("decimal degrees"))
        self.attendees = RefListField("contact", self.lookup, placeholder="Type a name to add an attendee")
        self.add_field("attendee_ids", "Attendees", self.attendees)
        self.add_field(
            "organization_ids",
            "Organizations",
            RefListField("org", self.lookup, placeholder="Type to add an organization"),
        )
        self.add_field("purpose", "Purpose", NotesField(3))
        self.add_field(
            "points",
            "Points",
            RowsField(
                vocab.POINT_KINDS,
                (("text", "what was found, decided, asked…", 1),),
                add_label="Add point",
            ),
        )
        self.add_field("assessment", "Assessment", NotesField(3))
        self.add_field("status", "Status", ChoiceField(vocab.MEETING_STATUSES))
        self.sensitivity = ChoiceField({})
        self.add_field("sensitivity", "Sensitivity", self.sensitivity)
        self.new_action_button = self.add_button("New action", "action", self.new_action)
        self.new_action_button.setToolTip("New action item from this meeting")

    def prepare(self) -> None:
        levels = forms.sensitivity_levels(self.ctx.store)
        self.sensitivity.set_options({level: level.title() for level in levels})

    def _sync_buttons(self) -> None:
        super()._sync_buttons()
        if hasattr(self, "new_action_button"):
            self.new_action_button.setEnabled(self.record_id is not None)

    def new_action(self) -> None:
        """Ask for a new action item linked to this (saved) meeting."""
        if self.record_id is not None:
            self.new_related.emit("action", {"meeting_id": self.record_id})
