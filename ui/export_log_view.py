"""File ▸ Export log…: every export and report written on this device, newest first — when,
what, the file's name, the redaction profile, how many records, by whom. No content: the log
keeps none (liaison_app.services.export_log)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services import export_log
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.i18n import tr as _tr

# What each kind of export is called here.
WHAT_WORDS: dict[str, str] = {
    export_log.What.CONTACTS: QT_TRANSLATE_NOOP("", "Contacts"),
    export_log.What.ORGANIZATIONS: QT_TRANSLATE_NOOP("", "3W of organizations"),
    export_log.What.CALENDAR: QT_TRANSLATE_NOOP("", "Calendar"),
    export_log.What.PROFILE: QT_TRANSLATE_NOOP("", "Whole profile"),
    export_log.What.MEETING_REPORT: QT_TRANSLATE_NOOP("", "Meeting report"),
    export_log.What.WEEKLY_REPORT: QT_TRANSLATE_NOOP("", "Weekly summary"),
    export_log.What.ACTION_REGISTER: QT_TRANSLATE_NOOP("", "Action register"),
    export_log.What.HANDOVER_PACK: QT_TRANSLATE_NOOP("", "Handover pack"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("", "When (UTC)"),
    QT_TRANSLATE_NOOP("", "What"),
    QT_TRANSLATE_NOOP("", "Format"),
    QT_TRANSLATE_NOOP("", "File"),
    QT_TRANSLATE_NOOP("", "Redaction"),
    QT_TRANSLATE_NOOP("", "Records"),
    QT_TRANSLATE_NOOP("", "Officer"),
    QT_TRANSLATE_NOOP("", "Device"),
)


class ExportLogDialog(QDialog):
    """The export log as a table (at most export_log.KEEP rows: the log keeps no more)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export log"))
        found = export_log.entries(ctx.store)
        note = QLabel(
            _tr(
                "Every export and report written on this device, newest first. The log keeps no"
                " content: only what was written, where to (the file's name), and how it was redacted."
            ),
            self,
        )
        note.setWordWrap(True)
        self.table = QTableWidget(len(found), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, entry in enumerate(found):
            what = _tr(WHAT_WORDS[entry.what]) if entry.what in WHAT_WORDS else entry.what
            cells = (
                entry.at[:19].replace("T", " "),
                what,
                entry.format,
                entry.file,
                entry.redaction,
                str(entry.records),
                entry.officer,
                entry.device[:8],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(_tr("No export written yet."), self)
        self.empty.setVisible(not found)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        ctx.locked.connect(self.close)  # the log names files and officers: hidden when locked
