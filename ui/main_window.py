"""The main window: side bar, the screens, the status bar, menus and shortcuts, and the
lock screen that covers everything while the profile is locked."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from liaison_app import translations, vocab
from liaison_app.changes import Changes
from liaison_app.services import trash
from ui import backup_dialogs, focus_ring, guard, language, passphrase_dialogs
from ui.areas_page import AreasPage
from ui.change_watcher import ChangeWatcher
from ui.conflicts_page import ConflictsPage
from ui.context import AppContext
from ui.dashboard import Dashboard, Home
from ui.diagnostics_dialog import DiagnosticsDialog
from ui.editors.action import ActionEditor
from ui.editors.contact import ContactEditor
from ui.editors.meeting import MeetingEditor
from ui.editors.org import OrganizationEditor
from ui.elided_label import ElidedLabel
from ui.focus_ring import focusables
from ui.help_dialogs import AboutDialog, GuideDialog, ShortcutsDialog, window_actions
from ui.hq_officer_page import OfficerPageView
from ui.hq_org_page import OrgPageView
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.interop_menu import InteropActions
from ui.list_view import ListPage
from ui.record_menu import RecordActions, Target
from ui.report_menu import ReportActions
from ui.review_page import ReviewPage
from ui.settings_dialog import SettingsDialog
from ui.sidebar import Sidebar
from ui.sync_jobs import SyncJobs
from ui.sync_page import SyncPage
from ui.sync_status import SyncStatus
from ui.trash_page import TrashPage
from ui.undo_delete import UndoDelete
from ui.unlock import LockScreen


class MainWindow(QMainWindow):
    """Every screen of an unlocked profile."""

    # The officer chose another language (a Language): ui.language_switch rebuilds the window.
    language_chosen = Signal(object)

    def __init__(
        self, ctx: AppContext, *, remember_geometry: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.remember_geometry = remember_geometry
        self._retired = False
        language.ensure()  # the chosen language even in an app built elsewhere (a script)
        self.setWindowIcon(icon("liaison"))
        self.sidebar = Sidebar(self)
        self.pages = QStackedWidget(self)
        self.dashboard = Dashboard(ctx)
        # The HQ dashboard instead, for an HQ profile (the role is known once unlocked); a field
        # profile open already keeps its dashboard as the screen itself.
        field = not ctx.is_locked and ctx.store.author.role != "hq"
        self.home: Home | None = None if field else Home(ctx, self.dashboard)
        self.org_page: OrgPageView | None = None  # built when first opened, as the officer page
        self.officer_page: OfficerPageView | None = None
        self._back_row = 0
        self.lists: dict[str, ListPage] = {
            "meeting": ListPage(ctx, MeetingEditor(ctx)),
            "contact": ListPage(ctx, ContactEditor(ctx)),
            "org": ListPage(ctx, OrganizationEditor(ctx)),
            "action": ListPage(ctx, ActionEditor(ctx)),
        }
        self.jobs = SyncJobs(ctx, self)
        self.watcher = ChangeWatcher(ctx, self)
        self.jobs.busy_changed.connect(ctx.set_job_running)
        self.conflicts = ConflictsPage(ctx)
        self.sync = SyncPage(ctx, self.jobs)
        self.trash = TrashPage(ctx)
        self.review = ReviewPage(ctx)
        self.areas = AreasPage(ctx)
        self.lists["area"] = self.areas.list
        screens: list[tuple[str, str, str, QWidget]] = [
            ("dashboard", _tr("Dashboard"), "dashboard", self.home or self.dashboard),
            ("meeting", _tr("Meetings"), "meeting", self.lists["meeting"]),
            ("contact", _tr("Contacts"), "contact", self.lists["contact"]),
            ("org", _tr("Organizations"), "organization", self.lists["org"]),
            ("action", _tr("Action items"), "action", self.lists["action"]),
            ("conflicts", _tr("Conflicts"), "conflicts", self.conflicts),
            ("sync", _tr("Sync"), "sync", self.sync),
            ("trash", _tr("Trash"), "delete", self.trash),
            # Last, so that Ctrl+1..8 keep the screens they had.
            ("area", _tr("Areas"), "area", self.areas),
            ("review", _tr("Review"), "calendar", self.review),
        ]
        for key, label, icon_name, page in screens:
            self.sidebar.add_entry(key, label, icon_name)
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.workspace = QWidget(self)
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(ctx.directory, self)
        self.lock_screen.form.unlocked.connect(lambda store: ctx.open(store))
        self.central = QStackedWidget(self)
        self.central.addWidget(self.workspace)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)
        self._wire_pages()
        self._build_actions()
        self._build_toolbar()
        self._build_status_bar()
        ctx.locked.connect(self._show_locked)
        ctx.unlocked.connect(self._show_unlocked)
        self.sidebar.setCurrentRow(0)
        self.resize(1280, 800)
        self._restore_geometry()
        if ctx.is_locked:
            self._show_locked()
        else:
            self._show_unlocked()

    # --- wiring -------------------------------------------------------------------------

    def _wire_pages(self) -> None:
        self.dashboard.open_requested.connect(self.open_record)
        if self.home is not None:
            self.home.officer_requested.connect(self.open_officer_page)
        # A peer's row opens the officer page of its officer (what HQ has heard from them).
        self.sync.peers.table.cellDoubleClicked.connect(self._peer_activated)
        for page in self.lists.values():
            page.open_requested.connect(self.open_record)
            page.new_related.connect(self.new_record)
            page.editor.dirty_changed.connect(self._dirty_changed)
            page.editor.conflict_requested.connect(self.show_conflict)
        self.conflicts.merge_requested.connect(self.merge_conflict)
        self.conflicts.count_changed.connect(lambda n: self.sidebar.set_badge("conflicts", n))
        self.undo_delete = UndoDelete(self.ctx, self)
        self.undo_delete.restored.connect(self.open_record)
        for page in self.lists.values():
            page.editor.deleted.connect(self.undo_delete.record_deleted)
        self.trash.restored.connect(self.open_record)

    def _action(self, text: str, shortcut: QKeySequence | str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(_tr("&New"), QKeySequence(keys.New), self.new_here)
        self.new_action.setIcon(icon("add"))
        self.save_action = self._action(_tr("&Save"), QKeySequence(keys.Save), self.save_here)
        self.save_action.setIcon(icon("save"))
        self.find_action = self._action(_tr("&Find"), QKeySequence(keys.Find), self.find_here)
        self.find_action.setIcon(icon("search"))
        self.refresh_action = self._action(_tr("&Refresh"), "F5", self.refresh_all)
        self.refresh_action.setToolTip(_tr("Show what is stored now, with what other programs wrote (F5)"))
        self.lock_action = self._action(_tr("&Lock"), "Ctrl+L", self.ctx.lock)
        self.lock_action.setIcon(icon("lock"))
        self.settings_action = self._action(_tr("Se&ttings…"), "Ctrl+,", self.open_settings)
        self.settings_action.setIcon(icon("settings"))
        self.passphrase_action = self._action(
            _tr("Change &passphrase…"),
            "",
            lambda: passphrase_dialogs.change_passphrase(
                self, self.ctx.directory, (self.ctx.store.author.officer, self.ctx.store.author.device_name)
            ),
        )
        self.passphrase_action.setIcon(icon("key"))
        self.backups = backup_dialogs.BackupActions(self, self.ctx)  # also backs up at lock, if chosen
        self.quit_action = self._action(_tr("&Quit"), QKeySequence(keys.Quit), self.close)
        self.demo_action = self._action(_tr("Fill with &demo data…"), "", self.fill_demo)
        self.demo_action.setEnabled(importlib.util.find_spec("liaison_app.demo") is not None)
        self.diagnostics_action = self._action(_tr("&Diagnostics…"), "", self.open_diagnostics)
        menu = self.menuBar()
        file_menu = menu.addMenu(_tr("&File"))
        for action in (self.new_action, self.save_action, self.find_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.backups.back_up_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addSeparator()
        self.interop = InteropActions(self, self.ctx)
        self.interop.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        go_menu = self.go_menu = menu.addMenu(_tr("&Go"))
        go_menu.addAction(self.refresh_action)
        go_menu.addSeparator()
        self.go_actions = []
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            go = self._action(
                self.sidebar.label_at(row), f"Ctrl+{row + 1}", lambda _c=False, r=row: self.go_and_focus(r)
            )
            go.setIcon(item.icon())
            go_menu.addAction(go)
            self.go_actions.append(go)
        self._build_edit_menu(menu)
        self.sidebar_action = self._action(_tr("Side &bar"), "F6", self.toggle_sidebar_focus)
        self.sidebar_action.setToolTip(_tr("Move the cursor to the side bar and back (F6)"))
        go_menu.addSeparator()
        go_menu.addAction(self.sidebar_action)
        self.sidebar.enter_pressed.connect(self.focus_page)
        self.shortcuts_action = self._action(_tr("&Keyboard shortcuts…"), "Ctrl+/", self.open_shortcuts)
        self.guide_action = self._action(_tr("&Guide…"), QKeySequence(keys.HelpContents), self.open_guide)
        self.about_action = self._action(_tr("&About Liaison…"), "", self.open_about)
        self.about_action.setIcon(icon("liaison"))
        self.reports = ReportActions(self, self.ctx)
        self.reports_menu = self.reports.add_menu(menu)
        self.help_menu = menu.addMenu(_tr("&Help"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.demo_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.diagnostics_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.data_actions = [
            self.new_action,
            self.save_action,
            self.find_action,
            self.refresh_action,
            self.lock_action,
            self.settings_action,
            self.passphrase_action,
            self.backups.back_up_action,
            self.backups.restore_action,
            self.demo_action,
            *self.go_actions,
            self.sidebar_action,
            *self.reports.all,
            *self.interop.all,
        ]

    def _build_toolbar(self) -> None:
        # Quick lock one click away, whatever is on show (Ctrl+L does the same).
        bar = QToolBar(_tr("Lock"), self)
        bar.setObjectName("lock_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_action.setToolTip(_tr("Lock now: close the database and hide every window (Ctrl+L)"))
        bar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.lock_toolbar = bar

    def _build_edit_menu(self, menu: QMenuBar) -> None:
        # Undo delete, and what can be done to the record on show (or, from a list row's
        # context menu, to that row): open, own window, copy, mark done, delete.
        self.record_actions = RecordActions(self, self.current_target)
        edit_menu = self.edit_menu = QMenu(_tr("&Edit"), self)
        menu.insertMenu(self.go_menu.menuAction(), edit_menu)  # File, Edit, Go, Help as everywhere
        edit_menu.addAction(self.undo_delete.action)
        edit_menu.addSeparator()
        for action in self.record_actions.actions:
            if action is self.record_actions.delete_action:
                edit_menu.addSeparator()
            edit_menu.addAction(action)
        edit_menu.aboutToShow.connect(self.record_actions.update)
        for page in self.lists.values():
            self.record_actions.attach(page)
            table = page.table
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            if page.kind == "org":
                table.customContextMenuRequested.connect(lambda at, p=page: self.org_row_menu(p, at))
            else:
                table.customContextMenuRequested.connect(
                    lambda at, p=page: self.record_actions.row_menu(p, at)
                )
        conflicts = self.conflicts.table
        conflicts.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        conflicts.customContextMenuRequested.connect(self.conflict_menu)
        # The Edit menu needs the store, like the Go menu.
        # (Bound methods, not lambdas: Qt drops them with the window, which a language
        # switch replaces while the profile stays open.)
        self.edit_menu = edit_menu
        self.ctx.locked.connect(self._follow_lock)
        self.ctx.unlocked.connect(self._follow_lock)
        self._follow_lock()

    def _follow_lock(self) -> None:
        self.edit_menu.menuAction().setEnabled(not self.ctx.is_locked)

    def org_row_menu(self, page: ListPage, at: QPoint) -> QMenu | None:
        """An organization row's context menu: the record actions, and its page."""
        index = page.table.indexAt(at)
        record_id = page.model.id_at(index.row()) if index.isValid() else None
        if record_id is None:
            return None
        menu = self.record_actions.menu_for(Target(page, record_id))
        menu.addSeparator()
        opened = menu.addAction(icon("organization"), _tr("Open organization &page"))
        opened.triggered.connect(lambda: self.open_org_page(record_id))
        menu.popup(page.table.viewport().mapToGlobal(at))
        return menu

    def current_target(self) -> Target | None:
        """The record the Edit menu acts on: the list row highlighted, else the record open
        in the editor of the screen on show."""
        page = self.current_list()
        if page is None or self.ctx.is_locked:
            return None
        record_id = page.current_record() or page.editor.record_id
        return Target(page, record_id) if record_id else None

    def conflict_menu(self, at: QPoint) -> QMenu | None:
        """The context menu of a conflict: open the record it concerns."""
        table = self.conflicts.table
        index = table.indexAt(at)
        if not index.isValid():
            return None
        table.setCurrentCell(index.row(), 0)
        view = self.conflicts.current()
        if view is None:
            return None
        menu = QMenu(self)
        opened = menu.addAction(icon("open"), _tr("&Open the record"))
        opened.triggered.connect(lambda: self.open_record(view.kind, view.record_id))
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(table.viewport().mapToGlobal(at))
        return menu

    # --- the keyboard -------------------------------------------------------------------

    def go_and_focus(self, row: int) -> None:
        """Ctrl+1..8: show screen `row`, the cursor in it (a list's rows, else its first widget)."""
        self.go(row)
        self.focus_page()

    def focus_page(self) -> None:
        """Put the cursor in the screen on show."""
        page = self.pages.currentWidget()
        if isinstance(page, ListPage):
            page.focus_list()
        elif page is not None:
            focus_ring.move(focusables(page), True)

    def toggle_sidebar_focus(self) -> None:
        """F6: to the side bar, or from it back into the screen."""
        if self.sidebar.hasFocus():
            self.focus_page()
        else:
            self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        # Tab never leaves the screen on show for the side bar or the status bar: from
        # anywhere else (the side bar after a click) it enters the screen.
        if self.central.currentWidget() is self.workspace:
            page = self.pages.currentWidget()
            if isinstance(page, ListPage) and focus_ring.move(page.tab_ring(), next):
                return True
            if page is not None and focus_ring.move(focusables(page), next):
                return True
        return super().focusNextPrevChild(next)

    def open_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: every key, read from the actions themselves."""
        ShortcutsDialog(window_actions(self), self).exec()

    def open_guide(self) -> None:
        """Help → Guide."""
        GuideDialog(self).exec()

    def open_about(self) -> None:
        """Help → About Liaison."""
        AboutDialog(self).exec()

    def _build_status_bar(self) -> None:
        self.identity_label = ElidedLabel(self)  # gives way at 800 px, whole in its tool tip
        self.sync_label = SyncStatus(self.ctx, self)
        self.lock_label = QLabel(self)
        bar = self.statusBar()
        bar.addWidget(self.identity_label)
        bar.addWidget(self.undo_delete.note)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.lock_label)

    # --- navigation ---------------------------------------------------------------------

    def go(self, row: int) -> None:
        """Show screen `row` of the side bar."""
        self.sidebar.setCurrentRow(row)

    def go_to(self, key: str) -> None:
        """Show the screen called `key` (dashboard, meeting, contact, org, action...)."""
        for row in range(self.sidebar.count()):
            if self.sidebar.key_at(row) == key:
                self.go(row)
                return

    def current_list(self) -> ListPage | None:
        """The list screen on show, if any."""
        page = self.pages.currentWidget()
        return page if isinstance(page, ListPage) else None

    def open_record(self, kind: str, record_id: str) -> None:
        """Show `record_id` in its kind's screen (the link from another record); a deleted
        record is shown in the Trash, where it can be restored."""
        if trash.deleted_titles(self.ctx.store, kind=kind, ids=[record_id]):
            self.go_to("trash")
            self.trash.select(record_id)
            return
        self.go_to(kind)
        self.lists[kind].open_record(record_id)

    def open_org_page(self, org_id: str) -> None:
        """Show the organization page of `org_id` (every officer's engagements with it)."""
        if self.org_page is None:
            page = self.org_page = OrgPageView(self.ctx)
            page.open_requested.connect(self.open_record)
            page.officer_requested.connect(self.open_officer_page)
            page.back_requested.connect(self.go_back)
            self.pages.addWidget(page)
        self.org_page.show_org(org_id)
        self._show_page(self.org_page)

    def open_officer_page(self, officer: str) -> None:
        """Show the officer page of `officer` (a name or a device id)."""
        if self.officer_page is None:
            page = self.officer_page = OfficerPageView(self.ctx)  # brings matplotlib: built on use
            page.open_requested.connect(self.open_record)
            page.back_requested.connect(self.go_back)
            self.pages.addWidget(page)
        self.officer_page.show_officer(officer)
        self._show_page(self.officer_page)

    def _peer_activated(self, row: int, _column: int) -> None:
        lines = self.sync.peers.lines
        if 0 <= row < len(lines):
            self.open_officer_page(lines[row].device_id)

    def _show_page(self, page: QWidget) -> None:
        # A page without a side-bar entry: no entry is selected while it shows, so a click
        # on any entry (the one left, too) leaves it; Back returns to the screen left.
        if self.sidebar.currentRow() >= 0:
            self._back_row = self.sidebar.currentRow()
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(False)
        self.pages.setCurrentWidget(page)

    def go_back(self) -> None:
        """Leave an organization or officer page for the screen it was opened from."""
        self.go(self._back_row)

    def new_record(self, kind: str, initial: object = None) -> None:
        """Start a new record of `kind`, prefilled with `initial` values."""
        self.go_to(kind)
        self.lists[kind].new_record(initial if isinstance(initial, dict) else None)

    def new_here(self) -> None:
        """Ctrl+N: a new record of the screen's kind (a meeting from the dashboard)."""
        page = self.current_list()
        if page is None:
            self.new_record("meeting")
        else:
            page.new_record()

    def refresh_all(self) -> None:
        """F5: every screen shows what is stored now (another program may have written)."""
        if not self.ctx.is_locked:
            self.ctx.announce(Changes.everything(), self)
            self.ctx.refresh_now.emit()  # at once, not at the next turn: the key was pressed

    def save_here(self) -> None:
        """Ctrl+S: save the record being edited."""
        page = self.current_list()
        if page is not None:
            page.save()

    def find_here(self) -> None:
        """Ctrl+F: the search box of this screen (contacts from elsewhere)."""
        page = self.current_list()
        if page is None:
            self.go_to("contact")
            page = self.lists["contact"]
        page.focus_search()

    def show_conflict(self, conflict_id: str) -> None:
        """The Conflicts screen with `conflict_id` selected (a field's conflict link)."""
        self.go_to("conflicts")
        ids = [view.id for view in self.conflicts.views]
        if conflict_id in ids:
            self.conflicts.table.setCurrentCell(ids.index(conflict_id), 0)
            self.conflicts.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def merge_conflict(self, kind: str, record_id: str, field: str) -> None:
        """Open the record with the conflicting field focused, for a merged value.

        Saving an edit of that field overwrites every disagreeing value, which resolves
        the conflict (and syncs like any edit)."""
        self.open_record(kind, record_id)
        page = self.lists[kind]
        if page.editor.record_id != record_id or field not in page.editor.fields:
            return
        target = page.editor.fields[field].focus_target()

        def focus() -> None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            select_all = getattr(target, "selectAll", None)
            if callable(select_all):
                select_all()  # the officer types over the shown value, or edits it

        # After the screen switch has settled: the stack moves focus off the hidden page.
        QTimer.singleShot(0, focus)

    # --- dialogs and jobs ---------------------------------------------------------------

    def open_settings(self) -> None:
        """Show the settings dialog; a language chosen there rebuilds the window in it."""
        SettingsDialog(self.ctx, self).exec()
        chosen = translations.chosen().effective
        if chosen is not language.current():
            self.language_chosen.emit(chosen)

    def retire(self) -> None:
        """Leave the screen to a window rebuilt in another language: its unsaved edits were
        carried over, so it closes without asking and without locking the profile."""
        self._retired = True
        self.watcher.stop()  # its probe holds a pooled connection the new window needs
        for signal, slot in (
            (self.ctx.locked, self._show_locked),
            (self.ctx.unlocked, self._show_unlocked),
            (self.ctx.locked, self._follow_lock),
            (self.ctx.unlocked, self._follow_lock),
        ):
            signal.disconnect(slot)
        self.close()
        self.deleteLater()

    def open_diagnostics(self) -> None:
        """Show the redacted log of this session (Help → Diagnostics)."""
        DiagnosticsDialog(self).exec()

    def fill_demo(self) -> None:
        """Fill the profile with a month of demo data, in the background."""
        from ui.demo_job import run_demo

        run_demo(self, self.ctx)

    # --- lock ---------------------------------------------------------------------------

    def _show_locked(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()  # a dialog over locked data must not stay open
        # Every other window still showing (a report preview, a dialog that is not modal)
        # hides: only the lock screen is left. Detached editors go back into their pages.
        # Another main window (a second profile's, in the screenshot scripts) is not ours to hide.
        for window in QApplication.topLevelWidgets():
            if not isinstance(window, MainWindow) and window.isVisible() and window.isWindow():
                window.hide()
        self.central.setCurrentWidget(self.lock_screen)
        # The menu bar stays: Help (Diagnostics) and File → Quit need no store; the rest does.
        self.go_menu.menuAction().setEnabled(False)
        for action in self.data_actions:
            action.setEnabled(False)
        self.setWindowTitle(_tr("Liaison — locked[*]"))
        self.identity_label.clear()
        self.lock_label.setPixmap(icon("lock").pixmap(16, 16))
        self.lock_screen.form.reset()
        self.lock_screen.setFocus()

    def _show_unlocked(self) -> None:
        author = self.ctx.store.author
        self.central.setCurrentWidget(self.workspace)
        self.go_menu.menuAction().setEnabled(True)
        for action in self.data_actions:
            action.setEnabled(action is not self.demo_action or self._demo_available())
        self.setWindowTitle(_tr("Liaison — {officer}[*]").format(officer=author.officer))
        role = QCoreApplication.translate("vocab", vocab.ROLES.get(author.role, author.role))
        self.identity_label.setText(
            _tr("{officer} · {device} · {role}").format(
                officer=author.officer, device=author.device_name, role=role
            )
        )
        self.lock_label.setPixmap(icon("unlock").pixmap(16, 16))
        self.lock_label.setToolTip(_tr("Unlocked — Ctrl+L locks now"))
        # Screens on show read now; the others once, when shown (a 500k list costs a third
        # of a second to open: only the one the officer looks at pays it at unlock).
        self.ctx.announce(Changes.everything(), self)
        self.ctx.refresh_now.emit()
        self.sync.activate()

    def _demo_available(self) -> bool:
        return importlib.util.find_spec("liaison_app.demo") is not None

    def _dirty_changed(self, _dirty: bool) -> None:
        self.setWindowModified(any(page.has_unsaved() for page in self.lists.values()))

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._retired:
            event.accept()
            return
        if not self._settle_all():
            event.ignore()
            return
        if self.remember_geometry:
            settings = QSettings()
            settings.setValue("main/geometry", self.saveGeometry())
        self.ctx.lock()
        event.accept()

    def _settle_all(self) -> bool:
        dirty = [page for page in self.lists.values() if page.has_unsaved()]
        if dirty and self.ctx.is_locked:
            answer = QMessageBox.question(
                self,
                _tr("Unsaved changes"),
                _tr("Some edits are not saved and the profile is locked. Quit and lose them?"),
            )
            return answer == QMessageBox.StandardButton.Yes
        for page in dirty:
            self.go_to(page.kind)
            if not guard.settle(self, page.editor):
                return False
        return True

    def _restore_geometry(self) -> None:
        if not self.remember_geometry:
            return
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
