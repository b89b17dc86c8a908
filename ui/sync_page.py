"""The Sync centre: this device's card, trusted devices, bundle export and import (files or a
whole folder, by button or drag-and-drop; a dropped identity card goes through the trust
flow), the result of the last import per officer and per file, the exchange history, the
intake log per officer ("Officers"), and the exchange folder, which is synced by itself when
it becomes reachable (a USB stick plugged in).

Long work runs through `SyncJobs` in the worker thread; this page only gathers choices
and shows results.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.errors import LiaisonError
from liaison_app.services import intake, preferences, sync_view, syncing
from ui import mass_delete_ask, recent_folders, sync_exchange
from ui.context import AppContext
from ui.date_display import date_display
from ui.display_words import number_text
from ui.error_words import error_text
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.recent_folders import Purpose
from ui.reflow_row import ReflowRow
from ui.sync_exchange import FolderBox, ResultsBox
from ui.sync_history import HistoryBox
from ui.sync_jobs import SyncJobs, export_job, folder_job, import_job
from ui.sync_officers import OfficersBox
from ui.sync_peers import IdentityBox, PeersBox
from ui.sync_rejections import RejectedBox

FOLDER_POLL_MS = 30_000  # how often to look for the exchange folder (cheap: one stat call)
ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #1e7e34;"


class SyncPage(QWidget):
    """Everything about exchanging changes with other devices."""

    def __init__(self, ctx: AppContext, jobs: SyncJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.jobs = jobs
        self.watch = sync_view.FolderWatch()
        self.last_intake: list[intake.IntakeResult] = []  # the job appends its result here
        self.identity = IdentityBox(ctx, self)
        self.peers = PeersBox(ctx, self)
        self.results = ResultsBox(self)
        self.history = HistoryBox(ctx, self)
        self.officers = OfficersBox(ctx, self)
        self.folder = FolderBox(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.rejected = RejectedBox(ctx, self)
        # The notice says what the automatic folder sync did: gone with the folder, so an
        # unplugged stick does not leave "syncing…" or an old result on the page.
        self.notice_from_folder = False
        self.export_button = QPushButton(icon("open"), _tr("Export bundle…"), self)
        self.export_button.setToolTip(_tr("Write an encrypted bundle of changes for chosen devices"))
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button = QPushButton(icon("add"), _tr("Import bundles…"), self)
        self.import_button.setToolTip(_tr("Import one or more .liaison files (or drop them on this page)"))
        self.import_button.clicked.connect(self.choose_imports)
        self.folder_button = QPushButton(icon("open"), _tr("Import folder…"), self)
        self.folder_button.setToolTip(
            _tr("Import every bundle in a folder (officers' bundles gathered at HQ, a USB stick)")
        )
        self.folder_button.clicked.connect(self.choose_import_folder)
        for button in (self.export_button, self.import_button, self.folder_button):
            button.setAutoDefault(False)
        drop_text = _tr("or drop .liaison files, folders of them (or an identity card) on this page")
        drop = QLabel(drop_text, self)
        drop.setStyleSheet("color: palette(placeholder-text);")
        drop.setWordWrap(True)  # a narrow window wraps it rather than growing wider
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.folder_button)
        actions.addWidget(drop, 1)
        # The card and the folder side by side on a wide screen, stacked at 800 px.
        self.top_row = ReflowRow([(self.identity, 1), (self.folder, 1)], self)
        grid = QGridLayout()
        grid.addWidget(self.top_row, 0, 0, 1, 2)
        grid.addWidget(self.peers, 1, 0, 1, 2)
        grid.addLayout(actions, 2, 0, 1, 2)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.results, _tr("Last exchange"))
        self.tabs.addTab(self.history, _tr("History"))
        self.tabs.addTab(self.officers, _tr("Officers"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_officers())
        grid.addWidget(self.tabs, 3, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.notice)
        layout.addWidget(self.rejected)
        layout.addLayout(grid, 1)
        self.setAcceptDrops(True)
        self.poll = QTimer(self)
        self.poll.setInterval(FOLDER_POLL_MS)
        self.poll.timeout.connect(self.check_folder)
        for box in (self.identity, self.peers):
            box.message.connect(self.say)
        self.folder.change_requested.connect(self.change_folder)
        self.folder.sync_requested.connect(self.sync_now)
        jobs.succeeded.connect(self._job_succeeded)
        jobs.failed.connect(lambda name, message: self.say(message, True, from_folder=name == "folder"))
        jobs.cancelled.connect(self._job_cancelled)
        jobs.busy_changed.connect(lambda _busy: self._show_folder())
        ctx.sync_changed.connect(self.refresh)
        ctx.preferences_changed.connect(self._folder_setting_changed)
        date_display(ctx).changed.connect(self.refresh)  # dates in the tables shown another way
        ctx.locked.connect(self._locked)

    # --- state --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload identity, peers and the folder state."""
        if self.ctx.is_locked:
            return
        self.identity.refresh()
        self.peers.refresh()
        self.history.refresh()
        self._refresh_officers()
        self.rejected.refresh()
        self._show_folder()

    def _refresh_officers(self) -> None:
        # A few searches per known device (50 at HQ): read only while the tab is shown.
        if self.tabs.currentWidget() is self.officers:
            self.officers.refresh()

    def folder_setting(self) -> str:
        """The exchange folder from the profile's settings ("" when none)."""
        return "" if self.ctx.is_locked else preferences.read(self.ctx.store).exchange_folder

    def _show_folder(self) -> None:
        folder = self.folder_setting()
        self.folder.show_folder(folder, bool(folder) and Path(folder).is_dir(), self.jobs.busy)
        can_export = any(p.can_receive for p in self.peers.lines)
        self.export_button.setEnabled(can_export and not self.jobs.busy)
        self.import_button.setEnabled(not self.jobs.busy)
        self.folder_button.setEnabled(not self.jobs.busy)

    def say(self, text: str, error: bool = False, *, from_folder: bool = False) -> None:
        """A one-line message above the page (`from_folder`: about the automatic folder sync)."""
        self.notice.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.notice.setText(text)
        self.notice.show()
        self.notice_from_folder = from_folder

    def _locked(self) -> None:
        # Never look at the folder (or start an exchange) while the data is locked away.
        self.poll.stop()
        self.watch.reset()
        self.identity.clear()
        self.peers.clear()
        self.results.clear()
        self.history.clear()
        self.officers.clear()
        self.notice.hide()
        self.rejected.hide()

    def activate(self) -> None:
        """Reload and start watching the exchange folder (the window calls this on unlock)."""
        self.refresh()
        self.watch.reset()
        self.watch.observe(self.folder_setting())  # baseline: no exchange by surprise on unlock
        self.poll.start()

    def _folder_setting_changed(self) -> None:
        self.watch.observe(self.folder_setting())
        self._show_folder()

    # --- export -------------------------------------------------------------------------

    def export_bundle(self) -> None:
        """Choose recipients and a file, then write the bundle in the worker."""
        if self.ctx.is_locked or self.jobs.busy:
            return
        store = self.ctx.store
        choice = sync_exchange.ask_recipients(self, self.peers.lines)
        if choice is None or not choice[0]:
            return
        recipients, full = choice
        start = recent_folders.start(Purpose.BUNDLE, sync_view.bundle_name(store, recipients))
        chosen, _ = QFileDialog.getSaveFileName(self, _tr("Export bundle"), start, self.bundle_filter())
        if not chosen:
            return
        recent_folders.remember(Purpose.BUNDLE, chosen)
        path = Path(chosen)
        if path.suffix != syncing.BUNDLE_SUFFIX:
            path = path.with_name(path.name + syncing.BUNDLE_SUFFIX)
        self.jobs.run("export", _tr("Writing the bundle…"), export_job(store, recipients, path, full))

    # --- import -------------------------------------------------------------------------

    def choose_imports(self) -> None:
        """Choose bundle files and import them."""
        title = _tr("Import bundles")
        begin = recent_folders.start(Purpose.BUNDLE)
        chosen, _ = QFileDialog.getOpenFileNames(self, title, begin, self.bundle_filter())
        if chosen:
            recent_folders.remember(Purpose.BUNDLE, chosen[0])
            self.import_files([Path(p) for p in chosen])

    def choose_import_folder(self) -> None:
        """Choose a folder and import every bundle in it."""
        begin = recent_folders.start(Purpose.BUNDLE)
        chosen = QFileDialog.getExistingDirectory(self, _tr("Import a folder of bundles"), begin)
        if chosen:
            recent_folders.remember(Purpose.BUNDLE, chosen)
            self.import_files([Path(chosen)])

    def import_files(self, paths: list[Path], *, allow_mass_delete: bool = False) -> bool:
        """Import the bundle files and folders `paths` in the worker (False if nothing could
        start); a bundle deleting many records is asked about first, unless allowed."""
        if self.ctx.is_locked or not paths:
            return False
        if self.jobs.busy:
            self.say(_tr("Another exchange is running; try again when it ends."), True)
            return False
        self.last_intake = []
        job = import_job(self.ctx.store, paths, self.last_intake, allow_mass_delete=allow_mass_delete)
        if any(p.is_dir() for p in paths):
            title = _tr("Importing bundles…")
        else:
            title = _tr("Importing %Ln bundle(s)…", "", len(paths))
        return self.jobs.run("import", title, job) is not None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._dropped(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._dropped(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)
        else:
            event.ignore()

    def open_files(self, paths: list[Path]) -> None:
        """Dropped files: identity cards first (each shown and confirmed through the trust
        flow, so a bundle from a device just trusted can go in), then the bundles."""
        if self.ctx.is_locked:
            return
        for card in sync_view.card_paths(paths):
            self.peers.add_card_file(card)
        self.import_files([*sync_view.bundle_paths(paths), *_folders(paths)])

    @staticmethod
    def _dropped(urls: list[Any]) -> list[Path]:
        local = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return [*sync_view.card_paths(local), *sync_view.bundle_paths(local), *_folders(local)]

    # --- the exchange folder ------------------------------------------------------------

    def change_folder(self) -> None:
        """Pick the exchange folder and store it in the profile's settings."""
        begin = self.folder_setting() or recent_folders.start(Purpose.EXCHANGE_FOLDER)
        chosen = QFileDialog.getExistingDirectory(self, _tr("Exchange folder"), begin)
        if chosen:
            recent_folders.remember(Purpose.EXCHANGE_FOLDER, chosen)
            self.set_folder(chosen)

    def set_folder(self, folder: str) -> None:
        """Store `folder` as the exchange folder."""
        try:
            preferences.update(self.ctx.store, exchange_folder=folder)
        except LiaisonError as exc:
            self.say(error_text(exc), True)
            return
        self.ctx.preferences_changed.emit()

    def sync_now(self, *, dialog: bool = True) -> bool:
        """Exchange through the folder in the worker (False if it could not start)."""
        folder = self.folder_setting()
        if not folder or self.jobs.busy:
            return False
        if not Path(folder).is_dir():
            self.say(_tr("The exchange folder {folder} is not reachable.").format(folder=folder), True)
            return False
        job = folder_job(self.ctx.store, Path(folder))
        title = _tr("Exchanging through the folder…")
        return self.jobs.run("folder", title, job, dialog=dialog) is not None

    def check_folder(self) -> bool:
        """The poll: sync once when the folder has just become reachable."""
        if self.ctx.is_locked:
            return False
        folder = self.folder_setting()
        if self.watch.observe(folder) and not self.jobs.busy and self.sync_now(dialog=False):
            self.say(_tr("The exchange folder appeared: syncing…"), from_folder=True)
            return True
        if self.notice_from_folder and not self.jobs.busy and not (folder and Path(folder).is_dir()):
            self.notice.hide()  # the stick was unplugged: what it did is in the history
            self.notice_from_folder = False
        self._show_folder()
        return False

    # --- results ------------------------------------------------------------------------

    def _job_succeeded(self, name: str, result: object) -> None:
        if self.ctx.is_locked:
            return
        if name == "import":
            self._show_imports(cancelled=False)
        elif name == "export" and isinstance(result, syncing.ExportResult):
            changes = _tr("%Ln change(s)", "", result.changesets)
            size = _tr("{size} bytes").format(size=number_text(result.size))
            text = _tr("Bundle written: {path} ({changes}, {size}).")
            self.say(text.format(path=result.path, changes=changes, size=size))
        elif name == "folder" and isinstance(result, syncing.FolderResult):
            lines = sync_view.folder_lines(self.ctx.store, result)
            files = _tr("%Ln file(s) imported", "", len(lines))
            written = _tr("%Ln bundle(s) written to the outbox", "", len(result.written))
            sentence = _tr("Folder exchange at {time}: {files}, {written}.").format(
                time=datetime.now(UTC).strftime("%H:%M UTC"), files=files, written=written
            )
            self.results.show_lines(lines, sentence)
            self.say(sentence, from_folder=True)
            self._ask_mass_deletes(result.imported)

    def _job_cancelled(self, name: str) -> None:
        if self.ctx.is_locked:
            return
        if name == "import":
            self._show_imports(cancelled=True)
        else:
            self.say(_tr("Cancelled."), True)

    def _show_imports(self, *, cancelled: bool) -> None:
        result = self.last_intake[0] if self.last_intake else None
        outcomes = result.files if result is not None else ()
        lines = sync_view.outcome_lines(self.ctx.store, outcomes)
        refused = sum(line.refused for line in lines)
        # A file imported before counts as gone in: it is harmless, not a failure.
        imported = _tr("Imported {done} of %Ln file(s)", "", len(lines)).format(done=len(lines) - refused)
        if refused:
            sentence = _tr("{imported}, %Ln refused.", "", refused).format(imported=imported)
        else:
            sentence = _tr("{imported}.").format(imported=imported)
        if cancelled:
            after = _tr("Cancelled after %Ln file(s).", "", len(lines))
            sentence = f"{after} {sentence}"
        self.results.show_lines(lines, sentence, result.officers if result is not None else ())
        self.say(sentence, bool(refused))
        self._ask_mass_deletes(outcomes)

    def _ask_mass_deletes(self, outcomes: Sequence[syncing.FileOutcome]) -> None:
        """Bundles refused as mass deletes: ask, and import those agreed to once the job ended."""
        if not mass_delete_ask.mass_deletes(outcomes):
            return

        def ask() -> None:
            agreed = mass_delete_ask.confirmed(self, outcomes)
            if agreed and not self.ctx.is_locked:
                self.import_files(agreed, allow_mass_delete=True)

        QTimer.singleShot(0, ask)  # after this job's end: the next one may start then

    def bundle_filter(self) -> str:
        """The file dialogs' filter for bundle files."""
        return _tr("Sync bundles ({pattern});;All files (*)").format(pattern=f"*{syncing.BUNDLE_SUFFIX}")


def _folders(paths: list[Path]) -> list[Path]:
    """The folders among dropped paths, each once: every bundle in them is imported."""
    return list(dict.fromkeys(p for p in paths if p.is_dir()))
