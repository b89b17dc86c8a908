# mypy: disable-error-code="no-untyped-call"
"""The main path through the real window: an organization, a contact in it, a meeting
with that contact attending, an action from the meeting, then finding each by search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from ui.context import AppContext
from ui.editors.base import RecordEditor
from ui.editors.meeting import MeetingEditor
from ui.editors.ref_fields import RefField
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _type(qtbot: QtBot, editor: RecordEditor, name: str, text: str) -> None:
    target = editor.fields[name].focus_target()
    qtbot.keyClicks(target, text)


def _pick(qtbot: QtBot, field: RefField, text: str, expected: str) -> None:
    """Type into a reference field and choose the first completion with the keyboard."""
    qtbot.keyClicks(field.edit, text)
    popup = field.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert field.matches.item(0).text() == expected
    popup.setCurrentIndex(field.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def _new(qtbot: QtBot, window: MainWindow, kind: str) -> RecordEditor:
    window.go_to(kind)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.lists[kind].editor
    assert editor.record_id is None and editor.isVisible()
    return editor


def _save(qtbot: QtBot, window: MainWindow, editor: RecordEditor) -> str:
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert editor.record_id is not None
    return editor.record_id


def _search(qtbot: QtBot, window: MainWindow, kind: str, text: str) -> list[str]:
    window.go_to(kind)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    page = window.lists[kind]
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: page.model.query.text == text)
    return [str(page.model.id_at(row)) for row in range(page.model.rowCount())]


def test_an_organization_contact_meeting_and_action_are_recorded_and_found_by_search(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    # Noise, so that search has something to leave out.
    records.add(ctx.store, "org", {"name": "Municipality of Kaldor"})
    records.add(ctx.store, "contact", {"full_name": "Jonas Keller"})
    ctx.notify_changed()

    org = _new(qtbot, window, "org")
    _type(qtbot, org, "name", "World Food Programme")
    _type(qtbot, org, "acronym", "WFP")
    org_id = _save(qtbot, window, org)

    contact = _new(qtbot, window, "contact")
    _type(qtbot, contact, "full_name", "Amina Haddad")
    organization = contact.fields["organization_id"]
    assert isinstance(organization, RefField)
    _pick(qtbot, organization, "World", "World Food Programme (WFP)")
    contact_id = _save(qtbot, window, contact)
    assert records.as_dict(records.get(ctx.store, "contact", contact_id))["organization_id"] == org_id

    meeting = _new(qtbot, window, "meeting")
    _type(qtbot, meeting, "title", "Water point security")
    _type(qtbot, meeting, "start", "2026-03-14 09:30+03:00")
    assert isinstance(meeting, MeetingEditor)
    attendees = meeting.attendees
    _pick(qtbot, attendees.adder, "Amin", "Amina Haddad")
    assert attendees.value() == [contact_id]
    meeting_id = _save(qtbot, window, meeting)
    assert records.as_dict(records.get(ctx.store, "meeting", meeting_id))["attendee_ids"] == [contact_id]

    qtbot.mouseClick(meeting.new_action_button, Qt.MouseButton.LeftButton)
    action = window.lists["action"].editor
    assert window.current_list() is window.lists["action"]
    assert action.fields["meeting_id"].value() == meeting_id
    _type(qtbot, action, "title", "Send the escort schedule")
    _type(qtbot, action, "due", "2026-03-20")
    action_id = _save(qtbot, window, action)
    assert records.as_dict(records.get(ctx.store, "action", action_id))["meeting_id"] == meeting_id

    assert _search(qtbot, window, "org", "food") == [org_id]
    assert _search(qtbot, window, "contact", "amina") == [contact_id]
    assert _search(qtbot, window, "meeting", "water") == [meeting_id]
    assert _search(qtbot, window, "action", "escort") == [action_id]


def test_a_contact_opens_its_organization_and_an_action_opens_its_meeting(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    org = records.add(ctx.store, "org", {"name": "World Food Programme"})
    contact = records.add(ctx.store, "contact", {"full_name": "Amina", "organization_id": org.id})
    meeting = records.add(ctx.store, "meeting", {"title": "Water", "start": "2026-03-14T09:30"})
    action = records.add(ctx.store, "action", {"title": "Call back", "meeting_id": meeting.id})
    ctx.notify_changed()

    window.open_record("contact", contact.id)
    link = window.lists["contact"].editor.fields["organization_id"]
    assert isinstance(link, RefField)
    qtbot.mouseClick(link.open_button, Qt.MouseButton.LeftButton)
    assert window.current_list() is window.lists["org"]
    assert window.lists["org"].editor.record_id == org.id

    window.open_record("action", action.id)
    link = window.lists["action"].editor.fields["meeting_id"]
    assert isinstance(link, RefField)
    qtbot.mouseClick(link.open_button, Qt.MouseButton.LeftButton)
    assert window.current_list() is window.lists["meeting"]
    assert window.lists["meeting"].editor.record_id == meeting.id
    selected = window.lists["meeting"].table.currentIndex().row()
    assert window.lists["meeting"].model.id_at(selected) == meeting.id
