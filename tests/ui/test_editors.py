# mypy: disable-error-code="no-untyped-call"
"""Editors: validation messages next to the field, and the unsaved-changes guard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app import validation
from liaison_app.errors import ValidationError
from liaison_app.services import records
from ui import guard
from ui.context import AppContext
from ui.editors.fields import ChoiceField, LineField, NotesField
from ui.editors.org import OrganizationEditor
from ui.main_window import MainWindow

from .conftest import GuardAnswers


def test_an_invalid_start_is_reported_under_the_start_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.go_to("meeting")
    page = window.lists["meeting"]
    page.new_record()
    qtbot.keyClicks(page.editor.fields["title"].focus_target(), "Checkpoint liaison")
    qtbot.keyClicks(page.editor.fields["start"].focus_target(), "2026-13-01 10:00")
    assert not page.editor.save()
    assert "is not an ISO-8601 date-time" in page.editor.error_text("start")
    assert page.editor.error_text("title") == ""
    assert records.list_records(ctx.store, "meeting") == []
    assert page.editor.is_dirty()


def test_a_missing_name_is_reported_under_the_name_field(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("contact")
    page = window.lists["contact"]
    page.new_record()
    assert not page.editor.save()
    assert page.editor.error_text("full_name") == "Must not be empty"


def test_a_bad_phone_number_is_reported_under_the_contact_points(qtbot: QtBot, window: MainWindow) -> None:
    page = window.lists["contact"]
    window.go_to("contact")
    page.new_record()
    qtbot.keyClicks(page.editor.fields["full_name"].focus_target(), "Amina")
    points = page.editor.fields["contact_points"]
    row = points.add_row()  # type: ignore[attr-defined]
    qtbot.keyClicks(row.texts["value"], "call me")
    assert not page.editor.save()
    assert "is not a phone number" in page.editor.error_text("contact_points")


def test_fixing_the_error_and_saving_again_clears_the_message(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = window.lists["action"]
    window.go_to("action")
    page.new_record()
    qtbot.keyClicks(page.editor.fields["title"].focus_target(), "Call back")
    due = page.editor.fields["due"].focus_target()
    qtbot.keyClicks(due, "next week")
    assert not page.editor.save()
    assert page.editor.error_text("due") != ""
    due.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(due, "2026-05-01")
    assert page.editor.save()
    assert page.editor.error_text("due") == ""
    assert [records.as_dict(a)["due"] for a in records.list_records(ctx.store, "action")] == ["2026-05-01"]


def test_moving_to_another_record_with_unsaved_edits_asks_and_cancel_keeps_the_edit(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, guard_answers: GuardAnswers
) -> None:
    first = records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    second = records.add(ctx.store, "contact", {"full_name": "Jonas Keller"})
    ctx.notify_changed("contact")
    page = window.lists["contact"]
    window.go_to("contact")
    page.open_record(first.id)
    qtbot.keyClicks(page.editor.fields["position"].focus_target(), "Head of office")
    guard_answers.answers = [guard.Choice.CANCEL]
    row = page.model.row_of(second.id)
    assert row is not None
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert guard_answers.asked == ["“Amina Haddad”"]
    assert page.editor.record_id == first.id
    assert page.editor.fields["position"].value() == "Head of office"
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == page.model.row_of(first.id))


def test_discarding_unsaved_edits_opens_the_other_record_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, guard_answers: GuardAnswers
) -> None:
    first = records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    second = records.add(ctx.store, "contact", {"full_name": "Jonas Keller"})
    ctx.notify_changed("contact")
    page = window.lists["contact"]
    page.open_record(first.id)
    qtbot.keyClicks(page.editor.fields["position"].focus_target(), "Head of office")
    guard_answers.answers = [guard.Choice.DISCARD]
    assert page.open_record(second.id)
    assert page.editor.record_id == second.id
    assert records.as_dict(records.get(ctx.store, "contact", first.id))["position"] == ""


def test_choosing_save_in_the_guard_saves_before_moving_on(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, guard_answers: GuardAnswers
) -> None:
    first = records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    page = window.lists["contact"]
    page.open_record(first.id)
    qtbot.keyClicks(page.editor.fields["position"].focus_target(), "Head of office")
    guard_answers.answers = [guard.Choice.SAVE]
    assert page.new_record()
    assert records.as_dict(records.get(ctx.store, "contact", first.id))["position"] == "Head of office"


def test_closing_the_window_with_unsaved_edits_asks_first(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, guard_answers: GuardAnswers
) -> None:
    page = window.lists["org"]
    window.go_to("org")
    page.new_record()
    qtbot.keyClicks(page.editor.fields["name"].focus_target(), "UNICEF")
    assert window.isWindowModified()
    guard_answers.answers = [guard.Choice.CANCEL]
    assert not window.close()
    assert window.isVisible() and not ctx.is_locked


def test_the_attendee_picker_completes_names_from_the_contacts(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    for name in ("Amina Haddad", "Amir Saleh", "Jonas Keller"):
        records.add(ctx.store, "contact", {"full_name": name})
    page = window.lists["meeting"]
    window.go_to("meeting")
    page.new_record()
    adder = page.editor.attendees.adder  # type: ignore[attr-defined]
    qtbot.keyClicks(adder.edit, "ami")
    names = sorted(adder.matches.item(i).text() for i in range(adder.matches.rowCount()))
    assert names == ["Amina Haddad", "Amir Saleh"]
    popup = adder.completer.popup()
    popup.setCurrentIndex(adder.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert len(page.editor.attendees.value()) == 1  # type: ignore[attr-defined]
    assert adder.edit.text() == ""  # ready for the next name


def test_deleting_a_record_removes_it_from_the_list(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    org = records.add(ctx.store, "org", {"name": "UNICEF"})
    ctx.notify_changed("org")
    page = window.lists["org"]
    window.go_to("org")  # a screen out of sight reads its list when shown
    page.open_record(org.id)
    assert page.model.rowCount() == 1
    page.editor.delete()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # at the next turn of the event loop
    assert page.editor_stack.currentWidget() is page.placeholder


def test_a_reworded_message_is_still_placed_under_the_field_the_error_names(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The new wording starts with another field's name: only `exc.field` may decide.
    def reworded(field: str, value: object) -> str:
        raise ValidationError(
            "title: dates read YYYY-MM-DD here", field=field, detail="Dates read YYYY-MM-DD"
        )

    monkeypatch.setattr(validation, "iso_date", reworded)
    page = window.lists["action"]
    window.go_to("action")
    page.new_record()
    qtbot.keyClicks(page.editor.fields["title"].focus_target(), "Call back")
    qtbot.keyClicks(page.editor.fields["due"].focus_target(), "soon")
    assert not page.editor.save()
    assert page.editor.error_text("due") == "Dates read YYYY-MM-DD"
    assert page.editor.error_text("title") == ""


def test_a_reworded_message_changes_nothing_the_editor_shows_the_rule_decides(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = validation.iso_date

    def reworded(field: str, value: object) -> str:
        try:
            return real(field, value)
        except ValidationError as exc:
            # Same rule and values, other words (and another field's name in front).
            raise ValidationError(
                "title: no such day", field=exc.field, detail="no such day", rule=exc.rule, params=exc.params
            ) from None

    monkeypatch.setattr(validation, "iso_date", reworded)
    page = window.lists["action"]
    window.go_to("action")
    page.new_record()
    qtbot.keyClicks(page.editor.fields["title"].focus_target(), "Call back")
    qtbot.keyClicks(page.editor.fields["due"].focus_target(), "soon")
    assert not page.editor.save()
    assert page.editor.error_text("due") == "'soon' is not a date (YYYY-MM-DD)"
    assert page.editor.error_text("title") == ""


def test_a_rule_over_two_fields_is_shown_at_the_field_it_names(qtbot: QtBot, window: MainWindow) -> None:
    page = window.lists["meeting"]
    window.go_to("meeting")
    page.new_record()
    qtbot.keyClicks(page.editor.fields["title"].focus_target(), "Checkpoint liaison")
    qtbot.keyClicks(page.editor.fields["start"].focus_target(), "2026-11-20 10:00")
    qtbot.keyClicks(page.editor.fields["latitude"].focus_target(), "12.5")
    assert not page.editor.save()
    assert page.editor.error_text("latitude") == "Give both latitude and longitude, or neither"


def test_a_reference_to_a_record_not_here_is_shown_under_its_field(qtbot: QtBot, window: MainWindow) -> None:
    page = window.lists["contact"]
    window.go_to("contact")
    page.new_record()
    qtbot.keyClicks(page.editor.fields["full_name"].focus_target(), "Amina")
    qtbot.keyClicks(page.editor.fields["organization_id"].focus_target(), "no-such-organization")
    assert not page.editor.save()
    assert page.editor.error_text("organization_id") == "No organization with id no-such-organization"
    assert page.editor.general_error.isHidden()


def test_a_registry_field_no_editor_lays_out_still_gets_a_widget_of_its_shape(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def build_without_notes(self: OrganizationEditor) -> None:
        self.add_field("name", "Name", LineField())

    monkeypatch.setattr(OrganizationEditor, "build", build_without_notes)
    editor = OrganizationEditor(ctx)
    qtbot.addWidget(editor)
    editor.new()
    assert list(editor.fields) == [
        "name",
        "acronym",
        "org_type",
        "sectors",
        "parent_id",
        "notes",
        "area_id",
        "scope",
    ]
    assert isinstance(editor.fields["notes"], NotesField)
    assert isinstance(editor.fields["org_type"], ChoiceField)
    qtbot.keyClicks(editor.fields["name"].focus_target(), "UNICEF")
    qtbot.keyClicks(editor.fields["notes"].focus_target(), "Water and sanitation lead")
    assert editor.save()
    assert [o.notes for o in records.list_records(ctx.store, "org")] == ["Water and sanitation lead"]  # type: ignore[attr-defined]
