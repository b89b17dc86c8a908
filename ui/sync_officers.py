"""The "Officers" tab of the sync centre, the intake log: one row per officer with last heard
from (the date of their latest change held here), days quiet, the latest bundle received and
its result, and how many bundles arrived; the quietest first, long silences highlighted."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from liaison_app.datetime_input import DisplayStyle
from liaison_app.services import officer_log
from liaison_app.services.officer_log import OfficerIntake
from liaison_app.services.syncing import ImportCounts
from ui.context import AppContext
from ui.date_display import date_style
from ui.display_words import moment_words
from ui.i18n import tr as _tr
from ui.sync_exchange import counts_text
from ui.sync_intake_summary import fill, header_tip, new_table

QUIET_DAYS = 7  # an officer not heard from for this long stands out
QUIET_COLOUR = QColor("#fde2c4")
NEVER_COLOUR = QColor("#f8d0d0")


class OfficersBox(QWidget):
    """The intake log: per officer, last heard from (their latest change), days quiet,
    the latest bundle and its result, bundles received. Quiet officers are highlighted."""

    QUIET_COLUMN = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[OfficerIntake] = []
        self.date_style = DisplayStyle.LOCAL
        headers = [
            _tr("Officer"),
            _tr("Device"),
            _tr("Last heard from"),
            _tr("Days quiet"),
            _tr("Last bundle"),
            _tr("Bundles"),
            _tr("Last result"),
        ]
        self.table = new_table(self, headers)
        header_tip(self.table, 2, _tr("The date of their latest change held here"))
        quiet = _tr("Quietest first; officers not heard from for {days} days or more are highlighted.")
        self.note = QLabel(quiet.format(days=QUIET_DAYS), self)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.note.setWordWrap(True)
        self.empty = QLabel(_tr("No other device is known yet: add the officers' cards."), self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Reload the log (a few index searches per officer)."""
        if self.ctx.is_locked:
            return
        self.date_style = date_style(self.ctx)
        self.show_entries(officer_log.officers(self.ctx.store))

    def show_entries(self, entries: Sequence[OfficerIntake]) -> None:
        """One row per officer, in the given order."""
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            heard = e.last_change[:10] if e.last_change else _tr("never")
            quiet = "" if e.days_quiet is None else str(e.days_quiet)
            last = moment_words(e.last_received, self.date_style) if e.last_received else ""
            result = counts_text(_counts(e.last_result)) if e.last_result is not None else ""
            cells = [e.officer, e.device_name, heard, quiet, last, str(e.bundles), result]
            items = fill(self.table, row, cells, range(3, 6))
            items[1].setToolTip(e.device_id)
            colour = self.highlight(e)
            if colour is not None:
                for item in items:
                    item.setBackground(QBrush(colour))
                    item.setForeground(QBrush(QColor("#000000")))  # readable on the light colour
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.entries)

    @staticmethod
    def highlight(entry: OfficerIntake) -> QColor | None:
        """The row's colour: never heard from, or quiet for QUIET_DAYS days or more."""
        if entry.days_quiet is None:
            return NEVER_COLOUR
        return QUIET_COLOUR if entry.days_quiet >= QUIET_DAYS else None

    def clear(self) -> None:
        """Forget the rows (the profile locked)."""
        self.entries = []
        self.table.setRowCount(0)


def _counts(stored: Mapping[str, int]) -> ImportCounts:
    """A stored import's counts as the import gave them (names a newer release added dropped)."""
    known = {f.name for f in dataclasses.fields(ImportCounts)}
    return ImportCounts(**{k: v for k, v in stored.items() if k in known})
