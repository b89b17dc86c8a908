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
    QComboBox,
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
from ui import recent_folders
from ui.context import AppContext
from ui.date_display import date_style
from ui.display_words import stamp_text, vocab_label
from ui.error_words import error_text
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.recent_folders import Purpose


def trust_label(trust: str) -> str:
    """How a trust state reads in the table."""
    labels = {"direct": _tr("Trusted"), "vouched": _tr("Vouched for by HQ"), "revoked": _tr("Revoked")}
    return labels.get(trust, trust)


def card_filter() -> str:
    """The file dialogs' filter for identity cards."""
    pattern = f"*{syncing.CARD_SUFFIX} *.json"
    return _tr("Identity cards ({pattern});;All files (*)").format(pattern=pattern)


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
        super().__init__(parent)
        self.setTitle(_tr("This device"))
        self.ctx = ctx
        self.who = QLabel(self)
        self.device_id = QLabel(self)
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = fingerprint_label("", self)
        self.export_button = QPushButton(icon("key"), _tr("Export my card…"), self)
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(
            _tr("Save this device's public identity card (no secrets) to give to HQ")
        )
        self.export_button.clicked.connect(self.export_card)
        form = QFormLayout(self)
        form.addRow(_tr("Officer:"), self.who)
        form.addRow(_tr("Device id:"), self.device_id)
        form.addRow(_tr("Fingerprint:"), self.fingerprint)
        button_row = QHBoxLayout()
        button_row.addWidget(self.export_button)
        button_row.addStretch(1)
        form.addRow("", button_row)

    def refresh(self) -> None:
        """Show the open profile's identity."""
        if self.ctx.is_locked:
            return
        me = syncing.identity(self.ctx.store)
        role = vocab_label(vocab.ROLES, me.role)
        self.who.setText(f"{me.officer} · {me.device_name} · {role}")
        self.device_id.setText(me.device_id)
        self.fingerprint.setText(me.fingerprint)
        if me.role == "hq":  # HQ hands its card to the officers, an officer to HQ
            tip = _tr("Save this device's public identity card (no secrets) to give to each officer")
        else:
            tip = _tr("Save this device's public identity card (no secrets) to give to HQ")
        self.export_button.setToolTip(tip)

    def clear(self) -> None:
        """Forget what was shown (the profile locked)."""
        for label in (self.who, self.device_id, self.fingerprint):
            label.clear()

    def export_card(self) -> None:
        """Ask where, then write the card."""
        store = self.ctx.store
        start = recent_folders.start(Purpose.CARD, sync_view.card_name(store))
        chosen, _ = QFileDialog.getSaveFileName(self, _tr("Export my identity card"), start, card_filter())
        if not chosen:
            return
        recent_folders.remember(Purpose.CARD, chosen)
        try:
            path = syncing.export_card(store, Path(chosen))
        except (LiaisonError, OSError) as exc:
            self.message.emit(_tr("Card not written: {error}").format(error=exc), True)
            return
        text = _tr("Card written to {path}. Read the fingerprint to the other officer.")
        self.message.emit(text.format(path=path), False)


