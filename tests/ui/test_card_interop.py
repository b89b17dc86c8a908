"""File ▸ Import ▸ Contacts / Organizations and File ▸ Export ▸ Contacts on a real window:
the CSV mapping step (a combo per column over a preview of the first rows), the import in
the worker, the per-card report naming the records already here, the plaintext question
before an export."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.kinds import Kind
from liaison_app.services import records
from liaison_app.services.interop.card_files import Format
from liaison_app.services.interop.redaction import Profile
from liaison_app.store import Store
from tests.liaison_app.interop.cards import shared_card
from tests.ui.modal import when_modal
from ui.card_export import CardExport
from ui.card_import_flow import CardImport
from ui.card_import_mapping import ColumnMappingDialog
from ui.card_import_report import ImportReportDialog
from ui.export_confirm import PlaintextExportDialog
from ui.main_window import MainWindow

CSV = (
    "Nom complet,Mobile Phone,Company,Remarque\r\n"
    "Aïcha Traoré,+223 76 00 00 01,UNICEF,Gao cluster\r\n"
    "Moussa Keïta,+223 76 00 00 02,,\r\n"
)


def _flow(window: MainWindow, kind: Kind) -> CardImport:
    return next(f for f in window.findChildren(CardImport) if f.kind is kind)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _report(flow: CardImport, qtbot: QtBot) -> ImportReportDialog:
    """The report of the import just started, once the worker is done."""
    qtbot.waitUntil(lambda: flow.report_dialog is not None, timeout=10_000)
    shown, flow.report_dialog = flow.report_dialog, None
    assert shown is not None
    return shown


def _menu_texts(window: MainWindow) -> tuple[list[str], list[str]]:
    return [a.text() for a in window.interop.imports], [a.text() for a in window.interop.exports]


def test_given_the_window_when_the_file_menu_opens_then_import_and_export_offer_contacts_and_organizations(
    window: MainWindow,
) -> None:
    imports, exports = _menu_texts(window)
    assert "&Contacts (vCard or CSV)…" in imports and "&Organizations (CSV)…" in imports
    assert "&Contacts (vCard / CSV)…" in exports


def test_given_a_csv_when_imported_then_the_mapping_step_shows_the_columns_and_the_report_follows(
    window: MainWindow, qtbot: QtBot, gui_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    seen: list[dict[str, str]] = []

    def map_columns(dialog: QWidget) -> None:
        assert isinstance(dialog, ColumnMappingDialog)
        seen.append(dialog.maps())
        assert dialog.rows.rowCount() == 2 and _cell(dialog.rows, 0, 0) == "Aïcha Traoré"
        dialog.choose("Nom complet", "full_name")
        dialog.choose("Remarque", "notes")
        dialog.import_button.click()

    when_modal(map_columns)
    flow = _flow(window, Kind.CONTACT)
    task = flow.start(path)
    assert task is not None
    report = _report(flow, qtbot)
    assert seen[0] == {
        "Nom complet": "ignore",
        "Mobile Phone": "phone",
        "Company": "organization",
        "Remarque": "ignore",
    }
    assert report.table.rowCount() == 2
    assert _cell(report.table, 0, 2) == "Imported"
    assert "organization UNICEF created" in _cell(report.table, 0, 3)
    assert "2 imported" in report.summary.text()
    aicha = [c for c in records.list_records(gui_store, "contact") if c.full_name == "Aïcha Traoré"]  # type: ignore[attr-defined]
    assert aicha and aicha[0].notes == "Gao cluster"  # type: ignore[attr-defined]


def test_given_cards_already_here_when_imported_again_then_the_report_names_the_records_they_duplicate(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    flow = _flow(window, Kind.CONTACT)
    flow.start(shared_card("gmail-list.vcf"))
    assert "3 imported" in _report(flow, qtbot).summary.text()
    flow.start(shared_card("gmail-list.vcf"))
    again = _report(flow, qtbot)
    assert [_cell(again.table, r, 2) for r in range(3)] == ["Already here"] * 3
    assert _cell(again.table, 0, 3).startswith("as Arnold Smith (")
    assert "0 imported, 3 already here" in again.summary.text()


def test_given_an_organizations_csv_when_the_mapping_step_is_cancelled_then_nothing_is_imported(
    window: MainWindow, gui_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "orgs.csv"
    path.write_text("name,acronym\nWorld Food Programme,WFP\n", encoding="utf-8")
    when_modal(lambda dialog: dialog.reject() if isinstance(dialog, ColumnMappingDialog) else None)
    assert _flow(window, Kind.ORG).start(path) is None
    assert records.list_records(gui_store, "org") == []


def test_given_the_export_when_chosen_then_the_plaintext_question_comes_first_and_do_not_share_stays_out(
    window: MainWindow, qtbot: QtBot, gui_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records.add(gui_store, "contact", {"full_name": "Jean Mukendi"})
    records.add(gui_store, "contact", {"full_name": "Source Protected", "do_not_share": True})
    out = tmp_path / "contacts.vcf"
    asked: list[str] = []

    def save_as(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append("save")
        return str(out), str(args[3]).split(";;")[1]  # the second filter: vCard 4.0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    )

    def agree(dialog: QWidget) -> None:
        assert isinstance(dialog, PlaintextExportDialog) and not asked  # before the save dialog
        assert not dialog.include.isChecked()
        dialog.redaction.choose(Profile.FULL)
        dialog.export_button.click()

    when_modal(agree)
    export = next(iter(window.findChildren(CardExport)))
    export.choose()
    qtbot.waitUntil(lambda: export.written is not None, timeout=10_000)
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == ["Jean Mukendi"]
    assert cards[0].version.value == "4.0"  # the second choice of the save dialog


def test_given_an_export_to_csv_when_it_ends_then_the_file_holds_our_headers(
    window: MainWindow, qtbot: QtBot, gui_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records.add(gui_store, "contact", {"full_name": "Jean Mukendi"})
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    )
    export = next(iter(window.findChildren(CardExport)))
    export.export_to(tmp_path / "c.csv", Format.CSV, profile=Profile.FULL)
    qtbot.waitUntil(lambda: export.written is not None, timeout=10_000)
    assert (
        (tmp_path / "c.csv").read_text(encoding="utf-8-sig").startswith("id,full_name,position,organization")
    )
    assert export.written is not None and export.written.cards == 1


def test_given_an_import_when_cancelled_then_the_report_says_so_and_nothing_after_it_is_written(
    window: MainWindow, qtbot: QtBot, gui_store: Store
) -> None:
    flow = _flow(window, Kind.CONTACT)
    task = flow.start(shared_card("gmail-list.vcf"))
    assert task is not None
    task.cancel()  # before the worker reads the first batch
    report = _report(flow, qtbot)
    assert "Cancelled" in report.summary.text() and report.table.rowCount() == 0
    assert records.list_records(gui_store, "contact") == []
