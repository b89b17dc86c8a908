"""The main window's Reports menu: the weekly summary (for a range of days and an officer),
the action register and the handover pack, each opened in a preview before saving."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QMenuBar,
    QWidget,
)

from liaison_app.services import sync_view
from liaison_app.services.reports import build
from liaison_app.services.reports.period import MAX_DAYS
from ui.context import AppContext
from ui.i18n import tr as _tr
from ui.report_preview import Make, ReportPreview


class WeeklyChoice(QDialog):
    """The days and the officer of a weekly summary (the last seven days, everyone, unless changed)."""

    def __init__(
        self, officers: list[str], parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Weekly summary"))
        last = today or date.today()
        self.first = QDateEdit(_qdate(last - timedelta(days=6)), self)
        self.last = QDateEdit(_qdate(last), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.officer = QComboBox(self)
        self.officer.addItem(_tr("All officers"), "")
        for name in officers:
            self.officer.addItem(name, name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.first.dateChanged.connect(self._check)
        self.last.dateChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(_tr("&From"), self.first)
        form.addRow(_tr("&To"), self.last)
        form.addRow(_tr("&Officer"), self.officer)
        form.addRow(buttons)

    def days(self) -> tuple[date, date]:
        """The first and last day chosen."""
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    def chosen_officer(self) -> str:
        """The officer chosen, "" for all."""
        return str(self.officer.currentData())

    def _check(self) -> None:
        first, last = self.days()
        self.ok_button.setEnabled(first <= last and (last - first).days <= MAX_DAYS)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportActions(QObject):
    """The Reports menu's actions, opening previews over `window`."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.weekly_action = QAction(_tr("&Weekly summary…"), window)
        self.actions_action = QAction(_tr("&Action register…"), window)
        self.handover_action = QAction(_tr("&Handover pack…"), window)
        self.weekly_action.triggered.connect(self.open_weekly)
        self.actions_action.triggered.connect(self.open_actions)
        self.handover_action.triggered.connect(self.open_handover)
        self.preview: ReportPreview | None = None

    @property
    def all(self) -> list[QAction]:
        """Every action of the menu (disabled with the others while locked)."""
        return [self.weekly_action, self.actions_action, self.handover_action]

    def add_menu(self, bar: QMenuBar) -> QMenu:
        """Put the Reports menu on `bar`."""
        menu = bar.addMenu(_tr("&Reports"))
        for action in self.all:
            menu.addAction(action)
        return menu

    def open_weekly(self) -> None:
        """Ask for the days and officer, then preview the summary."""
        names = sorted({officer for officer, _ in sync_view.device_names(self.ctx.store).values() if officer})
        choice = WeeklyChoice(names, self.window)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = choice.days()
        officer = choice.chosen_officer()
        store = self.ctx.store
        self._open(
            _tr("Weekly summary"),
            f"weekly-{first.isoformat()}-{last.isoformat()}.pdf",
            lambda profile: build.weekly_pdf(store, first=first, last=last, officer=officer, profile=profile),
        )

    def open_actions(self) -> None:
        """Preview the action register."""
        store = self.ctx.store
        self._open(
            _tr("Action register"),
            f"actions-{date.today().isoformat()}.pdf",
            lambda profile: build.actions_pdf(store, profile=profile),
        )

    def open_handover(self) -> None:
        """Preview the handover pack."""
        store = self.ctx.store
        self._open(
            _tr("Handover pack"),
            "handover.pdf",
            lambda profile: build.handover_pdf(store, profile=profile),
        )

    def _open(self, title: str, file_name: str, make: Make) -> None:
        self.preview = ReportPreview(self.ctx, title, file_name, make, self.window)
        self.preview.show()
