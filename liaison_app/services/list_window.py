"""A big list's ids read from SQL by the page: its count, the page on screen, a record's row.

At HQ the contacts list holds 516,000 rows, and reading every ordered id costs 0.4 s on each
open, sort and refresh. A `ListWindow` holds only the count and a few pages of ids:
- the count: kept by triggers when nothing filters (`live_count`) or only area, officer's
  device and open do (`list_count`, db/list_counts.py: walking the index of a province's
  445k contacts took 0.2 s warm, 1 s cold, at HQ); a filter's own count otherwise;
- a page: `ORDER BY <sort key>, id LIMIT n OFFSET m` over the column's index of live rows,
  read backwards for the second half so that no page skips more than half the list (13 ms
  for 258k skipped entries, measured; keyset paging needs the page before, a jump has none);
- a record's row: how many listed rows sort before it, one index range count per key part.
A search lists its newest `fts.CANDIDATE_CAP` matches (the candidates the search screen
ranks), in the list's own order: at most 2,000 ids, read whole.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, overload

from db import fts
from liaison_app.kinds import spec
from liaison_app.services import listing
from liaison_app.services.listing import ListQuery
from liaison_app.services.snapshot_cursor import cursor as _cursor
from liaison_app.store import Store

SEARCH_CAP = fts.CANDIDATE_CAP  # a search lists at most this many of its newest matches


@dataclass(frozen=True, slots=True)
class _Plan:
    """One list query as SQL pieces."""

    source: str  # FROM: the kind's table as `t`, with the list's joins only if a filter needs them
    where: str
    params: dict[str, Any]
    parts: tuple[str, ...]  # the ORDER BY expressions, the id last
    descending: bool
    bare_table: str | None  # the table, when only "live" filters it (counted from its b-tree)

    def order(self, *, backwards: bool = False) -> str:
        """The ORDER BY clause, or its exact reverse."""
        direction = " DESC" if self.descending != backwards else ""
        return ", ".join(f"{part}{direction}" for part in self.parts)


def _plan(query: ListQuery, on: date | None, *, walking: bool = False) -> _Plan | None:
    selected = listing.selection(query, on, walking=walking)
    if selected is None:
        return None
    ls, where, params = selected
    table = spec(query.kind).table_name
    # Counts and ids read no joined column unless a filter does; SQLite keeps a LEFT JOIN
    # it could drop (its ON tests `deleted_at`), which doubles a count's cost.
    joins = any(ls.filters[name].joins for name in query.filters)
    column = ls.column(query.sort or ls.default_sort)
    descending = ls.default_descending if query.descending is None else query.descending
    return _Plan(
        source=ls.source if joins else f"{table} t",
        where=" AND ".join(where),
        params=params,
        parts=(*(part.strip() for part in column.order_by.split(",")), "t.id"),
        descending=descending,
        bare_table=table if len(where) == 1 else None,
    )


def count_listed(store: Store, query: ListQuery, *, on: date | None = None) -> int:
    """How many rows `query` lists (search text included, uncapped)."""
    plan = _plan(query, on)
    if plan is None:
        return 0
    found = count_query(query, on=on)
    # The live rows of a table are kept counted (db/live_counts.py): no b-tree walk, which
    # read cold costs a page per few hundred rows (about 100 ms for 968k actions at HQ).
    sql, params = found or ("SELECT live FROM live_count WHERE tbl = :table", {"table": plan.bare_table})
    with _cursor(store) as cur:
        return int(cur.execute(sql, params).fetchone()[0])


def page_ids(
    store: Store, query: ListQuery, *, offset: int, limit: int, total: int, on: date | None = None
) -> list[str]:
    """The ids at rows [offset, offset + limit) of `query`'s order, `total` being its count;
    the second half is read backwards from the end (Ctrl+End reads one page)."""
    if limit <= 0 or offset >= total:
        return []
    with _cursor(store) as cur:
        walking = _dense(cur, query, total, limit)
    limit = min(limit, total - offset)
    backwards = total - offset - limit < offset
    skip = total - offset - limit if backwards else offset
    found = page_query(query, on=on, walking=walking, backwards=backwards)
    if found is None:
        return []
    sql, params = found
    with _cursor(store) as cur:
        ids = [row[0] for row in cur.execute(sql, {**params, "page_limit": limit, "page_offset": skip})]
    return ids[::-1] if backwards else ids


def page_query(
    query: ListQuery, *, on: date | None = None, walking: bool = False, backwards: bool = False
) -> tuple[str, dict[str, Any]] | None:
    """The SQL of a page of `query` (`:page_limit` rows after `:page_offset`), walking the
    order index or seeking the filters' own (None: nothing can match); shown with EXPLAIN
    QUERY PLAN by the plan tests."""
    plan = _plan(query, on, walking=walking)
    if plan is None:
        return None
    # Only a page names its order index: a seek by id (a record's row) must not be held to it.
    source = listing.indexed_source(listing.list_spec(query.kind), query, plan.source, walking=walking)
    sql = (
        f"SELECT t.id FROM {source} WHERE {plan.where}"
        f" ORDER BY {plan.order(backwards=backwards)} LIMIT :page_limit OFFSET :page_offset"
    )
    return sql, plan.params


def count_query(
    query: ListQuery, *, on: date | None = None, kept: bool = True
) -> tuple[str, dict[str, Any]] | None:
    """The SQL of `query`'s count when a filter applies: the kept `list_count` rows when they
    hold its filters, else the records (None: nothing can match, or the table's kept count
    answers; `kept=False`: always the records); shown with EXPLAIN QUERY PLAN by the plan tests."""
    plan = _plan(query, on)
    if plan is None or plan.bare_table is not None:
        return None
    found = listing.kept_count(query) if kept else None
    if found is not None:
        return found
    counted = listing.selection(query, on, counting=True)
    assert counted is not None  # the same query, only some conditions spelled for an index
    return f"SELECT count(*) FROM {plan.source} WHERE {' AND '.join(counted[1])}", plan.params


# A filter with an index of its own (an area: (area_id, the list's order)) gives a page by
# seeking each of its values and sorting what they hold: cheap while few rows match. When
# many do (a province holds most of HQ's meetings), walking the list's order index and
# testing each row stops after a page instead: the filters then take their `walk_condition`.
# A walk passes about `limit * live / total` index entries to find a page, a seek reads the
# `total` matches and sorts them: the walk wins once total² > limit * live (8,000 of 155k
# contacts for a window's page of 500). Both read the index alone (db/indexes.py).


def _dense(cur: Any, query: ListQuery, total: int, limit: int) -> bool:
    """Whether `total` rows of `query` are enough of its table for a page to walk the order."""
    # One value (a district without districts inside): its index range is in the list's order.
    filters = listing.list_spec(query.kind).filters
    if not any(filters[name].walk_condition and "," in value for name, value in query.filters.items()):
        return False
    row = cur.execute("SELECT live FROM live_count WHERE tbl = ?", (spec(query.kind).table_name,)).fetchone()
    return row is not None and total * total >= row[0] * max(limit, 1)


def rank(store: Store, query: ListQuery, record_id: str, *, on: date | None = None) -> int | None:
    """The row `record_id` has in `query`'s order (how many listed rows sort before it), or
    None if `query` does not list it."""
    plan = _plan(query, on)
    if plan is None:
        return None
    with _cursor(store) as cur:
        found = _sort_key(cur, plan, record_id)
        if found is None:
            return None
        params = {**plan.params, **{f"k{n}": value for n, value in enumerate(found)}}
        # Rows before it: equal on the first i key parts, before it on part i (one range of
        # the sort index each). NULL sorts first ascending, last descending, as in ORDER BY.
        terms = []
        for n, part in enumerate(plan.parts):
            equal = [_same(plan.parts[m], m, found[m]) for m in range(n)]
            befores = _before(part, n, found[n], plan.descending)
            terms += [" AND ".join([*equal, before]) for before in befores]
        if not terms:
            return 0
        counts = " + ".join(f"(SELECT count(*) FROM {plan.source} WHERE {plan.where} AND {t})" for t in terms)
        return int(cur.execute(f"SELECT {counts}", params).fetchone()[0])


def _sort_key(cur: Any, plan: _Plan, record_id: str) -> tuple[Any, ...] | None:
    """The values of the list's ORDER BY parts for `record_id`, or None if it is not listed."""
    sql = f"SELECT {', '.join(plan.parts)} FROM {plan.source} WHERE {plan.where} AND t.id = :record_id"
    found = cur.execute(sql, {**plan.params, "record_id": record_id}).fetchone()
    return None if found is None else tuple(found)


