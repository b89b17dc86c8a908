"""The HQ dashboard (an HQ profile's first screen): engagements per week by officer and by
organization type, overdue actions by owner, engagement places, and the officers quietest
first. The figures come from `hq_summary` in the worker, so the window never waits for
them; each chart saves as PNG. Double-click an officer for their page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.changes import Changes
from liaison_app.services import hq_summary
from liaison_app.services.hq_period import period
from liaison_app.services.hq_summary import OfficerLine, Summary
from ui import hq_dashboard_charts, worker
from ui.context import AppContext
from ui.display_words import number_text
from ui.hq_charts import ChartView, Rendered, render
from ui.i18n import tr as _tr
from ui.operations import Refresher

PERIODS = (12, 26, 52)  # weeks the period box offers
QUIET_DAYS = 14  # an officer not heard from for longer is shown in red
_NAME = Qt.ItemDataRole.UserRole


def concerns_hq(changes: Changes) -> bool:
    """What the HQ figures count: meetings, actions, their owners and organizations, and
    what arrives from officers."""
    return changes.touches("meeting", "action", "contact", "org") or changes.sync or changes.membership


def days_quiet(last_heard: str | None, now: datetime | None = None) -> int | None:
    """Whole days since `last_heard` (UTC ISO text); None when never heard from."""
    if not last_heard:
        return None
    heard = datetime.fromisoformat(last_heard.replace("Z", "+00:00"))
    return max(0, ((now or datetime.now(UTC)) - heard).days)


class HqDashboard(QWidget):
    """The HQ figures for a period of weeks, recomputed in the worker when they may differ."""

    officer_requested = Signal(str)  # an officer's name: open their page
    counted = Signal()  # the heading and the officers show the latest figures; charts follow
    figures_shown = Signal()  # the charts show the latest figures (tests and screenshots wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: Summary | None = None
        self.task: worker.TaskHandle | None = None
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(self)
        self.weeks = QComboBox(self)
        for weeks in PERIODS:
            self.weeks.addItem(_tr("Last %Ln week(s)", "", weeks), weeks)
        self.weeks.setCurrentIndex(PERIODS.index(26))
        self.weeks.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(_tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.by_officer = ChartView(_tr("Engagements per week by officer"), "engagements-by-officer.png")
        self.by_type = ChartView(_tr("Engagements by organization type"), "engagements-by-type.png")
        self.overdue = ChartView(_tr("Overdue actions by owner"), "overdue-by-owner.png")
        self.places = ChartView(_tr("Engagement locations"), "engagement-locations.png")
        self.quiet = ChartView(_tr("Areas without a recent engagement"), "quiet-areas.png")
        self.officers = self._officer_table()
        self._layout()
        # A chart resized (the window, the splitter) is drawn again once the resizing pauses.
        self.resize_timer = QTimer(self)
        self.resize_timer.setSingleShot(True)
        self.resize_timer.setInterval(250)
        self.resize_timer.timeout.connect(self.redraw)
        for chart in self.charts():
            chart.resized.connect(self.resize_timer.start)
        self.refresher = Refresher(ctx, self, lambda _c, _w: self.refresh(), concerns=concerns_hq)
        ctx.locked.connect(self._clear)

    def charts(self) -> list[ChartView]:
        """Every chart, in reading order."""
        return [self.by_officer, self.by_type, self.overdue, self.quiet, self.places]

    def _officer_table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([_tr("Officer"), _tr("Last heard from"), _tr("Engagements")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.cellActivated.connect(self._officer_activated)
        table.cellDoubleClicked.connect(self._officer_activated)
        table.setMinimumHeight(180)  # a handful of officers in view beside the charts
        return table

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addWidget(self.weeks)
        top.addWidget(self.refresh_button)
        officers = QGroupBox(_tr("Officers, quietest first"), self)
        box = QVBoxLayout(officers)
        box.addWidget(self.officers)
        # Who and where went quiet (the heat map beside the officers and the quiet areas),
        # then what and where, three charts abreast.
        quiet = QVBoxLayout()
        quiet.addWidget(officers, 1)
        quiet.addWidget(self._framed(self.quiet), 1)
        who = QHBoxLayout()
        who.addWidget(self._framed(self.by_officer), 3)
        who.addLayout(quiet, 2)
        what = QHBoxLayout()
        for chart in (self.by_type, self.overdue, self.places):
            what.addWidget(self._framed(chart), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(who, 5)
        layout.addLayout(what, 4)

    def _framed(self, chart: ChartView) -> QFrame:
        # The figure draws its own title, so an exported PNG says what it shows.
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(chart)
        return frame

    # --- figures ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recount the figures and draw the charts in the worker (a run under way is dropped)."""
        if self.ctx.is_locked:
            return
        store, span = self.ctx.store, period(weeks=int(self.weeks.currentData()))
        charts = self._chart_sizes()
        self._start(lambda: hq_summary.summary(store, span=span), charts)
        self.status.setText(_tr("Counting…"))

    def redraw(self) -> None:
        """Draw the charts again at their sizes now, from the figures on show (no recount)."""
        found = self.summary
        if found is None or self.ctx.is_locked:
            return
        if self.task is not None and not self.task.done:
            self.resize_timer.start()  # after the run under way
            return
        self._start(lambda: found, self._chart_sizes())

    def _chart_sizes(self) -> list[tuple[str, QSize]]:
        return [(chart.title, chart.pixel_size()) for chart in self.charts()]

    def _start(self, count: Callable[[], Summary], charts: list[tuple[str, QSize]]) -> None:
        # Two jobs: the figures show as soon as they are counted (at HQ about 0.4 s), the
        # charts once matplotlib has drawn them (about 0.1 s each, whatever the store holds).
        if self.task is not None and not self.task.done:
            self.task.cancel()
        task = self.task = worker.start(lambda _state: count(), owner=self)
        task.succeeded.connect(lambda found, t=task: self._counted(t, found, charts))
        task.failed.connect(lambda exc, t=task: self._failed(t, exc))

    def _counted(self, task: worker.TaskHandle, found: object, charts: list[tuple[str, QSize]]) -> None:
        if task is not self.task or self.ctx.is_locked or not isinstance(found, Summary):
            return  # a later refresh is under way, or the profile was locked meanwhile
        self.show_figures(found)
        self.status.setText(_tr("Drawing the charts…"))

        def draw(state: worker.TaskState) -> tuple[Rendered, ...]:
            rendered = []
            for chart, (_title, size) in zip(
                hq_dashboard_charts.draws(found, [t for t, _ in charts]), charts, strict=True
            ):
                state.check_cancel()
                rendered.append(render(chart, size))
            return tuple(rendered)

        drawing = self.task = worker.start(draw, owner=self)
        drawing.succeeded.connect(lambda drawn, t=drawing: self._drawn(t, found, drawn))
        drawing.failed.connect(lambda exc, t=drawing: self._failed(t, exc))

    def _drawn(self, task: worker.TaskHandle, found: Summary, drawn: object) -> None:
        if task is not self.task or self.ctx.is_locked or not isinstance(drawn, tuple):
            return
        self.show_charts(found, drawn)

    def _failed(self, task: worker.TaskHandle, exc: object) -> None:
        if task is self.task:
            self.status.setText(_tr("The figures could not be counted: {error}").format(error=exc))

    def show_summary(self, found: Summary, charts: tuple[Rendered, ...] = ()) -> None:
        """Show `found`: the heading, the officers and the charts drawn from it (drawn here if
        not given: tests, the benchmark)."""
        self.show_figures(found)
        if not charts:
            draws = hq_dashboard_charts.draws(found, [c.title for c in self.charts()])
            sizes = [view.pixel_size() for view in self.charts()]
            charts = tuple(render(draw, size) for draw, size in zip(draws, sizes, strict=True))
        self.show_charts(found, charts)

    def show_figures(self, found: Summary) -> None:
        """Show the heading and the officers of `found` (its charts keep the last drawn)."""
        self.summary = found
        span = found.period
        self.heading.setText(
            _tr("<b>{first} – {last}</b> · %Ln engagement(s) · %1 overdue", "", found.engagements)
            .replace("%1", number_text(found.overdue_total))
            .format(first=span.start.isoformat(), last=span.last_day)
        )
        self._fill_officers(found.officers)
        self.counted.emit()

    def show_charts(self, found: Summary, charts: tuple[Rendered, ...]) -> None:
        """Show the charts drawn from `found`, with the note over each."""
        self.status.clear()
        for view, rendered, note in zip(self.charts(), charts, hq_dashboard_charts.notes(found), strict=True):
            view.show_rendered(rendered)
            view.note.setText(note)
        self.figures_shown.emit()

    def _fill_officers(self, lines: tuple[OfficerLine, ...]) -> None:
        self.officers.setRowCount(len(lines))
        for row, line in enumerate(lines):
            quiet = days_quiet(line.officer.last_heard)
            own = any(d.own for d in line.officer.devices)
            if own:
                heard = _tr("this device")
            elif quiet is None:
                heard = _tr("never")
            else:
                heard = _tr("%Ln day(s) ago", "", quiet)
            cells = [line.officer.name, heard, number_text(line.engagements)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_NAME, line.officer.name)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not own and (quiet is None or quiet > QUIET_DAYS):
                    item.setForeground(QColor("#c0392b"))
                self.officers.setItem(row, column, item)

    def _officer_activated(self, row: int, _column: int) -> None:
        item = self.officers.item(row, 0)
        if item is not None:
            self.officer_requested.emit(str(item.data(_NAME)))

    def _clear(self) -> None:
        self.summary = None
        self.task = None
        self.heading.clear()
        self.status.clear()
        self.officers.setRowCount(0)
        for chart in self.charts():
            chart.clear()
