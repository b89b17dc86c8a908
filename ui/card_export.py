"""File ▸ Export ▸ Contacts (vCard / CSV)…: first the plaintext question (and whether
do-not-share contacts go too), then where to save and as what, then the export in the
worker. The file is what the user asked for; nothing else is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from liaison_app.changes import Changes
from liaison_app.services.interop import card_files
from liaison_app.services.interop.card_files import Format
from liaison_app.services.interop.redaction import DEFAULT, Profile
from liaison_app.services.interop.vcard_write import Written
from ui import operations, worker
from ui.context import AppContext
from ui.error_words import error_text
from ui.export_confirm import confirm_plaintext_export
from ui.i18n import QT_TRANSLATE_NOOP
from ui.i18n import tr as _tr

# The save dialog's choices: (filter text, format, vCard version, suffix).
CHOICES = (
    (QT_TRANSLATE_NOOP("", "vCard 3.0 — phones, Thunderbird (*.vcf)"), Format.VCARD, "3.0", ".vcf"),
    (QT_TRANSLATE_NOOP("", "vCard 4.0 (*.vcf)"), Format.VCARD, "4.0", ".vcf"),
    (QT_TRANSLATE_NOOP("", "CSV — spreadsheets (*.csv)"), Format.CSV, "3.0", ".csv"),
)


class CardExport(QObject):
    """The contacts export, from the File ▸ Export menu."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.task: worker.TaskHandle | None = None
        self.written: Written | None = None

    def action(self) -> QAction:
        """The menu action that starts the export."""
        action = QAction(_tr("&Contacts (vCard / CSV)…"), self.window)
        action.triggered.connect(self.choose)
        return action

    def choose(self) -> None:
        """Ask the plaintext question, then where to save, then export."""
        agreed = confirm_plaintext_export(_tr("the contacts"), self.window)
        if agreed is None:
            return
        filters = ";;".join(_tr(text) for text, *_ in CHOICES)
        start = str(Path.home() / "contacts.vcf")
        chosen, picked = QFileDialog.getSaveFileName(self.window, _tr("Export contacts"), start, filters)
        if not chosen:
            return
        _, fmt, version, suffix = next((c for c in CHOICES if _tr(c[0]) == picked), CHOICES[0])
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(suffix)
        self.export_to(
            path,
            fmt,
            version=version,
            include_do_not_share=agreed.include_do_not_share,
            profile=agreed.profile,
        )

    def export_to(
        self,
        path: Path,
        fmt: Format,
        *,
        version: str = "3.0",
        include_do_not_share: bool = False,
        profile: Profile = DEFAULT,
    ) -> worker.TaskHandle:
        """Write the contacts to `path` in the worker; says how many when done."""
        store = self.ctx.store

        def job(state: worker.TaskState) -> Written:
            state.set_progress(0, 0, _tr("Writing {name}…").format(name=path.name))
            return card_files.export_contacts(
                store,
                path,
                format=fmt,
                version=version,
                include_do_not_share=include_do_not_share,
                profile=profile,
            )

        task = self.task = operations.run_in_background(
            self.ctx, self.window, _tr("Export contacts"), job, changes=lambda _written: Changes()
        )
        task.succeeded.connect(self._done)
        task.failed.connect(
            lambda exc: QMessageBox.warning(self.window, _tr("Export contacts"), error_text(exc))
        )
        return task

    def _done(self, written: Written) -> None:
        self.written = written
        QMessageBox.information(
            self.window,
            _tr("Export contacts"),
            _tr("{n} contact(s) written. The file is not encrypted.").format(n=written.cards),
        )


def contacts(window: QWidget, ctx: AppContext) -> QAction:
    """File ▸ Export ▸ Contacts (vCard / CSV)…"""
    return CardExport(window, ctx).action()