def ids_around(
    store: Store, query: ListQuery, record_id: str, *, before: int, after: int, on: date | None = None
) -> list[str] | None:
    """The ids of the `before` rows before `record_id` and of the `after` rows from it on, in
    order, by seeks on the sort index from its key (no OFFSET walk); None if it is not
    listed or a key part is NULL (a row value cannot compare it)."""
    plan = _plan(query, on)
    if plan is None:
        return None
    with _cursor(store) as cur:
        found = _sort_key(cur, plan, record_id)
        if found is None or any(value is None for value in found):
            return None
        params = {**plan.params, **{f"k{n}": value for n, value in enumerate(found)}}
        row, values = f"({', '.join(plan.parts)})", f"({', '.join(f':k{n}' for n in range(len(found)))})"
        lower, higher = (">", "<") if plan.descending else ("<", ">")
        # The first part's own range is what lets SQLite seek: the row value alone scans.
        head = f"SELECT t.id FROM {plan.source} WHERE {plan.where} AND ({plan.parts[0]})"
        sql_before = (
            f"{head} {lower}= :k0 AND {row} {lower} {values} ORDER BY {plan.order(backwards=True)} LIMIT :n"
        )
        sql_after = f"{head} {higher}= :k0 AND {row} {higher}= {values} ORDER BY {plan.order()} LIMIT :n"
        earlier = [r[0] for r in cur.execute(sql_before, {**params, "n": before})] if before > 0 else []
        later = [r[0] for r in cur.execute(sql_after, {**params, "n": after})] if after > 0 else []
    return earlier[::-1] + later


