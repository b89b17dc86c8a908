"""File ▸ Import ▸ Contacts (vCard or CSV)… and Organizations (CSV)…: a file chooser, for
CSV the column-mapping step, the import in the worker with progress and cancel, then the
per-card report. The rules are the services' (card_files): this only asks and shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from liaison_app.changes import Changes
from liaison_app.errors import LiaisonError
from liaison_app.kinds import Kind
from liaison_app.services.interop import card_files, csv_read
from liaison_app.services.interop.card_files import Format
from liaison_app.services.interop.card_model import ImportReport, Status
from ui import operations, worker
from ui.card_import_mapping import ColumnMappingDialog
from ui.card_import_report import ImportReportDialog
from ui.context import AppContext
from ui.error_words import error_text
from ui.i18n import tr as _tr


@dataclass
class ImportDone:
    """What the job hands back: the report and the names of the records cards duplicate."""

    report: ImportReport | None = None
    names: dict[str, str] = field(default_factory=dict)

    @property
    def changes(self) -> Changes:
        """What the import wrote (for the screens to refresh)."""
        return self.report.changes if self.report else Changes()


class CardImport(QObject):
    """One kind's import: contacts (vCard or CSV) or organizations (CSV)."""

    def __init__(self, window: QWidget, ctx: AppContext, kind: Kind) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.kind = kind
        self.report_dialog: ImportReportDialog | None = None
        self.task: worker.TaskHandle | None = None

    def action(self) -> QAction:
        """The menu action that starts this import."""
        text = _tr("&Contacts (vCard or CSV)…") if self.kind is Kind.CONTACT else _tr("&Organizations (CSV)…")
        action = QAction(text, self.window)
        action.triggered.connect(self.choose)
        return action

    def choose(self) -> None:
        """Ask for the file, then import it."""
        filters = (
            _tr("Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)")
            if self.kind is Kind.CONTACT
            else _tr("CSV (*.csv)")
        )
        chosen, _filter = QFileDialog.getOpenFileName(self.window, self._title(), str(Path.home()), filters)
        if chosen:
            self.start(Path(chosen))

    def start(self, path: Path) -> worker.TaskHandle | None:
        """Import `path`: for CSV after the mapping step (None if the user cancels it)."""
        try:
            maps = self._maps(path)
        except LiaisonError as exc:
            QMessageBox.warning(self.window, self._title(), error_text(exc))
            return None
        if maps is None:
            return None
        store = self.ctx.store
        done = ImportDone()
        run = card_files.import_contacts if self.kind is Kind.CONTACT else card_files.import_organizations

        def job(state: worker.TaskState) -> ImportDone:
            total = card_files.count(path)
            state.set_progress(0, total, _tr("Reading {name}…").format(name=path.name))
            done.report = run(
                store,
                path,
                maps=maps,
                progress=lambda n: state.set_progress(n, total),
                stop=state.is_cancel_requested,
            )
            skipped = [
                o.duplicate_of for o in done.report.outcomes if o.status is Status.SKIPPED and o.duplicate_of
            ]
            done.names = card_files.record_names(store, self.kind, skipped)
            return done

        task = self.task = operations.run_in_background(self.ctx, self.window, self._title(), job)
        task.succeeded.connect(lambda _result: self._show(done))
        task.cancelled.connect(lambda: self._show(done))
        task.failed.connect(lambda exc: QMessageBox.warning(self.window, self._title(), error_text(exc)))
        return task

    def _maps(self, path: Path) -> dict[str, str] | None:
        """The CSV column map the user chose ({} for a vCard; None: cancelled)."""
        if card_files.format_of(path) is Format.VCARD:
            if self.kind is not Kind.CONTACT:
                raise LiaisonError(_tr("Organizations are imported from CSV files."))
            return {}
        dialog = ColumnMappingDialog(csv_read.preview(path, self.kind), self.kind, self.window)
        return dialog.maps() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _show(self, done: ImportDone) -> None:
        if done.report is None:
            return
        self.report_dialog = ImportReportDialog(self._title(), done.report, done.names, self.window)
        self.report_dialog.show()

    def _title(self) -> str:
        return _tr("Import contacts") if self.kind is Kind.CONTACT else _tr("Import organizations")


def contacts(window: QWidget, ctx: AppContext) -> QAction:
    """File ▸ Import ▸ Contacts (vCard or CSV)…"""
    return CardImport(window, ctx, Kind.CONTACT).action()


def organizations(window: QWidget, ctx: AppContext) -> QAction:
    """File ▸ Import ▸ Organizations (CSV)…"""
    return CardImport(window, ctx, Kind.ORG).action()
