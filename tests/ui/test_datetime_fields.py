# mypy: disable-error-code="no-untyped-call"
"""Dates and times in the editors, driven from the keyboard: local formats by the locale,
a calendar, the zone beside the time, End following Start, plain errors that clear once
fixed, date-time groups when the profile asks, and MGRS grid <-> latitude/longitude."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.models import ActionItem, Meeting
from liaison_app.services import preferences, records
from ui.context import AppContext
from ui.editors.action import ActionEditor
from ui.editors.datetime_fields import DateField, DateTimeField
from ui.editors.meeting import MeetingEditor
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def german() -> Iterator[None]:
    """A day-first locale that writes dates with dots."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def american() -> Iterator[None]:
    """A month-first locale that writes dates with slashes."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def meeting(qtbot: QtBot, ctx: AppContext) -> MeetingEditor:
    editor = MeetingEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.new()
    return editor


def _field(editor: MeetingEditor, name: str) -> DateTimeField:
    field = editor.fields[name]
    assert isinstance(field, DateTimeField)
    return field


def _choose_zone(qtbot: QtBot, field: DateTimeField, name: str) -> None:
    typed = field.zone.lineEdit()
    assert typed is not None
    typed.setFocus()
    typed.selectAll()
    qtbot.keyClicks(typed, name)
    qtbot.keyClick(typed, Qt.Key.Key_Return)


def _meetings(ctx: AppContext) -> list[Meeting]:
    found = records.list_records(ctx.store, "meeting")
    assert all(isinstance(m, Meeting) for m in found)
    return found  # type: ignore[return-value]


def test_given_a_german_locale_when_a_dotted_start_is_typed_then_end_follows_one_hour_later(
    qtbot: QtBot, ctx: AppContext, german: None, meeting: MeetingEditor
) -> None:
    start, end = _field(meeting, "start"), _field(meeting, "end")
    _choose_zone(qtbot, start, "Asia/Kabul")
    qtbot.keyClicks(meeting.fields["title"].focus_target(), "Water point")
    qtbot.keyClicks(start.edit, "01.12.2026 10:00")
    assert "UTC+04:30" in start.reading() and start.problem() == ""
    assert end.edit.text() == "01.12.2026 11:00"
    assert meeting.save()
    stored = _meetings(ctx)[0]
    assert (stored.start, stored.end) == ("2026-12-01T10:00:00+04:30", "2026-12-01T11:00:00+04:30")


def test_given_a_start_when_end_is_typed_as_a_time_alone_then_it_is_that_day(
    qtbot: QtBot, ctx: AppContext, german: None, meeting: MeetingEditor
) -> None:
    start, end = _field(meeting, "start"), _field(meeting, "end")
    qtbot.keyClicks(meeting.fields["title"].focus_target(), "Checkpoint")
    qtbot.keyClicks(start.edit, "2026-12-01 09:00+03:00")
    end.edit.clear()
    qtbot.keyClicks(end.edit, "17:45")
    assert meeting.save()
    assert _meetings(ctx)[0].end == "2026-12-01T17:45:00+03:00"


def test_given_an_american_locale_when_a_slashed_date_is_typed_then_the_month_comes_first(
    qtbot: QtBot, american: None, meeting: MeetingEditor
) -> None:
    start = _field(meeting, "start")
    qtbot.keyClicks(start.edit, "12/01/2026 3pm")
    moment = start.moment()
    assert moment is not None and (moment.month, moment.day, moment.hour) == (12, 1, 15)


def test_given_a_wrong_date_then_the_problem_shows_at_once_and_clears_once_fixed(
    qtbot: QtBot, ctx: AppContext, german: None, meeting: MeetingEditor
) -> None:
    start = _field(meeting, "start")
    qtbot.keyClicks(meeting.fields["title"].focus_target(), "Water point")
    qtbot.keyClicks(start.edit, "32.12.2026 10:00")
    assert "Not a date and time" in start.problem()
    assert not meeting.save()
    assert meeting.error_text("start") != ""
    start.edit.selectAll()
    qtbot.keyClicks(start.edit, "31.12.2026 10:00")
    assert start.problem() == "" and meeting.error_text("start") == ""
    assert meeting.save()


def test_given_a_date_time_group_typed_then_it_is_stored_in_its_zone_letter(
    qtbot: QtBot, ctx: AppContext, meeting: MeetingEditor
) -> None:
    qtbot.keyClicks(meeting.fields["title"].focus_target(), "Handover")
    qtbot.keyClicks(_field(meeting, "start").edit, "011000ZDEC26")
    assert meeting.save()
    assert _meetings(ctx)[0].start == "2026-12-01T10:00:00+00:00"


def test_given_the_group_display_setting_then_a_stored_start_is_shown_as_a_group(
    qtbot: QtBot, ctx: AppContext
) -> None:
    preferences.update(ctx.store, datetime_display="dtg")
    made = records.add(ctx.store, "meeting", {"title": "Handover", "start": "2026-12-01T10:00+03:00"})
    editor = MeetingEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(made.id)
    assert _field(editor, "start").edit.text() == "011000CDEC26"
    assert not editor.is_dirty()


def test_given_the_calendar_when_opened_from_the_keyboard_then_a_day_is_picked_and_the_time_kept(
    qtbot: QtBot, german: None, meeting: MeetingEditor
) -> None:
    start = _field(meeting, "start")
    qtbot.keyClicks(start.edit, "01.12.2026 10:00")
    qtbot.keyClick(start.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert start.calendar.isVisible()
    qtbot.keyClick(start.calendar.focusWidget() or start.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(start.calendar.focusWidget() or start.calendar, Qt.Key.Key_Return)
    assert not start.calendar.isVisible()
    assert start.edit.text() == "02.12.2026 10:00"


def test_given_a_valid_grid_when_tabbing_on_then_latitude_and_longitude_fill_in(
    qtbot: QtBot, meeting: MeetingEditor
) -> None:
    grid = meeting.fields["grid"].focus_target()
    grid.setFocus()
    qtbot.keyClicks(grid, "38SMB4400012000")
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert meeting.values()["latitude"] == "32.644191"
    assert meeting.values()["longitude"] == "44.402925"


def test_given_latitude_and_longitude_typed_then_the_grid_fills_in(
    qtbot: QtBot, meeting: MeetingEditor
) -> None:
    lat, lon = meeting.fields["latitude"].focus_target(), meeting.fields["longitude"].focus_target()
    lat.setFocus()
    qtbot.keyClicks(lat, "32.644191")
    qtbot.keyClick(lat, Qt.Key.Key_Tab)
    assert meeting.values()["grid"] == ""  # one coordinate is not a position yet
    qtbot.keyClicks(lon, "44.402925")
    qtbot.keyClick(lon, Qt.Key.Key_Tab)
    assert meeting.values()["grid"] == "38SMB4400012000"


def test_given_a_due_date_typed_as_tomorrow_then_tomorrow_is_stored(
    qtbot: QtBot, ctx: AppContext, german: None
) -> None:
    editor = ActionEditor(ctx)
    qtbot.addWidget(editor)
    editor.new()
    qtbot.keyClicks(editor.fields["title"].focus_target(), "Send report")
    due = editor.fields["due"]
    assert isinstance(due, DateField)
    qtbot.keyClicks(due.edit, "tomorrow")
    assert editor.save()
    stored = records.list_records(ctx.store, "action")[0]
    assert isinstance(stored, ActionItem)
    assert stored.due == (date.today() + timedelta(days=1)).isoformat()
    assert due.edit.text() == (date.today() + timedelta(days=1)).strftime("%d.%m.%Y")


def test_given_the_settings_dialog_when_groups_are_chosen_by_keyboard_then_the_setting_is_stored(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.datetime_display.setFocus()
    qtbot.keyClick(dialog.datetime_display, Qt.Key.Key_Down)
    dialog.apply()
    assert preferences.read(ctx.store).datetime_display == "dtg"


def test_given_an_end_before_the_start_then_it_says_so_until_the_start_moves(
    qtbot: QtBot, german: None, meeting: MeetingEditor
) -> None:
    start, end = _field(meeting, "start"), _field(meeting, "end")
    qtbot.keyClicks(start.edit, "01.12.2026 10:00")
    end.edit.selectAll()
    qtbot.keyClicks(end.edit, "09:00")
    assert end.problem() == "This is before the start."
    start.edit.selectAll()
    qtbot.keyClicks(start.edit, "01.12.2026 08:00")
    assert end.problem() == ""


def test_given_a_zone_chosen_for_the_start_then_the_end_moves_to_it(
    qtbot: QtBot, meeting: MeetingEditor
) -> None:
    start, end = _field(meeting, "start"), _field(meeting, "end")
    _choose_zone(qtbot, start, "Asia/Kabul")
    assert end.zone.currentText() == "Asia/Kabul"


def test_given_the_start_field_then_tab_goes_from_the_text_to_its_zone_then_its_buttons(
    qtbot: QtBot, meeting: MeetingEditor
) -> None:
    start = _field(meeting, "start")
    start.edit.setFocus()
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[0] in (start.zone, start.zone.lineEdit())
    assert visited[1:3] == [start.calendar_button, start.now_button]
    assert visited[3] is _field(meeting, "end").edit


def test_given_an_open_editor_when_the_display_setting_changes_then_the_next_load_uses_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    made = records.add(ctx.store, "meeting", {"title": "Handover", "start": "2026-12-01T10:00+00:00"})
    editor = MeetingEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(made.id)
    assert _field(editor, "start").edit.text() != "011000ZDEC26"
    preferences.update(ctx.store, datetime_display="dtg")
    ctx.preferences_changed.emit()
    editor.load(made.id)
    assert _field(editor, "start").edit.text() == "011000ZDEC26"
