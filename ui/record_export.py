"""File ▸ Export: the calendar (.ics), the 3W (CSV / HXL) and the whole profile (JSON).

Each export asks first (the file is plaintext; do-not-share records go only if ticked; which
redaction profile, partner unless changed — public for the 3W alone), then
where to save, then writes in the worker behind a progress dialog with Cancel; a cancelled
or failed export leaves no file (the services write atomically).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from liaison_app.errors import LiaisonError
from liaison_app.services.interop import ical_export, json_export, threew_export
from liaison_app.services.interop.redaction import Redaction, redaction
from liaison_app.services.interop.threew_export import Format
from liaison_app.store import Store
from ui import worker
from ui.context import AppContext
from ui.error_words import error_text
from ui.export_confirm import ALL_PROFILES, ExportChoice, confirm_plaintext_export
from ui.i18n import tr as _tr

Job = Callable[[Store, Path, ExportChoice, worker.TaskState], Any]


class ExportActions(QObject):
    """The three exports of File ▸ Export, run over `window`."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.calendar_action = QAction(_tr("C&alendar (iCalendar)…"), window)
        self.threew_action = QAction(_tr("&3W of organizations (CSV / HXL)…"), window)
        self.profile_action = QAction(_tr("Whole &profile (JSON)…"), window)
        self.calendar_action.triggered.connect(self.export_calendar)
        self.threew_action.triggered.connect(self.export_threew)
        self.profile_action.triggered.connect(self.export_profile)
        self.handle: worker.TaskHandle | None = None
        self.written: Path | None = None  # the last file written (for the status line and tests)

    @property
    def all(self) -> list[QAction]:
        """The actions, in menu order."""
        return [self.calendar_action, self.threew_action, self.profile_action]

    def export_calendar(self) -> None:
        """Ask, then write meetings and action items as an .ics file."""
        choice = confirm_plaintext_export(_tr("your meetings and action items"), self.window)
        path = choice and self._save_path(_tr("Export calendar"), "liaison.ics", _tr("iCalendar (*.ics)"))
        if choice and path:
            self.run_calendar(path, choice)

    def export_threew(self) -> None:
        """Ask, then write the 3W of the organizations (HXL or plain CSV, by the filter chosen)."""
        choice = confirm_plaintext_export(
            _tr("the organizations and their engagements"), self.window, profiles=ALL_PROFILES
        )
        if choice is None:
            return
        hxl, plain = _tr("3W with HXL hashtags (*.csv)"), _tr("3W as plain CSV (*.csv)")
        start = str(Path.home() / f"3w-{date.today().isoformat()}.csv")
        chosen, picked = QFileDialog.getSaveFileName(self.window, _tr("Export 3W"), start, f"{hxl};;{plain}")
        if chosen:
            self.run_threew(Path(chosen), Format.CSV if picked == plain else Format.HXL, choice)

    def export_profile(self) -> None:
        """Ask, then write every live record in the dump format."""
        choice = confirm_plaintext_export(_tr("every record of this profile"), self.window)
        path = choice and self._save_path(
            _tr("Export whole profile"), "liaison-profile.json", _tr("JSON (*.json)")
        )
        if choice and path:
            self.run_profile(path, choice)

    def run_calendar(self, path: Path, choice: ExportChoice) -> worker.TaskHandle | None:
        """Write the calendar to `path` in the worker."""
        return self._run(_tr("Exporting the calendar"), path, choice, _calendar)

    def run_threew(self, path: Path, form: Format, choice: ExportChoice) -> worker.TaskHandle | None:
        """Write the 3W to `path` in the worker."""

        def job(store: Store, to: Path, chosen: ExportChoice, state: worker.TaskState) -> Any:
            return threew_export.export(store, to, _rules(store, chosen), form, state)

        return self._run(_tr("Exporting the 3W"), path, choice, job)

    def run_profile(self, path: Path, choice: ExportChoice) -> worker.TaskHandle | None:
        """Write the whole profile to `path` in the worker."""
        return self._run(_tr("Exporting the profile"), path, choice, _profile)

    def _run(self, title: str, path: Path, choice: ExportChoice, job: Job) -> worker.TaskHandle | None:
        if self.ctx.is_locked or self.handle is not None:
            return None
        store = self.ctx.store
        handle = worker.start(lambda state: job(store, path, choice, state))
        self.handle = handle
        worker.with_progress_dialog(self.window, title, handle)
        handle.succeeded.connect(lambda _result: self._done(path))
        handle.failed.connect(self._failed)
        handle.finished.connect(self._finished)
        return handle

    def _save_path(self, title: str, name: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), filters)
        return Path(chosen) if chosen else None

    def _done(self, path: Path) -> None:
        self.written = path
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(_tr("Exported to %s (not encrypted)") % path, 10_000)

    def _failed(self, exc: object) -> None:
        text = error_text(exc) if isinstance(exc, LiaisonError) else _tr("The export failed.")
        QMessageBox.warning(self.window, _tr("Export"), text)

    def _finished(self) -> None:
        self.handle = None


def _rules(store: Store, choice: ExportChoice) -> Redaction:
    return redaction(store, include_do_not_share=choice.include_do_not_share, profile=choice.profile)


def _calendar(store: Store, path: Path, choice: ExportChoice, state: worker.TaskState) -> Any:
    return ical_export.export(store, path, _rules(store, choice), state)


def _profile(store: Store, path: Path, choice: ExportChoice, state: worker.TaskState) -> Any:
    state.check_cancel()
    return json_export.export(store, path, _rules(store, choice))
