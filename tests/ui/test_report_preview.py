# mypy: disable-error-code="no-untyped-call"
"""Reports in the GUI: the meeting editor's Report… and the Reports menu open a preview of
the rendered pages (built in a worker), and Save as… writes the PDF shown, marked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from liaison_app.services.interop.redaction import Profile
from tests.liaison_app.reports import world
from tests.liaison_app.reports.pdf_text import assert_marked
from ui.context import AppContext
from ui.editors.meeting import MeetingEditor
from ui.main_window import MainWindow
from ui.report_menu import WeeklyChoice
from ui.report_preview import ReportPreview

WAIT_MS = 30_000


def _pages(preview: ReportPreview) -> list[QLabel]:
    return [w for w in preview.pages.findChildren(QLabel) if not w.pixmap().isNull()]


def _ready(qtbot: QtBot, preview: ReportPreview) -> None:
    qtbot.waitUntil(lambda: preview.rendered is not None, timeout=WAIT_MS)


def test_given_a_saved_meeting_when_report_is_pressed_then_its_pages_show_and_save_as_a_marked_pdf(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    mission = world.build(ctx.store)
    ctx.notify_changed("meeting")
    window.go_to("meeting")
    editor = window.lists["meeting"].editor
    assert isinstance(editor, MeetingEditor)
    assert not editor.report_button.isEnabled()  # nothing saved to report on yet
    editor.load(mission.meeting)
    assert editor.report_button.isEnabled()
    qtbot.mouseClick(editor.report_button, Qt.MouseButton.LeftButton)
    preview = editor.report_preview
    assert preview is not None
    assert preview.redaction.profile() is Profile.PARTNER
    preview.redaction.choose(Profile.FULL)  # the meeting is CONFIDENTIAL: partner leaves it out
    _ready(qtbot, preview)
    pages = _pages(preview)
    assert len(pages) == 2 and pages[0].pixmap().width() > 700
    assert preview.save_button.isEnabled()
    preview.save_to(tmp_path / "meeting.pdf")
    assert "Saved to" in preview.status.text()
    text = "\n".join(assert_marked((tmp_path / "meeting.pdf").read_bytes(), "CONFIDENTIAL"))
    assert world.FRENCH in text
    preview.close()


def test_the_reports_menu_offers_the_weekly_summary_the_action_register_and_the_handover_pack(
    window: MainWindow,
) -> None:
    texts = [a.text().replace("&", "") for a in window.reports_menu.actions()]
    assert texts == ["Weekly summary…", "Action register…", "Handover pack…"]
    assert all(a.isEnabled() for a in window.reports.all)


def test_given_the_handover_action_when_triggered_then_a_preview_of_the_pack_opens(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    world.build(ctx.store)
    window.reports.handover_action.trigger()
    preview = window.reports.preview
    assert preview is not None
    _ready(qtbot, preview)
    assert len(_pages(preview)) >= 1
    assert preview.file_name == "handover.pdf"
    preview.close()


def test_given_a_preview_when_the_profile_locks_then_it_closes(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    records.add(ctx.store, "action", {"title": "Recce the route", "owner": "me", "due": "2026-11-27"})
    window.reports.actions_action.trigger()
    preview = window.reports.preview
    assert preview is not None
    _ready(qtbot, preview)
    assert preview.isVisible()
    ctx.lock()
    assert not preview.isVisible()


def test_the_weekly_choice_offers_the_last_seven_days_every_officer_and_refuses_a_backward_range(
    qtbot: QtBot,
) -> None:
    choice = WeeklyChoice(["Capt. Leila Haddad", "Maj. Anna Berg"], today=date(2026, 12, 1))
    qtbot.addWidget(choice)
    assert choice.days() == (date(2026, 11, 25), date(2026, 12, 1))
    assert choice.chosen_officer() == ""
    choice.officer.setCurrentIndex(2)
    assert choice.chosen_officer() == "Maj. Anna Berg"
    choice.first.setDate(choice.last.date().addDays(1))
    assert not choice.ok_button.isEnabled()


def test_given_a_preview_closed_before_the_report_is_built_then_nothing_of_it_is_kept(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    world.build(ctx.store)
    window.reports.handover_action.trigger()
    preview = window.reports.preview
    assert preview is not None
    preview.close()
    qtbot.waitUntil(lambda: preview.task.done, timeout=WAIT_MS)
    assert preview.rendered is None and _pages(preview) == []
