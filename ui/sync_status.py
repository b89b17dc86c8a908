"""The sync part of the status bar: last exchange, changes waiting, changes to send, open
conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from liaison_app.services import sync_view
from ui.context import AppContext


class SyncStatus(QLabel):
    """One line that follows every exchange, resolution, edit and unlock; the tool tip names
    the last exchange with each peer and what each one still lacks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: sync_view.SyncSummary | None = None
        ctx.sync_changed.connect(self.refresh)
        ctx.records_changed.connect(lambda _kind: self.refresh())  # an edit can resolve a conflict
        ctx.locked.connect(self._clear)

    def refresh(self) -> None:
        """Read the summary from the sync services."""
        if self.ctx.is_locked:
            return
        self.summary = sync_view.summary(self.ctx.store)
        self.setText(self.summary.text())
        self.setToolTip(self.summary.tooltip())

    def _clear(self) -> None:
        self.summary = None
        self.setText("Sync: locked")
        self.setToolTip("")
