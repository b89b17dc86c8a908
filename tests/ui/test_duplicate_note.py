# mypy: disable-error-code="no-untyped-call"
"""The note under a new contact's or organization's name when it looks like a stored one,
driven from the keyboard in the real editors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from ui import guard
from ui.context import AppContext
from ui.editors.duplicate_note import DuplicateNote
from ui.main_window import MainWindow

from .conftest import GuardAnswers


def _stored(ctx: AppContext) -> tuple[str, str]:
    wfp = records.add(ctx.store, "org", {"name": "World Food Programme", "acronym": "WFP"}).id
    jean = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi", "organization_id": wfp}).id
    return wfp, jean


def _note(window: MainWindow, kind: str) -> DuplicateNote:
    note = window.lists[kind].editor.findChild(DuplicateNote)
    assert note is not None
    return note


def test_given_a_stored_contact_when_a_new_one_is_typed_alike_then_a_note_offers_to_open_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, guard_answers: GuardAnswers
) -> None:
    wfp, jean = _stored(ctx)
    window.go_to("contact")
    page = window.lists["contact"]
    page.new_record()
    note = _note(window, "contact")
    name = page.editor.fields["full_name"].focus_target()

    qtbot.keyClicks(name, "Jean Mukend")
    qtbot.waitUntil(lambda: note.isVisible())

    (line,) = note.matches
    assert (line.id, note.note_text(line)) == (jean, "Jean Mukendi, WFP — already here?")
    assert page.editor.save_button.isEnabled()  # saving is never blocked

    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is note.open_buttons[0]
    guard_answers.answers.append(guard.Choice.DISCARD)
    qtbot.keyClick(note.open_buttons[0], Qt.Key.Key_Space)

    assert page.editor.record_id == jean
    assert not note.isVisible()
    assert wfp  # the organization the note named


def test_given_a_name_unlike_any_when_typed_then_no_note_and_saving_hides_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _stored(ctx)
    window.go_to("contact")
    page = window.lists["contact"]
    page.new_record()
    note = _note(window, "contact")
    name = page.editor.fields["full_name"].focus_target()

    qtbot.keyClicks(name, "Amina Diallo")
    qtbot.wait(note.timer.interval() + 100)
    assert not note.isVisible()

    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(name, "Jean Mukendi")
    qtbot.waitUntil(lambda: note.isVisible())
    assert page.editor.save()  # an officer who knows better saves anyway
    assert not note.isVisible()
    assert len(records.list_records(ctx.store, "contact")) == 2


def test_given_a_stored_contact_when_it_is_edited_then_no_note(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _, jean = _stored(ctx)
    records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    window.go_to("contact")
    page = window.lists["contact"]
    page.open_record(jean)
    note = _note(window, "contact")

    qtbot.keyClicks(page.editor.fields["full_name"].focus_target(), " ")
    qtbot.wait(note.timer.interval() + 100)

    assert not note.isVisible()


def test_given_a_stored_organization_when_a_new_one_is_typed_alike_then_a_note(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    wfp, _ = _stored(ctx)
    window.go_to("org")
    page = window.lists["org"]
    page.new_record()
    note = _note(window, "org")

    qtbot.keyClicks(page.editor.fields["name"].focus_target(), "World Food Program")
    qtbot.waitUntil(lambda: note.isVisible())

    assert [m.id for m in note.matches] == [wfp]
    assert note.note_text(note.matches[0]) == "World Food Programme — already here?"
