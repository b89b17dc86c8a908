"""The saved views of one list (issue 11): a box to choose one, and a menu to save the
filters shown under a name, rename or delete the view chosen. What a view keeps and how it
is checked is liaison_app/services/saved_views.py's; this box only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from liaison_app.errors import LiaisonError
from liaison_app.services import saved_views
from liaison_app.services.saved_views import SavedView
from ui.context import AppContext
from ui.error_words import error_text
from ui.i18n import tr as _tr

Shown = Callable[[], SavedView]  # the filters shown now, as a view named ""


class SavedViewsBox(QWidget):
    """Choose, save, rename and delete the saved views of `kind`; `chosen` carries the view
    picked, for the list to show its filters."""

    chosen = Signal(object)

    def __init__(self, ctx: AppContext, kind: str, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.shown = shown
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.box = QComboBox(self)
        self.box.setObjectName("saved-views")
        self.box.setToolTip(_tr("Saved views: filters kept under a name"))
        self.box.setMinimumContentsLength(14)
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.box.activated.connect(self._picked)
        layout.addWidget(self.box)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setToolTip(_tr("Save, rename or delete a view"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.save_action = menu.addAction(_tr("Save these filters as a view…"), self.ask_save)
        self.rename_action = menu.addAction(_tr("Rename view…"), self.ask_rename)
        self.delete_action = menu.addAction(_tr("Delete view"), self.ask_delete)
        menu.aboutToShow.connect(self._enable)
        self.menu_button.setMenu(menu)
        layout.addWidget(self.menu_button)
        ctx.unlocked.connect(self.reload)
        self.reload()

    # --- the box ------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        """Read the views again; keep (or select) one by name."""
        keep = select or self.current_name()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(_tr("Views"), "")
        if not self.ctx.is_locked:
            for view in saved_views.list_views(self.ctx.store, self.kind):
                self.box.addItem(view.name, view.name)
        self.box.setCurrentIndex(max(self.box.findData(keep), 0))
        self.box.blockSignals(False)

    def current_name(self) -> str:
        """The name of the view chosen ("" for none)."""
        return str(self.box.currentData() or "")

    def names(self) -> list[str]:
        """The views offered, in order."""
        return [str(self.box.itemData(i)) for i in range(1, self.box.count())]

    def choose(self, name: str) -> None:
        """Pick a view by name (as choosing it in the box does)."""
        self.box.setCurrentIndex(max(self.box.findData(name), 0))
        self._picked(self.box.currentIndex())

    def forget_choice(self) -> None:
        """The filters shown are no longer the view's: the box says "Views" again."""
        self.box.setCurrentIndex(0)

    def _picked(self, _index: int) -> None:
        name = self.current_name()
        if not name or self.ctx.is_locked:
            return
        try:
            view = saved_views.get(self.ctx.store, self.kind, name)
        except LiaisonError as exc:
            self._warn(error_text(exc))
            self.reload()
            return
        self.chosen.emit(view)

    def _enable(self) -> None:
        self.rename_action.setEnabled(bool(self.current_name()))
        self.delete_action.setEnabled(bool(self.current_name()))

    # --- saving, renaming, deleting ------------------------------------------------------

    def save_as(self, name: str) -> bool:
        """Keep the filters shown as the view `name`; False (and a warning) if refused."""
        shown = self.shown()
        try:
            kept = saved_views.save(self.ctx.store, SavedView(name, self.kind, shown.wanted, shown.preset))
        except LiaisonError as exc:
            self._warn(error_text(exc))
            return False
        self.reload(select=kept.name)
        return True

    def rename_to(self, new_name: str) -> bool:
        """Give the view chosen another name."""
        try:
            renamed = saved_views.rename(self.ctx.store, self.kind, self.current_name(), new_name)
        except LiaisonError as exc:
            self._warn(error_text(exc))
            return False
        self.reload(select=renamed.name)
        return True

    def delete_current(self) -> None:
        """Forget the view chosen (the filters shown stay)."""
        try:
            saved_views.delete(self.ctx.store, self.kind, self.current_name())
        except LiaisonError as exc:
            self._warn(error_text(exc))
        self.reload()
        self.box.setCurrentIndex(0)

    def ask_save(self) -> None:
        """Ask a name (the chosen view's, to replace it), then save."""
        name, ok = QInputDialog.getText(
            self,
            _tr("Save view"),
            _tr("Name (dates typed as today-30 stay relative to today):"),
            text=self.current_name(),
        )
        if ok and name.strip():
            self.save_as(name)

    def ask_rename(self) -> None:
        """Ask the new name of the view chosen."""
        if not self.current_name():
            return
        name, ok = QInputDialog.getText(self, _tr("Rename view"), _tr("New name:"), text=self.current_name())
        if ok and name.strip():
            self.rename_to(name)

    def ask_delete(self) -> None:
        """Ask, then delete the view chosen."""
        if not self.current_name():
            return
        question = _tr("Delete the view “%1”? The filters shown stay.").replace("%1", self.current_name())
        answer = QMessageBox.question(self, _tr("Delete view"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current()

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, _tr("Saved views"), message)
