"""An officer's page at HQ: their activity by week (meetings, actions opened and done), when
each of their devices was last heard from, their areas, and their overdue actions (each
opens its record). Reached from the HQ dashboard's officers."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from liaison_app.changes import Changes
from liaison_app.clock import today
from liaison_app.services import officer_page
from liaison_app.services.officer_page import OfficerPage
from ui import hq_plots, worker
from ui.context import AppContext
from ui.hq_charts import ChartView, Rendered, render
from ui.hq_dashboard import days_quiet
from ui.hq_record_list import PageHeader, RecordList
from ui.i18n import tr as _tr
from ui.operations import Refresher


def concerns_officer_page(changes: Changes) -> bool:
    """What the page counts: meetings, actions, and what arrives from officers."""
    return changes.touches("meeting", "action") or changes.sync


class OfficerPageView(QWidget):
    """The page of one officer (by name, as records name them)."""

    open_requested = Signal(str, str)  # kind, id
    back_requested = Signal()
    chart_shown = Signal()  # the activity chart shows the page's figures (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.officer: str | None = None
        self.page: OfficerPage | None = None
        self.task: worker.TaskHandle | None = None
        self.header = PageHeader(self)
        self.header.back_requested.connect(self.back_requested)
        self.activity = ChartView(_tr("Activity by week"), "officer-activity.png", self)
        self.activity.resized.connect(lambda: QTimer.singleShot(200, self.redraw))
        self.overdue = RecordList(_tr("Overdue action items"), _tr("Nothing overdue."), self)
        self.overdue.open_requested.connect(self.open_requested)
        columns = QHBoxLayout()
        columns.addWidget(self.activity, 3)
        columns.addWidget(self.overdue, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(columns, 1)
        self.refresher = Refresher(ctx, self, lambda _c, _w: self.reload(), concerns=concerns_officer_page)
        ctx.locked.connect(self._clear)

    def show_officer(self, who: str) -> None:
        """Show the page of the officer `who` names (LiaisonError if none)."""
        self.officer = who
        self.reload()

    def reload(self) -> None:
        """Read the page again."""
        if self.officer is None or self.ctx.is_locked:
            return
        page = self.page = officer_page.officer_page(self.ctx.store, who=self.officer)
        self.header.title.setText(page.officer.name)
        self.header.details.setText(self._details(page))
        self.overdue.fill(page.overdue, overdue_before=today().isoformat())
        self.redraw()

    def redraw(self) -> None:
        """Draw the activity chart in the worker, at the chart's size now."""
        page = self.page
        if page is None or self.ctx.is_locked:
            return
        labels = (_tr("Meetings"), _tr("Actions opened"), _tr("Actions done"))
        title, size = self.activity.title, self.activity.pixel_size()
        task = self.task = worker.start(
            lambda _state: render(
                lambda fig: hq_plots.activity_chart(fig, title, page.activity, labels), size
            ),
            owner=self,
        )
        task.succeeded.connect(lambda rendered, t=task: self._drawn(t, rendered))

    def _drawn(self, task: worker.TaskHandle, rendered: object) -> None:
        if task is self.task and self.page is not None and isinstance(rendered, Rendered):
            self.activity.show_rendered(rendered)
            self.chart_shown.emit()

    def _details(self, page: OfficerPage) -> str:
        devices = []
        for device in page.officer.devices:
            quiet = days_quiet(device.last_heard)
            if device.own:
                heard = _tr("this device")
            elif quiet is None:
                heard = _tr("never heard from")
            else:
                heard = _tr("last heard from %Ln day(s) ago", "", quiet)
            devices.append(_tr("%1 (%2)").replace("%1", device.device_name).replace("%2", heard))
        areas = ", ".join(page.areas) or _tr("none assigned")
        return (
            _tr("Devices: %1 · Areas of responsibility: %2")
            .replace("%1", "; ".join(devices))
            .replace("%2", areas)
        )

    def _clear(self) -> None:
        self.officer = None
        self.page = None
        self.task = None
        self.header.title.clear()
        self.header.details.clear()
        self.overdue.list.clear()
        self.activity.clear()
