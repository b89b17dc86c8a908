"""The Areas screen: the profile-wide list of administrative areas (HQ writes it and sends
it), and at HQ the officers' areas of responsibility, which stay on this device."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services import areas, records, syncing
from ui.context import AppContext
from ui.editors.area import AreaEditor
from ui.i18n import tr as _tr
from ui.list_view import ListPage
from ui.stale_record import BAR_STYLE

_AREA_ID = Qt.ItemDataRole.UserRole


class AssignmentPanel(QWidget):
    """An officer (a peer device) and a tick for each area of their responsibility."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(_tr("Areas of responsibility (kept on this device only)"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.officer = QComboBox(self)
        self.officer.setObjectName("officer")
        self.officer.currentIndexChanged.connect(lambda _i: self.refresh())
        self.areas = QListWidget(self)
        self.areas.setObjectName("assigned")
        self.areas.itemChanged.connect(self._toggled)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("Officer"), self))
        row.addWidget(self.officer, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.areas, 1)
        self._filling = False

    def reload_officers(self) -> None:
        """Offer every trusted officer device."""
        if self.ctx.is_locked:
            return
        current = self.officer.currentData()
        self.officer.blockSignals(True)
        self.officer.clear()
        for peer in syncing.list_peers(self.ctx.store):
            if peer.revoked_at is None and peer.card.role != "hq":
                label = f"{peer.card.officer} — {peer.card.device_name}"
                self.officer.addItem(label, peer.card.device_id)
        self.officer.setCurrentIndex(max(self.officer.findData(current), 0))
        self.officer.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Tick the areas assigned to the chosen officer."""
        device = self.officer.currentData()
        self._filling = True
        self.areas.clear()
        if device and not self.ctx.is_locked:
            assigned = {a.id for a in areas.of_officer(self.ctx.store, str(device))}
            for area in records.list_records(self.ctx.store, "area"):
                title = f"{area.name} ({area.pcode})" if area.pcode else area.name  # type: ignore[attr-defined]
                item = QListWidgetItem(title, self.areas)
                item.setData(_AREA_ID, area.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if area.id in assigned else Qt.CheckState.Unchecked)
        self._filling = False

    def _toggled(self, item: QListWidgetItem) -> None:
        device = self.officer.currentData()
        if self._filling or not device or self.ctx.is_locked:
            return
        area_id = str(item.data(_AREA_ID))
        if item.checkState() == Qt.CheckState.Checked:
            areas.assign(self.ctx.store, area=area_id, device_id=str(device))
        else:
            areas.unassign(self.ctx.store, area=area_id, device_id=str(device))


class OlderPeersBar(QFrame):
    """Which trusted devices still run 0.1.0: areas never reach them, and this device's
    changes written after an area wait there until they upgrade (docs/SYNC.md, "Areas")."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("changedBar")  # the same warning look as the editors' bar
        self.setStyleSheet(BAR_STYLE)
        self.message = QLabel(self)
        self.message.setObjectName("olderPeers")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.message)
        self.hide()

    def refresh(self) -> None:
        """Show the devices concerned, or nothing when every trusted device reads areas."""
        older = [] if self.ctx.is_locked else areas.peers_without_areas(self.ctx.store)
        if not older:
            self.hide()
            return
        names = ", ".join(f"{p.officer} ({p.device_name})" for p in older)
        self.message.setText(
            _tr(
                "%Ln trusted device(s) on Liaison 0.1.0 cannot receive areas: %1. "
                "Changes this device writes after an area wait there until they upgrade.",
                "",
                len(older),
            ).replace("%1", names)
        )
        self.show()


class AreasPage(QWidget):
    """The areas list with its editor; at HQ, the officers' areas beside it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = ListPage(ctx, AreaEditor(ctx))
        self.assignments = AssignmentPanel(ctx)
        self.older_peers = OlderPeersBar(ctx, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.assignments)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.older_peers)
        layout.addWidget(splitter)
        ctx.unlocked.connect(self._unlocked)
        if not ctx.is_locked:
            self._unlocked()

    def _unlocked(self) -> None:
        hq = self.ctx.store.author.role == "hq"
        self.older_peers.refresh()
        self.assignments.setVisible(hq)
        if hq:
            self.assignments.reload_officers()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self.older_peers.refresh()
        if not self.ctx.is_locked and self.assignments.isVisible():
            self.assignments.reload_officers()
