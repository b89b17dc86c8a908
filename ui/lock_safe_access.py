"""Adapters between widgets and services that know about locking.

While the profile is locked there is no store: lists read as empty and lookups find
nothing, so a repaint or a stray keystroke never raises in the middle of Qt's event loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from liaison_app.services import list_window, listing, search
from liaison_app.services.list_window import ListWindow, SearchIds
from liaison_app.services.listing import ListQuery, Row
from ui.context import AppContext

Choice = tuple[str, str]  # (id, title)


class StoreRowSource:
    """Feeds a RecordTableModel from the listing service.

    `window` is what the list screens read: a window over SQL (a count and pages of ids),
    or for search text the newest 2,000 matches in the list's order; it remembers the last
    count, so a new sort of the same rows counts nothing, and the last search, so the
    screen can say when it was capped. `ids` reads every ordered id (the path before issue
    10, kept for small lists and as the benchmarks' baseline): it keeps the ordered ids
    without search text, so each keystroke only narrows that list (see `listing.narrow`).
    """

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._base_key: tuple[object, ...] | None = None
        self._base: list[str] = []
        self._count_key: tuple[object, ...] | None = None
        self._count: int | None = None
        self.last_search: SearchIds | None = None  # the search behind the last window, if any
        self.search_cap = list_window.SEARCH_CAP  # how many of a search's newest matches are listed

    def window(self, query: ListQuery) -> list[str] | ListWindow:
        """The ids for `query` read as the screen needs them, none while locked."""
        self.last_search = None
        if self.ctx.is_locked:
            self.forget()
            return []
        if query.text.strip():
            self.last_search = list_window.search_ids(self.ctx.store, query, cap=self.search_cap)
            return list(self.last_search.ids)
        key = (query.kind, tuple(sorted(query.filters.items())))
        window = ListWindow(self.ctx.store, query, count=self._count if key == self._count_key else None)
        self._count_key, self._count = key, len(window)
        return window

    def ids(self, query: ListQuery) -> list[str]:
        """Ordered ids for `query`, none while locked."""
        if self.ctx.is_locked:
            self.forget()
            return []
        key = (query.kind, tuple(sorted(query.filters.items())), query.sort, query.descending)
        if key != self._base_key:
            self._base = listing.ordered_ids(self.ctx.store, replace(query, text=""))
            self._base_key = key
        return listing.narrow(self.ctx.store, query, self._base)

    def forget(self) -> None:
        """Drop the remembered ids and count (records were written, or the profile locked)."""
        self._base_key, self._base = None, []
        self._count_key, self._count = None, None

    def position(
        self, query: ListQuery, record_id: str, ordered: Sequence[str], skip: int | None
    ) -> int | None:
        """Where one written record now belongs in the list (None: not listed, or locked)."""
        if self.ctx.is_locked:
            return None
        return listing.position(self.ctx.store, query, record_id, ordered, skip=skip)

    def rows(self, kind: str, ids: Sequence[str]) -> dict[str, Row]:
        """Display rows for `ids`, none while locked."""
        if self.ctx.is_locked:
            return {}
        return listing.load_rows(self.ctx.store, kind, ids)


class Lookup:
    """Finds records by typed text (for completion) and names them by id."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def find(self, kind: str, text: str, limit: int = 15) -> list[Choice]:
        """Best matches of `text` among live records of `kind`."""
        if self.ctx.is_locked or not text.strip():
            return []
        hits = search.search(self.ctx.store, text, kinds=(kind,), limit=limit)
        names = listing.titles(self.ctx.store, kind, [h.id for h in hits])
        return [(h.id, names.get(h.id, h.title)) for h in hits]

    def titles(self, kind: str, ids: Sequence[str]) -> dict[str, str]:
        """Titles of the live records among `ids`."""
        if self.ctx.is_locked or not ids:
            return {}
        return listing.titles(self.ctx.store, kind, ids)