class PeersBox(QGroupBox):
    """The trusted-devices table with "Add card…" and "Revoke…"."""

    message = Signal(str, bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Trusted devices"))
        self.ctx = ctx
        self.lines: list[PeerLine] = []
        headers = [
            _tr("Officer"),
            _tr("Device"),
            _tr("Role"),
            _tr("Trust"),
            _tr("Fingerprint"),
            _tr("Last import"),
            _tr("Last export"),
            _tr("Exports carry"),
            _tr("Not yet there"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(icon("add"), _tr("Add card…"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_card)
        self.revoke_button = QPushButton(icon("delete"), _tr("Revoke…"), self)
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        # HQ chooses per officer: everything they lack, or only their area's part (issue 11).
        self.scope_label = QLabel(_tr("Exports to this officer carry:"), self)
        self.scope_choice = QComboBox(self)
        self.scope_choice.addItem(_tr("Everything they lack"), syncing.Scope.ALL.value)
        self.scope_choice.addItem(_tr("Only what their area needs"), syncing.Scope.AREA.value)
        self.scope_choice.setToolTip(
            _tr(
                "Their area: records in their areas, written by them or referring to theirs,"
                " and what those name"
            )
        )
        self.scope_choice.activated.connect(self._choose_scope)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.scope_label)
        buttons.addWidget(self.scope_choice)
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
        style = date_style(self.ctx)
        self.table.setRowCount(len(self.lines))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, line in enumerate(self.lines):
            cells = (
                line.officer,
                line.device_name,
                vocab_label(vocab.ROLES, line.role),
                trust_label(line.trust),
                line.fingerprint,
                stamp_text(line.last_import, style),
                stamp_text(line.last_export, style),
                self.scope_text(line),
                self.lacking_text(line),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setFont(mono)
                if line.trust == "revoked":
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # Only HQ chooses what its exports carry: an officer's table keeps its columns.
        self.table.setColumnHidden(self.table.columnCount() - 2, self.ctx.store.author.role != "hq")
        self.empty.setText(self.empty_text(self.ctx.store.author.role == "hq"))
        self.empty.setVisible(not self.lines)
        ids = [line.device_id for line in self.lines]
        if chosen is not None and chosen.device_id in ids:
            self.table.selectRow(ids.index(chosen.device_id))
        self._sync_buttons()

    def empty_text(self, hq: bool) -> str:
        """What to do first with no trusted device: HQ adds the officers' cards, an officer HQ's."""
        if hq:
            return _tr("No trusted devices yet. Add each officer's identity card to start exchanging.")
        return _tr("No trusted devices yet. Add HQ's identity card to start exchanging.")

    def lacking_text(self, line: PeerLine) -> str:
        """The "Not yet there" cell: the changes a device is not known to hold yet."""
        if line.lacking is None:
            return _tr("through HQ") if line.trust == "vouched" else ""
        if line.lacking == 0:
            return _tr("has everything")
        return _tr("%Ln change(s)", "", line.lacking)

    def scope_text(self, line: PeerLine) -> str:
        """The "Exports carry" cell (HQ, for the officers it exchanges with)."""
        if not self._scopable(line):
            return ""
        return _tr("their area") if line.scope == syncing.Scope.AREA else _tr("everything")

    def _scopable(self, line: PeerLine | None) -> bool:
        hq = not self.ctx.is_locked and self.ctx.store.author.role == "hq"
        return hq and line is not None and line.role == "field" and line.trust == "direct"

    def _choose_scope(self, index: int) -> None:
        peer = self.selected()
        if peer is None or not self._scopable(peer):
            return
        chosen = syncing.Scope(self.scope_choice.itemData(index))
        try:
            syncing.set_peer_scope(self.ctx.store, peer.device_id, chosen)
        except LiaisonError as exc:
            self.message.emit(error_text(exc), True)
            return
        self.refresh()

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
        hq = not self.ctx.is_locked and self.ctx.store.author.role == "hq"
        self.scope_label.setVisible(hq)
        self.scope_choice.setVisible(hq)
        scopable = self._scopable(peer)
        self.scope_choice.setEnabled(scopable)
        if scopable and peer is not None:
            self.scope_choice.setCurrentIndex(max(0, self.scope_choice.findData(peer.scope)))

    def add_card(self) -> None:
        """Choose a card file, compare its fingerprint, then trust the device."""
        title = _tr("Add an identity card")
        begin = recent_folders.start(Purpose.CARD)
        chosen, _ = QFileDialog.getOpenFileName(self, title, begin, card_filter())
        if chosen:
            recent_folders.remember(Purpose.CARD, chosen)
            self.add_card_file(Path(chosen))

    def add_card_file(self, path: Path) -> None:
        """Show the card's fingerprint for comparison; trust the device if confirmed.

        The card trusted is the one read and shown here: the file is not read again, so a
        card swapped in while the officer compares digits is never trusted unseen."""
        try:
            card = sync_view.read_card(path)
        except LiaisonError as exc:
            self.message.emit(error_text(exc), True)
            return
        role = vocab_label(vocab.ROLES, card.role)
        question = _tr("Trust {officer} ({device}, {role})?").format(
            officer=card.officer, device=card.device_name, role=role
        )
        details = _tr(
            "Fingerprint:\n{fingerprint}\n\n"
            "Compare these digits with the ones on the other officer's screen, in person or by voice. "
            "Trust the card only if every digit matches."
        ).format(fingerprint=card.fingerprint)
        if not confirm(self, _tr("Add identity card"), question, details):
            return
        try:
            sync_view.trust_card(self.ctx.store, card)
        except LiaisonError as exc:
            self.message.emit(error_text(exc), True)
            return
        text = _tr("{officer} ({device}) is now trusted.")
        self.message.emit(text.format(officer=card.officer, device=card.device_name), False)
        self.ctx.sync_changed.emit()

    def revoke_selected(self) -> None:
        """Ask (showing the fingerprint), then refuse the device's bundles from now on."""
        peer = self.selected()
        if peer is None or peer.trust == "revoked":
            return
        question = _tr("Revoke {officer} ({device})?").format(officer=peer.officer, device=peer.device_name)
        details = _tr(
            "Fingerprint:\n{fingerprint}\n\n"
            "Bundles from this device, and its changes relayed by others, will be refused from now on. "
            "Do this when the device is lost or seized."
        ).format(fingerprint=peer.fingerprint)
        if not confirm(self, _tr("Revoke device"), question, details):
            return
        try:
            syncing.revoke_peer(self.ctx.store, peer.device_id)
        except LiaisonError as exc:
            self.message.emit(error_text(exc), True)
            return
        text = _tr("{officer} ({device}) is revoked.")
        self.message.emit(text.format(officer=peer.officer, device=peer.device_name), False)
        self.ctx.sync_changed.emit()
