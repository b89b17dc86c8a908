"""The action-item editor: what, who, by when, and the meeting it came from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liaison_app import vocab
from liaison_app.kinds import Kind
from ui.editors.base import RecordEditor, count_text
from ui.editors.datetime_fields import DateField
from ui.editors.fields import ChoiceField, LineField, NotesField
from ui.editors.ref_fields import RefField
from ui.i18n import tr as _tr


class ActionEditor(RecordEditor):
    """Title, description, owner (me or a contact), due date, status, priority, meeting."""

    kind = Kind.ACTION

    def build(self) -> None:
        self.add_field("title", _tr("Title"), LineField(_tr("What must be done")))
        self.add_field("description", _tr("Description"), NotesField(4))
        self.owner = RefField(
            Kind.CONTACT,
            self.lookup,
            placeholder=_tr("“me”, or type a contact's name"),
            extra=((vocab.OWNER_ME, _tr("me")),),
        )
        self.add_field("owner", _tr("Owner"), self.owner)
        self.due = DateField()
        self.add_field("due", _tr("Due"), self.due)
        self.due.changed.connect(lambda: self._errors["due"].hide() if self.due.typed_day() else None)
        self.status = ChoiceField(self.choices("status"))
        self.add_field("status", _tr("Status"), self.status)
        self.add_field("priority", _tr("Priority"), ChoiceField(self.choices("priority")))
        self.add_field(
            "meeting_id",
            _tr("From meeting"),
            RefField(Kind.MEETING, self.lookup, placeholder=_tr("Type to find a meeting")),
        )
        self.done_button = self.add_button(_tr("Mark done"), "action", self.mark_done)
        self.done_button.setToolTip(_tr("Set the status to Done and save"))
        self.done_button.setObjectName("mark-done")

    def mark_done(self) -> None:
        """Close the action in one step: status Done, saved (with any other edits shown)."""
        self.status.set_value("done")
        self.save()

    def _show(self, values: Mapping[str, Any]) -> None:
        # "me" is the officer who recorded the action: named, so that on another device
        # (or after a handover) it never reads as whoever is looking.
        self.owner.extra = ((vocab.OWNER_ME, self._me_text(values.get("author_officer"))),)
        super()._show(values)
        self.done_button.setEnabled(values.get("status") not in vocab.CLOSED_ACTION_STATUSES)

    def _me_text(self, officer: object) -> str:
        mine = "" if self.ctx.is_locked else self.ctx.store.author.officer
        name = str(officer) if officer else mine
        if not name:
            return _tr("me")
        return _tr("%1 (me)").replace("%1", name) if name == mine else name

    def describe_record(self, record: Mapping[str, Any]) -> str:
        done = record.get("completed_at")
        if not done:
            return str(record["title"])
        return _tr("%1 (done %2)").replace("%1", str(record["title"])).replace("%2", str(done)[:10])

    def new_heading(self) -> str:
        return _tr("New action item")

    def this_record(self) -> str:
        return _tr("this action item")

    def delete_title(self) -> str:
        return _tr("Delete action item")

    def count_text(self, count: int) -> str:
        return count_text(_tr("%Ln action item(s)", "", count), count, "action item", "action items")
