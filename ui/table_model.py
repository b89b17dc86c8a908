"""The big-list table model: ordered ids from a service, rows loaded by pages on demand.

The model holds the ids of the current filter and sort and a bounded cache of display rows.
From a `WindowSource` the ids are a `ListWindow`: a count and the pages of ids read so far
(a list of 516k opens, re-sorts and jumps to its end reading a page, never every id); from
a plain `RowSource` they are a list, as in Anki's browser. `rowCount` is the full count from
the start, so there is no `fetchMore` (and none of its off-by-one traps): scrolling to row
90,000 loads exactly the page that holds it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from liaison_app.datetime_input import DisplayStyle
from liaison_app.kinds import Widget, spec
from liaison_app.services.list_window import ListWindow
from liaison_app.services.listing import Column, ListQuery, Row
from ui.display_words import day_words, label_text, moment_words
from ui.i18n import tr as _tr
from ui.icons import icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_ALERT = QColor("#c0392b")
_SCOPE_ICONS = {"local": "lock", "hq": "hq-only"}


class RowSource(Protocol):
    """Where the model gets its data (a service adapter, or a fake in tests)."""

    def ids(self, query: ListQuery) -> list[str]: ...

    def forget(self) -> None: ...

    def rows(self, kind: str, ids: Sequence[str]) -> dict[str, Row]: ...


@runtime_checkable
class WindowSource(RowSource, Protocol):
    """A source that gives a window over SQL instead of every id (the store's)."""

    def window(self, query: ListQuery) -> list[str] | ListWindow: ...


# Where a record belongs among ordered ids without the row at `skip` (None: not listed).
Placer = Callable[[ListQuery, str, Sequence[str], int | None], int | None]


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record, read through a RowSource one page at a time."""

    resorted = Signal()  # a new sort was read (after the reset)

    PAGE_SIZE = 100
    INDEX_LIMIT = 20_000  # up to this many ids, `row_of` keeps a map; beyond, it scans
    MAX_PAGES = 50  # 5,000 cached rows: a few screens either way, bounded memory

    def __init__(self, columns: Sequence[Column], source: RowSource, query: ListQuery) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.source = source
        self._query = query
        self._ids: list[str] | ListWindow = []
        self._loaded = False  # nothing asked of the source yet
        self._index: dict[str, int] | None = None
        self._hints: dict[str, int] = {}  # rows looked up lately (checked before use)
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)
        # Date-time columns (a meeting's start) are written as the display setting asks.
        moments = {f.name for f in spec(query.kind).fields if f.widget is Widget.DATETIME}
        self._moment_columns = frozenset(i for i, c in enumerate(self.columns) if c.key in moments)
        # The listing writes a choice as its English label and a date as ISO: the interface's
        # language shows its own (the stored values are unchanged).
        fields = spec(query.kind).fields
        choices = {f.name for f in fields if f.choices} | {"sensitivity"}  # levels: the markings
        days = {f.name for f in fields if f.widget is Widget.DATE}
        self._label_columns = frozenset(i for i, c in enumerate(self.columns) if c.key in choices)
        self._day_columns = frozenset(i for i, c in enumerate(self.columns) if c.key in days)
        self.display_style = DisplayStyle.LOCAL

    # --- what is shown ---------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        """The filter and sort the ids were computed for."""
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show `query` (the source may reuse what it knows: nothing was written since)."""
        self._query = query
        self._reset(self._read_ids(query))

    def refresh(self) -> None:
        """Reload ids and rows for the current query (after an edit, an unlock...)."""
        self.source.forget()
        self._reset(self._read_ids(self._query))

    def _read_ids(self, query: ListQuery) -> list[str] | ListWindow:
        if isinstance(self.source, WindowSource):
            return self.source.window(query)
        return self.source.ids(query)

    def _reset(self, ids: list[str] | ListWindow) -> None:
        self._loaded = True
        self.beginResetModel()
        self._ids = ids
        self._index = None
        self._hints.clear()
        self._pages.clear()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every id and row (the profile was locked)."""
        self.source.forget()
        self.beginResetModel()
        self._ids = []
        self._index = None
        self._pages.clear()
        self.endResetModel()

    def set_display_style(self, style: DisplayStyle) -> None:
        """Write date-times as `style` (the profile's `datetime_display` setting)."""
        if style is self.display_style:
            return
        self.display_style = style
        if self._ids and self._moment_columns:
            last = self.index(len(self._ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def invalidate_rows(self) -> None:
        """Drop cached rows but keep the ids (a record's text changed, not the list)."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def windowed(self) -> bool:
        """Whether the ids are a window over SQL (placed by the window, not by a Placer)."""
        return isinstance(self._ids, ListWindow)

    @property
    def loaded(self) -> bool:
        """Whether ids were read for the current query (a list never shown has none)."""
        return self._loaded

    def place(self, record_id: str, placer: Placer) -> None:
        """After a write of one record: move, add or drop its row, and show its new text,
        instead of reading every id again. Rows keep their selection (moves, not resets)."""
        if isinstance(self._ids, ListWindow):
            self._place_in_window(self._ids, record_id)
            return
        old = self.row_of(record_id)
        new = placer(self._query, record_id, self._ids, old)
        root = QModelIndex()
        if old is not None and new == old:
            pass
        elif old is None and new is not None:
            self.beginInsertRows(root, new, new)
            self._ids.insert(new, record_id)
            self.endInsertRows()
        elif old is not None and new is None:
            self.beginRemoveRows(root, old, old)
            del self._ids[old]
            self.endRemoveRows()
        elif old is not None and new is not None:
            self.beginMoveRows(root, old, old, root, new + 1 if new > old else new)
            del self._ids[old]
            self._ids.insert(new, record_id)
            self.endMoveRows()
        if old is not None or new is not None:
            self._index = None
            if new is not None:
                self._hint(record_id, new)
            self._pages.clear()  # rows after the change moved by one: pages are cheap to read again
            self.invalidate_rows()

    def _place_in_window(self, window: ListWindow, record_id: str) -> None:
        # The window's SQL already holds the write and its pages are read again: the view
        # only needs the change of count and, for a move, which row went where. A page
        # repainted between the commit and this call may show the new order already, so a
        # grown list is an insert at the new row whatever the page said before.
        moved = window.settle(record_id)
        old, new, grown = moved.old, moved.new, moved.after - moved.before
        root = QModelIndex()
        if grown == 1 and new is not None:
            self.beginInsertRows(root, new, new)
            self.endInsertRows()
        elif grown == -1 and old is not None and new is None:
            self.beginRemoveRows(root, old, old)
            self.endRemoveRows()
        elif grown == 0 and old is not None and new is not None and new != old:
            self.beginMoveRows(root, old, old, root, new + 1 if new > old else new)
            self.endMoveRows()
        elif grown != 0:
            self._reset(window)  # a row out of sight came or went: the view starts again
            return
        self.invalidate_rows()

    def id_at(self, row: int) -> str | None:
        """The record id shown in `row`."""
        return (self._ids[row] or None) if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int | None:
        """The row showing `record_id`, if the current filter includes it."""
        if isinstance(self._ids, ListWindow):
            return self._ids.row_of(record_id)
        hint = self._hints.get(record_id)
        if hint is not None and hint < len(self._ids) and self._ids[hint] == record_id:
            return hint
        if self._index is None and len(self._ids) <= self.INDEX_LIMIT:
            self._index = {record_id: row for row, record_id in enumerate(self._ids)}
        if self._index is not None:
            row = self._index.get(record_id)
        else:
            # A big list is looked up by a scan (milliseconds); a map of 500k ids would cost
            # a fifth of a second to build again after every save that moves a row.
            try:
                row = self._ids.index(record_id)
            except ValueError:
                row = None
        if row is not None:
            self._hint(record_id, row)
        return row

    def _hint(self, record_id: str, row: int) -> None:
        if len(self._hints) >= 64:
            self._hints.clear()
        self._hints[record_id] = row

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            # The listing service names its columns in English; the catalogue has them.
            return _tr(self.columns[section].label)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            return None
        row = self._row(index.row())
        if role == Qt.ItemDataRole.DecorationRole:
            # A small mark before the first cell of a record kept local or shared with HQ only.
            marker = _SCOPE_ICONS.get(row.scope) if row is not None and index.column() == 0 else None
            return icon(marker) if marker else None
        if row is None:
            # Deleted since the ids were computed (or not readable now): an empty row,
            # not an exception in the middle of painting.
            return "—" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _ALERT if row.alert else None
        cell = row.cells[index.column()]
        if index.column() in self._moment_columns:
            return moment_words(cell, self.display_style)
        if index.column() in self._label_columns:
            return label_text("vocab", cell)
        if index.column() in self._day_columns:
            return day_words(cell)
        return cell

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=self.columns[column].key, descending=descending)
        if not self._loaded:
            # The view sorts once when sorting is switched on; the first refresh loads.
            self._query = query
            return
        self.set_query(query)
        self.resorted.emit()

    # --- paging -----------------------------------------------------------------------

    def _row(self, row: int) -> Row | None:
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * self.PAGE_SIZE]

    def _load_page(self, page_no: int) -> list[Row | None]:
        ids = self._ids[page_no * self.PAGE_SIZE : (page_no + 1) * self.PAGE_SIZE]
        rows = self.source.rows(self._query.kind, ids)
        page = [rows.get(record_id) for record_id in ids]
        self._pages[page_no] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page
