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

# What each kind of export is called here.
WHAT_WORDS: dict[str, str] = {
    export_log.What.CONTACTS: "Contacts",
    export_log.What.ORGANIZATIONS: "3W of organizations",
    export_log.What.CALENDAR: "Calendar",
    export_log.What.PROFILE: "Whole profile",
    export_log.What.MEETING_REPORT: "Meeting report",
    export_log.What.WEEKLY_REPORT: "Weekly summary",
    export_log.What.ACTION_REGISTER: "Action register",
    export_log.What.HANDOVER_PACK: "Handover pack",
}
COLUMNS = ("When (UTC)", "What", "Format", "File", "Redaction", "Records", "Officer", "Device")


class ExportLogDialog(QDialog):
    """The export log as a table (at most export_log.KEEP rows: the log keeps no more)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export log"))
        found = export_log.entries(ctx.store)
        note = QLabel(
            self.tr(
                "Every export and report written on this device, newest first. The log keeps no"
                " content: only what was written, where to (the file's name), and how it was redacted."
            ),
            self,
        )
        note.setWordWrap(True)
        self.table = QTableWidget(len(found), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, entry in enumerate(found):
            what = WHAT_WORDS.get(entry.what, entry.what)
            cells = (
                entry.at[:19].replace("T", " "),
                self.tr(what),
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
        self.empty = QLabel(self.tr("No export written yet."), self)
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
