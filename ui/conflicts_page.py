"""The Conflicts screen: every field two officers changed before their devices synced, the
values side by side with how far apart they were written, a button to keep one of them or
to type a merge in the record's editor, and for a resolved one its final value and who chose it.

Keeping a side writes it as a new change that syncs and clears the conflict on every
device; typing a new value in the editor does the same (the edit overwrites both heads).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.datetime_input import DisplayStyle
from liaison_app.errors import LiaisonError
from liaison_app.services import sync_view, syncing
from liaison_app.services.sync_view import ConflictView, SideView
from ui.context import AppContext
from ui.date_display import date_display, date_style
from ui.display_words import capitalised, label_text, moment_words, officer_text, record_title, value_text
from ui.error_words import error_text
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.operations import Refresher
from ui.reflow_row import ReflowRow

ERROR_STYLE = "color: #c0392b;"
SHOWN_STYLE = "QGroupBox { font-weight: bold; }"
STACK_BELOW = 900  # page width (px) under which the list and the conflict stack


def _kind_text(view: ConflictView) -> str:
    return capitalised(label_text("kind", view.kind_label))


def _field_text(view: ConflictView) -> str:
    return label_text("field", view.field_label)


class SideCard(QGroupBox):
    """One side of a conflict: the value, who wrote it, when, and "Keep this"."""

    keep_requested = Signal(str, int)  # origin, seq of the operation to keep

    def __init__(
        self,
        side: SideView,
        *,
        read_only: bool,
        date_style: DisplayStyle = DisplayStyle.LOCAL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        who = _tr("This device") if side.mine else officer_text(side.officer)
        self.setTitle(_tr("{who} — shown now").format(who=who) if side.shown else who)
        self.side = side
        self.value = QLabel(value_text(side.lines), self)
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setFrameShape(QFrame.Shape.StyledPanel)
        self.value.setMargin(8)
        self.value.setMinimumHeight(60)
        self.value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.value.setFont(font)
        details = QFormLayout()
        details.addRow(_tr("Officer:"), QLabel(officer_text(side.officer), self))
        details.addRow(_tr("Device:"), QLabel(side.device, self))
        details.addRow(_tr("Written:"), QLabel(moment_words(side.time, date_style), self))
        shown = QLabel(_tr("Yes — the record holds this value now") if side.shown else _tr("No"), self)
        shown.setWordWrap(True)  # a card is narrow when the window is
        details.addRow(_tr("Shown now:"), shown)
        self.keep_button = QPushButton(icon("save"), _tr("Keep this"), self)
        self.keep_button.setAutoDefault(False)
        self.keep_button.setToolTip(
            _tr("Keep this value on every device; the conflict is cleared when it syncs")
        )
        self.keep_button.clicked.connect(lambda: self.keep_requested.emit(side.origin, side.seq))
        self.keep_button.setVisible(not read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addLayout(details)
        layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignLeft)
        if side.shown:
            self.setStyleSheet(SHOWN_STYLE)


class ConflictsPage(QWidget):
    """Open conflicts (and, on request, resolved ones read-only)."""

    merge_requested = Signal(str, str, str)  # kind, record id, field
    count_changed = Signal(int)  # open conflicts

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: list[ConflictView] = []
        self.cards: list[SideCard] = []
        self.open_count = 0
        self.date_style = DisplayStyle.LOCAL  # the profile's date display, read on each refresh
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.show_resolved = QCheckBox(_tr("Show resolved conflicts"), self)
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_resolved)
        headers = [_tr("Kind"), _tr("Record"), _tr("Field"), _tr("Sides")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show(row))
        self._build_detail()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 640])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        # Only conflicts and exchanges concern this page; it reads even out of sight, since
        # the side bar's badge shows its count (which a plain save never moves).
        self.refresher = Refresher(
            ctx,
            self,
            lambda _changes, _who: self.refresh(),
            concerns=lambda c: c.conflicts or c.sync,
            on_show=lambda: True,
        )
        ctx.sync_changed.connect(self.refresh)  # the sync pages say so after their own work
        date_display(ctx).changed.connect(self.refresh)  # dates shown another way
        ctx.locked.connect(self._clear)

    def _build_detail(self) -> None:
        self.placeholder = QLabel(
            _tr(
                "No conflicts. When two officers change the same field before they sync, "
                "both values are listed here so nothing is silently lost."
            ),
            self,
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.detail = QWidget(self)
        self.title = QLabel(self.detail)
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.explain = QLabel(self.detail)
        self.explain.setWordWrap(True)
        sides_box = QWidget(self.detail)
        self.sides = ReflowRow(parent=sides_box)  # the values side by side, or stacked when narrow
        sides_column = QVBoxLayout(sides_box)
        sides_column.setContentsMargins(0, 0, 0, 0)
        sides_column.addWidget(self.sides)
        sides_column.addStretch(1)  # cards as tall as their text, at the top
        scroll = QScrollArea(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(sides_box)
        self.merge_button = QPushButton(icon("open"), _tr("Edit a merge…"), self.detail)
        self.merge_button.setAutoDefault(False)
        self.merge_button.setToolTip(
            _tr("Open the record with this field ready for a value that combines both")
        )
        self.merge_button.clicked.connect(self._merge)
        self.error = QLabel(self.detail)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        column = QVBoxLayout(self.detail)
        column.addWidget(self.title)
        column.addWidget(self.explain)
        column.addWidget(scroll, 1)
        column.addWidget(self.error)
        column.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(self.detail)
        self.detail_stack.setMinimumWidth(420)

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the sync services, keeping the selected conflict if it is still there."""
        if self.ctx.is_locked:
            return
        self.refresher.forget()  # read now: what was pending is in it
        current = self.current()
        self.views = sync_view.conflict_views(self.ctx.store, include_resolved=self.show_resolved.isChecked())
        self.date_style = date_style(self.ctx)
        self.open_count = sum(not v.resolved for v in self.views)
        resolved = len(self.views) - self.open_count
        text = _tr("%Ln open conflict(s)", "", self.open_count)
        if resolved:
            text = _tr("{open} · %Ln resolved", "", resolved).format(open=text)
        self.heading.setText(text)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            status = _tr("%Ln value(s)", "", len(view.sides))
            if view.resolved:
                status = _tr("{values} · resolved").format(values=status)
            cells = (_kind_text(view), record_title(view.title, view.record_id), _field_text(view), status)
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                if view.resolved:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)
        ids = [v.id for v in self.views]
        row = ids.index(current.id) if current is not None and current.id in ids else (0 if ids else -1)
        self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self._show(row)
        self.count_changed.emit(self.open_count)

    def current(self) -> ConflictView | None:
        """The conflict on show."""
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show(self, row: int) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self.error.hide()
        if not 0 <= row < len(self.views):
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        view = self.views[row]
        self.title.setText(
            _tr("{kind} “{title}” — {field}").format(
                kind=_kind_text(view),
                title=record_title(view.title, view.record_id),
                field=_field_text(view),
            )
        )
        self.explain.setText(self._explanation(view))
        for side in view.sides:
            card = SideCard(side, read_only=view.resolved, date_style=self.date_style)
            card.keep_requested.connect(self.keep)
            self.cards.append(card)
        self.sides.set_widgets([(card, 1) for card in self.cards])
        self.merge_button.setVisible(not view.resolved)
        self.merge_button.setEnabled(view.editable)
        self.detail_stack.setCurrentWidget(self.detail)

    def _explanation(self, view: ConflictView) -> str:
        written = _tr(
            "These values were written on different devices {apart}, each before its device had "
            "seen the other."
        ).format(apart=self._apart(view.apart_seconds))
        if not view.resolved:
            return written + " " + _tr("Keep one, or edit a merge; the choice syncs to everyone.")
        ending = view.resolution
        if ending is None:
            return written + " " + _tr("Resolved by a later change (read only).")
        who = _tr("you") if ending.mine else officer_text(ending.officer)
        resolved = _tr("Resolved by {who} on {device}, {when}. Final value: {value}").format(
            who=who,
            device=ending.device,
            when=moment_words(ending.time, self.date_style),
            value=value_text(ending.lines),
        )
        return f"{written}\n\n{resolved.rstrip()}"

    def _apart(self, seconds: int) -> str:
        if seconds < 60:
            return _tr("less than a minute apart")
        if seconds < 3600:
            return _tr("%Ln minute(s) apart", "", seconds // 60)
        if seconds < 86_400:
            return _tr("%Ln hour(s) apart", "", seconds // 3600)
        return _tr("%Ln day(s) apart", "", seconds // 86_400)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # Narrow (an 800 px window), the list sits above the conflict instead of beside it.
        wanted = Qt.Orientation.Vertical if event.size().width() < STACK_BELOW else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setSizes([200, 500] if wanted == Qt.Orientation.Vertical else [420, 640])
        super().resizeEvent(event)

    def _clear(self) -> None:
        self.views = []
        self.table.setRowCount(0)
        self.heading.clear()
        self._show(-1)

    # --- actions ------------------------------------------------------------------------

    def keep(self, origin: str, seq: int) -> None:
        """Keep the side written by (origin, seq) of the conflict on show."""
        view = self.current()
        if view is None or view.resolved:
            return
        try:
            resolution = syncing.keep_value(self.ctx.store, view.id, origin, seq)
        except LiaisonError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        # One operation: this page, the badge, the status bar and the record's list follow.
        self.ctx.announce(resolution.changes, self)
        self.ctx.sync_changed.emit()  # the sync page's "to send" (it listens to this only)

    def _merge(self) -> None:
        view = self.current()
        if view is not None and view.editable:
            self.merge_requested.emit(view.kind, view.record_id, view.field)
