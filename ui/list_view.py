"""A list screen: search box and filters over a paged table, with the editor beside it.

The table shows what the listing service computes; typing in the search box narrows
the list through the full-text index as you type. Moving to another record, or away,
first goes through the unsaved-changes guard.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app import kinds
from liaison_app.changes import Changes
from liaison_app.errors import NotFoundError
from liaison_app.kinds import Kind
from liaison_app.services import listing, search
from liaison_app.services.listing import ListQuery
from liaison_app.services.saved_views import SavedView
from ui import focus_ring, guard
from ui.column_fit import ColumnFit
from ui.context import AppContext
from ui.date_display import date_display, date_style
from ui.display_words import number_text
from ui.editor_window import Detacher
from ui.editors.base import RecordEditor
from ui.editors.ref_fields import RefField
from ui.focus_ring import focusables
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.list_filter_bar import FilterBar
from ui.lock_safe_access import Lookup, StoreRowSource
from ui.operations import Refresher
from ui.table_model import RecordTableModel

COLUMN_WIDTHS = {
    "name": 240,
    "full_name": 200,
    "title": 250,
    "start": 125,
    "due": 90,
    "position": 170,
    "organization": 190,
    "meeting": 200,
    "attendees": 80,
    "status": 90,
    "priority": 70,
    "sectors": 160,
    "acronym": 80,
    "officer": 130,
}
# Short values that keep their width; every other column is text that gives way ("…").
FIXED_COLUMNS = frozenset({"start", "due", "status", "priority", "attendees", "acronym", "sensitivity"})
EDITOR_SHARE = 440  # the editor's default width beside the list (it may go down to its minimum)
SEARCH_DELAY_MS = 90  # coalesces a burst of keystrokes; one search per pause
# A capped search's match count (5-40 ms at HQ) waits for a longer pause: the rows come first.
MATCH_COUNT_DELAY_MS = 300
# Up to this many records written at once are placed row by row; more reload the ids.
PLACE_LIMIT = 20


class _LazyComboBox(QComboBox):
    """A combo box that reloads its choices just before it opens.

    The officers filter scans a whole table for distinct names; doing that on every
    refresh of a 100k list would cost more than the list itself.
    """

    def __init__(self, reload: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reload = reload

    def showPopup(self) -> None:  # noqa: N802
        self._reload()
        super().showPopup()


class _RecordTable(QTableView):
    """The list: Home / End (with or without Ctrl) go to the first / last row of the whole
    result, as in a mail list (the model knows its count, so only that page loads); Up on
    the first row goes back to the search box; Delete asks to delete the row's record; the
    Menu key or Shift+F10 opens the highlighted row's context menu."""

    up_from_top = Signal()
    delete_pressed = Signal()

    def moveCursor(  # noqa: N802
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        move = QAbstractItemView.CursorAction
        if action in (move.MoveHome, move.MoveEnd):
            rows = self.model().rowCount()
            if rows == 0:
                return QModelIndex()
            column = max(self.currentIndex().column(), 0)
            return self.model().index(0 if action == move.MoveHome else rows - 1, column)
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if plain and event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.up_from_top.emit()
            return
        if plain and event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        menu_key = plain and event.key() == Qt.Key.Key_Menu
        shift_f10 = event.modifiers() == Qt.KeyboardModifier.ShiftModifier and event.key() == Qt.Key.Key_F10
        if (menu_key or shift_f10) and self.currentIndex().isValid():
            # From the keyboard the row's menu opens at the highlighted row, not mid-list.
            self.customContextMenuRequested.emit(self.visualRect(self.currentIndex()).center())
            return
        super().keyPressEvent(event)


class _SearchBox(QLineEdit):
    """The search box: Down goes to the results, selecting the first."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class ListPage(QWidget):
    """One kind of record: filters, the table, and its editor."""

    open_requested = Signal(str, str)
    new_related = Signal(str, object)

    def __init__(self, ctx: AppContext, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = editor.kind
        # The registry names the kind in English; the catalogue has it under "kind".
        self.plural = QCoreApplication.translate("kind", kinds.spec(self.kind).plural)
        self.spec = listing.list_spec(self.kind)
        start = {self.spec.default_filter: ""} if self.spec.default_filter else {}
        self.source = StoreRowSource(ctx)
        self.model = RecordTableModel(self.spec.columns, self.source, ListQuery(self.kind, filters=start))
        self.editor = editor
        self._reverting = False
        self._build_toolbar()
        self._build_table()
        self._build_editor()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.capped_label)
        layout.addWidget(self.splitter, 1)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.match_count_timer = QTimer(self)
        self.match_count_timer.setSingleShot(True)
        self.match_count_timer.setInterval(MATCH_COUNT_DELAY_MS)
        self.match_count_timer.timeout.connect(self._count_matches)
        # Every kind concerns a list: other kinds' titles show in its rows, and a record
        # its open editor names may have gone to the Trash.
        self.refresher = Refresher(
            ctx, self, self._records_changed, concerns=lambda c: bool(c.kinds), on_show=self._on_show
        )
        ctx.locked.connect(self._locked)
        ctx.unlocked.connect(self._unlocked)

    # --- building -----------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.search = _SearchBox(self)
        self.search.setObjectName("search")
        self.search.down_pressed.connect(self.focus_results)
        self.search.setPlaceholderText(_tr("Search %1 (Ctrl+F)").replace("%1", self.plural))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("show")
        self.show_filter.addItem(_tr("All %1").replace("%1", self.plural), "")
        for name, spec in self.spec.filters.items():
            if not spec.takes_value:
                # The listing service names its filters in English; the catalogue has them.
                self.show_filter.addItem(_tr(spec.label), name)
        # Done and cancelled actions stay out of the way until asked for (the listing says which).
        self.show_filter.setCurrentIndex(max(self.show_filter.findData(self.spec.default_filter), 0))
        self.show_filter.currentIndexChanged.connect(self.apply_query)
        self.officer_filter = _LazyComboBox(self._reload_officers, self)
        self.officer_filter.setObjectName("officer")
        self.officer_filter.setToolTip(_tr("Recorded by (origin officer)"))
        self.officer_filter.addItem(_tr("Any officer"), "")
        self.officer_filter.currentIndexChanged.connect(self.apply_query)
        self.org_filter: RefField | None = None
        if "organization" in self.spec.filters:
            self.org_filter = RefField(
                Kind.ORG, Lookup(self.ctx), placeholder=_tr("Any organization"), openable=False
            )
            self.org_filter.setMaximumWidth(240)
            self.org_filter.setObjectName("organization")
            self.org_filter.changed.connect(self._org_filter_changed)
        # Area and dates, combined with everything above (issue 11).
        self.filter_bar = FilterBar(self.ctx, self.kind, tuple(self.spec.filters), self)
        self.filter_bar.changed.connect(self.apply_query)
        self.saved_views = self.filter_bar.offer_views(self.shown_as_view)
        self.saved_views.chosen.connect(self.show_view)
        self.count_label = QLabel(self)
        # Said when a search lists only its newest matches (a common word at HQ matches
        # 465,000 records); how many matched is counted once the rows show.
        self.capped_label = QLabel(self)
        self.capped_label.setObjectName("capped")
        self.capped_label.setWordWrap(True)
        self.capped_label.setStyleSheet("color: palette(placeholder-text);")
        self.capped_label.hide()
        self.new_button = QPushButton(icon("add"), _tr("New"), self)
        self.new_button.setToolTip(_tr("New (Ctrl+N)"))
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(lambda: self.new_record())
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.search, 3)
        self.toolbar.addWidget(self.show_filter)
        if self.org_filter is not None:
            self.toolbar.addWidget(self.org_filter, 2)
        self.toolbar.addWidget(self.officer_filter)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addWidget(self.new_button)

    def _build_table(self) -> None:
        self.table = _RecordTable(self)
        self.table.setObjectName("list")
        self.table.setModel(self.model)
        self.table.up_from_top.connect(self.focus_search)
        self.table.delete_pressed.connect(self.delete_current)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the editor
        self.table.verticalHeader().hide()
        # Fixed row heights let the view skip measuring 100k rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        self.column_fit = ColumnFit(
            self.table,
            [COLUMN_WIDTHS.get(c.key, 130) for c in self.spec.columns],
            [c.key not in FIXED_COLUMNS for c in self.spec.columns],
        )
        keys = [c.key for c in self.spec.columns]
        order = Qt.SortOrder.DescendingOrder if self.spec.default_descending else Qt.SortOrder.AscendingOrder
        # Indicator first: enabling sorting sorts once by whatever the indicator says.
        header.setSortIndicator(keys.index(self.spec.default_sort), order)
        self.table.setSortingEnabled(True)
        # A click on a header reads the new order: the open record stays selected.
        self.model.resorted.connect(self._reselect)
        self.ctx.unlocked.connect(self._follow_display_style)
        date_display(self.ctx).changed.connect(self._follow_display_style)
        self._follow_display_style()
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        # Enter on a row: on into its editor (open already, the selection opened it).
        self.table.activated.connect(lambda _index: self._focus_editor())
        self.table.clicked.connect(self._row_clicked)

    def _follow_display_style(self) -> None:
        # Date-times in the list as the settings say (local or date-time groups).
        if not self.ctx.is_locked:
            self.model.set_display_style(date_style(self.ctx))

    def _build_editor(self) -> None:
        self.placeholder = QLabel(
            _tr("Select one of the %1, or press Ctrl+N to add one.").replace("%1", self.plural), self
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(self.placeholder)
        self.editor_stack.addWidget(self.editor)
        self.detacher = Detacher(self.editor_stack, self.editor)
        self.editor.open_requested.connect(self.open_requested)
        self.editor.new_related.connect(self.new_related)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(lambda _kind, _id: self._show_placeholder())
        self.editor.gone.connect(self._show_placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # The editor keeps the width its rows need (a phone row: kind, number, label, remove)
        # and the list the rest, its columns fitted to it, until the officer drags the handle.
        self.splitter.setSizes([self.column_fit.needed(), EDITOR_SHARE])
        self.editor_stack.setMinimumWidth(380)
        self._handle_moved = False
        self.splitter.splitterMoved.connect(self._splitter_moved)

    # --- the query ----------------------------------------------------------------------

    def filters(self) -> dict[str, str]:
        """The filters the toolbar selects."""
        chosen: dict[str, str] = {}
        preset = self.show_filter.currentData()
        if preset:
            chosen[str(preset)] = ""
        officer = self.officer_filter.currentData()
        if officer:
            chosen["officer"] = str(officer)
        if self.org_filter is not None and self.org_filter.value():
            chosen["organization"] = str(self.org_filter.value())
        chosen.update(self.filter_bar.filters())
        return chosen

    def set_filter(self, name: str, value: str = "") -> None:
        """Select a filter from code (as a click on the toolbar would)."""
        if name == "officer":
            self._reload_officers()
            self.officer_filter.setCurrentIndex(max(self.officer_filter.findData(value), 0))
        elif name == "organization" and self.org_filter is not None:
            self.org_filter.set_value(value)
            self.apply_query()
        elif name == "area":
            self.filter_bar.set_area(value)
        else:
            self.show_filter.setCurrentIndex(max(self.show_filter.findData(name), 0))

    def shown_as_view(self) -> SavedView:
        """The filters shown, as a saved view keeps them (unnamed)."""
        preset = self.show_filter.currentData()
        officer = self.officer_filter.currentData()
        org = (
            self.org_filter.value() if self.org_filter is not None and self.org_filter.has_choice() else None
        )
        wanted = replace(self.filter_bar.typed(), officer=str(officer) if officer else None, org=org)
        return SavedView("", self.kind, wanted, str(preset) if preset else None)

    def show_view(self, view: SavedView) -> None:
        """Show a saved view's filters (the search text stays), then list once."""
        for widget in (self.show_filter, self.officer_filter):
            widget.blockSignals(True)
        self.show_filter.setCurrentIndex(max(self.show_filter.findData(view.preset or ""), 0))
        if view.wanted.officer:
            self._reload_officers()
        self.officer_filter.setCurrentIndex(max(self.officer_filter.findData(view.wanted.officer or ""), 0))
        for widget in (self.show_filter, self.officer_filter):
            widget.blockSignals(False)
        if self.org_filter is not None:
            self.org_filter.blockSignals(True)
            if view.wanted.org:
                self.org_filter.set_value(view.wanted.org)
            else:
                self.org_filter.clear()
            self.org_filter.blockSignals(False)
        self.filter_bar.show_typed(view.wanted)
        self.apply_query()

    def apply_query(self) -> None:
        """Recompute the list for the search text, filters and sort now shown."""
        self.search_timer.stop()
        current = self.model.query
        if self.ctx.is_locked:
            return
        query = ListQuery(
            self.kind,
            text=self.search.text(),
            filters=self.filters(),
            sort=current.sort,
            descending=current.descending,
        )
        self.model.set_query(query)
        self._after_reset()

    def refresh(self) -> None:
        """Reload after writes or an unlock, keeping the selection."""
        if self.ctx.is_locked:
            return
        self.model.refresh()
        self._after_reset()

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.editor.count_text(count))
        self._show_cap()
        if self.editor.record_id is not None:
            self._select(self.editor.record_id)

    def _reselect(self) -> None:
        if self.editor.record_id is not None and self.model.loaded:
            self._select(self.editor.record_id)

    def _show_cap(self) -> None:
        found = self.source.last_search
        if found is None or not found.capped:
            self.capped_label.hide()
            return
        words = _tr("{cap} newest matches shown — refine the search")
        self.capped_label.setText(words.format(cap=number_text(found.cap)))
        self.capped_label.show()
        self.match_count_timer.start()

    def _count_matches(self) -> None:
        # After the rows have shown and the typing paused, and bounded: counting every match
        # of a common word walks 465,000 entries; "more than 10,000" is all anyone reads.
        found = self.source.last_search
        text = self.search.text()
        if self.ctx.is_locked or found is None or not found.capped or self.search_timer.isActive():
            return
        total = search.count_matches(self.ctx.store, text, kinds=(self.kind,))
        if total >= search.COUNT_LIMIT:
            words = _tr("{cap} newest of more than {total} matches shown — refine the search")
            total -= 1
        else:
            words = _tr("{cap} newest of {total} matches shown — refine the search")
        self.capped_label.setText(words.format(cap=number_text(found.cap), total=number_text(total)))

    def _reload_officers(self) -> None:
        if self.ctx.is_locked:
            return
        current = self.officer_filter.currentData()
        self.officer_filter.blockSignals(True)
        self.officer_filter.clear()
        self.officer_filter.addItem(_tr("Any officer"), "")
        for name in listing.officers(self.ctx.store, self.kind):
            self.officer_filter.addItem(name, name)
        self.officer_filter.setCurrentIndex(max(self.officer_filter.findData(current), 0))
        self.officer_filter.blockSignals(False)

    def _org_filter_changed(self) -> None:
        # Filter once an organization is picked or the box is cleared, not per keystroke.
        if self.org_filter is not None and (self.org_filter.has_choice() or not self.org_filter.edit.text()):
            self.apply_query()

    # --- the editor ---------------------------------------------------------------------

    def open_record(self, record_id: str) -> bool:
        """Show `record_id` in the editor (after the guard); select it if it is listed."""
        if self.editor.record_id == record_id and self.detacher.is_showing_editor():
            self._select(record_id)
            return True
        if not guard.settle(self, self.editor):
            return False
        self.editor.load(record_id)
        self.detacher.show_editor()
        self._select(record_id)
        return True

    def new_record(self, initial: Mapping[str, Any] | None = None) -> bool:
        """Start a new record in the editor (after the guard)."""
        if self.ctx.is_locked or not guard.settle(self, self.editor):
            return False
        self.editor.new(initial)
        self.detacher.show_editor()
        self.table.selectionModel().clearSelection()
        first = next(iter(self.editor.fields.values()))
        first.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def save(self) -> bool:
        """Save the editor's record, if one is open."""
        if not self.detacher.is_showing_editor():
            return True
        return self.editor.save()

    def has_unsaved(self) -> bool:
        """Whether the editor holds edits not yet saved."""
        return self.editor.is_dirty()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_results(self) -> None:
        """The cursor into the list, on the first result (selected, so it opens)."""
        if self.model.rowCount() == 0:
            return
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
            self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_list(self) -> None:
        """The cursor into the list when it shows rows, else into the search box."""
        if self.model.rowCount() == 0:
            self.focus_search()
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_record(self) -> str | None:
        """The id of the highlighted row, if any."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.id_at(index.row())

    def delete_current(self) -> None:
        """Delete in the list: the same question as the editor's Delete button."""
        record_id = self.current_record()
        if record_id is not None and self.open_record(record_id):
            self.editor.confirm_delete()

    def _focus_editor(self) -> None:
        if self.detacher.is_showing_editor():
            self.editor.focus_first()

    def tab_ring(self) -> list[QWidget]:
        """What Tab visits on this screen, in the order seen: the toolbar, the list, then
        the editor (or what stands in its place). Never the side bar."""
        ring: list[QWidget] = [self.search, self.show_filter]
        if self.org_filter is not None:
            ring += self.org_filter.tab_widgets()
        ring += [self.officer_filter, self.new_button, self.table]
        shown = self.editor_stack.currentWidget()
        if shown is self.editor:
            ring += self.editor.tab_sequence()
        elif shown is not None:
            ring += focusables(shown)
        return ring

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        if focus_ring.move(self.tab_ring(), next):
            return True
        return super().focusNextPrevChild(next)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting or not current.isValid():
            return
        record_id = self.model.id_at(current.row())
        if record_id is None or record_id == self.editor.record_id:
            return
        if not self.open_record(record_id):
            # Cancelled by the guard: put the highlight back where the edit is.
            QTimer.singleShot(0, lambda: self._restore(previous))

    def _row_clicked(self, index: QModelIndex) -> None:
        # A click on the record already open shows it as stored now (what the row says).
        if self.model.id_at(index.row()) == self.editor.record_id:
            self._reload_clean_editor(always=False)

    def _restore(self, previous: QModelIndex) -> None:
        self._reverting = True
        try:
            if self.editor.record_id is not None:
                self._select(self.editor.record_id)
            elif previous.isValid():
                self.table.setCurrentIndex(previous)
            else:
                self.table.selectionModel().clearSelection()
        finally:
            self._reverting = False

    def _select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is None:
            return
        self._reverting = True
        try:
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        finally:
            self._reverting = False

    def _show_placeholder(self) -> None:
        self.detacher.show_placeholder(self.placeholder)

    def _saved(self, _kind: str, record_id: str) -> None:
        if self.model.windowed:
            return  # the operation's announcement places the row, then selects it
        self._select(record_id)

    # --- profile events -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._handle_moved:
            total = self.splitter.width() - self.splitter.handleWidth()
            editor = min(EDITOR_SHARE, max(total - self.column_fit.floor_width(), 380))
            self.splitter.setSizes([total - editor, editor])

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._handle_moved = True  # the officer chose: keep their split

    def _on_show(self) -> bool:
        # An editor in a window of its own follows the store while its list is out of sight.
        return self.isVisible() or self.detacher.is_detached()

    def _records_changed(self, changes: Changes, initiators: tuple[object, ...]) -> None:
        """Show what the operations wrote: a few records of ours are placed row by row (a
        save on a 500k list must not read 500k ids again), many reload the list, other
        kinds only redraw the rows (they show those kinds' titles)."""
        if self.ctx.is_locked:
            return
        if not changes.touches(self.kind):
            self.model.invalidate_rows()
        elif changes.ids is not None and len(changes.ids) <= PLACE_LIMIT and self.model.loaded:
            self._place(changes.ids)
        else:
            self.refresh()
        if all(initiator is self.editor for initiator in initiators):
            return  # our own save: the editor shows what it wrote
        # A write of another kind may have trashed (or restored) a record ours names, so a
        # clean editor reloads; for our own kind only when the stored record differs.
        self._reload_clean_editor(always=bool(changes.kinds - {Kind(self.kind)}))

    def _place(self, ids: frozenset[str]) -> None:
        self.source.forget()  # the ids it keeps for search-as-you-type are one write behind
        self._reverting = True  # a row moving under the selection opens nothing
        try:
            for record_id in sorted(ids):
                self.model.place(record_id, self.source.position)
        finally:
            self._reverting = False
        self.count_label.setText(self.editor.count_text(self.model.rowCount()))
        if self.editor.record_id is not None:
            self._select(self.editor.record_id)

    def _reload_clean_editor(self, *, always: bool = True) -> None:
        """The open editor follows what is stored now: reloaded when clean, the changed-
        record bar when it holds edits, the placeholder once the record is deleted."""
        if self.ctx.is_locked or self.editor.record_id is None:
            return
        if not self.detacher.is_showing_editor():  # in the list's pane or its own window
            return
        try:
            self.editor.follow_store(reload_clean=always)
        except NotFoundError:
            self.editor.record_id = None
            self._show_placeholder()

    def _locked(self) -> None:
        self.detacher.attach()  # no record stays on screen in a window of its own
        self.search_timer.stop()
        self.match_count_timer.stop()
        self.model.clear()
        self.count_label.clear()
        self.capped_label.hide()

    def _unlocked(self) -> None:
        # The main window refreshes every screen on unlock; the editor is ours to reload.
        if self.editor.record_id is not None and not self.editor.is_dirty():
            self.editor.load(self.editor.record_id)
