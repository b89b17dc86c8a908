# mypy: disable-error-code="no-untyped-call"
"""The redaction choice in the GUI: partner unless changed, public offered for the 3W alone,
what each profile leaves out said under it; a report refused under partner says how to get
it; and File ▸ Export log… lists what was written."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from liaison_app.services import records
from liaison_app.services.interop import ical_export
from liaison_app.services.interop.redaction import PROFILES, Profile, redaction
from liaison_app.store import Store
from ui.context import AppContext
from ui.export_confirm import ALL_PROFILES, PlaintextExportDialog
from ui.export_log_view import ExportLogDialog
from ui.main_window import MainWindow
from ui.report_preview import ReportPreview

WAIT_MS = 30_000


def _text(view: ExportLogDialog, row: int, column: int) -> str:
    item = view.table.item(row, column)
    return item.text() if item is not None else ""


def test_given_the_export_question_then_partner_is_chosen_and_what_it_leaves_out_is_said(
    qtbot: QtBot,
) -> None:
    dialog = PlaintextExportDialog("the contacts")
    qtbot.addWidget(dialog)
    assert dialog.redaction.profile() is Profile.PARTNER
    assert dialog.redaction.leaves_out.text() == PROFILES[Profile.PARTNER].leaves_out
    assert [dialog.redaction.combo.itemData(i) for i in range(dialog.redaction.combo.count())] == [
        "full",
        "partner",
    ]
    dialog.redaction.choose(Profile.FULL)
    assert dialog.redaction.leaves_out.text() == PROFILES[Profile.FULL].leaves_out
    assert dialog.choice().profile is Profile.FULL


def test_given_the_3w_question_then_public_is_offered_too(qtbot: QtBot) -> None:
    dialog = PlaintextExportDialog("the organizations", profiles=ALL_PROFILES)
    qtbot.addWidget(dialog)
    dialog.redaction.choose(Profile.PUBLIC)
    assert dialog.choice().profile is Profile.PUBLIC
    assert "HDX" in dialog.redaction.leaves_out.text()


def test_given_a_confidential_meeting_when_previewed_as_partner_then_the_preview_says_how_to_include_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    from liaison_app.services.reports import build

    meeting = records.add(
        ctx.store,
        "meeting",
        {"title": "Talk", "start": "2026-11-30T10:00+00:00", "sensitivity": "CONFIDENTIAL"},
    )
    store = ctx.store
    preview = ReportPreview(
        ctx, "Meeting report", "m.pdf", lambda profile: build.meeting_pdf(store, meeting.id, profile=profile)
    )
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: "Choose Full above" in preview.status.text(), timeout=WAIT_MS)
    assert "is CONFIDENTIAL" in preview.status.text()
    assert not preview.save_button.isEnabled()
    preview.redaction.choose(Profile.FULL)
    qtbot.waitUntil(lambda: preview.rendered is not None, timeout=WAIT_MS)
    assert preview.rendered is not None and preview.rendered.report.profile is Profile.FULL
    preview.close()


def test_given_exports_when_the_export_log_is_opened_then_it_lists_them_newest_first(
    window: MainWindow, gui_store: Store, tmp_path: Path
) -> None:
    assert window.interop.log_action in window.interop.all  # disabled while locked, like the rest
    window.interop.log_action.trigger()
    view = window.interop.log_view
    assert view is not None and view.table.rowCount() == 0 and not view.empty.isHidden()
    view.close()
    for name in ("first.ics", "second.ics"):
        ical_export.export(gui_store, tmp_path / name, redaction(gui_store))
    window.interop.log_action.trigger()
    view = window.interop.log_view
    assert view is not None
    cells = [[_text(view, r, c) for c in (1, 3, 4)] for r in range(view.table.rowCount())]
    assert cells == [["Calendar", "second.ics", "partner"], ["Calendar", "first.ics", "partner"]]
    view.close()
