"""The dashboard: today's and upcoming meetings, overdue and due-soon actions, and what
other officers changed lately. Double-click (or Enter) opens the record. An HQ profile
opens on the HQ dashboard instead (`Home` chooses by the profile's role)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.changes import Changes
from liaison_app.datetime_input import DisplayStyle
from liaison_app.services import dashboard
from liaison_app.services.dashboard import ActionLine, ChangeAction, ChangeLine, MeetingLine
from ui.context import AppContext
from ui.date_display import date_display, date_style
from ui.display_words import capitalised, day_words, kind_label, label_text, moment_words
from ui.i18n import tr as _tr
from ui.operations import Refresher

_ID = Qt.ItemDataRole.UserRole
_KIND = Qt.ItemDataRole.UserRole + 1
MAX_FIELDS_NAMED = 4  # a change line names at most this many fields, then "and N more"


def concerns_dashboard(changes: Changes) -> bool:
    """What the dashboard shows: meetings, actions and their owners' names, the count of
    every kind, and what other officers sent. An organization edited concerns it not."""
    return (
        changes.touches("meeting", "action", "contact")
        or changes.sync
        or (changes.membership and bool(changes.kinds))
    )


def kind_name(kind: str) -> str:
    """A record kind as a capitalised noun ("Contact"), for the change lines: the registry's
    label through Qt's translation (the registry stays the one source of the words)."""
    return capitalised(kind_label(kind))


def change_sentence(line: ChangeLine, style: DisplayStyle = DisplayStyle.LOCAL) -> str:
    """One change as a line: local time (or a date-time group), who on which device, what
    they did to which record and, for an edit, the fields (the first few, then how many more)."""
    officer = line.officer or _tr("Unknown officer")
    who = _tr("{officer} ({device})").format(officer=officer, device=line.device) if line.device else officer
    what = _tr('{kind} "{title}"').format(kind=kind_name(line.kind), title=line.title)
    if line.action is ChangeAction.DELETED:
        text = _tr("{who} deleted {what}")
    elif line.action is ChangeAction.ADDED:
        text = _tr("{who} added {what}")
    elif line.fields:
        text = _tr("{who} changed {what}: {fields}")
    else:
        text = _tr("{who} changed {what}")
    when = moment_words(line.when, style)
    return f"{when}  " + text.format(who=who, what=what, fields=_field_list(line.fields))


def _field_list(fields: tuple[str, ...]) -> str:
    labels = [label_text("field", f) for f in fields]  # field labels, as display_text gives them
    if len(labels) <= MAX_FIELDS_NAMED:
        return ", ".join(labels)
    shown = MAX_FIELDS_NAMED - 1
    return _tr("{fields} and %Ln more", "", len(labels) - shown).format(fields=", ".join(labels[:shown]))


def meeting_text(m: MeetingLine, style: DisplayStyle, *, today: bool = False) -> str:
    """A meeting's line: its start (today's by the time alone, unless shown as a date-time
    group, which is one word), title and, for today's, the place."""
    start = moment_words(m.start, style)
    if today and style is DisplayStyle.LOCAL:
        start = start[11:]
    if not today:
        return f"{start}  {m.title}"
    return f"{start}  {m.title}  · {m.location}".rstrip(" ·")


def _action_text(a: ActionLine) -> str:
    owner = a.owner or _tr("no owner")  # "me" arrives as the officer's name
    return _tr("{due}  {title}  ({owner})").format(due=day_words(a.due), title=a.title, owner=owner)


class Panel(QGroupBox):
    """A titled list of record lines, with a note when it is empty."""

    def __init__(
        self, title: str, empty: str, parent: QWidget | None = None, *, shrink_when_empty: bool = False
    ) -> None:
        super().__init__(title, parent)
        self.title_text = title
        self.empty = empty
        self.shrink_when_empty = shrink_when_empty
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        # A long line ends in "…" (its whole text as the tooltip) rather than scrolling: right to
        # left, a scrolled list hid the start of every line written left to right.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def fill(self, lines: Sequence[tuple[str, str, str]], alert: bool = False) -> None:
        """Show (kind, id, text) lines."""
        self.list.clear()
        if lines:
            self.setTitle(_tr("{title} ({count})").format(title=self.title_text, count=len(lines)))
        else:
            self.setTitle(self.title_text)
        for kind, record_id, text in lines:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(_ID, record_id)
            item.setData(_KIND, kind)
            if alert:
                item.setForeground(QColor("#c0392b"))
            self.list.addItem(item)
        if not lines:
            note = QListWidgetItem(self.empty)
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(note)
        self._fit(shrunk=self.shrink_when_empty and not lines)

    def _fit(self, *, shrunk: bool) -> None:
        # An empty panel that would otherwise take a full row of the screen keeps just its note.
        if shrunk:
            row = self.list.sizeHintForRow(0)
            self.list.setFixedHeight(row + 2 * self.list.frameWidth() + 4)
        else:
            self.list.setMinimumHeight(0)
            self.list.setMaximumHeight(16_777_215)  # QWIDGETSIZE_MAX: as tall as the grid allows
        vertical = QSizePolicy.Policy.Maximum if shrunk else QSizePolicy.Policy.Preferred
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)


