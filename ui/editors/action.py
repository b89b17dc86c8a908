"""The action-item editor: what, who, by when, and the meeting it came from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from liaison_app import vocab
from ui.editors.base import RecordEditor
from ui.editors.fields import ChoiceField, LineField, NotesField, OptionalTextField
from ui.editors.ref_fields import RefField


class ActionEditor(RecordEditor):
    """Title, description, owner (me or a contact), due date, status, priority, meeting."""

    kind = "action"
    noun = "action item"
    aliases: ClassVar[Mapping[str, str]] = {"owner": "owner", "meeting": "meeting_id"}
    not_found: ClassVar[Mapping[str, str]] = {"contact": "owner", "meeting": "meeting_id"}

    def build(self) -> None:
        self.add_field("title", "Title", LineField("What must be done"))
        self.add_field("description", "Description", NotesField(4))
        self.add_field(
            "owner",
            "Owner",
            RefField(
                "contact",
                self.lookup,
                placeholder="“me”, or type a contact's name",
                extra=((vocab.OWNER_ME, "me"),),
            ),
        )
        self.add_field("due", "Due", OptionalTextField("YYYY-MM-DD"))
        self.add_field("status", "Status", ChoiceField(vocab.ACTION_STATUSES))
        self.add_field("priority", "Priority", ChoiceField(vocab.PRIORITIES))
        self.add_field(
            "meeting_id",
            "From meeting",
            RefField("meeting", self.lookup, placeholder="Type to find a meeting"),
        )

    def describe_record(self, record: Mapping[str, Any]) -> str:
        done = record.get("completed_at")
        suffix = f" (done {str(done)[:10]})" if done else ""
        return f"{record['title']}{suffix}"
