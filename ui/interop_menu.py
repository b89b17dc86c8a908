"""File ▸ Import and File ▸ Export: the submenus every format adds its actions to, and
File ▸ Export log… beside them.

Each format's dialogs live in their own module and register their actions here with
`add_import` / `add_export`, so the main window builds the two submenus once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui import card_export, card_import_flow
from ui.context import AppContext
from ui.export_log_view import ExportLogDialog
from ui.i18n import tr as _tr
from ui.profile_import import ProfileImportActions
from ui.record_export import ExportActions


class InteropActions(QObject):
    """The actions of File ▸ Import and File ▸ Export, opening their dialogs over `window`."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.import_menu = QMenu(_tr("&Import"), window)
        self.export_menu = QMenu(_tr("&Export"), window)
        self.imports: list[QAction] = []
        self.exports: list[QAction] = []
        # Each format registers its actions here (one line per format), before the main window
        # reads `all` and builds the submenus.
        self.add_import(card_import_flow.contacts(window, ctx))
        self.add_import(card_import_flow.organizations(window, ctx))
        self.add_export(card_export.contacts(window, ctx))
        self.record_exports = ExportActions(window, ctx)
        for action in self.record_exports.all:
            self.add_export(action)
        self.profile_import = ProfileImportActions(window, ctx)
        self.add_import(self.profile_import.action)
        self.log_action = QAction(_tr("Export &log…"), window)
        self.log_action.triggered.connect(self.show_log)
        self.log_view: ExportLogDialog | None = None

    @property
    def all(self) -> list[QAction]:
        """Every action of both submenus, and the submenus themselves (disabled with the
        others while locked: nothing in them works without the store)."""
        return [
            *self.imports,
            *self.exports,
            self.import_menu.menuAction(),
            self.export_menu.menuAction(),
            self.log_action,
        ]

    def show_log(self) -> None:
        """Open the export log (File ▸ Export log…)."""
        self.log_view = ExportLogDialog(self.ctx, self.window)
        self.log_view.show()

    def add_import(self, action: QAction) -> None:
        """Offer `action` under File ▸ Import."""
        self.imports.append(action)
        self.import_menu.addAction(action)

    def add_export(self, action: QAction) -> None:
        """Offer `action` under File ▸ Export."""
        self.exports.append(action)
        self.export_menu.addAction(action)

    def add_to(self, menu: QMenu) -> None:
        """Put both submenus into `menu` (File), each shown only once it holds an action."""
        menu.addMenu(self.import_menu)
        menu.addMenu(self.export_menu)
        menu.addAction(self.log_action)
        self.import_menu.menuAction().setVisible(bool(self.imports))
        self.export_menu.menuAction().setVisible(bool(self.exports))