class Dashboard(QWidget):
    """The first screen after unlocking."""

    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel(self)
        self.today = Panel(_tr("Today's meetings"), _tr("No meetings today."))
        self.upcoming = Panel(_tr("Upcoming meetings (7 days)"), _tr("Nothing planned this week."))
        self.overdue = Panel(_tr("Overdue actions"), _tr("Nothing overdue."))
        self.due_soon = Panel(_tr("Actions due within 7 days"), _tr("Nothing due this week."))
        self.others = Panel(
            _tr("Recently from other officers"),
            _tr("Nothing from other officers yet. Their changes are listed here after a sync exchange."),
            shrink_when_empty=True,
        )
        grid = QGridLayout()
        grid.addWidget(self.today, 0, 0)
        grid.addWidget(self.upcoming, 0, 1)
        grid.addWidget(self.overdue, 1, 0)
        grid.addWidget(self.due_soon, 1, 1)
        grid.addWidget(self.others, 2, 0, 1, 2)
        self.grid = grid
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        for panel in self.panels():
            panel.list.itemActivated.connect(self._activated)
        self.refresher = Refresher(
            ctx, self, lambda _changes, _who: self.refresh(), concerns=concerns_dashboard
        )
        date_display(ctx).changed.connect(self.refresh)  # dates shown another way
        ctx.locked.connect(self._clear)

    def panels(self) -> list[Panel]:
        """Every panel, in reading order."""
        return [self.today, self.upcoming, self.overdue, self.due_soon, self.others]

    def refresh(self) -> None:
        """Reload from the dashboard service."""
        if self.ctx.is_locked:
            return
        view = dashboard.overview(self.ctx.store)
        counts = view.counts
        parts = [
            _tr("%Ln organization(s)", "", counts["org"]),
            _tr("%Ln contact(s)", "", counts["contact"]),
            _tr("%Ln meeting(s)", "", counts["meeting"]),
            _tr("%Ln action item(s)", "", counts["action"]),
        ]
        officer = html.escape(self.ctx.store.author.officer)
        self.summary.setText(" · ".join([f"<b>{officer}</b>", *parts]))
        style = date_style(self.ctx)
        self.today.fill([("meeting", m.id, meeting_text(m, style, today=True)) for m in view.today])
        self.upcoming.fill([("meeting", m.id, meeting_text(m, style)) for m in view.upcoming])
        self.overdue.fill([("action", a.id, _action_text(a)) for a in view.overdue], alert=True)
        self.due_soon.fill([("action", a.id, _action_text(a)) for a in view.due_soon])
        self.show_changes(
            [(c.kind, c.id if c.openable else "", change_sentence(c, style)) for c in view.from_others]
        )

    def show_changes(self, lines: Sequence[tuple[str, str, str]]) -> None:
        """Fill "Recently from other officers"; empty, it gives its row to the panels above."""
        self.others.fill(lines)
        self.grid.setRowStretch(2, 1 if lines else 0)

    def _clear(self) -> None:
        self.summary.clear()
        for panel in self.panels():
            panel.fill([])

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(_ID)
        if record_id:
            self.open_requested.emit(str(item.data(_KIND)), str(record_id))


class Home(QStackedWidget):
    """The first screen: this dashboard, or the HQ dashboard when the profile's role is hq
    (built the first time an HQ profile is unlocked: it brings matplotlib)."""

    officer_requested = Signal(str)  # from the HQ dashboard: an officer's page

    def __init__(self, ctx: AppContext, dashboard: Dashboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dashboard = dashboard
        self.hq: QWidget | None = None
        self.tabs: QTabWidget | None = None
        self.addWidget(dashboard)
        ctx.unlocked.connect(self.choose)
        if not ctx.is_locked:
            self.choose()

    def choose(self) -> None:
        """Show the dashboard of the unlocked profile's role: at HQ, the HQ dashboard first,
        with this dashboard (what arrived, what is due) one tab away."""
        if self.ctx.store.author.role != "hq":
            if self.tabs is not None and self.indexOf(self.dashboard) < 0:
                self.addWidget(self.dashboard)  # another profile: the field dashboard comes back
            self.setCurrentWidget(self.dashboard)
            return
        if self.tabs is None:
            from ui.hq_dashboard import HqDashboard

            board = HqDashboard(self.ctx)
            board.officer_requested.connect(self.officer_requested)
            self.hq = board
            self.tabs = QTabWidget()
            self.tabs.addTab(board, _tr("Headquarters"))
            self.addWidget(self.tabs)
        if self.tabs.indexOf(self.dashboard) < 0:
            self.removeWidget(self.dashboard)
            self.tabs.addTab(self.dashboard, _tr("Arrivals and due actions"))
        self.setCurrentWidget(self.tabs)

    def show_desk(self) -> None:
        """Bring the field dashboard forward (at HQ it is the second tab)."""
        if self.tabs is not None and self.tabs.indexOf(self.dashboard) >= 0:
            self.tabs.setCurrentWidget(self.dashboard)
