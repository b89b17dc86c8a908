"""This device's identity card and the devices it trusts.

Trust starts with a card file and a fingerprint read aloud: before a card is added, the
officer sees its thirty digits and compares them with the other officer's screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app import vocab
from liaison_app.errors import LiaisonError
from liaison_app.services import sync_view, syncing
from liaison_app.services.sync_view import PeerLine
from ui.context import AppContext
from ui.icons import icon

PEER_HEADERS = ("Officer", "Device", "Role", "Trust", "Fingerprint", "Last import", "Last export")
TRUST_LABELS = {"direct": "Trusted", "vouched": "Vouched for by HQ", "revoked": "Revoked"}
CARD_FILTER = f"Identity cards (*{syncing.CARD_SUFFIX} *.json);;All files (*)"


def confirm(parent: QWidget, title: str, text: str, details: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def fingerprint_label(text: str, parent: QWidget, scale: float = 1.6) -> QLabel:
    """Fingerprint digits in a large fixed-width font, easy to read aloud."""
    label = QLabel(text, parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(label.font().pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IdentityBox(QGroupBox):
    """Who this device is, its fingerprint, and "Export my card…"."""

    message = Signal(str, bool)  # text, is an error

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("This device", parent)
        self.ctx = ctx
        self.who = QLabel(self)
        self.device_id = QLabel(self)
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = fingerprint_label("", self)
        self.export_button = QPushButton(icon("key"), "Export my card…", self)
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip("Save this device's public identity card (no secrets) to give to HQ")
        self.export_button.clicked.connect(self.export_card)
        form = QFormLayout(self)
        form.addRow("Officer:", self.who)
        form.addRow("Device id:", self.device_id)
        form.addRow("Fingerprint:", self.fingerprint)
        button_row = QHBoxLayout()
        button_row.addWidget(self.export_button)
        button_row.addStretch(1)
        form.addRow("", button_row)

    def refresh(self) -> None:
        """Show the open profile's identity."""
        if self.ctx.is_locked:
            return
        me = syncing.identity(self.ctx.store)
        role = vocab.ROLES.get(me["role"], me["role"])
        self.who.setText(f"{me['officer']} · {me['device_name']} · {role}")
        self.device_id.setText(me["device_id"])
        self.fingerprint.setText(me["fingerprint"])

    def clear(self) -> None:
        """Forget what was shown (the profile locked)."""
        for label in (self.who, self.device_id, self.fingerprint):
            label.clear()

    def export_card(self) -> None:
        """Ask where, then write the card."""
        store = self.ctx.store
        start = str(Path.home() / sync_view.card_name(store))
        chosen, _ = QFileDialog.getSaveFileName(self, "Export my identity card", start, CARD_FILTER)
        if not chosen:
            return
        try:
            path = syncing.export_card(store, Path(chosen))
        except (LiaisonError, OSError) as exc:
            self.message.emit(f"Card not written: {exc}", True)
            return
        self.message.emit(f"Card written to {path}. Read the fingerprint to the other officer.", False)


class PeersBox(QGroupBox):
    """The trusted-devices table with "Add card…" and "Revoke…"."""

    message = Signal(str, bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Trusted devices", parent)
        self.ctx = ctx
        self.lines: list[PeerLine] = []
        self.table = QTableWidget(0, len(PEER_HEADERS), self)
        self.table.setHorizontalHeaderLabels(PEER_HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.empty = QLabel("No trusted devices yet. Add HQ's identity card to start exchanging.", self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(icon("add"), "Add card…", self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_card)
        self.revoke_button = QPushButton(icon("delete"), "Revoke…", self)
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._sync_buttons()

    def refresh(self) -> None:
        """Reload the known devices."""
        if self.ctx.is_locked:
            return
        chosen = self.selected()
        self.lines = sync_view.peer_lines(self.ctx.store)
        self.table.setRowCount(len(self.lines))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, line in enumerate(self.lines):
            cells = (
                line.officer,
                line.device_name,
                vocab.ROLES.get(line.role, line.role),
                TRUST_LABELS.get(line.trust, line.trust),
                line.fingerprint,
                line.last_import,
                line.last_export,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setFont(mono)
                if line.trust == "revoked":
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.lines)
        ids = [line.device_id for line in self.lines]
        if chosen is not None and chosen.device_id in ids:
            self.table.selectRow(ids.index(chosen.device_id))
        self._sync_buttons()

    def clear(self) -> None:
        """Forget what was shown (the profile locked)."""
        self.lines = []
        self.table.setRowCount(0)

    def selected(self) -> PeerLine | None:
        """The device selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows and rows[0].row() < len(self.lines) else None

    def _sync_buttons(self) -> None:
        peer = self.selected()
        self.revoke_button.setEnabled(peer is not None and peer.trust != "revoked")

    def add_card(self) -> None:
        """Choose a card file, compare its fingerprint, then trust the device."""
        chosen, _ = QFileDialog.getOpenFileName(self, "Add an identity card", str(Path.home()), CARD_FILTER)
        if chosen:
            self.add_card_file(Path(chosen))

    def add_card_file(self, path: Path) -> None:
        """Show the card's fingerprint for comparison; trust the device if confirmed."""
        try:
            card = sync_view.read_card(path)
        except LiaisonError as exc:
            self.message.emit(str(exc), True)
            return
        role = vocab.ROLES.get(card.role, card.role)
        question = f"Trust {card.officer} ({card.device_name}, {role})?"
        details = (
            f"Fingerprint:\n{card.fingerprint}\n\n"
            "Compare these digits with the ones on the other officer's screen, in person or by voice. "
            "Trust the card only if every digit matches."
        )
        if not confirm(self, "Add identity card", question, details):
            return
        try:
            syncing.add_peer(self.ctx.store, path)
        except LiaisonError as exc:
            self.message.emit(str(exc), True)
            return
        self.message.emit(f"{card.officer} ({card.device_name}) is now trusted.", False)
        self.ctx.sync_changed.emit()

    def revoke_selected(self) -> None:
        """Ask (showing the fingerprint), then refuse the device's bundles from now on."""
        peer = self.selected()
        if peer is None or peer.trust == "revoked":
            return
        question = f"Revoke {peer.officer} ({peer.device_name})?"
        details = (
            f"Fingerprint:\n{peer.fingerprint}\n\n"
            "Bundles from this device, and its changes relayed by others, will be refused from now on. "
            "Do this when the device is lost or seized."
        )
        if not confirm(self, "Revoke device", question, details):
            return
        try:
            syncing.revoke_peer(self.ctx.store, peer.device_id)
        except LiaisonError as exc:
            self.message.emit(str(exc), True)
            return
        self.message.emit(f"{peer.officer} ({peer.device_name}) is revoked.", False)
        self.ctx.sync_changed.emit()