def _same(part: str, n: int, value: object) -> str:
    return f"({part}) IS NULL" if value is None else f"({part}) = :k{n}"


def _before(part: str, n: int, value: object, descending: bool) -> list[str]:
    if descending:
        return [f"({part}) IS NOT NULL"] if value is None else [f"({part}) > :k{n}"]
    return [] if value is None else [f"({part}) < :k{n}", f"({part}) IS NULL"]


@dataclass(frozen=True, slots=True)
class SearchIds:
    """What a list shows for search text: ids in the list's order, and whether more records
    matched than the `cap` newest that were listed (the screen then says so)."""

    ids: tuple[str, ...]
    capped: bool
    cap: int


_CANDIDATES = (
    "SELECT d.record_id FROM search_index s JOIN search_doc d ON d.rowid = s.rowid"
    " WHERE search_index MATCH :match AND d.kind = :kind ORDER BY s.rowid DESC LIMIT :limit"
)


def search_ids(store: Store, query: ListQuery, *, cap: int = SEARCH_CAP, on: date | None = None) -> SearchIds:
    """The ids `query` (with search text) lists among the newest `cap` matches of its kind,
    in its order: FTS5 walks its doclist newest first and stops, nothing ranks every match."""
    expression = fts.match_expression(query.text)
    plan = _plan(replace(query, text=""), on)
    if expression is None or plan is None:
        return SearchIds(ids=(), capped=False, cap=cap)
    with _cursor(store) as cur:
        # One more than the cap says whether there were more, in the same walk.
        found = [
            row[0]
            for row in cur.execute(_CANDIDATES, {"match": expression, "kind": query.kind, "limit": cap + 1})
        ]
        # CROSS JOIN keeps the candidates outside: 2,000 lookups by id and a sort of what is
        # left, never a walk of the sort index testing each of 516k rows against the set.
        sql = (
            f"SELECT t.id FROM json_each(:found) AS found CROSS JOIN {plan.source}"
            f" WHERE t.id = found.value AND {plan.where} ORDER BY {plan.order()}"
        )
        rows = cur.execute(sql, {**plan.params, "found": json.dumps(found[:cap])})
        ids = tuple(dict.fromkeys(row[0] for row in rows))
    return SearchIds(ids=ids, capped=len(found) > cap, cap=cap)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one written record was shown and is now listed, and the counts around the write."""

    old: int | None  # its row before, if a cached page showed it (else unknown)
    new: int | None  # its row now (None: no longer listed)
    before: int
    after: int


class ListWindow(Sequence[str]):
    """The ordered ids of one list query (no search text), read from SQL a page at a time.

    An id read after the rows changed under it (a page shorter than the count) is "": the
    row shows empty until the list is read again.
    """

    # A screen of rows often straddles two of the model's pages of 100: one statement reads
    # both (a jump into the middle pays its OFFSET once), and 500 ids cost no more to read.
    PAGE = 500
    MAX_PAGES = 16  # 8,000 ids: a few screens either way

    def __init__(
        self, store: Store, query: ListQuery, *, count: int | None = None, on: date | None = None
    ) -> None:
        self.store = store
        self.query = query
        self._on = on
        self._count = count_listed(store, query, on=on) if count is None else count
        self._pages: OrderedDict[int, list[str]] = OrderedDict()
        self._ranked: dict[str, int | None] = {}  # rows counted in SQL since the last write

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._id(row) for row in range(*index.indices(self._count))]
        row = index + self._count if index < 0 else index
        if not 0 <= row < self._count:
            raise IndexError(index)
        return self._id(row)

    def __iter__(self) -> Iterator[str]:
        return (self._id(row) for row in range(self._count))

    def __contains__(self, record_id: object) -> bool:
        return isinstance(record_id, str) and self.row_of(record_id) is not None

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """The row of `value` (ValueError if not listed); `start`/`stop` as for a list."""
        row = self.row_of(str(value))
        if row is None or row < start or (stop is not None and row >= stop):
            raise ValueError(value)
        return row

    def cached_row(self, record_id: str) -> int | None:
        """The row of `record_id` if a page read already holds it (what the screen shows)."""
        for page_no, ids in self._pages.items():
            if record_id in ids:
                return page_no * self.PAGE + ids.index(record_id)
        return None

    def row_of(self, record_id: str) -> int | None:
        """The row of `record_id` (None: not listed): the pages read, else a count in SQL."""
        cached = self.cached_row(record_id)
        if cached is not None:
            return cached
        if record_id not in self._ranked:
            if len(self._ranked) >= 64:
                self._ranked.clear()
            self._ranked[record_id] = found = rank(self.store, self.query, record_id, on=self._on)
            if found is not None:
                self._read_around(record_id, found)
        return self._ranked[record_id]

    def settle(self, record_id: str) -> Placement:
        """After a write of `record_id`: where it was shown, where it is now, the counts
        (read again); the pages are dropped, their rows may have moved by one."""
        old, before = self.cached_row(record_id), self._count
        self._count = count_listed(self.store, self.query, on=self._on)
        self._pages.clear()
        new = rank(self.store, self.query, record_id, on=self._on)
        self._ranked = {record_id: new}  # the list selects the saved record next
        if new is not None:
            self._read_around(record_id, new)
        return Placement(old=old, new=new, before=before, after=self._count)

    def _read_around(self, record_id: str, row: int) -> None:
        # The page the list scrolls to next (it shows the record): two seeks from the
        # record's key instead of an OFFSET walk to the middle of the list.
        page_no = row // self.PAGE
        before, after = row - page_no * self.PAGE, min(self.PAGE * (page_no + 1), self._count) - row
        ids = ids_around(self.store, self.query, record_id, before=before, after=after, on=self._on)
        if ids is not None and len(ids) == before + after and ids[before] == record_id:
            self._keep(page_no, ids)

    def _id(self, row: int) -> str:
        page_no, at = divmod(row, self.PAGE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._neighbour(page_no)
            if page is None:
                offset, total, limit = page_no * self.PAGE, self._count, self.PAGE
                page = page_ids(self.store, self.query, offset=offset, limit=limit, total=total, on=self._on)
            self._keep(page_no, page)
        else:
            self._pages.move_to_end(page_no)
        return page[at] if at < len(page) else ""

    def _neighbour(self, page_no: int) -> list[str] | None:
        """Page `page_no` by a seek from the edge of a page next to it already read, or None.

        A screen straddling two pages in the middle of the list would otherwise pay the OFFSET
        walk twice (80-100 ms each at HQ with the index cold), and scrolling on from a jump once
        a page."""
        size = min(self.PAGE, self._count - page_no * self.PAGE)
        before, after = self._pages.get(page_no - 1), self._pages.get(page_no + 1)
        if before and before[-1]:
            ids = ids_around(self.store, self.query, before[-1], before=0, after=size + 1, on=self._on)
            if ids is not None and len(ids) == size + 1:
                return ids[1:]
        if after and after[0]:
            ids = ids_around(self.store, self.query, after[0], before=size, after=0, on=self._on)
            if ids is not None and len(ids) == size:
                return ids
        return None

    def _keep(self, page_no: int, ids: list[str]) -> None:
        self._pages[page_no] = ids
        self._pages.move_to_end(page_no)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
