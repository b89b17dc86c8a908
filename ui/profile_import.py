"""File ▸ Import ▸ Import profile (JSON): a dump into this profile, then a summary of what
came in, what was skipped (and why) and whether the file was refused (then nothing came in)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.changes import Changes
from liaison_app.errors import LiaisonError
from liaison_app.kinds import Kind
from liaison_app.services.interop import json_import
from liaison_app.services.interop.json_import import ImportReport, Skip
from ui import operations, worker
from ui.context import AppContext
from ui.display_words import capitalised, kind_label, listed, number_text
from ui.error_words import error_text
from ui.i18n import tr as _tr
from ui.trash_words import count_of


class ImportSummary(QDialog):
    """Imported, skipped and refused, after an import of a profile's JSON."""

    def __init__(self, report: ImportReport | None, refusal: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Import profile — summary"))
        form = QFormLayout()
        self.imported = QLabel(self._imported(report), self)
        self.skipped = QLabel(self._skipped(report), self)
        self.refused = QLabel(_tr("The whole file: %s") % refusal if refusal else _tr("Nothing"), self)
        for label in (self.imported, self.skipped, self.refused):
            label.setWordWrap(True)
        form.addRow(_tr("Imported:"), self.imported)
        form.addRow(_tr("Skipped:"), self.skipped)
        form.addRow(_tr("Refused:"), self.refused)
        self.kept = QListWidget(self)
        for skipped in report.skipped if report else ():
            if skipped.reason is not Skip.UNCHANGED:
                words = self._why(skipped.reason)
                what = f"{capitalised(kind_label(skipped.kind))} “{skipped.title}” ({skipped.id[:8]})"
                self.kept.addItem(f"{what} — {words}")
        self.kept.setVisible(self.kept.count() > 0)
        self.kept.setWordWrap(True)  # a long title wraps rather than hiding the reason
        self.kept.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kept.setResizeMode(QListWidget.ResizeMode.Adjust)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)

    def _imported(self, report: ImportReport | None) -> str:
        if report is None or not report.total:
            return _tr("No new records")
        parts = [count_of(Kind(kind))(n) for kind, n in report.imported.items()]
        return _tr("%s records (%s)") % (number_text(report.total), listed(parts))

    def _skipped(self, report: ImportReport | None) -> str:
        if report is None or not report.skipped:
            return _tr("None")
        return "; ".join(
            f"{report.skipped_for(reason)} {self._counted(reason)}"
            for reason in Skip
            if report.skipped_for(reason)
        )

    def _counted(self, reason: Skip) -> str:
        if reason is Skip.UNCHANGED:
            return _tr("already here, unchanged")
        if reason is Skip.DIFFERS:
            return _tr("here with other content, kept as they are")
        if reason is Skip.DELETED:
            return _tr("in the Trash here")
        return _tr("ids of other records here")

    def _why(self, reason: Skip) -> str:
        if reason is Skip.DIFFERS:
            return _tr("differs from the record here, which was kept")
        if reason is Skip.DELETED:
            return _tr("is in the Trash here: restore it to use it")
        return _tr("its id belongs to another record here")


class ProfileImportActions(QObject):
    """The action of File ▸ Import that brings in a profile's JSON."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.action = QAction(_tr("Whole &profile (JSON)…"), window)
        self.action.triggered.connect(self.choose)
        self.summary: ImportSummary | None = None

    def choose(self) -> None:
        """Ask for the file, then import it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, _tr("Import profile"), str(Path.home()), _tr("JSON (*.json)")
        )
        if chosen:
            self.run(Path(chosen))

    def run(self, path: Path) -> worker.TaskHandle | None:
        """Import `path` in the worker; the summary shows when it ends."""
        if self.ctx.is_locked:
            return None
        store = self.ctx.store
        handle = operations.run_in_background(
            self.ctx,
            self.window,
            _tr("Importing the profile"),
            lambda state: json_import.import_file(store, path, state),
            changes=lambda _report: Changes.everything(),
        )
        handle.succeeded.connect(lambda report: self._show(report, ""))
        handle.failed.connect(self._refused)
        return handle

    def _refused(self, exc: object) -> None:
        text = (
            error_text(exc)
            if isinstance(exc, LiaisonError)
            else _tr("the import failed; nothing was imported")
        )
        self._show(None, text)

    def _show(self, report: ImportReport | None, refusal: str) -> None:
        self.summary = ImportSummary(report, refusal, self.window)
        self.summary.show()
