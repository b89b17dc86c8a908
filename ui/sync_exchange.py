"""Pieces of the sync centre that move bundles: the recipients dialog, the import result
table, and the exchange folder with "Sync now"."""

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

from liaison_app.services.sync_view import OutcomeLine, PeerLine
from ui.icons import icon

RESULT_HEADERS = ("File", "From", "Applied", "Duplicate", "Pending", "Conflicts", "Result")
ERROR_COLOR = "#c0392b"


class ExportDialog(QDialog):
    """Choose the devices a bundle is for (ticked boxes) and whether to send everything."""

    def __init__(self, peers: Sequence[PeerLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export bundle")
        self.peers = [p for p in peers if p.can_receive]
        note = QLabel("The bundle is encrypted for the ticked devices only; nobody else can read it.", self)
        note.setWordWrap(True)
        self.list = QListWidget(self)
        for peer in self.peers:
            item = QListWidgetItem(f"{peer.officer} — {peer.device_name} ({peer.fingerprint[:11]}…)")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Direct peers are the usual recipients; vouched ones are reached through HQ.
            checked = peer.trust == "direct"
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.full = QCheckBox("Send everything, not only what they are not known to have (--full)", self)
        self.full.setToolTip("Use when a device was restored from an old backup or lost a bundle")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Choose file…")
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
        super().__init__("Last exchange", parent)
        self.summary = QLabel("Nothing imported in this session yet.", self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(RESULT_HEADERS), self)
        self.table.setHorizontalHeaderLabels(RESULT_HEADERS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_lines(self, lines: Sequence[OutcomeLine], summary: str) -> None:
        """Fill the table with `lines` under the sentence `summary`."""
        self.summary.setText(summary)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            numbers = (line.applied, line.duplicate, line.pending, line.conflicts)
            cells = (line.file, line.sender, *("" if line.refused else str(n) for n in numbers), line.result)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.refused:
                    item.setForeground(Qt.GlobalColor.red if column == 6 else item.foreground())
                item.setToolTip(line.result)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def result_texts(self) -> list[str]:
        """The Result column, top to bottom."""
        items = (self.table.item(row, 6) for row in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def clear(self) -> None:
        """Forget the results (the profile locked)."""
        self.table.setRowCount(0)
        self.summary.setText("Nothing imported in this session yet.")


class FolderBox(QGroupBox):
    """The exchange folder (a shared folder or USB stick) and "Sync now"."""

    change_requested = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Exchange folder", parent)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText("No exchange folder set")
        self.change_button = QPushButton("Change…", self)
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.change_requested)
        self.sync_button = QPushButton(icon("sync"), "Sync now", self)
        self.sync_button.setAutoDefault(False)
        self.sync_button.setToolTip("Import the bundles addressed here and write fresh ones to outbox/")
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
            text = "Set a folder (a USB stick or shared drive) to exchange bundles with one click."
        elif reachable:
            text = (
                "Reachable. The app also syncs by itself whenever this folder appears (a stick plugged in)."
            )
        else:
            text = "Not reachable now. The app syncs by itself as soon as it appears."
        self.state.setText(text)
        self.sync_button.setEnabled(bool(folder) and reachable and not busy)
