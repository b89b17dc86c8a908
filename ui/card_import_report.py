"""What became of each card of an import: imported, skipped (and as which record already
here, by name) or refused (and why), with the totals on top."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services.interop.card_model import CardOutcome, ImportReport, Status
from ui.editors.duplicate_note import reason_text
from ui.i18n import tr as _tr

SHORT_ID = 8
_ERROR_TINT = QColor(180, 30, 30)


class ImportReportDialog(QDialog):
    """The per-card report of one import; `names` holds the titles of the records the
    skipped cards duplicate."""

    def __init__(
        self, title: str, report: ImportReport, names: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = QLabel(self._summary(report), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report.outcomes), 4, self)
        self.table.setHorizontalHeaderLabels([_tr("Card"), _tr("Name"), _tr("Result"), _tr("Details")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, outcome in enumerate(report.outcomes):
            cells = (str(outcome.number), outcome.name or _tr("(no name)"), self._result(outcome))
            for column, text in enumerate((*cells, self._details(outcome, names))):
                item = QTableWidgetItem(text)
                if outcome.status is Status.ERROR:
                    item.setForeground(QBrush(_ERROR_TINT))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _summary(self, report: ImportReport) -> str:
        text = _tr("{imported} imported, {skipped} already here (skipped), {errors} refused.").format(
            imported=report.count(Status.IMPORTED),
            skipped=report.count(Status.SKIPPED),
            errors=report.count(Status.ERROR),
        )
        if report.organizations_created:
            text += " " + _tr("{n} new organization(s) created.").format(n=report.organizations_created)
        if report.cancelled:
            text += " " + _tr("Cancelled: the cards after the last one listed were not read.")
        return text

    def _result(self, outcome: CardOutcome) -> str:
        return {
            Status.IMPORTED: _tr("Imported"),
            Status.SKIPPED: _tr("Already here"),
            Status.ERROR: _tr("Refused"),
        }[outcome.status]

    def _details(self, outcome: CardOutcome, names: Mapping[str, str]) -> str:
        org = outcome.organization
        if outcome.status is Status.SKIPPED:
            other = outcome.duplicate_of or ""
            return _tr("as {name} ({id}) — {reason}").format(
                name=names.get(other, other[:SHORT_ID]), id=other[:SHORT_ID], reason=_reason(outcome.reason)
            )
        if outcome.status is Status.ERROR:
            return outcome.message
        if org is not None:
            return (
                _tr("organization {name} created").format(name=org.name)
                if org.created
                else _tr("linked to {name}").format(name=org.name)
            )
        return ""


def _reason(code: str | None) -> str:
    """A duplicate reason code in words: the duplicate rules' as the editor's note words
    them, and the import's own (card_model.Same)."""
    own = {
        "SAME_ID": _tr("exported from here"),
        "SAME_CARD": _tr("the same details"),
        "EARLIER_CARD": _tr("an earlier card of this file"),
    }
    return own.get(code or "") or reason_text(code or "").lower()
