"""Pieces of the sync centre that move bundles: the recipients dialog, the import result
tables (per officer and per file), and the exchange folder with "Sync now"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services.intake import OfficerSummary
from liaison_app.services.sync_view import OutcomeLine, PeerLine
from liaison_app.services.syncing import FileStatus, ImportCounts
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.sync_intake_summary import OfficerSummaryTable
from ui.sync_refusals import refusal_text

RESULT_COLUMN = 6


class ExportDialog(QDialog):
    """Choose the devices a bundle is for (ticked boxes) and whether to send everything."""

    def __init__(self, peers: Sequence[PeerLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export bundle"))
        self.peers = [p for p in peers if p.can_receive]
        note = QLabel(
            _tr("The bundle is encrypted for the ticked devices only; nobody else can read it."), self
        )
        note.setWordWrap(True)
        self.list = QListWidget(self)
        for peer in self.peers:
            text = _tr("{officer} — {device} ({fingerprint}…)").format(
                officer=peer.officer, device=peer.device_name, fingerprint=peer.fingerprint[:11]
            )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Direct peers are the usual recipients; vouched ones are reached through HQ.
            checked = peer.trust == "direct"
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.full = QCheckBox(_tr("Send everything, not only what they are not known to have"), self)
        self.full.setToolTip(_tr("Use when a device was restored from an old backup or lost a bundle"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Choose file…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._sync_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.full)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._sync_ok()

    def set_checked(self, device_ids: Sequence[str]) -> None:
        """Tick exactly these devices."""
        for row, peer in enumerate(self.peers):
            state = Qt.CheckState.Checked if peer.device_id in device_ids else Qt.CheckState.Unchecked
            self.list.item(row).setCheckState(state)

    def recipients(self) -> list[str]:
        """Device ids of the ticked devices."""
        return [
            peer.device_id
            for row, peer in enumerate(self.peers)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _sync_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.recipients()))


def ask_recipients(parent: QWidget, peers: Sequence[PeerLine]) -> tuple[list[str], bool] | None:
    """Show the export dialog; the ticked devices and the full option, or None (tests replace
    this function to tick boxes in the real dialog without a modal loop)."""
    dialog = ExportDialog(peers, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.recipients(), dialog.full.isChecked()


class ResultsBox(QGroupBox):
    """What the last import or folder exchange did, one row per file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(_tr("Nothing imported in this session yet."), self)
        self.summary.setWordWrap(True)
        headers = [
            _tr("File"),
            _tr("From"),
            _tr("Applied"),
            _tr("Duplicate"),
            _tr("Pending"),
            _tr("Conflicts"),
            _tr("Result"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # An import's per-officer summary, above its files (a folder exchange has none).
        self.officers = OfficerSummaryTable(self)
        self.officers.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.officers)
        layout.addWidget(self.table, 1)

    def show_lines(
        self, lines: Sequence[OutcomeLine], summary: str, officers: Sequence[OfficerSummary] = ()
    ) -> None:
        """Fill the table with `lines` under the sentence `summary` and, for an import, the
        summary per officer."""
        self.summary.setText(summary)
        self.officers.show_officers(officers)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            c = line.counts
            numbers = (c.applied, c.duplicate, c.pending, c.conflicts)
            imported = line.status is FileStatus.IMPORTED  # counts mean nothing otherwise
            result = self.result_text(line)
            cells = (line.file, line.sender, *(str(n) if imported else "" for n in numbers), result)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                # Only a refusal is an error; a file imported before is harmless and stays neutral.
                if line.refused and column == RESULT_COLUMN:
                    item.setForeground(Qt.GlobalColor.red)
                # The service's own line (with details such as a device id) for the curious.
                item.setToolTip(line.reason if line.refused else result)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def result_text(self, line: OutcomeLine) -> str:
        """The Result cell: the refusal, "already imported", or the counts that are not zero."""
        if line.refused:
            return _tr("Refused: {reason}").format(reason=refusal_text(line.refusal, line.reason))
        if line.status is FileStatus.ALREADY_IMPORTED:
            return _tr("Already imported on {when}; nothing changed").format(when=line.imported_at)
        if line.held:
            version = line.written_by or _tr("unknown version")
            return _tr("Kept for later: written by a newer Liaison ({version}); upgrade to read it").format(
                version=version
            )
        counts = self.counts_text(line.counts)
        return _tr("Held earlier, read now: {counts}").format(counts=counts) if line.retried else counts

    def counts_text(self, counts: ImportCounts) -> str:
        """'1 applied, 1 conflict' — only the counts that are not zero ('nothing new' if none)."""
        return counts_text(counts)

    def result_texts(self) -> list[str]:
        """The Result column, top to bottom."""
        items = (self.table.item(row, RESULT_COLUMN) for row in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def clear(self) -> None:
        """Forget the results (the profile locked)."""
        self.table.setRowCount(0)
        self.officers.show_officers(())
        self.summary.setText(_tr("Nothing imported in this session yet."))


def counts_text(counts: ImportCounts) -> str:
    """'1 applied, 1 conflict' — only the counts that are not zero ('nothing new' if none).
    Shared by the last-exchange table and the history (one wording, one translation context)."""

    words = (
        (counts.applied, _tr("%Ln applied", "", counts.applied)),
        (counts.duplicate, _tr("%Ln duplicate(s)", "", counts.duplicate)),
        (counts.pending, _tr("%Ln pending", "", counts.pending)),
        (counts.quarantined, _tr("%Ln quarantined", "", counts.quarantined)),
        (counts.conflicts, _tr("%Ln conflict(s)", "", counts.conflicts)),
        (counts.skipped_revoked, _tr("%Ln from a revoked device", "", counts.skipped_revoked)),
        (counts.equivocations, _tr("%Ln refused: signed twice with one number", "", counts.equivocations)),
        (counts.too_large, _tr("%Ln refused: too large", "", counts.too_large)),
        (counts.rejected, _tr("%Ln refused (see above)", "", counts.rejected)),
    )
    parts = [text for n, text in words if n]
    return ", ".join(parts) if parts else _tr("nothing new")


class FolderBox(QGroupBox):
    """The exchange folder (a shared folder or USB stick) and "Sync now"."""

    change_requested = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Exchange folder"))
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(_tr("No exchange folder set"))
        self.change_button = QPushButton(_tr("Change…"), self)
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.change_requested)
        self.sync_button = QPushButton(icon("sync"), _tr("Sync now"), self)
        self.sync_button.setAutoDefault(False)
        self.sync_button.setToolTip(_tr("Import the bundles addressed here and write fresh ones to outbox/"))
        self.sync_button.clicked.connect(self.sync_requested)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.change_button)
        row.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.state)

    def show_folder(self, folder: str, reachable: bool, busy: bool) -> None:
        """Show the folder, whether it can be reached, and enable "Sync now" to match."""
        self.folder.setText(folder)
        if not folder:
            text = _tr("Set a folder (a USB stick or shared drive) to exchange bundles with one click.")
        elif reachable:
            text = _tr(
                "Reachable. The app also syncs by itself whenever this folder appears (a stick plugged in)."
            )
        else:
            text = _tr("Not reachable now. The app syncs by itself as soon as it appears.")
        self.state.setText(text)
        self.sync_button.setEnabled(bool(folder) and reachable and not busy)
