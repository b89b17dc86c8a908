# mypy: disable-error-code="no-untyped-call"
"""The meeting as minutes: points as wrapping, typed, reorderable text; the editor in its
own window; a read-only minutes view; row fields as wide as their text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.services import minutes as minutes_service
from liaison_app.services import records
from ui.context import AppContext
from ui.editors.meeting import MeetingEditor
from ui.editors.points_field import PointsField
from ui.list_view import ListPage
from ui.main_window import MainWindow
from ui.minutes_view import MinutesView, minutes_document, when_text

START = "2026-11-20T10:00+03:00"


def _meeting_page(window: MainWindow) -> tuple[ListPage, MeetingEditor, PointsField]:
    window.go_to("meeting")
    page = window.lists["meeting"]
    editor = page.editor
    assert isinstance(editor, MeetingEditor)
    points = editor.fields["points"]
    assert isinstance(points, PointsField)
    return page, editor, points


def _saved_meeting(ctx: AppContext, **fields: Any) -> str:
    record = records.add(ctx.store, "meeting", {"title": "Water point security", "start": START, **fields})
    ctx.notify_changed("meeting")
    return record.id


def _stored_points(ctx: AppContext, meeting_id: str) -> list[dict[str, str]]:
    return list(records.as_dict(records.get(ctx.store, "meeting", meeting_id))["points"])


def test_given_a_new_meeting_when_points_are_typed_over_several_lines_then_they_are_saved_in_order(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page, editor, points = _meeting_page(window)
    page.new_record()
    qtbot.keyClicks(editor.fields["title"].focus_target(), "Water point security")
    qtbot.keyClicks(editor.fields["start"].focus_target(), "2026-11-20 10:00")
    points.add_button.setFocus()
    qtbot.keyClick(points.add_button, Qt.Key.Key_Space)
    first = points.rows[0]
    assert first.text.hasFocus()  # Add point puts the cursor in the new point's text
    qtbot.keyClicks(first.text, "The northern route is mined.")
    qtbot.keyClick(first.text, Qt.Key.Key_Return)
    qtbot.keyClicks(first.text, "Two bridges are down.")
    second = points.add_row()
    second.kind.setCurrentIndex(second.kind.findData("decision"))
    qtbot.keyClicks(second.text, "Escort trucks on Tuesdays")
    assert editor.save()
    assert editor.record_id is not None
    assert _stored_points(ctx, editor.record_id) == [
        {"kind": "finding", "text": "The northern route is mined.\nTwo bridges are down."},
        {"kind": "decision", "text": "Escort trucks on Tuesdays"},
    ]


def test_alt_up_moves_the_point_under_the_cursor_and_the_new_order_is_saved(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(
        ctx,
        points=[
            {"kind": "finding", "text": "first"},
            {"kind": "request", "text": "second"},
            {"kind": "decision", "text": "third"},
        ],
    )
    page, editor, points = _meeting_page(window)
    assert page.open_record(meeting_id)
    third = points.rows[2]
    third.text.setFocus()
    qtbot.keyClick(third.text, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert points.rows.index(third) == 1 and third.text.hasFocus()
    assert third.number.text() == "2."
    qtbot.keyClick(third.text, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(third.text, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first: stays
    assert points.rows.index(third) == 0
    qtbot.mouseClick(points.rows[1].down, Qt.MouseButton.LeftButton)  # "first" goes below "second"
    assert editor.is_dirty()
    assert editor.save()
    assert [p["text"] for p in _stored_points(ctx, meeting_id)] == ["third", "second", "first"]


def test_tab_runs_through_every_point_in_screen_order_then_to_add_point(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(
        ctx, points=[{"kind": "finding", "text": "first"}, {"kind": "request", "text": "second"}]
    )
    page, _editor, points = _meeting_page(window)
    assert page.open_record(meeting_id)
    points.move_row(points.rows[1], -1)  # the order on screen, not the order of creation
    top, bottom = points.rows
    top.kind.setFocus()
    seen: list[QWidget | None] = []
    for _ in range(9):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    seen.append(QApplication.focusWidget())
    # The first row's Up button is disabled (nothing above it), so Tab passes it by.
    assert seen == [
        top.kind,
        top.text,
        top.down,
        top.remove,
        bottom.kind,
        bottom.text,
        bottom.up,
        bottom.remove,
        points.add_button,
        seen[9],
    ]
    assert seen[9] is not None and points.isAncestorOf(seen[9]) is False  # on to the next field


def test_a_long_point_wraps_and_its_box_grows_to_show_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(ctx, points=[{"kind": "finding", "text": "short"}])
    page, _editor, points = _meeting_page(window)
    assert page.open_record(meeting_id)
    box = points.rows[0].text
    before = box.height()
    qtbot.keyClicks(box, " and then a long account of what the municipality said about the trucks" * 4)
    assert box.height() > before
    assert box.horizontalScrollBar().maximum() == 0  # wrapped, not scrolled sideways


def test_the_minutes_view_reads_like_minutes_with_names_types_and_actions(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    wfp = records.add(ctx.store, "org", {"name": "World Food Programme"})
    amina = records.add(
        ctx.store,
        "contact",
        {"full_name": "Amina Haddad", "position": "Head of sub-office", "organization_id": wfp.id},
    )
    meeting_id = _saved_meeting(
        ctx,
        attendee_ids=[amina.id],
        purpose="Agree escorts.",
        points=[{"kind": "decision", "text": "Escort trucks on Tuesdays"}],
        assessment="Cooperative.",
    )
    records.add(ctx.store, "action", {"title": "Send schedule", "owner": "me", "meeting_id": meeting_id})
    page, editor, _points = _meeting_page(window)
    assert page.open_record(meeting_id)
    editor.minutes_button.setFocus()
    qtbot.keyClick(editor.minutes_button, Qt.Key.Key_Space)
    view = editor.minutes_window
    assert isinstance(view, MinutesView)
    qtbot.waitExposed(view)
    text = view.text()
    for expected in (
        "Water point security",
        "2026-11-20 10:00 (UTC+03:00)",
        "Amina Haddad (Head of sub-office, World Food Programme)",
        "Agree escorts.",
        "Decision: Escort trucks on Tuesdays",
        "Cooperative.",
        "Send schedule — Maj. Anna Berg, Open",
    ):
        assert expected in text
    assert view.browser.isReadOnly()
    view.grouped.setChecked(True)
    assert "Decision\nEscort trucks on Tuesdays" in view.text()
    view.activateWindow()
    qtbot.keyClick(view.browser, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_record_markup_in_a_meeting_is_shown_as_text_in_the_minutes(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(ctx, points=[{"kind": "finding", "text": "<b>bold</b> & <i>claims</i>"}])
    page, editor, _points = _meeting_page(window)
    assert page.open_record(meeting_id)
    editor.show_minutes()
    assert editor.minutes_window is not None
    assert "<b>bold</b> & <i>claims</i>" in editor.minutes_window.text()


def test_open_minutes_show_what_was_just_saved(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    meeting_id = _saved_meeting(ctx, assessment="Tense.")
    page, editor, _points = _meeting_page(window)
    assert page.open_record(meeting_id)
    editor.show_minutes()
    view = editor.minutes_window
    assert view is not None and "Tense." in view.text()
    assessment = editor.fields["assessment"].focus_target()
    assessment.setFocus()
    qtbot.keyClick(assessment, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(assessment, " Then calmer.")
    assert editor.save()
    assert "Tense. Then calmer." in view.text()
    editor.show_minutes()
    assert editor.minutes_window is view  # one minutes window per editor, reused


def test_minutes_are_offered_only_for_a_saved_meeting(qtbot: QtBot, window: MainWindow) -> None:
    page, editor, _points = _meeting_page(window)
    page.new_record()
    assert not editor.minutes_button.isEnabled()
    assert editor.detach_button.isEnabled()  # a new meeting can be written in its own window


def test_own_window_moves_the_editor_with_its_edits_and_closing_it_brings_it_back(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(ctx)
    page, editor, _points = _meeting_page(window)
    assert page.open_record(meeting_id)
    qtbot.keyClicks(editor.fields["location"].focus_target(), "Town hall")
    editor.detach_button.setFocus()
    qtbot.keyClick(editor.detach_button, Qt.Key.Key_Space)
    own = page.detacher.window
    assert own is not None and own.isVisible()
    assert editor.window() is own and own.windowTitle() == "Water point security"
    assert page.editor_stack.currentWidget() is page.detacher.note
    assert editor.is_dirty()  # the same editor, moved: the edit is still there
    own.activateWindow()
    qtbot.keyClick(
        editor.fields["location"].focus_target(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert not editor.is_dirty()
    assert records.as_dict(records.get(ctx.store, "meeting", meeting_id))["location"] == "Town hall"
    own.close()
    assert not page.detacher.is_detached()
    assert page.editor_stack.currentWidget() is editor and editor.window() is window


def test_the_window_button_toggles_and_says_where_the_editor_goes(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(ctx)
    page, editor, _points = _meeting_page(window)
    assert page.open_record(meeting_id)
    before = editor.detach_button.text()
    qtbot.mouseClick(editor.detach_button, Qt.MouseButton.LeftButton)
    assert page.detacher.is_detached() and editor.detach_button.text() != before
    qtbot.mouseClick(editor.detach_button, Qt.MouseButton.LeftButton)
    assert not page.detacher.is_detached() and editor.detach_button.text() == before
    assert not page.detacher.is_detached()
    assert page.editor_stack.currentWidget() is editor and editor.window() is window


def test_opening_another_meeting_while_detached_shows_it_in_the_window(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    first = _saved_meeting(ctx)
    second = records.add(ctx.store, "meeting", {"title": "Clinic visit", "start": START}).id
    ctx.notify_changed("meeting")
    page, editor, _points = _meeting_page(window)
    assert page.open_record(first)
    page.detacher.detach()
    assert page.open_record(second)
    assert page.detacher.window is not None and page.detacher.window.windowTitle() == "Clinic visit"
    assert editor.record_id == second
    qtbot.mouseClick(
        page.detacher.note.findChildren(type(editor.save_button))[0], Qt.MouseButton.LeftButton
    )  # "Bring it back here"
    assert not page.detacher.is_detached()
    assert page.editor_stack.currentWidget() is editor


def test_a_phone_number_and_an_email_keep_their_whole_width_in_a_narrow_contact_editor(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go_to("contact")
    page = window.lists["contact"]
    page.new_record()
    rows = page.editor.fields["contact_points"]
    row = rows.add_row({"kind": "phone", "value": "+961 70 123 456", "label": "mobile"})  # type: ignore[attr-defined]
    page.splitter.setSizes([10_000, 1])  # as narrow as the page lets the editor get
    qtbot.wait(10)
    value = row.texts["value"]
    assert value.width() >= value.fontMetrics().horizontalAdvance("+961 70 123 456")
    value.setText("abdallah.eltayeb@mareniacell.example")
    assert value.sizeHint().width() > value.fontMetrics().horizontalAdvance(
        "abdallah.eltayeb@mareniacell.example"
    )


def test_tab_from_the_purpose_enters_the_first_point_and_leaves_the_last_for_the_assessment(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(ctx, points=[{"kind": "finding", "text": "first"}])
    page, editor, points = _meeting_page(window)
    assert page.open_record(meeting_id)
    points.add_row({"kind": "request", "text": "second"})  # added after loading: still in line
    purpose = editor.fields["purpose"].focus_target()
    purpose.setFocus()
    qtbot.keyClick(purpose, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is points.rows[0].kind
    points.add_button.setFocus()
    qtbot.keyClick(points.add_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.fields["assessment"].focus_target()


def test_locking_brings_the_editor_back_and_closes_the_minutes(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(ctx)
    page, editor, _points = _meeting_page(window)
    assert page.open_record(meeting_id)
    editor.show_minutes()
    view = editor.minutes_window
    assert view is not None and view.isVisible()
    page.detacher.detach()
    own = page.detacher.window
    assert own is not None and own.isVisible()
    ctx.lock()
    assert not page.detacher.is_detached() and not own.isVisible()
    assert editor.minutes_window is None and not view.isVisible()


def _wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_over_a_point_type_scrolls_past_it_unless_it_was_chosen(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(ctx, points=[{"kind": "finding", "text": "first"}])
    page, editor, points = _meeting_page(window)
    assert page.open_record(meeting_id)
    kind = points.rows[0].kind
    _wheel_down(kind)
    assert kind.currentData() == "finding" and not editor.is_dirty()
    kind.setFocus()
    _wheel_down(kind)
    assert kind.currentData() != "finding"


def test_ctrl_enter_in_a_point_starts_the_next_one_right_below_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(
        ctx, points=[{"kind": "request", "text": "first"}, {"kind": "finding", "text": "last"}]
    )
    page, editor, points = _meeting_page(window)
    assert page.open_record(meeting_id)
    first = points.rows[0].text
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    new = points.rows[1]
    assert new.text.hasFocus() and new.kind.currentData() == "request"
    qtbot.keyClicks(new.text, "in between")
    assert editor.save()
    assert [p["text"] for p in _stored_points(ctx, meeting_id)] == ["first", "in between", "last"]
    assert first.toPlainText() == "first"  # no line break typed into the point left behind


def test_a_new_meeting_written_in_its_own_window_takes_its_title_once_saved(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page, editor, _points = _meeting_page(window)
    page.new_record()
    page.detacher.detach()
    own = page.detacher.window
    assert own is not None and own.windowTitle() == "New meeting"
    qtbot.keyClicks(editor.fields["title"].focus_target(), "Clinic visit")
    qtbot.keyClicks(editor.fields["start"].focus_target(), "2026-11-20 10:00")
    assert editor.save()
    assert own.windowTitle() == "Clinic visit"


def test_the_minutes_say_when_in_the_meeting_s_own_zone_with_the_end_s_date_only_if_another_day() -> None:
    assert when_text("2026-11-20T10:00:00+03:00", "2026-11-20T11:30:00+03:00") == (
        "2026-11-20 10:00 – 11:30 (UTC+03:00)"
    )
    assert when_text("2026-11-20T22:00:00+03:00", "2026-11-21T01:00:00+03:00") == (
        "2026-11-20 22:00 – 2026-11-21 01:00 (UTC+03:00)"
    )
    # An end recorded in another zone reads in the start's zone.
    assert when_text("2026-11-20T10:00:00+03:00", "2026-11-20T08:30:00+00:00") == (
        "2026-11-20 10:00 – 11:30 (UTC+03:00)"
    )
    assert when_text("2026-11-20T10:00:00-04:30", None) == "2026-11-20 10:00 (UTC-04:30)"
    assert when_text("sometime", None) == "sometime"


def test_the_splitter_lets_the_meeting_editor_take_most_of_the_page(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.resize(1280, 800)
    page, _editor, _points = _meeting_page(window)
    assert page.open_record(_saved_meeting(ctx))
    page.splitter.setSizes([1, 10_000])
    qtbot.wait(10)
    assert page.editor_stack.width() > 0.75 * page.splitter.width()


def test_the_minutes_document_is_the_text_the_view_shows_and_is_titled_for_printing(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    meeting_id = _saved_meeting(ctx, points=[{"kind": "finding", "text": "Two wells are dry"}])
    page, editor, _points = _meeting_page(window)
    assert page.open_record(meeting_id)
    editor.show_minutes()
    assert editor.minutes_window is not None
    document = minutes_document(minutes_service.minutes(ctx.store, meeting_id))
    assert document.toPlainText() == editor.minutes_window.text()
    assert "Finding: Two wells are dry" in document.toPlainText()
    assert document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) == "Water point security"


def test_a_point_moved_down_by_keyboard_stays_in_sight(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    many = [{"kind": "finding", "text": f"point {n}"} for n in range(30)]
    page, editor, points = _meeting_page(window)
    assert page.open_record(_saved_meeting(ctx, points=many))
    scroll = editor.findChild(QScrollArea)
    assert scroll is not None
    row = points.rows[0]
    row.text.setFocus()
    scroll.ensureWidgetVisible(row)
    for _ in range(25):
        qtbot.keyClick(row.text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert points.rows.index(row) == 25
    qtbot.wait(20)  # the scroll follows once the layout has placed the row
    top_left = row.mapTo(scroll.viewport(), QPoint(0, 0))
    assert top_left.y() >= 0 and top_left.y() + row.height() <= scroll.viewport().height()


def test_deleting_the_meeting_in_its_own_window_closes_the_window_and_the_list_shows_nothing_open(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page, editor, _points = _meeting_page(window)
    assert page.open_record(_saved_meeting(ctx))
    page.detacher.detach()
    own = page.detacher.window
    assert own is not None
    editor.delete()
    assert not own.isVisible() and not page.detacher.is_detached()
    assert page.editor_stack.currentWidget() is page.placeholder
