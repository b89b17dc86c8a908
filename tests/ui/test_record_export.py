"""File ▸ Export and File ▸ Import for the calendar, the 3W and the whole profile: the
plaintext question first, then the save dialog, the file written in the worker; the JSON
import ends in a summary of what was imported, skipped and refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from liaison_app.services.interop.redaction import Profile
from liaison_app.services.interop.threew_export import Format
from liaison_app.store import Store
from tests.ui.modal import when_modal
from ui.export_confirm import ExportChoice, PlaintextExportDialog
from ui.main_window import MainWindow
from ui.profile_import import ImportSummary

SHARED = ExportChoice(include_do_not_share=False, profile=Profile.FULL)


def _texts(actions: list[QAction]) -> list[str]:
    return [a.text() for a in actions]


def _seed(store: Store) -> str:
    org = records.add(
        store, "org", {"name": "World Food Programme", "acronym": "WFP", "sectors": ["Logistics"]}
    )
    return records.add(
        store,
        "meeting",
        {"title": "Convoy planning", "start": "2026-11-20T10:00+01:00", "organization_ids": [org.id]},
    ).id


def test_file_menu_offers_every_export_and_import_under_its_format_name(window: MainWindow) -> None:
    interop = window.interop
    # In File ▸ Export, beside the contacts: the menu's title says "Export" once.
    assert _texts(interop.exports) == [
        "&Contacts (vCard / CSV)…",
        "C&alendar (iCalendar)…",
        "&3W of organizations (CSV / HXL)…",
        "Whole &profile (JSON)…",
    ]
    assert _texts(interop.imports) == [
        "&Contacts (vCard or CSV)…",
        "&Organizations (CSV)…",
        "Whole &profile (JSON)…",
    ]


def test_given_the_plaintext_question_answered_when_exporting_the_calendar_then_the_file_is_written(
    window: MainWindow, gui_store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = _seed(gui_store)
    path = tmp_path / "c.ics"
    asked: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PlaintextExportDialog)
        asked.append(dialog.windowTitle())
        assert dialog.redaction.profile() is Profile.PARTNER  # the default, until changed
        dialog.redaction.choose(Profile.FULL)
        dialog.export_button.click()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(path), "")))
    when_modal(answer)
    exports = window.interop.record_exports
    exports.calendar_action.trigger()
    assert asked == ["Export — not encrypted"]
    qtbot.waitUntil(lambda: exports.written == path, timeout=10_000)
    calendar = vobject.readOne(path.read_text())
    assert calendar.vevent.uid.value == f"{meeting}@liaison"


def test_given_the_question_cancelled_then_no_save_dialog_and_no_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_args: object) -> tuple[str, str]:
        raise AssertionError("asked where to save after a cancel")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(never))
    when_modal(lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    window.interop.record_exports.threew_action.trigger()
    assert window.interop.record_exports.handle is None


def test_the_3w_is_written_in_the_worker_as_hxl(
    window: MainWindow, gui_store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    _seed(gui_store)
    exports = window.interop.record_exports
    handle = exports.run_threew(tmp_path / "3w.csv", Format.HXL, SHARED)
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert (tmp_path / "3w.csv").read_text().splitlines()[1].startswith("#org+name")


def test_given_an_exported_profile_when_imported_again_then_the_summary_says_all_skipped_unchanged(
    window: MainWindow, gui_store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    _seed(gui_store)
    exports = window.interop.record_exports
    handle = exports.run_profile(tmp_path / "p.json", SHARED)
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    importing = window.interop.profile_import
    started = importing.run(tmp_path / "p.json")
    assert started is not None
    qtbot.waitUntil(lambda: importing.summary is not None, timeout=10_000)
    summary = importing.summary
    assert isinstance(summary, ImportSummary)
    assert summary.imported.text() == "No new records"
    assert summary.skipped.text() == "2 already here, unchanged"
    assert summary.refused.text() == "Nothing"
    summary.close()


def test_given_a_file_that_is_no_dump_then_the_summary_says_refused_and_why(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "vcard"}')
    importing = window.interop.profile_import
    importing.run(bad)
    qtbot.waitUntil(lambda: importing.summary is not None, timeout=10_000)
    summary = importing.summary
    assert summary is not None
    assert summary.refused.text().startswith("The whole file: not a Liaison dump")
    assert summary.imported.text() == "No new records"
    summary.close()


def test_given_an_export_cancelled_then_no_file_and_no_partial_file_is_left(
    window: MainWindow, gui_store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    _seed(gui_store)
    exports = window.interop.record_exports
    folder = tmp_path / "out"
    folder.mkdir()
    handle = exports.run_calendar(folder / "c.ics", SHARED)
    assert handle is not None
    handle.cancel()  # before the job's first page is through
    with qtbot.waitSignal(handle.cancelled, timeout=10_000):
        pass
    assert list(folder.iterdir()) == []
    assert exports.written is None
