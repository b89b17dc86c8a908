"""The meeting editor: when and where, who attended, the points raised, and a button
that starts an action item from this meeting."""

from __future__ import annotations

from liaison_app.kinds import Kind
from liaison_app.services import forms
from ui.editors.base import RecordEditor, count_text
from ui.editors.fields import ChoiceField, DateTimeField, LineField, NotesField, OptionalTextField
from ui.editors.ref_fields import RefListField
from ui.editors.rows_field import RowsField


class MeetingEditor(RecordEditor):
    """Title, type, time, place, attendees, organizations, points, assessment, status."""

    kind = Kind.MEETING

    def build(self) -> None:
        self.add_field("title", self.tr("Title"), LineField(self.tr("e.g. Water point security")))
        self.add_field("meeting_type", self.tr("Type"), ChoiceField(self.choices("meeting_type")))
        self.add_field("start", self.tr("Start"), DateTimeField())
        self.add_field("end", self.tr("End"), DateTimeField())
        self.add_field("location", self.tr("Location"), LineField(self.tr("Place name")))
        self.add_field("grid", self.tr("MGRS grid"), LineField(self.tr("e.g. 38SMB4400012000")))
        self.add_field("latitude", self.tr("Latitude"), OptionalTextField(self.tr("decimal degrees")))
        self.add_field("longitude", self.tr("Longitude"), OptionalTextField(self.tr("decimal degrees")))
        self.attendees = RefListField(
            Kind.CONTACT, self.lookup, placeholder=self.tr("Type a name to add an attendee")
        )
        self.add_field("attendee_ids", self.tr("Attendees"), self.attendees)
        self.add_field(
            "organization_ids",
            self.tr("Organizations"),
            RefListField(Kind.ORG, self.lookup, placeholder=self.tr("Type to add an organization")),
        )
        self.add_field("purpose", self.tr("Purpose"), NotesField(3))
        self.add_field(
            "points",
            self.tr("Points"),
            RowsField(
                self.choices("points"),
                (("text", self.tr("what was found, decided, asked…"), 1),),
                add_label=self.tr("Add point"),
            ),
        )
        self.add_field("assessment", self.tr("Assessment"), NotesField(3))
        self.add_field("status", self.tr("Status"), ChoiceField(self.choices("status")))
        self.sensitivity = ChoiceField({})
        self.add_field("sensitivity", self.tr("Sensitivity"), self.sensitivity)
        self.new_action_button = self.add_button(self.tr("New action"), "action", self.new_action)
        self.new_action_button.setToolTip(self.tr("New action item from this meeting"))

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

    def new_heading(self) -> str:
        return self.tr("New meeting")

    def this_record(self) -> str:
        return self.tr("this meeting")

    def delete_title(self) -> str:
        return self.tr("Delete meeting")

    def count_text(self, count: int) -> str:
        return count_text(self.tr("%n meeting(s)", "", count), count, "meeting", "meetings")
